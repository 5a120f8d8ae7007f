package e2e

import (
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"nnplay/core"
)

// where is where the page trains, as its state says.
func (p *page) where() (training string, epoch float64) {
	p.t.Helper()
	var s struct {
		Training string  `json:"training"`
		Epoch    float64 `json:"epoch"`
	}
	p.call("state", nil, &s)
	return s.Training, s.Epoch
}

// playFast plays at "as fast as possible" until training runs where it must (want) and
// has gone past epoch.
func (p *page) playFast(want string, epoch float64) {
	p.t.Helper()
	p.choose("speed", "3")
	p.eval(`document.getElementById('play').click()`)
	deadline := time.Now().Add(hang)
	for {
		at, e := p.where()
		if at == want && e > epoch {
			return
		}
		if time.Now().After(deadline) {
			p.t.Fatalf("Play at full speed trains on the %q at epoch %v, want the %q past %v",
				at, e, want, epoch)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// stepMatchesCore presses Step through its four phases, played out at once, and checks
// the update against core's SGD on the batch the page took, natively, to 1e-9.
func stepMatchesCore(t *testing.T, p *page) {
	t.Helper()
	var data struct{ X, T [][]float64 }
	p.call("data", nil, &data)
	net := model(t, p.state())
	var s trainState
	for range 4 {
		p.call("step", map[string]bool{"instant": true}, nil)
	}
	deadline := time.Now().Add(hang)
	for s = p.train(); s.Step.Done != "update" && time.Now().Before(deadline); s = p.train() {
		time.Sleep(50 * time.Millisecond)
	}
	if s.Step.Done != "update" || len(s.Step.Batch) == 0 {
		t.Fatalf("Step ended at %q with batch %v", s.Step.Done, s.Step.Batch)
	}
	ref := net.Clone()
	ref.ZeroGrad()
	rt := core.NewTrace(ref)
	for _, i := range s.Step.Batch {
		ref.AccumulateSample(rt, data.X[i], data.T[i], core.HalfMSELoss{}, 1/float64(len(s.Step.Batch)))
	}
	if err := core.NewSGD(ref.Parameters(), s.Step.LR).Step(); err != nil {
		t.Fatal(err)
	}
	after := model(t, s.state)
	for k, prm := range ref.Parameters() {
		for i, v := range prm.Value {
			if got := after.Parameters()[k].Value[i]; !near(got, v) {
				t.Errorf("%s[%d] = %v after Step's update, core gives %v", prm.Name, i, got, v)
			}
		}
	}
}

// TestFastPlayTrainsInTheWorker plays Net A at full speed over http and from disk:
// training runs in the worker, the page keeps drawing, a weight and the learning rate
// changed during Play take effect and stay (no frame of the worker's older state
// overwrites them), and after a pause Step's update is core's to 1e-9.
func TestFastPlayTrainsInTheWorker(t *testing.T) {
	t.Parallel()
	for _, disk := range []bool{false, true} {
		t.Run(fmt.Sprintf("disk=%v", disk), func(t *testing.T) {
			t.Parallel()
			p := open(t, disk, 1280, 800)
			p.playFast("worker", 20)
			// The page draws on while the worker trains.
			p.waitFor(fmt.Sprintf(`window.nnplay.call('state').then(s => JSON.parse(s).frames > %d)`,
				p.state().Frames+3))
			// The smallest learning rate, then the weight's slider to 4: the worker, sent both,
			// trains on from them; a frame of its older state would bring back a
			// weight near its old value.
			p.eval(`(s => { s.value = s.options[0].value; s.dispatchEvent(new Event('change')) })` +
				`(document.getElementById('lr'))`)
			if w := model(t, p.state()).Layers[0].Linear.Weight[0][0]; math.Abs(w-4) < 2 {
				t.Fatalf("the weight is %v already: the test would not see it overwritten", w)
			}
			p.slide("w-0-0-0-range", "4")
			_, e0 := p.where()
			for end, e := time.Now().Add(hang), e0; e < e0+30; _, e = p.where() {
				if time.Now().After(end) {
					t.Fatalf("after the slider moved Play trained %v epochs in %v", e-e0, hang)
				}
				time.Sleep(50 * time.Millisecond)
			}
			at, _ := p.where()
			p.eval(`document.getElementById('play').click()`)
			s := p.train()
			if at != "worker" || s.Playing {
				t.Errorf("after the changes training ran on the %q; playing after pause: %v",
					at, s.Playing)
			}
			net := model(t, s.state)
			if w := net.Layers[0].Linear.Weight[0][0]; math.Abs(w-4) > 0.5 {
				t.Errorf("the weight set to 4 during Play is %v a few hundred epochs later at "+
					"rate 1e-5", w)
			}
			if lr := p.eval(`window.nnplay.call('state').then(s => JSON.parse(s).lr)`); lr != "0.00001" &&
				lr != "1e-05" {
				t.Errorf("the learning rate is %s, want 1e-5", lr)
			}
			stepMatchesCore(t, p)
			p.noProblems()
		})
	}
}

// TestPauseContinuesAsThePageWould trains in the worker, pauses, and trains on at one
// epoch a frame on the page: the loss curve goes on from the worker's without a gap or a
// repeat, and Step then shows core's numbers.
func TestPauseContinuesAsThePageWould(t *testing.T) {
	t.Parallel()
	p := reused(t, 1280, 800)
	p.playFast("worker", 10)
	p.eval(`document.getElementById('play').click()`)
	_, paused := p.where()
	if paused != math.Trunc(paused) {
		t.Errorf("the worker handed back epoch %v, not a whole epoch", paused)
	}
	p.choose("speed", "2")
	p.eval(`document.getElementById('play').click()`)
	p.waitFor(fmt.Sprintf(`window.nnplay.call('state').then(s => JSON.parse(s).epoch >= %v)`,
		paused+3))
	if at, _ := p.where(); at != "page" {
		t.Errorf("one epoch a frame trains on the %q", at)
	}
	p.eval(`document.getElementById('play').click()`)
	var hist []struct{ Epoch, Train, Test float64 }
	p.call("history", nil, &hist)
	for i := 1; i < len(hist); i++ {
		if hist[i].Epoch <= hist[i-1].Epoch {
			t.Errorf("the loss curve goes from epoch %v to %v", hist[i-1].Epoch, hist[i].Epoch)
		}
	}
	stepMatchesCore(t, p)
	p.noProblems()
}

// pauseOnFrame, run before the page's scripts, has the training worker's frames heard
// by a listener of the test's after the page's own, which, once armed
// (window.pauseOnFrame), clicks Pause just after the page heard a frame and before it
// shows it, and keeps the epoch the page shows then (window.shownAtPause).
const pauseOnFrame = `(() => {
  const W = window.Worker;
  window.Worker = function (url, opts) {
    const w = new W(url, opts);
    queueMicrotask(() => w.addEventListener('message', (e) => { // after the page's onmessage
      if (!window.pauseOnFrame || typeof e.data === 'string') return;
      window.pauseOnFrame = false;
      window.shownAtPause = document.getElementById('out-epoch').textContent;
      document.getElementById('play').click();
    }));
    return w;
  };
})()`

// TestPauseAtFullSpeedKeepsTheEpochShown pauses Net B as fast as possible, in the
// worker, just after the page heard a frame and before it showed it, a few times over:
// the page stays at the epoch it showed when Pause was clicked. It went on to the frame
// heard before the click (look6: clicked at epoch 4191, paused at 4274).
func TestPauseAtFullSpeedKeepsTheEpochShown(t *testing.T) {
	t.Parallel()
	p := launch(t)
	p.beforeScripts(pauseOnFrame)
	p.visit(pageURL(false))
	p.choose("preset", "1")
	p.playFast("worker", 50)
	for i := range 5 {
		if i > 0 {
			p.eval(`document.getElementById('play').click()`)
		}
		p.waitFor(fmt.Sprintf(`window.nnplay.call('state').then(s => JSON.parse(s).frames > %d)`,
			p.state().Frames+5))
		if at, _ := p.where(); at != "worker" {
			t.Fatalf("Net B as fast as possible trains on the %q", at)
		}
		p.eval(`window.shownAtPause = ''; window.pauseOnFrame = true`)
		p.waitFor(`window.shownAtPause !== ''`)
		// The test API answers in the page's frames: the second answer comes after the
		// frame that paused.
		p.where()
		p.where()
		shown := p.eval(`window.shownAtPause`)
		got := p.eval(`document.getElementById('out-epoch').textContent`)
		if got != shown {
			t.Errorf("Pause clicked at epoch %s paused at %s", shown, got)
		}
	}
	p.noProblems()
}

// TestWorkerFallback takes away Worker before the page's scripts run, as an old browser
// or a policy might: fast Play trains on the page, and the page says nothing of it.
func TestWorkerFallback(t *testing.T) {
	t.Parallel()
	for _, disk := range []bool{false, true} {
		t.Run(fmt.Sprintf("disk=%v", disk), func(t *testing.T) {
			t.Parallel()
			p := launch(t)
			p.beforeScripts(`delete window.Worker`)
			p.visit(pageURL(disk))
			p.playFast("page", 20)
			if msg := p.eval(`document.getElementById('status').textContent`); msg != "" {
				t.Errorf("the status line says %q", msg)
			}
			p.eval(`document.getElementById('play').click()`)
			stepMatchesCore(t, p)
			p.noProblems()
		})
	}
}

// TestDivergenceInTheWorker raises the learning rate of the linear network to 10 while
// the worker trains it: training pauses with the page's own message, as at the slower
// speeds, and nothing the page shows is not a number. (A linear network diverges at 10
// from wherever training has got to; Net B there may instead lose its units and go flat,
// which made the test depend on how far the worker had trained.)
func TestDivergenceInTheWorker(t *testing.T) {
	t.Parallel()
	p := reused(t, 1280, 800)
	p.choose("preset", "3")
	p.playFast("worker", 2)
	p.choose("lr", "10")
	p.waitFor(`!document.getElementById('diverged').hidden`)
	msg := p.eval(`document.getElementById('diverged-text').textContent`)
	if !strings.Contains(msg, "learning rate 10 is too high") {
		t.Errorf("message: %q", msg)
	}
	if s := p.train(); s.Playing || strings.Contains(p.eval(`document.body.innerText`), "NaN") {
		t.Errorf("playing %v after the pause, or the page shows NaN", s.Playing)
	}
	t.Logf("divergence message: %s", msg)
	p.noProblems()
}

// TestSlowPlaySweepsInTheWorker plays Net B at one epoch a frame: the page trains
// itself, and the worker sweeps the heatmaps, so that the page's thread sweeps none
// (perf's sweep_ms stays 0) while the pictures of the worker's heatmaps are painted
// (pics) and the epochs go on. (From disk the worker starts as it does over http:
// TestFastPlayTrainsInTheWorker.)
func TestSlowPlaySweepsInTheWorker(t *testing.T) {
	t.Parallel()
	p := reused(t, 1280, 800)
	p.playFast("worker", 1) // the worker has started
	p.choose("preset", "1")
	p.choose("speed", "2")
	p.eval(`document.getElementById('play').click()`)
	type perf struct {
		SweepMS float64 `json:"sweep_ms"`
		PicsMS  float64 `json:"pics_ms_per_update"`
		Epoch   float64 `json:"epoch"`
	}
	var r0, r perf
	p.call("perf", nil, &r0)
	start := time.Now()
	sweep, pics := 0.0, 0.0
	// A second and a half at least, and until pictures were painted and five epochs
	// trained: a loaded machine draws Net B at a few frames a second.
	for d := time.Duration(0); d < 1500*time.Millisecond ||
		(pics == 0 || r.Epoch < r0.Epoch+5) && d < hang; d = time.Since(start) {
		time.Sleep(100 * time.Millisecond)
		p.call("perf", nil, &r)
		sweep, pics = sweep+r.SweepMS, pics+r.PicsMS
	}
	at, _ := p.where()
	p.eval(`document.getElementById('play').click()`)
	if at != "page" || r.Epoch < r0.Epoch+5 {
		t.Fatalf("at one epoch a frame training is on the %q, epochs %v to %v", at,
			r0.Epoch, r.Epoch)
	}
	if sweep != 0 || pics == 0 {
		t.Errorf("the page's thread swept the heatmaps for %v ms in %v; pictures "+
			"painted %v ms per update", sweep, time.Since(start), pics)
	}
	p.noProblems()
}
