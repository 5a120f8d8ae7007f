package core

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Init is a named way to fill a Linear layer's weight and bias. Random inits draw every
// weight row by row, then the bias, from the RNG they are given, so one seed gives one
// network on every platform.
type Init struct {
	kind  initKind
	value float64 // for constant(v)
}

type initKind int

const (
	initPyTorch initKind = iota
	initPlayground
	initXavierUniform
	initKaimingUniform
	initKaimingNormal
	initZeros
	initConstant
)

var initNames = [...]string{
	"pytorch", "playground", "xavier_uniform", "kaiming_uniform", "kaiming_normal", "zeros",
	"constant",
}

var (
	// InitPyTorch is nn.Linear's default: weight and bias uniform in
	// [-1/sqrt(in), 1/sqrt(in)).
	InitPyTorch = Init{kind: initPyTorch}
	// InitPlayground is TensorFlow Playground's: weights uniform in [-0.5, 0.5),
	// biases 0.1.
	InitPlayground = Init{kind: initPlayground}
	// InitXavierUniform is nn.init.xavier_uniform_ (gain 1): weights uniform in
	// [-a, a) with a = sqrt(6/(in+out)); biases 0.
	InitXavierUniform = Init{kind: initXavierUniform}
	// InitKaimingUniform is nn.init.kaiming_uniform_ with PyTorch's defaults (a = 0,
	// fan_in, gain sqrt(2)): weights uniform in [-b, b) with b = sqrt(6/in); biases 0.
	InitKaimingUniform = Init{kind: initKaimingUniform}
	// InitKaimingNormal is nn.init.kaiming_normal_ with PyTorch's defaults: weights
	// normal with mean 0 and standard deviation sqrt(2/in); biases 0.
	InitKaimingNormal = Init{kind: initKaimingNormal}
	// InitZeros sets every weight and bias to 0.
	InitZeros = Init{kind: initZeros}
)

// InitConstant sets every weight and bias to v.
func InitConstant(v float64) Init { return Init{kind: initConstant, value: v} }

// Inits lists the named inits a menu offers (constant with v = 0.1).
func Inits() []Init {
	return []Init{InitPyTorch, InitPlayground, InitXavierUniform, InitKaimingUniform,
		InitKaimingNormal, InitZeros, InitConstant(0.1)}
}

// String returns the init's name as ParseInit reads it: "pytorch", "playground",
// "xavier_uniform", "kaiming_uniform", "kaiming_normal", "zeros" or "constant(v)".
func (in Init) String() string {
	if in.kind == initConstant {
		return "constant(" + strconv.FormatFloat(in.value, 'g', -1, 64) + ")"
	}
	return initNames[in.kind]
}

// ParseInit reads an init's name as String writes it.
func ParseInit(s string) (Init, error) {
	s = strings.TrimSpace(s)
	if v, ok := strings.CutPrefix(s, "constant("); ok {
		v, ok = strings.CutSuffix(v, ")")
		f, err := ParseDecimal(v)
		if !ok || err != nil {
			return Init{}, fmt.Errorf("core: init %q: want constant(v) with a finite number v", s)
		}
		return InitConstant(f), nil
	}
	for k, name := range initNames {
		if name == s && initKind(k) != initConstant {
			return Init{kind: initKind(k)}, nil
		}
	}
	return Init{}, fmt.Errorf("core: unknown init %q (want %s or constant(v))",
		s, strings.Join(initNames[:initConstant], ", "))
}

// Apply refills l's weight and bias, drawing from rng.
func (in Init) Apply(l *Linear, rng *RNG) { in.apply(l, rng) }

func (in Init) apply(l *Linear, rng *RNG) {
	fanIn, fanOut := float64(l.In), float64(l.Out)
	uniform := func(bound float64) func() float64 {
		return func() float64 { return rng.Uniform(-bound, bound) }
	}
	constant := func(v float64) func() float64 { return func() float64 { return v } }
	var weight, bias func() float64
	switch in.kind {
	case initPyTorch:
		weight = uniform(1 / math.Sqrt(fanIn))
		bias = weight
	case initPlayground:
		weight, bias = uniform(0.5), constant(0.1)
	case initXavierUniform:
		weight, bias = uniform(math.Sqrt(6/(fanIn+fanOut))), constant(0)
	case initKaimingUniform:
		weight, bias = uniform(math.Sqrt(6/fanIn)), constant(0)
	case initKaimingNormal:
		std := math.Sqrt(2 / fanIn)
		weight = func() float64 { return rng.Normal(0, std) }
		bias = constant(0)
	case initZeros:
		weight, bias = constant(0), constant(0)
	case initConstant:
		weight, bias = constant(in.value), constant(in.value)
	}
	for i := range l.w {
		l.w[i] = weight()
	}
	for i := range l.Bias {
		l.Bias[i] = bias()
	}
}
