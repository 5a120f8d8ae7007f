package play

import (
	"math"
	"strings"
	"testing"

	"nnplay/core"
)

// TestCollapseBoardTellsTheTruth checks lesson 2's board once an activation stands
// between the layers: the algebra of the collapse (y = 6.00·x, W = 6.00) no longer
// holds and is not written; the board says the network is not one layer and shows the
// gap. Without the activation it writes the product.
func TestCollapseBoardTellsTheTruth(t *testing.T) {
	defer speak(English)
	for _, lang := range Langs() {
		speak(lang)
		for part := range 2 {
			m := openLesson(t, 2, part)
			apply(t, m, SetWeight{Layer: 0, Value: 2}, SetWeight{Layer: 1, Value: 3})
			linear := pageScene(t, m, windows[0])
			if !hasLabel(linear, Say(CollapseWeight, "3.00", "2.00", "6.00")) {
				t.Errorf("%v, part %d: the linear block does not say W = 3.00·2.00 = 6.00", lang,
					part+1)
			}
			apply(t, m, SetActivation{Layer: 0, Act: core.Sigmoid{}})
			for _, win := range windows {
				s := pageScene(t, m, win)
				for _, l := range s.Labels {
					if strings.Contains(l.Text, "6.00·x") || strings.HasPrefix(l.Text, "W = ") {
						t.Errorf("%v, part %d, %v: with Sigmoid between the layers the board says %q",
							lang, part+1, win, l.Text)
					}
				}
				c := collapseOf(m)
				if !hasLabel(s, Say(CollapseGap, "Sigmoid", "2", Num(c.Gap))) &&
					!hasLabel(s, Say(CollapseGapShort, Num(c.Gap))) {
					t.Errorf("%v, part %d, %v: the board does not show the gap %s", lang, part+1,
						win, Num(c.Gap))
				}
				if !hasLabel(s, Say(CollapseNotLinear)) && !hasLabel(s, Say(CollapseNotLinearShort)) {
					t.Errorf("%v, part %d, %v: the board does not say the collapse does not hold",
						lang, part+1, win)
				}
			}
		}
	}
}

// TestCollapseChartShowsTheSlope checks that lesson 2's chart keeps its axes: the line of
// W = 6 rises twelve times as steeply on the canvas as that of W = 0.5.
func TestCollapseChartShowsTheSlope(t *testing.T) {
	slope := func(w1, w2 float64) float64 {
		m := openLesson(t, 2, 0)
		apply(t, m, SetWeight{Layer: 0, Value: w1}, SetWeight{Layer: 1, Value: w2})
		s := pageScene(t, m, windows[0])
		for _, p := range s.Sketch.Paths {
			if p.Color != FunctionInk {
				continue
			}
			// The steepest piece of the line: where the line meets the frame it may end.
			best := 0.0
			for k := 1; k < len(p.Points); k++ {
				a, b := p.Points[k-1], p.Points[k]
				if !b.Move && b.X != a.X {
					best = math.Max(best, math.Abs((b.Y-a.Y)/(b.X-a.X)))
				}
			}
			return best
		}
		t.Fatal("lesson 2's chart has no line of the two layers")
		return 0
	}
	gentle, steep := slope(1, 0.5), slope(2, 3)
	if ratio := steep / gentle; math.Abs(ratio-12) > 0.5 {
		t.Errorf("on the canvas W = 6 rises %.3g, W = 0.5 %.3g: %.3g times as steep, not 12",
			steep, gentle, ratio)
	}
}

// TestCollapseChartShowsBothLines checks that lesson 2's one layer, dashed, is drawn over
// the two layers' curve, which it equals: drawn under it, as it was, the learner saw one
// line where the legend names two.
func TestCollapseChartShowsBothLines(t *testing.T) {
	m := openLesson(t, 2, 0)
	apply(t, m, SetWeight{Layer: 0, Value: 2}, SetWeight{Layer: 1, Value: 3})
	s := pageScene(t, m, windows[0])
	two, one := -1, -1
	for i, p := range s.Sketch.Paths {
		switch p.Color {
		case FunctionInk:
			two = i
		case DerivativeInk:
			one = i
		}
	}
	if two < 0 || one < two {
		t.Fatalf("the two layers' curve is path %d, the one layer's %d: it must come after", two,
			one)
	}
	dashes := 0
	for _, q := range s.Sketch.Paths[one].Points {
		if q.Move {
			dashes++
		}
	}
	if dashes < 10 {
		t.Errorf("the one layer's line has %d dashes", dashes)
	}
}
