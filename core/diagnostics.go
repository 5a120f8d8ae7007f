package core

import "math"

// Diagnostics describes how a network's units behave over a set of points: which are
// dead or saturated and how large each layer's weight gradient is.
type Diagnostics struct {
	// Points is the number of samples the figures are computed over.
	Points int
	// Layers has one entry per Linear layer, as in Sequential.Layers.
	Layers []LayerDiagnostics
}

// LayerDiagnostics holds one layer's figures; the slices have one entry per unit.
type LayerDiagnostics struct {
	// DeadFraction is the share of points where the unit's f'(z) is exactly 0, so no
	// gradient passes (ReLU with z <= 0).
	DeadFraction []float64
	// SaturatedFraction is the share of points where 0 < |f'(z)| < SaturationFraction
	// times the activation's peak derivative (sigmoid and tanh far from 0).
	SaturatedFraction []float64
	// Dead is true for a unit that is dead on every point: it cannot learn from this
	// data at all.
	Dead []bool
	// GradNorm is the Frobenius norm of dL/dW for the mean loss over the points, and
	// BiasGradNorm the norm of dL/db (0 without bias).
	GradNorm, BiasGradNorm float64
	// WeightGrad is dL/dW itself, flat and row-major ([out][in] as Weight), for the
	// mean loss over the points.
	WeightGrad []float64
}

// Diagnoser computes Diagnostics with buffers it reuses, so running it every frame
// allocates nothing once the network's shape is stable. It leaves the network's
// trace and gradients alone.
type Diagnoser struct {
	trace *Trace
	sink  gradSink
	out   Diagnostics
}

// Run computes the diagnostics of s over the samples (xs, ts) with loss. The result is
// owned by the Diagnoser and overwritten by the next Run.
func (d *Diagnoser) Run(s *Sequential, xs, ts [][]float64, loss Loss) *Diagnostics {
	d.reshape(s)
	for l := range d.sink {
		clear(d.sink[l].w)
		clear(d.sink[l].b)
		ld := &d.out.Layers[l]
		clear(ld.DeadFraction)
		clear(ld.SaturatedFraction)
	}
	t := d.trace
	n := len(xs)
	d.out.Points = n
	w := 1 / float64(n)
	for k := range xs {
		y := s.forward(t, xs[k])
		loss.Backward(y, ts[k], t.DY)
		s.backward(t, t.DY, w, d.sink)
		for l, layer := range s.Layers {
			f := layer.Activation()
			peak := f.PeakDerivative()
			lt := &t.Layers[l]
			ld := &d.out.Layers[l]
			for i, z := range lt.Z {
				switch regionOfDerivative(derivativeAt(f, z, lt.A[i]), peak) {
				case Dead:
					ld.DeadFraction[i]++
				case Saturated:
					ld.SaturatedFraction[i]++
				}
			}
		}
	}
	for l := range d.out.Layers {
		ld := &d.out.Layers[l]
		for i := range ld.DeadFraction {
			ld.Dead[i] = n > 0 && ld.DeadFraction[i] == float64(n)
			if n > 0 {
				ld.DeadFraction[i] /= float64(n)
				ld.SaturatedFraction[i] /= float64(n)
			}
		}
		ld.GradNorm = norm(d.sink[l].w)
		ld.BiasGradNorm = norm(d.sink[l].b)
		ld.WeightGrad = d.sink[l].w
	}
	return &d.out
}

func (d *Diagnoser) reshape(s *Sequential) {
	if d.trace == nil {
		d.trace = newTrace(s)
	}
	d.trace.reshape(s)
	same := len(d.sink) == len(s.Layers)
	for l := 0; same && l < len(s.Layers); l++ {
		lin := s.Layers[l].Linear
		same = len(d.sink[l].w) == lin.In*lin.Out && (d.sink[l].b != nil) == lin.HasBias()
	}
	if same {
		return
	}
	d.sink = make(gradSink, len(s.Layers))
	d.out.Layers = make([]LayerDiagnostics, len(s.Layers))
	for l, layer := range s.Layers {
		lin := layer.Linear
		d.sink[l].w = make([]float64, lin.In*lin.Out)
		if lin.HasBias() {
			d.sink[l].b = make([]float64, lin.Out)
		}
		d.out.Layers[l] = LayerDiagnostics{
			DeadFraction:      make([]float64, lin.Out),
			SaturatedFraction: make([]float64, lin.Out),
			Dead:              make([]bool, lin.Out),
		}
	}
}

// derivativeAt returns f'(z) given a = f(z); Tanh and Sigmoid reuse a.
func derivativeAt(f Activation, z, a float64) float64 {
	switch f.(type) {
	case Tanh:
		return 1 - a*a
	case Sigmoid:
		return a * (1 - a)
	}
	return f.Derivative(z)
}

func norm(v []float64) float64 {
	s := 0.0
	for _, x := range v {
		s += x * x
	}
	return math.Sqrt(s)
}
