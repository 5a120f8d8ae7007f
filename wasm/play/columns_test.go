package play

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"nnplay/core"
)

// labelMargin is the room, in CSS pixels, a text of the network keeps from the units of
// the columns it does not belong to and from the edges it is not drawn on.
const labelMargin = 3

// checkLossBoxClear reports a loss box that comes nearer than labelMargin to a unit, its
// frame or its bias square: the box belongs to no column, and covers nothing of one.
// (On a phone with 6 hidden layers it touched the bias square of the unit above it.)
func checkLossBoxClear(t *testing.T, where string, s *Scene) {
	t.Helper()
	if !s.LossBox.Shown {
		return
	}
	// Its frame is drawn before the white boxes under the texts: none may hide a side.
	f := s.LossBox.Frame
	h := f.Width / 2
	sides := []Rect{{f.X - h, f.Y - h, f.W + f.Width, f.Width},
		{f.X - h, f.Y + f.H - h, f.W + f.Width, f.Width},
		{f.X - h, f.Y - h, f.Width, f.H + f.Width}, {f.X + f.W - h, f.Y - h, f.Width, f.H + f.Width}}
	for _, side := range sides {
		for _, d := range s.Backdrops {
			if clash(side, d) {
				t.Errorf("%s: a white box at %+v hides the loss box's frame at %+v", where, d, side)
				break
			}
		}
	}
	m := labelMargin * s.Geo.Scale
	b := s.LossBox.Frame.Rect
	near := Rect{b.X - m, b.Y - m, b.W + 2*m, b.H + 2*m}
	for _, u := range s.Units {
		parts := []Rect{u.Rect, u.Frame.Rect}
		if u.HasBias {
			parts = append(parts, u.Bias.Rect)
		}
		for _, r := range parts {
			if near.Overlaps(r) {
				t.Errorf("%s: the loss box at %+v comes within %g of unit %v at %+v", where,
					b, m, u.Unit, r)
				break
			}
		}
	}
}

// checkColumnsRead reports a loss box or an edge's label that lies where a unit's
// numbers go, in a column that has room for them under its units: a column reads alike
// from top to bottom, and the box and the labels, placed before the numbers, would hide
// one. (On a phone at the update phase with 2 hidden layers in Korean, the loss box took
// the place of layer 2 unit 2's "a ="; at 1280x800, at rest and in the forward pass,
// Net B's "w 0.25" took layer 1 unit 1's "a = 0.86": look10.) The hovered edge's label
// may take it: the learner asked for it.
func checkColumnsRead(t *testing.T, where string, s *Scene) {
	t.Helper()
	type cover struct {
		name string
		r    Rect
	}
	var covers []cover
	if s.LossBox.Shown {
		covers = append(covers, cover{"the loss box", s.LossBox.Frame.Rect})
	}
	for i := range s.texts {
		if tx := &s.texts[i]; tx.ok && tx.owner == ownEdgeText {
			covers = append(covers, cover{fmt.Sprintf("the edge label %q",
				s.formsOf(tx)[tx.form]), tx.box})
		}
	}
	face := s.Fonts.Face(Small)
	k := 0
	for lv, col := range s.Geo.Nodes {
		units := s.Units[k : k+len(col)]
		k += len(col)
		room := s.rooms[lv] // where the scene put them
		if lv == 0 || room == roomNone {
			continue
		}
		for _, u := range units {
			w, lines := face.Width(u.Value), 1.0
			if room == roomUnder && u.Detail != "" {
				w, lines = max(w, face.Width(u.Detail)), 2
			}
			w += 2 * numberPad * s.Geo.Scale
			slot := Rect{u.Rect.X + (u.Rect.W-w)/2, s.numbersTop(u), w, lines * face.LineHeight}
			for _, c := range covers {
				if clash(slot, c.r) {
					t.Errorf("%s: %s at %+v hides unit %v's %q at %+v", where, c.name, c.r,
						u.Unit, u.Value, slot)
				}
			}
		}
	}
}

// columnsSession is free play with the given number of hidden layers (4 units, then 2
// each), of activation act (nil for the default), and unit u selected.
func columnsSession(t *testing.T, hidden int, act core.Activation, u Unit) *Session {
	t.Helper()
	m := NewSession()
	mustApply(t, m, SetHiddenLayers{N: hidden})
	for l := 0; act != nil && l < hidden; l++ {
		mustApply(t, m, SetActivation{Layer: l, Act: act})
	}
	if m.valid(u) && u.Level > 0 {
		mustApply(t, m, Select{Unit: u})
	}
	return m
}

// checkMargins reports a text of the network that comes nearer than labelMargin to a
// unit of a column it does not belong to, or, drawn without a white box under it, to an
// edge, beyond its own column: a text belongs to the column whose units span its
// centre, if any (a unit's numbers and badges, an input's name); the edges' own texts
// lie between the columns, on their white boxes.
func checkMargins(t *testing.T, where string, s *Scene) {
	t.Helper()
	if len(s.Units) == 0 {
		return
	}
	m := labelMargin * s.Geo.Scale
	top := s.Geo.Nodes[0][0].Y
	for _, col := range s.Geo.Nodes {
		for _, r := range col {
			top = min(top, r.Y)
		}
	}
	bars := s.Geo.Net.Y + s.Geo.Net.H - s.Geo.Bars
	for _, l := range s.Labels {
		cx, cy := l.Box.Center()
		if !s.Geo.Net.Contains(cx, cy) || cy < top || cy > bars {
			continue // a title, the legends, the gradient bars' sizes
		}
		own := -1
		for lv, col := range s.Geo.Nodes {
			if len(col) > 0 && cx >= col[0].X && cx <= col[0].X+col[0].W {
				own = lv
			}
		}
		near := Rect{l.Box.X - m, l.Box.Y - m, l.Box.W + 2*m, l.Box.H + 2*m}
		for _, u := range s.Units {
			if u.Unit.Level != own && near.Overlaps(u.Rect) {
				t.Errorf("%s: %q at %+v comes within %g of unit %v at %+v", where, l.Text,
					l.Box, m, u.Unit, u.Rect)
			}
		}
		if own < 0 || backed(s, Rect{l.Box.X - 2*s.Geo.Scale, l.Box.Y, l.Box.W + 4*s.Geo.Scale,
			l.Box.H}) {
			continue // the edges stop short of its white box
		}
		c := s.Geo.Nodes[own][0]
		for _, part := range outside(l.Box, c.X, c.X+c.W) {
			part = Rect{part.X - m, part.Y - m, part.W + 2*m, part.H + 2*m}
			for _, e := range s.Edges {
				if segmentMeets(e.Line, part) {
					t.Errorf("%s: %q at %+v comes within %g of the edge %d/%d←%d", where,
						l.Text, l.Box, m, e.Layer, e.Unit, e.In)
					break
				}
			}
		}
	}
}

// backed reports whether a text's box lies on one of the scene's white boxes.
func backed(s *Scene, b Rect) bool {
	for _, d := range s.Backdrops {
		if within(b, d) {
			return true
		}
	}
	return false
}

// outside returns the parts of b left of x0 and right of x1.
func outside(b Rect, x0, x1 float64) []Rect {
	var parts []Rect
	if b.X < x0 {
		parts = append(parts, Rect{b.X, b.Y, math.Min(x0, b.X+b.W) - b.X, b.H})
	}
	if b.X+b.W > x1 {
		x := math.Max(x1, b.X)
		parts = append(parts, Rect{x, b.Y, b.X + b.W - x, b.H})
	}
	return parts
}

// segmentMeets reports whether line l, as wide as it is drawn, passes through r: r is
// grown by half the line's width and the segment clipped to it (Liang-Barsky).
func segmentMeets(l Line, r Rect) bool {
	h := l.Width / 2
	x0, y0, x1, y1 := r.X-h, r.Y-h, r.X+r.W+h, r.Y+r.H+h
	dx, dy := l.X1-l.X0, l.Y1-l.Y0
	lo, hi := 0.0, 1.0
	for _, c := range [4][2]float64{{-dx, l.X0 - x0}, {dx, x1 - l.X0}, {-dy, l.Y0 - y0},
		{dy, y1 - l.Y0}} {
		p, q := c[0], c[1]
		if p == 0 {
			if q < 0 {
				return false
			}
			continue
		}
		t := q / p
		if p < 0 {
			lo = math.Max(lo, t)
		} else {
			hi = math.Min(hi, t)
		}
	}
	return lo <= hi
}

// checkBadgesShown reports a unit that is dead, saturated or leaky without its badge: a
// badge outside its unit kept clear of its own unit too, and was left out.
func checkBadgesShown(t *testing.T, where string, m *Session, s *Scene) {
	t.Helper()
	want, got := 0, 0
	k := len(s.Geo.Nodes[0])
	for _, ld := range m.Diag.Layers {
		for i := range ld.Dead {
			u := s.Units[k]
			k++
			if u.Dead || u.Saturated >= 0.05 || ld.LeakyFraction[i] >= 0.05 {
				want++
			}
		}
	}
	for _, l := range s.Labels {
		if l.Text == Say(DeadBadge) || l.Text == Say(DeadBadgeShort) || strings.HasSuffix(l.Text, "%") ||
			l.Color == SaturatedInk && l.Text == Say(SaturatedBadgeWord) ||
			l.Color == LeakyInk && l.Text == Say(LeakyBadgeWord) {
			got++
		}
	}
	if got != want {
		t.Errorf("%s: %d units wear a badge, %d badges show", where, want, got)
	}
}
