package play

import (
	"errors"
	"math"
	"slices"

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
// learner sees it (remote.Guard, the worker's loop as well): when core refuses a step
// that is not finite, or the step explodes (ParamBound, LossBound), the parameters go
// back to what they were before the batch, training rewinds to the batch's first sample
// and Play pauses, saying why in Diverged. It returns the samples trained.
func (m *Session) advance(k int) int {
	if !m.Playing {
		return 0
	}
	done, h := m.guard.Advance(m.Trainer, k, &m.SamplesSeen, m.epochsDone)
	if h != nil {
		m.pause(m.haltWords(h), h.Kept)
	}
	return done
}

// haltWords says why training halted before a batch. A parameter's halt is the
// optimizer's refusal of a step beyond its bound (remote.StepHalt), to a finite value
// (core says a value that is not finite first, in h.Err), with the parameters where the
// step began.
func (m *Session) haltWords(h *remote.Halt) error {
	switch {
	case h.Err != nil:
		return m.divergedHalt(h.Err)
	case h.Param >= 0:
		return m.explodeWords(h, m.Trainer.Opt.Params()[h.Param].Value[h.Index])
	case !core.IsFinite(h.Loss):
		return PausedLossOverflow.With()
	}
	return PausedLossExplode.With(Num(h.Loss), Num(LossBound))
}

// edge is how near ±ParamBound a value stands that a step of any rate may push past the
// bound: one the learner typed there (a weight of 1000), which the rate did not carry.
const edge = 0.99 * ParamBound

// explodeWords says that a step would take parameter h.Param past ±ParamBound from
// before, naming the value as the cause where it stood at the edge (AtTheEdge), else
// the step (PausedExplode, which ranAway follows with the learning rate).
func (m *Session) explodeWords(h *remote.Halt, before float64) error {
	past, bound := pastNum(h.Value, ParamBound), shortNum(ParamBound)
	if math.Abs(before) >= edge {
		return AtTheEdge.With(m.paramWords(h.Param, h.Index), Num(before), past, bound)
	}
	return PausedExplode.With(m.paramWords(h.Param, h.Index), past, bound)
}

// atTheEdge reports whether why, Diverged's sentences, says that a value at the edge of
// its range ran away: the learner's value, not the learning rate, is the cause.
func atTheEdge(why error) bool {
	s, _ := why.(Sentences)
	return slices.ContainsFunc(s, saying(AtTheEdge))
}

// saying reports of a sentence whether it is message id.
func saying(id Msg) func(error) bool {
	return func(e error) bool {
		var msg Message
		return errors.As(e, &msg) && msg.Msg == id
	}
}

// stepRefused reports whether the learner's last Step was refused (Diverged says why)
// and no step is shown: the Step's text and lesson 4's board then say that none was taken.
func (m *Session) stepRefused() bool {
	s, _ := m.Diverged.(Sentences)
	var msg Message
	return m.Anim.Record == nil && len(s) > 0 && errors.As(s[0], &msg) && msg.Msg == StepRefused
}

// pause stops Play and says why: where, the reason why, that the weights were kept
// when they were, and what the learner can do.
func (m *Session) pause(why error, kept bool) {
	m.Playing = false
	s := Sentences{PausedAt.With(m.EpochText()), why}
	if kept {
		s = append(s, WeightsKept.With())
	}
	m.ranAway(s)
}

// ranAway says in Diverged why training stopped, ending with the learning rate to
// lower, and remembers that rate: Reset keeps it, as Playground's Reset keeps its
// controls, and says so (keptRunaway); a preset replaces it with its own. A stall said
// before ends: training that goes on after the runaway is judged afresh.
func (m *Session) ranAway(why Sentences) {
	m.stallSaid = stallSaid{}
	if atTheEdge(why) {
		m.Diverged, m.runawayLR, m.retryLR = why, 0, 0
		return
	}
	m.Diverged = append(why, LRTooHigh.With(shortNum(m.LR)))
	m.runawayLR, m.retryLR, m.retryKey = m.LR, m.retryRate(m.LR), m.trialKey()
	if m.retryLR != 0 {
		m.Diverged = append(m.Diverged.(Sentences), RetryOffer.With(shortNum(m.retryLR),
			shortNum(m.LR), trialEpochs))
	}
}

// keptRunaway is the answer of a Reset that kept the learning rate training ran away
// at: a Notice that it will run away again unless lowered. Nil for any other rate.
// After a stall, the Notice says that training will stall again.
func (m *Session) keptRunaway() error {
	switch {
	case m.runawayLR != 0 && m.LR == m.runawayLR:
		return Notice{ResetKeepsLR.With(shortNum(m.LR))}
	case m.stallLR != 0 && m.LR == m.stallLR:
		return Notice{ResetKeepsStallLR.With(shortNum(m.LR))}
	}
	return nil
}

// keepsRunaway reports whether the learning rate is the one training last ran away at,
// or stalled at before a Reset.
func (m *Session) keepsRunaway() bool {
	return m.LR != 0 && (m.LR == m.runawayLR || m.LR == m.stallLR)
}

// lossHalt says why a training point's loss l stops training, or nil.
func (m *Session) lossHalt(l float64) error {
	if core.IsFinite(l) && l <= LossBound {
		return nil
	}
	return m.haltWords(&remote.Halt{Param: -1, Loss: l})
}

// divergedHalt says why core refused a step.
func (m *Session) divergedHalt(err error) error {
	var nf *core.NonFiniteError
	if errors.As(err, &nf) {
		for i, p := range m.Trainer.Opt.Params() {
			if p.Name == nf.Param {
				return PausedOverflow.With(m.paramWords(i, nf.Index))
			}
		}
	}
	return PausedLossOverflow.With()
}

// paramWords names parameter i of Net.Parameters() for a learner, and its value k as
// the edge editor and the panel name it: "weight w[1][0] of layer 2". With k < 0 it
// names the parameter alone: "a weight of layer 2".
func (m *Session) paramWords(i, k int) Message {
	for l, layer := range m.Net.Layers {
		if i == 0 {
			if k < 0 {
				return WeightOfLayer.With(l + 1)
			}
			in := layer.Linear.In
			return WeightOfLayerAt.With(l+1, k/in, k%in)
		}
		i--
		if layer.Linear.HasBias() {
			if i == 0 && k < 0 {
				return BiasOfLayer.With(l + 1)
			} else if i == 0 {
				return BiasOfLayerAt.With(l+1, k)
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
// learning rate usually shows (every ReLU dead, the output stuck at one class). It
// sweeps the parameters it stops on first (Refresh): the message counts their dead
// units, and the pictures show them, the worker's last heatmaps being dropped unshown.
func (m *Session) checkBlowUp() {
	if !m.blownUp() {
		return
	}
	m.Refresh()
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
