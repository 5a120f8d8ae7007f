package play

import (
	"math"

	"nnplay/core"
)

// Training can stall without running away: a learning rate too large for sigmoid or
// tanh pushes every unit of a layer into the flat tails, where f′ ≈ 0 lets almost no
// gradient through to it and the layers before it, and the loss stays where it is,
// under every bound of diverge.go (the deep sigmoid stack at rate 1: its last hidden
// layer; at 3, its tanh output). A large step can also push a ReLU's z below 0 on every
// training point, where f′ = 0 for good: when dead ReLUs leave a layer's weights, and
// every layer's before it, no gradient at all, nothing below them learns (dying ReLU:
// Net B at rate 1). The page says so while it lasts, where it says why training
// stopped, and what to do.

// How a stall is told from training that is slow or done.
const (
	// StallShare is the share of the training points on which every unit of a layer
	// sits where f′ ≈ 0 (its saturated or dead region): the units' meters.
	StallShare = 0.95
	// StallHold is the share under which a stall once said is no longer: between it
	// and StallShare the message stays as it was, so that a layer that hovers about
	// StallShare does not make it come and go.
	StallHold = 0.90
	// StallEpochs is how many epochs the training loss must have stayed flat, and how
	// many must have been trained.
	StallEpochs = 20
	// StallFlat is how far the training loss may move over those epochs, as a share of
	// its value now; a stall once said stays until the loss moves further than this
	// from where it was last found flat.
	StallFlat = 0.01
)

// stall is a stall the page says: in layer l (an index of Diag.Layers), saturated, or
// when dying the last layer whose weights, and every layer's before it, get no gradient
// with dead ReLUs in it; the least share of the training points on which a unit of it
// sits where f′ ≈ 0, the training loss and the epochs it has stayed so.
type stall struct {
	l      int
	dying  bool
	share  float64
	loss   float64
	epochs int
}

// stallSaid is the stall the page says, worked out where the meters change (showMeters)
// and only read elsewhere: found is the stall as last found, whose layer and loss the
// hold measures from, since the epoch the loss has been flat from, and now the stall as
// it stands at the last refresh of the meters (on is false when none is said).
type stallSaid struct {
	on         bool
	found, now stall
	since      float64
}

// Stall says why training has stalled in saturation or with its ReLUs dead, in free
// play, or returns nil (stalled says when). An output saturated on a regression's values
// beyond its reach is no matter of the learning rate: the stall says what is.
func (m *Session) Stall() error {
	st, ok := m.stalled()
	if !ok {
		return nil
	}
	out := len(m.Net.Layers) - 1
	layer := LayerWord.With(st.l + 1)
	if st.l == out {
		layer = StallOutput.With()
	}
	if st.dying {
		return StallDeadWords.With(layer, Num(st.loss), st.epochs)
	}
	share := wholePercent(math.Floor(100*st.share) / 100)
	if st.l == out && m.Problem == Regression {
		if beyond := beyondOutput(m.Train, m.Net.Layers[out].Act); beyond != nil {
			return Sentences{StallBeyondWords.With(share, Num(st.loss), st.epochs), beyond}
		}
	}
	return StallWords.With(layer, share, Num(st.loss), st.epochs)
}

// stalls reports whether training has stalled (stalled).
func (m *Session) stalls() bool {
	_, ok := m.stalled()
	return ok
}

// stalled returns the stall the page says, as judgeStall found it at the last refresh of
// the meters, and whether there is one: never while training has run away or a lesson
// is open.
func (m *Session) stalled() (stall, bool) {
	h := &m.stallSaid
	return h.now, h.on && m.Diverged == nil && m.Lesson == nil
}

// showMeters shows d as the meters of the parameters shown, and judges the stall from
// them and the loss curve: every refresh of the meters comes here, so that the stall
// said holds alike however often the page reads it.
func (m *Session) showMeters(d *core.Diagnostics) {
	m.Diag = d
	m.judgeStall()
}

// judgeStall works out whether training has stalled, in free play: the training loss
// has moved less than StallFlat over the last StallEpochs epochs, still above half where
// it started (a network that has learned its data may saturate too, its loss low and
// flat), and either the meters of every unit of a layer l (the last such) show it where
// f′ ≈ 0 on at least StallShare of the training points, mostly saturated, or dead ReLUs
// leave the weights of layer l and of every layer before it no gradient at all (dying).
// A stall once found stays said until its layer's share falls under StallHold, or a
// gradient reaches it (dying), the loss moves, or training starts over.
func (m *Session) judgeStall() {
	h := &m.stallSaid
	if m.Diverged != nil || m.Lesson != nil || m.Diag == nil {
		*h = stallSaid{}
		return
	}
	if st, ok := m.stallNow(); ok {
		last := m.History.Points[len(m.History.Points)-1] // lossFlat: there is one
		*h = stallSaid{on: true, found: st, now: st, since: last.Epoch - float64(st.epochs)}
		return
	}
	if !h.on || h.found.l >= len(m.Diag.Layers) || len(m.History.Points) == 0 {
		h.on = false
		return
	}
	share, _ := saturation(&m.Diag.Layers[h.found.l])
	held := share >= StallHold
	if h.found.dying {
		held = noGradient(m.Diag.Layers[:h.found.l+1])
	}
	last := m.History.Points[len(m.History.Points)-1]
	if !held || !(math.Abs(last.Train-h.found.loss) <= StallFlat*h.found.loss) {
		h.on = false
		return
	}
	h.now = h.found
	h.now.share, h.now.loss, h.now.epochs = share, last.Train, int(last.Epoch-h.since)
}

// stallNow is judgeStall without the stall said before: whether the layers' meters and
// the loss show a stall now.
func (m *Session) stallNow() (stall, bool) {
	st := stall{l: len(m.Diag.Layers) - 1}
	for ; st.l >= 0; st.l-- {
		d := &m.Diag.Layers[st.l]
		var saturated float64
		if st.share, saturated = saturation(d); st.share >= StallShare && saturated >= 0.5 {
			break
		}
		if st.dying = deadReLUs(d) && noGradient(m.Diag.Layers[:st.l+1]); st.dying {
			break
		}
	}
	if st.l < 0 {
		return stall{}, false
	}
	flat, loss, epochs := m.lossFlat()
	st.loss, st.epochs = loss, epochs
	return st, flat
}

// deadReLUs reports whether layer d has a dead unit whose f′ = 0 on every training point
// mostly in its dead region (a ReLU's z ≤ 0), not far out in a tail.
func deadReLUs(d *core.LayerDiagnostics) bool {
	for i, stuck := range d.Dead {
		if stuck && d.DeadFraction[i] >= 0.5 {
			return true
		}
	}
	return false
}

// noGradient reports whether the weights of every layer of ds get no gradient at all
// over the training points.
func noGradient(ds []core.LayerDiagnostics) bool {
	for i := range ds {
		if ds[i].GradNorm != 0 {
			return false
		}
	}
	return len(ds) > 0
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
