package play

import (
	"math"

	"nnplay/core"
)

// Lesson 4: sigmoid saturates and the gradient vanishes. The deep sigmoid stack (the
// preset), the chain rule along its backward pass at one training point, layer by
// layer, and the gradient bars; then the same stack with Tanh or ReLU.

func vanishLessonDef() *lesson {
	return &lesson{
		Title: VanishTitle,
		Body:  []Msg{VanishBody1, VanishBody2},
		Tasks: []task{{Text: VanishTaskSaturate, Done: vanishSaturated},
			{Text: VanishTaskLevel, Done: vanishLevel}},
		scene: func(int) *Session {
			m := NewSession()
			p := Presets()[2] // the deep sigmoid stack
			m.useNetwork(core.MLP(p.Sizes, p.Hidden, p.Output, core.InitPlayground, m.InitSeed),
				m.Features, ChangedNetwork)
			p1 := m.Train[m.NearestTrain()] // the pass the board and Step show
			m.Input = [2]float64{p1.X1, p1.X2}
			return m
		},
		views: func(int) lessonViews {
			return lessonViews{network: true, column: []Pane{PaneActivation, PaneLesson},
				main: PaneNetwork}
		},
		sections: func(int) []string {
			return []string{"train", "network", "unit", "input", "inspect"}
		},
		state: func(_ *Session, l *LessonState) { l.Vanish = &vanishLesson{} },
		fields: func(m *Session) []Field {
			return []Field{hiddenMenu(m, core.Sigmoid{}, core.Tanh{}, core.ReLU{})}
		},
		board: (*Scene).vanishBoard,
	}
}

// vanishSaturated: the selected unit is a sigmoid unit saturated at the input point, as
// its badge says (core.RegionOf: f'(z) below a tenth of its peak, 0.025).
func vanishSaturated(m *Session) bool {
	u := m.Selected
	if u.Level == 0 {
		return false
	}
	act := m.Layer(u.Level - 1).Activation()
	if _, ok := act.(core.Sigmoid); !ok {
		return false
	}
	z := m.Forward().Layers[u.Level-1].Z[u.Index]
	return core.RegionOf(act, z) == core.Saturated
}

// levelRatio is how far the gradient bars may spread, largest over smallest, and still
// be level: the sigmoid stack spreads over four orders of magnitude, Tanh and ReLU
// within one.
const levelRatio = 100

// vanishLevel: no hidden layer is a sigmoid and the layers' gradients are within
// levelRatio of each other.
func vanishLevel(m *Session) bool {
	for _, l := range m.Net.Layers[:len(m.Net.Layers)-1] {
		if _, ok := l.Activation().(core.Sigmoid); ok {
			return false
		}
	}
	lo, hi := math.Inf(1), 0.0
	for _, l := range m.Diag.Layers {
		lo, hi = math.Min(lo, l.GradNorm), math.Max(hi, l.GradNorm)
	}
	return lo > 0 && hi/lo < levelRatio
}

// hiddenBound names the bound of f' of the hidden layers' activation, the factor each
// of them can multiply dL/dz by at most: false when they mix activations or theirs has
// no bound the board names.
func hiddenBound(m *Session) (Msg, bool) {
	var b Msg = -1
	for _, l := range m.Net.Layers[:len(m.Net.Layers)-1] {
		var lb Msg
		switch l.Activation().(type) {
		case core.Sigmoid:
			lb = VanishBoundSigmoid
		case core.Tanh:
			lb = VanishBoundTanh
		case core.ReLU:
			lb = VanishBoundReLU
		default:
			return 0, false
		}
		if b >= 0 && lb != b {
			return 0, false
		}
		b = lb
	}
	return b, b >= 0
}

// vanishLesson keeps the chain rule along the backward pass, computed once per change.
type vanishLesson struct {
	gen, sample int
	rec         *StepRecord
	chain       Chain
}

// Chain is the backward pass at one training point, layer by layer from the output:
// what lesson 4's board shows.
type Chain struct {
	// Sample is the training point's index; Trace its pass, forward and backward.
	Sample int
	Trace  *core.Trace
	// Rows has one entry per Linear layer, the output's last.
	Rows []ChainRow
}

// ChainRow is one layer of a Chain, as sizes over its units (norms): dL/da, which is
// Wᵀ of the layer above times its dL/dz (dL/dy at the output), and dL/dz = f′(z) × dL/da.
// W and F are the factors from one row to the next, |dL/da| over the layer above's
// |dL/dz| and |dL/dz| over |dL/da|, so that DZ is the row above's DZ × W × F: F is the
// layer's f′(z) weighted by dL/da, at most its largest f′(z). W is NaN at the output
// and where the layer above's dL/dz is 0, F where dL/da is.
type ChainRow struct {
	DA, DZ, W, F float64
}

// chainOf returns the backward pass that lesson 4's board shows: the Step's when one
// is shown, else the pass of the training point nearest the input point, run on a copy
// of the network so that training's gradients are untouched.
func chainOf(m *Session, st stepState) Chain {
	v := m.Lesson.Vanish
	sample := m.NearestTrain()
	if st.rec != nil {
		sample = st.rec.Sample
	}
	if v.gen == m.gen && v.sample == sample && v.rec == st.rec && v.chain.Trace != nil {
		return v.chain
	}
	tr := (*core.Trace)(nil)
	if st.rec != nil {
		tr = st.rec.Trace
	} else {
		net := m.Net.Clone()
		tr = core.NewTrace(net)
		net.AccumulateSample(tr, m.XTrain[sample], m.TTrain[sample], m.Loss, 1)
	}
	c := Chain{Sample: sample, Trace: tr}
	for _, lt := range tr.Layers {
		c.Rows = append(c.Rows, ChainRow{DA: normOf(lt.DA), DZ: normOf(lt.DZ), W: math.NaN()})
	}
	for l := range c.Rows {
		r := &c.Rows[l]
		r.F = factorOf(r.DZ, r.DA)
		if l+1 < len(c.Rows) {
			r.W = factorOf(r.DA, c.Rows[l+1].DZ)
		}
	}
	v.gen, v.sample, v.rec, v.chain = m.gen, sample, st.rec, c
	return c
}

// normOf is the Euclidean norm of v.
func normOf(v []float64) float64 {
	n := 0.0
	for _, x := range v {
		n += x * x
	}
	return math.Sqrt(n)
}

// factorOf is a/b, NaN where b is 0.
func factorOf(a, b float64) float64 {
	if b == 0 {
		return math.NaN()
	}
	return a / b
}
