package play

import (
	"fmt"
	"testing"
)

// selectedLines returns the boxes of the selected unit's value and second line where s
// placed them (in the line's full form or its shortest), and whether it did.
func selectedLines(m *Session, s *Scene) (value, detail Rect, vOK, dOK bool) {
	for _, u := range s.Units {
		if u.Unit != m.Selected {
			continue
		}
		for i := range s.texts {
			t := &s.texts[i]
			if t.prio != prioFocus || t.group != 0 || !t.ok {
				continue
			}
			switch f := s.formsOf(t)[0]; {
			case u.Value != "" && (f == u.Value || f == tighter(u.Value, false)):
				value, vOK = t.box, true
			case u.Detail != "" && (f == u.Detail || f == tighter(u.Detail, false)):
				detail, dOK = t.box, true
			}
		}
	}
	return value, detail, vOK, dOK
}

// TestSelectedUnitReadsValueThenBias: the selected unit's two lines read as every other
// unit's do, its value ("a = 0.26") and then its second line ("b = 0.10"), never the
// second above the first, with Net B of four hidden layers and each of its selections,
// at rest and through a Step, in both languages, on phones and small laptops. At 900x500 the first unit's "0.10"
// stood above it and "0.26" under it (look14): the second line, with no room under the
// value (the next unit), took the room above the unit, and b read before a.
func TestSelectedUnitReadsValueThenBias(t *testing.T) {
	defer speak(English)
	probe := presetSession(t, 1, Unit{})
	mustApply(t, probe, SetHiddenLayers{N: 4})
	for _, lang := range Langs() {
		speak(lang)
		for _, u := range selections(probe) {
			for _, mo := range stepMoments(5) {
				m := presetSession(t, 1, Unit{})
				mustApply(t, m, SetHiddenLayers{N: 4})
				mustApply(t, m, Select{Unit: u})
				mo.set(m)
				for _, win := range look13Windows {
					s := pageScene(t, m, win)
					v, d, vOK, dOK := selectedLines(m, s)
					where := fmt.Sprintf("%s, unit %v, %s, %v", lang.Code(), u, mo.name, win)
					if vOK && dOK && d.Y < v.Y {
						t.Errorf("%s: the second line at %v reads before the value at %v",
							where, d, v)
					}
				}
			}
		}
	}
}
