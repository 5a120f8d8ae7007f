package core

import "fmt"

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

// Step applies one update with the accumulated gradients. If any parameter would become
// NaN or infinite it changes nothing and returns a *NonFiniteError.
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
	for i := range o.params {
		if k := o.compute(i); k >= 0 {
			return &NonFiniteError{Param: o.params[i].Name, Index: k, Value: o.next[i][k]}
		}
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
// index of the first that is not finite, or -1.
func (o *SGD) compute(i int) int {
	p := &o.params[i]
	val, next := p.Value, o.next[i][:len(p.Value)]
	grad, vel, nextVel := p.Grad[:len(val)], o.vel[i][:len(val)], o.nextVel[i][:len(val)]
	lr, mu, l2, l1 := o.LR, o.Momentum, o.L2, o.L1
	reg := p.IsWeight && (l2 != 0 || l1 != 0)
	if mu == 0 && !reg {
		// Plain SGD, the common case: one pass, and one test at the end, since
		// w - w is 0 for every finite w and NaN otherwise. Four values a pass: in Go's
		// wasm code each turn of a loop costs a dispatch, as much as the arithmetic.
		check, k := 0.0, 0
		for ; len(val)-k >= 4; k += 4 {
			v, g, n := val[k:k+4:k+4], grad[k:k+4:k+4], next[k:k+4:k+4]
			w0, w1, w2, w3 := v[0]-lr*g[0], v[1]-lr*g[1], v[2]-lr*g[2], v[3]-lr*g[3]
			n[0], n[1], n[2], n[3] = w0, w1, w2, w3
			check += (w0 - w0) + (w1 - w1) + (w2 - w2) + (w3 - w3)
		}
		for ; k < len(val); k++ {
			w := val[k] - lr*grad[k]
			next[k] = w
			check += w - w
		}
		if check == 0 {
			return -1
		}
	}
	bad := -1
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
		if w-w != 0 && bad < 0 { // NaN or ±Inf
			bad = k
		}
	}
	return bad
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
