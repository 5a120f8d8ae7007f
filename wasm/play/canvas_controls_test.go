package play

import (
	"fmt"
	"slices"
	"testing"

	"nnplay/core"
)

// controlStates are pages that show the canvas's controls in every way: the smallest
// and the largest networks, a picked edge in each layer, hovers, a regression.
var controlStates = map[string]func(t *testing.T, m *Session){
	"default": func(*testing.T, *Session) {},
	"largest": func(t *testing.T, m *Session) {
		apply(t, m, SetHiddenLayers{N: 8})
		for lv := 1; lv <= 8; lv++ {
			apply(t, m, SetUnits{Level: lv, N: 8})
		}
		for _, f := range core.AllFeatures() {
			apply(t, m, SetFeature{Feature: f, On: true})
		}
		apply(t, m, SelectEdge{Layer: 4, Unit: 7, In: 0})
	},
	"smallest": func(t *testing.T, m *Session) {
		apply(t, m, SetHiddenLayers{N: 0}, SetFeature{Feature: core.X1},
			SelectEdge{Layer: 0, Unit: 0, In: 0})
	},
	"regression, edge of the first layer": func(t *testing.T, m *Session) {
		apply(t, m, SetProblem{Problem: Regression}, SelectEdge{Layer: 0, Unit: 3, In: 1},
			SetShowTest{On: true}, SetDiscretize{On: true})
	},
	"edge of the output, input hovered": func(t *testing.T, m *Session) {
		apply(t, m, SelectEdge{Layer: 2, Unit: 0, In: 1},
			SetHover{Hover: Hover{On: true, Unit: Unit{Level: 0, Index: 1}}})
	},
	"wide features, button hovered": func(t *testing.T, m *Session) {
		apply(t, m, SetFeature{Feature: core.SinX2, On: true}, SetFeature{Feature: core.X1X2, On: true},
			SetHover{Hover: Hover{On: true, Button: 2}}, SelectEdge{Layer: 1, Unit: 1, In: 3})
	},
}

func apply(t *testing.T, m *Session, cs ...Command) {
	t.Helper()
	for _, c := range cs {
		if err := m.Apply(c); err != nil {
			t.Fatalf("%#v: %v", c, err)
		}
	}
}

// TestCanvasControlsFit lays out every state in every window, in both languages, and
// checks that the buttons, the chips and the edge editor lie in the canvas area clear of
// one another, of the units and of every text but their own; that every chip says its
// feature and the layers' count shows; and that no text overlaps another (checkLayout).
func TestCanvasControlsFit(t *testing.T) {
	defer speak(English)
	for name, set := range controlStates {
		for _, l := range Langs() {
			speak(l)
			m := NewSession()
			set(t, m)
			for _, win := range windows {
				where := fmt.Sprintf("%s, %v, %v", name, win, l)
				s := pageScene(t, m, win)
				checkLayout(t, where, s)
				checkEssentials(t, where, m, s)
				checkControls(t, where, m, s)
			}
		}
	}
}

func checkControls(t *testing.T, where string, m *Session, s *Scene) {
	t.Helper()
	o := &s.Overlay
	boxes := []Rect{}
	for _, b := range o.buttons {
		boxes = append(boxes, b.Rect)
	}
	if len(o.buttons) != 2+2*(len(m.Net.Layers)-1)+7-len(m.Features) {
		t.Errorf("%s: %d buttons", where, len(o.buttons))
	}
	if _, ok := m.PickedEdge(); ok != (o.Editor.W > 0) {
		t.Errorf("%s: the editor is at %+v", where, o.Editor)
	}
	if o.Editor.W > 0 {
		boxes = append(boxes, o.Editor)
	}
	for i, a := range boxes {
		if !within(a, s.Geo.Area) {
			t.Errorf("%s: control %d at %+v leaves the canvas", where, i, a)
		}
		for _, b := range boxes[i+1:] {
			if clash(a, b) {
				t.Errorf("%s: controls at %+v and %+v overlap", where, a, b)
			}
		}
		for _, u := range s.Units {
			// Only on a phone may the editor cover a unit, never its edge's own.
			e, _ := m.PickedEdge()
			ends := u.Unit == Unit{e.Layer, e.In} || u.Unit == Unit{e.Layer + 1, e.Unit}
			if clash(a, u.Rect) && (a != o.Editor || !s.Geo.Tabbed || ends) {
				t.Errorf("%s: control %d covers unit %v", where, i, u.Unit)
			}
		}
		for _, lb := range s.Labels {
			if clash(a, lb.Box) && !owns(a, lb.Box) {
				t.Errorf("%s: %q covers control %d", where, lb.Text, i)
			}
		}
	}
	has := func(texts ...string) bool {
		for _, lb := range s.Labels {
			if slices.Contains(texts, lb.Text) {
				return true
			}
		}
		return false
	}
	for _, b := range o.buttons {
		name := FeatureLabel(b.Feature)
		if b.Kind == FeatureChip && !has("+ "+name, name) {
			t.Errorf("%s: the chip of %s says nothing", where, name)
		}
	}
	n := fmt.Sprint(len(m.Net.Layers) - 1)
	if !has(Say(HiddenLayersLabel, n), n) {
		t.Errorf("%s: the hidden layers' count is not shown", where)
	}
	if m.Problem == Regression && s.Plane.Shown && s.Plane.Rect.W >= 150*s.Geo.Scale &&
		(len(o.Boxes) != 32 || !has("1")) {
		t.Errorf("%s: the regression's value scale is missing", where)
	}
}

// TestCanvasButtons: a press on each button, chip, input and edge means its command, and
// the pointer over them hovers them.
func TestCanvasButtons(t *testing.T) {
	m := NewSession()
	geo := pageGeometry(m, windows[0])
	var p Pointer
	want := []string{"layer-", "layer+", "unit-1", "unit+1", "unit-2", "unit+2", "chip x1²",
		"chip x2²", "chip x1·x2", "chip sinx1", "chip sinx2"}
	var got []string
	for i, b := range geo.Buttons(m, nil) {
		got = append(got, b.String())
		x, y := b.Rect.Center()
		if h := geo.HoverAt(m, x, y); h != (Hover{On: true, Button: i + 1}) {
			t.Errorf("%v: hovering it is %+v", b, h)
		}
		if c := p.Event("pointerdown", m, geo, x, y); c != b.Command() {
			t.Errorf("%v: a press means %#v", b, c)
		}
		p.Event("pointerup", m, geo, x, y)
	}
	if !slices.Equal(got, want) {
		t.Errorf("buttons %v, want %v", got, want)
	}
	from, to := geo.Nodes[1][2], geo.Nodes[2][1]
	// A quarter of the way from the unit it goes into, clear of where the edges cross.
	x0, y0, x1, y1 := from.X+from.W, from.Y+from.H/2, to.X, to.Y+to.H/2
	x, y := x0+(x1-x0)*0.75, y0+(y1-y0)*0.75
	if c := p.Event("pointerdown", m, geo, x, y); c != (SelectEdge{Layer: 1, Unit: 1, In: 2}) {
		t.Errorf("a press on edge 1/1/2 means %#v", c)
	}
	if err := m.Apply(SelectEdge{Layer: 1, Unit: 1, In: 2}); err != nil || m.Selected !=
		(Unit{Level: 2, Index: 1}) || edgeName(m) != "w[1][2] ← layer 1, unit 2" {
		t.Errorf("picking it: %v, selected %v, %q", err, m.Selected, edgeName(m))
	}
	if err := m.Apply(SetEdgeWeight{Value: -2.5}); err != nil ||
		m.Layer(1).Linear.Weight[1][2] != -2.5 || edgeValue(m) != Fit(-2.5, BoxChars) {
		t.Errorf("setting it: %v", err)
	}
	if m.Apply(SetEdgeWeight{Value: 1001}) == nil || m.Layer(1).Linear.Weight[1][2] != -2.5 {
		t.Error("a weight beyond ±ParamBound is set")
	}
	m.Apply(Select{Unit: Unit{Level: 1, Index: 0}})
	if _, ok := m.PickedEdge(); ok || m.Apply(SetEdgeWeight{Value: 1}) == nil {
		t.Error("the edge stays picked when another unit is selected")
	}
	if m.Apply(SelectEdge{Layer: 1, Unit: 2, In: 0}) == nil || m.Apply(SelectEdge{Layer: 5}) == nil {
		t.Error("an edge the network lacks is picked")
	}
	// On a tabbed canvas showing another pane, there are no controls.
	m.Apply(ShowPane{Pane: PanePlane})
	if g := pageGeometry(m, windows[2]); len(g.Buttons(m, nil)) != 0 {
		t.Error("the plane's pane has the network's buttons")
	}
}

// TestLayoutForFeatures: the input column holds every feature in Playground's order, a
// unit or a chip, and a new layout follows a change of features though the sizes stay.
func TestLayoutForFeatures(t *testing.T) {
	m := NewSession()
	apply(t, m, SetFeature{Feature: core.X1X2, On: true}, SetFeature{Feature: core.X2})
	g := pageGeometry(m, windows[0])
	ys := map[core.Feature]float64{}
	for i, f := range m.Features {
		ys[f] = g.Nodes[0][i].Y
	}
	for f, r := range g.Chips {
		if (r.W > 0) == slices.Contains(m.Features, core.Feature(f)) {
			t.Errorf("feature %d: chip %+v", f, r)
		}
		if r.W > 0 {
			ys[core.Feature(f)] = r.Y
		}
	}
	for f := core.X1; f < core.SinX2; f++ {
		if ys[f] >= ys[f+1] {
			t.Errorf("feature %d at %v, after %d at %v", f, ys[f], f+1, ys[f+1])
		}
	}
	if g.Stale(m) {
		t.Error("a fresh layout is stale")
	}
	apply(t, m, SetFeature{Feature: core.X1, On: false}, SetFeature{Feature: core.X1Squared, On: true})
	if !g.Stale(m) {
		t.Error("the layout does not see the new features")
	}
	g = pageGeometry(m, windows[0])
	if g.Stale(m) || !slices.Contains(g.shape.features, core.X1Squared) {
		t.Errorf("laid out again for %+v, the session feeds %v", g.shape, m.Features)
	}
}

// TestCanvasButtonsNeverOverlap lays out every preset at every size of fitWindows and
// checks that no button of the canvas covers another, a unit or the area's edge: a tap
// meant for one must never hit another. Where a row of them does not fit, it goes (the
// panel has the same controls). (The deep stack's 8 layers at 900x500 put layer 1's
// unit + at x 65.2 over layer 2's − at 69.6.)
func TestCanvasButtonsNeverOverlap(t *testing.T) {
	for p := range Presets() {
		m := NewSession()
		mustApply(t, m, UsePreset{Index: p})
		for _, win := range append(fitWindows(), window{844, 390, 1}, window{900, 500, 2}) {
			g := pageGeometry(m, win)
			bs := g.Buttons(m, nil)
			for i, b := range bs {
				if !within(b.Rect, g.Area) {
					t.Errorf("preset %d, %v: %v at %+v leaves the area", p, win, b, b.Rect)
				}
				for _, c := range bs[i+1:] {
					if clash(b.Rect, c.Rect) {
						t.Errorf("preset %d, %v: %v at %+v covers %v at %+v",
							p, win, b, b.Rect, c, c.Rect)
					}
				}
				for lv, col := range g.Nodes {
					for k, r := range col {
						if clash(b.Rect, r) {
							t.Errorf("preset %d, %v: %v covers unit %d/%d", p, win, b, lv, k)
						}
					}
				}
			}
		}
	}
}
