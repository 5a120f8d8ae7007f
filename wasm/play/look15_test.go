package play

import (
	"math"
	"strings"
	"testing"
)

// TestSelectedUnitsSecondLineStandsUnderItsValue: the selected unit's second line ("b = 0.10",
// "dL/dz = 0") stands under its value ("a = 0"), in line with it, as under every other unit: with
// Net B as it comes and with four hidden layers, each unit of the first hidden layer selected, at
// rest and through a Step, in both languages, on phones and small laptops. At 375x667 in Korean
// the first unit's "a = 0" stood right of it and its "b = 0.10" left of it, a line lower (look15):
// the second line, too wide for the room under the value, took the other side.
func TestSelectedUnitsSecondLineStandsUnderItsValue(t *testing.T) {
	defer speak(English)
	lost := map[window]int{} // the cases, by window, where a line finds no room at all
	for _, lang := range Langs() {
		speak(lang)
		for _, layers := range []int{0, 4} {
			net := func() *Session {
				m := presetSession(t, 1, Unit{})
				if layers > 0 {
					mustApply(t, m, SetHiddenLayers{N: layers})
				}
				return m
			}
			probe := net()
			for k := 0; k < probe.Sizes()[1]; k++ {
				for _, mo := range stepMoments(len(probe.Sizes()) - 2) {
					m := net()
					mustApply(t, m, Select{Unit: Unit{1, k}})
					mo.set(m)
					for _, win := range look13Windows {
						s := pageScene(t, m, win)
						v, d, vOK, dOK := selectedLines(m, s)
						if !vOK || !dOK {
							lost[win]++
							continue
						}
						under := math.Abs(d.Y-(v.Y+v.H)) < 1 // the next line, not lower
						inLine := d.X < v.X+v.W && v.X < d.X+d.W
						if !under || !inLine {
							t.Errorf("%s, %d layers, unit %d, %s, %v: the second line at %v "+
								"is not under the value at %v", lang.Code(), len(probe.Sizes())-2,
								k, mo.name, win, d, v)
						}
					}
				}
			}
		}
	}
	// The cases that keep both lines keep them: no more may lose one than lose one now,
	// of 384 a window. Where the rows are tighter than a unit and two lines (900x500's
	// 40 pixels: a unit of 17, lines of 13) or a phone's Step lists its moves, the
	// second has no room under the value; the panel shows both.
	for _, win := range look13Windows {
		if lost[win] > losesALine[win] {
			t.Errorf("%v: %d cases lose the selected unit's value or second line, were %d",
				win, lost[win], losesALine[win])
		}
	}
}

// losesALine counts, by window, the cases of TestSelectedUnitsSecondLineStandsUnderItsValue
// in which the selected unit's value or its second line finds no room (look39).
var losesALine = map[window]int{{844, 390, 1}: 12, {375, 667, 1}: 32, {390, 844, 1}: 54,
	{900, 500, 1}: 188}

// TestEveryColumnOfADeepNetNamesItsActivation: at 900x500, with Net B's six hidden layers,
// every column but the input's names its activation ("ReLU", "Tanh") over it, as at 1280x800,
// in both languages and with each selection. Only the selected column did (look15): "ReLU" is
// wider than a column's share, and the others left theirs out; every other one now goes a line
// lower.
func TestEveryColumnOfADeepNetNamesItsActivation(t *testing.T) {
	defer speak(English)
	for _, lang := range Langs() {
		speak(lang)
		for _, layers := range []int{6, 4} {
			probe := presetSession(t, 1, Unit{})
			mustApply(t, probe, SetHiddenLayers{N: layers})
			for _, u := range selections(probe) {
				m := presetSession(t, 1, Unit{})
				mustApply(t, m, SetHiddenLayers{N: layers})
				mustApply(t, m, Select{Unit: u})
				for _, win := range []window{{900, 500, 1}, {1280, 800, 1}} {
					s := pageScene(t, m, win)
					half := s.Geo.Pitch() / 2
					for lv := 1; lv < len(s.Geo.Nodes); lv++ {
						act := m.Layer(lv - 1).Activation().Label()
						x := s.Geo.Nodes[lv][0].X + s.Geo.Nodes[lv][0].W/2
						named := false
						for _, l := range s.Labels {
							cx, _ := l.Box.Center()
							if strings.Contains(l.Text, act) && l.Box.Y < s.Units[0].Rect.Y &&
								math.Abs(cx-x) < half {
								named = true
							}
						}
						if !named {
							t.Errorf("%s, %d layers, unit %v, %v: column %d does not name %s",
								lang.Code(), layers, u, win, lv, act)
						}
					}
				}
			}
		}
	}
}

// TestSelectedUnitsBiasNamedWhereItFits: where the selected unit's "b = 0.10" fits in full under
// its value on one side, it stands there, named: at 375x667 in Korean, Net B of four hidden layers
// read "a = 0" right of its first unit over a bare "0.10", with room for both on its left.
func TestSelectedUnitsBiasNamedWhereItFits(t *testing.T) {
	defer speak(English)
	for _, lang := range Langs() {
		speak(lang)
		m := presetSession(t, 1, Unit{})
		mustApply(t, m, SetHiddenLayers{N: 4})
		for _, win := range []window{{375, 667, 1}, {390, 844, 1}} {
			s := pageScene(t, m, win)
			u := s.unit(1, 0)
			if !hasLabel(s, u.Detail) {
				t.Errorf("%s, %v: %q is not shown in full", lang.Code(), win, u.Detail)
			}
		}
	}
}

// TestSelectedUnitsValueKeepsItsName: the selected unit's value keeps its name ("a = -0.24")
// before its second line keeps its spaces ("b = 0.10" over "b=0.10"): the value is the first
// line, and a bare "-0.24" over "b = 0.10" read as some number over the bias. placeLeading
// tried the second line's fuller forms first, the value's bare form among them: at 900x500
// Net A of four hidden layers, its unit 1,2 at rest read "-0.24" over "b = 0.10". (With six, at
// 844x390, "a = -0.24" has room over no form of its second line: there the bare value stands.)
func TestSelectedUnitsValueKeepsItsName(t *testing.T) {
	defer speak(English)
	for _, lang := range Langs() {
		speak(lang)
		for _, layers := range []int{4} {
			probe := presetSession(t, 0, Unit{})
			mustApply(t, probe, SetHiddenLayers{N: layers})
			for k := range probe.Sizes()[1] {
				m := presetSession(t, 0, Unit{})
				mustApply(t, m, SetHiddenLayers{N: layers})
				mustApply(t, m, Select{Unit: Unit{1, k}})
				for _, win := range look13Windows {
					s := pageScene(t, m, win)
					u := s.unit(1, k)
					if placedAs(s, u.Value) == numberOf(u.Value) && hasLabel(s, u.Detail) {
						t.Errorf("%s, %d layers, unit 1,%d, %v: a bare %q over %q",
							lang.Code(), layers, k, win, numberOf(u.Value), u.Detail)
					}
				}
			}
		}
	}
}

// placedAs returns the form in which the focused text whose first form is full is placed,
// "" where it is not.
func placedAs(s *Scene, full string) string {
	for i := range s.texts {
		if t := &s.texts[i]; t.prio == prioFocus && t.ok && s.formsOf(t)[0] == full {
			return s.formsOf(t)[t.form]
		}
	}
	return ""
}
