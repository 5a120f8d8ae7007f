package core

import (
	"math"
	"testing"
)

// The tutorial: Linear with W1 = 2, then W2 = 3, no bias, is one Linear with W = 6.
func TestCollapseTutorial(t *testing.T) {
	a, b := newLinear(1, 1, false), newLinear(1, 1, false)
	a.Weight[0][0], b.Weight[0][0] = 2, 3
	c := Collapse(NewSequential(a, b))
	if len(c.Layers) != 1 || c.Layers[0].Linear.Weight[0][0] != 6 || c.Layers[0].Linear.HasBias() {
		t.Fatalf("collapsed to %v with W = %v", c, c.Layers[0].Linear.Weight)
	}
}

func TestCollapseIsEquivalent(t *testing.T) {
	rng := NewRNG(1)
	for _, biases := range [][3]bool{
		{true, true, true}, {false, true, false}, {true, false, false}, {false, false, false},
	} {
		net := NewSequential(
			NewLinear(3, 5, biases[0], rng), NewLinear(5, 4, biases[1], rng), Identity{},
			NewLinear(4, 2, biases[2], rng), Tanh{}, NewLinear(2, 2, true, rng))
		c := Collapse(net)
		if len(c.Layers) != 2 {
			t.Fatalf("%v collapsed to %d layers, want 2", biases, len(c.Layers))
		}
		if c.Layers[0].Linear.HasBias() != (biases[0] || biases[1] || biases[2]) {
			t.Errorf("%v: folded bias presence %v", biases, c.Layers[0].Linear.HasBias())
		}
		tn, tc := NewTrace(net), NewTrace(c)
		for k := 0; k < 20; k++ {
			x := []float64{rng.Uniform(-3, 3), rng.Uniform(-3, 3), rng.Uniform(-3, 3)}
			want := net.Forward(tn, x)
			got := c.Forward(tc, x)
			for i := range want {
				if math.Abs(got[i]-want[i]) > 1e-12 {
					t.Errorf("%v: collapsed output %v, original %v", biases, got, want)
				}
			}
		}
	}
}

func TestCollapseKeepsNonlinearNetworks(t *testing.T) {
	net := MLP([]int{2, 4, 2, 1}, Tanh{}, Tanh{}, InitPlayground, 1)
	c := Collapse(net)
	if c.String() != net.String() {
		t.Errorf("a network with activations changed shape:\n%v", c)
	}
	c.Layers[0].Linear.Weight[0][0] = 99
	if net.Layers[0].Linear.Weight[0][0] == 99 {
		t.Error("Collapse shares storage with its input")
	}
}
