package remote

import (
	"math"

	"nnplay/core"
)

// History keeps the loss curve with at most HistoryCap points, however long the run: when
// full it drops every other point and records half as often, so drawing it costs the
// same after a million epochs as after ten.
type History struct {
	Points []LossPoint
	every  int // record every every-th call
	calls  int
}

// LossPoint is the train and test loss at an epoch.
type LossPoint struct {
	Epoch, Train, Test float64
}

// HistoryCap is how many points a History keeps: 100 to 200 once it has thinned, a
// point every 2 to 5 pixels of the widest chart (450 pixels at 1920x1080). Each point
// costs two passes over the data, 0.4 of an epoch's work for Net B: with 400, while the
// fastest speed trained Net B's epochs 800 to 3,200 the points took 5-10% of the
// training worker's time, which the page's frames pay for.
const HistoryCap = 200

// Offer counts one candidate point and reports whether the history keeps it: then the
// caller computes the losses and calls Record. Thinning keeps every candidate until the
// history is full, then every second, every fourth...
func (h *History) Offer() bool {
	if h.every == 0 {
		h.every = 1
	}
	h.calls++
	return (h.calls-1)%h.every == 0
}

// Record appends a point Offer said to keep, halving the history first when it is full.
func (h *History) Record(epoch, train, test float64) {
	if h.every == 0 {
		h.every = 1
	}
	if len(h.Points) == HistoryCap {
		for i := 0; i < HistoryCap/2; i++ {
			h.Points[i] = h.Points[2*i]
		}
		h.Points = h.Points[:HistoryCap/2]
		h.every *= 2
	}
	h.Points = append(h.Points, LossPoint{epoch, train, test})
}

// Reset empties the history.
func (h *History) Reset() { *h = History{} }

// Range returns the largest finite loss in the history, for the chart's scale.
func (h *History) Range() float64 {
	top := 0.0
	for _, p := range h.Points {
		for _, v := range []float64{p.Train, p.Test} {
			if core.IsFinite(v) {
				top = math.Max(top, v)
			}
		}
	}
	return top
}

// Copy makes h a copy of o, reusing h's storage.
func (h *History) Copy(o History) {
	points := append(h.room(), o.Points...)
	*h = o
	h.Points = points
}

// room returns h's points emptied, with room for HistoryCap: a curve copied or read
// every frame grows without allocating.
func (h *History) room() []LossPoint {
	if cap(h.Points) < HistoryCap {
		return make([]LossPoint, 0, HistoryCap)
	}
	return h.Points[:0]
}
