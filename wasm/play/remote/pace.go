package remote

import "time"

// Pace decides how long the worker rests after each slice of training. Where the
// page's rendering shares the processor with the worker (a software renderer on two
// cores), training flat out costs the page frames; with cores to spare it costs none.
// So the page tells the worker, with each frame it takes, how long its last frame took,
// and Pace holds the page's frames to at least FrameShare of what they are when the
// worker does not train: now and then it rests through ProbeFrames of the page's frames
// to measure that (the base), and in between it rests a little longer after each frame
// that came slower than the base allows, a little shorter after each that did not.
// Its zero value probes first.
type Pace struct {
	// Rest is the rest per unit of training: 0.5 rests half as long as the slice.
	Rest float64
	base float64 // the page's frame interval, ms, while the worker rested
	// probe counts the frames heard in the current probe; 0 when none runs.
	probe   int
	probeMS float64 // the frame intervals of the probe, summed
	next    time.Time
	smooth  float64 // the page's recent frame interval, ms, smoothed
}

// Pace's constants: the share of the page's frames the worker keeps, how many of the
// page's frames a probe rests through (the first, begun while training, is not
// counted), how often a probe runs, and the most the worker rests per unit trained.
const (
	FrameShare  = 0.92
	ProbeFrames = 4
	ProbeEvery  = 10 * time.Second
	MaxRest     = 4.0
)

// Probing reports whether the worker rests through a probe now: it trains nothing.
func (p *Pace) Probing(now time.Time) bool {
	if p.probe == 0 && !now.Before(p.next) {
		p.probe, p.probeMS = 1, 0
	}
	return p.probe > 0
}

// Heard takes the page's last frame interval ms, told with the frame it took at now.
func (p *Pace) Heard(ms float64, now time.Time) {
	if !(ms > 0) || ms > 10000 { // the first frame, or a page that was away
		return
	}
	if p.probe > 0 {
		if p.probe > 1 {
			p.probeMS += ms
		}
		if p.probe++; p.probe > ProbeFrames {
			p.base = p.probeMS / (ProbeFrames - 1)
			p.probe, p.smooth, p.next = 0, p.base, now.Add(ProbeEvery)
		}
		return
	}
	if p.base == 0 {
		return
	}
	p.smooth += 0.3 * (ms - p.smooth)
	if p.smooth*FrameShare > p.base {
		p.Rest = min(p.Rest+0.1, MaxRest)
	} else {
		p.Rest = max(p.Rest-0.05, 0)
	}
}

// RestAfter is how long the worker rests after training for trained.
func (p *Pace) RestAfter(trained time.Duration) time.Duration {
	return time.Duration(p.Rest * float64(trained))
}
