package play

import (
	"fmt"
	"slices"

	"nnplay/core"
	"nnplay/wasm/play/remote"
)

// After training ran away at a learning rate, the panel's box offers to go on at one
// that does not: Reset alone keeps the rate, as Playground's Reset keeps its controls,
// so that Play ran away again at once. The rate offered is tried before it is offered,
// from the very weights Reset draws, on the very data: training is deterministic, so
// that the trial is what Play will do for its first trialEpochs epochs.

// trialEpochs is how many epochs a rate trains, in its trial, without running away
// before the box offers it. Net B runs away at 3 in its first epochs, at 10 in its first.
const trialEpochs = 30

// TrainAgain sets the learning rate the panel's box offers after a runaway (retryLR),
// draws the weights again as Reset does and plays, where the lesson trains; it says what
// it did. With no rate on offer it refuses.
type TrainAgain struct{}

func (TrainAgain) apply(m *Session) error {
	r, was := m.offeredRate(), m.runawayLR // the learner may have picked another since
	if r == 0 {
		return NoSaferRate.With()
	}
	mustApplyRate(m, r)
	m.reset(ChangedByReset)
	if m.trainsHere(true) != nil || len(m.Train) == 0 {
		return Notice{TrainAgainReset.With(shortNum(r), shortNum(was))}
	}
	m.Playing, m.Anim = true, Anim{}
	return Notice{TrainAgainPlays.With(shortNum(r), shortNum(was))}
}

// mustApplyRate sets the learning rate r, one of LearningRates.
func mustApplyRate(m *Session, r float64) {
	if err := (SetLR{LR: r}).apply(m); err != nil {
		panic(err) // r is one of Playground's rates: only a bug fails here
	}
}

// retryRate is the largest of Playground's learning rates below ran at which the
// network, from the weights Reset draws, trains trialEpochs epochs without running away
// (trains), or 0 when none does.
func (m *Session) retryRate(ran float64) float64 {
	if len(m.XTrain) == 0 {
		return 0
	}
	for i := len(LearningRates) - 1; i >= 0; i-- {
		if r := LearningRates[i]; r < ran && m.trains(r) {
			return r
		}
	}
	return 0
}

// trains reports whether a copy of the network, with the weights Reset draws, trains
// trialEpochs epochs at the learning rate r without running away, as Play judges it: no
// step the guard refuses, and the training loss never above BlowUpFactor times its
// start at an epoch's end (checkBlowUp).
func (m *Session) trains(r float64) bool {
	net := m.Net.Clone()
	drawFirstWeights(net, m.InitSeed)
	tr := m.newTrainer(net, r)
	scan := core.NewTrace(net)
	start := net.MeanLoss(scan, m.XTrain, m.TTrain, m.Loss)
	var g remote.Guard
	var seen int64
	for range trialEpochs {
		if _, h := g.Advance(tr, len(m.XTrain)-tr.Sample, &seen, func() {}); h != nil {
			return false
		}
		if l := net.MeanLoss(scan, m.XTrain, m.TTrain, m.Loss); !(l <= BlowUpFactor*start) {
			return false
		}
	}
	return true
}

// trialKey names what a rate's trial depends on besides the rate: the network's layers,
// activations and biases, the seed of its first weights, the loss, the batch and the
// regularization. (New data starts training over, which empties the box.)
func (m *Session) trialKey() string {
	return fmt.Sprintf("%v %T%v %d %d %v %d", m.Net, m.Loss, m.Loss, m.BatchSize, m.Reg,
		m.RegRate, m.InitSeed)
}

// withdrawStaleOffer takes the box's offer back once a setting its trial depends on has
// changed (trialKey): the rate was tried under the old one, and a batch of 1 ran away
// again at once at the rate tried with 10.
func (m *Session) withdrawStaleOffer() {
	if m.offeredRate() == 0 || m.trialKey() == m.retryKey {
		return
	}
	m.retryLR = 0
	if s, ok := m.Diverged.(Sentences); ok {
		m.Diverged = slices.DeleteFunc(slices.Clone(s), saying(RetryOffer))
	}
}

// offeredRate is the rate the panel's box offers to train again at while it says why
// training stopped (retryLR), or 0.
func (m *Session) offeredRate() float64 {
	if m.Diverged == nil {
		return 0
	}
	return m.retryLR
}

// trainAgainLabel is the label of the box's button that goes on at offeredRate, "" (and
// the button hidden) when none is on offer.
func trainAgainLabel(m *Session) string {
	if r := m.offeredRate(); r != 0 {
		return Say(TrainAgainButton, shortNum(r))
	}
	return ""
}

// trainAgainControls bind the box's button that trains again at offeredRate.
func trainAgainControls() []Control {
	return []Control{
		{ID: "diverged-again", Event: "click", Command: always(TrainAgain{}), Show: trainAgainLabel},
		{ID: "diverged-again", Attr: "hidden", Show: func(m *Session) string {
			return hiddenUnless(trainAgainLabel(m) != "")
		}},
	}
}
