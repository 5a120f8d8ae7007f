package core

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Layer is one Linear module and the activation module that follows it in a
// Sequential. Act is nil when no activation follows (the layer is then linear).
type Layer struct {
	Linear *Linear
	Act    Activation
}

// Activation returns the layer's activation, Identity when it has none.
func (l Layer) Activation() Activation {
	if l.Act == nil {
		return Identity{}
	}
	return l.Act
}

// Sequential is PyTorch's nn.Sequential restricted to what a multilayer perceptron
// needs: Linear modules, each followed by at most one activation module. It is stored
// as Layers (a Linear and its activation); Modules gives the flat PyTorch view.
//
// A Sequential holds parameters and gradients only. Forward and Backward record their
// work in a Trace that the caller owns (see NewTrace), so any number of passes (the
// last trained sample, a point the learner picked, a sweep over the data) can share
// one network.
type Sequential struct {
	Layers []Layer
}

// NewSequential builds a network from modules in order, like nn.Sequential(...). It
// panics if the modules are not Linear layers with matching sizes, each followed by
// at most one activation; FromModules returns an error instead.
func NewSequential(modules ...Module) *Sequential {
	s, err := FromModules(modules)
	if err != nil {
		panic(err)
	}
	return s
}

// ModuleError says which module of a network is wrong and why.
type ModuleError struct {
	Index int    // the module's index in the flat module list
	Field string // the field at fault, or "" for the module as a whole
	Err   error
}

// Error says what went wrong and where.
func (e *ModuleError) Error() string {
	if e.Field == "" {
		return fmt.Sprintf("core: module %d: %v", e.Index, e.Err)
	}
	return fmt.Sprintf("core: module %d, field %q: %v", e.Index, e.Field, e.Err)
}

// Unwrap returns the underlying error.
func (e *ModuleError) Unwrap() error { return e.Err }

// FromModules builds a network from modules in order. The first module must be a
// *Linear, each Linear's In must equal the previous Linear's Out, and at most one
// activation may follow each Linear.
func FromModules(modules []Module) (*Sequential, error) {
	if len(modules) == 0 {
		return nil, errors.New("core: a Sequential needs at least one Linear module")
	}
	s := &Sequential{}
	for i, m := range modules {
		switch m := m.(type) {
		case *Linear:
			if m == nil || m.In <= 0 || m.Out <= 0 || len(m.Weight) != m.Out {
				return nil, &ModuleError{Index: i, Err: errors.New("linear layer is not built (use NewLinear)")}
			}
			if n := len(s.Layers); n > 0 && s.Layers[n-1].Linear.Out != m.In {
				err := &ChainError{In: m.In, PrevOut: s.Layers[n-1].Linear.Out}
				return nil, &ModuleError{Index: i, Field: "in_features", Err: err}
			}
			s.Layers = append(s.Layers, Layer{Linear: m})
		case Activation:
			n := len(s.Layers)
			switch {
			case n == 0:
				return nil, &ModuleError{Index: i, Err: &PlaceError{Act: m}}
			case s.Layers[n-1].Act != nil:
				return nil, &ModuleError{Index: i, Err: &PlaceError{Act: m, AfterActivation: true}}
			}
			if err := validActivation(m); err != nil {
				return nil, &ModuleError{Index: i, Err: err}
			}
			s.Layers[n-1].Act = m
		default:
			return nil, &ModuleError{Index: i, Err: fmt.Errorf("unsupported module %T", m)}
		}
	}
	return s, nil
}

// MLP builds TensorFlow Playground's kind of network: Linear layers of the given sizes
// (sizes[0] inputs, then one entry per layer), each with a bias, hidden after every
// hidden layer and output after the last, initialised by init from a generator seeded
// with seed. MLP([]int{2, 4, 2, 1}, Tanh{}, Tanh{}, InitPlayground, 1) is Playground's
// default network.
func MLP(sizes []int, hidden, output Activation, init Init, seed uint64) *Sequential {
	if len(sizes) < 2 {
		panic("core: MLP needs an input size and at least one layer size")
	}
	rng := NewRNG(seed)
	var mods []Module
	for l := 1; l < len(sizes); l++ {
		lin := newLinear(sizes[l-1], sizes[l], true)
		init.apply(lin, rng)
		mods = append(mods, lin)
		act := hidden
		if l == len(sizes)-1 {
			act = output
		}
		if act != nil {
			mods = append(mods, act)
		}
	}
	return NewSequential(mods...)
}

// Modules returns the network as PyTorch's flat module list: each Linear followed by
// its activation, if any.
func (s *Sequential) Modules() []Module {
	var mods []Module
	for _, l := range s.Layers {
		mods = append(mods, l.Linear)
		if l.Act != nil {
			mods = append(mods, l.Act)
		}
	}
	return mods
}

// In is the number of inputs.
func (s *Sequential) In() int { return s.Layers[0].Linear.In }

// Out is the number of outputs.
func (s *Sequential) Out() int { return s.Layers[len(s.Layers)-1].Linear.Out }

// Sizes returns the unit count of every level, inputs first: [2 4 2 1] for
// Playground's default network.
func (s *Sequential) Sizes() []int {
	sizes := []int{s.In()}
	for _, l := range s.Layers {
		sizes = append(sizes, l.Linear.Out)
	}
	return sizes
}

// ShapeText writes a network's layer sizes, inputs first, as the page's preset menu and
// the figures name a network: "2-8x6-1", where three or more hidden layers of a size in a
// row read as the size and their count, and two as themselves ("2-5-2-2-1"), so that a
// network built by hand reads as the preset of its shape ("2-8-8-8-8-8-8-1" under Net B's
// "2-8x6-1" was the same shape). sizes holds the inputs and the outputs at least, as
// Sizes does; fewer is a programmer's error and panics.
func ShapeText(sizes []int) string {
	parts := []string{strconv.Itoa(sizes[0])}
	hidden := sizes[1 : len(sizes)-1]
	for i := 0; i < len(hidden); {
		n := 1
		for i+n < len(hidden) && hidden[i+n] == hidden[i] {
			n++
		}
		if n < 3 {
			n = 1
		}
		part := strconv.Itoa(hidden[i])
		if n > 1 {
			part += "x" + strconv.Itoa(n)
		}
		parts, i = append(parts, part), i+n
	}
	parts = append(parts, strconv.Itoa(sizes[len(sizes)-1]))
	return strings.Join(parts, "-")
}

// String returns PyTorch's repr of the network:
//
//	Sequential(
//	  (0): Linear(in_features=2, out_features=4, bias=True)
//	  (1): Tanh()
//	)
func (s *Sequential) String() string {
	var b strings.Builder
	b.WriteString("Sequential(\n")
	for i, m := range s.Modules() {
		fmt.Fprintf(&b, "  (%d): %v\n", i, m)
	}
	b.WriteString(")")
	return b.String()
}

// Clone returns a deep copy of the network: parameters, gradients and activations.
func (s *Sequential) Clone() *Sequential {
	c := &Sequential{Layers: make([]Layer, len(s.Layers))}
	for i, l := range s.Layers {
		c.Layers[i] = Layer{Linear: l.Linear.Clone(), Act: l.Act}
	}
	return c
}

// Param is one parameter tensor, flat and row-major, aliasing the layer's storage.
type Param struct {
	// Name is PyTorch's named_parameters name: "0.weight", "0.bias", "2.weight"...
	Name string
	// Value and Grad alias the parameter and its accumulated gradient.
	Value, Grad []float64
	// IsWeight is true for weights and false for biases; TensorFlow Playground
	// regularizes weights only.
	IsWeight bool
}

// Parameters returns every weight and bias in PyTorch's order. The slices alias the
// network, so an optimizer built on them updates it in place; rebuild it after
// SetBias changes which parameters exist.
func (s *Sequential) Parameters() []Param {
	var ps []Param
	idx := 0
	for _, l := range s.Layers {
		ps = append(ps, Param{
			Name: fmt.Sprintf("%d.weight", idx), Value: l.Linear.w, Grad: l.Linear.gw, IsWeight: true,
		})
		if l.Linear.HasBias() {
			ps = append(ps, Param{
				Name: fmt.Sprintf("%d.bias", idx), Value: l.Linear.Bias, Grad: l.Linear.BiasGrad,
			})
		}
		idx++
		if l.Act != nil {
			idx++
		}
	}
	return ps
}

// ZeroGrad clears every parameter's accumulated gradient.
func (s *Sequential) ZeroGrad() {
	for _, l := range s.Layers {
		l.Linear.ZeroGrad()
	}
}

// Forward runs one sample x (length In) through the network, records every layer's
// input, Z and A in tr, and returns the output. The returned slice is tr's and is
// overwritten by the next pass into tr. tr is reshaped first if the network's shape
// has changed since it was made.
func (s *Sequential) Forward(tr *Trace, x []float64) []float64 {
	tr.reshape(s)
	tr.HasLoss, tr.HasBackward = false, false
	return s.forward(tr, x)
}

// Backward backpropagates dy = dL/dy for the sample of the last Forward into tr. It
// records dL/dA and dL/dZ of every layer in tr and adds weight*dL/dW and weight*dL/db
// to the parameters' gradients: weight is 1 for one sample and 1/n for one sample of a
// batch-mean loss over n samples. Gradients accumulate; only ZeroGrad clears them.
func (s *Sequential) Backward(tr *Trace, dy []float64, weight float64) {
	if !tr.fits(s) {
		panic("core: Backward needs a Forward on the network's current shape first")
	}
	copy(tr.DY, dy)
	s.backward(tr, dy, weight, nil)
	tr.HasBackward = true
}

// AccumulateSample runs forward, loss and backward for one sample with input x and
// target t, adds weight times its gradient to the parameters' gradients, records
// everything in tr and returns the sample's loss. A batch-mean loss over n samples, as
// loss.backward() computes it in PyTorch after a forward pass on the batch, is
// AccumulateSample on each with weight 1/n.
func (s *Sequential) AccumulateSample(tr *Trace, x, t []float64, loss Loss,
	weight float64) float64 {
	tr.reshape(s)
	return s.accumulate(tr, x, t, loss, weight)
}

// accumulate is AccumulateSample on a trace already shaped for s.
func (s *Sequential) accumulate(tr *Trace, x, t []float64, loss Loss, weight float64) float64 {
	y := s.forward(tr, x)
	copy(tr.Target, t)
	tr.Loss = loss.Forward(y, t)
	tr.HasLoss = true
	loss.Backward(y, t, tr.DY)
	s.backward(tr, tr.DY, weight, nil)
	tr.HasBackward = true
	return tr.Loss
}

// MeanLoss returns the mean loss over the samples (xs, ts) and leaves tr holding the
// last sample's forward pass; the gradients are left alone. It returns NaN for no
// samples. The samples go through the network in groups (tr's, kept for the next
// call), each output bit for bit the one the per-sample pass gives: in Go's wasm code
// that costs about half of the per-sample passes for Net B and 0.7 for the deep stack
// (BenchmarkMeanLoss*): the loss curve's points cost the worker's training less.
func (s *Sequential) MeanLoss(tr *Trace, xs, ts [][]float64, loss Loss) float64 {
	tr.reshape(s)
	tr.HasLoss, tr.HasBackward = false, false
	if len(xs) == 0 {
		return math.NaN()
	}
	if !tr.group.fits(s, lossGroup, false) {
		tr.group = newBlock(s, lossGroup, false)
	}
	mean := tr.group.meanLoss(s, xs, ts, loss)
	s.forward(tr, xs[len(xs)-1])
	return mean
}

// lossGroup is how many samples MeanLoss takes through a layer at once: half of
// Playground's 250 training points.
const lossGroup = 125

// checkInputs panics unless sample x has the network's in inputs.
func checkInputs(x []float64, in int) {
	if len(x) != in {
		panic(fmt.Sprintf("core: Forward got %d inputs, the network takes %d", len(x), in))
	}
}

// forward runs x through the network into t and returns the output.
func (s *Sequential) forward(t *Trace, x []float64) []float64 {
	checkInputs(x, len(t.X))
	//lint:ignore S1001 copy is a runtime call, dearer in wasm than a loop over a few values
	for i, v := range x {
		t.X[i] = v
	}
	for l := range s.Layers {
		layer, lt := &s.Layers[l], &t.Layers[l]
		layer.Linear.forward(lt.Input, lt.Z)
		layer.Activation().forwardEach(lt.Z, lt.A)
	}
	return t.Layers[len(t.Layers)-1].A
}

// gradSink is where a backward pass accumulates parameter gradients, one entry per
// layer; nil means the layers' own WeightGrad and BiasGrad.
type gradSink []layerGrad

type layerGrad struct {
	w, b []float64
}

// backward fills t's DA and DZ from dy and adds weight times the parameter gradients
// to sink.
func (s *Sequential) backward(t *Trace, dy []float64, weight float64, sink gradSink) {
	last := len(s.Layers) - 1
	da := t.Layers[last].DA
	for i, v := range dy[:len(da)] {
		da[i] = v
	}
	for l := last; l >= 0; l-- {
		layer, lt := &s.Layers[l], &t.Layers[l]
		layer.Activation().backwardEach(lt.Z, lt.A, lt.DA, lt.DZ)
		gw, gb := layer.Linear.gw, layer.Linear.BiasGrad
		if sink != nil {
			gw, gb = sink[l].w, sink[l].b
		}
		prev := t.DX
		if l > 0 {
			prev = t.Layers[l-1].DA
		}
		layer.Linear.backward(lt.Input, lt.DZ, prev, gw, gb, weight)
	}
}
