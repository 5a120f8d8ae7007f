package play

import (
	"errors"
	"math"
	"strconv"
)

// Pointer turns presses and drags on the canvas into commands. A press on a tab of a
// tabbed canvas shows its pane. A press on a unit with incoming weights selects it. A
// press on the plane moves the input point there, onto a training point when one lies
// within snapRadius of the press (Step trains on exactly that point), and a drag from
// there keeps moving it, held inside the plane. The pointer resting on a unit or an
// edge hovers it: its numbers or weight show however crowded the canvas is. Positions
// are canvas pixels.
type Pointer struct {
	dragging bool
	// lessonDrag is true while a drag moves a lesson's z (lesson_pointer.go).
	lessonDrag bool
}

// snapRadius is how near a press must come to a training point, in CSS pixels, to pick
// it; edgeRadius how near the pointer must come to an edge to hover it.
const (
	snapRadius = 6
	edgeRadius = 4
)

// Event carries out a DOM pointer event at (x, y): kind is "pointerdown",
// "pointermove", "pointerup", "pointercancel" or "pointerout" (the pointer left the
// canvas: out of a drag it rests on nothing there). It returns the command the event
// means, or nil.
func (p *Pointer) Event(kind string, m *Session, g Geometry, x, y float64) Command {
	if kind == "pointerout" {
		if p.dragging || p.lessonDrag {
			return nil // the canvas captures a drag's moves and release: it goes on
		}
		kind, x, y = "pointermove", -1, -1
	}
	if c, took := p.lessonEvent(kind, m, g, x, y); took {
		return c
	}
	switch kind {
	case "pointerdown":
		return p.down(m, g, x, y)
	case "pointermove":
		return p.move(m, g, x, y)
	}
	p.dragging = false
	return nil
}

// down is a press at (x, y).
func (p *Pointer) down(m *Session, g Geometry, x, y float64) Command {
	if g.Tabbed {
		for t, r := range g.Tabs {
			if r.Contains(x, y) {
				return ShowPane{Pane: Pane(t)}
			}
		}
	}
	c := g.controlAt(m, x, y)
	if _, edge := c.(SelectEdge); !edge && m.editorOpen() && g.Shows(PaneNetwork, m.Pane) {
		// As a popup closes: the press that closes it does nothing else. On a phone's
		// other tabs the editor does not show, and a press there does what it means.
		return DropEdge{}
	}
	if c != nil {
		return c
	}
	if u, ok := g.UnitAt(x, y); ok && u.Level > 0 && g.Shows(PaneNetwork, m.Pane) {
		return Select{Unit: u}
	}
	x1, x2, ok := g.PlaneAt(x, y)
	if !ok || !g.Shows(PanePlane, m.Pane) {
		return nil
	}
	p.dragging = true
	best := snapRadius * g.Scale
	for _, pt := range m.Train {
		px, py := g.PlanePoint(pt.X1, pt.X2)
		if d := math.Hypot(px-x, py-y); d <= best {
			best, x1, x2 = d, pt.X1, pt.X2
		}
	}
	return SetInput{X1: x1, X2: x2}
}

// move is the pointer moving to (x, y): a drag on the plane moves the input point;
// otherwise it hovers what it rests on.
func (p *Pointer) move(m *Session, g Geometry, x, y float64) Command {
	if !p.dragging {
		if h := g.HoverAt(m, x, y); h != m.Hover {
			return SetHover{Hover: h}
		}
		return nil
	}
	r := g.Plane
	x = math.Max(r.X, math.Min(r.X+r.W-1, x))
	y = math.Max(r.Y, math.Min(r.Y+r.H-1, y))
	if x1, x2, ok := g.PlaneAt(x, y); ok {
		return SetInput{X1: x1, X2: x2}
	}
	return nil
}

// Hover is what the pointer rests on: a unit, or the edge into Unit from unit In of
// the level below (Edge), or the canvas's button Button-1 (Geometry.Buttons); the zero
// Hover rests on nothing.
type Hover struct {
	On     bool
	Edge   bool
	Unit   Unit
	In     int
	Button int
}

// unit returns the hovered unit, or a unit no level has.
func (h Hover) unit() Unit {
	if !h.On || h.Edge || h.Button > 0 {
		return Unit{Level: -1}
	}
	return h.Unit
}

// HoverAt returns what the canvas point (x, y) rests on: a button, a unit, else the
// nearest edge within edgeRadius CSS pixels, else nothing.
func (g Geometry) HoverAt(m *Session, x, y float64) Hover {
	if !g.Shows(PaneNetwork, m.Pane) {
		return Hover{}
	}
	if i, ok := g.buttonAt(m, x, y); ok {
		return Hover{On: true, Button: i + 1}
	}
	if u, ok := g.UnitAt(x, y); ok {
		return Hover{On: true, Unit: u}
	}
	best, h := edgeRadius*g.Scale, Hover{}
	for l := 0; l+1 < len(g.Nodes); l++ {
		for i, to := range g.Nodes[l+1] {
			for j, from := range g.Nodes[l] {
				d := segmentDistance(x, y, from.X+from.W, from.Y+from.H/2, to.X, to.Y+to.H/2)
				if d <= best {
					best, h = d, Hover{On: true, Edge: true, Unit: Unit{l + 1, i}, In: j}
				}
			}
		}
	}
	return h
}

// segmentDistance returns the distance from (x, y) to the segment (x0, y0)-(x1, y1).
func segmentDistance(x, y, x0, y0, x1, y1 float64) float64 {
	dx, dy := x1-x0, y1-y0
	t := 0.0
	if n := dx*dx + dy*dy; n > 0 {
		t = clamp(((x-x0)*dx+(y-y0)*dy)/n, 0, 1)
	}
	return math.Hypot(x-(x0+t*dx), y-(y0+t*dy))
}

// Commands of how the canvas looks, which change nothing the views compute.
type (
	// SetHover rests the pointer on a unit or an edge, or on nothing.
	SetHover struct{ Hover Hover }
	// ShowPane shows one pane of a tabbed canvas.
	ShowPane struct{ Pane Pane }
)

func (c SetHover) apply(m *Session) error {
	m.Hover = c.Hover
	return nil
}

func (c ShowPane) apply(m *Session) error {
	if c.Pane < 0 || c.Pane >= paneCount || m.paneHidden(c.Pane) {
		return errors.New(Say(NoSuchPane, strconv.Itoa(int(c.Pane))))
	}
	m.Pane = c.Pane
	return nil
}

func (SetHover) looksOnly() {}
func (ShowPane) looksOnly() {}

// Keys are the page's keyboard shortcuts, by the DOM's key names: space plays and
// pauses, the right arrow steps.
var Keys = map[string]Command{
	" ":          TogglePlay{},
	"ArrowRight": StepPhase{},
}

// KeyCommand returns the shortcut of a key pressed on an element of tag (the DOM's
// tagName; typ is an input's type, "checkbox", "range" ...), with Ctrl, Alt or Meta when
// modified. Keys typed into a form control belong to it: space in a number box types a
// space, an arrow moves a slider, a menu's choice, a radio button's or the caret. Space
// on a focused button (or link, summary or tick box) presses it, as the keys' hint says;
// the right arrow, which does nothing there, steps: after a click on New seed, Step or a
// feature's box the control keeps the focus, and → did nothing (look11, review19).
func KeyCommand(key, tag, typ string, modified bool) (Command, bool) {
	if tag == "INPUT" && pressed[typ] {
		tag = "BUTTON"
	}
	switch tag {
	case "INPUT", "SELECT", "TEXTAREA":
		return nil, false
	case "BUTTON", "SUMMARY", "A":
		if key == " " {
			return nil, false
		}
	}
	c, ok := Keys[key]
	return c, ok && !modified
}

// pressed are the types of input that are pressed as a button is, space and a click, and
// take no arrow.
var pressed = map[string]bool{"checkbox": true, "button": true, "submit": true,
	"reset": true, "file": true, "image": true, "color": true}
