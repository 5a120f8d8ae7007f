package play

import (
	"image/color"
	"math"
	"strconv"
	"strings"
)

// meters greys out dead units and notes how often the others saturate or leak (from
// 5% of the training points), by core's rule (core.RegionOf): a LeakyReLU's negative
// side is leaky, never saturated; a unit is dead only when no point passes a gradient.
func (s *Scene) meters(m *Session) {
	if m.Diag == nil {
		return
	}
	sc := s.Geo.Scale
	lh := s.Fonts.Face(Small).LineHeight
	k := len(s.Geo.Nodes[0])
	for _, ld := range m.Diag.Layers {
		for i := range ld.Dead {
			own := k
			u := &s.Units[k]
			k++
			r := u.Rect
			u.Dead, u.Saturated = ld.Dead[i], ld.SaturatedFraction[i]
			_, cy := r.Center()
			var (
				kind     badgeKind
				ink      color.RGBA
				y, share float64
			)
			switch {
			case u.Dead:
				kind, ink, y = badgeDead, DeadInk, cy-lh/2
			case u.Saturated >= 0.05:
				kind, ink, y, share = badgeSaturated, SaturatedInk, r.Y+sc, u.Saturated
			case ld.LeakyFraction[i] >= 0.05:
				kind, ink, y, share = badgeLeaky, LeakyInk, r.Y+sc, ld.LeakyFraction[i]
			default:
				continue
			}
			from := len(s.texts)
			s.badge(u, own, ink, y, kind, share)
			s.badgeRefs = append(s.badgeRefs, badgeRef{own, from, len(s.texts), kind, ink})
		}
	}
}

// badgeKind is what a badge says of its unit: dead, saturated or leaky.
type badgeKind int

const (
	badgeDead badgeKind = iota
	badgeSaturated
	badgeLeaky
	badgeKinds
)

// badgeMsgs are each kind's forms, longest first: the share in words ("sat 96%"),
// closed up ("sat96%"), the word alone; a dead unit's words (Korean: 죽은 유닛, where
// a phone's unit lacks the room, 죽음).
var badgeMsgs = [badgeKinds][]Msg{
	badgeDead:      {DeadBadge, DeadBadgeShort},
	badgeSaturated: {SaturatedBadge, SaturatedBadgeShort, SaturatedBadgeWord},
	badgeLeaky:     {LeakyBadge, LeakyBadgeShort, LeakyBadgeWord},
}

// badgeWords holds the badges said so far, in one language, by kind, form and share in
// whole percent: a scene is built every frame during Play, and a deep stack's 64 units
// said their badges in three forms each in every one.
type badgeWords struct {
	lang  Lang
	said  [badgeKinds][3][101]string
	notes [badgeKinds]badgeNote // of each kind, as markBadges wrote it last
}

// badgeNote is a note on the units whose badges of one kind found no room: the units it
// names, and its forms, longest first.
type badgeNote struct {
	units []Unit
	forms []string
}

// badgeText returns form f of a badge of kind k for a share of pc percent.
func (s *Scene) badgeText(k badgeKind, f, pc int) string {
	if s.badges == nil || s.badges.lang != Language() {
		s.badges = &badgeWords{lang: Language()}
	}
	t := &s.badges.said[k][f][pc]
	if *t == "" {
		*t = Say(badgeMsgs[k][f], strconv.Itoa(pc))
	}
	return *t
}

// badge writes unit u's badge of kind k (for a share of the training points) on a white
// box at y inside the unit, or its short form (closed up, "포화96%": the share alone,
// "96%", said nothing) where the unit is too narrow to hold it (many layers, a phone),
// or, where even that does not fit, just above or below the unit, clear of every unit: a
// badge wider than its unit hid it and its neighbours' edges. Outside its unit it comes
// after every unit's value (prioValue, written after them): there it took the room of a
// unit's value, its own too. It keeps clear of the unit's input point (free; "dead" sat
// on it): at y, else at the unit's top or bottom, just above or below the point or
// beside it, and only where a small unit leaves no room inside, above or below the unit.
func (s *Scene) badge(u *UnitView, own int, c color.RGBA, y float64, k badgeKind,
	share float64) {
	sc, f, r := s.Geo.Scale, s.Fonts.Face(Small), u.Rect
	cx, _ := r.Center()
	h := f.LineHeight
	// Its own unit's, so that other columns' units keep their clearance from it.
	below := r.Y + r.H + math.Max(6*sc, r.W/5)/2 + sc // clear of the bias square
	// Centred, else leaning to the side with room: the edges' labels may take the middle.
	above := r.Y - h - sc
	outside := [...]spot{{cx, above, alignCenter}, {cx, below, alignCenter},
		{r.X, below, alignLeft}, {r.X + r.W, below, alignRight}, {r.X, above, alignLeft},
		{r.X + r.W, above, alignRight}}
	// Each form is said only where the longer ones do not fit (badgeText).
	pc := int(math.RoundToEven(100 * share))
	for i := range badgeMsgs[k] {
		t := s.badgeText(k, i, pc)
		// A short form's white box may lie a pixel over the unit's frame: "포화96%" fits
		// a phone's units.
		if !boxAt(spot{cx, y, alignCenter}, f.Width(t)+float64(4-2*min(i, 1))*sc, h).Within(r) {
			continue
		}
		g := u.Dot.R + u.Dot.Width/2 + 2*hair
		top, bottom, row := r.Y+sc, r.Y+r.H-h-sc, clamp(u.Dot.Y-h/2, r.Y+sc, r.Y+r.H-h-sc)
		left, right := r.X+sc, r.X+r.W-sc
		s.write(Small, prioReadout, c, cx, y, alignCenter, t).backdrop(2*sc, 0).
			at(spot{cx, top, alignCenter}, spot{cx, bottom, alignCenter},
				spot{cx, clamp(u.Dot.Y-g-h, top, bottom), alignCenter},
				spot{cx, clamp(u.Dot.Y+g, top, bottom), alignCenter},
				spot{left, row, alignLeft}, spot{right, row, alignRight},
				spot{left, top, alignLeft}, spot{right, top, alignRight},
				spot{left, bottom, alignLeft}, spot{right, bottom, alignRight},
				// A small unit's (a phone's): over its frame, clear of a point in the middle.
				spot{cx, r.Y, alignCenter}, spot{cx, r.Y + r.H - h, alignCenter}).
			ownedBy(own)
		in := len(s.texts) // 1 + the index of the badge inside the unit
		s.write(Small, prioValue, c, outside[0].x, outside[0].y, alignCenter, t).
			backdrop(2*sc, 0).at(outside[1:]...).ownedBy(own).alt = in
		return
	}
	// Outside, a dead unit's badge says its short form ("죽음"), which loses nothing: the
	// Korean "죽은 유닛", three times a small unit's width, lay across the edges beside
	// it. The others keep their share ("sat 96%").
	form := 0
	if k == badgeDead {
		form = len(badgeMsgs[k]) - 1
	}
	s.write(Small, prioValue, c, outside[0].x, outside[0].y, alignCenter,
		s.badgeText(k, form, pc)).backdrop(2*sc, 0).at(outside[1:]...).ownedBy(own)
}

// badgeRef is a badge asked for: its unit's index in Units, its texts' indices in texts
// (from, up to to), its kind and its ink.
type badgeRef struct {
	unit, from, to int
	kind           badgeKind
	ink            color.RGBA
}

// badgeShown reports whether any of b's texts found room.
func (s *Scene) badgeShown(b badgeRef) bool {
	for i := b.from; i < b.to; i++ {
		if s.texts[i].ok {
			return true
		}
	}
	return false
}

// markBadges marks, once the texts are placed, each unit whose badge found no room: a
// square of the badge's ink in the unit's top right corner; and it writes, where it finds
// room on the network, a note for each kind marked, after a square of its ink, that names
// the units (badgeNote): "sat: layer 1, unit 1, no room for its badge", else shorter.
// The deep stack's units of 17 pixels on a phone dropped their badges, and nothing said
// that they were saturated; then the note said it of no unit in particular (look9).
func (s *Scene) markBadges(m *Session) {
	s.BadgeMarks = s.BadgeMarks[:0]
	sc := s.Geo.Scale
	for _, b := range s.badgeRefs {
		if !s.badgeShown(b) {
			r := s.Units[b.unit].Rect
			d := math.Round(math.Max(4*sc, r.W/4))
			s.BadgeMarks = append(s.BadgeMarks, Box{Rect{r.X + r.W - d, r.Y, d, d}, b.ink})
		}
	}
	if len(s.BadgeMarks) == 0 {
		return
	}
	net, lh := s.Geo.Net, s.Fonts.Face(Small).LineHeight
	top, bottom := s.unitsSpan()
	for k := range badgeKinds {
		forms, ink := s.badgeNote(m, k)
		if forms == nil {
			continue
		}
		// After its square, as a key: "■ sat: …". Under the units, else above them: off
		// the edges, where the note read as a label of theirs (the Korean six-Tanh stack
		// at 900x500).
		d := math.Round(lh * 0.6)
		t := s.write(Small, prioLegend, SoftInk, net.X, bottom+2*sc, alignLeft, forms...).
			pad(d+3*sc, 0).anywhere(Rect{net.X, net.Y, net.W, top - net.Y})
		t.near = Rect{net.X, bottom, net.W, net.Y + net.H - bottom}
		if t.ok = s.placeForms(t); t.ok {
			box := t.box
			s.BadgeMarks = append(s.BadgeMarks, Box{Rect{box.X, box.Y + (lh-d)/2, d, d}, ink})
		}
	}
}

// badgeNote returns the forms of the note on the units whose badges of kind k found no
// room, longest first, and the badges' ink; nil when every one found room. It names
// the units ("layer 3, units 1, 4; output"), else only their layers, else says the
// word alone, in m.UnitName's words; a note is said again only when its units change,
// not in every frame.
func (s *Scene) badgeNote(m *Session, k badgeKind) ([]string, color.RGBA) {
	n := &s.badges.notes[k] // badge made s.badges in this language
	var ink color.RGBA
	i, same := 0, true
	for _, b := range s.badgeRefs {
		if b.kind == k && !s.badgeShown(b) {
			same = same && i < len(n.units) && n.units[i] == s.Units[b.unit].Unit
			i, ink = i+1, b.ink
		}
	}
	if i == 0 {
		return nil, ink
	}
	if same && i == len(n.units) {
		return n.forms, ink // every form: the one that fits may be any
	}
	n.units = n.units[:0]
	for _, b := range s.badgeRefs {
		if b.kind == k && !s.badgeShown(b) {
			n.units = append(n.units, s.Units[b.unit].Unit)
		}
	}
	word := s.badgeText(k, wordForm(k), 0)
	names, layers := unitNames(m, n.units)
	note := BadgeMarkNote
	if len(n.units) > 1 {
		note = BadgeMarksNote
	}
	n.forms = append(n.forms[:0], Say(note, word, names), Say(BadgeMarkNames, word, names))
	if layers != names {
		n.forms = append(n.forms, Say(BadgeMarkNames, word, layers))
	}
	n.forms = append(n.forms, word)
	return n.forms, ink
}

// unitNames names the units us, in the network's order: each layer's ("layer 3, unit
// 1", "layer 3, units 1, 4", "output"), as m.UnitName does one, and only their layers
// ("layer 3, output").
func unitNames(m *Session, us []Unit) (names, layers string) {
	var nb, lb strings.Builder
	last := len(m.Net.Layers)
	for i := 0; i < len(us); {
		l, j := us[i].Level, i+1
		for j < len(us) && us[j].Level == l {
			j++
		}
		if i > 0 {
			nb.WriteString("; ")
			lb.WriteString(", ")
		}
		if l == last || j == i+1 {
			for k, u := range us[i:j] {
				if k > 0 {
					nb.WriteString(", ")
				}
				nb.WriteString(m.UnitName(u))
			}
		} else {
			idx := make([]string, 0, j-i)
			for _, u := range us[i:j] {
				idx = append(idx, strconv.Itoa(u.Index))
			}
			nb.WriteString(Say(UnitsInLayer, strconv.Itoa(l), strings.Join(idx, ", ")))
		}
		if l == last {
			lb.WriteString(Say(UnitOutput))
		} else {
			lb.WriteString(Say(LayerWord, strconv.Itoa(l)))
		}
		i = j
	}
	return nb.String(), lb.String()
}

// unitsSpan returns the top of the network's highest unit and the bottom of its lowest.
func (s *Scene) unitsSpan() (top, bottom float64) {
	top, bottom = math.Inf(1), math.Inf(-1)
	for _, u := range s.Units {
		top, bottom = math.Min(top, u.Rect.Y), math.Max(bottom, u.Rect.Y+u.Rect.H)
	}
	return top, bottom
}

// wholePercent writes a share as a whole percentage: 0.394 is "39".
func wholePercent(f float64) string { return strconv.FormatFloat(100*f, 'f', 0, 64) }
