package play

import (
	"cmp"
	"math"
	"slices"
)

// Where a text may go (place.go places them): the obstacles it must leave alone, the
// clearance it keeps from the units of other columns, and the free room a text that may
// go anywhere looks for.

// Owners of the obstacles and of the texts that may cover them, other than units (a unit
// owns its index in Units, from 0): each a number of its own, below 0.
//
// ownNone owns nothing: the text may cover no unit, plot or bar. Nor may ownEdgeText,
// an edge's weight, which also keeps the clearance from every unit and leaves the units'
// numbers the room kept for them (ownHovered, the hovered edge's, may take it), nor
// ownBlock, a block such as the loss box, which keeps the clearance and that room too.
// ownEdges owns the room of the network's edges, which only ownList must leave alone:
// the list of moves off a phone (scene_moves.go), which also leaves the units' numbers
// their room and may take the gradient bars' (as on a phone, where it is the bars').
const (
	ownNone = -1 - iota
	ownPlane
	ownActPlot
	ownChartPlot
	ownBars
	ownEdgeText
	ownBlock
	ownEdges
	ownList
	ownHovered
	ownBoard  // the lesson board's plots: texts of the board may cover them
	ownCells  // the cells of lesson 1's matrices and their numbers
	ownScale  // the overlay's value scale (canvas_controls.go)
	ownEditor // the picked edge's editor
	ownTab    // ownTab - p for tab p
	// ownButton - i for the canvas's button i: below every other owner, as many as there are.
	ownButton = ownTab - int(paneCount)
)

// clearance is the room, in CSS pixels, a text keeps from the units of the network's
// columns it does not belong to: a unit's numbers from the next column's units, a
// weight from the units at either end of its edge.
const clearance = 3

// textGap is the least room, in CSS pixels, between two texts side by side on a line: a
// space's width. Touching, "2.1e-14" and "7.3e-13" read "2.1e-147.3e-13".
const textGap = 3

// obstacle is a region texts must leave alone unless they belong to it; room kept for a
// unit's numbers binds only the blocks, which are placed before the numbers, and the
// texts placed after them: the edges' labels and the list of moves. Room kept for a
// focused unit's numbers (focus) does not bind the edges' labels, which are placed after
// those numbers and keep clear of them where they stand: at 844x390 the room under Net
// B's selected first unit, whose numbers stood above it, and under its inputs, named at
// the canvas's side, left none of its weights on its edges (look13).
type obstacle struct {
	r     Rect
	owner int
	room  bool
	focus bool
}

// fit returns the first box of size w x h at t's spots that is free, or, searching, the
// free box in t's region nearest its first spot. A box at a spot that comes within
// textGap of the left or right edge of the texts' area (textArea), or crosses it by up
// to that, may also stand against that edge: beside a unit of the first or last column
// its text keeps its place but for a few pixels where the margin, or an obstacle on the
// other side, leaves it just short of room (an input's name or the output's value on a
// phone; a spot at the canvas's edge sets the text against the margin).
func (s *Scene) fit(t *text, w, h float64, search bool) (Rect, bool) {
	edge := s.textArea(t.padX)
	if !search {
		first, after := s.afterBox(t)
		for _, p := range s.spotsOf(t) {
			b := boxAt(p, w, h)
			if after && !under(b, first) {
				continue
			}
			if b.Within(edge) && s.free(b, t.owner) {
				return b, true
			}
			if b, ok := s.againstEdge(b, edge, p.a, t.owner); ok && s.free(b, t.owner) &&
				(!after || under(b, first)) {
				return b, true
			}
		}
		return Rect{}, false
	}
	r := t.region
	lo, hi := math.Max(r.X, edge.X), math.Min(r.X+r.W, edge.X+edge.W)
	r.X, r.W = lo, hi-lo
	return s.freeBox(boxAt(s.spotsOf(t)[0], w, h), r, t.owner)
}

// afterBox returns the box of the text t reads after (after), or of the one standing in
// for it, and whether that is placed: found once per text, not once per spot.
func (s *Scene) afterBox(t *text) (Rect, bool) {
	if t.after == 0 {
		return Rect{}, false
	}
	for i := range s.texts {
		if u := &s.texts[i]; (i == t.after-1 || u.alt == t.after) && u.ok {
			return u.box, true
		}
	}
	return Rect{}, false
}

// placeLeading places t in the first of its forms, at the first of its spots, where the
// text that reads after it (leads) finds room under it, in as full a form as any spot
// gives it, and reports whether it did: a unit's value right of it whose "b = 0.10"
// under it would meet the next column's unit goes to its left, where both fit; there
// "0.10" alone under "a = 0" read as another value (look15). Else t is placed as any
// text is. Its own forms come first: a bare "-0.24" over "b = 0.10" read as some number
// over the bias, where "a = -0.24" fitted over "b=0.10" (900x500).
func (s *Scene) placeLeading(t *text) bool {
	edge := s.textArea(t.padX)
	for f, form := range s.formsOf(t) {
		if form == "" {
			continue
		}
		w, h := s.measure(t, form)
		for k := range s.leadForms(t) {
			for _, p := range s.spotsOf(t) {
				b := boxAt(p, w, h)
				if b.Within(edge) && s.free(b, t.owner) && s.roomUnder(t, b, k) {
					t.box, t.form = b, f
					s.placed = append(s.placed, b)
					return true
				}
			}
		}
	}
	return false
}

// leadForms returns how many forms the text that reads after t (leads) has, with the
// one that stands in for it: the most of them roomUnder tries.
func (s *Scene) leadForms(t *text) int {
	n := 0
	for i := range s.texts {
		if u := &s.texts[i]; i == t.leads-1 || u.alt == t.leads {
			n += len(s.formsOf(u))
		}
	}
	return n
}

// roomUnder reports whether the text that reads after t (leads), or then the one that
// stands in for it, fits at one of its spots under box b in its form k (counting on
// from its own forms to its stand-in's).
func (s *Scene) roomUnder(t *text, b Rect, k int) bool {
	for i := range s.texts {
		u := &s.texts[i]
		if i != t.leads-1 && u.alt != t.leads {
			continue
		}
		forms := s.formsOf(u)
		if k >= len(forms) {
			k -= len(forms)
			continue
		}
		if forms[k] == "" {
			return false
		}
		edge := s.textArea(u.padX)
		w, h := s.measure(u, forms[k])
		for _, p := range s.spotsOf(u) {
			if c := boxAt(p, w, h); under(c, b) && c.Within(edge) && s.free(c, u.owner) {
				return true
			}
		}
		return false
	}
	return false
}

// under reports whether box b stands on the line under box first, in line with it: a
// unit's second line ("b = 0.10") under its value ("a = 0.26"), as every unit's reads.
// Above it, it read b first (look14); beside the unit on its other side, a line lower, it
// read as another unit's (look15: at 375x667 "a = 0" stood right of the unit and
// "b = 0.10" left of it), as it did left of the unit under a value above it (900x500).
func under(b, first Rect) bool {
	return math.Abs(b.Y-(first.Y+first.H)) < 1 && b.X < first.X+first.W && first.X < b.X+b.W
}

// againstEdge returns box b moved to stand against the left or right side of edge, and
// whether b lies within textGap of that side, within edge or across it, and fits edge.
// A unit's number centred under it (owner is the unit) may slide further, as long as
// the middle half of its box still spans the unit's centre: by the edge of a 900x500
// window, "x2=-1.00" under an input 10 to 13 pixels wide crossed the margin by 3 to 5
// pixels and stood short of room, where sliding it left it under its unit.
func (s *Scene) againstEdge(b, edge Rect, a align, owner int) (Rect, bool) {
	slide := textGap*s.Geo.Scale + hair
	if a == alignCenter && s.isUnit(owner) {
		slide = math.Max(slide, b.W/4)
	}
	switch {
	case math.Abs(b.X-edge.X) <= slide:
		b.X = edge.X
	case math.Abs(edge.X+edge.W-(b.X+b.W)) <= slide:
		b.X = edge.X + edge.W - b.W
	default:
		return b, false
	}
	return b, b.Within(edge)
}

// textArea returns where a text with padX of white box on its left and right may go:
// the canvas area, but for a margin along its left and right edges that keeps the text
// itself textGap from them. Against the edge it read as cut by it: "x2" on a phone's
// left edge, its white box flush with it. (Above and below, the window's top and the
// panel's frame line bound the canvas, and a short phone's foot needs every row.)
func (s *Scene) textArea(padX float64) Rect {
	a, g := s.Geo.Area, math.Max(0, textGap*s.Geo.Scale-padX)
	return Rect{X: a.X + g, Y: a.Y, W: a.W - 2*g, H: a.H}
}

// freeBox returns the box of want's size in region r, free of the texts placed so far
// and the obstacles but owner's, nearest want, and whether there is one.
func (s *Scene) freeBox(want, r Rect, owner int) (Rect, bool) {
	// Free room lies against an edge of what is in the way: try the boxes that touch
	// one, in the region, nearest want first.
	w, h, gap := want.W, want.H, 4*s.Geo.Scale
	xs := append(s.xs[:0], want.X, r.X, r.X+r.W-w)
	ys := append(s.ys[:0], want.Y, r.Y, r.Y+r.H-h)
	ins := s.ins[:0] // what a box must stay clear of
	edges := func(o Rect) {
		xs = append(xs, o.X-w-gap, o.X+o.W+gap)
		ys = append(ys, o.Y-h-gap, o.Y+o.H+gap)
	}
	for _, o := range s.obstacles {
		r, binds := s.keepOut(o, owner)
		edges(r)
		if binds {
			ins = append(ins, r)
		}
	}
	for _, p := range s.placed {
		edges(p)
		ins = append(ins, s.spaced(p))
	}
	s.xs, s.ys, s.ins = xs, ys, ins
	// A box must lie in the region and the canvas area: keep the columns that do,
	// nearest want first (a tie in the order found).
	inside := func(x, w, lo, size float64) bool { return x >= lo-hair && x+w <= lo+size+hair }
	cols := s.cols[:0]
	for _, x := range xs {
		if inside(x, w, r.X, r.W) && inside(x, w, s.Geo.Area.X, s.Geo.Area.W) {
			cols = append(cols, x)
		}
	}
	s.cols = cols
	slices.SortStableFunc(cols, func(a, b float64) int {
		return cmp.Compare(math.Abs(a-want.X), math.Abs(b-want.X))
	})
	best, bestD := Rect{}, math.Inf(1)
	for _, y := range ys {
		// A box of this row lies no nearer than the row, and can meet only what
		// crosses the row's band: gather the band's rectangles once.
		if math.Abs(y-want.Y) >= bestD || !inside(y, h, r.Y, r.H) ||
			!inside(y, h, s.Geo.Area.Y, s.Geo.Area.H) {
			continue
		}
		row := s.band[:0]
		for _, o := range ins {
			if y+hair < o.Y+o.H && o.Y+hair < y+h {
				row = append(row, o)
			}
		}
		s.band = row
		// The row's first free column is its nearest box.
		for _, x := range cols {
			if math.Abs(x-want.X) >= bestD {
				break
			}
			if b := (Rect{X: x, Y: y, W: w, H: h}); clearOf(b, row) {
				if d := math.Hypot(x-want.X, y-want.Y); d < bestD {
					best, bestD = b, d
				}
				break
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
// (by textGap beside them)
// and of the obstacles other than owner's, by the clearance from a unit of another
// column than owner's, and, for a unit's own text, clear of its input point: its badge
// sat on it. (Another unit's input point lies in that unit, an obstacle. A text that
// searches its region is never a unit's.)
func (s *Scene) free(b Rect, owner int) bool {
	if !b.Within(s.Geo.Area) {
		return false
	}
	if s.isUnit(owner) && b.Overlaps(ringBox(s.Units[owner].Dot)) {
		return false
	}
	for _, p := range s.placed {
		if b.Overlaps(s.spaced(p)) {
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

// spaced returns the box of a placed text, widened by textGap on either side.
func (s *Scene) spaced(p Rect) Rect {
	g := textGap * s.Geo.Scale
	return Rect{X: p.X - g, Y: p.Y, W: p.W + 2*g, H: p.H}
}

// keepOut returns the region a text of owner must leave alone for obstacle o, and whether
// it must leave it alone at all (not when it is owner's, nor room kept from all but the
// blocks, the edges' texts and the list of moves, nor the edges' room from all but that
// list): o, grown by
// the clearance when o is a unit (its frame or bias square) and the text a block's, an
// edge's, the update's list (owned by the bars) or a unit's of another column. Within a
// column the rows keep their own spacing. A canvas button is grown by textGap for a
// block (the loss box, the stop box), the list or the bars' texts, which search their
// room: the loss box flush under "+ sin x2" read as the button's. (An input's value
// keeps its place under the input, by the buttons.)
func (s *Scene) keepOut(o obstacle, owner int) (Rect, bool) {
	switch {
	case o.owner == ownEdges:
		return o.r, owner == ownList
	case o.owner == owner || o.owner == ownBars && owner == ownList ||
		o.room && owner != ownBlock && owner != ownList && (owner != ownEdgeText || o.focus):
		return o.r, false
	}
	if o.owner <= ownButton && (owner == ownBlock || owner == ownList || owner == ownBars) {
		d := textGap * s.Geo.Scale
		return Rect{o.r.X - d, o.r.Y - d, o.r.W + 2*d, o.r.H + 2*d}, true
	}
	far := owner == ownEdgeText || owner == ownHovered || owner == ownBlock ||
		owner == ownBars || owner == ownList || s.isUnit(owner)
	if o.room || !s.isUnit(o.owner) || !far ||
		s.isUnit(owner) && s.Units[owner].Unit.Level == s.Units[o.owner].Unit.Level {
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

// keepRoom keeps r for owner's texts against the blocks placed before them; focus says
// they are a focused unit's, placed before the edges' labels.
func (s *Scene) keepRoom(r Rect, owner int, focus bool) {
	s.obstacles = append(s.obstacles, obstacle{r: r, owner: owner, room: true, focus: focus})
}

// isUnit reports whether owner id is a unit's: its index in Units (the other owners are
// negative: ownBlock, ownList, ...).
func (s *Scene) isUnit(id int) bool { return id >= 0 && id < len(s.Units) }
