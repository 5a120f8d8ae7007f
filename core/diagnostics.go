package core

import "math"

// Region says where z sits on an activation's curve.
type Region int

const (
	// Active means the gradient passes at a useful size.
	Active Region = iota
	// Saturated means the curve flattens toward a bound: sigmoid's and tanh's tails,
	// ReLU6 at 6 and above, the lower tails of ELU, GELU, SiLU and Softplus. f'(z) is
	// small there (below SaturationFraction of its peak for the smooth ones, 0 for
	// ReLU6), and it grows again if z moves back.
	Saturated
	// Dead means f'(z) = 0 with no bound reached: ReLU and ReLU6 for z <= 0. No
	// gradient passes; a unit dead on every training point stops learning.
	Dead
	// Leaky means a small constant slope f'(z) = NegativeSlope (LeakyReLU for
	// z <= 0): the gradient is scaled down but never vanishes, so the unit keeps
	// learning.
	Leaky
)

// String returns "active", "saturated", "dead" or "leaky".
func (r Region) String() string {
	switch r {
	case Saturated:
		return "saturated"
	case Dead:
		return "dead"
	case Leaky:
		return "leaky"
	}
	return "active"
}

// RegionOf classifies z for activation f: the one rule behind the diagnostics, the
// figures' shading and the page. A NaN z is dead: no usable gradient passes.
func RegionOf(f Activation, z float64) Region { return regionAt(f, z, f.Derivative(z)) }

// regionAt is RegionOf given d = f'(z).
func regionAt(f Activation, z, d float64) Region {
	if z != z || d != d {
		return Dead
	}
	return f.region(z, d)
}

// Span is an interval of z where an activation is in one Region.
type Span struct {
	From, To float64
	Region   Region
}

// Spans splits [lo, hi] into the intervals where f is in one region (see RegionOf),
// sampling n points and locating each boundary by bisection to within 1e-9 of the
// range, or to the nearest float where the range is narrower than that. A figure
// shades them; a lesson names them. It returns nil unless lo < hi are finite and
// n >= 2.
func Spans(f Activation, lo, hi float64, n int) []Span {
	if n < 2 || !(lo < hi) || !IsFinite(lo) || !IsFinite(hi) {
		return nil
	}
	region := func(z float64) Region { return RegionOf(f, z) }
	tol := 1e-9 * (hi - lo) // +Inf when hi - lo overflows: then no bisection is needed
	var spans []Span
	start, cur := lo, region(lo)
	prev := lo
	for k := 1; k < n; k++ {
		// Weighted so that hi - lo may overflow; the last point is hi exactly.
		t := float64(k) / float64(n-1)
		z := min(lo*(1-t)+hi*t, hi)
		if k == n-1 {
			z = hi
		}
		if !(z > prev) {
			continue // rounding left no float between two samples
		}
		r := region(z)
		if r != cur {
			// The boundary lies in (prev, z]: bisect for the first z with region r.
			// The loop ends when the bracket is within tol or holds no float
			// between its ends, whichever comes first.
			a, b := prev, z
			for b-a > tol {
				m := a + (b-a)/2
				if m <= a || m >= b {
					break
				}
				if region(m) == cur {
					a = m
				} else {
					b = m
				}
			}
			spans = append(spans, Span{From: start, To: b, Region: cur})
			start, cur = b, region(b)
		}
		prev = z
	}
	if start == hi { // the last boundary is hi itself: nothing is left after it
		return spans
	}
	return append(spans, Span{From: start, To: hi, Region: cur})
}

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
			zs := lt.Z
			df := d.df[:len(zs)]
			f.backwardEach(zs, lt.A, d.ones, df)
			dead, sat := ld.DeadFraction[:len(zs)], ld.SaturatedFraction[:len(zs)]
			leaky, stuck := ld.LeakyFraction[:len(zs)], ld.Dead[:len(zs)]
			for i, z := range zs {
				switch regionAt(f, z, df[i]) {
				case Dead:
					dead[i]++
				case Saturated:
					sat[i]++
				case Leaky:
					leaky[i]++
				}
				if g := df[i]; g != 0 && g == g {
					stuck[i] = false
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
		d.trace = NewTrace(s)
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
