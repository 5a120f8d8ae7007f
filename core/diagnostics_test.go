package core

import (
	"math"
	"testing"
)

func TestDiagnosticsDeadUnit(t *testing.T) {
	net := MLP([]int{2, 3, 1}, ReLU{}, Tanh{}, InitPlayground, 1)
	// Unit 1 of the hidden layer: bias -5 and inputs within [-1, 1] keep z < 0 everywhere.
	net.Layers[0].Linear.Bias[1] = -5
	ps, _ := Generate(Circle, 200, 0, NewRNG(1))
	for i := range ps {
		ps[i].X1 /= 5
		ps[i].X2 /= 5
	}
	xs, ts := Inputs(ps, []Feature{X1, X2}), Targets(ps, HalfMSELoss{})
	var d Diagnoser
	got := d.Run(net, xs, ts, HalfMSELoss{})
	h := got.Layers[0]
	if !h.Dead[1] || h.DeadFraction[1] != 1 {
		t.Errorf("unit 1: dead %v, fraction %v; want dead on every point", h.Dead[1], h.DeadFraction[1])
	}
	for _, i := range []int{0, 2} {
		if h.Dead[i] || h.DeadFraction[i] <= 0 || h.DeadFraction[i] >= 1 {
			t.Errorf("unit %d: dead %v, fraction %v; want dead on some points only",
				i, h.Dead[i], h.DeadFraction[i])
		}
	}
	if got.Points != 200 {
		t.Errorf("Points = %d", got.Points)
	}
}

func TestDiagnosticsSaturation(t *testing.T) {
	net := MLP([]int{2, 2, 1}, Sigmoid{}, nil, InitConstant(0), 1)
	net.Layers[0].Linear.Weight[0][0] = 10 // |z| >= 10*0.5 on every point: saturated
	xs := [][]float64{{0.5, 0}, {-0.7, 0}, {1, 1}, {-2, 0}}
	ts := [][]float64{{1}, {0}, {1}, {0}}
	var d Diagnoser
	got := d.Run(net, xs, ts, MSELoss{})
	if got.Layers[0].SaturatedFraction[0] != 1 || got.Layers[0].SaturatedFraction[1] != 0 {
		t.Errorf("saturated fractions %v, want [1 0]", got.Layers[0].SaturatedFraction)
	}
}

// The gradient norms are those of the batch-mean loss's gradient, and Run leaves the
// network's gradients and the caller's traces alone.
func TestDiagnosticsGradNormsAndIsolation(t *testing.T) {
	net := deepNet(6)
	xs, ts := randomBatch(NewRNG(3), 9, 3, 2)
	net.ZeroGrad()
	tr := NewTrace(net)
	net.AccumulateSample(tr, xs[0], ts[0], MSELoss{}, 1)
	z0 := tr.Layers[1].Z[0]
	g0 := net.Layers[1].Linear.WeightGrad[0][0]

	var d Diagnoser
	got := d.Run(net, xs, ts, MSELoss{})
	if tr.Layers[1].Z[0] != z0 || net.Layers[1].Linear.WeightGrad[0][0] != g0 {
		t.Fatal("Run changed a trace or the gradients")
	}
	ref := net.Clone()
	ref.ZeroGrad()
	accumulateBatch(ref, xs, ts, MSELoss{})
	for l, layer := range ref.Layers {
		for k, g := range layer.Linear.gw {
			if math.Abs(got.Layers[l].WeightGrad[k]-g) > 1e-14*math.Abs(g)+1e-300 {
				t.Fatalf("layer %d: WeightGrad[%d] = %v, want %v", l, k, got.Layers[l].WeightGrad[k], g)
			}
		}
		want := norm(layer.Linear.gw)
		if math.Abs(got.Layers[l].GradNorm-want) > 1e-14*want {
			t.Errorf("layer %d: GradNorm %v, want %v", l, got.Layers[l].GradNorm, want)
		}
		wantB := norm(layer.Linear.BiasGrad)
		if math.Abs(got.Layers[l].BiasGradNorm-wantB) > 1e-14*wantB {
			t.Errorf("layer %d: BiasGradNorm %v, want %v", l, got.Layers[l].BiasGradNorm, wantB)
		}
	}
	if allocs := testing.AllocsPerRun(10, func() { d.Run(net, xs, ts, MSELoss{}) }); allocs != 0 {
		t.Errorf("Run allocates %v times in steady state", allocs)
	}
}

// LeakyReLU's negative side is leaky, never saturated or dead: the slope keeps a
// gradient flowing, which is why the lesson offers it against dying units.
func TestDiagnosticsLeakyIsNeitherDeadNorSaturated(t *testing.T) {
	for _, c := range []struct {
		act                    Activation
		dead, saturated, leaky bool
	}{
		{DefaultLeakyReLU, false, false, true},
		{ReLU{}, true, false, false},
	} {
		net := MLP([]int{2, 3, 1}, c.act, Tanh{}, InitPlayground, 1)
		net.Layers[0].Linear.Bias[1] = -5 // z < 0 on every point
		ps, _ := Generate(Circle, 200, 0, NewRNG(1))
		for i := range ps {
			ps[i].X1 /= 5
			ps[i].X2 /= 5
		}
		xs, ts := Inputs(ps, []Feature{X1, X2}), Targets(ps, HalfMSELoss{})
		var d Diagnoser
		h := d.Run(net, xs, ts, HalfMSELoss{}).Layers[0]
		got := func(fr []float64) bool { return fr[1] == 1 }
		if h.Dead[1] != c.dead || got(h.DeadFraction) != c.dead ||
			got(h.SaturatedFraction) != c.saturated || got(h.LeakyFraction) != c.leaky {
			t.Errorf("%v unit below 0 everywhere: dead %v, fractions dead %v saturated %v leaky %v",
				c.act, h.Dead[1], h.DeadFraction[1], h.SaturatedFraction[1], h.LeakyFraction[1])
		}
	}
}

// The diagnostics follow RegionOf point by point, for every activation; a unit is dead
// when f'(z) = 0 on every point, whatever its region.
func TestDiagnosticsFollowRegionOf(t *testing.T) {
	net := deepNet(9)
	for _, p := range net.Parameters() {
		for i := range p.Value {
			p.Value[i] *= 4 // reach the tails of every activation
		}
	}
	xs, ts := randomBatch(NewRNG(7), 40, 3, 2)
	var d Diagnoser
	got := d.Run(net, xs, ts, MSELoss{})
	tr := NewTrace(net)
	for l, layer := range net.Layers {
		f := layer.Activation()
		n := layer.Linear.Out
		counts := make([][4]float64, n)
		zero := make([]bool, n)
		for i := range zero {
			zero[i] = true
		}
		for _, x := range xs {
			net.Forward(tr, x)
			for i, z := range tr.Layers[l].Z {
				counts[i][RegionOf(f, z)]++
				if f.Derivative(z) != 0 {
					zero[i] = false
				}
			}
		}
		ld := got.Layers[l]
		for i := 0; i < n; i++ {
			k := float64(len(xs))
			want := [3]float64{counts[i][Dead] / k, counts[i][Saturated] / k, counts[i][Leaky] / k}
			if ld.DeadFraction[i] != want[0] || ld.SaturatedFraction[i] != want[1] ||
				ld.LeakyFraction[i] != want[2] {
				t.Errorf("layer %d (%v) unit %d: dead/saturated/leaky %v %v %v, RegionOf gives %v",
					l, f, i, ld.DeadFraction[i], ld.SaturatedFraction[i], ld.LeakyFraction[i], want)
			}
			if ld.Dead[i] != zero[i] {
				t.Errorf("layer %d (%v) unit %d: Dead %v, f' = 0 on every point %v",
					l, f, i, ld.Dead[i], zero[i])
			}
		}
	}
}

// A tanh unit driven far into its tails has f'(z) = 0 in floating point on every
// point: it is saturated, not dead in region, yet it cannot learn, so the unit is dead.
func TestDiagnosticsSaturatedBeyondRounding(t *testing.T) {
	net := MLP([]int{1, 1, 1}, Tanh{}, nil, InitConstant(0), 1)
	net.Layers[0].Linear.Weight[0][0] = 100
	xs := [][]float64{{1}, {-1}, {0.5}}
	ts := [][]float64{{1}, {0}, {1}}
	var d Diagnoser
	h := d.Run(net, xs, ts, MSELoss{}).Layers[0]
	if h.SaturatedFraction[0] != 1 || h.DeadFraction[0] != 0 || !h.Dead[0] {
		t.Errorf("saturated %v, dead fraction %v, dead %v; want 1, 0, true",
			h.SaturatedFraction[0], h.DeadFraction[0], h.Dead[0])
	}
}
