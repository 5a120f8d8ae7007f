package play

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"nnplay/core"
)

// TestMoveNumbers checks that a weight's move in the Step's update shows: four decimals,
// or as many more as it takes, up to eight, to show the move (one decimal or more at 100
// or more); a move no decimals show is not written so. (With 6 Tanh layers at 1024x768 the
// update read "w -0.4563 → -0.4563": 240 such labels in the layouts TestStepLayouts checks
// for "update keeps the old weight".)
func TestMoveNumbers(t *testing.T) {
	for _, c := range []struct {
		old, new float64
		o, n     string
	}{
		{0.5, 0.25, "0.5000", "0.2500"},
		{-0.45631, -0.45628, "-0.45631", "-0.45628"},
		{0.0666204, 0.0666249, "0.066620", "0.066625"},
		{0.06665, 0.06664, "0.06665", "0.06664"},
		{1, 1 + 1e-12, "", ""},
		{0.3, 0.3, "0.3000", "0.3000"},
		{150, 150.001, "150.000", "150.001"},
		{1000, 1000.4, "1000.0", "1000.4"},
	} {
		o, n, ok := moveNumbers(c.old, c.new, moveDigits{})
		if o != c.o || n != c.n || ok != (c.o != "") {
			t.Errorf("%v → %v reads %s → %s (%v); want %s → %s", c.old, c.new, o, n, ok, c.o,
				c.n)
		}
	}
}

// checkMoves reports a label of the selected unit's weights, in the Step's update, that
// shows a new value without the old one: in one line "w old → new", or the line "→ new"
// (or "→new") right under "w old" (or "old"), where the lines are folded.
func checkMoves(t *testing.T, where string, m *Session, s *Scene) {
	t.Helper()
	st := s.step(m)
	u := m.Selected
	if !st.showsUpdate() || u.Level == 0 {
		t.Fatalf("%s: no update shown for unit %v", where, u)
	}
	l := u.Level - 1
	idx, _ := s.paramIndex(st, l, false)
	in := m.Layer(l).Linear.In
	for j := range in {
		k := u.Index*in + j
		o, n, ok := moveNumbers(st.rec.Old[idx][k], st.rec.New[idx][k],
			s.moveDigitsOf(m, st, u))
		if !ok {
			continue // read as the new value and the change: shownMove's check
		}
		if o == n && st.rec.Old[idx][k] != st.rec.New[idx][k] {
			t.Errorf("%s: weight %d of unit %v moves, but reads %s → %s", where, j, u, o, n)
		}
		for i, lb := range s.Labels {
			switch lb.Text {
			case Say(WeightUpdateLabel, o, n):
			case "→ " + n, "→" + n:
				above := Label{}
				if i > 0 {
					above = s.Labels[i-1]
				}
				if (above.Text != Say(WeightLabel, o) && above.Text != o) ||
					above.Box.Y+above.Box.H > lb.Box.Y+0.01 ||
					above.Box.Y+above.Box.H < lb.Box.Y-0.01 {
					t.Errorf("%s: weight %d of unit %v reads %q without its old value %s",
						where, j, u, lb.Text, o)
				}
			}
		}
	}
}

// TestBadgesLeaveTheNumbers trains networks of 1 to 6 hidden layers of Tanh, LeakyReLU
// and ReLU, whose units wear badges ("sat 12%", "leaky 59%", "dead"), with the first hidden unit
// selected, in every window, and checks that every hidden unit shows the value its level
// shows under its units (numberLines; a second line yields where space is short, and a
// value to the selected unit's edges' labels: tookBySelected): a badge
// too wide for its unit shortens to its share inside it before it goes outside. (On a
// phone, Tanh's "sat 12%" above the second unit of layer 1 took the first unit's "a =";
// 29 values were hidden in these layouts.) Under Node, where the training takes three to
// four times as long (1.3-1.7 s), each activation trains two of the six depths, every
// depth among them (laidOutHere); the native run trains all eighteen.
func TestBadgesLeaveTheNumbers(t *testing.T) {
	for hidden := 1; hidden <= 6; hidden++ {
		for a, act := range []core.Activation{nil, core.LeakyReLU{NegativeSlope: 0.01},
			core.ReLU{}} {
			if !laidOutHere(a, hidden) {
				continue
			}
			m := columnsSession(t, hidden, act, Unit{1, 0})
			train(m, 300)
			for _, win := range append(windows, window{1024, 768, 1}) {
				where := fmt.Sprintf("%d hidden, %v, %v", hidden, act, win)
				s := pageScene(t, m, win)
				first := 0
				for lv, col := range s.Geo.Nodes {
					units := s.Units[first : first+len(col)]
					for i, u := range units {
						value, _ := s.numberLines(m, first+i)
						if lv > 0 && value != "" && u.Unit != m.Selected && !lineUnder(s, u, value) &&
							!lineUnder(s, u, tighter(value, true)) && !tookBySelected(s, u, value) {
							t.Errorf("%s: unit %v does not show %q", where, u.Unit, value)
						}
					}
					first += len(col)
				}
			}
		}
	}
}

// tookBySelected reports whether the room under unit u for its value, in its shortest
// form, is taken by a label of the selected unit's edges: they come before every other
// unit's value, which a learner finds in the panel by selecting its unit.
func tookBySelected(s *Scene, u UnitView, value string) bool {
	if t := tighter(value, true); t != "" {
		value = t
	}
	pad, g := numberPad*s.Geo.Scale, textGap*s.Geo.Scale
	w := s.Fonts.Face(Small).Width(value) + 2*pad
	r := Rect{X: u.Rect.X + (u.Rect.W-w)/2 - g, Y: s.numbersTop(u), W: w + 2*g,
		H: s.Fonts.Face(Small).LineHeight}
	for i := range s.texts {
		if t := &s.texts[i]; t.ok && t.group == groupSelected && clash(t.box, r) {
			return true
		}
	}
	return false
}

// lineUnder reports whether s shows text under unit u, centred on it.
func lineUnder(s *Scene, u UnitView, text string) bool {
	for _, l := range s.Labels {
		cx, _ := l.Box.Center()
		if l.Text == text && l.Box.Y >= u.Rect.Y+u.Rect.H && math.Abs(cx-(u.Rect.X+u.Rect.W/2)) < 1 {
			return true
		}
	}
	return false
}

// TestSelectedUnitShowsBothLines selects each hidden unit of lesson 6's network in turn,
// in every window, and checks that the selected unit shows both its lines, its value and
// its bias, in full or as bare numbers of up to five characters ("-0.04"; on a phone a
// wider one, "-1.2e-03", has no room between two columns: the panel shows it). (On a
// phone the dead unit the lesson selects showed "a = 0" beside it and no bias: "-0.04" on
// its white box was half a pixel too wide for the room between it and the next column.)
func TestSelectedUnitShowsBothLines(t *testing.T) {
	m := openLesson(t, 6, 0)
	missing := 0
	for lv := 1; lv < len(m.Sizes())-1; lv++ {
		for i := range m.Sizes()[lv] {
			m.Selected = Unit{Level: lv, Index: i}
			for _, win := range append(windows, window{1024, 768, 1}) {
				s := pageScene(t, m, win)
				u := s.unit(lv, i)
				for _, line := range []string{u.Value, u.Detail} {
					if len(numberOf(line)) <= 5 && !hasLabel(s, line) &&
						!hasLabel(s, numberOf(line)) {
						missing++
						t.Errorf("%v, unit %v: %q is not shown", win, u.Unit, line)
					}
				}
			}
		}
	}
	if missing > 0 {
		t.Logf("%d lines missing", missing)
	}
}

// TestUpdateOfTheSelectedUnitReads lays out the Step's update of the presets, Net B's
// eight units a layer among them, with the first hidden unit, the last hidden unit, the
// output or a unit half way selected, on phones and a laptop, and checks that the move
// of every incoming weight of the selected unit can be read (checkMovesRead; the
// networks of 1 to 6 hidden layers are TestStepLayouts').
func TestUpdateOfTheSelectedUnitReads(t *testing.T) {
	unread, weights := 0, 0
	// The presets, Net B's eight units a layer among them. (On a phone, eight weights of
	// six decimals of the deep Sigmoid stack's last hidden layer, and Net B's last hidden
	// unit, whose numbers took the foot of the network, found no room for the list of the
	// unit's moves: 24 weights. On short phones the bias's move beside the unit took the
	// foot: 48 weights.)
	presetUpdates(t, func(where string, m *Session) {
		for _, win := range []window{{390, 844, 1}, {375, 667, 1}, {360, 640, 1}, {1280, 800, 1}} {
			where := fmt.Sprintf("%s, %v", where, win)
			s := pageScene(t, m, win)
			if tooShortForTheList[where] {
				if _, ok := listBox(s); ok {
					t.Errorf("%s: the list is placed: take the case out of tooShortForTheList",
						where)
				}
				continue
			}
			u, w := checkMovesRead(t, where, m, s)
			unread, weights = unread+u, weights+w
		}
	})
	t.Logf("%d of %d weights' moves show nowhere", unread, weights)
}

// tooShortForTheList are the cases whose list of moves finds no room: the deep Sigmoid
// stack's moves of six decimals, at unit 5/2 on a canvas 360 pixels high, need five rows
// across the canvas, and its units leave the foot two.
var tooShortForTheList = map[string]bool{
	"preset 2, unit {5 2}, 375x667@1": true,
	"preset 2, unit {5 2}, 360x640@1": true,
}

// checkMovesRead reports a move of an incoming weight of the selected unit, in the
// Step's update laid out in s, that can be read neither on its edge nor in the list of
// the unit's moves, which names it ("[j] old→new"); it returns how many, of how many.
// (On a crowded phone the edges had no room: 180 of 320 weights' moves showed nowhere on
// the canvas.)
func checkMovesRead(t *testing.T, where string, m *Session, s *Scene) (unread, weights int) {
	t.Helper()
	st := s.step(m)
	u := m.Selected
	l := u.Level - 1
	idx, _ := s.paramIndex(st, l, false)
	in := m.Layer(l).Linear.In
	for j := range in {
		weights++
		k := u.Index*in + j
		if !edgeLabelled(s, m, u, j) && !listed(s, j, st.rec.Old[idx][k], st.rec.New[idx][k],
			s.moveDigitsOf(m, st, u)) {
			unread++
			t.Errorf("%s: the move of weight %d shows nowhere", where, j)
		}
	}
	return unread, weights
}

// listed reports whether a placed label of s names input j ("[j]") and then its move
// from old to new, in four decimals or more (moveNumbers) or in two or more (briefMove),
// in its unit's decimals (dg) or its own, or as the new value and the change
// (moveChange).
func listed(s *Scene, j int, old, new float64, dg moveDigits) bool {
	long, short := moveTexts(old, new, dg)
	_, own := moveTexts(old, new, moveDigits{change: dg.change}) // the list's last forms
	forms := []string{long, short, own}
	name := "[" + strconv.Itoa(j) + "]"
	for _, lb := range s.Labels {
		for rest := lb.Text; ; {
			_, after, found := strings.Cut(rest, name)
			if !found {
				break
			}
			for _, f := range forms {
				if strings.HasPrefix(strings.TrimLeft(after, " "), f) {
					return true
				}
			}
			rest = after
		}
	}
	return false
}

// TestMovesListTakesWholeBars lays out Step's update of Net B's output on a phone, where
// the list of its moves takes the gradient bars' room, and checks that no bar shows a
// stub of its track beside the list. (The first bar's end showed as a stray dash.)
func TestMovesListTakesWholeBars(t *testing.T) {
	m := presetSession(t, 1, Unit{7, 0})
	updateDone(m)
	s := pageScene(t, m, window{390, 844, 1})
	listed := false
	for i := range s.texts {
		if tx := &s.texts[i]; tx.ok && tx.list {
			listed = true
			for _, b := range s.GradBars {
				if b.Track.Rect.Overlaps(tx.box) {
					t.Errorf("bar %d's track %+v lies under the list %+v", b.Layer, b.Track.Rect,
						tx.box)
				}
			}
		}
	}
	if !listed {
		t.Fatal("no list of moves: the case no longer tests the bars")
	}
}

// TestGradNumber checks that a gradient is written with the digits its move needs.
func TestGradNumber(t *testing.T) {
	for _, c := range []struct {
		g, lr float64
		want  string
	}{
		{0.042071, 0.03, "0.04207"}, {123.4567, 0.03, "123.457"}, {-4.315e-10, 0.03, "-4.315e-10"},
		{0, 1, "0"}, {2.5, 10, "2.5"}, {2.54321, 10, "2.54321"}, {7.1881e-05, 0.03, "7.188e-05"},
	} {
		if got := gradNumber(c.g, c.lr); got != c.want {
			t.Errorf("gradNumber(%v, %v) = %q, want %q", c.g, c.lr, got, c.want)
		}
		if v, _ := strconv.ParseFloat(gradNumber(c.g, c.lr), 64); math.Abs(c.lr*(v-c.g)) > 0.5e-4 {
			t.Errorf("gradNumber(%v, %v): lr × g off by %v", c.g, c.lr, c.lr*(v-c.g))
		}
	}
}

// TestUpdateCanBeCheckedByHand steps to the update and reads, in the f(z) view, the
// selected weight's update with the numbers the update used: old - lr × mean dL/dw =
// new must hold to the shown digits. (The canvas showed dL/dw of the one point drawn,
// and the move, but never the batch's mean gradient that made it: on Net B the backward
// pass read "dL/dw 0" and the weight still moved.)
func TestUpdateCanBeCheckedByHand(t *testing.T) {
	defer SetLanguage{Lang: English}.apply(nil)
	rule := regexp.MustCompile(`(w\[\d+\]\[\d+\]).* = (\S+) - (\S+) × (\S+) = (\S+)$`)
	for _, lang := range []Lang{English, Korean} {
		SetLanguage{Lang: lang}.apply(nil)
		mean := map[Lang]string{English: "mean dL/dw", Korean: "평균 dL/dw"}[lang]
		for p := range Presets() {
			m := presetSession(t, p, Unit{1, 1})
			for range 4 {
				mustApply(t, m, StepPhase{Instant: true})
			}
			for _, win := range []window{{1280, 800, 1}, {1920, 1080, 1}, {390, 844, 1}} {
				m.Apply(ShowPane{Pane: PaneActivation})
				s := pageScene(t, m, win)
				m.Apply(ShowPane{Pane: PaneNetwork})
				where := fmt.Sprintf("%v, preset %d, %v", lang, p, win)
				var got []string
				for _, l := range s.Labels {
					if got = rule.FindStringSubmatch(l.Text); got != nil {
						if win.W >= 1280 && !strings.Contains(l.Text, mean) {
							t.Errorf("%s: %q does not say the gradient is the mean", where, l.Text)
						}
						break
					}
				}
				if got == nil {
					t.Errorf("%s: no update line w = old - lr × g = new", where)
					continue
				}
				var v [4]float64
				for i, f := range got[2:] {
					var err error
					if v[i], err = strconv.ParseFloat(f, 64); err != nil {
						t.Fatalf("%s: %q: %v", where, got[0], err)
					}
				}
				o, lr, g, n := v[0], v[1], v[2], v[3]
				if lr != m.LR || got[1] != "w[1][0]" {
					t.Errorf("%s: %q, the learning rate is %v, the weight w[1][0]", where, got[0],
						m.LR)
				}
				// Half a unit of the last digit of old, of new and of lr × g.
				const tol = 1.5e-4
				if d := math.Abs(o - lr*g - n); d > tol {
					t.Errorf("%s: %q: old - lr × g - new = %.3g", where, got[0], d)
				}
			}
		}
	}
}

// TestUpdateRuleFollowsItsWeight: the update line, made once per Step record and kept
// from frame to frame, follows what it shows on one scene built again frame after frame:
// the weight of a picked edge, another unit, the language, the next Step's record.
func TestUpdateRuleFollowsItsWeight(t *testing.T) {
	defer SetLanguage{Lang: English}.apply(nil)
	m := presetSession(t, 1, Unit{1, 1})
	update := func() {
		for range 4 {
			mustApply(t, m, StepPhase{Instant: true})
		}
	}
	update()
	mustApply(t, m, ShowPane{Pane: PaneActivation})
	win := window{1280, 800, 1}
	s := &Scene{}
	line := func() string {
		s.Build(m, pageGeometry(m, win), testFontsAt(t, win.Scale), 0)
		for _, l := range s.Labels {
			if strings.Contains(l.Text, " × ") && strings.Contains(l.Text, "w[") {
				return l.Text
			}
		}
		return ""
	}
	first := line()
	for _, c := range []struct {
		name, want string
		change     func()
	}{
		{"as it was", "w[1][0] - lr", func() {}},
		{"an edge picked", "w[1][1] - lr", func() {
			mustApply(t, m, SelectEdge{Layer: 0, Unit: 1, In: 1})
		}},
		{"another unit", "w[0][1] - lr", func() {
			mustApply(t, m, SelectEdge{Layer: 0, Unit: 0, In: 1})
		}},
		{"in Korean", "w[0][1] - 학습률", func() { SetLanguage{Lang: Korean}.apply(nil) }},
	} {
		c.change()
		if got := line(); !strings.Contains(got, c.want) {
			t.Errorf("%s: the update line reads %q, without %q", c.name, got, c.want)
		}
	}
	SetLanguage{Lang: English}.apply(nil)
	mustApply(t, m, SelectEdge{Layer: 0, Unit: 1, In: 0})
	if got := line(); got != first {
		t.Errorf("back at the first weight, the update line reads %q, want %q", got, first)
	}
	update()
	if got := line(); got == first || !strings.Contains(got, "w[1][0] - lr") {
		t.Errorf("the next Step's update line reads %q, the first's %q", got, first)
	}
}

// TestEdgeLabelsLeaveTheValues lays out every preset at rest and in each phase of a Step,
// in a laptop's, a desktop's and a high-density laptop's windows, and checks that no
// label of the selected unit's edges takes the room of a unit's numbers
// (checkColumnsRead), that every unit of a column with room for its value shows it, and
// that the selected unit's edges still carry labels but in the update (whose list of
// moves may take them). (At 1280x800, at rest and in the forward pass, Net B's "w 0.25"
// took the room of layer 1 unit 1's "a = 0.86", which was left out: look10.)
func TestEdgeLabelsLeaveTheValues(t *testing.T) {
	for p := range Presets() {
		m := presetSession(t, p, Unit{})
		for phase := PhaseNone; phase <= PhaseUpdate; phase++ {
			if phase > PhaseNone {
				mustApply(t, m, StepPhase{Instant: true})
			}
			for _, win := range []window{{1280, 800, 1}, {1920, 1080, 1}, {1280, 800, 2}} {
				where := fmt.Sprintf("preset %d, phase %d, %v", p, phase, win)
				s := pageScene(t, m, win)
				checkColumnsRead(t, where, s)
				for k, u := range s.Units {
					value, _ := s.numberLines(m, k)
					if u.Unit.Level == 0 || u.Unit == m.Selected || value == "" {
						continue
					}
					if !lineUnder(s, u, value) {
						t.Errorf("%s: unit %v does not show %q", where, u.Unit, value)
					}
				}
				edges := 0
				for i := range s.texts {
					if tx := &s.texts[i]; tx.ok && tx.group == groupSelected {
						edges++
					}
				}
				if edges == 0 && phase != PhaseUpdate {
					t.Errorf("%s: none of the selected unit's edges is labelled", where)
				}
			}
		}
	}
}
