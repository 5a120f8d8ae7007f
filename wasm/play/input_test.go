package play

import (
	"math"
	"testing"

	"nnplay/core"
)

// TestPointer checks the gestures on the canvas: a press on a unit selects it, one on
// an input stops feeding it, a press on a training point moves the input point exactly
// onto it, a press beside the points moves it under the pointer, and a drag keeps
// moving it within the plane.
func TestPointer(t *testing.T) {
	m := NewSession()
	geo := Layout(m.Sizes(), Rect{W: 900, H: 800}, 1)
	var p Pointer
	x, y := geo.Nodes[2][1].Center()
	if c := p.Event("pointerdown", m, geo, x, y); c != (Select{Unit: Unit{2, 1}}) {
		t.Errorf("a press on unit 2/1 means %#v", c)
	}
	x, y = geo.Nodes[0][0].Center()
	if c := p.Event("pointerdown", m, geo, x, y); c != (SetFeature{Feature: core.X1}) {
		t.Errorf("a press on an input means %#v", c)
	}
	p.Event("pointerup", m, geo, x, y)
	// A press within 4 pixels of a training point with no other within 12, wherever the
	// input point was, picks exactly that point.
	tried := 0
	for k, pt := range m.Train {
		px, py := geo.PlanePoint(pt.X1, pt.X2)
		if crowded(m, geo, px, py, k) {
			continue
		}
		tried++
		m.Input = [2]float64{-pt.X1, -pt.X2}
		c := p.Event("pointerdown", m, geo, px+3*math.Cos(float64(k)), py+2)
		p.Event("pointerup", m, geo, px, py)
		if c != (SetInput{X1: pt.X1, X2: pt.X2}) {
			t.Errorf("a press on training point %d at (%v, %v) means %#v", k, pt.X1, pt.X2, c)
		}
	}
	if tried < 20 {
		t.Errorf("only %d training points stand alone", tried)
	}
	// Beside the points: the point under the pointer.
	x, y = geo.PlanePoint(5.9, -5.9)
	c := p.Event("pointerdown", m, geo, x, y)
	if in, ok := c.(SetInput); !ok || math.Abs(in.X1-5.9) > 1e-9 || math.Abs(in.X2+5.9) > 1e-9 {
		t.Errorf("a press at (5.9, -5.9) means %#v", c)
	}
	// A drag past the plane's corner stops at its edge.
	c = p.Event("pointermove", m, geo, geo.Plane.X+geo.Plane.W+50, geo.Plane.Y-50)
	if in, ok := c.(SetInput); !ok || in.X1 < 5.8 || in.X2 != InputLimit {
		t.Errorf("a drag past the corner means %#v", c)
	}
	p.Event("pointerup", m, geo, 0, 0)
	if c := p.Event("pointermove", m, geo, x, y); c != nil {
		t.Errorf("a move without a press means %#v", c)
	}
}

// crowded reports whether another training point than k lies within 12 pixels of
// (x, y).
func crowded(m *Session, geo Geometry, x, y float64, k int) bool {
	for i, pt := range m.Train {
		px, py := geo.PlanePoint(pt.X1, pt.X2)
		if i != k && math.Hypot(px-x, py-y) < 12 {
			return true
		}
	}
	return false
}

// TestKeys checks that the shortcuts play, pause and step.
func TestKeys(t *testing.T) {
	m := NewSession()
	for _, k := range []string{" ", " ", "ArrowRight"} {
		if err := m.Apply(Keys[k]); err != nil {
			t.Fatal(err)
		}
	}
	if m.Playing || m.Anim.Record == nil {
		t.Errorf("space, space, right arrow: playing %v, step %v", m.Playing, m.Anim.Record)
	}
	m.Apply(Keys[" "])
	if !m.Playing {
		t.Error("space does not play")
	}
}

// TestTheRightArrowStepsFromATickBox: after a click on a feature's box, Discretize, Show
// test data or Put the weights in the link, the box keeps the focus, and → did nothing
// there (review19), as on a button before look11: an arrow does nothing on a tick box, so
// it steps, as the keys' hint says. Space ticks the box; a slider's, a number box's and a
// radio button's arrows stay theirs.
func TestTheRightArrowStepsFromATickBox(t *testing.T) {
	for _, c := range []struct {
		key, typ string
		want     Command
	}{
		{"ArrowRight", "checkbox", StepPhase{}}, {"ArrowRight", "button", StepPhase{}},
		{"ArrowRight", "file", StepPhase{}}, {" ", "checkbox", nil}, {" ", "file", nil},
		{"ArrowRight", "range", nil}, {"ArrowRight", "number", nil},
		{"ArrowRight", "text", nil}, {"ArrowRight", "radio", nil}, {" ", "range", nil},
	} {
		if got, ok := KeyCommand(c.key, "INPUT", c.typ, false); got != c.want ||
			ok != (c.want != nil) {
			t.Errorf("%q on an input of type %s: %v %v, want %v", c.key, c.typ, got, ok, c.want)
		}
	}
}

// TestAPressOutsideClosesTheEdgeEditor: with the edge editor open, a press on the canvas
// off every edge closes it, as a popup closes, and does nothing else (look10: a click on
// the loss chart left it open, and a press on a unit selected it under the editor); a
// press on another edge picks that edge. With the editor closed a press does what it did.
func TestAPressOutsideClosesTheEdgeEditor(t *testing.T) {
	m := NewSession()
	geo := Layout(m.Sizes(), Rect{W: 1280, H: 800}, 1)
	var p Pointer
	mustApply(t, m, SelectEdge{Layer: 1, Unit: 1, In: 2})
	ux, uy := geo.Nodes[2][0].Center()
	cx, cy := geo.Chart.Center()
	px, py := geo.PlanePoint(5.9, -5.9)
	for what, at := range map[string][2]float64{"the loss chart": {cx, cy},
		"a unit": {ux, uy}, "the plane": {px, py}} {
		c := p.Event("pointerdown", m, geo, at[0], at[1])
		p.Event("pointerup", m, geo, at[0], at[1])
		if c != (DropEdge{}) {
			t.Errorf("with the editor open, a press on %s means %#v", what, c)
		}
	}
	from, to := geo.Nodes[1][0], geo.Nodes[2][1]
	ex, ey := (from.X+from.W+to.X)/2, (from.Y+from.H/2+to.Y+to.H/2)/2
	if c := p.Event("pointerdown", m, geo, ex, ey); c != (SelectEdge{Layer: 1, Unit: 1, In: 0}) {
		t.Errorf("with the editor open, a press on another edge means %#v", c)
	}
	p.Event("pointerup", m, geo, ex, ey)
	mustApply(t, m, DropEdge{})
	if c := p.Event("pointerdown", m, geo, ux, uy); c != (Select{Unit: Unit{2, 0}}) {
		t.Errorf("with the editor closed, a press on a unit means %#v", c)
	}
}

// TestAPressOnAnotherPaneIsNotSpentOnAHiddenEditor: on a phone, where the panes are tabs,
// an edge picked on the network's tab stays picked when the learner turns to the plane,
// but its editor is not shown there: the first press on the plane moves the input point,
// as it does with no edge picked, and is not spent closing an editor no one sees
// (review17).
func TestAPressOnAnotherPaneIsNotSpentOnAHiddenEditor(t *testing.T) {
	m := NewSession()
	mustApply(t, m, SelectEdge{Layer: 1, Unit: 1, In: 2})
	mustApply(t, m, ShowPane{Pane: PanePlane})
	geo := pageGeometry(m, window{W: 390, H: 844, Scale: 1})
	if !geo.Tabbed {
		t.Fatal("390x844 does not show its panes as tabs")
	}
	var p Pointer
	px, py := geo.PlanePoint(1, 1)
	if c := p.Event("pointerdown", m, geo, px, py); c == (DropEdge{}) || c == nil {
		t.Errorf("a press on the plane, the network's tab hidden, means %#v", c)
	}
}
