package core

// Linear's block kernels: the same y = Wx + b and backward pass as the per-sample
// kernels in linear.go, over a group of samples at once, stored unit-major (row i of z
// holds unit i for every sample). block.go trains a batch with them and
// heatmap.go sweeps the plane with them. They sit beside linear.go rather than in it
// because both sets are unrolled for Go's wasm code, where every slice access costs,
// and together they pass the 450 lines a file may hold; rolling the loops up again
// would slow the page's training (plain loops ran three times slower in the browser).

// forwardRows sets z[i][k] = b_i + sum_j W[i][j] x[j][k] for the first n samples. Up to
// four inputs it makes one pass per unit over the samples with the weights in locals;
// wider layers go through forwardRowsWide, eight inputs at a time.
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
	switch in { // unrolled: a loop over an array costs 2% of Net A's epoch
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

// forwardRowsWide takes eight inputs at a time over the samples with their weights in
// locals, then one at a time: a pass reads its eight input rows and z once and writes z
// once, where a pass per input read and wrote z eight times, and Go's wasm code pays for
// every access to memory. The first pass starts from the bias, so z needs no clearing;
// the sums run bias first, then inputs in order, as before.
func (l *Linear) forwardRowsWide(x, z [][]float64, n int) {
	in := l.In
	if in < 8 {
		l.forwardRowsFew(x, z, n)
		return
	}
	x0, x1, x2, x3, x4, x5, x6, x7 := eightRows(x, 0, n)
	for i, zi := range z[:l.Out] {
		zi = zi[:n]
		b := 0.0
		if l.Bias != nil {
			b = l.Bias[i]
		}
		w := l.w[i*in : i*in+in]
		w0, w1, w2, w3, w4, w5, w6, w7 := w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]
		for k := range zi {
			s := b + w0*x0[k]
			s += w1 * x1[k]
			s += w2 * x2[k]
			s += w3 * x3[k]
			s += w4 * x4[k]
			s += w5 * x5[k]
			s += w6 * x6[k]
			zi[k] = s + w7*x7[k]
		}
		j := 8
		for ; in-j >= 8; j += 8 {
			add8(zi, [8]float64(w[j:j+8]), [8][]float64(x[j:j+8]), 0)
		}
		for ; j < in; j++ {
			wj, xj := w[j], x[j][:n]
			for k := range zi {
				zi[k] += wj * xj[k]
			}
		}
	}
}

// forwardRowsFew is forwardRowsWide for five to seven inputs: one input at a time.
func (l *Linear) forwardRowsFew(x, z [][]float64, n int) {
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
		for j, wj := range l.w[i*in : i*in+in] {
			xj := x[j][:n]
			for k := range zi {
				zi[k] += wj * xj[k]
			}
		}
	}
}

// eightRows returns samples from to n-1 of the first eight rows of x.
func eightRows(x [][]float64, from, n int) (x0, x1, x2, x3, x4, x5, x6, x7 []float64) {
	x = x[:8]
	return x[0][from:n], x[1][from:n], x[2][from:n], x[3][from:n], x[4][from:n],
		x[5][from:n], x[6][from:n], x[7][from:n]
}

// backwardRows adds weight*dz⊗x to the weight gradient (and weight*dz to the bias's),
// sample by sample in order, and sets dx = Wᵀdz for samples from to n-1: a trainer
// needs the network's input gradient for the last sample alone, for its trace. Each
// unit's gradients build up in locals over one pass through the samples.
func (l *Linear) backwardRows(x, dz, dx [][]float64, weight float64, n, from int) {
	in := l.In
	if in > 4 {
		l.backwardRowsWide(x, dz, dx, weight, n, from)
		return
	}
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
		dxj := dx[j][from:n]
		for k := range dxj {
			dxj[k] = 0
		}
		for i, dzi := range dz[:l.Out] {
			w := l.w[i*in+j]
			dzi = dzi[from:n]
			for k := range dxj {
				dxj[k] += w * dzi[k]
			}
		}
	}
}

// backwardRowsWide is backwardRows for more than four inputs: each unit's bias
// gradient and its first eight weight gradients build up in locals over one pass
// through the samples, the rest eight inputs at a time; dx takes eight outputs at a
// time, in order, with their weights in locals, the first eight added to a zero of its
// own rather than to a cleared row.
func (l *Linear) backwardRowsWide(x, dz, dx [][]float64, weight float64, n, from int) {
	in, out := l.In, l.Out
	for i, dzi := range dz[:out] {
		dzi = dzi[:n]
		g := l.gw[i*in : i*in+in]
		j := 0
		if in >= 8 {
			l.backwardFirst8(x, dzi, g, i, weight)
			j = 8
		} else if l.BiasGrad != nil {
			gb := l.BiasGrad[i]
			for _, d := range dzi {
				gb += weight * d
			}
			l.BiasGrad[i] = gb
		}
		for ; in-j >= 8; j += 8 {
			x0, x1, x2, x3, x4, x5, x6, x7 := eightRows(x[j:], 0, n)
			gj := g[j : j+8 : j+8]
			g0, g1, g2, g3, g4, g5, g6, g7 := gj[0], gj[1], gj[2], gj[3], gj[4], gj[5], gj[6], gj[7]
			for k, d := range dzi {
				v := weight * d
				g0 += v * x0[k]
				g1 += v * x1[k]
				g2 += v * x2[k]
				g3 += v * x3[k]
				g4 += v * x4[k]
				g5 += v * x5[k]
				g6 += v * x6[k]
				g7 += v * x7[k]
			}
			gj[0], gj[1], gj[2], gj[3], gj[4], gj[5], gj[6], gj[7] = g0, g1, g2, g3, g4, g5, g6, g7
		}
		for ; j < in; j++ {
			xj, gj := x[j][:n], g[j]
			for k, d := range dzi {
				gj += weight * d * xj[k]
			}
			g[j] = gj
		}
	}
	w := l.w
	var d0, d1, d2, d3, d4, d5, d6, d7 []float64
	if out >= 8 {
		d0, d1, d2, d3, d4, d5, d6, d7 = eightRows(dz, from, n)
	}
	for j, dxj := range dx[:in] {
		dxj = dxj[from:n]
		i := 0
		if out >= 8 {
			w0, w1, w2, w3 := w[j], w[in+j], w[2*in+j], w[3*in+j]
			w4, w5, w6, w7 := w[4*in+j], w[5*in+j], w[6*in+j], w[7*in+j]
			for k := range dxj {
				s := zero + w0*d0[k]
				s += w1 * d1[k]
				s += w2 * d2[k]
				s += w3 * d3[k]
				s += w4 * d4[k]
				s += w5 * d5[k]
				s += w6 * d6[k]
				dxj[k] = s + w7*d7[k]
			}
			i = 8
		} else {
			for k := range dxj {
				dxj[k] = 0
			}
		}
		for ; out-i >= 8; i += 8 {
			add8(dxj, [8]float64{w[i*in+j], w[(i+1)*in+j], w[(i+2)*in+j], w[(i+3)*in+j],
				w[(i+4)*in+j], w[(i+5)*in+j], w[(i+6)*in+j], w[(i+7)*in+j]},
				[8][]float64(dz[i:i+8]), from)
		}
		for ; i < out; i++ {
			wi, di := w[i*in+j], dz[i][from:n]
			for k := range dxj {
				dxj[k] += wi * di[k]
			}
		}
	}
}

// backwardFirst8 adds unit i's gradients over the samples of dzi to its bias's and to
// its first eight weights' (g is the unit's row), all in locals in one pass.
func (l *Linear) backwardFirst8(x [][]float64, dzi, g []float64, i int, weight float64) {
	x0, x1, x2, x3, x4, x5, x6, x7 := eightRows(x, 0, len(dzi))
	gb := 0.0
	if l.BiasGrad != nil {
		gb = l.BiasGrad[i]
	}
	g = g[:8]
	g0, g1, g2, g3, g4, g5, g6, g7 := g[0], g[1], g[2], g[3], g[4], g[5], g[6], g[7]
	for k, d := range dzi {
		v := weight * d
		gb += v
		g0 += v * x0[k]
		g1 += v * x1[k]
		g2 += v * x2[k]
		g3 += v * x3[k]
		g4 += v * x4[k]
		g5 += v * x5[k]
		g6 += v * x6[k]
		g7 += v * x7[k]
	}
	g[0], g[1], g[2], g[3], g[4], g[5], g[6], g[7] = g0, g1, g2, g3, g4, g5, g6, g7
	if l.BiasGrad != nil {
		l.BiasGrad[i] = gb
	}
}

// zero starts a sum as a cleared row would: 0 + p is +0 where p is -0.
const zero = 0.0

// add8 adds w[0]*x[0][from+k] + ... + w[7]*x[7][from+k] to acc[k], in that order, for
// every k: the wide layers' kernels, eight rows at a time with their weights in locals.
func add8(acc []float64, w [8]float64, x [8][]float64, from int) {
	x0, x1, x2, x3, x4, x5, x6, x7 := eightRows(x[:], from, from+len(acc))
	w0, w1, w2, w3, w4, w5, w6, w7 := w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]
	for k := range acc {
		s := acc[k] + w0*x0[k]
		s += w1 * x1[k]
		s += w2 * x2[k]
		s += w3 * x3[k]
		s += w4 * x4[k]
		s += w5 * x5[k]
		s += w6 * x6[k]
		acc[k] = s + w7*x7[k]
	}
}
