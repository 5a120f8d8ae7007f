package core

import "math"

// The lesson's six activations, in its order, which CommonActivations lists first in
// every menu: Identity, Sigmoid, Tanh, ReLU, LeakyReLU and ReLU6. Each is one block; see
// Activation.

// Identity is f(z) = z, PyTorch's nn.Identity.
type Identity struct{}

func init() { register(Identity{}, 1) }

// Forward returns z.
func (Identity) Forward(z float64) float64 { return z }

// Derivative returns 1.
func (Identity) Derivative(z float64) float64 { return 1 }

func (Identity) forwardEach(z, a []float64)          { copy(a, z) }
func (Identity) backwardEach(z, a, da, dz []float64) { copy(dz, da) }

// Name returns "identity".
func (Identity) Name() string { return "identity" }

// Label returns "Identity".
func (Identity) Label() string { return "Identity" }

// String returns PyTorch's repr, "Identity()".
func (Identity) String() string { return "Identity()" }

// Formula returns "z".
func (Identity) Formula() string { return "z" }

// Range returns [-6, 6].
func (Identity) Range() (lo, hi float64) { return planeRange() }

// PeakDerivative returns 1.
func (Identity) PeakDerivative() float64 { return 1 }

// region: no flat part.
func (Identity) region(z, d float64) Region { return Active }

// Params returns nil.
func (Identity) Params() []ActivationParam { return nil }

// WithParams returns Identity{} for no values.
func (Identity) WithParams(v ...float64) (Activation, error) {
	return withParams(0, v, func() Activation { return Identity{} })
}

func (Identity) module() {}

// Sigmoid is f(z) = 1/(1+exp(-z)), PyTorch's nn.Sigmoid. f'(z) = f(z)(1-f(z)) peaks at
// 0.25 and vanishes for large |z|.
type Sigmoid struct{}

func init() { register(Sigmoid{}, 2) }

// Forward returns 1/(1+exp(-z)).
func (Sigmoid) Forward(z float64) float64 { return sigmoid(z) }

// Derivative returns f(z)(1-f(z)).
func (Sigmoid) Derivative(z float64) float64 {
	s := sigmoid(z)
	return s * (1 - s)
}

// forwardEach is sigmoid(v) for each v with exp's body written out for the ordinary
// case (exp in mathfast.go): the sweep of a deep sigmoid stack spends most of its time here,
// and in Go's wasm code each call costs as much as the arithmetic. The same operations
// in the same order give the same bits. The ordinary case is one unsigned comparison of
// |x|'s bits (a NaN's lie above every number's), and its bounds leave 2^k a normal
// number, so none of exp's scaling steps is needed: in Go's wasm code every branch taken
// costs a dispatch, as much as a few multiplications.
func (Sigmoid) forwardEach(z, a []float64) {
	a = a[:len(z)]
	for i, v := range z {
		x := -v
		if math.Float64bits(x)&^(1<<63)-sigmoidTinyBits > sigmoidSpanBits {
			a[i] = 1 / (1 + exp(x)) // NaN, the tails, and x so small that e^x is 1 + x
			continue
		}
		k := int(log2e*x + math.Copysign(0.5, x))
		hi := x - float64(k)*ln2Hi
		lo := float64(k) * ln2Lo
		r := hi - lo
		t := r * r
		c := r - t*(expP1+t*(expP2+t*(expP3+t*(expP4+t*expP5))))
		y := 1 - ((lo - (r*c)/(2-c)) - hi)
		a[i] = 1 / (1 + y*math.Float64frombits(uint64(k+1023)<<52))
	}
}

// backwardEach takes f'(z) from a = f(z), bit for bit what Derivative computes from z,
// without a second exp.
func (Sigmoid) backwardEach(z, a, da, dz []float64) {
	dz, da = dz[:len(a)], da[:len(a)]
	for i, v := range a {
		dz[i] = da[i] * (v * (1 - v))
	}
}

// Name returns "sigmoid".
func (Sigmoid) Name() string { return "sigmoid" }

// Label returns "Sigmoid".
func (Sigmoid) Label() string { return "Sigmoid" }

// String returns PyTorch's repr, "Sigmoid()".
func (Sigmoid) String() string { return "Sigmoid()" }

// Formula returns "1 / (1 + exp(-z))".
func (Sigmoid) Formula() string { return "1 / (1 + exp(-z))" }

// Range returns [-6, 6].
func (Sigmoid) Range() (lo, hi float64) { return planeRange() }

// PeakDerivative returns 0.25, f'(0).
func (Sigmoid) PeakDerivative() float64 { return 0.25 }

// region: both tails saturate, toward 0 and 1.
func (Sigmoid) region(z, d float64) Region { return tail(d, 0.25) }

// Params returns nil.
func (Sigmoid) Params() []ActivationParam { return nil }

// WithParams returns Sigmoid{} for no values.
func (Sigmoid) WithParams(v ...float64) (Activation, error) {
	return withParams(0, v, func() Activation { return Sigmoid{} })
}

func (Sigmoid) module() {}

// Tanh is f(z) = tanh(z), PyTorch's nn.Tanh. f'(z) = 1 - tanh(z)^2.
type Tanh struct{}

func init() { register(Tanh{}, 3) }

// Forward returns tanh(z).
func (Tanh) Forward(z float64) float64 { return tanh(z) }

// Derivative returns 1 - tanh(z)^2.
func (Tanh) Derivative(z float64) float64 {
	t := tanh(z)
	return 1 - t*t
}

func (Tanh) forwardEach(z, a []float64) {
	a = a[:len(z)]
	for i, v := range z {
		a[i] = tanh(v)
	}
}

// backwardEach takes f'(z) from a = f(z), as Sigmoid's does.
func (Tanh) backwardEach(z, a, da, dz []float64) {
	dz, da = dz[:len(a)], da[:len(a)]
	for i, v := range a {
		dz[i] = da[i] * (1 - v*v)
	}
}

// Name returns "tanh".
func (Tanh) Name() string { return "tanh" }

// Label returns "Tanh".
func (Tanh) Label() string { return "Tanh" }

// String returns PyTorch's repr, "Tanh()".
func (Tanh) String() string { return "Tanh()" }

// Formula returns tanh written with exp.
func (Tanh) Formula() string { return "(exp(z) - exp(-z)) / (exp(z) + exp(-z))" }

// Range returns [-6, 6].
func (Tanh) Range() (lo, hi float64) { return planeRange() }

// PeakDerivative returns 1, f'(0).
func (Tanh) PeakDerivative() float64 { return 1 }

// region: both tails saturate, toward -1 and 1.
func (Tanh) region(z, d float64) Region { return tail(d, 1) }

// Params returns nil.
func (Tanh) Params() []ActivationParam { return nil }

// WithParams returns Tanh{} for no values.
func (Tanh) WithParams(v ...float64) (Activation, error) {
	return withParams(0, v, func() Activation { return Tanh{} })
}

func (Tanh) module() {}

// ReLU is f(z) = max(0, z), PyTorch's nn.ReLU. f'(z) is 1 for z > 0 and 0 otherwise,
// including at z = 0, as in PyTorch.
type ReLU struct{}

func init() { register(ReLU{}, 4) }

// Forward lets NaN through, as PyTorch does, so that a diverged network shows NaN
// instead of hiding it behind zeros.
func (ReLU) Forward(z float64) float64 {
	if !(z <= 0) {
		return z
	}
	return 0
}

// Derivative returns 1 for z > 0 and 0 otherwise.
func (ReLU) Derivative(z float64) float64 {
	if z > 0 {
		return 1
	}
	return 0
}

func (ReLU) forwardEach(z, a []float64) {
	a = a[:len(z)]
	for i, v := range z {
		if !(v <= 0) {
			a[i] = v
		} else {
			a[i] = 0
		}
	}
}

func (ReLU) backwardEach(z, a, da, dz []float64) {
	dz, da = dz[:len(z)], da[:len(z)]
	for i, v := range z {
		if v > 0 {
			dz[i] = da[i]
		} else {
			dz[i] = 0
		}
	}
}

// Name returns "relu".
func (ReLU) Name() string { return "relu" }

// Label returns "ReLU".
func (ReLU) Label() string { return "ReLU" }

// String returns PyTorch's repr, "ReLU()".
func (ReLU) String() string { return "ReLU()" }

// Formula returns "max(0, z)".
func (ReLU) Formula() string { return "max(0, z)" }

// Range returns [-6, 6].
func (ReLU) Range() (lo, hi float64) { return planeRange() }

// PeakDerivative returns 1.
func (ReLU) PeakDerivative() float64 { return 1 }

// region: dead at z <= 0, where f' = 0 and the output is stuck at 0.
func (ReLU) region(z, d float64) Region {
	if z > 0 {
		return Active
	}
	return Dead
}

// Params returns nil.
func (ReLU) Params() []ActivationParam { return nil }

// WithParams returns ReLU{} for no values.
func (ReLU) WithParams(v ...float64) (Activation, error) {
	return withParams(0, v, func() Activation { return ReLU{} })
}

func (ReLU) module() {}

// LeakyReLU is f(z) = z for z > 0 and NegativeSlope*z otherwise, PyTorch's
// nn.LeakyReLU. PyTorch's default NegativeSlope is 0.01 (see DefaultLeakyReLU); the
// zero value has slope 0 and behaves like ReLU. The page and the model file take slopes
// from -1 to 1.
type LeakyReLU struct {
	NegativeSlope float64
}

// DefaultLeakyReLU is nn.LeakyReLU() with PyTorch's default negative slope 0.01.
var DefaultLeakyReLU = LeakyReLU{NegativeSlope: 0.01}

func init() { register(DefaultLeakyReLU, 5) }

// Forward returns z for z > 0 and NegativeSlope*z otherwise.
func (l LeakyReLU) Forward(z float64) float64 {
	if !(z <= 0) {
		return z
	}
	return z * l.NegativeSlope
}

// Derivative returns 1 for z > 0 and NegativeSlope otherwise.
func (l LeakyReLU) Derivative(z float64) float64 {
	if z > 0 {
		return 1
	}
	return l.NegativeSlope
}

func (l LeakyReLU) forwardEach(z, a []float64) {
	a = a[:len(z)]
	for i, v := range z {
		a[i] = l.Forward(v)
	}
}

func (l LeakyReLU) backwardEach(z, a, da, dz []float64) {
	dz, da = dz[:len(z)], da[:len(z)]
	for i, v := range z {
		dz[i] = da[i] * l.Derivative(v)
	}
}

// Name returns "leaky_relu".
func (LeakyReLU) Name() string { return "leaky_relu" }

// Label returns "LeakyReLU(slope)", as "LeakyReLU(0.01)".
func (l LeakyReLU) Label() string { return label("LeakyReLU", l.NegativeSlope) }

// String returns PyTorch's repr, as "LeakyReLU(negative_slope=0.01)".
func (l LeakyReLU) String() string {
	return "LeakyReLU(negative_slope=" + pyFloat(l.NegativeSlope) + ")"
}

// Formula returns f written with the slope, as "max(0, z) + 0.01 min(0, z)".
func (l LeakyReLU) Formula() string {
	if l.NegativeSlope < 0 {
		return "max(0, z) - " + num(-l.NegativeSlope) + " min(0, z)"
	}
	return "max(0, z) + " + num(l.NegativeSlope) + " min(0, z)"
}

// Range returns [-6, 6].
func (LeakyReLU) Range() (lo, hi float64) { return planeRange() }

// PeakDerivative returns the larger of 1 and |NegativeSlope|.
func (l LeakyReLU) PeakDerivative() float64 { return math.Max(1, math.Abs(l.NegativeSlope)) }

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

// Params returns negative_slope, from -1 to 1.
func (l LeakyReLU) Params() []ActivationParam {
	return []ActivationParam{{Name: "negative_slope", Value: l.NegativeSlope, Min: -1, Max: 1}}
}

// WithParams returns LeakyReLU{NegativeSlope: v[0]}.
func (LeakyReLU) WithParams(v ...float64) (Activation, error) {
	return withParams(1, v, func() Activation { return LeakyReLU{NegativeSlope: v[0]} })
}

func (LeakyReLU) module() {}

// ReLU6 is f(z) = min(max(0, z), 6), PyTorch's nn.ReLU6. f'(z) is 1 for 0 < z < 6 and
// 0 elsewhere, including at z = 0 and z = 6.
type ReLU6 struct{}

func init() { register(ReLU6{}, 6) }

// Forward returns min(max(0, z), 6).
func (ReLU6) Forward(z float64) float64 {
	switch {
	case z <= 0:
		return 0
	case z >= 6:
		return 6
	}
	return z
}

// Derivative returns 1 for 0 < z < 6 and 0 elsewhere.
func (ReLU6) Derivative(z float64) float64 {
	if z > 0 && z < 6 {
		return 1
	}
	return 0
}

func (r ReLU6) forwardEach(z, a []float64) {
	a = a[:len(z)]
	for i, v := range z {
		a[i] = r.Forward(v)
	}
}

func (r ReLU6) backwardEach(z, a, da, dz []float64) {
	dz, da = dz[:len(z)], da[:len(z)]
	for i, v := range z {
		dz[i] = da[i] * r.Derivative(v)
	}
}

// Name returns "relu6".
func (ReLU6) Name() string { return "relu6" }

// Label returns "ReLU6".
func (ReLU6) Label() string { return "ReLU6" }

// String returns PyTorch's repr, "ReLU6()".
func (ReLU6) String() string { return "ReLU6()" }

// Formula returns "min(max(0, z), 6)".
func (ReLU6) Formula() string { return "min(max(0, z), 6)" }

// Range returns [-6, 9], so that the flat top beyond 6 shows.
func (ReLU6) Range() (lo, hi float64) { return -6, 9 }

// PeakDerivative returns 1.
func (ReLU6) PeakDerivative() float64 { return 1 }

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

// Params returns nil.
func (ReLU6) Params() []ActivationParam { return nil }

// WithParams returns ReLU6{} for no values.
func (ReLU6) WithParams(v ...float64) (Activation, error) {
	return withParams(0, v, func() Activation { return ReLU6{} })
}

func (ReLU6) module() {}
