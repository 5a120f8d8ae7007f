package core

import (
	"errors"
	"math"
	"testing"
)

func oneWeight(w, g float64, bias bool) (*Sequential, *Linear) {
	l := newLinear(1, 1, bias)
	l.Weight[0][0], l.WeightGrad[0][0] = w, g
	if bias {
		l.Bias[0], l.BiasGrad[0] = 1, g
	}
	return NewSequential(l), l
}

func TestSGDRules(t *testing.T) {
	cases := []struct {
		name            string
		opt             SGD
		w, g            float64
		steps           int
		wantW, wantBias float64
	}{
		{"plain", SGD{LR: 0.1}, 1, 2, 1, 0.8, 0.8},
		// v1 = 2, w = 1 - 0.2 = 0.8; v2 = 0.9*2 + 2 = 3.8, w = 0.8 - 0.38 = 0.42.
		{"momentum", SGD{LR: 0.1, Momentum: 0.9}, 1, 2, 2, 0.42, 1 - 0.2 - 0.38},
		// Playground: after the step w = 0.8, then w -= lr*l2*w; biases untouched.
		{"l2", SGD{LR: 0.1, L2: 0.5}, 1, 2, 1, 0.8 - 0.1*0.5*0.8, 0.8},
		{"l1", SGD{LR: 0.1, L1: 0.5}, 1, 2, 1, 0.8 - 0.05, 0.8},
		// L1 would push 0.02 past 0: the weight stops at 0.
		{"l1 clips at zero", SGD{LR: 0.1, L1: 0.5}, 0.02, 0, 1, 0, 1},
	}
	for _, c := range cases {
		net, l := oneWeight(c.w, c.g, true)
		o := NewSGD(net.Parameters(), c.opt.LR)
		o.Momentum, o.L2, o.L1 = c.opt.Momentum, c.opt.L2, c.opt.L1
		for s := 0; s < c.steps; s++ {
			if err := o.Step(); err != nil {
				t.Fatal(err)
			}
		}
		if math.Abs(l.Weight[0][0]-c.wantW) > 1e-15 || math.Abs(l.Bias[0]-c.wantBias) > 1e-15 {
			t.Errorf("%s: w = %v, b = %v; want %v, %v",
				c.name, l.Weight[0][0], l.Bias[0], c.wantW, c.wantBias)
		}
	}
}

func TestSGDRefusesNonFiniteStep(t *testing.T) {
	net, l := oneWeight(1, 1e308, true)
	l.BiasGrad[0] = 0.5
	o := NewSGD(net.Parameters(), -10)
	err := o.Step()
	var nf *NonFiniteError
	if !errors.As(err, &nf) || nf.Param != "0.weight" {
		t.Fatalf("Step() = %v, want a NonFiniteError for 0.weight", err)
	}
	if l.Weight[0][0] != 1 || l.Bias[0] != 1 {
		t.Errorf("a refused step changed parameters: w %v b %v", l.Weight[0][0], l.Bias[0])
	}
	o.ZeroGrad()
	if l.WeightGrad[0][0] != 0 || l.BiasGrad[0] != 0 {
		t.Error("SGD.ZeroGrad left gradients")
	}
}
