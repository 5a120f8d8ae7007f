package play

import (
	"image/color"
	"math"
	"strconv"
	"strings"

	"nnplay/core"
)

// numberRoom is where the numbers of a level's units go, but for the selected and the
// hovered unit's: the same place for every unit of the level, so that a column reads
// alike from top to bottom.
type numberRoom int

const (
	roomUnder      numberRoom = iota // both lines under each unit
	roomUnderValue                   // the value under each unit, the second line dropped
	roomNone                         // no numbers: the selected unit shows its own
)

// numberRoom returns where the lines of level lv's units, from s.Units[first] on, fit:
// under each unit when the gap to the unit below holds them and they are no wider than
// the level's share of the width, else the value alone, else none. Never beside a unit:
// there they lie on the edges. On a phone the second line is left out, and the value too
// where columns crowd. It keeps each unit's column value (columnValues).
func (s *Scene) numberRoom(lv, first int) numberRoom {
	units := s.Units[first:]
	if lv == 0 || len(units) == 0 {
		for _, u := range units {
			s.columnValues = append(s.columnValues, u.Value) // an input's is its own
		}
		return roomUnder
	}
	sc, face := s.Geo.Scale, s.Fonts.Face(Small)
	lh := face.LineHeight
	r := units[0].Rect
	gapY := math.Inf(1)
	if len(units) > 1 {
		gapY = units[1].Rect.Y - (r.Y + r.H)
	}
	column := s.columnWidth(lv)
	if lv+1 == len(s.Geo.Nodes) && s.rooms[lv-1] == roomNone {
		// The output's line may take the room the level before leaves empty: the deep
		// stack's output showed no value at 1280x800, where Net A's and B's show theirs.
		column += s.columnWidth(lv) / 2
	}
	var wValue, wBoth float64
	for _, u := range units {
		value := s.columnValue(u, column)
		s.columnValues = append(s.columnValues, value)
		v := face.Width(value)
		wValue = math.Max(wValue, v)
		wBoth = max(wBoth, v, face.Width(u.Detail))
	}
	under := func(lines int, w float64) bool {
		return gapY >= s.numbersTop(units[0])-(r.Y+r.H)+2*sc+float64(lines)*lh &&
			w <= column
	}
	switch {
	case s.crowded():
		return roomNone
	case under(2, wBoth) && !s.Geo.Tabbed:
		return roomUnder
	case under(1, wValue):
		return roomUnderValue
	}
	return roomNone
}

// columnWidth returns the width of the text of a line of numbers under a unit of level
// lv (lv > 0): the level's share of the width, less a margin and the line's white box.
func (s *Scene) columnWidth(lv int) float64 {
	sc, x := s.Geo.Scale, s.Geo.Nodes[lv][0].X
	pitch := x - s.Geo.Nodes[lv-1][0].X
	if lv+1 < len(s.Geo.Nodes) {
		pitch = math.Min(pitch, s.Geo.Nodes[lv+1][0].X-x)
	}
	return pitch - 4*sc - 2*numberPad*sc
}

// columnValue returns unit u's value as its column shows it, where a line of numbers
// may be column wide: in full, else with its number in its shortest form (tighter),
// where it has one. One "a = 2.3e-03" too wide for the column left a whole layer
// without its values; in full it took the next column's room.
func (s *Scene) columnValue(u UnitView, column float64) string {
	if s.Fonts.Face(Small).Width(u.Value) > column {
		if t := tighter(u.Value, true); t != "" {
			return t
		}
	}
	return u.Value
}

// numberPad is the white, in CSS pixels, left and right of a unit's line of numbers:
// a line wider than its unit reaches into the edges between the columns, which stop
// short of it instead of running through its digits.
const numberPad = 2

// focused reports whether unit u's numbers show in full wherever its level's go: an
// input's, which name it, and the selected and the hovered unit's.
func (s *Scene) focused(m *Session, u UnitView) bool {
	return u.Unit.Level == 0 || u.Unit == m.Selected || m.Hover.unit() == u.Unit
}

// numberLines returns the lines of numbers unit k of s.Units shows, its value and its
// second line, given where its level's numbers go (rooms): "" for a line it leaves out.
// unitNumbers asks for them and keepNumbersRoom keeps their room under the unit from the
// blocks.
func (s *Scene) numberLines(m *Session, k int) (value, detail string) {
	u := &s.Units[k]
	switch room := s.rooms[u.Unit.Level]; {
	case s.focused(m, *u):
		return u.Value, u.Detail
	case room == roomUnder:
		return s.columnValues[k], u.Detail
	case room == roomUnderValue:
		return s.columnValues[k], ""
	}
	return "", ""
}

// unitNumbers asks for the lines of numbers of unit k of s.Units (numberLines): under it, else
// beside it. The selected and the hovered unit's come first and may also go above it or
// to its left; every other unit's value comes before any second line, which goes first
// when space is short. Each line lies on a white box (numberPad).
func (s *Scene) unitNumbers(m *Session, st stepState, k, own int) {
	u := s.Units[k]
	sc, lh := s.Geo.Scale, s.Fonts.Face(Small).LineHeight
	pad := numberPad * sc
	r, f := u.Rect, u.Frame.Rect
	below := spot{r.X + r.W/2, s.numbersTop(u), alignCenter}
	right := spot{f.X + f.W + 2*sc, r.Y + r.H/2 - lh, alignLeft}
	value, detail := s.numberLines(m, k)
	if u.Unit.Level == 0 { // an input is always named, as a title: "x1 = 1.50", else "x1"
		// Where it is too wide to centre under its unit, against the canvas's left side.
		// With no frame or bias square to clear, a pixel under it: at 780x800 the inputs
		// stand a line and a pixel apart, and two pixels under, it met the next input.
		// Else flush under its frame as drawn (a stroke centred on the edge): at 780x800
		// and on phones a line is all the room between that and the chip under it, and
		// a text keeps off the buttons (controls).
		below.y -= sc
		flush := spot{below.x, f.Y + f.H + u.Frame.Width/2, below.a}
		name, _, _ := strings.Cut(value, " =")
		// There, on a white box a pixel wide, the name stands level with its unit, clear of
		// it (its own, no more): "x1" between the edge and a phone's input column, where
		// no edge runs (under the unit, it stood level with the next input); fit keeps it
		// its margin from the edge. Else right of the unit.
		// The inputs' lines are one group (groupInputs), in one form: "x1=1.495" beside
		// "x2=-1.00" read as two kinds of number (900x500). Where its line is not placed,
		// its name at the canvas's side or its line to the right of the unit stands in for
		// it (inputAlts), written once the group is.
		l := &s.inputLines[u.Unit.Index]
		s.write(Small, prioFocus, Ink, below.x, below.y, below.a, value, l.closed, l.short, name).
			at(flush).ownedBy(own).backdrop(pad, 0).group = groupInputs
		s.inputTexts = append(s.inputTexts, len(s.texts)-1)
		return
	}
	if !s.focused(m, u) {
		if value == "" {
			return
		}
		s.write(Small, prioValue, Ink, below.x, below.y, below.a, value).ownedBy(own).
			backdrop(pad, 0)
		if detail != "" { // only under its value: alone, it read as the value, a line low
			with := len(s.texts)
			s.write(Small, prioDetail, SoftInk, below.x, below.y+lh, below.a, detail).
				ownedBy(own).backdrop(pad, 0).with = with
		}
		return
	}
	above := spot{below.x, f.Y - 2*sc - 2*lh, alignCenter}
	left := spot{f.X - 2*sc, right.y, alignRight}
	down := func(p spot) spot { return spot{p.x, p.y + lh, p.a} }
	// The second line may go under the first wherever that goes, above the unit too. The
	// value may go a line low beside the unit: at 900x500 the deep stack's output unit had
	// the f(z) view's title to its right, edges' weights to its left and above it.
	lines := [2]struct {
		c    color.RGBA
		text string
		at   []spot
	}{{Ink, value, []spot{below, right, left, above, down(above), down(right), down(left)}},
		{SoftInk, detail, []spot{down(below), down(right), down(left), above, down(above), right,
			left}}}
	// On a crowded phone in the Step's update, the list of the unit's moves needs the foot
	// of the network: its lines go beside it first, and the second never under it.
	update := u.Unit == m.Selected && s.Geo.Tabbed && st.showsUpdate()
	if update && s.crowded() {
		lines[0].at = []spot{right, left, above, below}
		lines[1].at = []spot{down(right), down(left), above}
	}
	value1 := len(s.texts) + 1 // 1 + the index of the value's text, which the second follows
	detail1 := 0               // and of the second's
	for i, l := range lines {
		// In the update on a phone, where numbers crowd, always with its name: a bare
		// "-0.05" beside the unit said nothing of what it was. Elsewhere a bare number
		// where the line fits nowhere.
		p, forms := l.at[0], []string{l.text, numberOf(l.text)}
		switch {
		case update:
			forms[1] = closedUp(l.text)
		case i == 1: // under its value a bare "0.10" read as another value (look15)
			forms = []string{l.text, closedUp(l.text), forms[1]}
		}
		after := 0
		if i == 1 { // the second line, as under any other unit, reads after the value
			after, detail1 = value1, len(s.texts)+1
		}
		s.write(Small, prioFocus, l.c, p.x, p.y, p.a, forms...).
			at(l.at[1:]...).ownedBy(own).backdrop(pad, 0).after = after
		// Where neither fits, as between a phone's columns, the number in its shortest
		// form on a white box no wider than its digits (named, in the update).
		if tight := tighter(l.text, update); tight != "" {
			alt := len(s.texts) // 1 + the index of the line's text
			t := s.write(Small, prioFocus, l.c, p.x, p.y, p.a, tight).at(l.at[1:]...).
				ownedBy(own).backdrop(0, 0)
			t.alt, t.after = alt, after
		}
	}
	if detail != "" {
		s.texts[value1-1].leads = detail1
	}
}

// keepNumbersRoom keeps the room under every unit where its numbers go (numberLines)
// from what is placed before them: the blocks (the loss box), the list of moves and the
// labels of the selected unit's edges, but a focused unit's room binds no edge's label
// (place_room.go's obstacle says why). A column of values reads alike from top to bottom,
// with none hidden under the loss box or an edge's weight: kept only once the loss box
// showed, at rest and in the forward pass Net B's "w 0.25" took layer 1 unit 1's
// "a = 0.86" at 1280x800 (look10). The hovered edge's label may take it.
func (s *Scene) keepNumbersRoom(m *Session) {
	sc, face := s.Geo.Scale, s.Fonts.Face(Small)
	first := 0
	for _, col := range s.Geo.Nodes {
		units := s.Units[first : first+len(col)]
		for i, u := range units {
			value, detail := s.numberLines(m, first+i)
			if value == "" {
				continue
			}
			lines, w := 1.0, face.Width(value)
			if detail != "" {
				lines, w = 2, math.Max(w, face.Width(detail))
			}
			w += 2 * numberPad * sc
			s.keepRoom(Rect{X: u.Rect.X + (u.Rect.W-w)/2, Y: s.numbersTop(u), W: w,
				H: lines * face.LineHeight}, first+i, s.focused(m, u))
		}
		first += len(col)
	}
}

// numbersTop returns the top of the lines of numbers under unit u: under its frame and its
// bias square, whose corner the lines' white boxes would hide.
func (s *Scene) numbersTop(u UnitView) float64 {
	sc := s.Geo.Scale
	top := u.Frame.Rect.Y + u.Frame.Rect.H + 2*sc
	if u.HasBias {
		top = math.Max(top, u.Bias.Rect.Y+u.Bias.Rect.H+sc)
	}
	return top
}

// numberOf returns the number a line such as "a = 0.73" ends with.
func numberOf(line string) string {
	if _, num, ok := strings.Cut(line, "= "); ok {
		return num
	}
	return ""
}

// tighter returns a line with the number it ends with in its shortest form (tightNum),
// where that is shorter than the number: between a phone's columns "-1.2e-03" had no
// room. Where named is false, the number alone.
func tighter(line string, named bool) string {
	n := numberOf(line)
	t := tightNum(n)
	switch {
	case t == n:
		return ""
	case named:
		return line[:len(line)-len(n)] + t
	}
	return t
}

// tightNum returns the shortest form of a number Num wrote: where Num writes an exponent,
// one significant figure with the exponent as Num writes it ("-1.2e-03" is "-1e-03",
// "1.2e+03" is "1e+03": "-8e-3" beside Num's "-8.9e-03" read as two notations); else the
// number as it is.
func tightNum(n string) string {
	if !strings.Contains(n, "e") {
		return n
	}
	v, err := strconv.ParseFloat(n, 64)
	if err != nil {
		return n // a word, such as Num's for an overflow
	}
	return strconv.FormatFloat(v, 'e', 0, 64)
}

// crowded reports whether the canvas is a phone's and the network's columns stand
// closer than a unit's value is wide: there, only the selected unit's numbers show.
func (s *Scene) crowded() bool {
	n := s.Geo.Nodes
	if !s.Geo.Tabbed || len(n) < 2 || len(n[0]) == 0 || len(n[1]) == 0 {
		return false
	}
	return s.Geo.Pitch() < s.Fonts.Face(Small).Width("a = -0.00")+6*s.Geo.Scale
}

// closedUp is a named number without the spaces around its "=": "a=-0.06", "x2=-1.00".
func closedUp(text string) string { return strings.ReplaceAll(text, " = ", "=") }

// inputLine is input i's value as its unit shows it, in full ("x2 = -0.998"), closed
// up ("x2=-0.998") and, where three decimals find no room (900x500), to two ("x2=-1.00"),
// made again only when its feature or its value changes: an input's value moves with
// the input point, not every frame. The line has no words, and its
// value is finite (SetInput's limit), so it reads the same in every language.
type inputLine struct {
	f                    core.Feature
	x                    float64
	value, closed, short string
}

// groupInputs is the group of the inputs' lines (place.go).
const groupInputs = 2

// inputAlts asks, for each input's line (inputTexts), for what stands in for it where it
// is not placed: its name at the canvas's side, level with its unit, else its line to the
// right of the unit.
func (s *Scene) inputAlts() {
	sc, lh := s.Geo.Scale, s.Fonts.Face(Small).LineHeight
	pad := numberPad * sc
	for k, i := range s.inputTexts {
		u := s.Units[k]
		r, f := u.Rect, u.Frame.Rect
		forms := s.formsOf(&s.texts[i])
		value, name := forms[0], forms[len(forms)-1]
		own := s.texts[i].owner
		s.write(Small, prioFocus, Ink, s.Geo.Area.X, r.Y+(r.H-lh)/2, alignLeft, name).
			backdrop(sc, 0).alt = i + 1
		alt := len(s.texts)
		s.write(Small, prioFocus, Ink, f.X+f.W+2*sc, r.Y+r.H/2-lh, alignLeft, value, name).
			ownedBy(own).backdrop(pad, 0).alt = alt
	}
}

// inputLine returns input i's line for feature f at value x.
func (s *Scene) inputLine(f core.Feature, i int, x float64) *inputLine {
	for len(s.inputLines) <= i {
		s.inputLines = append(s.inputLines, inputLine{f: -1})
	}
	l := &s.inputLines[i]
	if l.f != f || l.x != x {
		value := Say(FeatureLine, FeatureLabel(f), coordNum(x, inputDigits))
		*l = inputLine{f: f, x: x, value: value, closed: closedUp(value),
			short: closedUp(Say(FeatureLine, FeatureLabel(f), Num(x)))}
	}
	return l
}
