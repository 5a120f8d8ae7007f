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

// TestCrowdedUnitLabelsWhatThePhaseShows plays Net B's Step with a unit of eight inputs
// selected, and checks that the edges it labels are those of the largest gradients
// |dL/dw| once the backward pass is shown, and of the largest moves in the update: what
// the labels say. (They were the largest weights in every phase.)
func TestCrowdedUnitLabelsWhatThePhaseShows(t *testing.T) {
	moments := map[string]bool{"backward done": true, "update done": true}
	differ := 0
	for _, mo := range stepMoments(7) {
		if !moments[mo.name] {
			continue
		}
		for _, u := range []Unit{{2, 0}, {4, 2}, {6, 7}, {7, 0}} {
			m := presetSession(t, 1, u)
			mo.set(m)
			s := pageScene(t, m, window{1920, 1080, 1})
			st := s.step(m)
			l := u.Level - 1
			in := m.Layer(l).Linear.In
			kind := map[string]edgeShown{"backward done": showsGrad, "update done": showsMove}
			size, weight := make([]float64, in), make([]float64, in)
			for j := range in {
				weight[j] = math.Abs(m.Layer(l).Linear.Weight[u.Index][j])
				k, a, b := s.edgeShows(m, st, l, u.Index, j)
				if k != kind[mo.name] {
					t.Fatalf("%s, unit %v: edge %d shows kind %d, want %d", mo.name, u, j,
						k, kind[mo.name])
				}
				size[j] = math.Abs(a)
				if k == showsMove {
					size[j] = math.Abs(b - a)
				}
			}
			want, byWeight := largest(size, maxEdgeLabels), largest(weight, maxEdgeLabels)
			if fmt.Sprint(want) != fmt.Sprint(byWeight) {
				differ++
			}
			if got := selectedLabelInputs(s, m, u); fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("%s, unit %v: labels inputs %v; the largest are %v (by weight %v)",
					mo.name, u, got, want, byWeight)
			}
		}
	}
	if differ == 0 {
		t.Fatal("the largest weights are the largest gradients and moves: the cases test nothing")
	}
}

// largest returns the indices of the n largest of v, in order of index; of two equal,
// the first.
func largest(v []float64, n int) []int {
	var out []int
	for j, x := range v {
		larger := 0
		for k, y := range v {
			if y > x || y == x && k < j {
				larger++
			}
		}
		if larger < n {
			out = append(out, j)
		}
	}
	return out
}

// selectedLabelInputs returns the inputs whose edges into u were given a label of the
// selected unit's group (placed or not), by the label's first spot on its edge.
func selectedLabelInputs(s *Scene, m *Session, u Unit) []int {
	var out []int
	for j := range m.Layer(u.Level - 1).Linear.In {
		from, to := s.Geo.Nodes[u.Level-1][j], s.Geo.Nodes[u.Level][u.Index]
		x := from.X + from.W + (to.X-from.X-from.W)*0.72
		y := from.Y + from.H/2 + (to.Y+to.H/2-from.Y-from.H/2)*0.72
		for i := range s.texts {
			tx := &s.texts[i]
			p := s.spotsOf(tx)[0]
			if tx.group == groupSelected && math.Abs(p.x-x) < 0.01 &&
				math.Abs(p.y+s.Fonts.Face(Small).LineHeight/2-y) < 0.01 {
				out = append(out, j)
				break
			}
		}
	}
	return out
}
