package play

import (
	"math"
	"strconv"
)

// A click on an edge picks its weight: the edge is outlined, its unit selected (so the
// panel shows the weight among the unit's), and an editor with its value and a slider
// sits beside the edge, over the canvas. The scene keeps room for the editor, clear of
// the units and the labels; the browser places its HTML there.

// EdgeChoice is the weight picked by a click on its edge: from input In of Linear layer
// Layer to its unit Unit. On is false when none is picked.
type EdgeChoice struct {
	On              bool
	Layer, Unit, In int
}

// The edge editor's size, in CSS pixels: style.css gives #edge-editor this size.
const (
	EditorWidth  = 220
	EditorHeight = 66
)

// PickedEdge returns the picked edge while it names a weight of the network into the
// selected unit.
func (m *Session) PickedEdge() (EdgeChoice, bool) {
	e := m.Edge
	if !e.On || e.Layer < 0 || e.Layer >= len(m.Net.Layers) ||
		m.Selected != (Unit{Level: e.Layer + 1, Index: e.Unit}) {
		return e, false
	}
	lin := m.Layer(e.Layer).Linear
	return e, e.Unit >= 0 && e.Unit < lin.Out && e.In >= 0 && e.In < lin.In
}

// editorOpen reports whether the edge editor shows: an edge is picked.
func (m *Session) editorOpen() bool {
	_, ok := m.PickedEdge()
	return ok
}

// Commands of the picked edge.
type (
	// SelectEdge picks the weight from input In of Linear layer Layer to its unit Unit,
	// and selects the unit.
	SelectEdge struct{ Layer, Unit, In int }
	// DropEdge closes the edge editor.
	DropEdge struct{}
	// SetEdgeWeight sets the picked weight.
	SetEdgeWeight struct{ Value float64 }
)

func (c SelectEdge) apply(m *Session) error {
	lin, err := m.linear(c.Layer)
	if err != nil {
		return err
	}
	if c.Unit < 0 || c.Unit >= lin.Out || c.In < 0 || c.In >= lin.In {
		return NoSuchWeight.With(c.Layer+1, c.Unit, c.In)
	}
	m.Selected = Unit{Level: c.Layer + 1, Index: c.Unit}
	m.Edge = EdgeChoice{On: true, Layer: c.Layer, Unit: c.Unit, In: c.In}
	return nil
}

func (DropEdge) apply(m *Session) error {
	m.Edge = EdgeChoice{}
	return nil
}

func (c SetEdgeWeight) apply(m *Session) error {
	e, ok := m.PickedEdge()
	if !ok {
		return NoEdgePicked.With()
	}
	return SetWeight{Layer: e.Layer, Unit: e.Unit, In: e.In, Value: c.Value}.apply(m)
}

// edit is the picked edge's weight, whatever the value (dragged).
func (SetEdgeWeight) edit() Command { return SetEdgeWeight{} }

func (DropEdge) looksOnly() {}

// What the edge editor shows: the weight's name and value, empty without a picked edge.

func edgeName(m *Session) string {
	e, ok := m.PickedEdge()
	if !ok {
		return ""
	}
	from := m.UnitName(Unit{Level: e.Layer, Index: e.In})
	return Say(EdgeEditorName, strconv.Itoa(e.Unit), strconv.Itoa(e.In), from)
}

func edgeValue(m *Session) string {
	if e, ok := m.PickedEdge(); ok {
		return Fit(m.Layer(e.Layer).Linear.Weight[e.Unit][e.In], BoxChars) // as the panel
	}
	return ""
}

// edgeSlider is the slider's value, and edgeSpan its half-width: ±ParamLimit, or wider to
// hold a larger weight (SliderSpan), as the panel's sliders do.
func edgeSlider(m *Session) string {
	if e, ok := m.PickedEdge(); ok {
		return shortNum(m.Layer(e.Layer).Linear.Weight[e.Unit][e.In])
	}
	return "0"
}

func edgeSpan(m *Session) float64 {
	if e, ok := m.PickedEdge(); ok {
		return SliderSpan(m.Layer(e.Layer).Linear.Weight[e.Unit][e.In])
	}
	return ParamLimit
}

func setEdgeWeight(v float64) Command { return SetEdgeWeight{Value: v} }

// EditorStyle is the edge editor's place as a style attribute, in CSS pixels for a
// canvas of scale canvas pixels per CSS pixel: "left: 12px; top: 34px", or "" when the
// editor is closed.
func (o *Overlay) EditorStyle(scale float64) string {
	if o.Editor.W == 0 {
		return ""
	}
	return "left: " + shortNum(math.Round(o.Editor.X/scale)) + "px; top: " +
		shortNum(math.Round(o.Editor.Y/scale)) + "px"
}

// pickedEdge outlines the picked edge and keeps room for its editor beside the edge's
// middle, in the network's region clear of the units, buttons and titles: below it,
// above it, to its right or its left, or, where none of those is free, in the free room
// nearest below it. Where a network leaves no room (a phone's), the editor covers other
// units beside the edge, never the edge's own nor a button.
func (s *Scene) pickedEdge(m *Session) {
	e, ok := m.PickedEdge()
	if !ok {
		return
	}
	geo, sc := s.Geo, s.Geo.Scale
	ed := s.edgeOf(m, e.Layer, e.Unit, e.In)
	dx, dy := ed.X1-ed.X0, ed.Y1-ed.Y0
	n := math.Hypot(dx, dy)
	if n == 0 {
		return
	}
	off := ed.Width/2 + 1.5*sc
	nx, ny := -dy/n*off, dx/n*off
	for _, side := range [2]float64{1, -1} {
		s.Overlay.Lines = append(s.Overlay.Lines, Line{X0: ed.X0 + side*nx, Y0: ed.Y0 + side*ny,
			X1: ed.X1 + side*nx, Y1: ed.Y1 + side*ny, Width: 1.3 * sc, Color: Ink})
	}
	w, h, gap := EditorWidth*sc, EditorHeight*sc, 12*sc
	mx, my := ed.X0+dx*0.5, ed.Y0+dy*0.5
	// The network's region under the column titles and above the gradient bars.
	top := geo.Net.Y + 2*s.Fonts.Face(Normal).LineHeight + s.Fonts.Face(Small).LineHeight + 4*sc
	region := Rect{X: geo.Net.X, Y: top, W: geo.Net.W, H: geo.Net.Y + geo.Net.H - geo.Bars - top}
	spots := [...]Rect{{mx - w/2, my + gap, w, h}, {mx - w/2, my - gap - h, w, h},
		{mx + gap, my - h/2, w, h}, {mx - gap - w, my - h/2, w, h}}
	var box Rect
	ok = false
	for _, b := range spots {
		if b.Within(region) && s.free(b, ownNone) {
			box, ok = b, true
			break
		}
	}
	if !ok {
		box, ok = s.freeBox(spots[0], region, ownNone)
	}
	// A crowded network: cover units, but not the edge's own nor a button, as near the
	// edge's middle as the region allows and, where it can, clear of that middle; on a
	// phone that may be beside the edge, as where the edge into the first unit leaves no
	// room under or over it.
	from, to := geo.Nodes[e.Layer][e.In], geo.Nodes[e.Layer+1][e.Unit]
	mid := Rect{X: mx - gap/2, Y: my - gap/2, W: gap, H: gap}
	best := math.Inf(1)
	for y := region.Y; !ok && y+h <= region.Y+region.H; y += 4 * sc {
		for x := region.X; x+w <= region.X+region.W; x += 4 * sc {
			b := Rect{X: x, Y: y, W: w, H: h}
			d := math.Hypot(x+w/2-mx, y+h/2-my)
			if b.Overlaps(mid) {
				d += region.W + region.H
			}
			if d < best && !b.Overlaps(from) && !b.Overlaps(to) && s.clearOfButtons(b) {
				box, best = b, d
			}
		}
	}
	ok = ok || !math.IsInf(best, 1)
	if ok {
		s.Overlay.Editor = box
		s.block(box, ownEditor)
	}
}

// clearOfButtons reports whether r covers none of the canvas's buttons.
func (s *Scene) clearOfButtons(r Rect) bool {
	for _, b := range s.Overlay.buttons {
		if r.Overlaps(b.Rect) {
			return false
		}
	}
	return true
}
