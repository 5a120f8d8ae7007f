package play

import (
	"strings"
	"testing"
)

// TestEveryEdgeLabelSaysWhatItIs: every placed label of an edge names what it gives,
// "w" or "dL/dw", in every preset, paused, while Play trains fast and after Step's
// backward pass, in both languages. At the fastest speed Net B's and the deep stack's
// labels were bare numbers ("-6.9e-07", look8 item 6) beside Net A's "dL/dw -4.3e-06",
// and paused the labels read "w 0.09": their brief form dropped the name.
func TestEveryEdgeLabelSaysWhatItIs(t *testing.T) {
	defer speak(English)
	moments := []struct {
		name string
		set  func(t *testing.T, m *Session)
	}{
		{"paused", func(*testing.T, *Session) {}},
		{"fast", func(t *testing.T, m *Session) {
			mustApply(t, m, SetSpeed{Speed: SpeedEpoch})
			mustApply(t, m, Play{On: true})
		}},
		{"loss done", func(t *testing.T, m *Session) {
			for range 2 {
				mustApply(t, m, StepPhase{})
			}
			m.AdvanceAnim(100)
		}},
		{"backward done", func(t *testing.T, m *Session) {
			for range 3 {
				mustApply(t, m, StepPhase{})
			}
			m.AdvanceAnim(100)
		}},
	}
	labelled := 0
	for _, lang := range Langs() {
		speak(lang)
		names := []string{Say(WeightLabel, ""), Say(WeightGradLabel, "")}
		for _, win := range []window{{1280, 800, 1}, {844, 390, 1}, {390, 844, 1}, {900, 500, 1}} {
			for p := range Presets() {
				for _, mo := range moments {
					for _, sel := range []Unit{{}, {Level: 1, Index: 0}} {
						m := presetSession(t, p, sel)
						mo.set(t, m)
						s := pageScene(t, m, win)
						for i := range s.texts {
							tx := &s.texts[i]
							if !tx.ok || !edgeText(tx) {
								continue
							}
							labelled++
							f := s.formsOf(tx)[tx.form]
							if !strings.HasPrefix(f, names[0]) && !strings.HasPrefix(f, names[1]) {
								t.Errorf("%s, %v, preset %d, %s, %v: an edge reads %q", lang.Code(),
									win, p, mo.name, sel, f)
							}
						}
					}
				}
			}
		}
	}
	if labelled == 0 {
		t.Fatal("no edge label placed")
	}
}
