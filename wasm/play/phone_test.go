package play

import (
	"math"
	"strings"
	"testing"
)

// TestPhoneShowsEveryViewInTabs lays the page out on a phone (390 x 844, the panel on
// the bottom 46%), where the four views do not fit at once: the canvas shows one at a
// time under a row of tabs, a tap on a tab shows its view in the whole area, and the
// loss chart is among them. Desktop windows keep the four views side by side. (A phone
// used to have no loss chart at all.)
func TestPhoneShowsEveryViewInTabs(t *testing.T) {
	for _, win := range windows {
		m := NewSession()
		g := pageGeometry(m, win)
		if phone := win.W < 760; g.Tabbed != phone {
			t.Errorf("%v: tabbed %v", win, g.Tabbed)
		}
	}
	m := NewSession()
	win := windows[2]
	g := pageGeometry(m, win)
	var p Pointer
	for pane := Pane(0); pane < PaneLesson; pane++ { // free play has no lesson board
		cx, cy := g.Tabs[pane].Center()
		c := p.Event("pointerdown", m, g, cx, cy)
		p.Event("pointerup", m, g, cx, cy)
		if c != (ShowPane{Pane: pane}) {
			t.Fatalf("a tap on tab %d means %#v", pane, c)
		}
		gen := m.gen
		if err := m.Apply(c); err != nil || m.Pane != pane || m.gen != gen {
			t.Fatalf("tab %d: %v, pane %v; a tab must not recompute the views", pane, err, m.Pane)
		}
		s := pageScene(t, m, win)
		shown := map[Pane]bool{PaneNetwork: len(s.Units) > 0, PanePlane: s.Plane.Shown,
			PaneActivation: s.Act.Shown, PaneChart: s.Chart.Shown}
		for q, on := range shown {
			if on != (q == pane) {
				t.Errorf("tab %d: pane %d shown %v", pane, q, on)
			}
		}
		view := [...]Rect{g.Net, g.Plane, g.ActView, g.Chart}[pane]
		if view.W < 250 || view.Y < g.Tabs[pane].Y+g.Tabs[pane].H {
			t.Errorf("tab %d: its view %+v is small or under the tabs", pane, view)
		}
		if pane == PaneChart && (s.Chart.Plot.W < 250 || s.Chart.Plot.H < 250) {
			t.Errorf("the phone's loss chart is %+v", s.Chart.Plot)
		}
	}
	// A press where the hidden network's units are selects nothing; on the chart tab
	// the plane takes no presses either.
	u := g.Nodes[1][0]
	if c := p.Event("pointerdown", m, g, u.X+2, u.Y+2); c != nil {
		t.Errorf("a press on the chart tab means %#v", c)
	}
}

// TestHoverShowsWhatIsHidden rests the pointer on an edge and on a unit of the deep
// stack on a phone, where their numbers do not fit: the hovered edge's weight and the
// hovered unit's value show all the same, and the hover changes nothing the views
// compute.
func TestHoverShowsWhatIsHidden(t *testing.T) {
	for _, win := range windows {
		m := presetSession(t, 2, Unit{1, 0})
		g := pageGeometry(m, win)
		var p Pointer
		// Half way along the top edge from layer 4 to layer 5, which no other crosses.
		from, to := g.Nodes[4][0], g.Nodes[5][0]
		x0, y0, x1, y1 := from.X+from.W, from.Y+from.H/2, to.X, to.Y+to.H/2
		c := p.Event("pointermove", m, g, (x0+x1)/2, (y0+y1)/2)
		want := SetHover{Hover: Hover{On: true, Edge: true, Unit: Unit{5, 0}, In: 0}}
		if c != want {
			t.Fatalf("%v: the pointer on the edge means %#v", win, c)
		}
		gen := m.gen
		m.Apply(c)
		if m.gen != gen {
			t.Error("a hover recomputed the views")
		}
		s := pageScene(t, m, win)
		w := Num(m.Net.Layers[4].Linear.Weight[0][0])
		if !labelContains(s, w) {
			t.Errorf("%v: the hovered edge's weight %s is not shown", win, w)
		}
		checkLayout(t, "hovered edge, "+win.String(), s)
		// The unit at the bottom of layer 6.
		r := g.Nodes[6][7]
		m.Apply(p.Event("pointermove", m, g, r.X+r.W/2, r.Y+r.H/2))
		if m.Hover.unit() != (Unit{6, 7}) {
			t.Fatalf("%v: hovering %+v", win, m.Hover)
		}
		s = pageScene(t, m, win)
		for _, uv := range s.Units {
			if uv.Unit == (Unit{6, 7}) && !labelContains(s, numberOf(uv.Value)) {
				t.Errorf("%v: the hovered unit's value %q is not shown", win, uv.Value)
			}
		}
		// Off the network, nothing is hovered.
		m.Apply(p.Event("pointermove", m, g, g.Area.X+1, g.Area.Y+g.Area.H-1))
		if m.Hover.On {
			t.Errorf("%v: the corner hovers %+v", win, m.Hover)
		}
	}
	if !strings.Contains(Say(TabChart), "Loss") {
		t.Error("the chart's tab")
	}
}

// TestShortPhonesAreTabbed lays the page out on phones shorter than 390 x 844 (an
// iPhone SE's 375 x 667, a small Android's 360 x 640), a phone on its side and small
// desktop windows: where the views side by side would leave the network a column too
// narrow for its units and labels, the canvas is tabbed, and wherever it is not, the
// network keeps at least minNet pixels. (At 375 x 667 the network had a column 71
// pixels wide: units over one another and their numbers.)
func TestShortPhonesAreTabbed(t *testing.T) {
	for _, win := range []window{{375, 667, 1}, {360, 640, 1}, {375, 667, 2}, {844, 390, 1},
		{412, 915, 1}, {761, 600, 1}, {900, 500, 1}, {1024, 768, 1}, {1280, 800, 1}} {
		g := pageGeometry(NewSession(), win)
		phone := win.W <= 760 && win.H > win.W
		if phone && !g.Tabbed {
			t.Errorf("%v: a phone's canvas is not tabbed (the network %+v)", win, g.Net)
		}
		if !g.Tabbed && g.Net.W < minNet*win.Scale {
			t.Errorf("%v: the network has a column %.0f wide", win, g.Net.W/win.Scale)
		}
	}
}

// TestPointerOutRestsOnNothing moves the pointer off the canvas (onto the panel): what
// it rested on is no longer hovered, in free play and on lesson 1's board, while a drag
// on the plane goes on. (A hovered edge kept its highlight and label after the pointer
// had left for the panel.)
func TestPointerOutRestsOnNothing(t *testing.T) {
	win := window{1280, 800, 1}
	m := presetSession(t, 2, Unit{1, 0})
	g := pageGeometry(m, win)
	var p Pointer
	from, to := g.Nodes[4][0], g.Nodes[5][0]
	mustApply(t, m, p.Event("pointermove", m, g, (from.X+from.W+to.X)/2,
		(from.Y+from.H/2+to.Y+to.H/2)/2))
	if !m.Hover.Edge {
		t.Fatalf("the pointer on the edge hovers %+v", m.Hover)
	}
	if c := p.Event("pointerout", m, g, 0, 0); c != (SetHover{}) {
		t.Errorf("the pointer out of the canvas means %#v", c)
	}
	// A drag on the plane, whose moves and release the canvas captures, goes on.
	x, y := g.PlanePoint(1, 1)
	mustApply(t, m, p.Event("pointerdown", m, g, x, y))
	if c := p.Event("pointerout", m, g, 0, 0); c != nil {
		t.Errorf("the pointer out of the canvas in a drag means %#v", c)
	}
	x, y = g.PlanePoint(-2, 3)
	if c, ok := p.Event("pointermove", m, g, x, y).(SetInput); !ok ||
		math.Abs(c.X1+2) > 0.1 || math.Abs(c.X2-3) > 0.1 {
		t.Errorf("the drag's move after it means %#v", c)
	}
	p.Event("pointerup", m, g, x, y)

	m = NewSession()
	mustApply(t, m, OpenLesson{ID: lessonLinear})
	g = pageGeometry(m, win)
	l := m.Lesson.Linear
	mg := matrixLayout(g.Lesson, g.Scale, boardTitleHeight(g.Scale), l.Layer.HasBias())
	mustApply(t, m, p.Event("pointermove", m, g, mg.W[1][2].X+2, mg.W[1][2].Y+2))
	if l.Hover == (Cell{}) {
		t.Fatal("the pointer on a cell of W hovers nothing")
	}
	if c := p.Event("pointerout", m, g, 0, 0); c != nil {
		mustApply(t, m, c)
	}
	if l.Hover != (Cell{}) {
		t.Errorf("out of the canvas, the pointer still hovers %+v", l.Hover)
	}
}
