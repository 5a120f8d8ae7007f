package play

import (
	"math"
	"testing"

	"nnplay/core"
)

// TestEdgeLabelsSayTheirNumbersAlike lays out the selected unit's weights at rest, after
// Step's backward pass and after its update, with 1 to 6 hidden layers, in English and
// Korean, in every window (a phone's among them), and checks that the labels on its
// edges say their numbers one way: all in the same form, never "dL/dw 0.16" on one edge
// beside a bare "-0.02" on the next.
func TestEdgeLabelsSayTheirNumbersAlike(t *testing.T) {
	defer speak(English)
	wins := append(windows, window{1024, 768, 1})
	mixed, units := 0, 0
	for _, lang := range []Lang{English, Korean} {
		speak(lang)
		for hidden := 1; hidden <= 6; hidden++ {
			for _, act := range []core.Activation{nil, core.ReLU{}} {
				probe := columnsSession(t, hidden, act, Unit{})
				for _, mo := range stepMoments(hidden + 1) {
					if mo.name != "rest" && mo.name != "backward done" && mo.name != "update done" {
						continue
					}
					for _, u := range selections(probe) {
						m := columnsSession(t, hidden, act, u)
						mo.set(m)
						for _, win := range wins {
							s := pageScene(t, m, win)
							units++
							if forms := edgeForms(s); len(forms) > 1 {
								mixed++
								t.Errorf("%s, %d hidden, %v, %s, unit %v, %v: the edges read %v",
									lang.Code(), hidden, act, mo.name, u, win, forms)
							}
						}
					}
				}
			}
		}
	}
	t.Logf("%d of %d layouts mix forms", mixed, units)
}

// edgeForms returns the forms the placed labels of the edges use, each with one text that
// uses it.
func edgeForms(s *Scene) map[int]string {
	forms := map[int]string{}
	for i := range s.texts {
		if t := &s.texts[i]; t.ok && t.owner == ownEdgeText {
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
	for hidden := 1; hidden <= 6; hidden++ {
		probe := columnsSession(t, hidden, nil, Unit{})
		for _, mo := range stepMoments(hidden + 1) {
			if mo.name != "rest" && mo.name != "backward done" && mo.name != "update done" {
				continue
			}
			for _, u := range selections(probe) {
				m := columnsSession(t, hidden, nil, u)
				mo.set(m)
				for j := range m.Layer(u.Level - 1).Linear.In {
					m.Hover = Hover{On: true, Edge: true, Unit: u, In: j}
					for _, win := range []window{{390, 844, 1}, {1280, 800, 1}} {
						s := pageScene(t, m, win)
						hovered++
						if !edgeLabelled(s, m, u, j) {
							missing++
							t.Errorf("%d hidden, %s, %v: the hovered edge %d of unit %v has no label",
								hidden, mo.name, win, j, u)
						}
					}
				}
			}
		}
	}
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
		if !t.ok || t.owner != ownEdgeText {
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
