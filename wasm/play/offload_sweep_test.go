package play

import (
	"bytes"
	"math"
	"reflect"
	"sync"
	"testing"
	"time"

	"nnplay/core"
	"nnplay/wasm/play/remote"
)

// slowPlay plays a session at a slower speed with a worker at hand, as the page does:
// each frame hears what the worker said since the last (Hear), runs the loop's Frame and
// refreshes the pictures when the heatmaps shown changed; the worker answers each
// message at once, heard in the next frame.
type slowPlay struct {
	t    *testing.T
	m    *Session
	pics *Pictures
	tex  *texture
	loop Loop
	w    remote.Worker
	now  time.Time
	// heard are the worker's answers to hear in the next frame; asked the parameters of
	// the sweep answered in each; shows the parameters whose heatmaps were last shown.
	heard [][]byte
	asked []*core.Sequential
	shows *core.Sequential
	// sweeps counts the messages of kind sweep posted; gen is the heatGen pictured.
	sweeps, gen int
}

func newSlowPlay(t *testing.T, preset int, speed Speed) *slowPlay {
	p := &slowPlay{t: t, now: time.Unix(0, 0)}
	p.m, p.pics, p.tex = withPictures(preset, true)
	p.loop = Loop{Lock: &sync.Mutex{}, M: p.m, Tel: &Telemetry{}, Post: p.post}
	p.m.WorkerReady(true)
	p.m.Apply(SetSpeed{Speed: speed})
	p.m.Apply(Play{On: true})
	p.gen = p.m.HeatGen()
	return p
}

// post hands the worker a message of the page's, as web/bootworker.js does.
func (p *slowPlay) post(b []byte) {
	out, _, _ := p.w.Serve(b)
	if b[0] == remote.EncodeSweep(nil, p.m.job(0))[0] {
		p.sweeps++
		if out == nil {
			p.t.Fatal("the worker did not answer a sweep")
		}
		p.asked = append(p.asked, p.m.Net.Clone())
	}
	if out != nil {
		p.heard = append(p.heard, bytes.Clone(out))
	}
}

// frame plays one frame and reports whether it showed new heatmaps.
func (p *slowPlay) frame() bool {
	p.now = p.now.Add(RefreshEvery / 3)
	for i, b := range p.heard {
		p.loop.Hear("", b)
		if i < len(p.asked) {
			p.shows = p.asked[i]
		}
	}
	p.heard, p.asked = p.heard[:0], p.asked[:0]
	if err := p.loop.Frame(p.now); err != nil {
		p.t.Fatal(err)
	}
	if p.m.HeatGen() == p.gen {
		return false
	}
	p.gen = p.m.HeatGen()
	p.pics.Refresh(p.m)
	return true
}

// TestSlowPlaySweepsInTheWorker plays each preset at the slowest speed and at one epoch
// a frame with a worker: the page trains exactly as it does alone, bit for bit, but
// never sweeps the heatmaps on its own thread; the worker does, and each time the
// pictures and the meters shown are, bit for bit, those of the parameters the page
// showed when it asked.
func TestSlowPlaySweepsInTheWorker(t *testing.T) {
	for preset := range 3 {
		for _, speed := range []Speed{SpeedSample, SpeedEpoch} {
			p := newSlowPlay(t, preset, speed)
			ref := NewSession()
			ref.Apply(UsePreset{Index: preset})
			ref.Apply(SetSpeed{Speed: speed})
			ref.Apply(Play{On: true})
			shows := 0
			for f := 0; f < 30 && p.m.Playing; f++ {
				ref.Tick(p.now.Add(RefreshEvery/3), 0)
				if p.frame() {
					shows++
					if p.shows == nil {
						t.Fatalf("preset %d at %v, frame %d: heatmaps shown that no sweep "+
							"answered", preset, speed, f)
					}
					if !bytes.Equal(p.tex.shown(p.pics), picturesOf(p.m, p.shows)) {
						t.Fatalf("preset %d at %v, frame %d: the pictures are not those of the "+
							"parameters asked", preset, speed, f)
					}
					var d core.Diagnoser
					want := d.Run(p.shows, p.m.XTrain, p.m.TTrain, p.m.Loss)
					if !reflect.DeepEqual(*p.m.Diag, *want) {
						t.Fatalf("preset %d at %v, frame %d: the meters are not those of the "+
							"parameters asked", preset, speed, f)
					}
				}
				if p.m.sweep.busy || p.m.sweep.next > 0 {
					t.Fatalf("preset %d at %v, frame %d: the page swept the heatmaps itself",
						preset, speed, f)
				}
			}
			if d := trainedAlike(ref, p.m); d != "" {
				t.Errorf("preset %d at %v: the page's training differs from training alone "+
					"in its %s", preset, speed, d)
			}
			if shows < 3 || p.sweeps < shows {
				t.Errorf("preset %d at %v: %d heatmaps shown of %d sweeps asked in 30 frames",
					preset, speed, shows, p.sweeps)
			}
		}
	}
}

// TestStaleSweepsAreDropped: the answer to a sweep asked before the learner moved a
// weight, or before Play paused, is never staged or shown: the heatmaps shown stay
// those of the change (or the page's own of the parameters Play stopped on).
func TestStaleSweepsAreDropped(t *testing.T) {
	for _, c := range []struct {
		name   string
		change func(m *Session)
	}{
		{"a weight moved", func(m *Session) {
			m.Apply(SetWeight{Layer: 1, Unit: 0, In: 1, Value: 2.5})
		}},
		{"a pause", func(m *Session) { m.Apply(Play{On: false}) }},
	} {
		p := newSlowPlay(t, 1, SpeedEpoch)
		for f := 0; p.sweeps == 0; f++ {
			if f > 10 {
				t.Fatalf("%s: no sweep asked of the worker in %d frames", c.name, f)
			}
			p.frame()
		}
		if len(p.heard) != 1 {
			t.Fatalf("%s: %d answers to one sweep", c.name, len(p.heard))
		}
		c.change(p.m)
		p.frame() // hears the answer
		if p.m.remote.bands != 0 || p.m.remote.asked != 0 {
			t.Errorf("%s: the answer to a sweep asked before it was staged (%d bands) or "+
				"is still awaited", c.name, p.m.remote.bands)
		}
	}
}

// TestStagedPaintingCountsAsPictures: the frames of slow Play with a worker paint the
// pictures of the worker's heatmaps band by band during the loop's Frame; the frame's
// cost counts that with the pictures, not as training or a sweep of the page's.
func TestStagedPaintingCountsAsPictures(t *testing.T) {
	p := newSlowPlay(t, 2, SpeedEpoch)
	tel := p.loop.Tel
	painted := 0
	for f := 0; f < 60 && painted < 3; f++ {
		before := p.m.PaintSpent()
		tel.Begin()
		t0 := time.Now()
		p.frame()
		tel.TrainMS = MSSince(t0) // as the page times the loop's Frame
		tel.Updated(1, p.m.SweepSpent())
		tel.Drawn(0, false)
		if p.m.PaintSpent() == before {
			continue
		}
		painted++
		w := tel.Perf(0)["worst"].(FrameCost)
		if w.PicsMS <= 0 || math.Abs(w.SweepMS) > 1e-9 || w.TrainMS < -0.002 {
			t.Fatalf("frame %d painted bands: pictures %v ms, sweep %v, training %v", f,
				w.PicsMS, w.SweepMS, w.TrainMS)
		}
	}
	if painted < 3 {
		t.Fatalf("%d frames painted bands of the worker's heatmaps", painted)
	}
}
