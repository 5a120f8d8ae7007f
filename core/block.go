package core

// block runs a group of samples through a network together, unit-major: row i of a
// layer's Z holds unit i's pre-activation for every sample of the group. For narrow
// layers (Net A's 2, 4 and 2 inputs) the per-sample kernels spend most of their time
// entering functions and loops, and Go's wasm code pays for each; one loop over the
// group per weight costs a fraction. For wide ones (the deep sigmoid stack's eights)
// the weight gradients build up in locals over the group instead of in memory sample
// after sample. Networks whose units can die (ReLU, ReLU6) gain too: in wasm the page's
// Net B trains an epoch 4% faster in blocks, the worker's epoch with its loss curve 4%
// (BenchmarkWorker). Every sum runs in the same order as the per-sample path (bias,
// then inputs in order; samples in order into each gradient), and both add a dead
// unit's row of zeros, so the two give the same numbers; zeros leave a sum as it was,
// since a gradient that starts at +0 never becomes -0, and 0·Inf is NaN in both.
type block struct {
	cap    int
	x, dx  [][]float64  // [input][sample]: the inputs; dL/dx of the last sample only
	layers []blockLayer // per Linear layer
	y, dy  []float64    // one sample's output and dL/dy
	losses []float64    // each sample's loss
	shape  []int        // the network's level sizes the block was made for
	n      int          // the samples of the last group
	xs, ts [][]float64  // the last group's inputs and targets
}

type blockLayer struct {
	z, a, da, dz     [][]float64 // [unit][sample]
	zf, af, daf, dzf []float64   // the same, flat: unit after unit, cap samples each
}

// newBlock makes a block of s's shape for capacity samples; only a backward one (a
// trainer's) has room for the gradients and losses.
func newBlock(s *Sequential, capacity int, backward bool) *block {
	b := &block{cap: capacity, shape: s.Sizes()}
	b.x = rows(make([]float64, s.In()*capacity), s.In(), capacity)
	for _, l := range s.Layers {
		n := l.Linear.Out
		flat := func() []float64 { return make([]float64, n*capacity) }
		bl := blockLayer{zf: flat(), af: flat()}
		bl.z, bl.a = rows(bl.zf, n, capacity), rows(bl.af, n, capacity)
		if backward {
			bl.daf, bl.dzf = flat(), flat()
			bl.da, bl.dz = rows(bl.daf, n, capacity), rows(bl.dzf, n, capacity)
		}
		b.layers = append(b.layers, bl)
	}
	b.y = make([]float64, s.Out())
	if backward {
		b.dx = rows(make([]float64, s.In()*capacity), s.In(), capacity)
		b.dy, b.losses = make([]float64, s.Out()), make([]float64, capacity)
	}
	return b
}

// fits reports whether b matches s's shape and holds n samples, and, for backward (a
// trainer's use), has room for the gradients: a forward-only block does not.
func (b *block) fits(s *Sequential, n int, backward bool) bool {
	if b == nil || n > b.cap || len(b.layers) != len(s.Layers) || b.shape[0] != s.In() ||
		backward && b.dx == nil {
		return false
	}
	for l, layer := range s.Layers {
		if b.shape[l+1] != layer.Linear.Out {
			return false
		}
	}
	return true
}

// accumulate runs samples xs with targets ts forward and backward as one group and adds
// weight times their gradients to the parameters'. It returns the index of the first
// sample whose loss is not finite, with that loss, and then adds nothing; otherwise -1.
// trace copies a sample of the group into the network's trace afterwards.
func (b *block) accumulate(s *Sequential, xs, ts [][]float64, loss Loss,
	weight float64) (int, float64) {
	n := len(xs)
	b.xs, b.ts = xs, ts
	b.forward(s, xs)
	// Each sample's loss and dL/dy; the squared losses of one output inline, with the
	// same operations as their methods.
	last := &b.layers[len(b.layers)-1]
	inline := false
	if len(b.y) == 1 {
		_, half := loss.(HalfMSELoss)
		_, mse := loss.(MSELoss)
		if half || mse {
			a, da := last.a[0][:n], last.da[0][:n]
			for k := range a {
				d := a[k] - ts[k][0]
				l := 0.5 * d * d
				g := d
				if mse {
					l, g = d*d, 2*d
				}
				if !IsFinite(l) {
					return k, l
				}
				b.losses[k], da[k] = l, g
			}
			inline = true
		}
	}
	for k := 0; k < n && !inline; k++ {
		for i := range b.y {
			b.y[i] = last.a[i][k]
		}
		l := loss.Forward(b.y, ts[k])
		if !IsFinite(l) {
			return k, l
		}
		b.losses[k] = l
		loss.Backward(b.y, ts[k], b.dy)
		for i, v := range b.dy {
			last.da[i][k] = v
		}
	}
	// Backward, output side first.
	for l := len(s.Layers) - 1; l >= 0; l-- {
		layer, bl := &s.Layers[l], &b.layers[l]
		if n == b.cap {
			layer.Activation().backwardEach(bl.zf, bl.af, bl.daf, bl.dzf)
		} else {
			for i := range bl.dz {
				layer.Activation().backwardEach(bl.z[i][:n], bl.a[i][:n], bl.da[i][:n], bl.dz[i][:n])
			}
		}
		input, dx, from := b.x, b.dx, n-1 // the input gradient: the trace's sample's alone
		if l > 0 {
			input, dx, from = b.layers[l-1].a, b.layers[l-1].da, 0
		}
		layer.Linear.backwardRows(input, bl.dz, dx, weight, n, from)
	}
	return -1, 0
}

// forward runs samples xs (at most b.cap) through s as one group, layer by layer,
// leaving every layer's Z and A in b. A sample of the wrong width panics, as the
// per-sample pass does.
func (b *block) forward(s *Sequential, xs [][]float64) {
	n := len(xs)
	b.n = n
	for k, x := range xs {
		checkInputs(x, len(b.x))
		for j, v := range x {
			b.x[j][k] = v
		}
	}
	in := b.x
	for l := range s.Layers {
		layer, bl := &s.Layers[l], &b.layers[l]
		layer.Linear.forwardRows(in, bl.z, n)
		if n == b.cap { // a full group: the rows are one run of memory
			layer.Activation().forwardEach(bl.zf, bl.af)
		} else {
			for i := range bl.z {
				layer.Activation().forwardEach(bl.z[i][:n], bl.a[i][:n])
			}
		}
		in = bl.a
	}
}

// meanLoss returns the mean of loss over samples (xs, ts), a group of b.cap at a time:
// each sample's output is the one the per-sample pass gives, bit for bit, and the sum
// runs over the samples in order.
func (b *block) meanLoss(s *Sequential, xs, ts [][]float64, loss Loss) float64 {
	sum := 0.0
	out := b.layers[len(b.layers)-1].a
	for start := 0; start < len(xs); start += b.cap {
		group := xs[start:min(start+b.cap, len(xs))]
		b.forward(s, group)
		for k := range group {
			for i := range b.y {
				b.y[i] = out[i][k]
			}
			sum += loss.Forward(b.y, ts[start+k])
		}
	}
	return sum / float64(len(xs))
}

// trace copies the last group's last sample into tr, as a per-sample step would leave
// it.
func (b *block) trace(s *Sequential, tr *Trace) {
	k := b.n - 1
	x, t := b.xs[k], b.ts[k]
	copy(tr.X, x)
	for l := range tr.Layers {
		lt, bl := &tr.Layers[l], &b.layers[l]
		for i := range lt.Z {
			lt.Z[i], lt.A[i], lt.DA[i], lt.DZ[i] = bl.z[i][k], bl.a[i][k], bl.da[i][k], bl.dz[i][k]
		}
	}
	for j := range tr.DX {
		tr.DX[j] = b.dx[j][k]
	}
	copy(tr.Target, t)
	last := b.layers[len(b.layers)-1]
	for i := range tr.DY {
		tr.DY[i] = last.da[i][k]
	}
	tr.Loss, tr.HasLoss, tr.HasBackward = b.losses[k], true, true
}
