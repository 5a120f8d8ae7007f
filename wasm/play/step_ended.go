package play

// Why a Step ended: an edit of what it was computed from ends it (endStaleStep, restart),
// and the page then shows the edited network at rest. Without a word its text, its loss
// box and its gradients would vanish unexplained, the fresh-eyes look found; on a phone
// the Step's text is far below the canvas, so the status line says it too.

// sayStepEnded returns command c's answer err, joined by a Notice that says what c
// changed when c ended the Step the page showed (stepping), and keeps that Notice for
// the Step's own text (StepInfo) until the learner's next action. Play (the button and
// the space key send TogglePlay) is no edit: training takes the page over, as the
// learner sees.
func (m *Session) sayStepEnded(c Command, stepping bool, err error) error {
	if _, own := c.(pageOwn); !own {
		m.stepEnded = nil
	}
	if m.Playing || !stepping || m.Anim.Record != nil { // Play, however sent, took over
		return err
	}
	said := StepEndedBy.With(whatChanged(c))
	m.stepEnded = said
	if n, ok := err.(Notice); ok {
		return Notice{Sentences{said, n.Said}}
	}
	return Notice{said}
}

// whatChanged names, as a clause, what command c changed of what a Step computes from.
func whatChanged(c Command) Msg {
	switch c.(type) {
	case SetWeight, SetEdgeWeight, SetLinearWeight, ZeroLinearRow:
		return ChangedWeight
	case SetBias, SetBiasEnabled, SetLinearBias, SetLinearBiasOn:
		return ChangedBias
	case SetActivation, SetActivationParam, SetHiddenActivation:
		return ChangedActivation
	case SetLR:
		return ChangedLR
	case SetBatch:
		return ChangedBatch
	case SetLoss:
		return ChangedLoss
	case SetRegularization, SetRegRate:
		return ChangedReg
	case SetDataKind, SetNoise, SetTrainPct, Regenerate, SetData, SetProblem:
		return ChangedData
	case SetUnits, AddUnit, RemoveUnit, AddLayer, RemoveLayer, SetHiddenLayers, SetFeature:
		return ChangedShape
	case Reset, NewSeed:
		return ChangedByReset
	case UsePreset:
		return ChangedPreset
	}
	return ChangedNetwork
}
