package play

import (
	"fmt"
	"math"
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

// TestSelectedUnitReadsValueThenBias: the selected unit's two lines read as every other unit's do,
// its value ("a = 0.26") and then its second line ("b = 0.10"), never the second above the first,
// with Net B of four hidden layers and each of its selections, at rest and through a Step, in both
// languages, on phones and small laptops. At 900x500 the first unit's "0.10" stood above it and
// "0.26" under it (look14): the second line, with no room under the value (the next unit), took the
// room above the unit, and b read before a.
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

// crosses reports whether line l, as wide as drawn, comes over rectangle r.
func crosses(l Line, r Rect) bool {
	half := l.Width / 2
	for k := 0; k <= 400; k++ {
		f := float64(k) / 400
		x, y := l.X0+f*(l.X1-l.X0), l.Y0+f*(l.Y1-l.Y0)
		dx := math.Max(0, math.Max(r.X-x, x-(r.X+r.W)))
		dy := math.Max(0, math.Max(r.Y-y, y-(r.Y+r.H)))
		if math.Hypot(dx, dy) < half {
			return true
		}
	}
	return false
}

// TestInputEdgesKeepOffTheChips: no edge from an input runs over a chip that feeds another feature
// ("+ x1²"), in every preset with its own hidden layers and with four, each selection, in both
// languages, on phones and small laptops. At 900x500 Net B's edges from x2 to its lower units
// crossed "+ x1²" and "+ x2²" (look14): the chips, as wide as the column allows, reached into the
// edges' fan.
func TestInputEdgesKeepOffTheChips(t *testing.T) {
	defer speak(English)
	for _, lang := range Langs() {
		speak(lang)
		for p := range Presets() {
			for _, layers := range []int{0, 4} {
				probe := presetSession(t, p, Unit{})
				if layers > 0 {
					mustApply(t, probe, SetHiddenLayers{N: layers})
				}
				for _, u := range selections(probe) {
					m := presetSession(t, p, Unit{})
					if layers > 0 {
						mustApply(t, m, SetHiddenLayers{N: layers})
					}
					mustApply(t, m, Select{Unit: u})
					for _, win := range look13Windows {
						s := pageScene(t, m, win)
						for _, b := range s.Geo.Buttons(m, nil) {
							for _, e := range s.Edges {
								if b.Kind == FeatureChip && e.Layer == 0 && crosses(e.Line, b.Rect) {
									t.Errorf("%s, preset %d, %d layers, unit %v, %v: the edge "+
										"from input %d to unit %d runs over %v's chip %v",
										lang.Code(), p, layers, u, win, e.In, e.Unit, b.Feature,
										b.Rect)
									break
								}
							}
						}
					}
				}
			}
		}
	}
}
