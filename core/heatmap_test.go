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

// TestHeatmapBlocksMatchRun sweeps the grid block by block, in reverse order and into
// a heatmap full of other values, and gets what one Run gets, bit for bit.
func TestHeatmapBlocksMatchRun(t *testing.T) {
	fs := []Feature{X1, X2, X1X2}
	net := MLP([]int{3, 8, 8, 1}, Sigmoid{}, Tanh{}, InitPlayground, 3)
	whole := NewHeatmap(100, -6, 6, fs)
	whole.Run(net)
	parts := NewHeatmap(100, -6, 6, fs)
	parts.Run(MLP([]int{3, 8, 8, 1}, ReLU{}, Tanh{}, InitPlayground, 4)) // other values
	if parts.Blocks() < 2 {
		t.Fatalf("%d blocks: nothing to spread", parts.Blocks())
	}
	for b := parts.Blocks() - 1; b >= 0; b-- {
		parts.RunBlock(net, b)
	}
	for l := range whole.Values {
		for i := range whole.Values[l] {
			for k, v := range whole.Values[l][i] {
				if got := parts.Values[l][i][k]; math.Float64bits(got) != math.Float64bits(v) {
					t.Fatalf("layer %d unit %d point %d: %v by blocks, %v by Run", l, i, k, got, v)
				}
			}
		}
	}
	if allocs := testing.AllocsPerRun(3, func() { parts.RunBlock(net, 1) }); allocs != 0 {
		t.Errorf("RunBlock allocates %v times in steady state", allocs)
	}
}

// TestHeatmapTakesValuesOfAnotherSweep sweeps a network of one shape, takes in the
// Values another sweep made of a network of another shape (as the page takes a worker's),
// and sweeps that network: the blocks it writes through follow, and every value is
// what a sweep of its own gives, bit for bit. (They kept the first shape: a layer more
// was out of range, a unit more never swept.)
func TestHeatmapTakesValuesOfAnotherSweep(t *testing.T) {
	fs := []Feature{X1, X2}
	for _, sizes := range [][]int{{2, 4, 4, 1}, {2, 6, 1}} {
		net := MLP(sizes, Tanh{}, Tanh{}, InitPlayground, 5)
		want := NewHeatmap(10, -6, 6, fs)
		want.Run(net)
		other := NewHeatmap(10, -6, 6, fs)
		other.Run(MLP(sizes, Tanh{}, Tanh{}, InitPlayground, 7)) // other values
		h := NewHeatmap(10, -6, 6, fs)
		h.Run(MLP([]int{2, 4, 1}, Tanh{}, Tanh{}, InitPlayground, 6))
		h.Values = other.Values
		h.Run(net)
		for l := range want.Values {
			for i := range want.Values[l] {
				for k, v := range want.Values[l][i] {
					if got := h.Values[l][i][k]; math.Float64bits(got) != math.Float64bits(v) {
						t.Fatalf("%v: layer %d unit %d point %d: %v, want %v", sizes, l, i, k,
							got, v)
					}
				}
			}
		}
	}
}

// TestHeatmapWideMatchesForward: the sweep's kernel for layers of more than four inputs
// (eight at a time, then one at a time) gives what Forward gives at every grid point,
// bit for bit, with and without a bias, for 5, 8, 12 and 13 inputs.
func TestHeatmapWideMatchesForward(t *testing.T) {
	fs := []Feature{X1, X2, X1X2, SinX1, SinX2}
	net := MLP([]int{5, 13, 8, 12, 8, 1}, Sigmoid{}, Tanh{}, InitPlayground, 5)
	net.Layers[2].Linear.SetBias(false)
	h := NewHeatmap(30, -6, 6, fs)
	h.Run(net)
	tr := NewTrace(net)
	x := make([]float64, len(fs))
	for r := range h.N {
		for c := range h.N {
			EvalFeatures(fs, h.Coord(c, false), h.Coord(r, true), x)
			net.Forward(tr, x)
			for l, lt := range tr.Layers {
				for i, a := range lt.A {
					if got := h.Values[l][i][r*h.N+c]; math.Float64bits(got) != math.Float64bits(a) {
						t.Fatalf("(%d,%d) layer %d unit %d: %v, want %v", r, c, l, i, got, a)
					}
				}
			}
		}
	}
}
