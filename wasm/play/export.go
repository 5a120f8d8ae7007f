package play

import (
	"strconv"

	"nnplay/core"
)

// Export asks for the figure of the selected unit's activation, 800 x 600 pixels,
// with the unit's z at every training point marked and its z at the input point
// highlighted, each named once, in the legend. It says so when no unit is selected.
func Export(m *Session) (*ExportRequest, error) {
	u := m.Selected
	if u.Level == 0 {
		return nil, SelectUnitFirst.With()
	}
	act := m.Layer(u.Level - 1).Activation()
	data, err := core.MarshalActivation(act)
	if err != nil {
		return nil, err
	}
	v := m.View()
	return &ExportRequest{
		Activation:    data,
		Marks:         v.SelectedZ,
		Highlight:     []float64{v.Trace.Layers[u.Level-1].Z[u.Index]},
		Title:         Say(ExportTitle, m.UnitName(u), act.String()),
		MarksName:     marksName(len(v.SelectedZ)),
		HighlightName: Say(ExportHighlight),
		Width:         800,
		Height:        600,
		File:          exportName(m, u, act),
		Lang:          Language().Code(),
	}, nil
}

// exportName names the figure of unit u by what it shows, "activation-layer2-unit1-tanh.png"
// ("activation-output-unit0-tanh.png" for the output), layers counted from 1 and units
// from 0 as the canvas names them: named by the activation alone, every export of a
// network read "activation-tanh.png", and each overwrote the last.
func exportName(m *Session, u Unit, act core.Activation) string {
	level := "layer" + strconv.Itoa(u.Level)
	if u.Level == len(m.Net.Layers) {
		level = "output"
	}
	return "activation-" + level + "-unit" + strconv.Itoa(u.Index) + "-" + act.Name() + ".png"
}

// marksName names the unit's z at n training points in the figure's legend: a data file
// of two points trains on one, "z at 1 training point".
func marksName(n int) string {
	if n == 1 {
		return Say(ExportMarksOne)
	}
	return Say(ExportMarks, strconv.Itoa(n))
}
