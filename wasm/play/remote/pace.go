package remote

import "time"

// Pace decides how long the worker rests after each slice of training. Where the
// page's rendering shares the processor with the worker (a software renderer on two
// cores), training flat out costs the page frames; with cores to spare it costs none.
// So the page tells the worker, with each frame it takes, how long its last frame took,
// and Pace holds the page's frames to at least FrameShare of what they are when the
// worker does not train: now and then it rests through ProbeFrames of the page's frames
// to measure that (the base); in between, over every Window of frames, it rests longer
// when they came slower than the base allows and shorter when they did not. A page
// that stays slow however long the worker rests has slowed down for another reason: it
// probes again. The first probe comes FirstProbe after the first frame heard, so that
// training shows at once; until then the worker rests half as long as it trains.
//
// A network whose epoch is cheap, such as Playground's default, trains MinEpochs epochs
// a second, however fast the frames, and rests the rest of the time (MinRest): more
// epochs a second show a learner nothing, and where the page's rendering shares the
// processor they cost it frames that a probe, on a machine busy with other work, cannot
// always see. A costly one rests as the frames need, but trains at least MinShare of
// the time (MaxRest): about as many epochs a second as the page trained before it had a
// worker, or more. Its zero value is ready.
type Pace struct {
	// Rest is the rest per unit of training: 0.5 rests half as long as the slice.
	Rest float64
	// rate is the epochs the worker trains per second of its work, smoothed.
	rate float64
	base float64 // the page's frame interval, ms, while the worker rested
	// probe counts the frames heard in the current probe; 0 when none runs.
	probe   int
	probeAt time.Time // when the current probe began
	next    time.Time // when the next probe is due
	// sum and n add up the frame intervals, ms, of the current probe or window.
	sum float64
	n   int
}

// Pace's constants: the share of the page's frames the worker keeps; how many of the
// page's frames a probe rests through (the first, begun while training, is not
// counted), and for how long at most once it has counted two; how often it runs; how
// many frames a window holds; the epochs a second a cheap network trains, and the
// share of the time a costly one trains at least. On two cores the worker trains Net
// A's 1,200 in about a tenth of a core. A costly network's share trades the page's
// frames for epochs, as the software renderer takes what the worker leaves. Rounds
// taking turns on 2 December, idle machine, make bench-page's setting (WebGL on
// SwiftShader, compositing in software), frames at the fastest speed against "1 epoch
// per frame" and epochs a second at the fastest, mean (range):
//
//	share  rounds  Net B: frames  epochs/s       deep stack: frames  epochs/s
//	0.4    7       85% (76-94)    584 (384-929)  94% (85-104)        315 (173-721)
//	0.3    4       92% (82-96)    390 (339-447)  108% (92-117)       220 (160-446)
//
// (epochs a second as medians). In the same rounds the page as it was before it had a
// worker (1b47037, three rounds) trained Net A at 288-574 epochs a second, Net B at 57-101
// and the deep stack at 32-38, at 5-11 frames a second. (Issue 12's 913, 663 and 302
// for it were measured on another day, with Chromium compositing on SwiftShader.) 0.3
// keeps both networks' frames at 90% or more on average, where 0.4 cost Net B's a
// sixth, and trains four to seven times the epochs the page trained on its own thread.
// Single rounds swing by 10-15 points of frames and by half the epochs.
const (
	FrameShare  = 0.92
	ProbeFrames = 6
	ProbeFor    = 500 * time.Millisecond
	ProbeEvery  = 10 * time.Second
	FirstProbe  = 2 * time.Second
	Window      = 8
	MinEpochs   = 1200.0
	MinShare    = 0.3
)

// MaxRest is the most the worker rests per unit trained: 1/MinShare - 1 (one unit), or
// MinRest where that is more.
func (p *Pace) MaxRest() float64 { return max(1/MinShare-1, p.MinRest()) }

// MinRest is the least the worker rests per unit trained: as long as keeps it at
// MinEpochs epochs a second, at the rate it trains, where it trains faster.
func (p *Pace) MinRest() float64 { return max(0, p.rate/MinEpochs-1) }

// NewWork forgets the rate measured: the next slice measures the new work's, as a new
// network, or a new data set, trains at another rate from its first slice.
func (p *Pace) NewWork() { p.rate = 0 }

// Probing reports whether the worker rests through a probe now: it trains nothing.
func (p *Pace) Probing(now time.Time) bool {
	if p.probe == 0 && !p.next.IsZero() && !now.Before(p.next) {
		p.probe, p.probeAt, p.sum, p.n = 1, now, 0, 0
	}
	return p.probe > 0
}

// Heard takes the page's last frame interval ms, told with the frame it took at now.
func (p *Pace) Heard(ms float64, now time.Time) {
	if !(ms > 0) || ms > 10000 { // the first frame, or a page that was away
		return
	}
	if p.next.IsZero() {
		p.Rest, p.next = 0.5, now.Add(FirstProbe)
	}
	if p.probe > 0 {
		if p.probe > 1 {
			p.sum += ms
		}
		p.probe++
		if p.probe > ProbeFrames || p.probe > 3 && now.Sub(p.probeAt) >= ProbeFor {
			p.base = p.sum / float64(p.probe-2)
			p.probe, p.sum, p.n, p.next = 0, 0, 0, now.Add(ProbeEvery)
		}
		return
	}
	if p.base == 0 {
		return
	}
	p.sum += ms
	if p.n++; p.n < Window {
		return
	}
	slow := p.sum/float64(p.n)*FrameShare > p.base
	p.sum, p.n = 0, 0
	most := p.MaxRest()
	switch {
	case slow && p.Rest >= most:
		// The page is slow for another reason: measure it again, soon.
		if soon := now.Add(ProbeEvery / 2); soon.Before(p.next) {
			p.next = soon
		}
	case slow:
		p.Rest = min(1.5*p.Rest+0.2, most)
	default:
		p.Rest = max(0.7*p.Rest-0.02, 0)
	}
}

// RestAfter is how long the worker rests after working for took, in which it trained
// epochs.
func (p *Pace) RestAfter(took time.Duration, epochs float64) time.Duration {
	if took > 0 && epochs > 0 {
		r := epochs / took.Seconds()
		if p.rate == 0 {
			p.rate = r
		}
		p.rate += (r - p.rate) / 8
	}
	return time.Duration(min(max(p.Rest, p.MinRest()), p.MaxRest()) * float64(took))
}
