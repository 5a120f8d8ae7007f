package play

import (
	"fmt"
	"testing"

	"nnplay/core"
)

// TestEveryEdgeHasItsEditor picks each edge of the default network, and of one fed
// every feature, in every window: the editor opens beside each, clear of the buttons,
// the texts and the edge's own units (checkControls). On a phone an edge into the
// first unit of the first layer once left the editor no room at all.
func TestEveryEdgeHasItsEditor(t *testing.T) {
	for _, all := range []bool{false, true} {
		m := NewSession()
		if all {
			for _, f := range core.AllFeatures() {
				apply(t, m, SetFeature{Feature: f, On: true})
			}
		}
		for l, layer := range m.Net.Layers {
			for i := range layer.Linear.Out {
				for j := range layer.Linear.In {
					apply(t, m, SelectEdge{Layer: l, Unit: i, In: j})
					for _, win := range windows {
						where := fmt.Sprintf("%d features, edge %d/%d/%d, %v", len(m.Features),
							l, i, j, win)
						s := pageScene(t, m, win)
						checkControls(t, where, m, s)
					}
				}
			}
		}
	}
}

// TestEdgeSliderHoldsItsWeight sets the picked weight within ±ParamLimit and beyond it (a
// model file's weights reach ±ParamBound): the edge editor's slider widens to hold it, as
// the panel's sliders do (SliderSpan), where it stayed at ±5, pinned at its end.
func TestEdgeSliderHoldsItsWeight(t *testing.T) {
	for _, w := range []float64{-2.5, 5, 40.25, -999.5, 1000} {
		m := NewSession()
		mustApply(t, m, SelectEdge{Layer: 1, Unit: 0, In: 1})
		mustApply(t, m, SetEdgeWeight{Value: w})
		got := map[string]string{}
		var order []string
		for _, c := range playgroundControls() {
			if c.ID == "edge-range" && c.Show != nil {
				got[c.Attr] = c.Show(m)
				order = append(order, c.Attr)
			}
		}
		span := SliderSpan(w)
		want := map[string]string{"min": shortNum(-span), "max": shortNum(span), "": shortNum(w)}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("weight %v: the edge slider shows %v, want %v", w, got, want)
		}
		// The bounds go first: a browser clamps a value set beyond the old ones.
		if len(order) == 0 || order[len(order)-1] != "" {
			t.Errorf("weight %v: the edge slider's value is set before its bounds: %q", w, order)
		}
	}
}
