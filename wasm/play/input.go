package play

import "math"

// Pointer turns presses and drags on the canvas into commands. A press on a unit with
// incoming weights selects it. A press on the plane moves the input point there, onto
// a training point when one lies within snapRadius of the press (Step trains on
// exactly that point), and a drag from there keeps moving it, held inside the plane.
// Positions are canvas pixels.
type Pointer struct {
	dragging bool
}

// snapRadius is how near a press must come to a training point, in CSS pixels, to pick
// it.
const snapRadius = 6

// Event carries out a DOM pointer event at (x, y): kind is "pointerdown",
// "pointermove", "pointerup" or "pointercancel". It returns the command the event
// means, or nil.
func (p *Pointer) Event(kind string, m *Session, g Geometry, x, y float64) Command {
	switch kind {
	case "pointerdown":
		return p.down(m, g, x, y)
	case "pointermove":
		return p.move(g, x, y)
	}
	p.dragging = false
	return nil
}

// down is a press at (x, y).
func (p *Pointer) down(m *Session, g Geometry, x, y float64) Command {
	if u, ok := g.UnitAt(x, y); ok && u.Level > 0 {
		return Select{Unit: u}
	}
	x1, x2, ok := g.PlaneAt(x, y)
	if !ok {
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

// move is the pointer moving to (x, y): a drag on the plane moves the input point.
func (p *Pointer) move(g Geometry, x, y float64) Command {
	if !p.dragging {
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

// Keys are the page's keyboard shortcuts, by the DOM's key names: space plays and
// pauses, the right arrow steps.
var Keys = map[string]Command{
	" ":          TogglePlay{},
	"ArrowRight": StepPhase{},
}
