package play

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"nnplay/core"
)

// barePercent matches a badge that gives its share without saying of what: "96%".
var barePercent = regexp.MustCompile(`^[0-9.]+ ?%$`)

// TestBadgesSayWhatTheyCount saturates Net A's tanh units and makes Net B's units
// LeakyReLU, which leak, and lays the canvas out at a phone's, a narrow laptop's and a
// laptop's sizes, in English and Korean: every badge on the canvas says what its share
// is of (as checkNumbersSay asks of every number). (On a phone and at 780x800 the
// saturation badge read a bare "96%".)
func TestBadgesSayWhatTheyCount(t *testing.T) {
	defer speak(English)
	saturated := NewSession()
	for _, l := range saturated.Net.Layers[:2] {
		for i := range l.Linear.Weight {
			for j := range l.Linear.Weight[i] {
				l.Linear.Weight[i][j] = 4 * float64(1-2*((i+j)%2))
			}
		}
	}
	saturated.Refresh()
	leaky := NewSession()
	mustApply(t, leaky, UsePreset{Index: 1})
	for l := range len(leaky.Net.Layers) - 1 {
		mustApply(t, leaky, SetActivation{Layer: l, Act: core.DefaultLeakyReLU})
	}
	leaky.Refresh()
	badges := 0
	for name, m := range map[string]*Session{"saturated Net A": saturated,
		"leaky Net B": leaky} {
		for _, lang := range Langs() {
			speak(lang)
			for _, win := range []window{{390, 844, 1}, {375, 667, 1}, {780, 800, 1},
				{900, 500, 1}, {1280, 800, 1}, {1920, 1080, 1}} {
				s := pageScene(t, m, win)
				where := fmt.Sprintf("%s, %s, %v", name, lang.Code(), win)
				for i := range s.texts {
					tx := &s.texts[i]
					if !tx.ok || tx.color != SaturatedInk && tx.color != LeakyInk {
						continue
					}
					badges++
					// A badge of two lines says on one what the other's number counts.
					if form := s.formsOf(tx)[tx.form]; barePercent.MatchString(form) {
						t.Errorf("%s: the badge %q at %+v does not say what it counts", where,
							form, tx.box)
					}
				}
			}
		}
	}
	if badges == 0 {
		t.Fatal("no badge on any canvas")
	}
}

// TestBadgesAllocateNothing saturates every unit of the deep stack and lays its badges out
// again and again, as Play builds a scene each frame, at a laptop's and a phone's size:
// once a share's badge has been said, it is not formatted again. (Each of up to 64
// badges formatted its long form, its short form and its word in every frame.)
func TestBadgesAllocateNothing(t *testing.T) {
	m := presetSession(t, 2, Unit{})
	for _, l := range m.Net.Layers {
		for i := range l.Linear.Weight {
			for j := range l.Linear.Weight[i] {
				l.Linear.Weight[i][j] = 4 * float64(1-2*((i+j)%2))
			}
		}
	}
	m.Refresh()
	for _, win := range []window{{1280, 800, 1}, {390, 844, 1}} {
		s := pageScene(t, m, win)
		meters := func() {
			s.texts, s.formPool, s.spotPool = s.texts[:0], s.formPool[:0], s.spotPool[:0]
			s.badgeRefs = s.badgeRefs[:0] // as network does
			s.meters(m)
		}
		meters()
		if len(s.texts) < 32 {
			t.Fatalf("%v: %d badges, want most of the deep stack's 64 units'", win, len(s.texts))
		}
		if n := testing.AllocsPerRun(20, meters); n != 0 {
			t.Errorf("%v: %g allocations to lay out %d badges", win, n, len(s.texts))
		}
	}
}

// TestDroppedBadgesAreMarked saturates the deep stack and a stack of six Tanh layers and
// lays them out on phones, where units of 17 pixels leave most badges no room, and at
// 900x500, in English and Korean: each unit whose badge is not placed has a mark of the
// badge's ink in its corner, and a note off the edges says what the marks stand for.
// (The badges were dropped silently: the Korean "포화" had no place at 900x500.)
func TestDroppedBadgesAreMarked(t *testing.T) {
	defer speak(English)
	deep := presetSession(t, 2, Unit{})
	tanh := NewSession()
	apply(t, tanh, OpenLink{Hash: "layers=8,8,8,8,8,8&acts=tanh,tanh,tanh,tanh,tanh,tanh,tanh&" +
		"bias=1,1,1,1,1,1,1"})
	for _, m := range []*Session{deep, tanh} {
		for _, l := range m.Net.Layers {
			for i := range l.Linear.Weight {
				for j := range l.Linear.Weight[i] {
					l.Linear.Weight[i][j] = 4 * float64(1-2*((i+j)%2))
				}
			}
		}
		m.Refresh()
	}
	for k, m := range []*Session{deep, tanh} {
		for _, lang := range Langs() {
			speak(lang)
			word := Say(SaturatedBadgeWord)
			for _, win := range []window{{390, 844, 1}, {375, 667, 1}, {900, 500, 1}} {
				s := pageScene(t, m, win)
				where := fmt.Sprintf("network %d, %s, %v", k, lang.Code(), win)
				top, bottom := s.unitsSpan()
				dropped := 0
				var marked []Unit
				for _, b := range s.badgeRefs {
					if s.badgeShown(b) {
						continue
					}
					dropped++
					if b.kind == badgeSaturated { // the note checked below
						marked = append(marked, s.Units[b.unit].Unit)
					}
					r := s.Units[b.unit].Rect
					if !slices.ContainsFunc(s.BadgeMarks, func(k Box) bool {
						return k.Within(r) && k.Color == b.ink
					}) {
						t.Errorf("%s: unit %v lost its badge unmarked", where, s.Units[b.unit].Unit)
					}
				}
				if dropped == 0 {
					t.Errorf("%s: every badge found room: the test shows nothing", where)
				}
				// The note: a square off every unit, its words just right of it.
				if !slices.ContainsFunc(s.BadgeMarks, func(k Box) bool {
					return !slices.ContainsFunc(s.Units, func(u UnitView) bool {
						return k.Overlaps(u.Rect)
					}) && slices.ContainsFunc(s.Labels, func(l Label) bool {
						return (l.Text == word || strings.HasPrefix(l.Text, word+": ") &&
							namesEvery(m, l.Text, marked)) && l.Box.X > k.X+k.W &&
							l.Box.X < k.X+k.W+8 && k.Y > l.Box.Y &&
							k.Y+k.H < l.Box.Y+l.Box.H &&
							(l.Box.Y >= bottom-hair || l.Box.Y+l.Box.H <= top+hair)
					})
				}) {
					t.Errorf("%s: %d badges marked, and no note %q says what the marks are",
						where, dropped, word)
				}
			}
		}
	}
}

// namesEvery reports whether a badges' note names every unit of us, or at least its
// layer: "layer 3, unit 1", "layer 3, units 1, 4", or "layer 3" alone.
func namesEvery(m *Session, note string, us []Unit) bool {
	for _, u := range us {
		layer := Say(LayerWord, strconv.Itoa(u.Level))
		if u.Level == len(m.Net.Layers) {
			layer = Say(UnitOutput)
		}
		if !strings.Contains(note, layer) && !strings.Contains(note, m.UnitName(u)) {
			return false
		}
	}
	return true
}

// TestBadgeNoteNamesItsUnit: where one unit's badge finds no room, the note beside its
// mark's key names the unit, in English and Korean. (Lesson 4's Tanh stack at 900x500
// read "sat: no room for its badge", and a learner could not tell which unit it meant:
// look9.)
func TestBadgeNoteNamesItsUnit(t *testing.T) {
	defer speak(English)
	m := NewSession()
	apply(t, m, OpenLesson{ID: 4}, SetHiddenActivation{Act: core.Tanh{}})
	for _, lang := range Langs() {
		speak(lang)
		s := pageScene(t, m, window{900, 500, 1})
		var marked []Unit
		for _, b := range s.badgeRefs {
			if !s.badgeShown(b) {
				marked = append(marked, s.Units[b.unit].Unit)
			}
		}
		if len(marked) != 1 {
			t.Fatalf("%s: %d badges without room, want one: %v", lang.Code(), len(marked), marked)
		}
		// In full where it fits, else without "no room for its badge", which its mark's
		// key says.
		word, name := Say(SaturatedBadgeWord), m.UnitName(marked[0])
		if !slices.ContainsFunc(s.Labels, func(l Label) bool {
			return strings.HasPrefix(l.Text, word+": "+name)
		}) {
			t.Errorf("%s: no note %q", lang.Code(), Say(BadgeMarkNote, word, name))
			for _, l := range s.Labels {
				if strings.HasPrefix(l.Text, Say(SaturatedBadgeWord)) {
					t.Logf("%q", l.Text)
				}
			}
		}
	}
}

// TestBadgeNoteHoldsFromFrameToFrame: the page builds one Scene again every frame, and
// the second frame reads as the first: the same labels and the same marks. (From the
// second frame on, the note kept only its longest form, which found no room, and went
// with its key: review16.)
func TestBadgeNoteHoldsFromFrameToFrame(t *testing.T) {
	m := NewSession()
	apply(t, m, OpenLesson{ID: 4}, SetHiddenActivation{Act: core.Tanh{}})
	for _, win := range []window{{900, 500, 1}, {375, 667, 1}, {667, 375, 1}} {
		s := &Scene{}
		g, f := pageGeometry(m, win), testFontsAt(t, win.Scale)
		var labels [2][]string
		var marks [2][]Box
		for i := range 2 {
			s.Build(m, g, f, 0)
			for _, l := range s.Labels {
				labels[i] = append(labels[i], l.Text)
			}
			marks[i] = slices.Clone(s.BadgeMarks)
		}
		if len(marks[0]) < 2 {
			t.Errorf("%v: %d marks in frame 1, want a unit's and its key's", win, len(marks[0]))
		}
		if !slices.Equal(labels[0], labels[1]) || !slices.Equal(marks[0], marks[1]) {
			t.Errorf("%v: frame 2 differs:\n%q %v\n%q %v", win,
				labels[0], marks[0], labels[1], marks[1])
		}
		// Once no badge lacks room, no note: not an empty text written every frame.
		s.badgeRefs = s.badgeRefs[:0]
		if forms, _ := s.badgeNote(m, badgeSaturated); forms != nil {
			t.Errorf("%v: no badge lacks room, and the note is %q, want nil", win, forms)
		}
	}
}
