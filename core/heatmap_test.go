package core

import (
	"math"
	"testing"
)

func TestHeatmapMatchesForward(t *testing.T) {
	fs := []Feature{X1, X2, SinX1}
	net := MLP([]int{3, 4, 2, 1}, Tanh{}, Tanh{}, InitPlayground, 2)
	h := NewHeatmap(100, -6, 6, fs)
	h.Run(net)
	if h.Coord(0, false) != -6 || h.Coord(99, false) != 6 || h.Coord(0, true) != 6 ||
		h.Coord(99, true) != -6 {
		t.Fatal("grid corners are not [-6, 6]")
	}
	lo, span, i, n := -6.0, 12.0, 37.0, 99.0 // variables: the reference formula in floats
	if want := lo + span*i/n; h.Coord(37, false) != want {
		t.Errorf("x_37 = %v, want -6 + 12*37/99 = %v", h.Coord(37, false), want)
	}
	tr := NewTrace(net)
	for _, rc := range [][2]int{{0, 0}, {0, 99}, {99, 0}, {50, 49}, {13, 71}} {
		r, c := rc[0], rc[1]
		x1, x2 := h.Coord(c, false), h.Coord(r, true)
		x := make([]float64, 3)
		EvalFeatures(fs, x1, x2, x)
		net.Forward(tr, x)
		for l, lt := range tr.Layers {
			for i, a := range lt.A {
				if got := h.Values[l][i][r*100+c]; math.Float64bits(got) != math.Float64bits(a) {
					t.Errorf("(%d,%d) layer %d unit %d: %v, want %v", r, c, l, i, got, a)
				}
			}
		}
	}
	if allocs := testing.AllocsPerRun(3, func() { h.Run(net) }); allocs != 0 {
		t.Errorf("Run allocates %v times in steady state", allocs)
	}
	net.Layers[0].Linear.Weight[0][0] += 1
	before := h.Values[0][0][0]
	h.Run(net)
	if h.Values[0][0][0] == before {
		t.Error("Run did not refresh after a weight change")
	}
}
