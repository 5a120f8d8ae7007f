package play

import (
	"fmt"
	"math"
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

// TestEdgesEndAtTheirFrames draws weights from 0.01 to 1000 (a 9-pixel stroke) into a
// selected unit and out of it, in every window: no pixel an edge paints (ShadedLine's
// box, half a pixel beyond its butt ends' corners) passes its units' frames' outer
// sides, and the end's outermost point meets them. Drawn to the pictures, a weight of
// 1000 covered the selected unit's ring by 2 pixels (look7).
func TestEdgesEndAtTheirFrames(t *testing.T) {
	for _, w := range []float64{0.01, 1, 1000, -1000} {
		m := NewSession()
		for _, u := range []int{0, 3} {
			mustApply(t, m, SetWeight{Layer: 0, Unit: u, In: 0, Value: w})
			mustApply(t, m, SetWeight{Layer: 0, Unit: u, In: 1, Value: -w})
			mustApply(t, m, SetWeight{Layer: 1, Unit: 0, In: u, Value: w})
		}
		mustApply(t, m, Select{Unit: Unit{Level: 1, Index: 0}})
		for _, win := range append(windows, window{844, 390, 1}) {
			s := pageScene(t, m, win)
			for _, e := range s.Edges {
				from, to := s.unit(e.Layer, e.In).Frame, s.unit(e.Layer+1, e.Unit).Frame
				left, right := from.X+from.W+from.Width/2, to.X-to.Width/2
				dx, dy := e.X1-e.X0, e.Y1-e.Y0
				n := math.Hypot(dx, dy)
				half, _ := thin(e.Width)
				reach := (0.5*dx + (half+0.5)*math.Abs(dy)) / n
				if a, b := e.X0-reach, e.X1+reach; math.Abs(a-left) > 1e-9 ||
					math.Abs(b-right) > 1e-9 {
					t.Errorf("weight %v, %v: edge %d:%d→%d paints x %.3f to %.3f, its frames "+
						"end at %.3f and %.3f", w, win, e.Layer, e.In, e.Unit, a, b, left, right)
				}
			}
		}
	}
}

// TestEdgeEditorShowsThePanelsDigits: the editor's value reads as the panel's box for
// the same weight reads (Fit), not two digits ("0.07" beside the panel's 0.0665616:
// look10).
func TestEdgeEditorShowsThePanelsDigits(t *testing.T) {
	m := NewSession()
	mustApply(t, m, SelectEdge{Layer: 0, Unit: 0, In: 0})
	for _, v := range []float64{0.0665616, -0.29516, 7.5, -1000, 1e-7} {
		mustApply(t, m, SetEdgeWeight{Value: v})
		if got, want := edgeValue(m), Fit(v, BoxChars); got != want {
			t.Errorf("weight %v: the editor reads %q, the panel %q", v, got, want)
		}
	}
}
