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

	params []Param
	vel    [][]float64
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

func (e *NonFiniteError) Error() string {
	return fmt.Sprintf("core: the update would set %s[%d] to %v; no parameter was changed", e.Param, e.Index, e.Value)
}

// Step applies one update with the accumulated gradients. If any parameter would become
// NaN or infinite it changes nothing and returns a *NonFiniteError.
func (o *SGD) Step() error {
	// Check first and write after, so a diverging step leaves the model as it was.
	for i := range o.params {
		if k, w := o.apply(i, false); k >= 0 {
			return &NonFiniteError{Param: o.params[i].Name, Index: k, Value: w}
		}
	}
	for i := range o.params {
		o.apply(i, true)
	}
	return nil
}

// apply computes parameter i's update. With write it stores the new values and
// velocities; without, it only looks for a non-finite result and returns its index
// and value (-1 when there is none). Both passes compute the same numbers.
func (o *SGD) apply(i int, write bool) (int, float64) {
	p := &o.params[i]
	val, grad, vel := p.Value, p.Grad[:len(p.Value)], o.vel[i][:len(p.Value)]
	lr, mu, l2, l1 := o.LR, o.Momentum, o.L2, o.L1
	reg := p.IsWeight && (l2 != 0 || l1 != 0)
	for k, w := range val {
		v := grad[k]
		if mu != 0 {
			v += mu * vel[k]
		}
		w -= lr * v
		if reg {
			if l2 != 0 {
				w -= lr * l2 * w
			}
			if l1 != 0 {
				next := w - lr*l1*sign(w)
				if w*next < 0 {
					next = 0
				}
				w = next
			}
		}
		if write {
			val[k], vel[k] = w, v
		} else if w-w != 0 { // NaN or ±Inf
			return k, w
		}
	}
	return -1, 0
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
