package play

import (
	"errors"
	"strconv"

	"nnplay/core"
	"nnplay/wasm/play/remote"
)

// Training that runs away stops before the learner sees a number that is not one: each
// batch is checked as it is trained (advance), the loss curve now and then
// (checkBlowUp), and Play pauses with the weights kept and a message in Diverged that
// says what happened and what to do.

// Bounds of a step that explodes: a step that would take a parameter beyond ±ParamBound,
// or whose training point's loss passes LossBound, pauses training before it. The worker
// that trains off the page's thread holds them to the same (package remote says why
// they are where they are).
const (
	ParamBound = remote.ParamBound
	LossBound  = remote.LossBound
)

// advance trains the next k samples a batch at a time, checking each batch before the
// learner sees it: when core refuses a step that is not finite, or the step explodes
// (ParamBound, LossBound), the parameters go back to what they were before the batch,
// training rewinds to the batch's first sample and Play pauses, saying why in Diverged.
// It returns the samples trained.
func (m *Session) advance(k int) int {
	tr := m.Trainer
	done := 0
	for done < k && m.Playing {
		start, end := tr.BatchBounds(tr.Sample)
		n := min(k-done, end-tr.Sample)
		epoch, sample := tr.Epoch, tr.Sample
		updates := tr.Sample+n == end // the batch ends here: the optimizer steps
		if updates {
			m.keep.save(tr.Opt.Params())
		}
		err := tr.Advance(n)
		var why error
		kept := false
		switch {
		case err != nil:
			why, kept = m.divergedHalt(err), true
		case updates:
			if why = m.paramHalt(); why != nil {
				m.keep.restore(tr.Opt.Params())
				kept = true
			}
		}
		if why == nil {
			if why = m.lossHalt(tr.Trace().Loss); why != nil && updates {
				m.keep.restore(tr.Opt.Params())
				kept = true
			}
		}
		if why != nil {
			// The samples of the batch already counted are trained again from its start.
			tr.Epoch, tr.Sample = epoch, start
			tr.Opt.ZeroGrad()
			m.SamplesSeen -= int64(sample - start)
			m.pause(why, kept)
			return done
		}
		done += n
		m.SamplesSeen += int64(n)
		m.epochsDone()
	}
	return done
}

// paramKeep holds a copy of every parameter, to take a step back.
type paramKeep struct{ values [][]float64 }

// save copies the parameters ps, reusing the buffers while the shapes stay.
func (k *paramKeep) save(ps []core.Param) {
	if len(k.values) != len(ps) {
		k.values = make([][]float64, len(ps))
	}
	for i, p := range ps {
		if len(k.values[i]) != len(p.Value) {
			k.values[i] = make([]float64, len(p.Value))
		}
		copy(k.values[i], p.Value)
	}
}

// restore writes the saved parameters back into ps.
func (k *paramKeep) restore(ps []core.Param) {
	for i, p := range ps {
		copy(p.Value, k.values[i])
	}
}

// pause stops Play and says why: where, the reason why, that the weights were kept
// when they were, and what the learner can do.
func (m *Session) pause(why error, kept bool) {
	m.Playing = false
	s := Sentences{PausedAt.With(strconv.FormatFloat(m.Epoch(), 'f', 0, 64)), why}
	if kept {
		s = append(s, WeightsKept.With())
	}
	m.Diverged = append(s, LRTooHigh.With(shortNum(m.LR)))
}

// paramHalt says which parameter has left ±ParamBound or is not finite, or nil.
func (m *Session) paramHalt() error {
	ps := m.Trainer.Opt.Params()
	i, k := remote.RunsAway(ps)
	switch {
	case i < 0:
		return nil
	case !core.IsFinite(ps[i].Value[k]):
		return PausedOverflow.With(m.paramWords(i))
	}
	return PausedExplode.With(m.paramWords(i), Num(ps[i].Value[k]), shortNum(ParamBound))
}

// lossHalt says why a training point's loss l stops training, or nil.
func (m *Session) lossHalt(l float64) error {
	switch {
	case !core.IsFinite(l):
		return PausedLossOverflow.With()
	case l > LossBound:
		return PausedLossExplode.With(Num(l), Num(LossBound))
	}
	return nil
}

// divergedHalt says why core refused a step.
func (m *Session) divergedHalt(err error) error {
	var nf *core.NonFiniteError
	if errors.As(err, &nf) {
		for i, p := range m.Trainer.Opt.Params() {
			if p.Name == nf.Param {
				return PausedOverflow.With(m.paramWords(i))
			}
		}
	}
	return PausedLossOverflow.With()
}

// paramWords names parameter i of Net.Parameters() for a learner: "a weight of layer 2".
func (m *Session) paramWords(i int) Message {
	for l, layer := range m.Net.Layers {
		if i == 0 {
			return WeightOfLayer.With(l + 1)
		}
		i--
		if layer.Linear.HasBias() {
			if i == 0 {
				return BiasOfLayer.With(l + 1)
			}
			i--
		}
	}
	return AWeight.With()
}

// BlowUpFactor is how far above its starting value the training loss may climb before
// Play stops (remote.BlowUpFactor).
const BlowUpFactor = remote.BlowUpFactor

// checkBlowUp stops Play when the training loss has climbed well above where it
// started: with a tanh output the loss stays finite, so this is how a too-large
// learning rate usually shows (every ReLU dead, the output stuck at one class).
func (m *Session) checkBlowUp() {
	if !m.blownUp() {
		return
	}
	start, now := m.History.Points[0].Train, m.View().TrainLoss
	why := Sentences{PausedBlowUp.With(Num(now), shortNum(BlowUpFactor), Num(start))}
	dead, units := m.deadHidden()
	if units > 0 && dead == units {
		why = append(why, AllHiddenDead.With())
	} else if dead > 0 {
		why = append(why, SomeHiddenDead.With(dead, units))
	}
	m.pause(why, false)
}

// blownUp reports whether Play has trained an epoch and the training loss has climbed
// above BlowUpFactor times where it started.
func (m *Session) blownUp() bool {
	if !m.Playing || m.Epoch() < 1 || len(m.History.Points) == 0 {
		return false
	}
	return m.View().TrainLoss > BlowUpFactor*m.History.Points[0].Train
}

// deadHidden counts the hidden units that are dead on every training point.
func (m *Session) deadHidden() (dead, units int) {
	if m.Diag == nil {
		return 0, 0
	}
	for _, l := range m.Diag.Layers[:len(m.Diag.Layers)-1] {
		for _, d := range l.Dead {
			units++
			if d {
				dead++
			}
		}
	}
	return dead, units
}
