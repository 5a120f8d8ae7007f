package core

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

// Module is one entry of a Sequential: a *Linear or an Activation, like the modules
// of PyTorch's nn.Sequential. String returns PyTorch's repr of the module.
type Module interface {
	fmt.Stringer
	module()
}

// Activation is an element-wise nonlinearity a = f(z), and everything a page, a model
// file or a figure needs to know about it.
//
// Each activation is one block of code, in activation_common.go (the lesson's six) or
// activation_more.go (the rest): its type, Forward and Derivative, its fast path over a
// layer, its names, formula and z range, its region rule, its parameters, and an init
// function that registers it. To add one, write its block in activation_more.go and its
// PyTorch cases in testdata/gen_torch.py (then run it to rewrite torch_cases.json); the
// model file, the menus, the parameter editor and the figures follow from the registry.
// TestActivationRegistry fails until both are done.
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
	// Label is a short name for titles and menus: the class and any parameters, as
	// "Tanh" or "LeakyReLU(0.01)".
	Label() string
	// Formula is f(z) written out for the lesson, as "1 / (1 + exp(-z))".
	Formula() string
	// Range is the z range that shows the curve's shape, for figures and the page:
	// [-6, 6], Playground's input plane, and [-6, 9] for ReLU6 so its flat top shows.
	Range() (lo, hi float64)
	// PeakDerivative is the supremum of |f'(z)| over all z. A smooth activation is
	// saturated in its tails, where |f'(z)| is below SaturationFraction of it.
	PeakDerivative() float64
	// Params lists the activation's parameters as PyTorch names them, with their
	// values and valid ranges; nil when it has none.
	Params() []ActivationParam
	// WithParams returns the same kind of activation with the given parameter values,
	// in the order of Params, or an error if one is missing or out of range.
	WithParams(values ...float64) (Activation, error)

	// region says where z sits on the curve, given d = f'(z); z is not NaN. RegionOf
	// is the rule's public face.
	region(z, d float64) Region
	// forwardEach sets a[i] = f(z[i]); backwardEach sets dz[i] = da[i] * f'(z[i]),
	// where a[i] = f(z[i]). They are the training step's loops over a layer, written
	// per activation so the common ones run without a call per element.
	forwardEach(z, a []float64)
	backwardEach(z, a, da, dz []float64)
}

// ActivationParam is one parameter of an activation, such as LeakyReLU's
// negative_slope: what a panel editor shows and the model file stores.
type ActivationParam struct {
	Name     string  // PyTorch's name: "negative_slope", "alpha", "beta", "threshold"
	Value    float64 // the activation's value
	Min, Max float64 // the valid range, both ends included
}

// SaturationFraction is the share of an activation's peak derivative below which a
// smooth activation's tail counts as saturated: |f'(z)| < SaturationFraction *
// PeakDerivative().
const SaturationFraction = 0.1

// The registry: every activation's block registers one value with PyTorch's default
// parameters.
var registry []registered

type registered struct {
	act  Activation
	rank int // its place in the lesson's menu, or more
}

// more ranks an activation after the lesson's six, in alphabetical order of Label.
const more = 0

// register adds a to the menus at rank (1 to 6 for the lesson's six, more for the rest).
func register(a Activation, rank int) { registry = append(registry, registered{a, rank}) }

// Activations returns one of each activation with PyTorch's default parameters, in
// menu order: CommonActivations, then MoreActivations.
func Activations() []Activation { return append(CommonActivations(), MoreActivations()...) }

// CommonActivations returns the lesson's six in its order: Identity, Sigmoid, Tanh,
// ReLU, LeakyReLU and ReLU6.
func CommonActivations() []Activation { return ranked(func(r int) bool { return r != more }) }

// MoreActivations returns the rest, which a menu may list under "more", by Label: ELU,
// GELU, SiLU, Softplus.
func MoreActivations() []Activation { return ranked(func(r int) bool { return r == more }) }

func ranked(keep func(rank int) bool) []Activation {
	var rs []registered
	for _, r := range registry {
		if keep(r.rank) {
			rs = append(rs, r)
		}
	}
	sort.SliceStable(rs, func(i, j int) bool {
		if rs[i].rank != rs[j].rank {
			return rs[i].rank < rs[j].rank
		}
		return rs[i].act.Label() < rs[j].act.Label()
	})
	acts := make([]Activation, len(rs))
	for i, r := range rs {
		acts[i] = r.act
	}
	return acts
}

// ActivationByName returns the activation whose Name is name, with PyTorch's default
// parameters.
func ActivationByName(name string) (Activation, error) {
	var names []string
	for _, a := range Activations() {
		if a.Name() == name {
			return a, nil
		}
		names = append(names, a.Name())
	}
	return nil, fmt.Errorf("core: unknown activation %q (want one of %s)",
		name, strings.Join(names, ", "))
}

// validActivation reports why an activation cannot be used, or nil.
func validActivation(a Activation) error {
	if a == nil {
		return errors.New("activation is nil")
	}
	for _, p := range a.Params() {
		if !(p.Value >= p.Min && p.Value <= p.Max) {
			return &ParamRangeError{Name: p.Name, Value: p.Value, Lo: p.Min, Hi: p.Max}
		}
	}
	return nil
}

// withParams checks that values has n entries, builds the activation from them and
// checks it against its ranges.
func withParams(n int, values []float64, build func() Activation) (Activation, error) {
	if len(values) != n {
		return nil, fmt.Errorf("core: %d parameter values, want %d", len(values), n)
	}
	a := build()
	if err := validActivation(a); err != nil {
		return nil, fmt.Errorf("core: %v: %w", a.Label(), err)
	}
	return a, nil
}

// label writes a class and its parameter values: "ELU(0.5)".
func label(class string, values ...float64) string {
	s := make([]string, len(values))
	for i, v := range values {
		s[i] = num(v)
	}
	return class + "(" + strings.Join(s, ", ") + ")"
}

// num writes v in its shortest form: 0.01, 1, 20.
func num(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }

// plane is the z range of most figures: Playground's input plane.
func planeRange() (lo, hi float64) { return -6, 6 }

// tail is the region of a smooth activation's tails: saturated where |d| is below
// SaturationFraction of the peak, active elsewhere.
func tail(d, peak float64) Region {
	if math.Abs(d) < SaturationFraction*peak {
		return Saturated
	}
	return Active
}

// sigmoid is PyTorch's 1/(1+exp(-z)); exp overflows to +Inf for z < -709 and the
// result is then exactly 0, never NaN.
func sigmoid(z float64) float64 { return 1 / (1 + exp(-z)) }
