package play

import (
	"testing"

	"nnplay/core"
)

// TestEdgeLabelsSayTheirNumbersAlike lays out the selected unit's weights at rest, after
// Step's backward pass and after its update, with 1 to 6 hidden layers, in English and
// Korean, in every window (a phone's among them), and checks that the labels on its
// edges say their numbers one way: all in the same form, never "dL/dw 0.16" on one edge
// beside a bare "-0.02" on the next.
func TestEdgeLabelsSayTheirNumbersAlike(t *testing.T) {
	defer speak(English)
	wins := append(windows, window{1024, 768, 1})
	mixed, units := 0, 0
	for _, lang := range []Lang{English, Korean} {
		speak(lang)
		for hidden := 1; hidden <= 6; hidden++ {
			for _, act := range []core.Activation{nil, core.ReLU{}} {
				probe := columnsSession(t, hidden, act, Unit{})
				for _, mo := range stepMoments(hidden + 1) {
					if mo.name != "rest" && mo.name != "backward done" && mo.name != "update done" {
						continue
					}
					for _, u := range selections(probe) {
						m := columnsSession(t, hidden, act, u)
						mo.set(m)
						for _, win := range wins {
							s := pageScene(t, m, win)
							units++
							if forms := edgeForms(s); len(forms) > 1 {
								mixed++
								t.Errorf("%s, %d hidden, %v, %s, unit %v, %v: the edges read %v",
									lang.Code(), hidden, act, mo.name, u, win, forms)
							}
						}
					}
				}
			}
		}
	}
	t.Logf("%d of %d layouts mix forms", mixed, units)
}

// edgeForms returns the forms the placed labels of the edges use, each with one text that
// uses it.
func edgeForms(s *Scene) map[int]string {
	forms := map[int]string{}
	for i := range s.texts {
		if t := &s.texts[i]; t.ok && t.owner == ownEdgeText {
			forms[t.form] = s.formsOf(t)[t.form]
		}
	}
	return forms
}
