package play

import (
	"regexp"
	"strings"
	"testing"
)

// inputValue matches an input's line on the canvas, "x1 = 1.495" or closed up "x2=-1.00",
// and its decimals.
var inputValue = regexp.MustCompile(`^(x1|x2|x1²|x2²|x1x2|sin\(x1\)|sin\(x2\)) ?= ?-?\d+\.(\d+)$`)

// TestInputsShareTheirDecimals: the fresh-eyes look read "x1=1.495" beside "x2=-1.00" at
// 900x500 (the deep stack): two precisions side by side read as two kinds of number. The
// inputs' lines are one group in one form (groupInputs): where one input falls to two
// decimals, or closes up ("x1=1.495"), the others do too.
func TestInputsShareTheirDecimals(t *testing.T) {
	wins := []window{{900, 500, 1}, {844, 390, 1}, {375, 667, 1}, {390, 844, 1},
		{1280, 800, 1}}
	for p := range Presets() {
		probe := presetSession(t, p, Unit{})
		for _, mo := range stepMoments(len(probe.Sizes()) - 1) {
			for _, u := range selections(probe) {
				m := presetSession(t, p, u)
				mo.set(m)
				for _, win := range wins {
					s := pageScene(t, m, win)
					digits := map[[2]int]string{} // by decimals and spaces
					for _, l := range s.Labels {
						if v := inputValue.FindStringSubmatch(l.Text); v != nil {
							digits[[2]int{len(v[2]), strings.Count(l.Text, " ")}] = l.Text
						}
					}
					if len(digits) > 1 {
						t.Errorf("preset %d, %s, unit %v, %v: the inputs read %v", p, mo.name,
							u, win, digits)
					}
				}
			}
		}
	}
}
