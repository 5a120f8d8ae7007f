package play

import (
	"fmt"
	"time"

	"nnplay/core"
	"nnplay/wasm/play/remote"
	"nnplay/wasm/play/sheet"
)

// Play at SpeedMax trains in a worker when the page has one (package remote): the page
// sends it the training state and adopts the frames it answers with, so that the page's
// thread only draws. The page holds at every moment a state the worker really reached,
// so a pause, a slower speed or a change made by the learner goes on from what the page
// shows, exactly as training on the page would have. At the slower speeds the page
// trains itself, and the worker sweeps the heatmaps and meters of the parameters it
// shows (askSweep), so that the page's thread only trains its share and draws. Lessons
// train and sweep on the page.

// remoteLink is the page's side of the worker.
type remoteLink struct {
	ready   bool   // a worker has started and not failed
	running bool   // the worker trains the state of job version
	version uint32 // of the last job or stop sent
	gen     int    // m.gen when the page last sent the worker its state or adopted its own
	// took: a frame has been adopted since the last acknowledgement; the worker sends
	// the next only when told.
	took    bool
	frameAt time.Time // the last call of ToWorker: the page's last frame
	heatAt  time.Time // when the page last asked for heatmaps
	frame   remote.Frame
	ack     []byte           // the last acknowledgement, its storage reused
	diag    core.Diagnostics // the meters shown: Diag points here
	// pix holds a frame's pictures, painted by the worker, while the Stage uploads them
	// a band at a time, bands of them, band the next; net holds the parameters they
	// picture and meters their meters: all are shown together once every band is
	// uploaded (stageOn). They were staged when the session's heatGen was at; bands is 0
	// when nothing is staged.
	pix             []byte
	net             *core.Sequential
	meters          core.Diagnostics
	band, bands, at int
	// At the slower speeds the page trains itself and asks the worker for the heatmaps
	// and meters of the parameters it shows (askSweep): asked is the version of the
	// sweep asked and not yet answered (0 when none), askedAt the session's heatGen then,
	// and ask its message, to be posted while post. swept: the heatmaps staged are such
	// an answer's, not a training frame's.
	asked   uint32
	askedAt int
	ask     []byte
	post    bool
	swept   bool
}

// Where training runs, as the test API reports it.
const (
	TrainsNowhere = ""
	TrainsOnPage  = "page"
	TrainsWorker  = "worker"
)

// WorkerReady records that the page's training worker has started (up) or has failed.
// Without one, fast Play trains on the page, from the last state the worker sent.
func (m *Session) WorkerReady(up bool) {
	m.remote.ready = up
	if !up {
		m.remote.asked = 0 // no answer is coming: the page sweeps
	}
	if !up && m.remote.running {
		m.remote.running = false
		m.Refresh() // the heatmaps of the parameters the page holds
	}
}

// TrainsIn says where Play's training runs now: TrainsWorker, TrainsOnPage, or
// TrainsNowhere when Play is off.
func (m *Session) TrainsIn() string {
	switch {
	case m.remote.running:
		return TrainsWorker
	case m.Playing:
		return TrainsOnPage
	}
	return TrainsNowhere
}

// TrainsBetweenFrames reports whether the page's own loop trains between frames: Play
// at SpeedMax without a worker.
func (m *Session) TrainsBetweenFrames() bool {
	return m.Playing && m.Speed == SpeedMax && !m.remote.running
}

// ToWorker returns what the worker must be told now, or nil (the message is the
// session's until the next call): the training state when
// Play at SpeedMax starts or the learner has changed anything since the worker's state
// and the page's last agreed, a stop when Play pauses or slows down, and otherwise,
// once the page has taken a frame, that it waits for the next, with heatmaps every
// RefreshEvery unless the last are still being painted. The page calls it once a frame,
// now being the frame's clock, after the learner's commands; it also moves the painting
// of the heatmaps staged on (stageOn).
func (m *Session) ToWorker(now time.Time) []byte {
	r := &m.remote
	m.stageOn(now.Add(RefreshSlice))
	ms := 0.0
	if !r.frameAt.IsZero() {
		ms = now.Sub(r.frameAt).Seconds() * 1000
	}
	r.frameAt = now
	want := r.ready && m.Playing && m.Speed == SpeedMax && m.Lesson == nil && len(m.Train) > 0
	switch {
	case want && (!r.running || r.gen != m.gen):
		r.version++
		r.running, r.gen, r.took, r.heatAt = true, m.gen, false, now
		return remote.EncodeJob(m.job(r.version))
	case !want && r.running:
		r.version++
		r.running = false
		m.Refresh() // the frame adopted last may hold older heatmaps than its parameters
		return remote.EncodeStop(r.version)
	case r.running && r.took:
		r.took = false
		heat := r.bands == 0 && now.Sub(r.heatAt) >= RefreshEvery
		if heat {
			r.heatAt = now
		}
		r.ack = remote.EncodeAck(r.ack, r.version, heat, m.Discretize, ms)
		return r.ack
	}
	return nil
}

// job is the page's training state, version v.
func (m *Session) job(v uint32) *remote.Job {
	tr := m.Trainer
	ps := tr.Opt.Params()
	grads := make([][]float64, len(ps))
	for i, p := range ps {
		grads[i] = p.Grad
	}
	return &remote.Job{
		Version: v, Net: m.Net, Loss: m.Loss, LR: tr.Opt.LR, L1: tr.Opt.L1, L2: tr.Opt.L2,
		BatchSize: tr.BatchSize, X: m.XTrain, T: m.TTrain, XTest: m.XTest, TTest: m.TTest,
		Features: m.Features, HeatN: m.heat.N, HeatMin: m.heat.Min, HeatMax: m.heat.Max,
		Signs: m.Discretize,
		Position: remote.Position{Epoch: tr.Epoch, Sample: tr.Sample, EpochSeen: m.epochSeen,
			SamplesSeen: m.SamplesSeen, History: m.History},
		Grads: grads,
	}
}

// FromWorker takes a frame the worker sent and returns the samples it trained. A frame
// of an older job, or one that arrives after the learner has changed the state it was
// trained from, is dropped: only a state the worker reached from what the page shows
// ever replaces it. When the worker stopped before a batch that runs away, the page
// trains that batch itself and pauses with its own words; when the loss blew up, the
// page's check pauses on the same numbers.
func (m *Session) FromWorker(b []byte) (int, error) {
	r := &m.remote
	f := &r.frame
	if err := remote.DecodeFrame(b, f); err != nil {
		return 0, err
	}
	if r.asked != 0 && f.Version == r.asked {
		return 0, m.takeSweep(f)
	}
	if !r.running || f.Version != r.version || r.gen != m.gen {
		return 0, nil
	}
	if err := m.adopt(f); err != nil {
		return 0, err
	}
	m.version++
	m.gen++
	r.gen, r.took = m.gen, true
	switch f.Stop {
	case remote.Halted:
		r.running = false
		m.train(0)
		m.RefreshIfDue(time.Now())
	case remote.BlewUp:
		r.running = false
		m.checkBlowUp()
	}
	return f.Trained, nil
}

// adopt copies frame f's state into the session after checking that its shapes fit.
func (m *Session) adopt(f *remote.Frame) error {
	ps := m.Trainer.Opt.Params()
	if len(f.Params) != len(ps) || len(f.Grads) != len(ps) {
		return fmt.Errorf("play: a frame of %d parameters for %d", len(f.Params), len(ps))
	}
	for i, p := range ps {
		if len(f.Params[i]) != len(p.Value) || len(f.Grads[i]) != len(p.Grad) {
			return fmt.Errorf("play: a frame's %s does not fit", p.Name)
		}
	}
	if f.HasHeat && len(f.Pix) != sheet.Len(m.Net, m.heat.N) {
		return fmt.Errorf("play: a frame's pictures do not fit the network")
	}
	for i, p := range ps {
		copy(p.Value, f.Params[i])
		copy(p.Grad, f.Grads[i])
	}
	tr := m.Trainer
	tr.Epoch, tr.Sample, m.epochSeen, m.SamplesSeen = f.Epoch, f.Sample, f.EpochSeen, f.SamplesSeen
	m.History.Copy(f.History)
	if f.HasHeat {
		m.takeHeat(f)
		m.remote.swept = false
	}
	return nil
}

// takeHeat takes frame f's pictures and meters, of the parameters f carries: staged,
// to be shown whole once the Stage has uploaded the pictures into its sheet not shown
// (stageOn), as a sweep of the page's own is: a frame uploads a band of the pictures,
// not all of them. They are swapped, not copied: the frame's storage takes the old
// ones, to be overwritten by the next frame. Without a Stage, or when the pictures
// show the output otherwise than the page now does (Discretize), the meters are shown
// at once and the pictures are painted on the page, from the heatmaps of the same
// parameters, when first asked for (Heat).
func (m *Session) takeHeat(f *remote.Frame) {
	r, s := &m.remote, &m.sweep
	r.bands = 0
	if s.stage != nil && f.Signs == m.Discretize {
		r.bands = s.stage.Bands(m)
	}
	if r.bands == 0 {
		m.heatNet, m.heatDue = paramsOf(m.heatNet, m.Net, f.Params), true
		r.diag, f.Diag = f.Diag, r.diag
		m.showMeters(&r.diag)
		m.heatGen++
		return
	}
	if s.busy { // the sheet not shown is the worker's from now on
		s.busy, s.update, s.stale = false, nil, true
	}
	r.net = paramsOf(r.net, m.Net, f.Params)
	r.pix, f.Pix = f.Pix, r.pix
	r.meters, f.Diag = f.Diag, r.meters
	r.band, r.at = 0, m.heatGen
}

// paramsOf returns a network of net's layers and activations with the parameters ps,
// in net.Parameters' order: dst itself, overwritten, when it has net's shape.
func paramsOf(dst, net *core.Sequential, ps [][]float64) *core.Sequential {
	if dst == nil || !sameLayers(dst, net) {
		dst = net.Clone()
	}
	k := 0
	for i := range dst.Layers {
		dst.Layers[i].Act = net.Layers[i].Act // every parameter is ps's: none copied from net
		lin := dst.Layers[i].Linear
		for r, row := range lin.Weight {
			copy(row, ps[k][r*lin.In:])
		}
		k++
		if lin.HasBias() {
			copy(lin.Bias, ps[k])
			k++
		}
	}
	return dst
}

// stageOn uploads the pictures staged until the clock reads until, a band at least, and
// shows them with their meters once every band is uploaded: the Pictures show the
// sheet uploaded as the heatmaps change, so that the pictures drawn are always one
// parameter set's. Pictures staged before a change shown since (a slider's refresh, a
// pause) are dropped: the sheet not shown may have been made anew.
func (m *Session) stageOn(until time.Time) {
	r, s := &m.remote, &m.sweep
	if r.bands == 0 {
		return
	}
	if r.at != m.heatGen || !r.running && !(r.swept && m.Playing) {
		r.bands = 0
		return
	}
	for first := true; r.band < r.bands; first = false {
		if !first && !s.fits(stepBand, until) {
			return
		}
		s.timed(stepBand, func() { s.stage.Put(m, r.pix, r.band) })
		r.band++
	}
	// The heatmaps behind the pictures, should the page paint them again (Discretize),
	// are the staged parameters', swept when asked for (Heat).
	m.heatNet, r.net, m.heatDue = r.net, m.heatNet, true
	r.diag, r.meters = r.meters, r.diag
	m.showMeters(&r.diag)
	r.bands = 0
	m.version++
	m.heatGen++
	s.staged = m.heatGen
}

// sweepsInWorker reports whether Play's refresh asks the worker for the heatmaps and
// meters (askSweep) rather than sweeping them on the page's thread: at the slower
// speeds, where the page trains itself, when it has a worker, out of the lessons.
func (m *Session) sweepsInWorker() bool {
	r := &m.remote
	return r.ready && !r.running && m.Playing && m.Speed != SpeedMax && m.Lesson == nil
}

// askSweep asks the worker for the heatmaps and meters of the parameters the page shows
// now; the loop posts the message (Asked). The answer is shown as a training frame's
// heatmaps are (takeSweep), so that the pictures are always of parameters the page
// showed, a few frames after it showed them, as a sweep of its own would be.
func (m *Session) askSweep() {
	r := &m.remote
	r.version++
	j := m.job(r.version)
	j.XTest, j.TTest, j.History = nil, nil, remote.History{} // the sweep needs no losses
	r.ask = remote.EncodeSweep(r.ask, j)
	r.asked, r.askedAt, r.post = r.version, m.heatGen, true
}

// Asked returns the message of the sweep Play's refresh asked of the worker since the
// last call, or nil: the loop posts it after the frame's training. The message is the
// session's until the next refresh.
func (m *Session) Asked() []byte {
	r := &m.remote
	if !r.post {
		return nil
	}
	r.post = false
	return r.ask
}

// takeSweep takes frame f, the answer to the sweep asked last: its heatmaps and meters
// are staged and shown as a training frame's are (takeHeat), unless the heatmaps shown
// changed since it was asked (the learner changed something, Play paused) or Play has
// gone to the worker or stopped: the page has newer ones, or will sweep its own.
func (m *Session) takeSweep(f *remote.Frame) error {
	r := &m.remote
	r.asked = 0
	if r.askedAt != m.heatGen || !m.sweepsInWorker() {
		return nil
	}
	if !f.HasHeat || len(f.Pix) != sheet.Len(m.Net, m.heat.N) ||
		len(f.Diag.Layers) != len(m.Net.Layers) || !m.fitsParams(f.Params) {
		return fmt.Errorf("play: a sweep's pictures do not fit the network")
	}
	m.takeHeat(f)
	r.swept = true
	m.version++
	return nil
}

// fitsParams reports whether ps has the shape of the parameters of the session's
// network, in its Parameters' order.
func (m *Session) fitsParams(ps [][]float64) bool {
	own := m.Trainer.Opt.Params()
	if len(ps) != len(own) {
		return false
	}
	for i, p := range own {
		if len(ps[i]) != len(p.Value) {
			return false
		}
	}
	return true
}

// fitsHeat reports whether v has the shape of the heatmaps of the session's network:
// a layer for each of its layers, a unit for each of their units and a value for each
// point of the grid. (The heatmaps shown may be of an older shape until swept: Heat.)
func (m *Session) fitsHeat(v [][][]float64) bool {
	ls := m.Net.Layers
	if len(v) != len(ls) {
		return false
	}
	for l, layer := range ls {
		if len(v[l]) != layer.Linear.Out {
			return false
		}
		for _, u := range v[l] {
			if len(u) != m.heat.N*m.heat.N {
				return false
			}
		}
	}
	return true
}
