package play

import (
	"math"
	"strconv"
	"strings"

	"nnplay/core"
)

// The moves of the Step's update: each parameter's old and new value, on the selected
// unit's edges (scene_network.go's edgeLabel), its bias's beside it, and in a list the
// moves that show nowhere else on the canvas.

// moveForms returns the forms of a weight's label during the Step's update, longest
// first: "w 0.1234 → 0.1240", the same in two lines (for a hovered edge only: a move
// reads on one line), and in one line with two decimals or more ("w 0.12→0.13",
// briefMove); each names the weight and keeps the old value beside the new. ("0.145"
// over "→0.149", without the "w", said nothing of what moved; a bare "→ 0.1240" said
// nothing of the move.) A move no decimals show honestly reads as the new value and the
// move ("1.00 (+1.0e-12)"), and so does every move of its unit (moveDigits.change).
func moveForms(old, new float64, dg moveDigits) (full, folded, brief string) {
	o, n, ok := moveNumbers(old, new, dg)
	if !ok {
		c := Say(WeightLabel, moveChange(old, new))
		return c, "", c
	}
	return Say(WeightUpdateLabel, o, n), Say(WeightLabel, o) + "\n→ " + n,
		Say(WeightLabel, briefMove(old, new, dg.brief))
}

// moveDigits are the decimals of a unit's moves, in full and brief (moveForms): the most
// that any of its weights' and its bias's moves takes, so that they read alike ("b[0]
// 0.10000 → 0.10009" under "w[0][0] 0.0666 → 0.0670" looked like another kind of
// number: look9). The zero value is each move's own, the fewest: the list's last forms
// (listForms), where the deep stack's tiny moves took eight decimals in every entry and
// found no room on a phone. Where change is set, every move of the unit reads as the new
// value and the change (moveChange), as one of them must: "w[0][0] 0.09181286 →
// 0.09181285" above "w[0][1] 0.17 (+3.8e−09)" in one list read as two kinds of thing
// (look10), and the change says what is worth seeing in such a step, that it is tiny.
type moveDigits struct {
	full, brief int
	change      bool
}

// moveDigitsOf returns the decimals of unit u's moves in the Step's update, kept for
// the record and the unit: every edge label asks.
func (s *Scene) moveDigitsOf(m *Session, st stepState, u Unit) moveDigits {
	c := &s.digits
	if c.rec == st.rec && c.u == u && st.rec != nil {
		return c.dg
	}
	dg := moveDigits{full: 4, brief: 2}
	l := u.Level - 1
	in := m.Layer(l).Linear.In
	if w, ok := s.paramIndex(st, l, false); ok {
		old, new := st.rec.Old[w][u.Index*in:(u.Index+1)*in], st.rec.New[w][u.Index*in:]
		for j := range old {
			dg.add(old[j], new[j])
		}
	}
	if b, ok := s.paramIndex(st, l, true); ok && m.Layer(l).Linear.HasBias() {
		dg.add(st.rec.Old[b][u.Index], st.rec.New[b][u.Index])
	}
	*c = digitsKept{rec: st.rec, u: u, dg: dg}
	return dg
}

// add counts the move of a value from old to new into the unit's decimals.
func (dg *moveDigits) add(old, new float64) {
	dg.full, dg.brief = max(dg.full, moveNeed(old, new, 4)), max(dg.brief, moveNeed(old, new, 2))
	_, _, ok := moveNumbers(old, new, moveDigits{})
	dg.change = dg.change || !ok
}

// digitsKept is the unit's moveDigits for a record (moveDigitsOf).
type digitsKept struct {
	rec *StepRecord
	u   Unit
	dg  moveDigits
}

// moveNeed returns the decimals, least or more, that moveDecimals writes a move in; least
// for a move that no decimals show (moveChange's) or of a value of 100 or more, which
// takes its own.
func moveNeed(old, new float64, least int) int {
	o, _, ok := moveDecimals(old, new, least)
	if !ok || math.Max(math.Abs(old), math.Abs(new)) >= 100 {
		return least
	}
	return len(o) - strings.IndexByte(o, '.') - 1
}

// moveNumbers formats a weight's old and new values with four decimals (or dg.full), or
// as many more, up to eight, as it takes to show the move honestly (moveDecimals): a small
// step in a deep network moves a weight by less than 0.00005, and "0.4563 → 0.4563" said
// it stood still. A value of 100 or more takes one decimal or more ("1.0e+03 → 1.0e+03"
// said a weight of 1000 stood still); a value that is not finite reads as in Num. It
// reports false where no decimals show the move honestly (a move smaller than the eighth
// decimal, or of a value of 100,000 or more), or another move of its unit's cannot
// (dg.change): it reads as the new value and the change (moveChange).
func moveNumbers(old, new float64, dg moveDigits) (o, n string, ok bool) {
	if !core.IsFinite(old) || !core.IsFinite(new) {
		return Num(old), Num(new), true
	}
	if dg.change {
		return "", "", false
	}
	return moveDecimals(old, new, max(dg.full, 4))
}

// moveDecimals formats old and new with the fewest decimals, least or more (one or more
// for a value of 100 or more), at which the move is one unit of the last decimal or
// more and the two read apart: rounding then reads the move within half to twice its
// size ("0.067→0.066" read a move of 0.0001 as 0.001). It reports false where that
// takes more than eight decimals, or the values are 100,000 or more.
func moveDecimals(old, new float64, least int) (o, n string, ok bool) {
	big := math.Max(math.Abs(old), math.Abs(new))
	if big >= 1e5 {
		return "", "", false
	}
	if big >= 100 {
		least = 1
	}
	d := math.Abs(new - old)
	for k := least; k <= 8; k++ {
		o, n = strconv.FormatFloat(old, 'f', k, 64), strconv.FormatFloat(new, 'f', k, 64)
		// 0.999: 0.0666 - 0.0665 is 0.0000999... in float64.
		if d == 0 || (d >= 0.999*math.Pow10(-k) && o != n) {
			return o, n, true
		}
	}
	return "", "", false
}

// moveChange writes a move as the new value and the change, "1.00 (+1.0e-12)", where
// no decimals show it honestly (moveNumbers).
func moveChange(old, new float64) string {
	sign := "+"
	if new < old {
		sign = core.MinusSign
	}
	return Num(new) + " (" + sign + Num(math.Abs(new-old)) + ")"
}

// moveBias is the move of the selected unit's bias (text.move); weight j's is j+1.
const moveBias = -1

// movesList writes, during the Step's update, the move of the selected unit's bias beside
// it, and asks for the list of the moves that show nowhere else on the canvas (where the
// edges lack room: a crowded phone left out 180 of 320; or the bias's, where there is no
// room beside the unit): "w[i][j] old → new" a line, else with two or three decimals, else
// several moves a line ("w[i][0] old→new  [1] old→new"), in rows as wide as the network,
// else 90% of it, 80%, and so on to half (listForms, once the other texts are placed).
func (s *Scene) movesList(m *Session, st stepState) {
	u := m.Selected
	if u.Level == 0 || !st.showsUpdate() {
		return
	}
	l := u.Level - 1
	idx, ok := s.paramIndex(st, l, false)
	if !ok {
		return
	}
	rows := s.moveRowsOf(m, st, u, idx)
	// On a crowded phone it goes in the list: beside the unit it took the foot of the
	// network on a short phone, and the list found no room there.
	if r := rows[len(rows)-1]; r.move == moveBias && !s.crowded() {
		s.biasMove(u, r.full, r.short)
	}
	// In the network's pane off its edges, near the selected unit's column: above the
	// network or under it, whichever is nearer the unit, or beside the output unit; it may
	// take the gradient bars' room, whole bars only: the update is what the learner
	// watches now, and the bars come back with the next step. On a crowded phone, where
	// the network takes the canvas's width, it may lie on the edges too.
	nodes, sc := s.Geo.Nodes, s.Geo.Scale
	to, in, out := nodes[u.Level][u.Index], nodes[0][0], nodes[len(nodes)-1][0]
	top, foot := math.Inf(1), math.Inf(-1)
	for _, col := range nodes {
		top, foot = math.Min(top, col[0].Y), math.Max(foot, col[len(col)-1].Y+col[len(col)-1].H)
	}
	region, owner := s.Geo.Area, ownBars
	if !s.crowded() {
		owner = ownList
		s.block(Rect{X: in.X + in.W, Y: top, W: out.X - in.X - in.W, H: foot - top}, ownEdges)
		region = s.Geo.Net
		region.W += 16 * sc // the margin the loss box may take too
		// and the foot of the canvas under it: on a short phone (Net A at 375x667) the
		// moves of two decimals or more found no room over the bars without it.
		region.H = s.Geo.Area.Y + s.Geo.Area.H - region.Y
	}
	near := spot{to.X + to.W/2, foot, alignCenter}
	if to.Y+to.H/2-top < foot-(to.Y+to.H/2) {
		near.y = top - 2*s.Fonts.Face(Small).LineHeight
	}
	if u.Level == len(nodes)-1 {
		near = spot{to.X + to.W + 4*sc, to.Y, alignLeft}
	}
	t := s.write(Small, prioFocus, Ink, near.x, near.y, near.a).backdrop(3*sc, sc).
		ownedBy(owner).anywhere(region)
	t.list = true
	if !s.crowded() { // first within two columns of the unit's
		p := 2 * s.Geo.Pitch()
		t.near = Rect{X: math.Max(to.X-p, region.X), Y: region.Y, H: region.H}
		t.near.W = math.Min(to.X+to.W+p, region.X+region.W) - t.near.X
	}
}

// biasMove writes the move of unit u's bias under its numbers, else beside them or above.
func (s *Scene) biasMove(u Unit, full, short string) {
	for k, v := range s.Units {
		if v.Unit != u {
			continue
		}
		sc, lh := s.Geo.Scale, s.Fonts.Face(Small).LineHeight
		r, f := v.Rect, v.Frame.Rect
		y := r.Y + r.H/2 + lh
		s.write(Small, prioFocus, Ink, r.X+r.W/2, s.numbersTop(v)+2*lh, alignCenter, full, short).
			at(spot{f.X + f.W + 2*sc, y, alignLeft}, spot{f.X - 2*sc, y, alignRight},
				spot{r.X + r.W/2, f.Y - 2*sc - 3*lh, alignCenter}).
			ownedBy(k).backdrop(numberPad*sc, 0).move = moveBias
		return
	}
}

// showsMove reports whether a placed text shows move (text.move).
func (s *Scene) showsMove(move int) bool {
	for i := range s.texts {
		if s.texts[i].move == move && s.texts[i].ok {
			return true
		}
	}
	return false
}

// takeBars leaves out the gradient bars whose track box b covers, with their sizes: a
// text that takes the bars' room (the update's list of moves) takes a bar whole, not
// leaving a stub.
func (s *Scene) takeBars(b Rect) {
	bars := s.GradBars[:0]
	for _, g := range s.GradBars {
		if g.Track.Rect.Overlaps(b) {
			s.texts[g.text].ok = false
		} else {
			bars = append(bars, g)
		}
	}
	s.GradBars = bars
}

// moveTexts returns a parameter's move in full, "0.0666 → 0.0670" (moveNumbers), and
// short, "0.067→0.068" (briefMove); where no decimals show it honestly, both are the new
// value and the change (moveChange).
func moveTexts(old, new float64, dg moveDigits) (long, short string) {
	o, n, ok := moveNumbers(old, new, dg)
	if !ok {
		c := moveChange(old, new)
		return c, c
	}
	return o + " → " + n, briefMove(old, new, dg.brief)
}

// briefMove returns a move with two decimals (or least) or more, as moveDecimals writes
// them ("0.067→0.068"); moveNumbers has shown they exist.
func briefMove(old, new float64, least int) string {
	if !core.IsFinite(old) || !core.IsFinite(new) {
		return Num(old) + "→" + Num(new)
	}
	o, n, _ := moveDecimals(old, new, max(least, 2))
	return o + "→" + n
}
