package play

import (
	"math"

	"nnplay/core"
)

// Lesson 3: the non-linear activations. One activation drawn large, f and f' over its
// range, and a z the learner drags along the axis.

func curveLessonDef() *lesson {
	return &lesson{
		Title: CurveTitle,
		Body:  []Msg{CurveBody1, CurveBody2},
		Tasks: []task{{Text: CurveTaskFlat, Done: func(m *Session) bool {
			c := m.Lesson.Curve
			_, sigmoid := c.Act.(core.Sigmoid)
			// Where the board marks it saturated (core.RegionOf): f′ < 0.025 (look15)
			return sigmoid && core.RegionOf(c.Act, c.Z) == core.Saturated
		}}},
		scene:    func(int) *Session { return NewSession() },
		views:    boardOnly,
		sections: func(int) []string { return nil },
		state:    func(_ *Session, l *LessonState) { l.Curve = newCurveLesson() },
		fields:   curveFields,
		snapshot: curveSnapshot,
		board:    func(s *Scene, m *Session, _ stepState) { s.curveBoard(m.Lesson.Curve) },
		pointer:  (*Pointer).curvePointer,
	}
}

// curveLesson is lesson 3's activation and the z the learner put on its axis.
type curveLesson struct {
	Act core.Activation
	Z   float64
}

func newCurveLesson() *curveLesson { return &curveLesson{Act: core.Sigmoid{}, Z: 1} }

// Commands of lesson 3.
type (
	// SetCurveActivation shows activation Act, keeping z within its range.
	SetCurveActivation struct{ Act core.Activation }
	// SetCurveParam sets parameter Param, in the order of core's Params, of the shown
	// activation.
	SetCurveParam struct {
		Param int
		Value float64
	}
	// SetCurveZ puts z on the axis, within the activation's range.
	SetCurveZ struct{ Z float64 }
)

func (m *Session) curveLesson() (*curveLesson, error) {
	l, err := m.lessonIs(lessonCurve)
	if err != nil {
		return nil, err
	}
	return l.Curve, nil
}

func (c SetCurveActivation) apply(m *Session) error {
	l, err := m.curveLesson()
	if err != nil {
		return err
	}
	if c.Act == nil {
		return NoActivationGiven.With()
	}
	l.Act = c.Act
	lo, hi := c.Act.Range()
	l.Z = clamp(l.Z, lo, hi)
	return nil
}

func (c SetCurveParam) apply(m *Session) error {
	l, err := m.curveLesson()
	if err != nil {
		return err
	}
	ps := l.Act.Params()
	if c.Param < 0 || c.Param >= len(ps) {
		return NoSuchParam.With(l.Act.String(), c.Param)
	}
	p := ps[c.Param]
	if !(c.Value >= p.Min && c.Value <= p.Max) {
		return ValueOutOfRange.With(p.Name, p.Min, p.Max)
	}
	values := make([]float64, len(ps))
	for i, q := range ps {
		values[i] = q.Value
	}
	values[c.Param] = c.Value
	a, err := l.Act.WithParams(values...)
	if err != nil {
		return ActivationRefused.With(l.Act.String(), err)
	}
	l.Act = a
	return nil
}

func (c SetCurveZ) apply(m *Session) error {
	l, err := m.curveLesson()
	if err != nil {
		return err
	}
	lo, hi := l.Act.Range()
	if !core.IsFinite(c.Z) || c.Z < lo || c.Z > hi {
		return ValueOutOfRange.With("z", lo, hi)
	}
	// z is a point read on the axis, to the hundredth the plot shows (Num) and the
	// slider steps: the box then holds the z the plot reads, not more digits of it.
	l.Z = math.Round(c.Z*100) / 100
	return nil
}

// curveNotes are the one line each activation's board says of it.
var curveNotes = map[string]Msg{
	"identity": CurveNoteIdentity, "sigmoid": CurveNoteSigmoid, "tanh": CurveNoteTanh,
	"relu": CurveNoteReLU, "leaky_relu": CurveNoteLeaky, "relu6": CurveNoteReLU6,
	"elu": CurveNoteELU, "gelu": CurveNoteGELU, "silu": CurveNoteSiLU, "softplus": CurveNoteSoftplus,
}
