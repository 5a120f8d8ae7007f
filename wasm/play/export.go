package play

import (
	"strconv"

	"nnplay/core"
)

// Export asks for the figure of the selected unit's activation, 800 x 600 pixels,
// with the unit's z at every training point marked and its z at the input point
// highlighted. It says so when no unit is selected.
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
		Activation: data,
		Marks:      v.SelectedZ,
		Highlight:  []float64{v.Trace.Layers[u.Level-1].Z[u.Index]},
		Title:      Say(ExportTitle, m.UnitName(u), act.String(), strconv.Itoa(len(v.SelectedZ))),
		Width:      800,
		Height:     600,
		File:       "activation-" + act.Name() + ".png",
		Lang:       Language().Code(),
	}, nil
}
