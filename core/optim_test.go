package core

import (
	"errors"
	"math"
	"slices"
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
	// A bound of +Inf (or any above float64's largest) bounds nothing, and a step to
	// +Inf is still refused (review17: +Inf's bits let +Inf through).
	for _, bound := range []float64{math.Inf(1), math.MaxFloat64} {
		net, l := oneWeight(1, 1e308, true)
		o := NewSGD(net.Parameters(), -10)
		o.Bound = bound
		if err := o.Step(); !errors.As(err, &nf) {
			t.Errorf("with Bound %v a step to +Inf gave %v, want a NonFiniteError", bound, err)
		}
		if l.Weight[0][0] != 1 {
			t.Errorf("with Bound %v a refused step set the weight to %v", bound, l.Weight[0][0])
		}
	}
}

// A step beyond ±Bound is refused in every path of the step (plain, momentum, L2), and
// a value that is not finite wins over one beyond the bound, in a later parameter too.
func TestSGDRefusesStepBeyondBound(t *testing.T) {
	for _, c := range []struct {
		name          string
		mu, l2        float64
		far           bool    // a weight's gradient takes it past the bound
		biasGrad      float64 // a bias's gradient
		want          string  // the error: "bound", "not finite" or none
		wantUnrefused float64 // the weight's value after a step taken
	}{
		{"plain", 0, 0, true, 0, "bound", 0},
		{"momentum", 0.9, 0, true, 0, "bound", 0},
		{"l2", 0, 0.01, true, 0, "bound", 0},
		{"not finite first", 0, 0, true, -1e308, "not finite", 0},
		{"within", 0, 0, false, 0, "", 3.5},
	} {
		// Every weight 1, moved by 2.5 at the learning rate 10; one by 2000, past 1000;
		// a bias's gradient of -1e308 takes it to +Inf.
		l := newLinear(2, 5, true)
		for i := range l.Weight {
			for j := range l.Weight[i] {
				l.Weight[i][j], l.WeightGrad[i][j] = 1, -0.25
			}
		}
		if c.far {
			l.WeightGrad[3][1] = -200
		}
		l.BiasGrad[2] = c.biasGrad
		o := NewSGD(NewSequential(l).Parameters(), 10)
		o.Momentum, o.L2, o.Bound = c.mu, c.l2, 1000
		err := o.Step()
		var far *BoundError
		var nf *NonFiniteError
		switch c.want {
		case "bound":
			if !errors.As(err, &far) || far.Which != 0 || far.Index != 7 ||
				far.Param != "0.weight" || !(far.Value > 1000) {
				t.Errorf("%s: Step() = %v, want a BoundError for 0.weight[7]", c.name, err)
			}
		case "not finite":
			if !errors.As(err, &nf) || nf.Param != "0.bias" || nf.Index != 2 {
				t.Errorf("%s: Step() = %v, want a NonFiniteError for 0.bias[2]", c.name, err)
			}
		default:
			if err != nil || l.Weight[3][1] != c.wantUnrefused {
				t.Errorf("%s: Step() = %v, w %v, want %v", c.name, err, l.Weight[3][1],
					c.wantUnrefused)
			}
			continue
		}
		if l.Weight[3][1] != 1 || l.Weight[0][0] != 1 || l.Bias[2] != 0 {
			t.Errorf("%s: a refused step changed parameters: w %v %v b %v", c.name,
				l.Weight[3][1], l.Weight[0][0], l.Bias[2])
		}
	}
}

// A refused step leaves momentum's velocity as it was, as it leaves the values: the next
// step taken moves each value as if the refused one had never been tried (review17: the
// bound's test checked the values only).
func TestSGDRefusedStepKeepsTheVelocity(t *testing.T) {
	for _, refuse := range []string{"bound", "not finite"} {
		l := newLinear(2, 2, true)
		o := NewSGD(NewSequential(l).Parameters(), 1)
		o.Momentum, o.Bound = 0.9, 1000
		for i := range l.WeightGrad {
			l.WeightGrad[i][0], l.WeightGrad[i][1] = 0.5, -0.25
		}
		if err := o.Step(); err != nil { // velocity 0.5, -0.25
			t.Fatal(err)
		}
		vel := [][]float64{slices.Clone(o.vel[0]), slices.Clone(o.vel[1])}
		l.WeightGrad[1][1] = -5000 // past the bound
		if refuse == "not finite" {
			l.BiasGrad[1] = math.Inf(-1)
		}
		if err := o.Step(); err == nil {
			t.Fatalf("%s: the step was taken", refuse)
		}
		if !slices.Equal(o.vel[0], vel[0]) || !slices.Equal(o.vel[1], vel[1]) {
			t.Errorf("%s: a refused step moved the velocity from %v to %v", refuse, vel, o.vel)
		}
	}
}
