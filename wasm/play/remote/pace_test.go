package remote

import (
	"math"
	"testing"
	"time"

	"nnplay/core"
)

// TestPaceKeepsThePagesFrames plays a page whose frames slow down by share times the
// worker's duty (the part of the time it trains), as where the two share the
// processor: over a minute Pace keeps the page's frames at FrameShare of what they are
// with the worker at rest, as far as MaxRest allows, and trains as much as that leaves:
// with cores to spare it never rests.
func TestPaceKeepsThePagesFrames(t *testing.T) {
	const base = 100.0 // ms a frame with the worker at rest
	for _, share := range []float64{0, 0.15, 0.3, 0.6} {
		var p Pace
		now := time.Unix(0, 0)
		var frames, ms, duty float64
		probes := 0
		for now.Before(time.Unix(60, 0)) {
			d := 1 / (1 + p.Rest)
			if p.Probing(now) {
				d = 0
				if p.probe == 1 {
					probes++
				}
			}
			interval := base * (1 + share*d)
			now = now.Add(time.Duration(interval * float64(time.Millisecond)))
			p.Heard(interval, now)
			if now.After(time.Unix(20, 0)) { // settled
				frames++
				ms += interval
				duty += d
			}
		}
		fps, trains := base/(ms/frames), duty/frames
		// The most the worker may train with the frames kept, resting at most MaxRest.
		best := 1.0
		if share > 0 {
			best = max(1/(1+p.MaxRest()), min(1, (1/FrameShare-1)/share))
		}
		t.Logf("share %v: frames %.3f, trains %.3f (best %.3f), rest %.2f", share, fps, trains,
			best, p.Rest)
		if fps < FrameShare-0.02 && p.Rest < p.MaxRest() {
			t.Errorf("share %v: the page draws %.2f of its frames, resting %.2f", share, fps,
				p.Rest)
		}
		if trains < 0.8*best*(1-float64(ProbeFrames)*0.1/ProbeEvery.Seconds()) {
			t.Errorf("share %v: the worker trains %.2f of the time, it could %.2f", share,
				trains, best)
		}
		least, most := 60/ProbeEvery.Seconds()-1, 60/ProbeEvery.Seconds()+1
		// Where resting MaxRest does not keep them, the base is checked twice as often.
		// (Judged by the frames kept at MaxRest, not by those measured, which the probes'
		// frames at full speed lift above FrameShare where MaxRest falls just short.)
		if 1/(1+share/(1+p.MaxRest())) < FrameShare {
			most = 60/(ProbeEvery/2).Seconds() + 1
		}
		if float64(probes) < least || float64(probes) > most {
			t.Errorf("share %v: %d probes in a minute, want %v to %v", share, probes,
				least, most)
		}
	}
}

// TestPaceBearsNoise: on a busy machine the page's frames come at random intervals;
// where the worker costs the page nothing it still trains nearly all the time, and
// where it does, the frames are kept on average, as far as MaxRest allows.
func TestPaceBearsNoise(t *testing.T) {
	rng := core.NewRNG(1)
	for _, share := range []float64{0, 0.3} {
		var p Pace
		now := time.Unix(0, 0)
		var ms, duty, frames float64
		for now.Before(time.Unix(120, 0)) {
			d := 1 / (1 + p.Rest)
			if p.Probing(now) {
				d = 0
			}
			interval := 100 * (1 + share*d) * (0.6 + 0.8*rng.Float64())
			now = now.Add(time.Duration(interval * float64(time.Millisecond)))
			p.Heard(interval, now)
			ms, duty, frames = ms+interval, duty+d, frames+1
		}
		fps, trains := 100/(ms/frames), duty/frames
		t.Logf("share %v: frames %.3f, trains %.3f, rest %.2f", share, fps, trains, p.Rest)
		// The most frames resting at most MaxRest keeps, when that is below FrameShare.
		kept := min(FrameShare, 1/(1+share/(1+p.MaxRest())))
		if share == 0 && trains < 0.7 || share > 0 && fps < kept-0.05 {
			t.Errorf("share %v: the page draws %.2f of its frames; the worker trains %.2f",
				share, fps, trains)
		}
	}
}

// TestPaceIgnoresOddIntervals: the first frame (no interval) and a page that was away
// (a background tab draws no frames) neither start the pace nor set the base; the
// first probe comes FirstProbe after the first frame, not before: training shows at
// once.
func TestPaceIgnoresOddIntervals(t *testing.T) {
	var p Pace
	now := time.Unix(0, 0)
	for _, ms := range []float64{0, math.NaN(), 60000} {
		if p.Probing(now) {
			t.Fatal("a probe before any frame was heard")
		}
		p.Heard(ms, now)
	}
	if !p.next.IsZero() || p.Rest != 0 {
		t.Errorf("odd intervals started the pace: next %v, rest %v", p.next, p.Rest)
	}
	start := now
	for now.Sub(start) < FirstProbe+time.Second {
		if p.Probing(now) && now.Sub(start) < FirstProbe {
			t.Fatalf("a probe %v after the first frame", now.Sub(start))
		}
		now = now.Add(100 * time.Millisecond)
		p.Heard(100, now)
	}
	if p.base != 100 {
		t.Errorf("the base is %v, want 100", p.base)
	}
}

// TestPaceTrainsItsShare plays a page whose frames come as fast whether the worker
// trains or not (share 0), and one whose frames come twice as slow while it trains as
// while it rests (share 1), so that Pace rests as long as it may: a network whose epoch
// is cheap trains MinEpochs epochs a second either way, resting the rest of the time;
// a costly one trains nearly all the time on the first page, and MinShare of the time
// on the second.
func TestPaceTrainsItsShare(t *testing.T) {
	for _, share := range []float64{0, 1} {
		for _, rate := range []float64{11000, 3000, 1300, 600} { // epochs a second of work
			var p Pace
			now := time.Unix(0, 0)
			var epochs float64
			for now.Before(time.Unix(60, 0)) {
				slice := 15 * time.Millisecond
				rest := p.RestAfter(slice, rate*slice.Seconds())
				d := float64(slice) / float64(slice+rest)
				if p.Probing(now) {
					d = 0
				}
				interval := 100 * (1 + share*d)
				now = now.Add(time.Duration(interval * float64(time.Millisecond)))
				p.Heard(interval, now)
				if now.After(time.Unix(20, 0)) {
					epochs += rate * d * interval / 1000
				}
			}
			got, want := epochs/40, min(MinEpochs, MinShare*rate)
			if share == 0 {
				want = min(MinEpochs, rate)
			}
			lost := float64(ProbeFrames) * 0.2 / ProbeEvery.Seconds() // the probes' frames
			t.Logf("share %v, %v epochs/s of work: %.0f epochs/s, want %.0f, rest %.2f",
				share, rate, got, want, p.Rest)
			if got < 0.97*want*(1-lost) || got > 1.03*want {
				t.Errorf("share %v, %v epochs/s of work: the worker trains %.0f epochs/s, "+
					"want %.0f", share, rate, got, want)
			}
		}
	}
}

// TestPaceMeasuresNewWorkAnew: after a cheap network, the first slices of a costly one
// rest no longer than the costly one's share allows (the rate measured on the cheap one
// held its rests at 7 times their work for a second), and after a costly one, a cheap
// one rests at least its MinRest from its second slice.
func TestPaceMeasuresNewWorkAnew(t *testing.T) {
	slice := 15 * time.Millisecond
	for _, c := range [][2]float64{{11000, 300}, {300, 11000}} {
		var p Pace
		for range 100 {
			p.RestAfter(slice, c[0]*slice.Seconds())
		}
		p.NewWork()
		for i := range 40 {
			rest := p.RestAfter(slice, c[1]*slice.Seconds())
			most := max(1/MinShare-1, c[1]/MinEpochs-1) * float64(slice)
			least := max(0, c[1]/MinEpochs-1) * float64(slice)
			if float64(rest) > 1.001*most || i > 0 && float64(rest) < 0.999*least {
				t.Fatalf("%v then %v epochs/s of work: slice %d rests %v, want %v to %v",
					c[0], c[1], i, rest, time.Duration(least), time.Duration(most))
			}
		}
	}
}

// TestJobMeasuresItsRateAnew: a job, a new network's or the same one's after a change,
// starts the worker's pace without the rate measured on the last.
func TestJobMeasuresItsRateAnew(t *testing.T) {
	var w Worker
	w.pace.rate = 11000
	if err := w.Put(EncodeJob(testJob(t))); err != nil {
		t.Fatal(err)
	}
	if w.pace.rate != 0 {
		t.Errorf("a new job's pace kept the last job's rate, %v epochs/s", w.pace.rate)
	}
}
