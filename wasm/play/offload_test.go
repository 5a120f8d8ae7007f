package play

import (
	"bytes"
	"math"
	"slices"
	"sync"
	"testing"
	"time"

	"nnplay/core"
	"nnplay/wasm/play/remote"
)

// fastInWorker has m's page report a started worker and play at SpeedMax, so that
// m trains in the worker.
func fastInWorker(m *Session) {
	m.WorkerReady(true)
	m.Apply(SetSpeed{Speed: SpeedMax})
	m.Apply(Play{On: true})
}

// worked passes messages between session m and worker w for frames frames, each an
// epoch of the worker's (Run with no budget trains one), as the page does between its
// frames, and returns the frames' last stop.
func worked(t *testing.T, m *Session, w *remote.Worker, frames int) remote.Stop {
	t.Helper()
	for range frames {
		if msg := m.ToWorker(time.Now()); msg != nil {
			if err := w.Put(msg); err != nil {
				t.Fatal(err)
			}
		}
		out := w.Run(0)
		if out == nil {
			break
		}
		if _, err := m.FromWorker(out); err != nil {
			t.Fatal(err)
		}
	}
	return m.remote.frame.Stop
}

// epochs plays m on the page at one epoch a frame for frames frames.
func epochs(m *Session, frames int) {
	m.Apply(SetSpeed{Speed: SpeedEpoch})
	m.Apply(Play{On: true})
	now := time.Unix(0, 0)
	for f := 0; f < frames && m.Playing; f++ {
		now = now.Add(RefreshEvery / 3)
		m.Tick(now, 0)
	}
}

// trainedAlike reports where two sessions' training states differ: parameters, gradients,
// position and loss curve, compared bit for bit; "" when they agree.
func trainedAlike(a, b *Session) string {
	ta, tb := a.Trainer, b.Trainer
	if ta.Epoch != tb.Epoch || ta.Sample != tb.Sample || a.SamplesSeen != b.SamplesSeen ||
		a.epochSeen != b.epochSeen {
		return "position"
	}
	for i, p := range ta.Opt.Params() {
		q := tb.Opt.Params()[i]
		for k := range p.Value {
			if math.Float64bits(p.Value[k]) != math.Float64bits(q.Value[k]) ||
				math.Float64bits(p.Grad[k]) != math.Float64bits(q.Grad[k]) {
				return p.Name
			}
		}
	}
	if len(a.History.Points) != len(b.History.Points) {
		return "loss curve length"
	}
	for i, p := range a.History.Points {
		q := b.History.Points[i]
		if math.Float64bits(p.Train) != math.Float64bits(q.Train) ||
			math.Float64bits(p.Test) != math.Float64bits(q.Test) || p.Epoch != q.Epoch {
			return "loss curve"
		}
	}
	return ""
}

// TestWorkerContinuesBitForBit trains in the worker, pauses, and trains on on the page:
// everything matches training on the page alone, bit for bit, in a default session, in
// one started half way through a batch with L2, in Net B with L1 and features, and
// with the output discretized. The pictures and meters shown are those of the
// parameters adopted: the pictures uploaded, as the worker painted them, are those the
// page paints of them.
func TestWorkerContinuesBitForBit(t *testing.T) {
	for _, c := range []struct {
		name  string
		setup func(m *Session)
	}{
		{"default", func(*Session) {}},
		{"discretized", func(m *Session) { m.Apply(SetDiscretize{On: true}) }},
		{"half a batch, L2", func(m *Session) {
			m.Apply(SetRegularization{Reg: RegL2})
			m.Apply(SetBatch{Size: 7})
			m.Apply(SetSpeed{Speed: SpeedSample})
			m.Apply(Play{On: true})
			for range 10 {
				m.Tick(time.Unix(0, 0), 0)
			}
			m.Apply(Play{On: false})
		}},
		{"Net B, L1, features", func(m *Session) {
			m.Apply(SetFeature{Feature: core.X1X2, On: true})
			m.Apply(UsePreset{Index: 1})
			m.Apply(SetRegularization{Reg: RegL1})
			m.Apply(SetData{Config: DataConfig{Kind: core.Spiral, Noise: 20, TrainPct: 60, Seed: 4}})
		}},
	} {
		ref, m := NewSession(), NewSession()
		c.setup(ref)
		c.setup(m)
		epochs(ref, 9)
		tex := new(texture)
		pics := &Pictures{GPU: tex}
		m.SetStage(pics)
		pics.Refresh(m)
		fastInWorker(m)
		var w remote.Worker
		worked(t, m, &w, 5)
		time.Sleep(RefreshEvery) // so that the last frame carries heatmaps and meters
		if stop := worked(t, m, &w, 1); stop != remote.Running || m.TrainsIn() != TrainsWorker {
			t.Fatalf("%s: the worker stopped (%d); training in the %q", c.name, stop, m.TrainsIn())
		}
		if !m.remote.frame.HasHeat {
			t.Errorf("%s: the worker's frame after %v carries no heatmaps", c.name, RefreshEvery)
		} else {
			m.stageOn(time.Now().Add(time.Hour)) // the next frames upload the pictures
			if !m.Staged() || pics.Refresh(m) {
				t.Fatalf("%s: the worker's pictures were not staged", c.name)
			}
			if !bytes.Equal(tex.shown(pics), picturesOf(m, m.Net)) ||
				!sameMeters(m, m.Diag, m.Net) {
				t.Errorf("%s: the pictures or meters shown are not the parameters'", c.name)
			}
		}
		m.Apply(Play{On: false})
		if msg := m.ToWorker(time.Now()); msg == nil || w.Put(msg) != nil || w.Running() {
			t.Errorf("%s: the pause stopped no worker", c.name)
		}
		epochs(m, 3)
		if m.TrainsIn() != TrainsOnPage {
			t.Errorf("%s: one epoch a frame trains in the %q", c.name, m.TrainsIn())
		}
		if where := trainedAlike(ref, m); where != "" {
			t.Errorf("%s: the %s differs from training on the page alone", c.name, where)
		}
	}
}

// TestStaleFramesAreDropped: a frame trained from a state the learner has changed
// since, or of a job before the latest, never replaces the page's state.
func TestStaleFramesAreDropped(t *testing.T) {
	m := NewSession()
	fastInWorker(m)
	var w remote.Worker
	worked(t, m, &w, 2)
	if err := w.Put(m.ToWorker(time.Now())); err != nil { // the page took the last frame
		t.Fatal(err)
	}
	old := append([]byte(nil), w.Run(0)...)
	if err := m.Apply(SetWeight{Layer: 0, Unit: 0, In: 0, Value: 4}); err != nil {
		t.Fatal(err)
	}
	seen := m.SamplesSeen
	if n, err := m.FromWorker(old); n != 0 || err != nil || m.SamplesSeen != seen {
		t.Errorf("a frame of the state before the slider was adopted: %d samples, %v", n, err)
	}
	job := m.ToWorker(time.Now())
	if job == nil {
		t.Fatal("the changed state was not sent to the worker")
	}
	if n, _ := m.FromWorker(old); n != 0 || m.Net.Layers[0].Linear.Weight[0][0] != 4 {
		t.Errorf("a frame of the job before was adopted after the new job was sent")
	}
	if err := w.Put(job); err != nil {
		t.Fatal(err)
	}
	if n, err := m.FromWorker(w.Run(0)); n == 0 || err != nil {
		t.Errorf("a frame of the new job was dropped: %v", err)
	}
	if w := m.Net.Layers[0].Linear.Weight[0][0]; w == 4 || math.Abs(w-4) > 0.5 {
		t.Errorf("an epoch after the slider's 4 the weight is %v", w)
	}
}

// TestDivergenceInTheWorker plays networks that run away, in the worker and on the
// page alone: the worker stops before the step that runs away, or when the loss blows
// up, and the page pauses with the same message, weights and position as without it,
// and shows the heatmaps, meters and pictures of the weights it stopped on.
func TestDivergenceInTheWorker(t *testing.T) {
	stops := map[remote.Stop]bool{}
	for _, c := range []struct {
		name          string
		preset        int
		lr            float64
		data          core.DatasetKind
		before, after int // epochs on the page, then frames in the worker
	}{
		{"linear at 3", 3, 3, core.Circle, 0, 50},
		{"linear at 3, after 2 epochs", 3, 3, core.Gauss, 2, 50},
		{"Net B at 10", 1, 10, core.Circle, 0, 400},
		{"Net A at 10", 0, 10, core.XOR, 0, 400},
	} {
		ref, m := NewSession(), NewSession()
		for _, s := range []*Session{ref, m} {
			s.Apply(UsePreset{Index: c.preset})
			s.Apply(SetData{Config: DataConfig{Kind: c.data, TrainPct: 50, Seed: 1}})
			s.Apply(SetLR{LR: c.lr})
			epochs(s, c.before)
			s.Apply(Play{On: false})
		}
		epochs(ref, c.after)
		pics := &Pictures{GPU: new(texture)} // the worker's heatmaps are staged, as on the page
		m.SetStage(pics)
		pics.Refresh(m)
		fastInWorker(m)
		var w remote.Worker
		stop := worked(t, m, &w, c.after)
		stops[stop] = true
		if ref.Playing || m.Playing || ref.Diverged == nil {
			t.Errorf("%s: still playing: %v on the page, %v with the worker (stop %d)", c.name,
				ref.Playing, m.Playing, stop)
			continue
		}
		if a, b := Explain(ref.Diverged), Explain(m.Diverged); a != b {
			t.Errorf("%s: the page says %q, with the worker %q", c.name, a, b)
		}
		if where := trainedAlike(ref, m); where != "" {
			t.Errorf("%s: the %s differs from training on the page alone", c.name, where)
		}
		if what := sweptAs(m, m.Net); what != "" {
			t.Errorf("%s: stopped by %d, %s are not of the parameters shown", c.name, stop, what)
		}
	}
	if !stops[remote.Halted] || !stops[remote.BlewUp] {
		t.Errorf("the cases stop the worker by %v: both ways are not tested", stops)
	}
}

// TestWorkerFailureFallsBack: when the worker fails during Play, the page trains on from
// the last state it adopted.
func TestWorkerFailureFallsBack(t *testing.T) {
	ref, m := NewSession(), NewSession()
	epochs(ref, 5)
	fastInWorker(m)
	var w remote.Worker
	worked(t, m, &w, 3)
	m.WorkerReady(false)
	if m.TrainsIn() != TrainsOnPage || !m.TrainsBetweenFrames() || m.ToWorker(time.Now()) != nil {
		t.Fatalf("after the worker failed training is in the %q", m.TrainsIn())
	}
	m.Apply(Play{On: false})
	epochs(m, 2)
	if where := trainedAlike(ref, m); where != "" {
		t.Errorf("the %s differs from training on the page alone", where)
	}
}

// TestLessonKeepsTheWorker: opening a lesson while the worker trains stops it (lessons
// train on the page), and the worker's word heard during a lesson holds when free play
// comes back.
func TestLessonKeepsTheWorker(t *testing.T) {
	m := NewSession()
	fastInWorker(m)
	if m.ToWorker(time.Now()) == nil || m.TrainsIn() != TrainsWorker {
		t.Fatal("fast Play does not train in the worker")
	}
	if err := m.Apply(OpenLesson{ID: 4}); err != nil {
		t.Fatal(err)
	}
	stop := m.ToWorker(time.Now())
	if len(stop) == 0 || stop[0] != remote.EncodeStop(0)[0] {
		t.Errorf("opening a lesson told the worker %q, want a stop", stop)
	}
	m.WorkerReady(false) // the worker fails during the lesson
	m.Apply(OpenLesson{})
	m.Apply(Play{On: true})
	if m.TrainsIn() != TrainsOnPage || !m.TrainsBetweenFrames() {
		t.Errorf("after the worker failed during a lesson, free play trains in the %q",
			m.TrainsIn())
	}
}

// TestUnreadableFrameStopsTheWorker: a frame the page cannot read makes it train on its
// own, and tells the worker to stop, which would otherwise train on for nothing.
func TestUnreadableFrameStopsTheWorker(t *testing.T) {
	m := NewSession()
	var posted [][]byte
	l := Loop{Lock: &sync.Mutex{}, M: m, Tel: &Telemetry{},
		Post: func(b []byte) { posted = append(posted, b) }}
	fastInWorker(m)
	l.Frame(time.Now())
	l.Hear("", []byte("not a frame"))
	if err := l.Frame(time.Now()); err == nil {
		t.Fatal("an unreadable frame was taken")
	}
	kinds := ""
	for _, b := range posted {
		kinds += string(b[:1])
	}
	if want := "J" + string(remote.EncodeStop(0)[:1]); kinds != want {
		t.Errorf("the worker was sent messages of kinds %q, want %q: a job, then a stop",
			kinds, want)
	}
	if m.TrainsIn() != TrainsOnPage {
		t.Errorf("after an unreadable frame training is in the %q", m.TrainsIn())
	}
}

// TestFramesWaitForThePage: the worker trains on but sends no frame until the page has
// taken the last one (on a page slower than the worker, frames of megabytes queued up
// in the page's memory), the page asks for heatmaps at most every RefreshEvery, and
// taking frames with heatmaps and acknowledging them allocates nothing on the page:
// training leaves the page's heap as it was.
func TestFramesWaitForThePage(t *testing.T) {
	m := NewSession()
	m.Apply(UsePreset{Index: 2})
	fastInWorker(m)
	var w remote.Worker
	now := time.Unix(0, 0)
	if err := w.Put(m.ToWorker(now)); err != nil {
		t.Fatal(err)
	}
	if _, err := m.FromWorker(w.Run(0)); err != nil {
		t.Fatal(err)
	}
	seen := m.SamplesSeen
	for range 3 {
		if w.Run(0) != nil {
			t.Fatal("the worker sent a frame the page had not asked for")
		}
	}
	ack := m.ToWorker(now.Add(RefreshEvery / 2))
	if ack == nil || m.ToWorker(now.Add(RefreshEvery)) != nil {
		t.Fatal("the page did not acknowledge the frame it took once")
	}
	if err := w.Put(ack); err != nil {
		t.Fatal(err)
	}
	n, err := m.FromWorker(w.Run(0))
	if err != nil || n < 4*len(m.Train) || m.SamplesSeen != seen+int64(n) {
		t.Errorf("the frame after the acknowledgement brought %d samples (%v): the "+
			"epochs trained while the page had not taken a frame are lost", n, err)
	}
	if m.remote.frame.HasHeat {
		t.Error("a frame has heatmaps half a RefreshEvery after the last")
	}
	// The worker's frames, each asked for with heatmaps, then the page's side alone.
	var frames [][]byte
	for range 21 {
		now = now.Add(RefreshEvery)
		if err := w.Put(remote.EncodeAck(nil, m.remote.version, true, false, 16)); err != nil {
			t.Fatal(err)
		}
		frames = append(frames, append([]byte(nil), w.Run(0)...))
	}
	m.remote.took = false
	kind := remote.EncodeAck(nil, 0, false, false, 0)[0]
	allocs := testing.AllocsPerRun(20, func() {
		if _, err := m.FromWorker(frames[0]); err != nil || !m.remote.frame.HasHeat {
			t.Fatalf("a frame without heatmaps or unreadable: %v", err)
		}
		frames = frames[1:]
		now = now.Add(RefreshEvery)
		if m.ToWorker(now)[0] != kind {
			t.Fatal("a frame taken was not acknowledged")
		}
	})
	if allocs > 0 {
		t.Errorf("taking a frame with heatmaps allocates %v times on the page", allocs)
	}
}

// TestDiscretizeWhileAFrameIsOnItsWay switches Discretize on after the worker painted a
// frame's pictures and before the page takes it: Discretize changes only the looks, so
// no new job goes out, and the frame's pictures show the output as it was. The page
// paints the pictures itself; it never shows the worker's of the other looks. A frame
// whose pictures do not fit the network is refused.
func TestDiscretizeWhileAFrameIsOnItsWay(t *testing.T) {
	m := NewSession()
	tex := new(texture)
	pics := &Pictures{GPU: tex}
	m.SetStage(pics)
	pics.Refresh(m)
	fastInWorker(m)
	var w remote.Worker
	worked(t, m, &w, 5)
	time.Sleep(RefreshEvery) // so that the next frame carries heatmaps
	if msg := m.ToWorker(time.Now()); msg == nil || w.Put(msg) != nil {
		t.Fatal("the page sent the worker nothing to go on with")
	}
	out := w.Run(0)
	// A frame whose pictures are not the network's is refused and changes nothing.
	var f remote.Frame
	if err := remote.DecodeFrame(out, &f); err != nil || !f.HasHeat {
		t.Fatalf("the worker's frame: %v; heatmaps %v", err, f.HasHeat)
	}
	f.Pix = f.Pix[:len(f.Pix)-4]
	epoch := m.Trainer.Epoch
	if _, err := m.FromWorker(remote.EncodeFrame(&f, nil)); err == nil ||
		m.Trainer.Epoch != epoch {
		t.Errorf("a frame short of a pixel: %v, at epoch %d from %d", err, m.Trainer.Epoch,
			epoch)
	}
	m.Apply(SetDiscretize{On: true})
	if _, err := m.FromWorker(out); err != nil || !m.remote.frame.HasHeat {
		t.Fatalf("the frame: %v; heatmaps %v", err, m.remote.frame.HasHeat)
	}
	m.stageOn(time.Now().Add(time.Hour))
	pics.Refresh(m)
	if !bytes.Equal(tex.shown(pics), picturesOf(m, m.Net)) {
		t.Error("the pictures shown are not the parameters' with Discretize on")
	}
}

// TestParamsOfTakesTheActivations: a network kept from an earlier frame, of the same
// shape, takes the parameters given and the activations of the network shown now (the
// learner may have switched one since).
func TestParamsOfTakesTheActivations(t *testing.T) {
	m := NewSession()
	old := m.Net.Clone()
	mustApply(t, m, UsePreset{Index: 0})
	net := m.Net.Clone()
	net.Layers[0].Act = core.ReLU{}
	var ps [][]float64
	for _, p := range net.Parameters() {
		ps = append(ps, append([]float64(nil), p.Value...))
		for i := range p.Value {
			ps[len(ps)-1][i] = float64(len(ps)) + float64(i)/100
		}
	}
	got := paramsOf(old, net, ps)
	if got != old {
		t.Fatal("a network of the same shape was not reused")
	}
	for i, p := range got.Parameters() {
		if !slices.Equal(p.Value, ps[i]) {
			t.Errorf("%s: %v, want %v", p.Name, p.Value, ps[i])
		}
	}
	for i, l := range got.Layers {
		if l.Act != net.Layers[i].Act {
			t.Errorf("layer %d: activation %v, want %v", i, l.Act, net.Layers[i].Act)
		}
	}
}

// TestPauseKeepsTheStateShown: a frame of the worker's that reached the page between
// its last frame and the learner's click on Pause was trained past what the page shows;
// the pause keeps the state shown, and the frame is dropped. look6 saw Net B pause 83
// epochs past the epoch shown when Pause was clicked.
func TestPauseKeepsTheStateShown(t *testing.T) {
	for _, c := range []struct {
		name string
		cmd  Command
	}{
		{"pause", TogglePlay{}},
		{"weight", SetWeight{Layer: 0, Unit: 0, In: 0, Value: 4}},
	} {
		m := NewSession()
		m.Apply(UsePreset{Index: 1})
		var w remote.Worker
		l := Loop{Lock: &sync.Mutex{}, M: m, Tel: &Telemetry{}, Post: func(b []byte) {
			if err := w.Put(b); err != nil {
				t.Fatal(err)
			}
		}}
		fastInWorker(m)
		now := time.Unix(0, 0)
		for range 3 { // frames of the page, each taking the worker's frame heard before it
			now = now.Add(RefreshEvery / 3)
			if out := w.Run(0); out != nil {
				l.Hear("", bytes.Clone(out))
			}
			if err := l.Frame(now); err != nil {
				t.Fatal(err)
			}
		}
		epoch, seen := m.Trainer.Epoch, m.SamplesSeen
		l.Hear("", bytes.Clone(w.Run(0))) // on its way when the learner clicked
		if err := m.Apply(c.cmd); err != nil {
			t.Fatal(err)
		}
		if err := l.Frame(now.Add(RefreshEvery / 3)); err != nil {
			t.Fatal(err)
		}
		if m.Trainer.Epoch != epoch || m.SamplesSeen != seen {
			t.Errorf("%s: clicked at epoch %d (%d samples), the page went on from %d (%d)",
				c.name, epoch, seen, m.Trainer.Epoch, m.SamplesSeen)
		}
	}
}
