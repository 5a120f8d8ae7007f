package core

import (
	"errors"
	"math"
	"testing"
)

// TestTrainerBatches checks the loop against explicit batch-mean gradients and Steps,
// including the short last batch of an epoch.
func TestTrainerBatches(t *testing.T) {
	xs, ts := randomBatch(NewRNG(4), 7, 3, 2)
	a, b := deepNet(3), deepNet(3)
	tr := &Trainer{
		Net:       a,
		Loss:      MSELoss{},
		Opt:       NewSGD(a.Parameters(), 0.1),
		BatchSize: 3,
		X:         xs,
		T:         ts,
	}
	if err := tr.Advance(4); err != nil {
		t.Fatal(err)
	}
	if tr.Sample != 4 || tr.Epoch != 0 {
		t.Fatalf("after 4 samples: epoch %d sample %d", tr.Epoch, tr.Sample)
	}
	if err := tr.RunEpoch(); err != nil {
		t.Fatal(err)
	}
	if err := tr.RunEpoch(); err != nil {
		t.Fatal(err)
	}
	if tr.Epoch != 2 || tr.Sample != 0 {
		t.Fatalf("epoch %d sample %d, want 2 and 0", tr.Epoch, tr.Sample)
	}
	o := NewSGD(b.Parameters(), 0.1)
	for epoch := 0; epoch < 2; epoch++ {
		for _, r := range [][2]int{{0, 3}, {3, 6}, {6, 7}} {
			accumulateBatch(b, xs[r[0]:r[1]], ts[r[0]:r[1]], MSELoss{})
			if err := o.Step(); err != nil {
				t.Fatal(err)
			}
			o.ZeroGrad()
		}
	}
	assertSameModel(t, a, b)
}

func TestTrainerStopsOnDivergence(t *testing.T) {
	net := MLP([]int{2, 8, 8, 1}, ReLU{}, nil, InitPlayground, 1)
	xs, ts := randomBatch(NewRNG(2), 30, 2, 1)
	for _, x := range xs {
		x[0] *= 1e100
	}
	tr := &Trainer{
		Net:       net,
		Loss:      HalfMSELoss{},
		Opt:       NewSGD(net.Parameters(), 10),
		BatchSize: 5,
		X:         xs,
		T:         ts,
	}
	var err error
	for i := 0; i < 100 && err == nil; i++ {
		err = tr.RunEpoch()
	}
	var de *DivergedError
	if !errors.As(err, &de) {
		t.Fatalf("RunEpoch = %v, want a DivergedError", err)
	}
	for _, p := range net.Parameters() {
		for _, v := range p.Value {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				t.Fatalf("%s holds %v after divergence", p.Name, v)
			}
		}
		for _, g := range p.Grad {
			if g != 0 {
				t.Fatalf("%s keeps a gradient after divergence", p.Name)
			}
		}
	}
	if tr.Sample%5 != 0 {
		t.Errorf("after divergence the trainer sits at sample %d, not a batch start", tr.Sample)
	}
}

// TestBlockPathMatchesPerSample trains networks narrow and wide through the block path and the
// per-sample path, with partial batches and odd chunks, and expects the same numbers.
func TestBlockPathMatchesPerSample(t *testing.T) {
	for _, c := range []struct {
		sizes []int
		act   Activation
		loss  Loss
		batch int
	}{
		{[]int{2, 4, 2, 1}, Tanh{}, HalfMSELoss{}, 10},
		{[]int{3, 4, 4, 2}, ReLU{}, MSELoss{}, 7},
		{[]int{2, 3, 1}, DefaultSoftplus, BCEWithLogitsLoss{}, 1},
		{[]int{4, 4, 3}, GELU{}, MSELoss{}, 30},
		// Wide layers: eight inputs or outputs at a time, and those left over.
		{[]int{2, 8, 8, 13, 1}, Sigmoid{}, HalfMSELoss{}, 10},
		{[]int{9, 8, 5, 17, 2}, ELU{Alpha: 1}, MSELoss{}, 7},
		{[]int{9, 17, 2}, Tanh{}, HalfMSELoss{}, 10}, // dx of 16 outputs and more
		// Units that die: rows of zero gradient, which the per-sample path skips.
		{[]int{2, 8, 8, 8, 8, 1}, ReLU{}, HalfMSELoss{}, 10},
		{[]int{9, 8, 5, 17, 2}, ReLU6{}, MSELoss{}, 7},
	} {
		xs, ts := randomBatch(NewRNG(6), 23, c.sizes[0], c.sizes[len(c.sizes)-1])
		if _, ok := c.loss.(BCEWithLogitsLoss); ok {
			for _, tt := range ts {
				for i := range tt {
					tt[i] = (tt[i] + 1) / 2
				}
			}
		}
		mk := func(perSample bool) *Trainer {
			net := MLP(c.sizes, c.act, Tanh{}, InitPyTorch, 4)
			net.Layers[0].Linear.SetBias(false)
			return &Trainer{
				Net:       net,
				Loss:      c.loss,
				Opt:       NewSGD(net.Parameters(), 0.1),
				BatchSize: c.batch,
				X:         xs,
				T:         ts,
				perSample: perSample,
			}
		}
		a, b := mk(false), mk(true)
		for round := 0; round < 5; round++ {
			if err := a.Advance(3); err != nil {
				t.Fatal(err)
			}
			if err := a.RunEpoch(); err != nil {
				t.Fatal(err)
			}
			if err := b.Advance(3); err != nil {
				t.Fatal(err)
			}
			if err := b.RunEpoch(); err != nil {
				t.Fatal(err)
			}
		}
		for k, p := range a.Net.Parameters() {
			q := b.Net.Parameters()[k]
			for i := range p.Value {
				if !sameFloat(p.Value[i], q.Value[i]) {
					t.Fatalf("%v: %s[%d] block %v, per sample %v", c.sizes, p.Name, i, p.Value[i],
						q.Value[i])
				}
			}
		}
		if !sameFloat(a.LastLoss(), b.LastLoss()) || !sameFloat(a.LastLoss(), b.Trace().Loss) {
			t.Fatalf("%v: last loss %v, per sample %v", c.sizes, a.LastLoss(), b.Trace().Loss)
		}
		if why := traceDiffers(a.Trace(), b.Trace()); why != "" {
			t.Fatalf("%v: block and per-sample traces differ: %s", c.sizes, why)
		}
	}
}

// traceDiffers says where two traces differ, bit for bit, in any field; "" when nowhere.
func traceDiffers(a, b *Trace) string {
	if a.HasLoss != b.HasLoss || a.HasBackward != b.HasBackward {
		return "HasLoss or HasBackward"
	}
	if !sameFloat(a.Loss, b.Loss) {
		return "Loss"
	}
	same := func(x, y []float64) bool {
		if len(x) != len(y) {
			return false
		}
		for i := range x {
			if !sameFloat(x[i], y[i]) {
				return false
			}
		}
		return true
	}
	for name, pair := range map[string][2][]float64{"X": {a.X, b.X}, "DX": {a.DX, b.DX},
		"Target": {a.Target, b.Target}, "DY": {a.DY, b.DY}} {
		if !same(pair[0], pair[1]) {
			return name
		}
	}
	for l := range a.Layers {
		al, bl := a.Layers[l], b.Layers[l]
		if !same(al.Input, bl.Input) || !same(al.Z, bl.Z) || !same(al.A, bl.A) ||
			!same(al.DA, bl.DA) || !same(al.DZ, bl.DZ) {
			return "layer " + string(rune('0'+l))
		}
	}
	return ""
}

// A batch whose loss is not finite leaves in the trace the sample that made it so, with
// the loss, whichever path trained it, after a batch that trained well before it.
func TestBlockPathTracesADivergence(t *testing.T) {
	run := func(perSample bool) (*Trainer, error) {
		net := MLP([]int{2, 3, 1}, ReLU{}, Identity{}, InitPyTorch, 5)
		xs, ts := randomBatch(NewRNG(9), 8, 2, 1)
		xs[6] = []float64{1e308, 1e308} // the second batch's third sample: loss +Inf
		for i := range net.Parameters()[0].Value {
			net.Parameters()[0].Value[i] = 1
		}
		tr := &Trainer{Net: net, Loss: HalfMSELoss{}, Opt: NewSGD(net.Parameters(), 0.1),
			BatchSize: 4, X: xs, T: ts, perSample: perSample}
		if err := tr.Advance(4); err != nil {
			t.Fatal(err)
		}
		return tr, tr.Advance(4)
	}
	a, errA := run(false)
	b, errB := run(true)
	if errA == nil || errB == nil || errA.Error() != errB.Error() {
		t.Fatalf("block path says %v, per sample %v", errA, errB)
	}
	if why := traceDiffers(a.Trace(), b.Trace()); why != "" || !a.Trace().HasBackward {
		t.Fatalf("traces differ after the divergence (%s); block's has a backward pass: %v",
			why, a.Trace().HasBackward)
	}
}

// The Trainer keeps the trace of the last sample it trained, for a page to show.
func TestTrainerTraceIsTheLastSample(t *testing.T) {
	for _, perSample := range []bool{false, true} {
		xs, ts := randomBatch(NewRNG(8), 12, 2, 1)
		net := MLP([]int{2, 4, 2, 1}, Tanh{}, Tanh{}, InitPlayground, 2)
		tr := &Trainer{Net: net, Loss: HalfMSELoss{}, Opt: NewSGD(net.Parameters(), 0.1), BatchSize: 10,
			X: xs, T: ts, perSample: perSample}
		if tr.Trace().HasBackward {
			t.Fatal("a trainer that has trained nothing has a backward pass in its trace")
		}
		if err := tr.Advance(3); err != nil { // within the first batch: no step yet
			t.Fatal(err)
		}
		want := NewTrace(net)
		net.Clone().AccumulateSample(want, xs[2], ts[2], HalfMSELoss{}, 1)
		got := tr.Trace()
		if !got.HasBackward || got.Loss != want.Loss || got.X[0] != xs[2][0] {
			t.Fatalf("per sample %v: trace of loss %v at x %v, want sample 2's %v",
				perSample, got.Loss, got.X, want.Loss)
		}
		for l := range want.Layers {
			for i := range want.Layers[l].DZ {
				if got.Layers[l].DZ[i] != want.Layers[l].DZ[i] || got.Layers[l].A[i] != want.Layers[l].A[i] {
					t.Fatalf("per sample %v: layer %d unit %d differs from sample 2's own pass", perSample, l, i)
				}
			}
		}
	}
}

// A forward-only block (MeanLoss's) has no room for gradients: a trainer handed one
// makes its own, and trains as a trainer that never had one.
func TestTrainerRefusesAForwardOnlyBlock(t *testing.T) {
	xs, ts := randomBatch(NewRNG(9), 20, 2, 1)
	mk := func() *Trainer {
		net := MLP([]int{2, 4, 2, 1}, Tanh{}, Tanh{}, InitPlayground, 3)
		return &Trainer{Net: net, Loss: HalfMSELoss{}, Opt: NewSGD(net.Parameters(), 0.1),
			BatchSize: 10, X: xs, T: ts}
	}
	a, b := mk(), mk()
	a.blk = newBlock(a.Net, lossGroup, false)
	for _, tr := range []*Trainer{a, b} {
		if err := tr.RunEpoch(); err != nil {
			t.Fatal(err)
		}
	}
	for k, p := range a.Net.Parameters() {
		for i, v := range p.Value {
			if w := b.Net.Parameters()[k].Value[i]; v != w {
				t.Fatalf("%s[%d] is %v after a forward-only block, %v without", p.Name, i, v, w)
			}
		}
	}
}

// sameFloat reports whether a and b are the same float64, -0 told from +0.
func sameFloat(a, b float64) bool { return math.Float64bits(a) == math.Float64bits(b) }

// TestBlockInputGradientOfZeroIsPlusZero: where a sample's dz are all zero, the block's
// dL/dx is +0, as the per-sample pass's, whatever the weights' signs: a sum begun at
// the first product would give -0 with negative weights (-1 × 0), which the trace's
// DA and DZ would carry to the page as "-0".
func TestBlockInputGradientOfZeroIsPlusZero(t *testing.T) {
	const in, out, n = 5, 9, 3
	l := NewLinear(in, out, true, NewRNG(1))
	for i := range l.w {
		l.w[i] = -1
	}
	want := make([]float64, in)
	l.backward(make([]float64, in), make([]float64, out), want, make([]float64, in*out),
		make([]float64, out), 1)
	x := rows(make([]float64, in*n), in, n)
	dz := rows(make([]float64, out*n), out, n)
	dx := rows(make([]float64, in*n), in, n)
	l.backwardRows(x, dz, dx, 1, n, 0)
	for j := range dx {
		for k, v := range dx[j][:n] {
			if !sameFloat(v, want[j]) {
				t.Fatalf("dx[%d][%d] = %v in a block, %v sample by sample", j, k, v, want[j])
			}
		}
	}
}

// A dead unit's row of zero gradient meets an input that overflowed to +Inf: PyTorch's
// dzᵀx makes that weight's gradient 0·Inf = NaN, and both of the trainer's paths must do
// as it does, not one of them skip the row and train on.
func TestBlockPathMatchesPerSampleOnAnInfInput(t *testing.T) {
	for _, in := range []int{1, 5} {
		run := func(perSample bool) (*Trainer, error) {
			net := MLP([]int{in, 1, 1, 1}, ReLU{}, Tanh{}, InitPyTorch, 3)
			ps := net.Parameters()
			for i := range ps[0].Value { // layer 0's weights: z = +Inf, so a = +Inf
				ps[0].Value[i] = 1e308
			}
			ps[2].Value[0], ps[3].Value[0] = -1, 0 // layer 1: z = -Inf, a dead unit
			xs, ts := make([][]float64, 4), make([][]float64, 4)
			for s := range xs {
				xs[s], ts[s] = make([]float64, in), []float64{0.5}
				for i := range xs[s] {
					xs[s][i] = 10
				}
			}
			tr := &Trainer{Net: net, Loss: HalfMSELoss{}, Opt: NewSGD(ps, 0.1), BatchSize: 4,
				X: xs, T: ts, perSample: perSample}
			return tr, tr.RunEpoch()
		}
		a, errA := run(false)
		b, errB := run(true)
		if (errA == nil) != (errB == nil) || errA != nil && errA.Error() != errB.Error() {
			t.Fatalf("%d inputs: block path says %v, per sample %v", in, errA, errB)
		}
		if errA == nil {
			t.Fatalf("%d inputs: a weight's gradient of 0·Inf trained on", in)
		}
		for k, p := range a.Net.Parameters() {
			for i, v := range p.Value {
				if w := b.Net.Parameters()[k].Value[i]; !sameFloat(v, w) {
					t.Fatalf("%d inputs: %s[%d] block %v, per sample %v", in, p.Name, i, v, w)
				}
			}
		}
	}
}
