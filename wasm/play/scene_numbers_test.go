package play

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"nnplay/core"
)

// TestTightNumbersShow opens lesson 6 (dying ReLU) on a phone, in English and Korean, with
// the selected unit's bias and value made small, large or long, and checks that each
// number shows on the canvas, if only in its shortest form: between the phone's columns
// a number longer than five characters ("b = -1.2e-03") found no room and showed only in
// the panel.
func TestTightNumbersShow(t *testing.T) {
	defer speak(English)
	for _, lang := range []Lang{English, Korean} {
		speak(lang)
		for _, b := range []float64{-1.2e-3, 4.6e-5, -0.04, -0.0167} {
			m := NewSession()
			apply(t, m, OpenLesson{ID: 6})
			u := m.Selected
			apply(t, m, SetBias{Layer: u.Level - 1, Unit: u.Index, Value: b})
			s := pageScene(t, m, window{390, 844, 1})
			where := fmt.Sprintf("%s, b = %g", lang.Code(), b)
			found := false
			for _, lb := range s.Labels {
				if strings.HasSuffix(lb.Text, Num(b)) || strings.HasSuffix(lb.Text, tightNum(Num(b))) {
					found = true
				}
			}
			if !found {
				t.Errorf("%s: the selected unit's bias %s shows nowhere on the canvas", where, Num(b))
			}
		}
	}
}

// TestTightNum checks the shortest form of a number: where Num writes an exponent, one
// significant figure and the exponent as Num writes it; else Num's own. The deep stack's
// output read "a = -8e-3" beside biases "b = -8.9e-03" (look8): one form of exponent.
func TestTightNum(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"-1.2e-03", "-1e-03"}, {"4.6e-05", "5e-05"}, {"1.2e+03", "1e+03"},
		{"-9.6e-03", "-1e-02"}, {"9.6e+04", "1e+05"},
		{"-0.04", "-0.04"}, {"0.39", "0.39"}, {"12.3", "12.3"}, {"", ""}, {"abc", "abc"},
	} {
		if got := tightNum(c.in); got != c.want {
			t.Errorf("tightNum(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestOneTinyValueLeavesItsColumnsNumbers opens Net B at rest in a laptop's windows and
// checks that every hidden unit but the selected one shows its value under it, in full
// or with its number in its shortest form, but where the selected unit's edges' labels
// took its room (tookBySelected): at 1280x800 one value of layer 1, "a =
// 2.3e-03", was too wide for the column, and all eight of the layer's values vanished.
func TestOneTinyValueLeavesItsColumnsNumbers(t *testing.T) {
	m := presetSession(t, 1, Unit{})
	for _, win := range []window{{1280, 800, 1}, {1920, 1080, 1}, {1280, 800, 2}} {
		s := pageScene(t, m, win)
		for _, u := range s.Units {
			if u.Unit.Level == 0 || u.Unit == m.Selected {
				continue
			}
			if !lineUnder(s, u, u.Value) && !lineUnder(s, u, tighter(u.Value, true)) &&
				!tookBySelected(s, u, u.Value) {
				t.Errorf("%v: unit %v does not show %q", win, u.Unit, u.Value)
			}
		}
	}
}

// TestSecondLineGoesWithTheValue lays out Net B at rest in a laptop's windows and checks
// that no unit shows its second line without its value: where the selected unit's edge
// label took the room of "a = 0.86", "b = 0.10" stood under the unit alone, a line low.
func TestSecondLineGoesWithTheValue(t *testing.T) {
	m := presetSession(t, 1, Unit{})
	for _, win := range []window{{1280, 800, 1}, {1920, 1080, 1}, {1280, 800, 2}} {
		s := pageScene(t, m, win)
		for _, u := range s.Units {
			if u.Unit.Level == 0 || u.Detail == "" || !detailUnder(s, u) {
				continue
			}
			if !lineUnder(s, u, u.Value) && !lineUnder(s, u, tighter(u.Value, true)) &&
				u.Unit != m.Selected {
				t.Errorf("%v: unit %v shows %q without %q", win, u.Unit, u.Detail, u.Value)
			}
		}
	}
}

// detailUnder reports whether s shows unit u's second line just under it: centred on it,
// at most a line below the line of its value.
func detailUnder(s *Scene, u UnitView) bool {
	top, lh := s.numbersTop(u), s.Fonts.Face(Small).LineHeight
	for _, l := range s.Labels {
		cx, _ := l.Box.Center()
		if l.Text == u.Detail && l.Box.Y >= top-0.01 && l.Box.Y <= top+lh+0.01 &&
			math.Abs(cx-(u.Rect.X+u.Rect.W/2)) < 1 {
			return true
		}
	}
	return false
}

// TestInputLinesFollowTheirInputs rebuilds one Scene after the input point moves, an
// input's feature changes (x1 turned off: input 0 is now x2, at the same value) and the
// language switches, and checks that the inputs' lines read each time what they carry:
// inputLine keeps each line until its feature or value changes.
func TestInputLinesFollowTheirInputs(t *testing.T) {
	defer speak(English)
	speak(English)
	m := NewSession()
	win := window{1280, 800, 1}
	s := &Scene{}
	lines := func() []string {
		s.Build(m, pageGeometry(m, win), testFontsAt(t, win.Scale), 0)
		var out []string
		for _, u := range s.Units {
			if u.Unit.Level == 0 {
				out = append(out, u.Value)
			}
		}
		return out
	}
	apply(t, m, SetInput{X1: 0.5, X2: 0.5})
	for _, c := range []struct {
		name, want string
		change     func()
	}{
		{"as it is", "[x1 = 0.500 x2 = 0.500]", func() {}},
		{"the point moved", "[x1 = -1.250 x2 = 0.500]", func() {
			apply(t, m, SetInput{X1: -1.25, X2: 0.5})
		}},
		{"x1 off", "[x2 = 0.500]", func() {
			apply(t, m, SetInput{X1: 0.5, X2: 0.5})
			lines()
			apply(t, m, SetFeature{Feature: core.X1})
		}},
		{"in Korean", "[x2 = 0.500]", func() { speak(Korean) }},
	} {
		c.change()
		if got := fmt.Sprint(lines()); got != c.want {
			t.Errorf("%s: the inputs read %s, want %s", c.name, got, c.want)
		}
	}
}
