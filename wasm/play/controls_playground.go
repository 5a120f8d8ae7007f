package play

import (
	"slices"
	"strconv"

	"nnplay/core"
)

// The panel's rows of TensorFlow Playground's controls and of sharing (index.html has
// their elements): the regularization, the problem type, the toggles, the hidden
// layers' count, the features, the link's switch and box, the buttons that export, and
// the edge editor over the canvas.
func playgroundControls() []Control {
	cs := []Control{
		{ID: "reg", Event: "change", Options: regularizations(), Command: setReg,
			Show: func(m *Session) string { return m.Reg.String() }},
		{ID: "reg-rate", Event: "change", Options: regRates(), Command: number(setRegRate),
			Show: func(m *Session) string { return decimal(m.RegRate) }},
		{ID: "problem", Event: "change", Options: problems(), Command: setProblem,
			Show: func(m *Session) string { return m.Problem.String() }},
		{ID: "discretize", Event: "change", Command: toggle(func(on bool) Command {
			return SetDiscretize{On: on}
		}), Show: func(m *Session) string { return strconv.FormatBool(m.Discretize) }},
		{ID: "show-test", Event: "change", Command: toggle(func(on bool) Command {
			return SetShowTest{On: on}
		}), Show: func(m *Session) string { return strconv.FormatBool(m.ShowTest) }},
		{ID: "hidden-layers", Event: "change", Options: counts(0, core.MaxHiddenLayers),
			Command: integer(func(n int) Command { return SetHiddenLayers{N: n} }),
			Show:    func(m *Session) string { return strconv.Itoa(len(m.Net.Layers) - 1) }},
		{ID: "share-weights", Event: "change", Command: toggle(func(on bool) Command {
			return SetShareWeights{On: on}
		}), Show: func(m *Session) string { return strconv.FormatBool(m.Share.Weights) }},
		button("copy-link", AskExport{Kind: "url"}),
		button("save-model", AskExport{Kind: "model"}),
		button("export-pytorch", AskExport{Kind: "pytorch"}),
		{ID: "link-box", Show: func(m *Session) string { return m.Share.Fallback }},
		{ID: "link-box", Attr: "hidden", Show: func(m *Session) string {
			return hiddenUnless(m.Share.Fallback != "")
		}},
		{ID: "edge-name", Show: edgeName},
		{ID: "edge-value", Show: edgeValue},
		// The slider's bounds before its value: a browser clamps a value beyond them.
		{ID: "edge-range", Attr: "min", Show: func(m *Session) string {
			return shortNum(-edgeSpan(m))
		}},
		{ID: "edge-range", Attr: "max", Show: func(m *Session) string {
			return shortNum(edgeSpan(m))
		}},
		{ID: "edge-range", Event: "input", Command: number(setEdgeWeight), Show: edgeSlider},
		button("edge-close", DropEdge{}),
	}
	for f, key := range featureKeys {
		cs = append(cs, Control{ID: "feature-" + key, Event: "change",
			Command: toggle(func(on bool) Command { return SetFeature{Feature: core.Feature(f), On: on} }),
			Show: func(m *Session) string {
				return strconv.FormatBool(slices.Contains(m.Features, core.Feature(f)))
			}})
	}
	return cs
}

// counts are a menu's whole numbers from lo to hi.
func counts(lo, hi int) (o []Option) {
	for n := lo; n <= hi; n++ {
		o = append(o, Option{Value: strconv.Itoa(n), Label: strconv.Itoa(n)})
	}
	return o
}

// AskExport asks the page for one of ExportKinds: the browser downloads the file, or
// copies the link, once the command is through (PendingExport).
type AskExport struct{ Kind string }

func (c AskExport) apply(m *Session) error {
	if !slices.Contains(ExportKinds, c.Kind) {
		return badValue(c.Kind)
	}
	m.Share.pending = c.Kind
	return nil
}

func (AskExport) looksOnly() {}

// ShareStatus is the id of the share section's line: it shows the answers of the
// section's buttons (Copy link, Save model, Export PyTorch) beside them. The status line
// at the panel's top says them too, without pulling the panel's scroll away from them.
const ShareStatus = "share-status"

// PendingExport returns the export asked for since the last call, or "".
func (m *Session) PendingExport() string {
	k := m.Share.pending
	m.Share.pending = ""
	return k
}

// unitCounts are the units menu's choices, which no caller changes.
var unitCounts = counts(1, core.MaxUnits)

// UnitsField is the menu of the units of hidden layer l, counting from 0.
func UnitsField(m *Session, l int) Field {
	return Field{ID: "units-" + strconv.Itoa(l), Kind: Menu, Label: Say(UnitsMenuLabel),
		Options: unitCounts, Value: strconv.Itoa(m.Sizes()[l+1]),
		Set: integer(func(n int) Command { return SetUnits{Level: l + 1, N: n} })}
}
