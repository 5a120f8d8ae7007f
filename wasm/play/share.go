package play

import (
	"encoding/base64"
	"encoding/binary"
	"fmt"
	"math"
	"strconv"
	"strings"

	"nnplay/core"
)

// Setup is everything a shared link carries: the data, the network's shape and
// activations, the training rule, the page's toggles and lesson and, when the learner
// asks for them, the weights. Hash writes it as a URL fragment; ParseHash reads one
// back, exactly.
type Setup struct {
	Data    DataConfig
	Problem Problem
	// Features are the network's inputs: one or more, in Playground's order (that of
	// core.AllFeatures), each once.
	Features []core.Feature
	// Hidden holds the units of each hidden layer: 0 to core.MaxHiddenLayers layers of
	// 1 to core.MaxUnits units. The output is one unit.
	Hidden []int
	// Acts and Bias hold, for each Linear layer (the hidden layers', then the
	// output's), its activation (nil for none) and whether it has a bias.
	Acts []core.Activation
	Bias []bool
	// InitSeed seeds the weights the page draws when the link carries none.
	InitSeed  uint64
	LR        float64 // the learning rate, above 0 and at most 10
	BatchSize int     // 1 to MaxBatch
	Loss      core.Loss
	Reg       Regularization
	RegRate   float64 // one of RegularizationRates, kept when Reg is RegNone
	// Discretize shows the output as two classes; ShowTest draws the test points.
	Discretize, ShowTest bool
	// Lang is the language the link opens the page in for this visit ("en" or "ko"),
	// without making it the learner's choice; "" leaves the page's language as it is.
	Lang string
	// Lesson is the lesson the page opens, 1 to MaxLesson, or 0 for free play; Part its
	// part, from 0 (the link's "part" counts from 1, as the lesson's buttons do).
	Lesson, Part int
	// Weights holds every parameter in PyTorch's order (see WeightsOf), or is nil when
	// the link carries no weights.
	Weights []float64
}

// Problem is Playground's problem type: it decides which data sets the menu offers and
// how the output is shown.
type Problem int

const (
	// Classification: labels -1 and +1, on circle, xor, gauss and spiral.
	Classification Problem = iota
	// Regression: real labels, on plane and multi_gauss.
	Regression
)

var problemNames = [...]string{"classification", "regression"}

// String returns "classification" or "regression".
func (p Problem) String() string { return name(problemNames[:], int(p), "Problem") }

// Datasets lists the data sets of the problem, in menu order.
func (p Problem) Datasets() []core.DatasetKind {
	var ks []core.DatasetKind
	for _, k := range core.DatasetKinds() {
		if k.Regression() == (p == Regression) {
			ks = append(ks, k)
		}
	}
	return ks
}

// Regularization is Playground's regularization menu: none, L1 or L2.
type Regularization int

const (
	RegNone Regularization = iota
	RegL1
	RegL2
)

var regNames = [...]string{"none", "l1", "l2"}

// String returns "none", "l1" or "l2".
func (r Regularization) String() string { return name(regNames[:], int(r), "Regularization") }

// Rates returns the L1 and L2 rates of core.SGD for regularization r at rate.
func (r Regularization) Rates(rate float64) (l1, l2 float64) {
	switch r {
	case RegL1:
		return rate, 0
	case RegL2:
		return 0, rate
	}
	return 0, 0
}

// RegularizationRates is Playground's menu of regularization rates.
var RegularizationRates = []float64{0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10}

// MaxLesson is the number of the tutorial's last lesson.
const MaxLesson = 6

func name(names []string, i int, kind string) string {
	if i < 0 || i >= len(names) {
		return fmt.Sprintf("%s(%d)", kind, i)
	}
	return names[i]
}

// DefaultSetup is the page as it opens: NewSession's data, network and training rule,
// no regularization, both toggles off, free play, no weights (they are drawn from
// InitSeed).
func DefaultSetup() Setup {
	return Setup{
		Data:      DataConfig{Kind: core.Circle, TrainPct: 50, Seed: 1},
		Features:  []core.Feature{core.X1, core.X2},
		Hidden:    []int{4, 2},
		Acts:      []core.Activation{core.Tanh{}, core.Tanh{}, core.Tanh{}},
		Bias:      []bool{true, true, true},
		InitSeed:  1,
		LR:        0.03,
		BatchSize: 10,
		Loss:      core.HalfMSELoss{},
	}
}

// featureKeys are the features' names in a link, in core.AllFeatures' order: core's
// names ("x1^2", "sin(x1)") would need escapes.
var featureKeys = [...]string{"x1", "x2", "x1sq", "x2sq", "x1x2", "sinx1", "sinx2"}

// Hash writes s as a URL fragment, without the '#':
//
//	data=circle&noise=0&train=50&seed=1&problem=classification&features=x1,x2&
//	layers=4,2&acts=tanh,tanh,tanh&bias=1,1,1&init=1&lr=0.03&batch=10&loss=half_mse&
//	reg=none&rate=0&discretize=0&showtest=0&lang=en&lesson=0
//
// (on one line; lang only when s names a language; "&part=N" after the lesson from its
// second part on, counted from 1), then "&weights=" and the weights
// when s has them: each float64's eight bytes, little-endian, in base64url without
// padding. Numbers are shortest round-trip decimals; an activation with parameters is
// written with them, as "leaky_relu:0.01" or "softplus:1:20", and "none" stands for no
// activation. Hash writes whatever s holds; Check says whether ParseHash will take it.
func (s Setup) Hash() string {
	var b strings.Builder
	field := func(key, value string) {
		if b.Len() > 0 {
			b.WriteByte('&')
		}
		b.WriteString(key + "=" + value)
	}
	field("data", s.Data.Kind.String())
	field("noise", decimal(s.Data.Noise))
	field("train", decimal(s.Data.TrainPct))
	field("seed", strconv.FormatUint(s.Data.Seed, 10))
	field("problem", s.Problem.String())
	field("features", list(s.Features, func(f core.Feature) string {
		return name(featureKeys[:], int(f), "Feature")
	}))
	field("layers", list(s.Hidden, strconv.Itoa))
	field("acts", list(s.Acts, actText))
	field("bias", list(s.Bias, flag))
	field("init", strconv.FormatUint(s.InitSeed, 10))
	field("lr", decimal(s.LR))
	field("batch", strconv.Itoa(s.BatchSize))
	loss := ""
	if s.Loss != nil {
		loss = s.Loss.Name()
	}
	field("loss", loss)
	field("reg", s.Reg.String())
	field("rate", decimal(s.RegRate))
	field("discretize", flag(s.Discretize))
	field("showtest", flag(s.ShowTest))
	if s.Lang != "" {
		field("lang", s.Lang)
	}
	field("lesson", strconv.Itoa(s.Lesson))
	if s.Part > 0 {
		field("part", strconv.Itoa(s.Part+1))
	}
	if s.Weights != nil {
		raw := make([]byte, 8*len(s.Weights))
		for i, w := range s.Weights {
			binary.LittleEndian.PutUint64(raw[8*i:], math.Float64bits(w))
		}
		field("weights", base64.RawURLEncoding.EncodeToString(raw))
	}
	return b.String()
}

func flag(on bool) string {
	if on {
		return "1"
	}
	return "0"
}

func decimal(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }

func list[T any](vs []T, text func(T) string) string {
	s := make([]string, len(vs))
	for i, v := range vs {
		s[i] = text(v)
	}
	return strings.Join(s, ",")
}

// actText writes an activation as a link holds it: its name, then its parameters.
func actText(a core.Activation) string {
	if a == nil {
		return "none"
	}
	s := a.Name()
	for _, p := range a.Params() {
		s += ":" + decimal(p.Value)
	}
	return s
}

// Check returns what ParseHash would refuse in s's link, or nil when s can be shared
// as it is.
func (s Setup) Check() []HashError {
	_, errs := ParseHash(s.Hash())
	return errs
}

// Sizes returns the network's unit count per level, inputs first: [2 4 2 1] by default.
func (s Setup) Sizes() []int {
	return append(append([]int{len(s.Features)}, s.Hidden...), 1)
}

// WeightCount is the number of parameters of s's network: what Weights holds.
func (s Setup) WeightCount() int {
	sizes, n := s.Sizes(), 0
	for l := 1; l < len(sizes); l++ {
		n += sizes[l-1] * sizes[l]
		if l-1 < len(s.Bias) && s.Bias[l-1] {
			n += sizes[l]
		}
	}
	return n
}

// Network builds s's network: Linear layers of s.Sizes() with s's bias switches and
// activations, holding s.Weights or, without them, the weights the page draws from
// InitSeed (Playground's init, as NewSession and Reset draw them). s must be valid, as
// ParseHash's setups are (see Check); Network panics otherwise.
func (s Setup) Network() *core.Sequential {
	net := core.MLP(s.Sizes(), nil, nil, core.InitPlayground, s.InitSeed)
	for l := range net.Layers {
		net.Layers[l].Act = s.Acts[l]
		net.Layers[l].Linear.SetBias(s.Bias[l])
	}
	if s.Weights != nil {
		if len(s.Weights) != s.WeightCount() {
			panic(fmt.Sprintf("play: %d weights for a network of %d", len(s.Weights), s.WeightCount()))
		}
		k := 0
		for _, p := range net.Parameters() {
			k += copy(p.Value, s.Weights[k:])
		}
	}
	return net
}

// WeightsOf returns every weight and bias of net in PyTorch's order (Parameters: each
// layer's weight row by row, then its bias), as a Setup's Weights holds them.
func WeightsOf(net *core.Sequential) []float64 {
	var ws []float64
	for _, p := range net.Parameters() {
		ws = append(ws, p.Value...)
	}
	return ws
}
