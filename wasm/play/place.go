package play

import (
	"image/color"
	"math"
	"strings"
)

// Texts are laid out last, all together: each part of the scene asks for its texts
// with a priority, shorter forms and other places they may go, and place puts them in
// order of priority where they fit: inside the canvas area, clear of every text placed
// before and of every unit, plot and bar they do not belong to. A text that fits
// nowhere, in none of its forms, is left out: the secondary texts go first when space
// is short, and the selected unit's and the hovered edge's come first.

// Priorities, most important first.
const (
	prioChrome  = iota // the phone's tabs
	prioTitle          // column and view titles
	prioBlock          // the loss box and the banner
	prioFocus          // the selected or hovered unit's numbers, the hovered edge, its weights
	prioReadout        // the activation view's readout, axis labels, badges
	prioValue          // every unit's value
	prioDetail         // every unit's second line, the gradient bars' sizes
	prioLegend         // legends and captions
)

// text is one text, or a block of lines, to place: its forms (each a text whose lines
// are separated by "\n"), longest first, and the spots it may go, best first, kept in
// the scene's pools so that a frame's texts reuse the last frame's memory.
type text struct {
	scene  *Scene
	size   FontSize
	prio   int
	color  color.RGBA
	forms  [2]int  // its forms are scene.formPool[forms[0]:forms[1]]
	spots  [2]int  // its spots are scene.spotPool[spots[0]:spots[1]]
	padX   float64 // room around the text, inside its box
	padY   float64
	white  bool    // the box is drawn white under the text: a backdrop
	frame  float64 // the width of the frame drawn on the box, which the white box leaves
	owner  int     // the obstacle it may cover (ownNone for none)
	search bool    // when no spot fits, look for room anywhere in the region
	region Rect    // where search looks
	near   Rect    // where search looks first, in every form, when not empty
	group  int     // texts of one group (not 0), written together, share a form
	move   int     // the move of the Step's update it shows (moveBias, j+1 for w[i][j]), 0: none
	list   bool    // the list of the moves that no other text shows (listForms)
	alt    int     // 1 + the index of the text this one stands for where that is not placed
	// After place: whether it was placed, where (the backdrop's box) and its form.
	ok   bool
	box  Rect
	form int
}

// spot is a place for a text: x is its left, centre or right end as a says, y its top.
type spot struct {
	x, y float64
	a    align
}

// ownNone owns nothing: the text may cover no unit, plot or bar. Nor may ownEdgeText,
// an edge's weight, which also keeps the clearance from every unit, nor ownBlock, a block
// such as the loss box, which keeps the clearance too and leaves the units' numbers the
// room kept for them (ownEdges and ownList: scene_moves.go).
const (
	ownNone     = -1
	ownEdgeText = -20 // apart from the other owners (scene.go, canvas_controls.go)
	ownBlock    = -21
)

// clearance is the room, in CSS pixels, a text keeps from the units of the network's
// columns it does not belong to: a unit's numbers from the next column's units, a
// weight from the units at either end of its edge.
const clearance = 3

// obstacle is a region texts must leave alone unless they belong to it; room kept for a
// unit's numbers binds only the blocks, which are placed before the numbers.
type obstacle struct {
	r     Rect
	owner int
	room  bool
}

// write asks for a text at (x, y) aligned by a, in its forms (the text, then shorter
// ones; an empty form is skipped). It returns the request, to add spots, a backdrop or
// an owner before the next write.
func (s *Scene) write(size FontSize, prio int, c color.RGBA, x, y float64, a align,
	forms ...string) *text {
	f0, p0 := len(s.formPool), len(s.spotPool)
	s.formPool = append(s.formPool, forms...)
	s.spotPool = append(s.spotPool, spot{x, y, a})
	s.texts = append(s.texts, text{scene: s, size: size, prio: prio, color: c, owner: ownNone,
		forms: [2]int{f0, len(s.formPool)}, spots: [2]int{p0, len(s.spotPool)}})
	return &s.texts[len(s.texts)-1]
}

// at adds other spots the text may go, tried in order after the first. It must follow
// the text's write at once.
func (t *text) at(spots ...spot) *text {
	s := t.scene
	s.spotPool = append(s.spotPool, spots...)
	t.spots[1] = len(s.spotPool)
	return t
}

// formsOf returns t's forms and spotsOf its spots.
func (s *Scene) formsOf(t *text) []string { return s.formPool[t.forms[0]:t.forms[1]] }
func (s *Scene) spotsOf(t *text) []spot   { return s.spotPool[t.spots[0]:t.spots[1]] }

// pad makes the text's box padX and padY larger on each side: room for a frame.
func (t *text) pad(padX, padY float64) *text {
	t.padX, t.padY = padX, padY
	return t
}

// backdrop gives the text a white box padX and padY larger on each side.
func (t *text) backdrop(padX, padY float64) *text {
	t.white = true
	return t.pad(padX, padY)
}

// framed says a frame w wide is drawn just inside the text's box: its white box keeps
// inside the frame, since the white boxes are drawn after the frames.
func (t *text) framed(w float64) *text {
	t.frame = w
	return t
}

// ownedBy lets the text cover obstacle id: its unit, its plot.
func (t *text) ownedBy(id int) *text {
	t.owner = id
	return t
}

// anywhere lets the text look for room anywhere in r when none of its spots fits.
func (t *text) anywhere(r Rect) *text {
	t.search, t.region = true, r
	return t
}

// measure returns the size of form f of t, lines and backdrop included.
func (s *Scene) measure(t *text, f string) (w, h float64) {
	face := s.Fonts.Face(t.size)
	lines := 0
	for line := range strings.SplitSeq(f, "\n") {
		w = math.Max(w, face.Width(line))
		lines++
	}
	return w + 2*t.padX, float64(lines)*face.LineHeight + 2*t.padY
}

// boxAt returns the box of a w x h text at spot p.
func boxAt(p spot, w, h float64) Rect {
	x := p.x
	switch p.a {
	case alignCenter:
		x -= w / 2
	case alignRight:
		x -= w
	}
	return Rect{X: x, Y: p.y, W: w, H: h}
}

// place lays out every text asked for, in order of priority, and writes the placed
// ones into Labels and their backdrops into Backdrops.
func (s *Scene) place() {
	order := s.order[:0]
	for i := range s.texts {
		order = append(order, i)
	}
	// A stable insertion sort: few texts, mostly in order already.
	for i := 1; i < len(order); i++ {
		for j := i; j > 0 && s.texts[order[j]].prio < s.texts[order[j-1]].prio; j-- {
			order[j], order[j-1] = order[j-1], order[j]
		}
	}
	s.order = order
	s.placed = s.placed[:0]
	for k := 0; k < len(order); k++ {
		t := &s.texts[order[k]]
		if t.group == 0 {
			t.ok = false
			if t.list {
				s.listForms(t)
			}
			t.ok = (t.alt == 0 || !s.texts[t.alt-1].ok) && s.placeForms(t)
			continue
		}
		end := k + 1 // a group's texts follow one another: one priority, written together
		for end < len(order) && s.texts[order[end]].group == t.group {
			end++
		}
		s.placeGroup(order[k:end])
		k = end - 1
	}
	for i := range s.texts {
		t := &s.texts[i]
		if !t.ok {
			continue
		}
		if t.owner == ownBars || t.owner == ownList {
			s.takeBars(t.box)
		}
		if t.white {
			s.Backdrops = append(s.Backdrops, t.box.Inset(t.frame))
		}
		lh := s.Fonts.Face(t.size).LineHeight
		y := t.box.Y + t.padY
		a := s.spotsOf(t)[0].a
		for line := range strings.SplitSeq(s.formsOf(t)[t.form], "\n") {
			w := s.Fonts.Face(t.size).Width(line)
			x := t.box.X + t.padX
			if a == alignCenter {
				x = t.box.X + (t.box.W-w)/2
			} else if a == alignRight {
				x = t.box.X + t.box.W - t.padX - w
			}
			s.Labels = append(s.Labels, Label{Text: line, Size: t.size,
				Box: Rect{X: x, Y: y, W: w, H: lh}, Color: t.color})
			y += lh
		}
	}
}

// placeForms places t in the first of its forms that fits, and reports whether one did:
// in the region near it first, where it has one (a list read afar reads as another's).
func (s *Scene) placeForms(t *text) bool {
	if t.near.W > 0 {
		region := t.region
		t.region = t.near
		for f := range s.formsOf(t) {
			if s.placeForm(t, f) {
				t.region = region
				return true
			}
		}
		t.region = region
	}
	for f := range s.formsOf(t) {
		if s.placeForm(t, f) {
			return true
		}
	}
	return false
}

// placeForm places t in its form f, at one of its spots or, for a text that may go
// anywhere, anywhere in its region (a block says more in full afar than short where it
// belongs), and reports whether it did; an empty form is not placed.
func (s *Scene) placeForm(t *text, f int) bool {
	form := s.formsOf(t)[f]
	if form == "" {
		return false
	}
	w, h := s.measure(t, form)
	box, ok := s.fit(t, w, h, false)
	if !ok && t.search {
		box, ok = s.fit(t, w, h, true)
	}
	if ok {
		t.box, t.form = box, f
		s.placed = append(s.placed, box)
	}
	return ok
}

// placeGroup places the texts ids of a group (their forms alike: the same words, in as
// many forms) all in one form: the longest that all of them fit in, else the one in
// which most of them fit (a one-line form may fit where two shorter lines do not). A
// learner reads each number the same way: "dL/dw 0.16" on one edge beside a bare "-0.02"
// on the next said two things.
func (s *Scene) placeGroup(ids []int) {
	mark, forms := len(s.placed), s.formsOf(&s.texts[ids[0]])
	best, most := -1, 0
	for f := range forms {
		n := 0
		for _, i := range ids {
			if s.placeForm(&s.texts[i], f) {
				n++
			}
		}
		s.placed = s.placed[:mark]
		if n > most {
			best, most = f, n
		}
		if n == len(ids) {
			break
		}
	}
	for _, i := range ids {
		t := &s.texts[i]
		t.ok = best >= 0 && s.placeForm(t, best)
	}
}

// fit returns the first box of size w x h at t's spots that is free, or, searching, the
// free box in t's region nearest its first spot.
func (s *Scene) fit(t *text, w, h float64, search bool) (Rect, bool) {
	if !search {
		for _, p := range s.spotsOf(t) {
			if b := boxAt(p, w, h); s.free(b, t.owner) {
				return b, true
			}
		}
		return Rect{}, false
	}
	return s.freeBox(boxAt(s.spotsOf(t)[0], w, h), t.region, t.owner)
}

// freeBox returns the box of want's size in region r, free of the texts placed so far
// and the obstacles but owner's, nearest want, and whether there is one.
func (s *Scene) freeBox(want, r Rect, owner int) (Rect, bool) {
	// Free room lies against an edge of what is in the way: try the boxes that touch
	// one, in the region, nearest want first.
	w, h, gap := want.W, want.H, 4*s.Geo.Scale
	xs := append(s.xs[:0], want.X, r.X, r.X+r.W-w)
	ys := append(s.ys[:0], want.Y, r.Y, r.Y+r.H-h)
	edges := func(o Rect) {
		xs = append(xs, o.X-w-gap, o.X+o.W+gap)
		ys = append(ys, o.Y-h-gap, o.Y+o.H+gap)
	}
	for _, o := range s.obstacles {
		r, _ := s.keepOut(o, owner)
		edges(r)
	}
	for _, p := range s.placed {
		edges(p)
	}
	s.xs, s.ys = xs, ys
	// A box must lie in the region and the canvas area: keep the columns that do.
	inside := func(x, w, lo, size float64) bool { return x >= lo-hair && x+w <= lo+size+hair }
	cols := s.cols[:0]
	for _, x := range xs {
		if inside(x, w, r.X, r.W) && inside(x, w, s.Geo.Area.X, s.Geo.Area.W) {
			cols = append(cols, x)
		}
	}
	s.cols = cols
	best, bestD := Rect{}, math.Inf(1)
	for _, y := range ys {
		// A box of this row lies no nearer than the row, and can meet only what
		// crosses the row's band: gather the band's rectangles once.
		if math.Abs(y-want.Y) >= bestD || !inside(y, h, r.Y, r.H) ||
			!inside(y, h, s.Geo.Area.Y, s.Geo.Area.H) {
			continue
		}
		row := s.band[:0]
		across := func(o Rect) bool { return y+hair < o.Y+o.H && o.Y+hair < y+h }
		for _, p := range s.placed {
			if across(p) {
				row = append(row, p)
			}
		}
		for _, o := range s.obstacles {
			if r, binds := s.keepOut(o, owner); binds && across(r) {
				row = append(row, r)
			}
		}
		s.band = row
		for _, x := range cols {
			b := Rect{X: x, Y: y, W: w, H: h}
			if math.Abs(x-want.X) >= bestD || !clearOf(b, row) {
				continue
			}
			if d := math.Hypot(x-want.X, y-want.Y); d < bestD {
				best, bestD = b, d
			}
		}
	}
	return best, bestD < math.Inf(1)
}

// clearOf reports whether box b overlaps none of rs.
func clearOf(b Rect, rs []Rect) bool {
	for _, r := range rs {
		if b.Overlaps(r) {
			return false
		}
	}
	return true
}

// free reports whether box b lies in the canvas area clear of the texts placed so far
// and of the obstacles other than owner's, by the clearance from a unit of another
// column than owner's, and, for a unit's own text, clear of its input point: its badge
// sat on it. (Another unit's input point lies in that unit, an obstacle. A text that
// searches its region is never a unit's.)
func (s *Scene) free(b Rect, owner int) bool {
	if !b.Within(s.Geo.Area) {
		return false
	}
	if owner >= 0 && owner < len(s.Units) && b.Overlaps(ringBox(s.Units[owner].Dot)) {
		return false
	}
	for _, p := range s.placed {
		if b.Overlaps(p) {
			return false
		}
	}
	for _, o := range s.obstacles {
		if r, binds := s.keepOut(o, owner); binds && b.Overlaps(r) {
			return false
		}
	}
	return true
}

// keepOut returns the region a text of owner must leave alone for obstacle o, and whether
// it must leave it alone at all (not when it is owner's, nor room kept from all but the
// blocks and the list of moves, nor the edges' room from all but that list): o, grown by
// the clearance when o is a unit (its frame or bias square) and the text a block's, an
// edge's, the update's list (owned by the bars) or a unit's of another column. Within a
// column the rows keep their own spacing.
func (s *Scene) keepOut(o obstacle, owner int) (Rect, bool) {
	switch {
	case o.owner == ownEdges:
		return o.r, owner == ownList
	case o.owner == owner || o.owner == ownBars && owner == ownList ||
		o.room && owner != ownBlock && owner != ownList:
		return o.r, false
	}
	unit := func(id int) bool { return id >= 0 && id < len(s.Units) }
	far := owner == ownEdgeText || owner == ownBlock || owner == ownBars || owner == ownList ||
		unit(owner)
	if o.room || !unit(o.owner) || !far ||
		unit(owner) && s.Units[owner].Unit.Level == s.Units[o.owner].Unit.Level {
		return o.r, true
	}
	d := clearance * s.Geo.Scale
	return Rect{o.r.X - d, o.r.Y - d, o.r.W + 2*d, o.r.H + 2*d}, true
}

// ringBox returns the box a ring's stroke covers, and a hair more.
func ringBox(r Ring) Rect {
	g := r.R + r.Width/2 + hair
	return Rect{X: r.X - g, Y: r.Y - g, W: 2 * g, H: 2 * g}
}

// block registers r as an obstacle that owner's texts may cover and returns owner.
func (s *Scene) block(r Rect, owner int) int {
	s.obstacles = append(s.obstacles, obstacle{r: r, owner: owner})
	return owner
}

// keepRoom keeps r for owner's texts against the blocks placed before them.
func (s *Scene) keepRoom(r Rect, owner int) {
	s.obstacles = append(s.obstacles, obstacle{r: r, owner: owner, room: true})
}
