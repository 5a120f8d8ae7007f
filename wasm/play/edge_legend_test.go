package play

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// legendCases builds the scene of every preset at every Step moment (and, with fast,
// while Play trains fast), in both languages, in the landscape windows down to a
// phone's and on phones upright, and calls fn with it and the forms of the edges'
// legend it should say.
func legendCases(t *testing.T, fast bool, fn func(where string, s *Scene, said []string)) {
	t.Helper()
	defer speak(English)
	for _, lang := range Langs() {
		speak(lang)
		for _, win := range []window{{844, 390, 1}, {1280, 800, 1}, {900, 500, 1},
			{1920, 1080, 1}, {390, 844, 1}, {375, 667, 1}} {
			for p := range Presets() {
				moments := stepMoments(len(presetSession(t, p, Unit{}).Net.Layers))
				if fast {
					moments = append(moments, moment{"fast play", func(m *Session) {
						m.Apply(SetSpeed{Speed: SpeedEpoch})
						m.Apply(Play{On: true})
					}})
				}
				for _, mo := range moments {
					m := presetSession(t, p, Unit{})
					mo.set(m)
					s := pageScene(t, m, win)
					forms := edgeLegends[s.EdgeMode]
					fn(fmt.Sprintf("%s, %v, preset %d, %s", lang.Code(), win, p, mo.name), s,
						[]string{Say(forms[0]), Say(forms[1])})
				}
			}
		}
	}
}

// TestEdgeLegendShows: what the edges encode is said in every preset and Step moment, in
// both languages, in the landscape windows down to a phone's and on phones upright. At
// 844x390 Net B's update phase said "선: 가중치" in Korean and nothing in English (the
// fresh-eyes look, z-p08): its short form was wider than the room left of the selected
// unit's numbers, and at the right it met the last hidden layer. At 390x844 Net B's
// English legend found no room above the units in 9 of 12 moments.
func TestEdgeLegendShows(t *testing.T) {
	legendCases(t, false, func(where string, s *Scene, said []string) {
		if !slices.ContainsFunc(s.Labels, func(l Label) bool {
			return slices.Contains(said, l.Text)
		}) {
			t.Errorf("%s: no legend of the edges", where)
		}
	})
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
