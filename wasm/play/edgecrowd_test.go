package play

import (
	"fmt"
	"math"
	"testing"
)

// TestCrowdedUnitLabelsItsLargestWeights selects the first unit of a network of all
// seven inputs and eight hidden layers and lays it out on a laptop and a desktop, in
// English and Korean: a few of its edges are labelled, each as a weight ("w 0.47"), and
// they are its largest. (Seven labels stacked between the columns, bare numbers at
// 1280x800, and none read as its own edge's.)
func TestCrowdedUnitLabelsItsLargestWeights(t *testing.T) {
	defer speak(English)
	m := NewSession()
	apply(t, m, OpenLink{Hash: "features=x1,x2,x1sq,x2sq,x1x2,sinx1,sinx2&" +
		"layers=8,8,8,8,8,8,8,8&acts=tanh,tanh,tanh,tanh,tanh,tanh,tanh,tanh,tanh&" +
		"bias=1,1,1,1,1,1,1,1,1"})
	ws := m.Layer(0).Linear.Weight[0]
	for _, lang := range Langs() {
		speak(lang)
		for _, win := range []window{{1280, 800, 1}, {1920, 1080, 1}} {
			s := pageScene(t, m, win)
			where := fmt.Sprintf("%s, %v", lang.Code(), win)
			var shown []float64
			for i := range s.texts {
				tx := &s.texts[i]
				if tx.group != groupSelected || !tx.ok {
					continue
				}
				if tx.form != 0 {
					t.Errorf("%s: the label %q is not a weight's full form %q", where,
						s.formsOf(tx)[tx.form], s.formsOf(tx)[0])
				}
				shown = append(shown, tx.rank)
			}
			if len(shown) < 2 || len(shown) > maxEdgeLabels {
				t.Errorf("%s: %d of %d edges labelled", where, len(shown), len(ws))
			}
			// No weight left out is larger than one shown.
			for _, r := range shown {
				larger := 0
				for _, w := range ws {
					if math.Abs(w) > r {
						larger++
					}
				}
				if larger >= maxEdgeLabels {
					t.Errorf("%s: |w| %.3g is labelled, and %d weights are larger", where, r,
						larger)
				}
			}
		}
	}
}
