package core

import (
	"slices"
	"strings"
	"testing"
)

// fresh is the layer init draws from a generator seeded with seed, as the surgery
// draws new weights: every value of a fresh layer of the new shape.
func fresh(in, out int, bias bool, init Init, seed uint64) *Linear {
	l := newLinear(in, out, bias)
	init.apply(l, NewRNG(seed))
	return l
}

// outputsAt runs the network on n random inputs and returns the outputs.
func outputsAt(s *Sequential, n int, seed uint64) [][]float64 {
	rng := NewRNG(seed)
	tr := NewTrace(s)
	var ys [][]float64
	for i := 0; i < n; i++ {
		x := make([]float64, s.In())
		for j := range x {
			x[j] = rng.Uniform(-6, 6)
		}
		ys = append(ys, append([]float64(nil), s.Forward(tr, x)...))
	}
	return ys
}

func sameRows(a, b [][]float64) bool {
	return slices.EqualFunc(a, b, func(x, y []float64) bool { return sameBits(x, y) })
}

// column returns column j of a weight matrix.
func column(w [][]float64, j int) []float64 {
	c := make([]float64, len(w))
	for i := range w {
		c[i] = w[i][j]
	}
	return c
}

func TestInsertUnitKeepsWeights(t *testing.T) {
	for _, at := range []int{0, 2, 4} {
		net := MLP([]int{2, 4, 2, 1}, Tanh{}, Tanh{}, InitPlayground, 1)
		old := net.Clone()
		first, second, last := net.Layers[0].Linear, net.Layers[1].Linear, net.Layers[2].Linear
		if err := net.InsertUnit(1, at, InitPlayground, NewRNG(9)); err != nil {
			t.Fatal(err)
		}
		if got := net.Sizes(); !slices.Equal(got, []int{2, 5, 2, 1}) {
			t.Fatalf("at %d: sizes %v", at, got)
		}
		if net.Layers[0].Linear != first || net.Layers[1].Linear != second ||
			net.Layers[2].Linear != last {
			t.Errorf("at %d: a layer was replaced rather than resized", at)
		}
		// The incoming side: rows of the units that stay, and the new row drawn.
		rng := NewRNG(9)
		newIn := newLinear(2, 5, true)
		InitPlayground.apply(newIn, rng)
		newOut := newLinear(5, 2, true)
		InitPlayground.apply(newOut, rng)
		for i := 0; i < 5; i++ {
			wantRow, wantBias := newIn.Weight[i], newIn.Bias[i]
			if i != at {
				o := i
				if i > at {
					o = i - 1
				}
				wantRow, wantBias = old.Layers[0].Linear.Weight[o], old.Layers[0].Linear.Bias[o]
			}
			if !sameBits(first.Weight[i], wantRow) || first.Bias[i] != wantBias {
				t.Errorf("at %d: unit %d has weights %v bias %v, want %v %v", at, i,
					first.Weight[i], first.Bias[i], wantRow, wantBias)
			}
		}
		// The outgoing side: columns of the units that stay, the new column drawn.
		for j := 0; j < 5; j++ {
			want := column(newOut.Weight, j)
			if j != at {
				o := j
				if j > at {
					o = j - 1
				}
				want = column(old.Layers[1].Linear.Weight, o)
			}
			if got := column(second.Weight, j); !sameBits(got, want) {
				t.Errorf("at %d: weights out of unit %d are %v, want %v", at, j, got, want)
			}
		}
		if !sameBits(second.Bias, old.Layers[1].Linear.Bias) {
			t.Errorf("at %d: the next layer's bias changed", at)
		}
		assertSameLinear(t, last, old.Layers[2].Linear)
	}
}

func assertSameLinear(t *testing.T, got, want *Linear) {
	t.Helper()
	if got.In != want.In || got.Out != want.Out || !sameRows(got.Weight, want.Weight) ||
		!sameBits(got.Bias, want.Bias) || got.HasBias() != want.HasBias() {
		t.Errorf("layer %v changed: weight %v bias %v, want %v %v", got, got.Weight, got.Bias,
			want.Weight, want.Bias)
	}
}

// TestUnitSurgeryKeepsFunction: a unit whose outgoing weights are 0 contributes nothing,
// so adding one with zero weights, or removing one after zeroing them, leaves every
// output as it was, bit for bit; on every level, inputs and output included.
func TestUnitSurgeryKeepsFunction(t *testing.T) {
	for level := 0; level <= 3; level++ {
		net := MLP([]int{3, 4, 3, 1}, Tanh{}, Sigmoid{}, InitPyTorch, 2)
		if level == 3 {
			// A new output is a new function; the old outputs must stay.
			want := outputsAt(net, 20, 1)
			if err := net.InsertUnit(3, 0, InitZeros, nil); err != nil {
				t.Fatal(err)
			}
			got := outputsAt(net, 20, 1)
			for i := range got {
				if !sameBits(got[i][1:], want[i]) {
					t.Fatalf("output level: outputs %v, want %v after them", got[i], want[i])
				}
			}
			if err := net.RemoveUnit(3, 0); err != nil {
				t.Fatal(err)
			}
			if !sameRows(outputsAt(net, 20, 1), want) {
				t.Error("output level: removing the new output changed the others")
			}
			continue
		}
		if level == 0 {
			// An input column with zero weights: the function ignores it. Compare
			// on inputs that leave the old columns where they were.
			tr := NewTrace(net)
			x := []float64{0.5, -1, 2}
			want := slices.Clone(net.Forward(tr, x))
			if err := net.InsertUnit(0, 1, InitZeros, nil); err != nil {
				t.Fatal(err)
			}
			if got := net.Forward(tr, []float64{0.5, 123, -1, 2}); !sameBits(got, want) {
				t.Errorf("input level: %v, want %v", got, want)
			}
			if err := net.RemoveUnit(0, 1); err != nil {
				t.Fatal(err)
			}
			if got := net.Forward(tr, x); !sameBits(got, want) {
				t.Errorf("input level after removal: %v, want %v", got, want)
			}
			continue
		}
		want := outputsAt(net, 20, 1)
		n := net.Sizes()[level]
		if err := net.InsertUnit(level, n, InitZeros, nil); err != nil {
			t.Fatal(err)
		}
		if !sameRows(outputsAt(net, 20, 1), want) {
			t.Errorf("level %d: a unit with zero weights changed the outputs", level)
		}
		// Zero what leaves unit 1 and remove it.
		for _, row := range net.Layers[level].Linear.Weight {
			row[1] = 0
		}
		want = outputsAt(net, 20, 1)
		if err := net.RemoveUnit(level, 1); err != nil {
			t.Fatal(err)
		}
		if !sameRows(outputsAt(net, 20, 1), want) {
			t.Errorf("level %d: removing a unit that sends nothing changed the outputs", level)
		}
		if got := net.Sizes()[level]; got != n {
			t.Errorf("level %d has %d units, want %d", level, got, n)
		}
	}
}

func TestRemoveUnitKeepsTheRest(t *testing.T) {
	net := MLP([]int{2, 4, 2, 1}, ReLU{}, Tanh{}, InitPlayground, 3)
	net.Layers[0].Linear.SetBias(false)
	old := net.Clone()
	if err := net.RemoveUnit(1, 2); err != nil {
		t.Fatal(err)
	}
	keep := []int{0, 1, 3}
	for i, o := range keep {
		if !sameBits(net.Layers[0].Linear.Weight[i], old.Layers[0].Linear.Weight[o]) {
			t.Errorf("row %d is not old row %d", i, o)
		}
		if !sameBits(column(net.Layers[1].Linear.Weight, i), column(old.Layers[1].Linear.Weight, o)) {
			t.Errorf("column %d is not old column %d", i, o)
		}
	}
	if net.Layers[0].Linear.HasBias() {
		t.Error("a layer without bias has one after the surgery")
	}
	if !sameBits(net.Layers[1].Linear.Bias, old.Layers[1].Linear.Bias) {
		t.Error("the next layer's bias changed")
	}
}

// TestInsertLayer checks Playground's + above the network: a hidden layer before the
// output, and one at the front. The units that stay keep their weights among
// themselves and their biases; weights from or to the new units are drawn.
func TestInsertLayer(t *testing.T) {
	net := MLP([]int{2, 4, 2, 1}, Tanh{}, Sigmoid{}, InitPlayground, 1)
	old := net.Clone()
	layers := slices.Clone(net.Layers)
	if err := net.InsertLayer(3, 3, ReLU{}, true, InitPlayground, NewRNG(5)); err != nil {
		t.Fatal(err)
	}
	if got := net.Sizes(); !slices.Equal(got, []int{2, 4, 2, 3, 1}) {
		t.Fatalf("sizes %v", got)
	}
	rng := NewRNG(5)
	want := []*Linear{old.Layers[0].Linear, old.Layers[1].Linear, newLinear(2, 3, true), nil}
	InitPlayground.apply(want[2], rng)
	out := newLinear(3, 1, true)
	InitPlayground.apply(out, rng)
	copy(out.Bias, old.Layers[2].Linear.Bias)
	want[3] = out
	for l := range want {
		assertSameLinear(t, net.Layers[l].Linear, want[l])
	}
	if net.Layers[0].Linear != layers[0].Linear || net.Layers[1].Linear != layers[1].Linear ||
		net.Layers[3].Linear != layers[2].Linear {
		t.Error("a layer that stays was replaced")
	}
	if _, ok := net.Layers[2].Act.(ReLU); !ok {
		t.Errorf("the new layer's activation is %v", net.Layers[2].Act)
	}
	if _, ok := net.Layers[3].Act.(Sigmoid); !ok {
		t.Errorf("the output's activation is %v, want its own Sigmoid", net.Layers[3].Act)
	}

	// At the front, without bias.
	if err := net.InsertLayer(1, 2, nil, false, InitPlayground, NewRNG(6)); err != nil {
		t.Fatal(err)
	}
	if got := net.Sizes(); !slices.Equal(got, []int{2, 2, 4, 2, 3, 1}) {
		t.Fatalf("sizes %v", got)
	}
	if net.Layers[0].Linear.HasBias() || net.Layers[0].Act != nil {
		t.Errorf("the new first layer is %v with %v", net.Layers[0].Linear, net.Layers[0].Act)
	}
	if !sameBits(net.Layers[1].Linear.Bias, old.Layers[0].Linear.Bias) {
		t.Error("the first hidden layer lost its bias")
	}
}

// TestRemoveLayer checks Playground's − down to no hidden layer, where the inputs feed
// the output directly: the output keeps its bias and activation, and its weights, from
// units it was never connected to, are drawn.
func TestRemoveLayer(t *testing.T) {
	net := MLP([]int{2, 4, 2, 1}, Tanh{}, Sigmoid{}, InitPlayground, 1)
	old := net.Clone()
	out := net.Layers[2].Linear
	if err := net.RemoveLayer(2, InitPlayground, NewRNG(7)); err != nil {
		t.Fatal(err)
	}
	if got := net.Sizes(); !slices.Equal(got, []int{2, 4, 1}) {
		t.Fatalf("sizes %v", got)
	}
	assertSameLinear(t, net.Layers[0].Linear, old.Layers[0].Linear)
	want := fresh(4, 1, true, InitPlayground, 7)
	copy(want.Bias, old.Layers[2].Linear.Bias)
	assertSameLinear(t, net.Layers[1].Linear, want)
	if net.Layers[1].Linear != out {
		t.Error("the output layer was replaced")
	}
	if err := net.RemoveLayer(1, InitPyTorch, NewRNG(8)); err != nil {
		t.Fatal(err)
	}
	if got := net.Sizes(); !slices.Equal(got, []int{2, 1}) {
		t.Fatalf("sizes %v", got)
	}
	want = fresh(2, 1, true, InitPyTorch, 8)
	copy(want.Bias, old.Layers[2].Linear.Bias)
	assertSameLinear(t, net.Layers[0].Linear, want)
	if _, ok := net.Layers[0].Act.(Sigmoid); !ok || net.Layers[0].Linear != out {
		t.Errorf("the output is %v with %v, want the old output layer with its Sigmoid",
			net.Layers[0].Linear, net.Layers[0].Act)
	}
	// And back: + gives a hidden layer again, the output still its own.
	if err := net.InsertLayer(1, 2, Tanh{}, true, InitPlayground, NewRNG(1)); err != nil {
		t.Fatal(err)
	}
	if got := net.Sizes(); !slices.Equal(got, []int{2, 2, 1}) || net.Layers[1].Linear != out {
		t.Fatalf("sizes %v", got)
	}
	// Removing the first of two hidden layers: the second keeps its bias.
	net = MLP([]int{2, 4, 3, 1}, Tanh{}, Tanh{}, InitPlayground, 1)
	net.Layers[1].Linear.Bias[2] = 0.7
	if err := net.RemoveLayer(1, InitPlayground, NewRNG(2)); err != nil {
		t.Fatal(err)
	}
	if got := net.Sizes(); !slices.Equal(got, []int{2, 3, 1}) || net.Layers[0].Linear.Bias[2] != 0.7 {
		t.Fatalf("sizes %v, bias %v", got, net.Layers[0].Linear.Bias)
	}
}

// TestSurgeryRefuses checks the limits (0 to MaxHiddenLayers hidden layers, 1 to
// MaxUnits units) and bad positions: an error, and the network as it was.
func TestSurgeryRefuses(t *testing.T) {
	deep := make([]int, MaxHiddenLayers+2)
	for i := range deep {
		deep[i] = 2
	}
	cases := []struct {
		name  string
		sizes []int
		op    func(s *Sequential) error
		want  string
	}{
		{"ninth hidden layer", deep, func(s *Sequential) error {
			return s.InsertLayer(1, 2, Tanh{}, true, InitPlayground, NewRNG(1))
		}, "8 hidden layers"},
		{"no hidden layer to remove", []int{2, 1}, func(s *Sequential) error {
			return s.RemoveLayer(1, InitPlayground, NewRNG(1))
		}, "not a hidden layer"},
		{"remove the inputs", []int{2, 3, 1}, func(s *Sequential) error {
			return s.RemoveLayer(0, InitPlayground, NewRNG(1))
		}, "not a hidden layer"},
		{"remove the output", []int{2, 3, 1}, func(s *Sequential) error {
			return s.RemoveLayer(2, InitPlayground, NewRNG(1))
		}, "not a hidden layer"},
		{"insert after the output", []int{2, 3, 1}, func(s *Sequential) error {
			return s.InsertLayer(3, 2, Tanh{}, true, InitPlayground, NewRNG(1))
		}, "level 3"},
		{"zero units", []int{2, 3, 1}, func(s *Sequential) error {
			return s.InsertLayer(1, 0, Tanh{}, true, InitPlayground, NewRNG(1))
		}, "1 to 8 units"},
		{"bad activation", []int{2, 3, 1}, func(s *Sequential) error {
			return s.InsertLayer(1, 2, LeakyReLU{NegativeSlope: 3}, true, InitPlayground, NewRNG(1))
		}, "negative_slope"},
		{"ninth unit", []int{2, 8, 1}, func(s *Sequential) error {
			return s.InsertUnit(1, 8, InitPlayground, NewRNG(1))
		}, "8 units"},
		{"last unit", []int{2, 1, 1}, removeUnit(1, 0), "only unit"},
		{"last input", []int{1, 3, 1}, removeUnit(0, 0), "only unit"},
		{"unit out of range", []int{2, 3, 1}, removeUnit(1, 3), "no unit"},
		{"insert past the end", []int{2, 3, 1}, func(s *Sequential) error {
			return s.InsertUnit(1, 4, InitPlayground, NewRNG(1))
		}, "position 4"},
		{"level out of range", []int{2, 3, 1}, func(s *Sequential) error {
			return s.InsertUnit(3, 0, InitPlayground, NewRNG(1))
		}, "no level 3"},
		{"draw without a generator", []int{2, 3, 1}, func(s *Sequential) error {
			return s.InsertUnit(1, 0, InitPlayground, nil)
		}, "generator"},
	}
	for _, c := range cases {
		net := MLP(c.sizes, Tanh{}, Tanh{}, InitPlayground, 1)
		before := net.String() + modelText(t, net)
		err := c.op(net)
		if err == nil || !strings.Contains(err.Error(), c.want) ||
			!strings.HasPrefix(err.Error(), "core: ") {
			t.Errorf("%s: error %v, want one that says %q", c.name, err, c.want)
		}
		if after := net.String() + modelText(t, net); after != before {
			t.Errorf("%s: the network changed", c.name)
		}
	}
}

func removeUnit(level, unit int) func(s *Sequential) error {
	return func(s *Sequential) error { return s.RemoveUnit(level, unit) }
}

func modelText(t *testing.T, s *Sequential) string {
	var b strings.Builder
	if err := WriteModel(&b, s); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestSurgeryThenTrain: after any surgery the old trace reshapes itself, the gradients
// are zero, and a rebuilt optimizer trains the new shape.
func TestSurgeryThenTrain(t *testing.T) {
	net := MLP([]int{2, 4, 2, 1}, Tanh{}, Tanh{}, InitPlayground, 1)
	xs, ts := randomBatch(NewRNG(3), 20, 2, 1)
	tr := &Trainer{Net: net, Loss: HalfMSELoss{}, Opt: NewSGD(net.Parameters(), 0.1),
		BatchSize: 5, X: xs, T: ts}
	trace := NewTrace(net)
	if err := tr.Advance(3); err != nil { // mid-batch: gradients accumulated
		t.Fatal(err)
	}
	ops := []func() error{
		func() error { return net.InsertUnit(1, 4, InitPlayground, NewRNG(1)) },
		func() error { return net.InsertLayer(2, 3, ReLU{}, true, InitPlayground, NewRNG(2)) },
		func() error { return net.RemoveUnit(2, 0) },
		func() error { return net.RemoveLayer(1, InitPlayground, NewRNG(3)) },
		func() error { return net.InsertUnit(0, 2, InitPlayground, NewRNG(4)) },
	}
	for i, op := range ops {
		if err := op(); err != nil {
			t.Fatal(err)
		}
		for _, p := range net.Parameters() {
			for _, g := range p.Grad {
				if g != 0 {
					t.Fatalf("op %d: %s keeps a gradient", i, p.Name)
				}
			}
		}
		x := make([]float64, net.In())
		net.Forward(trace, x)
		if len(trace.X) != net.In() {
			t.Fatalf("op %d: the trace did not follow the shape", i)
		}
		if net.In() == 3 {
			xs3 := make([][]float64, len(xs))
			for k, x := range xs {
				xs3[k] = append(slices.Clone(x), 0.5)
			}
			tr.X = xs3
		}
		tr.Opt, tr.Sample = NewSGD(net.Parameters(), 0.1), 0
		before := net.MeanLoss(trace, tr.X, tr.T, tr.Loss)
		if err := tr.RunEpoch(); err != nil {
			t.Fatalf("op %d: %v", i, err)
		}
		if after := net.MeanLoss(trace, tr.X, tr.T, tr.Loss); !(after < before) {
			t.Errorf("op %d: training moved the loss from %v to %v", i, before, after)
		}
	}
	if got := net.Sizes(); !slices.Equal(got, []int{3, 2, 2, 1}) {
		t.Errorf("sizes %v, want [3 2 2 1]", got)
	}
}
