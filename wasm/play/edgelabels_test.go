package play

import (
	"math"
	"testing"

	"nnplay/core"
)

// edgeForms returns the forms the placed labels of the edges use, each with one text that
// uses it.
func edgeForms(s *Scene) map[int]string {
	forms := map[int]string{}
	for i := range s.texts {
		if t := &s.texts[i]; t.ok && edgeText(t) {
			forms[t.form] = s.formsOf(t)[t.form]
		}
	}
	return forms
}

// TestHoveredEdgeIsAlwaysLabelled hovers each incoming edge of the selected unit in
// Step's update, at rest and after the backward pass, with 1 to 6 hidden layers on a
// phone and a laptop, and checks that the hovered edge's number shows: where a crowded
// phone leaves the selected unit's labels out, pointing at an edge shows its own.
// (hoveredEdge skipped the selected unit's edges as labelled already, which on a phone
// they often were not.)
func TestHoveredEdgeIsAlwaysLabelled(t *testing.T) {
	missing, hovered := 0, 0
	stepLayouts(t, []Lang{English}, []core.Activation{nil}, restAndDone,
		[]window{{390, 844, 1}, {1280, 800, 1}}, func(c stepCase, m *Session) {
			where, win, u := c.where, c.win, m.Selected
			for j := range m.Layer(u.Level - 1).Linear.In {
				m.Hover = Hover{On: true, Edge: true, Unit: u, In: j}
				hovered++
				if !edgeLabelled(pageScene(t, m, win), m, u, j) {
					missing++
					t.Errorf("%s: the hovered edge %d has no label", where, j)
				}
			}
		})
	if missing > 0 {
		t.Logf("%d of %d hovered edges without a label", missing, hovered)
	}
}

// edgeLabelled reports whether the edge from input j to unit u has its label placed.
func edgeLabelled(s *Scene, m *Session, u Unit, j int) bool {
	geo := s.Geo
	from, to := geo.Nodes[u.Level-1][j], geo.Nodes[u.Level][u.Index]
	x0, y0 := from.X+from.W, from.Y+from.H/2
	x1, y1 := to.X, to.Y+to.H/2
	for i := range s.texts {
		t := &s.texts[i]
		if !t.ok || !edgeText(t) {
			continue
		}
		// Its first spot lies on its own edge, 72% of the way.
		p := s.spotsOf(t)[0]
		if math.Abs(p.x-(x0+(x1-x0)*0.72)) < 0.01 &&
			math.Abs(p.y+s.Fonts.Face(Small).LineHeight/2-(y0+(y1-y0)*0.72)) < 0.01 {
			return true
		}
	}
	return false
}

// edgeText reports whether t is an edge's text: the hovered edge's or another's.
func edgeText(t *text) bool { return t.owner == ownEdgeText || t.owner == ownHovered }
