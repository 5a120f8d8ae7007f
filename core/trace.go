package core

// Trace records what one forward and backward step computed, layer by layer, so a user
// interface can show it without reaching into the engine. The caller makes it (NewTrace)
// and passes it to each step, which overwrites its slices: read them, copy what must
// outlive the next step (Clone). A Trainer keeps the trace of its last trained sample.
//
// Layer l of a Sequential is its l-th Linear together with the activation that follows
// it (Identity when none does): Z = W·Input + b and A = f(Z).
type Trace struct {
	// X is the sample's input and DX is dL/dX, the loss's gradient with respect to it.
	X, DX []float64
	// Layers holds one entry per Linear layer, input side first.
	Layers []LayerTrace
	// Target, Loss and DY (dL/dy, the loss's gradient at the output) are set when the
	// step included a loss (AccumulateSample); HasLoss says so.
	Target  []float64
	Loss    float64
	DY      []float64
	HasLoss bool
	// HasBackward is true once the backward pass has filled DA and DZ for this sample.
	HasBackward bool
	// group holds the samples MeanLoss runs through the network together.
	group *block
}

// LayerTrace is one layer's part of a Trace. All gradients are of the one sample's
// own loss; the parameters' gradients receive them scaled by the sample's weight in
// its batch (1/batch size for a batch-mean loss).
type LayerTrace struct {
	// Input is the layer's input: the sample for layer 0, the previous layer's A after.
	Input []float64
	// Z is the pre-activation W·Input + b and A = f(Z), both of length Out.
	Z, A []float64
	// DA is dL/dA and DZ is dL/dZ = DA * f'(Z).
	DA, DZ []float64
}

// Output returns the network's output, the last layer's A.
func (t *Trace) Output() []float64 { return t.Layers[len(t.Layers)-1].A }

// WeightGrad returns dL/dW[i][j] for this sample: DZ[i] * Input[j].
func (lt *LayerTrace) WeightGrad(i, j int) float64 { return lt.DZ[i] * lt.Input[j] }

// BiasGrad returns dL/db[i] for this sample, which is DZ[i].
func (lt *LayerTrace) BiasGrad(i int) float64 { return lt.DZ[i] }

// NewTrace returns a trace shaped for s, to pass to its Forward, Backward,
// AccumulateSample and MeanLoss. Make one per use and keep it: a step into a trace of
// the right shape allocates nothing.
func NewTrace(s *Sequential) *Trace {
	t := &Trace{}
	t.reshape(s)
	return t
}

// fits reports whether the trace's buffers match the network's current shape.
func (t *Trace) fits(s *Sequential) bool {
	if len(t.Layers) != len(s.Layers) || len(s.Layers) == 0 || len(t.X) != s.Layers[0].Linear.In {
		return false
	}
	for l := range s.Layers {
		if len(t.Layers[l].Z) != s.Layers[l].Linear.Out {
			return false
		}
	}
	return true
}

// reshape reallocates the buffers for s's shape; it does nothing when they fit.
func (t *Trace) reshape(s *Sequential) {
	if t.fits(s) {
		return
	}
	t.X = make([]float64, s.Layers[0].Linear.In)
	t.DX = make([]float64, len(t.X))
	t.Layers = make([]LayerTrace, len(s.Layers))
	in := t.X
	for l := range s.Layers {
		n := s.Layers[l].Linear.Out
		buf := make([]float64, 4*n)
		t.Layers[l] = LayerTrace{
			Input: in, Z: buf[:n:n], A: buf[n : 2*n : 2*n], DA: buf[2*n : 3*n : 3*n], DZ: buf[3*n:],
		}
		in = t.Layers[l].A
	}
	out := s.Layers[len(s.Layers)-1].Linear.Out
	t.Target = make([]float64, out)
	t.DY = make([]float64, out)
	t.HasLoss, t.HasBackward = false, false
}

// Clone returns a deep copy of the trace, to keep a step's record while the network
// goes on. The copy's layer inputs alias its own buffers, as in the original.
func (t *Trace) Clone() *Trace {
	c := &Trace{
		X: append([]float64(nil), t.X...), DX: append([]float64(nil), t.DX...),
		Target: append([]float64(nil), t.Target...), DY: append([]float64(nil), t.DY...),
		Loss: t.Loss, HasLoss: t.HasLoss, HasBackward: t.HasBackward,
		Layers: make([]LayerTrace, len(t.Layers)),
	}
	in := c.X
	for l, lt := range t.Layers {
		c.Layers[l] = LayerTrace{
			Input: in,
			Z:     append([]float64(nil), lt.Z...), A: append([]float64(nil), lt.A...),
			DA: append([]float64(nil), lt.DA...), DZ: append([]float64(nil), lt.DZ...),
		}
		in = c.Layers[l].A
	}
	return c
}
