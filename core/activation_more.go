package core

import (
	"math"
	"strconv"
)

// The activations a menu lists under "more", which MoreActivations returns by Label:
// smooth variants of ReLU from later papers. Each is one block; see Activation.

// ELU is f(z) = z for z > 0 and Alpha*(exp(z)-1) otherwise, PyTorch's nn.ELU.
// PyTorch's default Alpha is 1 (see DefaultELU); the page and the model file take
// alphas from 0 to 10.
type ELU struct {
	Alpha float64
}

// DefaultELU is nn.ELU() with PyTorch's default alpha 1.
var DefaultELU = ELU{Alpha: 1}

func init() { register(DefaultELU, more) }

// Forward returns z for z > 0 and Alpha*(exp(z)-1) otherwise.
func (e ELU) Forward(z float64) float64 {
	if !(z <= 0) {
		return z
	}
	return e.Alpha * math.Expm1(z) // Expm1 is pure Go everywhere but s390x
}

// Derivative returns 1 for z > 0 and Alpha*exp(z) otherwise.
func (e ELU) Derivative(z float64) float64 {
	if z > 0 {
		return 1
	}
	return e.Alpha * exp(z)
}

func (e ELU) forwardEach(z, a []float64) {
	a = a[:len(z)]
	for i, v := range z {
		a[i] = e.Forward(v)
	}
}

func (e ELU) backwardEach(z, a, da, dz []float64) {
	dz, da = dz[:len(z)], da[:len(z)]
	for i, v := range z {
		dz[i] = da[i] * e.Derivative(v)
	}
}

// Name returns "elu".
func (ELU) Name() string { return "elu" }

// Label returns "ELU(alpha)", as "ELU(1)".
func (e ELU) Label() string { return label("ELU", e.Alpha) }

// String returns PyTorch's repr, as "ELU(alpha=1.0)".
func (e ELU) String() string { return "ELU(alpha=" + pyFloat(e.Alpha) + ")" }

// Formula returns f written with alpha, as "z if z > 0, else 1 (exp(z) - 1)".
func (e ELU) Formula() string { return "z if z > 0, else " + num(e.Alpha) + " (exp(z) - 1)" }

// Range returns [-6, 6].
func (ELU) Range() (lo, hi float64) { return planeRange() }

// PeakDerivative returns the larger of 1 and |Alpha|.
func (e ELU) PeakDerivative() float64 { return math.Max(1, math.Abs(e.Alpha)) }

// region: the lower tail saturates toward -Alpha; with Alpha 0, which is ReLU, it is
// dead.
func (e ELU) region(z, d float64) Region {
	if z <= 0 && e.Alpha == 0 {
		return Dead
	}
	return tail(d, e.PeakDerivative())
}

// Params returns alpha, from 0 to 10.
func (e ELU) Params() []ActivationParam {
	return []ActivationParam{{Name: "alpha", Value: e.Alpha, Min: 0, Max: 10}}
}

// WithParams returns ELU{Alpha: v[0]}.
func (ELU) WithParams(v ...float64) (Activation, error) {
	return withParams(1, v, func() Activation { return ELU{Alpha: v[0]} })
}

func (ELU) module() {}

// GELU is the exact form f(z) = z*Phi(z) with Phi the standard normal CDF, PyTorch's
// nn.GELU(approximate='none').
type GELU struct{}

func init() { register(GELU{}, more) }

// geluPeak is GELU's largest derivative, Phi(sqrt2) + sqrt2*phi(sqrt2), where the
// second derivative phi(z)(2-z^2) is 0; the tests find it again by a dense scan.
const geluPeak = 1.1289041451851548

// Forward returns z*Phi(z).
func (GELU) Forward(z float64) float64 { return z * 0.5 * (1 + math.Erf(z/math.Sqrt2)) }

// Derivative is Phi(z) + z*phi(z), the derivative of the exact form.
func (GELU) Derivative(z float64) float64 {
	cdf := 0.5 * (1 + math.Erf(z/math.Sqrt2))
	pdf := exp(-0.5*z*z) / math.Sqrt(2*math.Pi)
	return cdf + z*pdf
}

func (g GELU) forwardEach(z, a []float64) {
	a = a[:len(z)]
	for i, v := range z {
		a[i] = g.Forward(v)
	}
}

func (g GELU) backwardEach(z, a, da, dz []float64) {
	dz, da = dz[:len(z)], da[:len(z)]
	for i, v := range z {
		dz[i] = da[i] * g.Derivative(v)
	}
}

// Name returns "gelu".
func (GELU) Name() string { return "gelu" }

// Label returns "GELU".
func (GELU) Label() string { return "GELU" }

// String returns PyTorch's repr, "GELU(approximate='none')".
func (GELU) String() string { return "GELU(approximate='none')" }

// Formula returns z*Phi(z) written with erf.
func (GELU) Formula() string { return "0.5 z (1 + erf(z / sqrt(2)))" }

// Range returns [-6, 6].
func (GELU) Range() (lo, hi float64) { return planeRange() }

// PeakDerivative returns about 1.129, at z = sqrt2.
func (GELU) PeakDerivative() float64 { return geluPeak }

// region: the lower tail saturates toward 0. Only below -sqrt2, where f' is at its most
// negative: between there and 0, |f'| passes below the threshold again where GELU turns
// at its minimum (z = -0.75), which is not a tail.
func (GELU) region(z, d float64) Region {
	if z < -math.Sqrt2 {
		return tail(d, geluPeak)
	}
	return Active
}

// Params returns nil.
func (GELU) Params() []ActivationParam { return nil }

// WithParams returns GELU{} for no values.
func (GELU) WithParams(v ...float64) (Activation, error) {
	return withParams(0, v, func() Activation { return GELU{} })
}

func (GELU) module() {}

// SiLU is f(z) = z*sigmoid(z), PyTorch's nn.SiLU.
type SiLU struct{}

func init() { register(SiLU{}, more) }

// siluPeak is SiLU's largest derivative, at z = 2.39935728..., where its second
// derivative is 0; the tests find it again by a dense scan.
const siluPeak = 1.0998393201288669

// Forward returns z*sigmoid(z).
func (SiLU) Forward(z float64) float64 { return z * sigmoid(z) }

// Derivative returns s(1 + z(1-s)) with s = sigmoid(z).
func (SiLU) Derivative(z float64) float64 {
	s := sigmoid(z)
	return s * (1 + z*(1-s))
}

func (s SiLU) forwardEach(z, a []float64) {
	a = a[:len(z)]
	for i, v := range z {
		a[i] = s.Forward(v)
	}
}

func (s SiLU) backwardEach(z, a, da, dz []float64) {
	dz, da = dz[:len(z)], da[:len(z)]
	for i, v := range z {
		dz[i] = da[i] * s.Derivative(v)
	}
}

// Name returns "silu".
func (SiLU) Name() string { return "silu" }

// Label returns "SiLU".
func (SiLU) Label() string { return "SiLU" }

// String returns PyTorch's repr, "SiLU()".
func (SiLU) String() string { return "SiLU()" }

// Formula returns "z / (1 + exp(-z))".
func (SiLU) Formula() string { return "z / (1 + exp(-z))" }

// Range returns [-6, 6].
func (SiLU) Range() (lo, hi float64) { return planeRange() }

// PeakDerivative returns about 1.0998, at z = 2.399.
func (SiLU) PeakDerivative() float64 { return siluPeak }

// region: the lower tail saturates toward 0. Unlike GELU's, SiLU's |f'| stays below the
// threshold from its minimum at z = -1.28 down, so the tail rule alone makes one span.
func (SiLU) region(z, d float64) Region { return tail(d, siluPeak) }

// Params returns nil.
func (SiLU) Params() []ActivationParam { return nil }

// WithParams returns SiLU{} for no values.
func (SiLU) WithParams(v ...float64) (Activation, error) {
	return withParams(0, v, func() Activation { return SiLU{} })
}

func (SiLU) module() {}

// Softplus is f(z) = log(1+exp(Beta*z))/Beta, and f(z) = z where Beta*z > Threshold,
// PyTorch's nn.Softplus. PyTorch's defaults are Beta 1 and Threshold 20 (see
// DefaultSoftplus). The page and the model file take betas from 0.01 to 100 and
// thresholds from 1 to 100.
type Softplus struct {
	Beta, Threshold float64
}

// DefaultSoftplus is nn.Softplus() with PyTorch's defaults beta 1 and threshold 20.
var DefaultSoftplus = Softplus{Beta: 1, Threshold: 20}

func init() { register(DefaultSoftplus, more) }

// Forward returns log(1+exp(Beta*z))/Beta, or z above the threshold.
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

func (s Softplus) forwardEach(z, a []float64) {
	a = a[:len(z)]
	for i, v := range z {
		a[i] = s.Forward(v)
	}
}

func (s Softplus) backwardEach(z, a, da, dz []float64) {
	dz, da = dz[:len(z)], da[:len(z)]
	for i, v := range z {
		dz[i] = da[i] * s.Derivative(v)
	}
}

// Name returns "softplus".
func (Softplus) Name() string { return "softplus" }

// Label returns "Softplus(beta, threshold)", as "Softplus(1, 20)".
func (s Softplus) Label() string { return label("Softplus", s.Beta, s.Threshold) }

// String returns PyTorch's repr, as "Softplus(beta=1, threshold=20)".
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

// Formula returns f written with beta and the threshold, as "log(1 + exp(z)), or z
// where z > 20".
func (s Softplus) Formula() string {
	if s.Beta == 1 {
		return "log(1 + exp(z)), or z where z > " + num(s.Threshold)
	}
	b := num(s.Beta)
	return "log(1 + exp(" + b + " z)) / " + b + ", or z where " + b + " z > " + num(s.Threshold)
}

// Range returns [-6, 6].
func (Softplus) Range() (lo, hi float64) { return planeRange() }

// PeakDerivative returns 1, which f' approaches for large z.
func (Softplus) PeakDerivative() float64 { return 1 }

// region: the lower tail saturates toward 0.
func (Softplus) region(z, d float64) Region { return tail(d, 1) }

// Params returns beta, from 0.01 to 100, and threshold, from 1 to 100.
func (s Softplus) Params() []ActivationParam {
	return []ActivationParam{
		{Name: "beta", Value: s.Beta, Min: 0.01, Max: 100},
		{Name: "threshold", Value: s.Threshold, Min: 1, Max: 100},
	}
}

// WithParams returns Softplus{Beta: v[0], Threshold: v[1]}.
func (Softplus) WithParams(v ...float64) (Activation, error) {
	return withParams(2, v, func() Activation { return Softplus{Beta: v[0], Threshold: v[1]} })
}

func (Softplus) module() {}
