package play

import (
	"fmt"
	"math"
	"runtime"
	"strings"
	"testing"

	"nnplay/core"
)

// TestEveryShapeLaysOut lays out networks of 0 to 8 hidden layers of 1, 3, 5 or 8 units,
// fed two or all seven features, with the default activation, Leaky ReLU and ReLU, at
// 1280×800 and on a phone, and checks the texts as TestLabelsNeverOverlap does, and
// that no column's units, chips or labels run into another column's (with 8 hidden
// layers layer 1 covered x1's label and the chips). Under Node (wasm) it lays out every
// fifth shape: the layout is the same Go arithmetic there, which the native run checks
// on every shape, and 5, prime to the six activation and feature cases of each count of
// layers and units, still gives each count of layers and of units several of them.
func TestEveryShapeLaysOut(t *testing.T) {
	wins := []window{{1280, 800, 1}, {390, 844, 1}}
	every := 1
	if runtime.GOARCH == "wasm" {
		every = 5
	}
	shape := 0
	for hidden := 0; hidden <= 8; hidden++ {
		for _, units := range []int{1, 3, 5, 8} {
			if hidden == 0 && units > 1 {
				continue
			}
			for _, all := range []bool{false, true} {
				for _, act := range shapeActs {
					if shape++; (shape-1)%every != 0 {
						continue
					}
					m := NewSession()
					mustApply(t, m, SetHiddenLayers{N: hidden})
					for l := 1; l <= hidden; l++ {
						mustApply(t, m, SetUnits{Level: l, N: units})
					}
					for l := 0; act != nil && l < hidden; l++ {
						mustApply(t, m, SetActivation{Layer: l, Act: act})
					}
					if all {
						for f := range featureKeys {
							m.Apply(SetFeature{Feature: core.Feature(f), On: true})
						}
					}
					for _, win := range wins {
						where := fmt.Sprintf("%d hidden × %d units, %v, all features %v, %v",
							hidden, units, act, all, win)
						s := pageScene(t, m, win)
						checkLayout(t, where, s)
						checkEssentials(t, where, m, s)
						checkColumns(t, where, s)
						checkUnitLines(t, where, m, s)
					}
				}
			}
		}
	}
}

// shapeActs are the hidden layers' activations TestEveryShapeLaysOut tries: the
// default, and the two whose units wear badges most (leaky, dead).
var shapeActs = []core.Activation{nil, core.LeakyReLU{NegativeSlope: 0.01}, core.ReLU{}}

// checkBadges reports a unit's badge (dead, saturated, leaky) that covers a unit other
// than its own, or runs out of its own unit over the units and edges around it (with 8
// hidden layers, "leaky 45%" was wider than its unit and hid it and its neighbours'
// edges), or covers a unit's input point ("dead" sat on it).
func checkBadges(t *testing.T, where string, s *Scene) {
	t.Helper()
	leaky := strings.TrimSuffix(Say(LeakyBadge, ""), "%")
	sat := strings.TrimSuffix(Say(SaturatedBadge, ""), "%")
	for _, l := range s.Labels {
		dead := l.Text == Say(DeadBadge) || l.Text == Say(DeadBadgeShort)
		if !dead && !(strings.HasSuffix(l.Text, "%") &&
			(strings.HasPrefix(l.Text, leaky) || strings.HasPrefix(l.Text, sat))) {
			continue
		}
		for _, u := range s.Units {
			if clash(l.Box, u.Rect) && !within(l.Box, u.Rect) {
				t.Errorf("%s: badge %q at %+v covers unit %v at %+v", where, l.Text, l.Box,
					u.Unit, u.Rect)
			}
			if d := u.Dot; clash(l.Box, Rect{X: d.X - d.R - d.Width/2, Y: d.Y - d.R - d.Width/2,
				W: 2*d.R + d.Width, H: 2*d.R + d.Width}) {
				t.Errorf("%s: badge %q at %+v covers unit %v's input point at (%.1f, %.1f)",
					where, l.Text, l.Box, u.Unit, d.X, d.Y)
			}
		}
	}
}

// TestBadgesKeepOffTheInputPoint trains ReLU and Tanh networks of 1 to 3 hidden layers,
// whose units wear "dead" and "sat 12%", moves the input point over a grid of the plane
// and checks, in every window, that no badge covers a unit's input point (checkBadges):
// "dead" sat in the middle of its unit, over the point's dot.
func TestBadgesKeepOffTheInputPoint(t *testing.T) {
	for hidden := 1; hidden <= 3; hidden++ {
		for _, act := range []core.Activation{nil, core.ReLU{}} {
			m := columnsSession(t, hidden, act, Unit{1, 0})
			mustApply(t, m, SetLR{LR: 1})
			train(m, 30)
			for x1 := -InputLimit; x1 <= InputLimit; x1 += InputLimit / 2 {
				for x2 := -InputLimit; x2 <= InputLimit; x2 += InputLimit / 2 {
					mustApply(t, m, SetInput{X1: x1, X2: x2})
					for _, win := range append(windows, window{1024, 768, 1}) {
						where := fmt.Sprintf("%d hidden, %v, input (%g, %g), %v", hidden, act,
							x1, x2, win)
						checkBadges(t, where, pageScene(t, m, win))
					}
				}
			}
		}
	}
}

// checkColumns reports a unit, chip or label of one column that reaches into the span of
// the units of another column.
func checkColumns(t *testing.T, where string, s *Scene) {
	t.Helper()
	spans := make([][2]float64, len(s.Geo.Nodes))
	for lv, col := range s.Geo.Nodes {
		spans[lv] = [2]float64{1e9, -1e9}
		for _, r := range col {
			spans[lv][0] = min(spans[lv][0], r.X)
			spans[lv][1] = max(spans[lv][1], r.X+r.W)
		}
	}
	for lv := 1; lv < len(spans); lv++ {
		if spans[lv][0] < spans[lv-1][1] {
			t.Errorf("%s: the units of level %d overlap those of level %d", where, lv, lv-1)
		}
	}
	for f, c := range s.Geo.Chips {
		if c.W > 0 && len(spans) > 1 && c.X+c.W > spans[1][0] {
			t.Errorf("%s: chip %d reaches into level 1", where, f)
		}
	}
}

// checkUnitLines reports an input unit whose feature is not named, a line of numbers of
// an unselected unit that is not in its full form ("a = 0.12") under or beside its unit,
// and a column whose units have their numbers some under, some beside: with 8 units,
// some showed "a = …" under the unit, some a bare number, some beside it.
func checkUnitLines(t *testing.T, where string, m *Session, s *Scene) {
	t.Helper()
	for i, f := range m.Features {
		name := FeatureLabel(f)
		found := false
		for _, l := range s.Labels {
			if l.Text == name || strings.HasPrefix(l.Text, name+" ") ||
				strings.HasPrefix(l.Text, name+"=") { // closed up: "x1=1.50"
				found = true
			}
		}
		if !found {
			t.Errorf("%s: input %d (%s) is not named", where, i, name)
		}
	}
	placedAt := map[Unit]string{} // "under" or "beside" its unit
	bars := s.Geo.Net.Y + s.Geo.Net.H - s.Geo.Bars
	for _, l := range s.Labels {
		lx, ly := l.Box.Center()
		if ly > bars || !s.Geo.Net.Contains(lx, ly) { // the bars' sizes, the other views
			continue
		}
		attached := false
		for _, u := range s.Units {
			r := u.Frame.Rect
			own := l.Text == u.Value || l.Text == u.Detail || u.Unit == m.Selected &&
				(l.Text == numberOf(u.Value) || l.Text == numberOf(u.Detail)) // its short form
			if !own || u.Unit.Level == 0 {
				continue
			}
			switch {
			case math.Abs(lx-(r.X+r.W/2)) <= 1 && l.Box.Y >= r.Y+r.H-0.01 &&
				l.Box.Y < r.Y+r.H+3*l.Box.H:
				placedAt[u.Unit] += "under "
				attached = true
			case l.Box.X >= r.X+r.W && l.Box.X < r.X+r.W+8 && ly > r.Y-l.Box.H &&
				ly < r.Y+r.H+l.Box.H:
				placedAt[u.Unit] += "beside "
				attached = true
			}
		}
		if attached {
			continue
		}
		var near *UnitView
		best := math.Inf(1)
		for k := range s.Units {
			ux, uy := s.Units[k].Rect.Center()
			if d := math.Hypot(lx-ux, ly-uy); d < best {
				best, near = d, &s.Units[k]
			}
		}
		if near == nil || near.Unit.Level == 0 || near.Unit == m.Selected || onEdge(s, l) {
			continue
		}
		if l.Text == near.Value || l.Text == near.Detail || l.Text == numberOf(near.Value) ||
			l.Text == numberOf(near.Detail) {
			t.Errorf("%s: unit %v's %q at %+v, neither in full under nor beside it", where,
				near.Unit, l.Text, l.Box)
		}
	}
	for lv := 1; lv < len(s.Geo.Nodes); lv++ {
		seen := map[string]bool{}
		for i := range s.Geo.Nodes[lv] {
			u := Unit{Level: lv, Index: i}
			if p := placedAt[u]; p != "" && u != m.Selected && m.Hover.unit() != u {
				seen[strings.Fields(p)[0]] = true
			}
		}
		if len(seen) > 1 {
			t.Errorf("%s: level %d's numbers go under some units and beside others", where, lv)
		}
	}
}

// onEdge reports whether label l is an edge's: a weight "0.30" beside a unit whose value
// reads "a = 0.30" is not that value out of its place.
func onEdge(s *Scene, l Label) bool {
	for i := range s.texts {
		if t := &s.texts[i]; t.ok && edgeText(t) && within(l.Box, t.box) {
			return true
		}
	}
	return false
}

func mustApply(t *testing.T, m *Session, c Command) {
	t.Helper()
	if err := m.Apply(c); err != nil {
		t.Fatalf("%#v: %v", c, err)
	}
}
