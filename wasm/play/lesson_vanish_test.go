package play

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"

	"nnplay/core"
)

// TestVanishRuleNamesTheBound: lesson 4's board names the bound of the derivative of
// the hidden layers' activation, the one the learner picked (sigmoid′ ≤ 0.25, tanh′ ≤ 1,
// ReLU′ 0 or 1), and none when the hidden layers mix activations. (It said
// "sigmoid′ ≤ 0.25" after a switch to Tanh or ReLU: look7.)
func TestVanishRuleNamesTheBound(t *testing.T) {
	for _, lang := range Langs() {
		speak(lang)
		for _, c := range []struct {
			name  string
			cs    []Command
			bound Msg
		}{
			{"sigmoid", nil, VanishBoundSigmoid},
			{"tanh", []Command{SetHiddenActivation{Act: core.Tanh{}}}, VanishBoundTanh},
			{"relu", []Command{SetHiddenActivation{Act: core.ReLU{}}}, VanishBoundReLU},
			{"mixed", []Command{SetActivation{Layer: 1, Act: core.Tanh{}}}, -1},
		} {
			m := openLesson(t, 4, 0)
			apply(t, m, c.cs...)
			s := sceneAt(t, m, 1280, 800, 1)
			want := Say(VanishBoardRule, "")
			if c.bound >= 0 {
				want = Say(VanishBoardRule, Say(c.bound))
			}
			if !hasLabel(s, want) {
				t.Errorf("%v, %s: the board does not say %q", lang, c.name, want)
			}
			for _, b := range []Msg{VanishBoundSigmoid, VanishBoundTanh, VanishBoundReLU} {
				for _, l := range s.Labels {
					if b != c.bound && strings.Contains(l.Text, Say(b)) {
						t.Errorf("%v, %s: the board says %q", lang, c.name, l.Text)
					}
				}
			}
		}
	}
	speak(English)
}

// TestVanishBoardChecksByHand: each row of lesson 4's board follows from the row above
// by the factors the row shows: |dL/dz| of a layer is the one above times every "×"
// factor of its own row, within the rounding of the numbers shown. (The board showed
// f′ alone, and 1.06 × 0.24 read 0.15, for the weights multiply too: look8.)
func TestVanishBoardChecksByHand(t *testing.T) {
	for _, lang := range Langs() {
		speak(lang)
		for _, c := range []struct {
			name string
			cs   []Command
		}{
			{"sigmoid", nil},
			{"tanh", []Command{SetHiddenActivation{Act: core.Tanh{}}}},
			{"relu", []Command{SetHiddenActivation{Act: core.ReLU{}}}},
		} {
			m := openLesson(t, 4, 0)
			apply(t, m, c.cs...)
			s := sceneAt(t, m, 1280, 800, 1)
			rows := boardRows(s, m)
			if len(rows) < 4 {
				t.Fatalf("%v, %s: %d rows on the board", lang, c.name, len(rows))
			}
			for i := 1; i < len(rows); i++ {
				want := rows[i-1].dz
				for _, f := range rows[i].factors {
					want *= f
				}
				if got := rows[i].dz; math.Abs(got-want) > 0.03*want {
					t.Errorf("%v, %s, row %d: |dL/dz| %g, but %g × %v = %g",
						lang, c.name, i, got, rows[i-1].dz, rows[i].factors, want)
				}
			}
		}
	}
	speak(English)
}

// boardRow is one row of lesson 4's board as the canvas shows it: its factors (every
// number of the row but its |dL/dz|) and its |dL/dz|.
type boardRow struct {
	factors []float64
	dz      float64
}

// boardRows reads lesson 4's rows, top to bottom, from the labels in the board.
func boardRows(s *Scene, m *Session) []boardRow {
	dzPrefix := strings.TrimSuffix(Say(VanishRowDZ, ""), " ")
	r := s.Geo.Lesson
	byY := map[float64][]Label{}
	var ys []float64
	for _, l := range s.Labels {
		b := l.Box
		if b.X < r.X || b.Y < r.Y || b.X > r.X+r.W || b.Y > r.Y+r.H {
			continue
		}
		if _, ok := byY[b.Y]; !ok {
			ys = append(ys, b.Y)
		}
		byY[b.Y] = append(byY[b.Y], l)
	}
	slices.Sort(ys)
	var rows []boardRow
	for _, y := range ys {
		var row boardRow
		dz := false
		for _, l := range byY[y] {
			f := strings.Fields(l.Text)
			if len(f) != 2 || l.Text == Say(VanishRowLayer, f[1]) {
				continue
			}
			v, err := strconv.ParseFloat(strings.ReplaceAll(f[1], "−", "-"), 64)
			if err != nil {
				continue
			}
			if f[0] == dzPrefix {
				row.dz, dz = v, true
			} else {
				row.factors = append(row.factors, v)
			}
		}
		if dz {
			rows = append(rows, row)
		}
	}
	return rows
}

// A factor of the board a learner pushes far, by a weight of 1000, reads in digits, not
// "1e+03"; one that overflows reads as Num says it, in the page's language. Every number
// keeps its three digits, zeros too: ReLU's rows read "×f′ 1" beside "×f′ 0.939" (look9).
func TestChainNumbersReadAsNumbers(t *testing.T) {
	for v, want := range map[float64]string{0.149: "0.149", 0.00123: "0.00123",
		1.06: "1.06", 999.7: "1000", 1234.4: "1234", 2.5e6: "2.50e+06", 1: "1.00",
		0.73: "0.730", 0.24: "0.240", 0.9996: "1.00", 3e-5: "3.00e-05", 0.0009: "0.000900",
		9e-5: "9.00e-05", -0.5: "-0.500", 99.96: "100", 0: "0.00",
		math.Inf(1): Num(math.Inf(1)), math.NaN(): Num(math.NaN())} {
		if got := chainNum(v); got != want {
			t.Errorf("chainNum(%v) = %q, want %q", v, got, want)
		}
	}
}

// The selected unit's chain rule under the board waits, as the board's rows do, until
// the backward pass reaches its layer: it read layer 1's dL/dz while the board said
// "not reached yet" for layers 5 to 1 (look9).
func TestVanishUnitWaitsForTheBackwardPass(t *testing.T) {
	m := openLesson(t, 4, 0)
	u := m.Selected
	if u.Level == 0 {
		t.Fatal("lesson 4 selects no unit")
	}
	steps(m, 2)
	m.Apply(StepPhase{})
	m.AdvanceAnim(beatSecs * 0.3) // the output layer's backward pass, not yet layer 1's
	line := Say(VanishUnitShort, "", "")[:len("f′(z) = ")]
	for _, when := range []string{"during", "after"} {
		seen := false
		for _, l := range sceneAt(t, m, 1280, 800, 1).Labels {
			seen = seen || strings.Contains(l.Text, "dL/da × f′(z)") ||
				strings.HasPrefix(l.Text, line)
		}
		if want := when == "after"; seen != want {
			t.Errorf("%s the backward pass: the unit's chain rule shown %v, want %v", when,
				seen, want)
		}
		m.AdvanceAnim(10)
	}
}
