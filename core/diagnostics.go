package core

import "math"

// Diagnostics describes how a network's units behave over a set of points: where on
// their activation's curve they sit (see RegionOf), which are dead and how large each
// layer's weight gradient is.
type Diagnostics struct {
	// Points is the number of samples the figures are computed over.
	Points int
	// Layers has one entry per Linear layer, as in Sequential.Layers.
	Layers []LayerDiagnostics
}

// LayerDiagnostics holds one layer's figures; the slices have one entry per unit.
type LayerDiagnostics struct {
	// DeadFraction, SaturatedFraction and LeakyFraction are the shares of points whose
	// z lies in the Dead, Saturated and Leaky region of the unit's activation: ReLU
	// with z <= 0; sigmoid and tanh far from 0; LeakyReLU with z <= 0.
	DeadFraction, SaturatedFraction, LeakyFraction []float64
	// Dead is true for a unit whose f'(z) is 0 on every point, whatever the region
	// (a ReLU below 0, but also a ReLU6 above 6 or a tanh so far out that f' rounds to
	// 0): no gradient reaches its weights, so it cannot learn from this data.
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
	trace    *Trace
	sink     gradSink
	ones, df []float64 // 1s, and f'(z) of one layer
	out      Diagnostics
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
		clear(ld.LeakyFraction)
		for i := range ld.Dead {
			ld.Dead[i] = true
		}
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
			lt := &t.Layers[l]
			ld := &d.out.Layers[l]
			// f'(z) by the backward pass's own fast path, fed dL/da = 1.
			df := d.df[:len(lt.Z)]
			derive(layer.Act, lt.Z, lt.A, d.ones, df)
			for i, z := range lt.Z {
				switch regionAt(f, z, df[i]) {
				case Dead:
					ld.DeadFraction[i]++
				case Saturated:
					ld.SaturatedFraction[i]++
				case Leaky:
					ld.LeakyFraction[i]++
				}
				if df[i] != 0 && df[i] == df[i] {
					ld.Dead[i] = false
				}
			}
		}
	}
	for l := range d.out.Layers {
		ld := &d.out.Layers[l]
		for i := range ld.DeadFraction {
			if n == 0 {
				ld.Dead[i] = false
				continue
			}
			ld.DeadFraction[i] /= float64(n)
			ld.SaturatedFraction[i] /= float64(n)
			ld.LeakyFraction[i] /= float64(n)
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
	widest := 0
	for l, layer := range s.Layers {
		lin := layer.Linear
		widest = max(widest, lin.Out)
		d.sink[l].w = make([]float64, lin.In*lin.Out)
		if lin.HasBias() {
			d.sink[l].b = make([]float64, lin.Out)
		}
		d.out.Layers[l] = LayerDiagnostics{
			DeadFraction:      make([]float64, lin.Out),
			SaturatedFraction: make([]float64, lin.Out),
			LeakyFraction:     make([]float64, lin.Out),
			Dead:              make([]bool, lin.Out),
		}
	}
	d.ones, d.df = make([]float64, widest), make([]float64, widest)
	for i := range d.ones {
		d.ones[i] = 1
	}
}

func norm(v []float64) float64 {
	s := 0.0
	for _, x := range v {
		s += x * x
	}
	return math.Sqrt(s)
}
