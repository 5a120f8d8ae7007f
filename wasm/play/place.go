package play

import (
	"cmp"
	"image/color"
	"math"
	"slices"
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
	rank   float64 // within its group, which texts stay first where it is thinned out
	move   int     // the move of the Step's update it shows (moveBias, j+1 for w[i][j]), 0: none
	list   bool    // the list of the moves that no other text shows (listForms, nameList)
	alt    int     // 1 + the index of the text this one stands for where that is not placed
	// (nor any that one stands for: standsIn)
	with int // 1 + the index of the text this one goes with: placed only where that one is
	// 1 + the index of the text this one reads after: placed only under it (afterBox)
	after int
	// 1 + the index of the text that reads after this one: placed first where that one
	// finds room under it (placeLeading)
	leads int
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
// ones into Labels and their backdrops into Backdrops; m names the units whose badges
// found no room (markBadges).
func (s *Scene) place(m *Session) {
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
			t.ok = s.standsIn(t) && (t.with == 0 || s.texts[t.with-1].ok) && s.placeForms(t)
			if t.list {
				s.keepMoves(t)
			}
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
		if t := &s.texts[i]; t.ok && (t.owner == ownBars || t.owner == ownList) {
			s.takeBars(t.box)
		}
	}
	s.sayBars()
	s.markBadges(m)
	for i := range s.texts {
		t := &s.texts[i]
		if !t.ok {
			continue
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

// standsIn reports whether t may be placed: none of the texts it stands for (alt, and
// theirs in turn) is placed.
func (s *Scene) standsIn(t *text) bool {
	for a := t.alt; a != 0; a = s.texts[a-1].alt {
		if s.texts[a-1].ok {
			return false
		}
	}
	return true
}

// placeForms places t in the first of its forms that fits, and reports whether one did:
// in the region near it first, where it has one (a list read afar reads as another's),
// then anywhere in its region: a list in forms that name its unit (nameList).
func (s *Scene) placeForms(t *text) bool {
	if t.leads != 0 && s.placeLeading(t) {
		return true
	}
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
		if t.list {
			s.nameList(t)
		}
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
	// The selected unit's weights thin out to the largest; the inputs' lines do not: an
	// input that finds no room in the group's form has its name stand in (inputAlts).
	thins := s.texts[ids[0]].group == groupSelected
	if thins && best != 0 && len(ids) > 2 && s.placeFewer(ids) {
		return
	}
	for _, i := range ids {
		t := &s.texts[i]
		t.ok = best >= 0 && s.placeForm(t, best)
	}
}

// placeFewer places, of a group whose texts do not all fit in its first form, as many
// as fit in it, those of the highest rank first, down to two, and leaves the rest out;
// it reports whether it did. On a laptop seven inputs' weights fitted their
// narrow column only as bare numbers, a heap of "0.07" and "-0.06" among the edges;
// the three largest read as weights, "w 0.47" (hovering an edge shows its own, and the
// Step's update lists the moves no edge shows).
func (s *Scene) placeFewer(ids []int) bool {
	by := append(s.ranked[:0], ids...)
	s.ranked = by
	slices.SortStableFunc(by, func(a, b int) int {
		return cmp.Compare(s.texts[b].rank, s.texts[a].rank)
	})
	mark := len(s.placed)
	for n := len(by) - 1; n >= 2; n-- {
		all := true
		for _, i := range by[:n] {
			if all = s.placeForm(&s.texts[i], 0); !all {
				break
			}
		}
		if !all {
			s.placed = s.placed[:mark]
			continue
		}
		for _, i := range by[n:] {
			s.texts[i].ok = false
		}
		for _, i := range by[:n] { // placed by the trial, which fitted
			s.texts[i].ok = true
		}
		return true
	}
	return false
}
