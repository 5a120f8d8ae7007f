package play

import (
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
