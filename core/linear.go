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
