package play

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestEdgeLegend walks every preset at every Step moment and while Play trains fast, in
// both languages, in the landscape windows down to a phone's and on phones upright, and
// builds each scene once for both of its checks, which took the same walk each (the
// second test's scenes a superset of the first's), each building every scene anew.
//
// The legend shows: what the edges encode is said. At 844x390 Net B's update phase said
// "선: 가중치" in Korean and nothing in English (the fresh-eyes look, z-p08): its short
// form was wider than the room left of the selected unit's numbers, and at the right it
// met the last hidden layer. At 390x844 Net B's English legend found no room above the
// units in 9 of 12 moments.
//
// The legend clears the units: it keeps the clearance other texts keep from the units.
// At 844x390 it lay flush on the top row of units (its box ended where they began), in
// EN and KO, during Step's update and during Play (look8 item 4, z-844-en-upd.png).
func TestEdgeLegend(t *testing.T) {
	defer speak(English)
	for _, lang := range Langs() {
		speak(lang)
		for _, win := range []window{{844, 390, 1}, {1280, 800, 1}, {900, 500, 1},
			{1920, 1080, 1}, {390, 844, 1}, {375, 667, 1}} {
			for p := range Presets() {
				moments := stepMoments(len(presetSession(t, p, Unit{}).Net.Layers))
				moments = append(moments, moment{"fast play", func(m *Session) {
					m.Apply(SetSpeed{Speed: SpeedEpoch})
					m.Apply(Play{On: true})
				}})
				for _, mo := range moments {
					m := presetSession(t, p, Unit{})
					mo.set(m)
					s := pageScene(t, m, win)
					forms := edgeLegends[s.EdgeMode]
					where := fmt.Sprintf("%s, %v, preset %d, %s", lang.Code(), win, p, mo.name)
					checkEdgeLegend(t, where, s, []string{Say(forms[0]), Say(forms[1])})
				}
			}
		}
	}
}

// checkEdgeLegend checks that the scene says one of the legend's forms, and that each
// that it says keeps its clearance from every unit.
func checkEdgeLegend(t *testing.T, where string, s *Scene, said []string) {
	t.Helper()
	shown := false
	for _, l := range s.Labels {
		if !slices.Contains(said, l.Text) {
			continue
		}
		shown = true
		d := clearance * s.Geo.Scale
		near := Rect{l.Box.X - d, l.Box.Y - d, l.Box.W + 2*d, l.Box.H + 2*d}
		for _, u := range s.Units {
			if near.Overlaps(u.Rect) {
				t.Errorf("%s: the legend %q at %v lies over unit %v at %v", where, l.Text,
					l.Box, u.Unit, u.Rect)
			}
		}
	}
	if !shown {
		t.Errorf("%s: no legend of the edges", where)
	}
}

// TestFastPlayLabelsTheEdgesGradients: while Play trains fast the edges encode dL/dW over
// the training set, as their legend says, and the fresh-eyes look found the selected
// unit's edges labelled with their weights ("w -0.10") under that legend: they give the
// gradient the edge draws.
func TestFastPlayLabelsTheEdgesGradients(t *testing.T) {
	for _, size := range [][2]float64{{1280, 800}, {390, 844}} {
		m := NewSession()
		mustApply(t, m, SetSpeed{Speed: SpeedEpoch})
		mustApply(t, m, Play{On: true})
		s := sceneAt(t, m, size[0], size[1], 1)
		if s.EdgeMode != EdgesGradient {
			t.Fatalf("edge mode %v while Play trains fast", s.EdgeMode)
		}
		grads := 0
		for _, l := range s.Labels {
			if strings.HasPrefix(l.Text, "w ") {
				t.Errorf("at %v an edge reads %q under the gradients' legend", size, l.Text)
			}
			for _, g := range m.Diag.Layers[0].WeightGrad[:m.Net.Layers[0].Linear.In] {
				if l.Text == Say(WeightGradLabel, Num(g)) {
					grads++
				}
			}
		}
		if grads == 0 {
			t.Errorf("at %v no edge of the selected unit reads its dL/dw", size)
		}
	}
}
