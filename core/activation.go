package core

import (
	"fmt"
	"math"
	"strconv"
)

// Module is one entry of a Sequential: a *Linear or an Activation, like the modules
// of PyTorch's nn.Sequential. String returns PyTorch's repr of the module.
type Module interface {
	fmt.Stringer
	module()
}

// Activation is an element-wise nonlinearity a = f(z).
//
// Derivative is always taken with respect to the input z, never computed from the
// output, because SiLU and GELU need z. At kinks it returns PyTorch's value:
// ReLU'(0) = 0, LeakyReLU'(0) = NegativeSlope, ReLU6'(0) = ReLU6'(6) = 0.
type Activation interface {
	Module
	// Forward returns f(z).
	Forward(z float64) float64
	// Derivative returns f'(z).
	Derivative(z float64) float64
	// Name is the activation's type in the model file, for example "leaky_relu".
	Name() string
	// PeakDerivative is the supremum of |f'(z)| over all z. A smooth activation is
	// saturated in its tails, where |f'(z)| is below SaturationFraction of it.
	PeakDerivative() float64
	// region says where z sits on the curve, given d = f'(z); z is not NaN. RegionOf
	// is the rule's public face.
	region(z, d float64) Region
}

// SaturationFraction is the share of an activation's peak derivative below which a
// smooth activation's tail counts as saturated: |f'(z)| < SaturationFraction *
// PeakDerivative().
const SaturationFraction = 0.1

// tail is the region of a smooth activation's tails: saturated where |d| is below
// SaturationFraction of the peak, active elsewhere.
func tail(d, peak float64) Region {
	if math.Abs(d) < SaturationFraction*peak {
		return Saturated
	}
	return Active
}

// Identity is f(z) = z, PyTorch's nn.Identity.
type Identity struct{}

// Sigmoid is f(z) = 1/(1+exp(-z)), PyTorch's nn.Sigmoid. f'(z) = f(z)(1-f(z)) peaks at
// 0.25 and vanishes for large |z|.
type Sigmoid struct{}

// Tanh is f(z) = tanh(z), PyTorch's nn.Tanh. f'(z) = 1 - tanh(z)^2.
type Tanh struct{}

// ReLU is f(z) = max(0, z), PyTorch's nn.ReLU. f'(z) is 1 for z > 0 and 0 otherwise,
// including at z = 0, as in PyTorch.
type ReLU struct{}

// LeakyReLU is f(z) = z for z > 0 and NegativeSlope*z otherwise, PyTorch's nn.LeakyReLU.
// PyTorch's default NegativeSlope is 0.01 (see DefaultLeakyReLU); the zero value has
// slope 0 and behaves like ReLU.
type LeakyReLU struct {
	NegativeSlope float64
}

// ReLU6 is f(z) = min(max(0, z), 6), PyTorch's nn.ReLU6. f'(z) is 1 for 0 < z < 6 and
// 0 elsewhere, including at z = 0 and z = 6.
type ReLU6 struct{}

// ELU is f(z) = z for z > 0 and Alpha*(exp(z)-1) otherwise, PyTorch's nn.ELU.
// PyTorch's default Alpha is 1 (see DefaultELU).
type ELU struct {
	Alpha float64
}

// GELU is the exact form f(z) = z*Phi(z) with Phi the standard normal CDF, PyTorch's
// nn.GELU(approximate='none').
type GELU struct{}

// SiLU is f(z) = z*sigmoid(z), PyTorch's nn.SiLU.
type SiLU struct{}

// Softplus is f(z) = log(1+exp(Beta*z))/Beta, and f(z) = z where Beta*z > Threshold,
// PyTorch's nn.Softplus. PyTorch's defaults are Beta 1 and Threshold 20 (see
// DefaultSoftplus). Beta must be positive.
type Softplus struct {
	Beta, Threshold float64
}

// DefaultLeakyReLU is nn.LeakyReLU() with PyTorch's default negative slope 0.01.
var DefaultLeakyReLU = LeakyReLU{NegativeSlope: 0.01}

// DefaultELU is nn.ELU() with PyTorch's default alpha 1.
var DefaultELU = ELU{Alpha: 1}

// DefaultSoftplus is nn.Softplus() with PyTorch's defaults beta 1 and threshold 20.
var DefaultSoftplus = Softplus{Beta: 1, Threshold: 20}

// Activations returns one of each activation with PyTorch's default parameters, in the
// order a menu lists them.
func Activations() []Activation {
	return []Activation{
		Identity{}, Sigmoid{}, Tanh{}, ReLU{}, DefaultLeakyReLU, ReLU6{},
		DefaultELU, GELU{}, SiLU{}, DefaultSoftplus,
	}
}

// ActivationByName returns the activation whose Name is name, with PyTorch's default
// parameters.
func ActivationByName(name string) (Activation, error) {
	for _, a := range Activations() {
		if a.Name() == name {
			return a, nil
		}
	}
	return nil, fmt.Errorf("core: unknown activation %q (want one of %s)", name, activationNames())
}

func activationNames() string {
	s := ""
	for i, a := range Activations() {
		if i > 0 {
			s += ", "
		}
		s += a.Name()
	}
	return s
}

// Forward returns Identity(z).
func (Identity) Forward(z float64) float64 { return z }

// Derivative returns the derivative of Identity at z.
func (Identity) Derivative(z float64) float64 { return 1 }

// Forward returns Sigmoid(z).
func (Sigmoid) Forward(z float64) float64 { return sigmoid(z) }

// Derivative returns the derivative of Sigmoid at z.
func (Sigmoid) Derivative(z float64) float64 {
	s := sigmoid(z)
	return s * (1 - s)
}

// sigmoid is PyTorch's 1/(1+exp(-z)); exp overflows to +Inf for z < -709 and the
// result is then exactly 0, never NaN.
func sigmoid(z float64) float64 { return 1 / (1 + exp(-z)) }

// Forward returns Tanh(z).
func (Tanh) Forward(z float64) float64 { return tanh(z) }

// Derivative returns the derivative of Tanh at z.
func (Tanh) Derivative(z float64) float64 {
	t := tanh(z)
	return 1 - t*t
}

// Forward lets NaN through, as PyTorch does, so that a diverged network shows NaN
// instead of hiding it behind zeros.
func (ReLU) Forward(z float64) float64 {
	if !(z <= 0) {
		return z
	}
	return 0
}

// Derivative returns the derivative of ReLU at z.
func (ReLU) Derivative(z float64) float64 {
	if z > 0 {
		return 1
	}
	return 0
}

// Forward returns LeakyReLU(z).
func (l LeakyReLU) Forward(z float64) float64 {
	if !(z <= 0) {
		return z
	}
	return z * l.NegativeSlope
}

// Derivative returns the derivative of LeakyReLU at z.
func (l LeakyReLU) Derivative(z float64) float64 {
	if z > 0 {
		return 1
	}
	return l.NegativeSlope
}

// Forward returns ReLU6(z).
func (ReLU6) Forward(z float64) float64 {
	switch {
	case z <= 0:
		return 0
	case z >= 6:
		return 6
	}
	return z
}

// Derivative returns the derivative of ReLU6 at z.
func (ReLU6) Derivative(z float64) float64 {
	if z > 0 && z < 6 {
		return 1
	}
	return 0
}

// Forward returns ELU(z).
func (e ELU) Forward(z float64) float64 {
	if !(z <= 0) {
		return z
	}
	return e.Alpha * math.Expm1(z) // Expm1 is pure Go everywhere but s390x
}

// Derivative returns the derivative of ELU at z.
func (e ELU) Derivative(z float64) float64 {
	if z > 0 {
		return 1
	}
	return e.Alpha * exp(z)
}

// Forward returns GELU(z).
func (GELU) Forward(z float64) float64 { return z * 0.5 * (1 + math.Erf(z/math.Sqrt2)) }

// Derivative is Phi(z) + z*phi(z), the derivative of the exact form.
func (GELU) Derivative(z float64) float64 {
	cdf := 0.5 * (1 + math.Erf(z/math.Sqrt2))
	pdf := exp(-0.5*z*z) / math.Sqrt(2*math.Pi)
	return cdf + z*pdf
}

// Forward returns SiLU(z).
func (SiLU) Forward(z float64) float64 { return z * sigmoid(z) }

// Derivative returns the derivative of SiLU at z.
func (SiLU) Derivative(z float64) float64 {
	s := sigmoid(z)
	return s * (1 + z*(1-s))
}

// Forward returns Softplus(z).
func (s Softplus) Forward(z float64) float64 {
	bz := z * s.Beta
	if bz > s.Threshold {
		return z
	}
	return math.Log1p(exp(bz)) / s.Beta
}

// Derivative follows PyTorch's softplus_backward: e/(e+1) with e = exp(Beta*z), and 1
// above the threshold, where exp could otherwise overflow.
func (s Softplus) Derivative(z float64) float64 {
	bz := z * s.Beta
	if bz > s.Threshold {
		return 1
	}
	e := exp(bz)
	return e / (e + 1)
}

// Name returns "identity".
func (Identity) Name() string { return "identity" }

// Name returns "sigmoid".
func (Sigmoid) Name() string { return "sigmoid" }

// Name returns "tanh".
func (Tanh) Name() string { return "tanh" }

// Name returns "relu".
func (ReLU) Name() string { return "relu" }

// Name returns "leaky_relu".
func (LeakyReLU) Name() string { return "leaky_relu" }

// Name returns "relu6".
func (ReLU6) Name() string { return "relu6" }

// Name returns "elu".
func (ELU) Name() string { return "elu" }

// Name returns "gelu".
func (GELU) Name() string { return "gelu" }

// Name returns "silu".
func (SiLU) Name() string { return "silu" }

// Name returns "softplus".
func (Softplus) Name() string { return "softplus" }

// String returns PyTorch's repr of Identity.
func (Identity) String() string { return "Identity()" }

// String returns PyTorch's repr of Sigmoid.
func (Sigmoid) String() string { return "Sigmoid()" }

// String returns PyTorch's repr of Tanh.
func (Tanh) String() string { return "Tanh()" }

// String returns PyTorch's repr of ReLU.
func (ReLU) String() string { return "ReLU()" }

// String returns PyTorch's repr of LeakyReLU.
func (l LeakyReLU) String() string {
	return "LeakyReLU(negative_slope=" + pyFloat(l.NegativeSlope) + ")"
}

// String returns PyTorch's repr of ReLU6.
func (ReLU6) String() string { return "ReLU6()" }

// String returns PyTorch's repr of ELU.
func (e ELU) String() string { return "ELU(alpha=" + pyFloat(e.Alpha) + ")" }

// String returns PyTorch's repr of GELU.
func (GELU) String() string { return "GELU(approximate='none')" }

// String returns PyTorch's repr of SiLU.
func (SiLU) String() string { return "SiLU()" }

// String returns PyTorch's repr of Softplus.
func (s Softplus) String() string {
	// PyTorch 1.13's defaults are the ints 1 and 20 and print without ".0"; values
	// set by hand are floats.
	num := func(v, def float64) string {
		if v == def {
			return strconv.Itoa(int(def))
		}
		return pyFloat(v)
	}
	return "Softplus(beta=" + num(s.Beta, 1) + ", threshold=" + num(s.Threshold, 20) + ")"
}

// region: no flat part.
func (Identity) region(z, d float64) Region { return Active }

// region: both tails saturate, toward 0 and 1.
func (Sigmoid) region(z, d float64) Region { return tail(d, 0.25) }

// region: both tails saturate, toward -1 and 1.
func (Tanh) region(z, d float64) Region { return tail(d, 1) }

// region: dead at z <= 0, where f' = 0 and the output is stuck at 0.
func (ReLU) region(z, d float64) Region {
	if z > 0 {
		return Active
	}
	return Dead
}

// region: leaky at z <= 0, where f' = NegativeSlope keeps a small gradient flowing;
// dead there with slope 0, which is ReLU.
func (l LeakyReLU) region(z, d float64) Region {
	switch {
	case z > 0:
		return Active
	case l.NegativeSlope == 0:
		return Dead
	}
	return Leaky
}

// region: dead at z <= 0 like ReLU; saturated at z >= 6, where the output has reached
// its bound 6.
func (ReLU6) region(z, d float64) Region {
	switch {
	case z <= 0:
		return Dead
	case z >= 6:
		return Saturated
	}
	return Active
}

// region: the lower tail saturates toward -Alpha; with Alpha 0, which is ReLU, it is
// dead.
func (e ELU) region(z, d float64) Region {
	if z <= 0 && e.Alpha == 0 {
		return Dead
	}
	return tail(d, e.PeakDerivative())
}

// region: the lower tail saturates toward 0. Only below -sqrt2, where f' is at its most
// negative: between there and 0, |f'| passes below the threshold again where GELU turns
// at its minimum (z = -0.75), which is not a tail.
func (GELU) region(z, d float64) Region {
	if z < -math.Sqrt2 {
		return tail(d, geluPeak)
	}
	return Active
}

// region: the lower tail saturates toward 0. Unlike GELU's, SiLU's |f'| stays below the
// threshold from its minimum at z = -1.28 down, so the tail rule alone makes one span.
func (SiLU) region(z, d float64) Region { return tail(d, siluPeak) }

// region: the lower tail saturates toward 0.
func (Softplus) region(z, d float64) Region { return tail(d, 1) }

// Peak derivatives of the smooth activations whose maximum is not at z = 0; the tests
// find them again by a dense scan.
const (
	// geluPeak is Phi(sqrt2) + sqrt2*phi(sqrt2), where GELU''(z) = phi(z)(2-z^2) is 0.
	geluPeak = 1.1289041451851548
	// siluPeak is SiLU's derivative at z = 2.39935728..., the root of SiLU''(z).
	siluPeak = 1.0998393201288669
)

// PeakDerivative returns the largest |f'(z)| of Identity.
func (Identity) PeakDerivative() float64 { return 1 }

// PeakDerivative returns the largest |f'(z)| of Sigmoid.
func (Sigmoid) PeakDerivative() float64 { return 0.25 }

// PeakDerivative returns the largest |f'(z)| of Tanh.
func (Tanh) PeakDerivative() float64 { return 1 }

// PeakDerivative returns the largest |f'(z)| of ReLU.
func (ReLU) PeakDerivative() float64 { return 1 }

// PeakDerivative returns the largest |f'(z)| of LeakyReLU.
func (l LeakyReLU) PeakDerivative() float64 { return math.Max(1, math.Abs(l.NegativeSlope)) }

// PeakDerivative returns the largest |f'(z)| of ReLU6.
func (ReLU6) PeakDerivative() float64 { return 1 }

// PeakDerivative returns the largest |f'(z)| of ELU.
func (e ELU) PeakDerivative() float64 { return math.Max(1, math.Abs(e.Alpha)) }

// PeakDerivative returns the largest |f'(z)| of GELU.
func (GELU) PeakDerivative() float64 { return geluPeak }

// PeakDerivative returns the largest |f'(z)| of SiLU.
func (SiLU) PeakDerivative() float64 { return siluPeak }

// PeakDerivative returns the largest |f'(z)| of Softplus.
func (Softplus) PeakDerivative() float64 { return 1 }

func (Identity) module()  {}
func (Sigmoid) module()   {}
func (Tanh) module()      {}
func (ReLU) module()      {}
func (LeakyReLU) module() {}
func (ReLU6) module()     {}
func (ELU) module()       {}
func (GELU) module()      {}
func (SiLU) module()      {}
func (Softplus) module()  {}

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
	if n < 2 || !(lo < hi) || math.IsInf(lo, 0) || math.IsInf(hi, 0) {
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

// validActivation reports why an activation's parameters cannot be used, or nil.
func validActivation(a Activation) error {
	switch a := a.(type) {
	case LeakyReLU:
		if !IsFinite(a.NegativeSlope) {
			return fmt.Errorf("negative_slope is %v, want a finite number", a.NegativeSlope)
		}
	case ELU:
		if !IsFinite(a.Alpha) {
			return fmt.Errorf("alpha is %v, want a finite number", a.Alpha)
		}
	case Softplus:
		if !IsFinite(a.Beta) || a.Beta <= 0 {
			return fmt.Errorf("beta is %v, want a positive number", a.Beta)
		}
		if !IsFinite(a.Threshold) {
			return fmt.Errorf("threshold is %v, want a finite number", a.Threshold)
		}
	case nil:
		return fmt.Errorf("activation is nil")
	}
	return nil
}
