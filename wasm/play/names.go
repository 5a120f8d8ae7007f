package play

import (
	"strconv"
	"strings"

	"nnplay/core"
)

// ActivationLabel is an activation's short name, its PyTorch class without arguments
// ("Tanh", "LeakyReLU", "ELU"): the activation menu's entries and, with LeakyReLU's
// slope, the canvas's column titles.
func ActivationLabel(a core.Activation) string {
	s := a.String()
	if i := strings.IndexByte(s, '('); i > 0 {
		return s[:i]
	}
	return s
}

// activationTitle is an activation's name in a column title: its label, with the
// negative slope for LeakyReLU ("LeakyReLU(0.01)").
func activationTitle(a core.Activation) string {
	if l, ok := a.(core.LeakyReLU); ok {
		return ActivationLabel(a) + "(" + strconv.FormatFloat(l.NegativeSlope, 'g', -1, 64) + ")"
	}
	return ActivationLabel(a)
}

// ActivationRange is the z range the activation view plots before it grows to show
// the unit's z: [-6, 6], Playground's input plane, and [-6, 9] for ReLU6 so that its
// flat top beyond 6 shows.
func ActivationRange(a core.Activation) (lo, hi float64) {
	if _, ok := a.(core.ReLU6); ok {
		return -6, 9
	}
	return -6, 6
}

// lossWords are each loss's label in the loss menu and its formula in the Step's loss
// box, keyed by the loss's Name().
var lossWords = map[string]struct{ label, formula Msg }{
	core.HalfMSELoss{}.Name():       {HalfMSELabel, HalfMSEFormula},
	core.MSELoss{}.Name():           {MSELabel, MSEFormula},
	core.BCEWithLogitsLoss{}.Name(): {BCELabel, BCEFormula},
}

// LossLabel is a loss's entry in the loss menu; a loss the table lacks shows as
// PyTorch prints it.
func LossLabel(l core.Loss) string {
	if w, ok := lossWords[l.Name()]; ok {
		return Say(w.label)
	}
	return l.String()
}

// LossFormula is a loss's formula in terms of the output y and the target t.
func LossFormula(l core.Loss) string {
	if w, ok := lossWords[l.Name()]; ok {
		return Say(w.formula)
	}
	return l.String()
}

// regionNames are the words for where z sits on an activation's curve.
var regionNames = map[core.Region]Msg{
	core.Active:    RegionActive,
	core.Saturated: RegionSaturated,
	core.Dead:      RegionDead,
	core.Leaky:     RegionLeaky,
}

// phaseWords are the words for the phases of a Step.
var phaseWords = [...]Msg{
	PhaseNone:     PhaseNoneName,
	PhaseForward:  PhaseForwardName,
	PhaseLoss:     PhaseLossName,
	PhaseBackward: PhaseBackwardName,
	PhaseUpdate:   PhaseUpdateName,
}
