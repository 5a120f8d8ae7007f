package play

import (
	"strings"
	"testing"

	"nnplay/core"
)

// The edges' legend names what their widths and colours say: on a phone the backward
// phase's edges carry bare gradients ("2.2e-07"), so the legend must show there too, in a
// shorter form where the long one does not fit. (Before, the English legend was left
// out at 390x844 in every mode: longer than the room beside the column titles.)
func TestEdgeLegendAlwaysShows(t *testing.T) {
	stepLayouts(t, []Lang{English, Korean}, []core.Activation{nil}, restAndDone,
		[]window{{390, 844, 1}, {1280, 800, 1}}, func(where string, m *Session, win window) {
			if !hasLegend(pageScene(t, m, win)) {
				t.Errorf("%s: no legend of the edges", where)
			}
		})
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
