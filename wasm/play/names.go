package play

import (
	"strings"

	"nnplay/core"
)

// ActivationLabel is an activation's PyTorch class without arguments ("Tanh",
// "LeakyReLU", "ELU"), read from core's repr: the activation menu's entries. Column
// titles use core's Label, which adds the parameters ("LeakyReLU(0.01)").
func ActivationLabel(a core.Activation) string {
	s := a.String()
	if i := strings.IndexByte(s, '('); i > 0 {
		return s[:i]
	}
	return s
}

// lossLabels are each loss's words in the loss menu, keyed by the loss's Name(); the
// formula the Step's loss box shows is core's (Loss.Formula).
var lossLabels = map[string]Msg{
	core.HalfMSELoss{}.Name():       HalfMSELabel,
	core.MSELoss{}.Name():           MSELabel,
	core.BCEWithLogitsLoss{}.Name(): BCELabel,
}

// LossLabel is a loss's entry in the loss menu; a loss the table lacks shows as
// PyTorch prints it.
func LossLabel(l core.Loss) string {
	if m, ok := lossLabels[l.Name()]; ok {
		return Say(m)
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

// regionWord returns the shortest word for where z sits on an activation's curve: a
// shaded band too narrow for its name has room for one. Where a unit's badge says the
// region, its word (the badge's last form, badgeMsgs); else the region's name. A dead
// badge's "dead" is not it: z < 0 at one point is "inactive".
func regionWord(r core.Region) Msg {
	switch r {
	case core.Saturated:
		return badgeWord(badgeSaturated)
	case core.Leaky:
		return badgeWord(badgeLeaky)
	}
	return regionNames[r]
}

// badgeWord returns the shortest form of a badge of kind k: its word alone.
func badgeWord(k badgeKind) Msg { return badgeMsgs[k][wordForm(k)] }

// wordForm is the index in badgeMsgs of a badge's shortest form, its word alone.
func wordForm(k badgeKind) int { return len(badgeMsgs[k]) - 1 }

// phaseWords are the words for the phases of a Step.
var phaseWords = [...]Msg{
	PhaseNone:     PhaseNoneName,
	PhaseForward:  PhaseForwardName,
	PhaseLoss:     PhaseLossName,
	PhaseBackward: PhaseBackwardName,
	PhaseUpdate:   PhaseUpdateName,
}

// speedWords are the speed menu's words for each speed.
var speedWords = [...]Msg{
	SpeedSample: SpeedSampleName,
	SpeedBatch:  SpeedBatchName,
	SpeedEpoch:  SpeedEpochName,
	SpeedMax:    SpeedMaxName,
}

// datasetWords are the data menu's words for each of Playground's data sets.
var datasetWords = map[core.DatasetKind]Msg{
	core.Circle: CircleData, core.XOR: XORData, core.Gauss: GaussData, core.Spiral: SpiralData,
	core.Plane: PlaneData, core.MultiGauss: MultiGaussData,
}

// langNames name each language in itself, as a language menu does.
var langNames = [langCount]string{English: "English", Korean: "한국어"}

// Name is the language's name in itself: "English", "한국어".
func (l Lang) Name() string { return langNames[l] }

// langWords name each language in the page's: "Korean", "한국어" (AddressLangUnknown).
var langWords = [langCount]Msg{English: InEnglish, Korean: InKorean}

// activationShorts are the short forms of the activations whose labels are long, by
// ActivationLabel: a column too narrow for "LeakyReLU" says "Leaky", for "Sigmoid" "σ".
var activationShorts = map[string]string{
	"Identity": "Id", "Sigmoid": "σ", "LeakyReLU": "Leaky", "Softplus": "Soft+",
}

// ActivationShort is an activation's shortest name, for a column too narrow for its
// label: activationShorts's form, else its label without parameters.
func ActivationShort(a core.Activation) string {
	if s, ok := activationShorts[ActivationLabel(a)]; ok {
		return s
	}
	return ActivationLabel(a)
}
