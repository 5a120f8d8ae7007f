package core

import "fmt"

// Linear is PyTorch's nn.Linear: y = Wx + b.
//
// Weight is [Out][In] and Bias is [Out], or nil when the layer has no bias
// (bias=False), exactly PyTorch's layout. WeightGrad and BiasGrad have the same shapes
// and accumulate gradients until ZeroGrad. The rows of Weight and WeightGrad share one
// backing array each, so a Linear's parameters are also available flat (see Parameters).
type Linear struct {
	In, Out    int
	Weight     [][]float64
	Bias       []float64
	WeightGrad [][]float64
	BiasGrad   []float64

	w, gw []float64 // flat backing arrays of Weight and WeightGrad, row-major
}

// NewLinear returns a Linear layer with in inputs and out outputs, with or without bias,
// initialised as PyTorch does by default: weight and bias uniform in
// [-1/sqrt(in), 1/sqrt(in)), drawn from rng. It panics if in or out is not positive.
func NewLinear(in, out int, bias bool, rng *RNG) *Linear {
	l := newLinear(in, out, bias)
	InitPyTorch.apply(l, rng)
	return l
}

// newLinear returns a zero-filled layer.
func newLinear(in, out int, bias bool) *Linear {
	if in <= 0 || out <= 0 {
		panic(fmt.Sprintf("core: Linear(%d, %d) needs positive sizes", in, out))
	}
	l := &Linear{In: in, Out: out, w: make([]float64, in*out), gw: make([]float64, in*out)}
	l.Weight = rows(l.w, out, in)
	l.WeightGrad = rows(l.gw, out, in)
	if bias {
		l.Bias = make([]float64, out)
		l.BiasGrad = make([]float64, out)
	}
	return l
}

// rows slices flat into n rows of length m.
func rows(flat []float64, n, m int) [][]float64 {
	r := make([][]float64, n)
	for i := range r {
		r[i] = flat[i*m : (i+1)*m : (i+1)*m]
	}
	return r
}

// HasBias reports whether the layer adds a bias (PyTorch's bias=True).
func (l *Linear) HasBias() bool { return l.Bias != nil }

// SetBias turns the bias on or off. Turning it on adds a zero bias; turning it off
// removes b from y = Wx + b. The caller must rebuild optimizers that hold the layer's
// parameters, as in PyTorch after replacing a parameter.
func (l *Linear) SetBias(on bool) {
	switch {
	case on && l.Bias == nil:
		l.Bias = make([]float64, l.Out)
		l.BiasGrad = make([]float64, l.Out)
	case !on:
		l.Bias, l.BiasGrad = nil, nil
	}
}

// Forward computes y = Wx + b for one sample into y (length Out) and returns y.
func (l *Linear) Forward(x, y []float64) []float64 {
	l.forward(x, y)
	return y
}

// Clone returns a deep copy of the layer, gradients included.
func (l *Linear) Clone() *Linear {
	c := newLinear(l.In, l.Out, l.HasBias())
	copy(c.w, l.w)
	copy(c.gw, l.gw)
	copy(c.Bias, l.Bias)
	copy(c.BiasGrad, l.BiasGrad)
	return c
}

// ZeroGrad clears the accumulated gradients.
func (l *Linear) ZeroGrad() {
	clear(l.gw)
	clear(l.BiasGrad)
}

// String returns PyTorch's repr: "Linear(in_features=10, out_features=5, bias=True)".
func (l *Linear) String() string {
	b := "False"
	if l.HasBias() {
		b = "True"
	}
	return fmt.Sprintf("Linear(in_features=%d, out_features=%d, bias=%s)", l.In, l.Out, b)
}

func (*Linear) module() {}

// The two kernels below carry most of the page's training time. Go's wasm backend
// keeps locals in fast wasm locals but pays for every slice access in linear memory,
// so the kernels hold eight inputs (and eight input gradients) in locals and unroll
// each row over them: three times faster in the browser than plain loops. Every sum
// keeps its left-to-right order (bias first, then inputs 0, 1, 2... for z; outputs 0,
// 1, 2... for dx), so results are bit for bit those of the textbook loops.

func (l *Linear) forward(x, z []float64) {
	in := l.In
	x = x[:in]
	z = z[:l.Out]
	w := l.w
	// Each pass adds a group of inputs to s = init[i]: the bias on the first pass,
	// the partial sum after.
	init := l.Bias
	if init == nil {
		clear(z)
		init = z
	}
	j := 0
	for ; in-j >= 8; j += 8 {
		x0, x1, x2, x3, x4, x5, x6, x7 := x[j], x[j+1], x[j+2], x[j+3], x[j+4], x[j+5], x[j+6], x[j+7]
		for i := range z {
			r := w[i*in+j : i*in+j+8 : i*in+j+8]
			s := init[i]
			s += r[0] * x0
			s += r[1] * x1
			s += r[2] * x2
			s += r[3] * x3
			s += r[4] * x4
			s += r[5] * x5
			s += r[6] * x6
			s += r[7] * x7
			z[i] = s
		}
		init = z
	}
	switch in - j {
	case 2:
		x0, x1 := x[j], x[j+1]
		for i := range z {
			r := w[i*in+j : i*in+j+2 : i*in+j+2]
			s := init[i]
			s += r[0] * x0
			s += r[1] * x1
			z[i] = s
		}
		return
	case 3:
		x0, x1, x2 := x[j], x[j+1], x[j+2]
		for i := range z {
			r := w[i*in+j : i*in+j+3 : i*in+j+3]
			s := init[i]
			s += r[0] * x0
			s += r[1] * x1
			s += r[2] * x2
			z[i] = s
		}
		return
	case 4, 5, 6, 7:
		x0, x1, x2, x3 := x[j], x[j+1], x[j+2], x[j+3]
		for i := range z {
			r := w[i*in+j : i*in+j+4 : i*in+j+4]
			s := init[i]
			s += r[0] * x0
			s += r[1] * x1
			s += r[2] * x2
			s += r[3] * x3
			z[i] = s
		}
		j += 4
		init = z
	}
	for ; j < in; j++ { // one input left, or one to three after four
		xj := x[j]
		for i := range z {
			z[i] = init[i] + w[i*in+j]*xj
		}
		init = z
	}
}

// backward adds weight*dz⊗x to gw and weight*dz to gb (when gb is not nil) and sets
// dx = Wᵀdz, summing over outputs in order as Playground does. A row with dz = 0 (a
// dead ReLU unit) still adds its products: where an input is ±Inf, 0·Inf makes its
// weight's gradient NaN, as PyTorch's dzᵀx does and the trainer's blocks do.
func (l *Linear) backward(x, dz, dx, gw, gb []float64, weight float64) {
	in := l.In
	x = x[:in]
	dx = dx[:in]
	dz = dz[:l.Out]
	w := l.w
	if gb != nil {
		for i, d := range dz {
			if d != 0 {
				gb[i] += weight * d
			}
		}
	}
	j := 0
	for ; in-j >= 8; j += 8 {
		x0, x1, x2, x3, x4, x5, x6, x7 := x[j], x[j+1], x[j+2], x[j+3], x[j+4], x[j+5], x[j+6], x[j+7]
		var d0, d1, d2, d3, d4, d5, d6, d7 float64
		for i, d := range dz {
			wd := weight * d
			g := gw[i*in+j : i*in+j+8 : i*in+j+8]
			r := w[i*in+j : i*in+j+8 : i*in+j+8]
			g[0] += wd * x0
			g[1] += wd * x1
			g[2] += wd * x2
			g[3] += wd * x3
			g[4] += wd * x4
			g[5] += wd * x5
			g[6] += wd * x6
			g[7] += wd * x7
			d0 += r[0] * d
			d1 += r[1] * d
			d2 += r[2] * d
			d3 += r[3] * d
			d4 += r[4] * d
			d5 += r[5] * d
			d6 += r[6] * d
			d7 += r[7] * d
		}
		o := dx[j : j+8 : j+8]
		o[0], o[1], o[2], o[3], o[4], o[5], o[6], o[7] = d0, d1, d2, d3, d4, d5, d6, d7
	}
	switch in - j {
	case 2:
		x0, x1 := x[j], x[j+1]
		var d0, d1 float64
		for i, d := range dz {
			wd := weight * d
			g := gw[i*in+j : i*in+j+2 : i*in+j+2]
			r := w[i*in+j : i*in+j+2 : i*in+j+2]
			g[0] += wd * x0
			g[1] += wd * x1
			d0 += r[0] * d
			d1 += r[1] * d
		}
		dx[j], dx[j+1] = d0, d1
		return
	case 3:
		x0, x1, x2 := x[j], x[j+1], x[j+2]
		var d0, d1, d2 float64
		for i, d := range dz {
			wd := weight * d
			g := gw[i*in+j : i*in+j+3 : i*in+j+3]
			r := w[i*in+j : i*in+j+3 : i*in+j+3]
			g[0] += wd * x0
			g[1] += wd * x1
			g[2] += wd * x2
			d0 += r[0] * d
			d1 += r[1] * d
			d2 += r[2] * d
		}
		dx[j], dx[j+1], dx[j+2] = d0, d1, d2
		return
	case 4, 5, 6, 7: // four at once, then one by one
		x0, x1, x2, x3 := x[j], x[j+1], x[j+2], x[j+3]
		var d0, d1, d2, d3 float64
		for i, d := range dz {
			wd := weight * d
			g := gw[i*in+j : i*in+j+4 : i*in+j+4]
			r := w[i*in+j : i*in+j+4 : i*in+j+4]
			g[0] += wd * x0
			g[1] += wd * x1
			g[2] += wd * x2
			g[3] += wd * x3
			d0 += r[0] * d
			d1 += r[1] * d
			d2 += r[2] * d
			d3 += r[3] * d
		}
		dx[j], dx[j+1], dx[j+2], dx[j+3] = d0, d1, d2, d3
		j += 4
	}
	for ; j < in; j++ { // one input left, or one to three after four
		xj := x[j]
		var dj float64
		for i, d := range dz {
			gw[i*in+j] += weight * d * xj
			dj += w[i*in+j] * d
		}
		dx[j] = dj
	}
}
