package core

import (
	"fmt"
	"math"
)

// SGD is stochastic gradient descent over a fixed list of parameters, PyTorch's
// optim.SGD with TensorFlow Playground's regularization:
//
//	v = Momentum*v + grad       (v = grad when Momentum is 0)
//	w = w - LR*v
//	w = w - LR*L2*w             weights only, after the gradient step
//	w = w - LR*L1*sign(w)       weights only; a weight that would cross 0 stops at 0
//
// Biases are never regularized, as in Playground. Unlike Playground, a weight that L1
// has set to 0 may move again on later steps.
type SGD struct {
	// LR is the learning rate.
	LR float64
	// Momentum is PyTorch's momentum (0 for none; no dampening, no Nesterov).
	Momentum float64
	// L2 and L1 are regularization rates (0 for none).
	L2, L1 float64
	// Bound, when above 0, is how far from 0 a step may take a parameter: Step refuses a
	// step that would take one beyond ±Bound, as it refuses one that is not finite. A
	// trainer that must stop before a parameter runs away so checks it in the step's own
	// pass, where a check of every value after each step cost the page's training worker
	// 2-4% of its time.
	Bound float64

	params        []Param
	vel           [][]float64
	next, nextVel [][]float64 // scratch: the step's new values, committed when all are finite
}

// NewSGD returns plain SGD with learning rate lr over params.
func NewSGD(params []Param, lr float64) *SGD {
	o := &SGD{LR: lr, params: params, vel: make([][]float64, len(params))}
	for i, p := range params {
		o.vel[i] = make([]float64, len(p.Value))
	}
	return o
}

// Params returns the parameters the optimizer updates.
func (o *SGD) Params() []Param { return o.params }

// ZeroGrad clears the gradients of the optimizer's parameters.
func (o *SGD) ZeroGrad() {
	for _, p := range o.params {
		clear(p.Grad)
	}
}

// NonFiniteError reports a step that would have made a parameter NaN or infinite. The
// step was not taken: every parameter keeps its value.
type NonFiniteError struct {
	Param string  // the parameter's name, for example "2.weight"
	Index int     // the element's flat index in it
	Value float64 // the value the step would have written
}

// Error says what went wrong and where.
func (e *NonFiniteError) Error() string {
	return fmt.Sprintf("core: the update would set %s[%d] to %v; no parameter was changed",
		e.Param, e.Index, e.Value)
}

// BoundError reports a step that would have taken a parameter beyond ±SGD.Bound. The
// step was not taken: every parameter keeps its value.
type BoundError struct {
	Param string  // the parameter's name, for example "2.weight"
	Which int     // the parameter's place in Params
	Index int     // the element's flat index in it
	Value float64 // the value the step would have written
	bound float64
}

// Error says what went wrong and where.
func (e *BoundError) Error() string {
	return fmt.Sprintf("core: the update would set %s[%d] to %v, beyond ±%v; "+
		"no parameter was changed", e.Param, e.Index, e.Value, e.bound)
}

// Step applies one update with the accumulated gradients. If any parameter would become
// NaN or infinite it changes nothing and returns a *NonFiniteError; else, if any would
// pass ±Bound, it changes nothing and returns a *BoundError for the first.
func (o *SGD) Step() error {
	// Compute every new value into scratch first and commit after, so a diverging
	// step leaves the model as it was.
	if len(o.next) != len(o.params) {
		o.next = make([][]float64, len(o.params))
		o.nextVel = make([][]float64, len(o.params))
		for i, p := range o.params {
			o.next[i] = make([]float64, len(p.Value))
			o.nextVel[i] = make([]float64, len(p.Value))
		}
	}
	far := (*BoundError)(nil)
	for i := range o.params {
		bad, out := o.compute(i)
		if bad >= 0 {
			return &NonFiniteError{Param: o.params[i].Name, Index: bad, Value: o.next[i][bad]}
		}
		if out >= 0 && far == nil {
			far = &BoundError{Param: o.params[i].Name, Which: i, Index: out,
				Value: o.next[i][out], bound: o.Bound}
		}
	}
	if far != nil {
		return far
	}
	for i, p := range o.params {
		copy(p.Value, o.next[i])
		if o.Momentum != 0 {
			copy(o.vel[i], o.nextVel[i])
		}
	}
	return nil
}

// compute writes parameter i's new values (and velocities) into scratch and returns the
// index of the first that is not finite, and of the first beyond ±Bound; -1 for none.
func (o *SGD) compute(i int) (bad, out int) {
	p := &o.params[i]
	val, next := p.Value, o.next[i][:len(p.Value)]
	grad, vel, nextVel := p.Grad[:len(val)], o.vel[i][:len(val)], o.nextVel[i][:len(val)]
	lr, mu, l2, l1 := o.LR, o.Momentum, o.L2, o.L1
	reg := p.IsWeight && (l2 != 0 || l1 != 0)
	top := math.Float64bits(math.MaxFloat64) // a bound above it bounds no finite value
	if o.Bound > 0 && o.Bound < math.MaxFloat64 {
		top = math.Float64bits(o.Bound)
	}
	if mu == 0 && !reg {
		// Plain SGD, the common case: one pass, and one test at the end. The bits of a
		// float's magnitude, read as an integer, order as the magnitudes do, a NaN's above
		// +Inf's, so top - bits wraps around to a number with its top bit set exactly when
		// a value is beyond the bound or not finite. Four values a pass: in Go's wasm code
		// each turn of a loop costs a dispatch, as much as the arithmetic.
		over, k := uint64(0), 0
		for ; len(val)-k >= 4; k += 4 {
			v, g, n := val[k:k+4:k+4], grad[k:k+4:k+4], next[k:k+4:k+4]
			w0, w1, w2, w3 := v[0]-lr*g[0], v[1]-lr*g[1], v[2]-lr*g[2], v[3]-lr*g[3]
			n[0], n[1], n[2], n[3] = w0, w1, w2, w3
			over |= (top - math.Float64bits(math.Abs(w0))) |
				(top - math.Float64bits(math.Abs(w1))) |
				(top - math.Float64bits(math.Abs(w2))) |
				(top - math.Float64bits(math.Abs(w3)))
		}
		for ; k < len(val); k++ {
			w := val[k] - lr*grad[k]
			next[k] = w
			over |= top - math.Float64bits(math.Abs(w))
		}
		if over>>63 == 0 {
			return -1, -1
		}
		return o.find(next)
	}
	over := uint64(0)
	for k, w := range val {
		v := grad[k]
		if mu != 0 {
			v += mu * vel[k]
			nextVel[k] = v
		}
		w -= lr * v
		if reg {
			if l2 != 0 {
				w -= lr * l2 * w
			}
			if l1 != 0 {
				n := w - lr*l1*sign(w)
				if w*n < 0 {
					n = 0
				}
				w = n
			}
		}
		next[k] = w
		over |= top - math.Float64bits(math.Abs(w))
	}
	if over>>63 == 0 {
		return -1, -1
	}
	return o.find(next)
}

// find returns the index of the first of the new values next that is not finite, and of
// the first beyond ±Bound; -1 for none.
func (o *SGD) find(next []float64) (bad, out int) {
	bad, out = -1, -1
	for k, w := range next {
		switch {
		case w-w != 0: // NaN or ±Inf
			return k, out
		case out < 0 && o.Bound > 0 && math.Abs(w) > o.Bound:
			out = k
		}
	}
	return bad, out
}

func sign(v float64) float64 {
	switch {
	case v > 0:
		return 1
	case v < 0:
		return -1
	}
	return 0
}
