package play

import (
	"strings"
	"testing"
)

// The edges' legend names what their widths and colours say: on a phone the backward
// phase's edges carry bare gradients ("2.2e-07"), so the legend must show there too, in a
// shorter form where the long one does not fit. (Before, the English legend was left
// out at 390x844 in every mode: longer than the room beside the column titles.)
func TestEdgeLegendAlwaysShows(t *testing.T) {
	defer speak(English)
	for _, lang := range []Lang{English, Korean} {
		speak(lang)
		for hidden := 1; hidden <= 6; hidden++ {
			for _, mo := range stepMoments(hidden + 1) {
				if mo.name != "rest" && mo.name != "backward done" {
					continue
				}
				m := columnsSession(t, hidden, nil, Unit{Level: 1})
				mo.set(m)
				for _, win := range []window{{390, 844, 1}, {1280, 800, 1}} {
					s := pageScene(t, m, win)
					if !hasLegend(s) {
						t.Errorf("%s, %d hidden, %s, %v: no legend of the edges", langName(lang), hidden,
							mo.name, win)
					}
				}
			}
		}
	}
}

// hasLegend reports whether a label of s says what the edges are, in any form.
func hasLegend(s *Scene) bool {
	prefix := Say(EdgesWeightLegend)[:strings.Index(Say(EdgesWeightLegend), ":")+1]
	for _, l := range s.Labels {
		if strings.HasPrefix(l.Text, prefix) {
			return true
		}
	}
	return false
}

func langName(l Lang) string { return [...]string{English: "English", Korean: "Korean"}[l] }
