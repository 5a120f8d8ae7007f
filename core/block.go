package core

import "math"

// block runs a group of samples through a network together, unit-major: row i of a
// layer's Z holds unit i's pre-activation for every sample of the group. For narrow
// layers (Net A's 2, 4 and 2 inputs) the per-sample kernels spend most of their time
// entering functions and loops, and Go's wasm code pays for each; one loop over the
// group per weight costs a fraction. Every sum runs in the same order as the per-sample
// path (bias, then inputs in order; samples in order into each gradient), so the two
// give the same numbers.
type block struct {
	cap    int
	x, dx  [][]float64  // [input][sample]: the inputs and dL/dx
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

// maxBlockInputs is the widest layer input the block path takes: wider layers run
// faster through the per-sample kernels, which hold eight inputs in locals.
const maxBlockInputs = 4

// blockable reports whether s is narrow enough for the block path.
func blockable(s *Sequential) bool {
	for _, l := range s.Layers {
		if l.Linear.In > maxBlockInputs {
			return false
		}
	}
	return true
}

func newBlock(s *Sequential, capacity int) *block {
	b := &block{cap: capacity, shape: s.Sizes()}
	b.x = rows(make([]float64, s.In()*capacity), s.In(), capacity)
	b.dx = rows(make([]float64, s.In()*capacity), s.In(), capacity)
	for _, l := range s.Layers {
		n := l.Linear.Out
		bl := blockLayer{zf: make([]float64, n*capacity), af: make([]float64, n*capacity), daf: make([]float64, n*capacity), dzf: make([]float64, n*capacity)}
		bl.z, bl.a, bl.da, bl.dz = rows(bl.zf, n, capacity), rows(bl.af, n, capacity), rows(bl.daf, n, capacity), rows(bl.dzf, n, capacity)
		b.layers = append(b.layers, bl)
	}
	b.y, b.dy = make([]float64, s.Out()), make([]float64, s.Out())
	b.losses = make([]float64, capacity)
	return b
}

// fits reports whether b matches s's shape and holds n samples.
func (b *block) fits(s *Sequential, n int) bool {
	if b == nil || n > b.cap || len(b.layers) != len(s.Layers) || b.shape[0] != s.In() {
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
func (b *block) accumulate(s *Sequential, xs, ts [][]float64, loss Loss, weight float64) (int, float64) {
	n := len(xs)
	b.n, b.xs, b.ts = n, xs, ts
	for k, x := range xs {
		for j, v := range x {
			b.x[j][k] = v
		}
	}
	// Forward, layer by layer over the group.
	in := b.x
	for l := range s.Layers {
		layer, bl := &s.Layers[l], &b.layers[l]
		layer.Linear.forwardRows(in, bl.z, n)
		if n == b.cap { // a full group: the rows are one run of memory
			activate(layer.Act, bl.zf, bl.af)
		} else {
			for i := range bl.z {
				activate(layer.Act, bl.z[i][:n], bl.a[i][:n])
			}
		}
		in = bl.a
	}
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
				if l-l != 0 { // NaN or infinite
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
		if math.IsNaN(l) || math.IsInf(l, 0) {
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
			derive(layer.Act, bl.zf, bl.af, bl.daf, bl.dzf)
		} else {
			for i := range bl.dz {
				derive(layer.Act, bl.z[i][:n], bl.a[i][:n], bl.da[i][:n], bl.dz[i][:n])
			}
		}
		input, dx := b.x, b.dx
		if l > 0 {
			input, dx = b.layers[l-1].a, b.layers[l-1].da
		}
		layer.Linear.backwardRows(input, bl.dz, dx, weight, n)
	}
	return -1, 0
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

// forwardRows sets z[i][k] = b_i + sum_j W[i][j] x[j][k] for the first n samples. Up to
// four inputs it makes one pass per unit over the samples with the weights in locals;
// wider layers (the heatmap sweep of Net B) add one input at a time over the samples.
func (l *Linear) forwardRows(x, z [][]float64, n int) {
	in := l.In
	if in > 4 {
		l.forwardRowsWide(x, z, n)
		return
	}
	x0, x1, x2, x3 := fourRows(x, in, n)
	for i, zi := range z[:l.Out] {
		zi = zi[:n]
		b := 0.0
		if l.Bias != nil {
			b = l.Bias[i]
		}
		w := l.w[i*in : i*in+in]
		switch in {
		case 1:
			w0 := w[0]
			for k := range zi {
				zi[k] = b + w0*x0[k]
			}
		case 2:
			w0, w1 := w[0], w[1]
			for k := range zi {
				s := b + w0*x0[k]
				zi[k] = s + w1*x1[k]
			}
		case 3:
			w0, w1, w2 := w[0], w[1], w[2]
			for k := range zi {
				s := b + w0*x0[k]
				s += w1 * x1[k]
				zi[k] = s + w2*x2[k]
			}
		case 4:
			w0, w1, w2, w3 := w[0], w[1], w[2], w[3]
			for k := range zi {
				s := b + w0*x0[k]
				s += w1 * x1[k]
				s += w2 * x2[k]
				zi[k] = s + w3*x3[k]
			}
		}
	}
}

// fourRows returns the first n samples of the first in (at most four) input rows; the
// rows past in are nil.
func fourRows(x [][]float64, in, n int) (x0, x1, x2, x3 []float64) {
	switch in {
	case 4:
		x3 = x[3][:n]
		fallthrough
	case 3:
		x2 = x[2][:n]
		fallthrough
	case 2:
		x1 = x[1][:n]
		fallthrough
	case 1:
		x0 = x[0][:n]
	}
	return
}

func (l *Linear) forwardRowsWide(x, z [][]float64, n int) {
	in := l.In
	for i, zi := range z[:l.Out] {
		zi = zi[:n]
		b := 0.0
		if l.Bias != nil {
			b = l.Bias[i]
		}
		for k := range zi {
			zi[k] = b
		}
		for j, w := range l.w[i*in : i*in+in] {
			xj := x[j][:n]
			k := 0
			for ; k+4 <= n; k += 4 {
				zi[k] += w * xj[k]
				zi[k+1] += w * xj[k+1]
				zi[k+2] += w * xj[k+2]
				zi[k+3] += w * xj[k+3]
			}
			for ; k < n; k++ {
				zi[k] += w * xj[k]
			}
		}
	}
}

// backwardRows adds weight*dz⊗x to the weight gradient (and weight*dz to the bias's),
// sample by sample in order, and sets dx = Wᵀdz. Each unit's
// gradients build up in locals over one pass through the samples.
func (l *Linear) backwardRows(x, dz, dx [][]float64, weight float64, n int) {
	in := l.In
	x0, x1, x2, x3 := fourRows(x, in, n)
	hasBias := l.BiasGrad != nil
	for i, dzi := range dz[:l.Out] {
		dzi = dzi[:n]
		g := l.gw[i*in : i*in+in]
		gb := 0.0
		if hasBias {
			gb = l.BiasGrad[i]
		}
		switch in {
		case 1:
			g0 := g[0]
			for k, d := range dzi {
				v := weight * d
				gb += v
				g0 += v * x0[k]
			}
			g[0] = g0
		case 2:
			g0, g1 := g[0], g[1]
			for k, d := range dzi {
				v := weight * d
				gb += v
				g0 += v * x0[k]
				g1 += v * x1[k]
			}
			g[0], g[1] = g0, g1
		case 3:
			g0, g1, g2 := g[0], g[1], g[2]
			for k, d := range dzi {
				v := weight * d
				gb += v
				g0 += v * x0[k]
				g1 += v * x1[k]
				g2 += v * x2[k]
			}
			g[0], g[1], g[2] = g0, g1, g2
		case 4:
			g0, g1, g2, g3 := g[0], g[1], g[2], g[3]
			for k, d := range dzi {
				v := weight * d
				gb += v
				g0 += v * x0[k]
				g1 += v * x1[k]
				g2 += v * x2[k]
				g3 += v * x3[k]
			}
			g[0], g[1], g[2], g[3] = g0, g1, g2, g3
		}
		if hasBias {
			l.BiasGrad[i] = gb
		}
	}
	for j := 0; j < in; j++ {
		dxj := dx[j][:n]
		for k := range dxj {
			dxj[k] = 0
		}
		for i, dzi := range dz[:l.Out] {
			w := l.w[i*in+j]
			dzi = dzi[:n]
			for k := range dxj {
				dxj[k] += w * dzi[k]
			}
		}
	}
}
