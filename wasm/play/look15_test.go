package play

import (
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
							continue
						}
						under := d.Y+hair >= v.Y+v.H
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
}
