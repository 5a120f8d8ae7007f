package play

import (
	"math"
	"slices"
	"strings"

	"nnplay/core"
	"nnplay/wasm/play/remote"
)

// Phase is one part of a training step as Step shows it.
type Phase int

const (
	// PhaseNone: no step is shown.
	PhaseNone Phase = iota
	// PhaseForward: the sample flows through the layers, input side first.
	PhaseForward
	// PhaseLoss: the output meets the target.
	PhaseLoss
	// PhaseBackward: dL/dz flows back through the layers, output side first.
	PhaseBackward
	// PhaseUpdate: every weight and bias moves by -LR times the batch's gradient.
	PhaseUpdate
)

var phaseNames = [...]string{"none", "forward", "loss", "backward", "update"}

// String returns "forward", "loss", "backward", "update" or "none".
func (p Phase) String() string { return phaseNames[p] }

// StepRecord is everything one training step computed, taken from core before the
// update is applied, so the animation shows core's own numbers.
type StepRecord struct {
	// Sample is the learner's training sample, at index Sample of Train; Batch the
	// samples whose mean gradient the update applies (Sample first).
	Sample int
	Batch  []int
	// Trace is the sample's forward and backward pass: every layer's input, z, a,
	// dL/da and dL/dz, for the sample's own loss.
	Trace *core.Trace
	// Old and New are every parameter before and after the update, in the order of
	// Net.Parameters().
	Old, New [][]float64
	// Grad is every parameter's loss gradient, the mean over Batch: New = Old - LR × Grad,
	// unless Reg also pulls the weights (core.SGD's L1 or L2, at Play's rate).
	Grad [][]float64
	// Names are the parameters' names ("0.weight", ...).
	Names []string
	LR    float64
	Reg   Regularization
	// basis is what the step read besides the parameters' values (staleBy).
	basis stepBasis
}

// stepBasis is what a step is computed from besides the parameters' values and what
// ends the Step when it changes (restart and reshaped: another network, its features or
// its data): the activations and the training rule.
type stepBasis struct {
	acts       []core.Activation // each layer's, nil where none follows
	lr, l1, l2 float64
	batch      int
	loss       core.Loss
}

// stepBasis returns what a step of the model on the page is computed from now.
func (m *Session) stepBasis() stepBasis {
	b := stepBasis{lr: m.LR, batch: m.BatchSize, loss: m.Loss}
	b.l1, b.l2 = m.Reg.Rates(m.RegRate)
	for _, l := range m.Net.Layers {
		b.acts = append(b.acts, l.Act)
	}
	return b
}

// staleBy returns what changed of what the Step's record was computed from, as the
// clause that says so (ChangedLR, ...), and whether anything did: the record holds while
// it is a step of the model on the page, computed from the same training rule and
// activations (stepBasis) and from the parameters the page shows (the old ones until the
// update is shown, the new after).
func (m *Session) staleBy(rec *StepRecord) (Msg, bool) {
	now, was := m.stepBasis(), rec.basis
	switch {
	case now.lr != was.lr:
		return ChangedLR, true
	case now.l1 != was.l1 || now.l2 != was.l2:
		return ChangedReg, true
	case now.batch != was.batch:
		return ChangedBatch, true
	case now.loss != was.loss:
		return ChangedLoss, true
	case !slices.Equal(now.acts, was.acts):
		return ChangedActivation, true
	}
	shown := rec.Old
	if m.Anim.Done == PhaseUpdate {
		shown = rec.New
	}
	params := m.Net.Parameters()
	gone := len(params) < len(shown) // a bias switched off: the record names it
	for i := range max(len(params), len(shown)) {
		switch {
		case gone && (i == len(params) || params[i].Name != rec.Names[i]):
			return paramClause(rec.Names[i]), true
		case i == len(shown) || params[i].Name != rec.Names[i] ||
			!slices.Equal(params[i].Value, shown[i]):
			return paramClause(params[i].Name), true
		}
	}
	return 0, false
}

// paramClause says which kind of parameter named name ("0.weight", "1.bias") changed.
func paramClause(name string) Msg {
	if strings.HasSuffix(name, ".bias") {
		return ChangedBias
	}
	return ChangedWeight
}

// endStaleStep ends a Step whose record no longer holds (staleBy): a weight, a bias,
// an activation, the learning rate, the batch, the loss or the regularization changed
// since it was computed. Its phases would show the numbers of a model that is gone, and
// its update would write that model's step over the learner's edit. The page shows the
// edited network at rest, as after a reshape, and the next Step starts from it.
// Session.Apply calls it after every command, the one place the model changes.
func (m *Session) endStaleStep() {
	if rec := m.Anim.Record; rec != nil {
		if why, stale := m.staleBy(rec); stale {
			m.endStep(why)
		}
	}
}

// beat is one small step of the animation: one phase, for one layer where the phase
// goes layer by layer.
type beat struct {
	phase Phase
	layer int     // the Linear layer, for forward and backward
	secs  float64 // how long it lasts
}

// Beat lengths: a whole phase takes a fraction of a second.
const (
	beatSecs  = 0.35
	phaseSecs = 0.7
)

// Anim is the step animation: the record of the step being shown and a queue of beats.
// Update advances it with Advance; Draw reads Now.
type Anim struct {
	Record *StepRecord
	queue  []beat
	t      float64 // seconds into queue[0]
	// Done is the last phase fully shown.
	Done Phase
}

// Playing reports whether beats remain to show.
func (a *Anim) Playing() bool { return len(a.queue) > 0 }

// Now returns the phase on screen, its layer (for forward and backward) and how far
// it is, from 0 to 1. With nothing playing it returns the last phase done at 1.
func (a *Anim) Now() (phase Phase, layer int, progress float64) {
	if len(a.queue) == 0 {
		layer := -1
		return a.Done, layer, 1
	}
	b := a.queue[0]
	return b.phase, b.layer, math.Min(1, a.t/b.secs)
}

// Advance moves the animation on by dt seconds and returns the phases that finished.
func (a *Anim) Advance(dt float64) (finished []Phase) {
	a.t += dt
	for len(a.queue) > 0 && a.t >= a.queue[0].secs {
		b := a.queue[0]
		a.t -= b.secs
		a.queue = a.queue[1:]
		if len(a.queue) == 0 || a.queue[0].phase != b.phase {
			a.Done = b.phase
			finished = append(finished, b.phase)
		}
	}
	if len(a.queue) == 0 {
		a.t = 0
	}
	return finished
}

// finish completes every queued beat at once and returns the phases that finished.
func (a *Anim) finish() []Phase { return a.Advance(math.Inf(1)) }

// enqueue queues the beats of phase p for a network of layers Linear layers.
func (a *Anim) enqueue(p Phase, layers int) {
	switch p {
	case PhaseForward:
		for l := 0; l < layers; l++ {
			a.queue = append(a.queue, beat{p, l, beatSecs})
		}
	case PhaseBackward:
		for l := layers - 1; l >= 0; l-- {
			a.queue = append(a.queue, beat{p, l, beatSecs})
		}
	default:
		a.queue = append(a.queue, beat{p, -1, phaseSecs})
	}
}

// StepPhase shows the next phase of a training step: the first press computes the step
// for the training point nearest the input point and shows its forward pass; the next
// presses show the loss, the backward pass and the update, which changes the weights.
// A press while a phase plays finishes it first. With Instant set the phase is shown
// played out at once (the test API's step).
type StepPhase struct{ Instant bool }

func (c StepPhase) apply(m *Session) error {
	if err := m.trainsHere(true); err != nil {
		return err // a lesson without training (lesson.go)
	}
	if err := c.start(m); err != nil || !c.Instant {
		return err
	}
	m.commitUpdate(m.Anim.finish())
	return nil
}

func (StepPhase) start(m *Session) error {
	m.Playing = false
	a := &m.Anim
	m.commitUpdate(a.finish())
	next := a.Done + 1
	if a.Record == nil || a.Done == PhaseUpdate || a.Done == PhaseNone {
		if len(m.Train) == 0 {
			return NoTrainingPoints.With()
		}
		rec, why := m.prepareStep(m.NearestTrain())
		if why != nil {
			*a = Anim{} // the last Step's update is committed: no step is shown now
			m.ranAway(Sentences{StepRefused.With(), why})
			return nil
		}
		m.Diverged = nil
		*a = Anim{Record: rec}
		next = PhaseForward
		// The canvas's input point becomes the sample, so its pass is the one shown.
		p := m.Train[rec.Sample]
		m.Input = [2]float64{p.X1, p.X2}
	}
	a.enqueue(next, len(m.Net.Layers))
	return nil
}

// AdvanceAnim moves the step animation on by dt seconds and applies the update when
// its phase has been shown.
func (m *Session) AdvanceAnim(dt float64) {
	if !m.Anim.Playing() {
		return
	}
	m.commitUpdate(m.Anim.Advance(dt))
	m.version++
}

// commitUpdate writes the step's new parameters into the network when the update
// phase is among the phases just finished: until then the learner sees the old ones.
func (m *Session) commitUpdate(finished []Phase) {
	if !slices.Contains(finished, PhaseUpdate) || m.Anim.Record == nil {
		return
	}
	rec := m.Anim.Record
	for i, p := range m.Net.Parameters() {
		copy(p.Value, rec.New[i])
	}
	m.SamplesSeen += int64(len(rec.Batch))
	if !m.sweptUpdate(rec) { // swept while the phases before played (sweep.go)
		m.Refresh()
	}
	m.recordLoss()
}

// NearestTrain returns the index of the training point nearest the input point.
func (m *Session) NearestTrain() int {
	best, bestD := 0, math.Inf(1)
	for i, p := range m.Train {
		if d := math.Hypot(p.X1-m.Input[0], p.X2-m.Input[1]); d < bestD {
			best, bestD = i, d
		}
	}
	return best
}

// prepareStep computes a training step with sample at its head: the batch is the
// sample and the BatchSize-1 training points after it. It returns the sample's trace
// and the parameters before and after the update, and leaves the model unchanged. A
// step whose loss or update is not finite or explodes (see ParamBound and LossBound)
// it refuses, as Play would, and says why instead.
func (m *Session) prepareStep(sample int) (rec *StepRecord, why error) {
	rec = &StepRecord{Sample: sample, LR: m.LR, basis: m.stepBasis()}
	if l1, l2 := m.Reg.Rates(m.RegRate); l1 != 0 || l2 != 0 {
		rec.Reg = m.Reg
	}
	for k := 0; k < m.BatchSize && k < len(m.Train); k++ {
		rec.Batch = append(rec.Batch, (sample+k)%len(m.Train))
	}
	params := m.Net.Parameters()
	for _, p := range params {
		rec.Old = append(rec.Old, append([]float64(nil), p.Value...))
		rec.Names = append(rec.Names, p.Name)
	}
	l1, l2 := rec.Reg.Rates(m.RegRate)
	opt := remote.NewSGD(params, m.LR, l1, l2) // bound and regularized as Play's
	opt.ZeroGrad()
	defer opt.ZeroGrad()
	w := 1 / float64(len(rec.Batch))
	rec.Trace = core.NewTrace(m.Net) // the sample's pass; the rest of the batch goes through scan
	for k, i := range rec.Batch {
		tr := m.scan
		if k == 0 {
			tr = rec.Trace
		}
		l := m.Net.AccumulateSample(tr, m.XTrain[i], m.TTrain[i], m.Loss, w)
		if why := m.lossHalt(l); why != nil {
			return nil, why
		}
	}
	for _, p := range params {
		rec.Grad = append(rec.Grad, append([]float64(nil), p.Grad...))
	}
	if err := opt.Step(); err != nil { // it changed nothing: Play's words for its halt
		return nil, m.haltWords(remote.StepHalt(err))
	}
	for i, p := range params {
		rec.New = append(rec.New, append([]float64(nil), p.Value...))
		copy(p.Value, rec.Old[i]) // the model shows the old values until the update phase
	}
	return rec, nil
}

// Param returns parameter i's value k as the animation shows it: the old value, moving
// to the new during the update phase, the new value after.
func (a *Anim) Param(i, k int) (float64, bool) {
	if a.Record == nil {
		return 0, false
	}
	phase, _, t := a.Now()
	switch {
	case phase == PhaseUpdate:
		o, n := a.Record.Old[i][k], a.Record.New[i][k]
		return o + (n-o)*smooth(t), true
	case a.Done == PhaseUpdate:
		return a.Record.New[i][k], true
	}
	return a.Record.Old[i][k], true
}

// smooth eases t in [0, 1] in and out.
func smooth(t float64) float64 { return t * t * (3 - 2*t) }
