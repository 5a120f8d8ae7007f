package play

import (
	"math"
	"strconv"
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

// TestAKeptSceneSaysWhatAFreshOneSays builds one scene again and again, as the page
// does, while the selected unit's labels change what they show and their values (a
// weight set twice, two Steps' gradients and moves, a hovered edge, the other language),
// and checks that it says what a scene built fresh says: the labels' words are kept from
// frame to frame (edgeWordsFor) and made again only when they change.
func TestAKeptSceneSaysWhatAFreshOneSays(t *testing.T) {
	defer speak(English)
	m := NewSession()
	mustApply(t, m, Select{Unit: Unit{Level: 2, Index: 1}})
	var kept Scene
	win := window{1280, 800, 1}
	check := func(what string) {
		t.Helper()
		kept.Build(m, pageGeometry(m, win), testFontsAt(t, win.Scale), 0)
		fresh := pageScene(t, m, win)
		if len(kept.Labels) != len(fresh.Labels) {
			t.Fatalf("%s: %d labels kept, %d fresh", what, len(kept.Labels), len(fresh.Labels))
		}
		for i, l := range fresh.Labels {
			if kept.Labels[i].Text != l.Text {
				t.Errorf("%s: the kept scene says %q, a fresh one %q", what, kept.Labels[i].Text,
					l.Text)
			}
		}
		// And each edge's label says its own value, as the words are made afresh.
		st := kept.step(m)
		u := m.Selected
		want := map[string]int{} // how many of the unit's edges carry each
		for j := range m.Layer(u.Level - 1).Linear.In {
			kind, a, b := kept.edgeShows(m, st, u.Level-1, u.Index, j)
			full := Say(WeightLabel, Num(a))
			switch kind {
			case showsMove:
				full, _, _ = moveForms(a, b, kept.moveDigitsOf(m, st, u))
			case showsGrad:
				full = Say(WeightGradLabel, Num(a))
			}
			want[full]++
		}
		labelled := 0
		for i := range kept.texts {
			if tx := &kept.texts[i]; tx.group == groupSelected {
				labelled++
				full := kept.formsOf(tx)[0]
				if want[full] == 0 {
					t.Errorf("%s: a label reads %q, which no other edge of the unit carries",
						what, full)
				}
				want[full]--
			}
		}
		if labelled == 0 {
			t.Fatalf("%s: the selected unit's edges have no labels", what)
		}
	}
	check("rest")
	for _, w := range []float64{0.25, -1.5, 0.25} {
		mustApply(t, m, SetWeight{Layer: 1, Unit: 1, In: 2, Value: w})
		check("weight " + strconv.FormatFloat(w, 'g', -1, 64))
	}
	for k := range 2 {
		for p := range 4 {
			m.Apply(StepPhase{})
			m.AdvanceAnim(100)
			check("step " + strconv.Itoa(k) + ", phase " + strconv.Itoa(p))
		}
		mustApply(t, m, SetHover{Hover: Hover{On: true, Edge: true,
			Unit: Unit{Level: 2, Index: 1}, In: 3}})
		check("hovered, step " + strconv.Itoa(k))
		mustApply(t, m, SetHover{})
	}
	speak(Korean)
	check("Korean")
}
