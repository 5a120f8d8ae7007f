package core

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"
)

// deepNet has every activation, a layer without bias and two Linear layers in a row.
func deepNet(seed uint64) *Sequential {
	rng := NewRNG(seed)
	lin := func(in, out int, bias bool) *Linear { return NewLinear(in, out, bias, rng) }
	return NewSequential(
		lin(3, 6, true), Tanh{},
		lin(6, 6, true), ReLU{},
		lin(6, 5, false), Sigmoid{},
		lin(5, 5, true), GELU{},
		lin(5, 4, true), SiLU{},
		lin(4, 4, true), DefaultELU,
		lin(4, 4, true), DefaultSoftplus,
		lin(4, 3, true), LeakyReLU{NegativeSlope: 0.1},
		lin(3, 3, true), ReLU6{},
		lin(3, 3, true),
		lin(3, 2, true), Identity{},
	)
}

// accumulateBatch adds the gradient of the batch-mean loss over (xs, ts) to net's, as
// loss.backward() does in PyTorch after a forward pass on the batch, and returns the
// batch-mean loss.
func accumulateBatch(net *Sequential, xs, ts [][]float64, loss Loss) float64 {
	tr := NewTrace(net)
	w := 1 / float64(len(xs))
	sum := 0.0
	for i := range xs {
		sum += net.AccumulateSample(tr, xs[i], ts[i], loss, w)
	}
	return sum * w
}

func randomBatch(rng *RNG, n, in, out int) (xs, ts [][]float64) {
	for k := 0; k < n; k++ {
		x, t := make([]float64, in), make([]float64, out)
		for i := range x {
			x[i] = rng.Uniform(-3, 3)
		}
		for i := range t {
			t[i] = rng.Uniform(-1, 1)
		}
		xs, ts = append(xs, x), append(ts, t)
	}
	return xs, ts
}

// TestGradientCheckDeep compares every parameter's gradient with a central finite
// difference of the batch-mean loss, for each loss.
func TestGradientCheckDeep(t *testing.T) {
	for _, loss := range Losses() {
		net := deepNet(11)
		// Larger weights than PyTorch's default so that every layer passes a gradient
		// that a finite difference can see.
		for _, p := range net.Parameters() {
			for i := range p.Value {
				p.Value[i] *= 2.5
			}
		}
		rng := NewRNG(5)
		xs, ts := randomBatch(rng, 7, 3, 2)
		if _, ok := loss.(BCEWithLogitsLoss); ok {
			for _, tt := range ts {
				for i := range tt {
					tt[i] = (tt[i] + 1) / 2
				}
			}
		}
		net.ZeroGrad()
		accumulateBatch(net, xs, ts, loss)
		scan := NewTrace(net)
		const h = 1e-6
		checked := 0
		for _, p := range net.Parameters() {
			for i := range p.Value {
				w := p.Value[i]
				p.Value[i] = w + h
				up := net.MeanLoss(scan, xs, ts, loss)
				p.Value[i] = w - h
				down := net.MeanLoss(scan, xs, ts, loss)
				p.Value[i] = w
				fd := (up - down) / (2 * h)
				if math.Abs(fd-p.Grad[i]) > 1e-6*(1e-3+math.Abs(p.Grad[i])) {
					t.Errorf("%v: %s[%d] gradient %.10g, finite difference %.10g", loss, p.Name, i, p.Grad[i], fd)
				}
				if p.Grad[i] != 0 {
					checked++
				}
			}
		}
		if checked < 100 {
			t.Errorf("%v: only %d non-zero gradients checked", loss, checked)
		}
	}
}

func TestBackwardAccumulatesUntilZeroGrad(t *testing.T) {
	net := deepNet(2)
	x := []float64{0.5, -1, 2}
	tr := NewTrace(net)
	net.ZeroGrad()
	net.Forward(tr, x)
	net.Backward(tr, []float64{1, -1}, 1)
	once := append([]float64(nil), net.Layers[0].Linear.WeightGrad[0]...)
	net.Forward(tr, x)
	net.Backward(tr, []float64{1, -1}, 1)
	for j, g := range net.Layers[0].Linear.WeightGrad[0] {
		if g != 2*once[j] {
			t.Fatalf("second Backward: grad %v, want twice %v", g, once[j])
		}
	}
	net.ZeroGrad()
	for _, p := range net.Parameters() {
		for _, g := range p.Grad {
			if g != 0 {
				t.Fatalf("%s not cleared by ZeroGrad", p.Name)
			}
		}
	}
}

func TestTraceRecordsTheStep(t *testing.T) {
	net := MLP([]int{2, 4, 2, 1}, Tanh{}, Tanh{}, InitPlayground, 1)
	x, target := []float64{0.3, -0.7}, []float64{1}
	net.ZeroGrad()
	tr := NewTrace(net)
	l := net.AccumulateSample(tr, x, target, HalfMSELoss{}, 1)
	if !tr.HasLoss || !tr.HasBackward || tr.Loss != l || tr.Target[0] != 1 {
		t.Fatalf("trace flags/loss: %+v", tr)
	}
	if tr.Layers[0].Input[0] != 0.3 || &tr.Layers[1].Input[0] != &tr.Layers[0].A[0] {
		t.Error("layer inputs are not the sample and the previous layer's A")
	}
	for l, lt := range tr.Layers {
		lin := net.Layers[l].Linear
		for i := range lt.Z {
			z := lin.Bias[i]
			for j, w := range lin.Weight[i] {
				z += w * lt.Input[j]
			}
			if z != lt.Z[i] || lt.A[i] != math.Tanh(z) {
				t.Errorf("layer %d unit %d: z %v a %v, want %v %v", l, i, lt.Z[i], lt.A[i], z, math.Tanh(z))
			}
			if want := lt.DA[i] * (Tanh{}).Derivative(lt.Z[i]); lt.DZ[i] != want {
				t.Errorf("layer %d unit %d: dz %v, want da*f'(z) = %v", l, i, lt.DZ[i], want)
			}
			for j := range lt.Input {
				if lt.WeightGrad(i, j) != lin.WeightGrad[i][j] {
					t.Errorf("layer %d: trace dL/dW[%d][%d] %v, accumulated %v",
						l, i, j, lt.WeightGrad(i, j), lin.WeightGrad[i][j])
				}
			}
			if lt.BiasGrad(i) != lin.BiasGrad[i] {
				t.Errorf("layer %d: trace dL/db[%d] differs from the accumulated one", l, i)
			}
		}
	}
	if tr.DY[0] != tr.Output()[0]-1 {
		t.Errorf("dL/dy = %v, want y - t", tr.DY[0])
	}
	net.Forward(tr, x)
	if tr.HasLoss || tr.HasBackward {
		t.Error("a new Forward must mark the backward half stale")
	}
}

// MeanLoss uses the trace it is given and leaves the gradients and other traces alone;
// traces are independent, so one network serves several at once.
func TestMeanLossLeavesOtherTracesAndGrads(t *testing.T) {
	net := deepNet(4)
	xs, ts := randomBatch(NewRNG(1), 5, 3, 2)
	net.ZeroGrad()
	tr := NewTrace(net)
	net.AccumulateSample(tr, xs[0], ts[0], MSELoss{}, 1)
	z := append([]float64(nil), tr.Layers[2].Z...)
	g := append([]float64(nil), net.Parameters()[0].Grad...)
	scan := NewTrace(net)
	net.MeanLoss(scan, xs, ts, MSELoss{})
	for i := range z {
		if tr.Layers[2].Z[i] != z[i] {
			t.Fatal("MeanLoss changed another trace")
		}
	}
	for i := range g {
		if net.Parameters()[0].Grad[i] != g[i] {
			t.Fatal("MeanLoss changed a gradient")
		}
	}
	if !tr.HasBackward || scan.HasLoss || scan.X[0] != xs[4][0] {
		t.Error("MeanLoss's trace should hold the last sample's forward pass only")
	}
	allocs := testing.AllocsPerRun(10, func() { net.MeanLoss(scan, xs, ts, MSELoss{}) })
	if allocs != 0 {
		t.Errorf("MeanLoss into a shaped trace allocates %v times", allocs)
	}
}

// MeanLoss takes the samples through the network in groups: its mean is the per-sample
// passes' mean bit for bit, for every activation, several outputs, each loss, and
// sample counts around a group's size; a sample of the wrong width panics, as Forward's.
func TestMeanLossIsThePerSampleMean(t *testing.T) {
	nets := map[string]*Sequential{
		"every activation": deepNet(2),
		"Net B's shape":    MLP([]int{2, 8, 8, 8, 8, 8, 8, 1}, ReLU{}, Tanh{}, InitPlayground, 3),
		"deep sigmoids":    MLP([]int{2, 8, 8, 8, 1}, Sigmoid{}, Tanh{}, InitPlayground, 4),
	}
	for name, net := range nets {
		for _, loss := range Losses() {
			for _, n := range []int{1, 2, lossGroup - 1, lossGroup, lossGroup + 1, 2*lossGroup + 7} {
				xs, ts := randomBatch(NewRNG(uint64(n)), n, net.In(), net.Out())
				scan, one := NewTrace(net), NewTrace(net)
				sum := 0.0
				for k := range xs {
					sum += loss.Forward(net.Forward(one, xs[k]), ts[k])
				}
				want := sum / float64(n)
				if got := net.MeanLoss(scan, xs, ts, loss); got != want {
					t.Errorf("%s, %s, %d samples: MeanLoss %v, per sample %v",
						name, loss, n, got, want)
				}
			}
		}
	}
	net := nets["deep sigmoids"]
	if !math.IsNaN(net.MeanLoss(NewTrace(net), nil, nil, MSELoss{})) {
		t.Error("MeanLoss of no samples should be NaN")
	}
	defer func() {
		if r := recover(); r == nil || !strings.Contains(fmt.Sprint(r), "got 1 inputs") {
			t.Errorf("a sample of 1 input for 2 panicked with %v", r)
		}
	}()
	xs := [][]float64{{1, 2}, {1}, {1, 2}}
	net.MeanLoss(NewTrace(net), xs, [][]float64{{0}, {0}, {0}}, MSELoss{})
}

func TestFromModulesErrors(t *testing.T) {
	rng := NewRNG(1)
	cases := []struct {
		mods []Module
		want string
	}{
		{nil, "at least one Linear"},
		{[]Module{Tanh{}}, "module 0: Tanh() comes before the first linear layer"},
		{
			[]Module{NewLinear(2, 3, true, rng), Tanh{}, ReLU{}},
			"module 2: ReLU() follows another activation",
		},
		{
			[]Module{NewLinear(2, 3, true, rng), NewLinear(4, 1, true, rng)},
			`module 1, field "in_features": is 4, but the previous linear layer has out_features 3`,
		},
		{[]Module{NewLinear(2, 3, true, rng), Softplus{}}, "module 1: beta is 0"},
	}
	for _, c := range cases {
		_, err := FromModules(c.mods)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("FromModules(%v) = %v, want an error with %q", c.mods, err, c.want)
		}
	}
	var me *ModuleError
	if _, err := FromModules([]Module{Tanh{}}); !errors.As(err, &me) || me.Index != 0 {
		t.Errorf("error %v is not a *ModuleError for module 0", err)
	}
}

func TestSequentialViews(t *testing.T) {
	net := NewSequential(NewLinear(2, 4, true, NewRNG(1)), Tanh{}, NewLinear(4, 1, false, NewRNG(2)))
	var names []string
	for _, p := range net.Parameters() {
		names = append(names, p.Name)
	}
	if got := strings.Join(names, " "); got != "0.weight 0.bias 2.weight" {
		t.Errorf("parameter names %q", got)
	}
	if got := net.Sizes(); len(got) != 3 || got[0] != 2 || got[1] != 4 || got[2] != 1 {
		t.Errorf("Sizes() = %v", got)
	}
	want := "Sequential(\n  (0): Linear(in_features=2, out_features=4, bias=True)\n  (1): Tanh()\n" +
		"  (2): Linear(in_features=4, out_features=1, bias=False)\n)"
	if net.String() != want {
		t.Errorf("String() =\n%s", net)
	}
	if len(net.Modules()) != 3 {
		t.Errorf("Modules() = %v", net.Modules())
	}
}

func TestSetBiasAndClone(t *testing.T) {
	net := MLP([]int{2, 3, 1}, ReLU{}, nil, InitPlayground, 3)
	c := net.Clone()
	lin := net.Layers[0].Linear
	lin.SetBias(false)
	if lin.HasBias() || len(net.Parameters()) != 3 {
		t.Fatal("SetBias(false) kept the bias")
	}
	y := net.Forward(NewTrace(net), []float64{0, 0})
	if y[0] != net.Layers[1].Linear.Bias[0] {
		t.Errorf("without the first bias, output at 0 is the last bias; got %v", y[0])
	}
	lin.SetBias(true)
	if lin.Bias[0] != 0 {
		t.Error("SetBias(true) must add a zero bias")
	}
	if !c.Layers[0].Linear.HasBias() || c.Layers[0].Linear.Bias[0] != 0.1 {
		t.Error("Clone shares storage with the original")
	}
}

func TestForwardAfterShapeChange(t *testing.T) {
	net := MLP([]int{2, 3, 1}, Tanh{}, nil, InitPlayground, 3)
	tr := NewTrace(net)
	net.Forward(tr, []float64{1, 2})
	// A new layer, as the page does when the learner adds one: the trace follows.
	net.Layers = append(net.Layers, Layer{Linear: NewLinear(1, 2, true, NewRNG(1)), Act: Sigmoid{}})
	if y := net.Forward(tr, []float64{1, 2}); len(y) != 2 {
		t.Fatalf("output has %d values after adding a layer, want 2", len(y))
	}
}

func TestTraceClone(t *testing.T) {
	net := MLP([]int{2, 3, 1}, Tanh{}, nil, InitPlayground, 1)
	tr := NewTrace(net)
	net.AccumulateSample(tr, []float64{1, 2}, []float64{0.5}, MSELoss{}, 1)
	c := tr.Clone()
	net.AccumulateSample(tr, []float64{-1, 0}, []float64{-0.5}, MSELoss{}, 1)
	if c.X[0] != 1 || c.Layers[1].Input[0] != c.Layers[0].A[0] ||
		&c.Layers[1].Input[0] != &c.Layers[0].A[0] {
		t.Error("the clone changed with the network or lost its aliasing")
	}
	if c.Layers[0].DZ[0] == tr.Layers[0].DZ[0] || !c.HasBackward {
		t.Error("the clone did not keep the first sample's gradients")
	}
}

// TestShapeText: three or more hidden layers of a size in a row read as the size and
// their count, two as themselves.
func TestShapeText(t *testing.T) {
	for _, c := range []struct {
		sizes []int
		want  string
	}{
		{[]int{2, 1}, "2-1"},
		{[]int{2, 4, 2, 1}, "2-4-2-1"},
		{[]int{2, 8, 8, 8, 8, 8, 8, 1}, "2-8x6-1"},
		{[]int{2, 5, 2, 2, 1}, "2-5-2-2-1"},
		{[]int{4, 3, 3, 3, 5, 5, 5, 5, 1}, "4-3x3-5x4-1"},
	} {
		if got := ShapeText(c.sizes); got != c.want {
			t.Errorf("%v reads %q, want %q", c.sizes, got, c.want)
		}
	}
}
