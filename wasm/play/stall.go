package play

import (
	"math"

	"nnplay/core"
)

// Training can stall without running away: a learning rate too large for sigmoid or
// tanh pushes every unit of a layer into the flat tails, where f′ ≈ 0 lets almost no
// gradient through to it and the layers before it, and the loss stays where it is,
// under every bound of diverge.go (the deep sigmoid stack at rate 1: its last hidden
// layer; at 3, its tanh output). The page says so while it lasts, where it says why
// training stopped, and what to do.

// How a stall in saturation is told from training that is slow or done.
const (
	// StallShare is the share of the training points on which every unit of a layer
	// sits where f′ ≈ 0 (its saturated or dead region): the units' meters.
	StallShare = 0.95
	// StallEpochs is how many epochs the training loss must have stayed flat, and how
	// many must have been trained.
	StallEpochs = 20
	// StallFlat is how far the training loss may move over those epochs, as a share of
	// its value now.
	StallFlat = 0.01
)

// Stall says why training has stalled in saturation, in free play, or returns nil
// (stalled says when).
func (m *Session) Stall() error {
	l, share, loss, epochs, ok := m.stalled()
	if !ok {
		return nil
	}
	layer := StallLayer.With(l + 1)
	if l == len(m.Net.Layers)-1 {
		layer = StallOutput.With()
	}
	return StallWords.With(layer, wholePercent(math.Floor(100*share)/100), Num(loss), epochs)
}

// stalls reports whether training has stalled in saturation (stalled).
func (m *Session) stalls() bool {
	_, _, _, _, ok := m.stalled()
	return ok
}

// stalled reports whether training has stalled in saturation, in free play: the
// meters of every unit of a layer l (the last such) show it where f′ ≈ 0 on at least
// StallShare of the training points, most of them saturated rather than dead (every
// ReLU dead is the dying ReLU's tale), and the training loss has moved less than
// StallFlat over the last StallEpochs epochs, still above half where it started (a
// network that has learned its data may saturate too, its loss low and flat). It
// returns the least share of a unit of layer l, the loss and the epochs it has been
// flat.
func (m *Session) stalled() (l int, share, loss float64, epochs int, ok bool) {
	if m.Diverged != nil || m.Lesson != nil || m.Diag == nil {
		return 0, 0, 0, 0, false
	}
	for l = len(m.Diag.Layers) - 1; l >= 0; l-- {
		var saturated float64
		if share, saturated = saturation(&m.Diag.Layers[l]); share >= StallShare &&
			saturated >= 0.5 {
			break
		}
	}
	if l < 0 {
		return 0, 0, 0, 0, false
	}
	flat, loss, epochs := m.lossFlat()
	return l, share, loss, epochs, flat
}

// saturation returns the least share of the training points on which a unit of layer
// d sits where f′ ≈ 0 (saturated or dead), and the mean share on which its units are
// saturated.
func saturation(d *core.LayerDiagnostics) (least, saturated float64) {
	least = 1.0
	for i, s := range d.SaturatedFraction {
		least = math.Min(least, s+d.DeadFraction[i])
		saturated += s
	}
	if len(d.SaturatedFraction) == 0 {
		return 0, 0
	}
	return least, saturated / float64(len(d.SaturatedFraction))
}

// lossFlat reports whether the training loss has moved less than StallFlat of its
// value now over at least the last StallEpochs epochs of the loss curve, staying above
// half its first value; with it, that value and the whole epochs it has stayed so. A
// thinned curve is read over the span from the last point at least StallEpochs back.
func (m *Session) lossFlat() (flat bool, now float64, epochs int) {
	pts := m.History.Points
	if len(pts) < 2 {
		return false, 0, 0
	}
	last := pts[len(pts)-1]
	if last.Epoch < StallEpochs || !(last.Train > pts[0].Train/2) {
		return false, 0, 0
	}
	lo, hi := last.Train, last.Train
	k := len(pts) - 1
	for k > 0 && last.Epoch-pts[k].Epoch < StallEpochs {
		k--
		lo, hi = math.Min(lo, pts[k].Train), math.Max(hi, pts[k].Train)
	}
	if last.Epoch-pts[k].Epoch < StallEpochs || !(hi-lo <= StallFlat*last.Train) {
		return false, 0, 0
	}
	for k > 0 { // the whole flat stretch, which the message says
		lo, hi = math.Min(lo, pts[k-1].Train), math.Max(hi, pts[k-1].Train)
		if !(hi-lo <= StallFlat*last.Train) {
			break
		}
		k--
	}
	return true, last.Train, int(last.Epoch - pts[k].Epoch)
}
