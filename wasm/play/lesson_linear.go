package play

import (
	"fmt"
	"math"
	"strings"

	"nnplay/core"
)

// Lesson 1: the linear layer, Y = Wx + b. The tutorial's nn.Linear(10, 5): a weight of
// 5 x 10 drawn as a matrix, its bias, an input x of 10 numbers and the output Y, and
// Inspect printing the layer as PyTorch 1.13 does.

func linearLessonDef() *lesson {
	return &lesson{
		Title: LinearTitle,
		Body:  []Msg{LinearBody1, LinearBody2},
		Tasks: []task{
			{Text: LinearTaskSum, Done: func(m *Session) bool { return m.Lesson.Linear.sumRow() >= 0 }},
			{Text: LinearTaskNoBias, Done: func(m *Session) bool {
				return !m.Lesson.Linear.Layer.HasBias()
			}},
		},
		scene:    func(int) *Session { return NewSession() },
		views:    boardOnly,
		sections: func(int) []string { return []string{"inspect"} },
		state:    func(_ *Session, l *LessonState) { l.Linear = newLinearLesson() },
		fields:   linearFields,
		buttons: []Control{{ID: "lesson-zero-row", Event: "click",
			Command: always(ZeroLinearRow{Row: -1})}},
		snapshot: linearSnapshot,
		board: func(s *Scene, m *Session, _ stepState) {
			s.linearBoard(m, m.Lesson.Linear)
		},
		pointer: linearPointer,
	}
}

// linearSeed seeds the layer's weights, drawn as nn.Linear draws them.
const linearSeed = 10

// LinearX is the lesson's input x: easy to add up by eye.
var LinearX = []float64{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}

// linearLesson is lesson 1's layer and what the learner picked: output row Row, input
// Col (-1 for none), and the cell the pointer rests on.
type linearLesson struct {
	Layer    *core.Linear
	Row, Col int
	Hover    Cell
	stash    []float64 // the bias while it is off
}

// Cell names a cell of lesson 1's board: W[Row][Col], x[Col], b[Row] or Y[Row].
type Cell struct {
	On   bool
	Kind CellKind
	Row  int
	Col  int
}

// CellKind is which block of lesson 1's board a Cell is in.
type CellKind int

const (
	CellW CellKind = iota
	CellX
	CellB
	CellY
)

// newLinearLesson returns nn.Linear(10, 5, bias=True) with PyTorch's init, its values
// rounded to float32 as a PyTorch layer holds them.
func newLinearLesson() *linearLesson {
	lin := core.NewLinear(10, 5, true, core.NewRNG(linearSeed))
	for i, row := range lin.Weight {
		for j, w := range row {
			lin.Weight[i][j] = float64(float32(w))
		}
		lin.Bias[i] = float64(float32(lin.Bias[i]))
	}
	return &linearLesson{Layer: lin, Col: -1}
}

// Y returns the layer's output for LinearX.
func (l *linearLesson) Y() []float64 { return l.Layer.Forward(LinearX, make([]float64, 5)) }

// sumRow returns a row whose output is the sum of two inputs (weights 1 at two of them
// and 0 elsewhere, its bias 0 or none), or -1.
func (l *linearLesson) sumRow() int {
	for i, row := range l.Layer.Weight {
		ones, zeros := 0, 0
		for _, w := range row {
			switch w {
			case 1:
				ones++
			case 0:
				zeros++
			}
		}
		if ones == 2 && zeros == len(row)-2 && (!l.Layer.HasBias() || l.Layer.Bias[i] == 0) {
			return i
		}
	}
	return -1
}

// Commands of lesson 1's layer.
type (
	// SetLinearWeight sets W[Row][Col].
	SetLinearWeight struct {
		Row, Col int
		Value    float64
	}
	// SetLinearBias sets b[Row].
	SetLinearBias struct {
		Row   int
		Value float64
	}
	// SetLinearBiasOn turns the bias on or off (bias=True or False), keeping its values.
	SetLinearBiasOn struct{ On bool }
	// PickCell picks output row Row and, when Col >= 0, input Col: the panel then
	// shows that row's weights.
	PickCell struct{ Row, Col int }
	// ZeroLinearRow sets row Row of W, and its bias, to 0; the picked row when Row is
	// negative.
	ZeroLinearRow struct{ Row int }
	// HoverCell rests the pointer on a cell of the board, or on none.
	HoverCell struct{ Cell Cell }
)

func (HoverCell) looksOnly() {}

// linear returns lesson 1's layer, or says it is not open.
func (m *Session) linearLesson() (*linearLesson, error) {
	l, err := m.lessonIs(lessonLinear)
	if err != nil {
		return nil, err
	}
	return l.Linear, nil
}

// cell checks that row (and col, when col >= 0) name a weight of the layer.
func (l *linearLesson) cell(row, col int) error {
	if row < 0 || row >= l.Layer.Out || col < -1 || col >= l.Layer.In {
		return NoSuchWeight.With(1, row, col)
	}
	return nil
}

func (c SetLinearWeight) apply(m *Session) error {
	l, err := m.linearLesson()
	if err == nil && c.Col < 0 {
		err = NoSuchWeight.With(1, c.Row, c.Col)
	}
	if err == nil {
		err = l.cell(c.Row, c.Col)
	}
	if err == nil {
		err = checkValue(AWeight, c.Value, ParamLimit)
	}
	if err != nil {
		return err
	}
	l.Layer.Weight[c.Row][c.Col] = c.Value
	return nil
}

func (c SetLinearBias) apply(m *Session) error {
	l, err := m.linearLesson()
	if err == nil {
		err = l.cell(c.Row, -1)
	}
	if err == nil && !l.Layer.HasBias() {
		err = NoBiasInLayer.With(1)
	}
	if err == nil {
		err = checkValue(ABias, c.Value, ParamLimit)
	}
	if err != nil {
		return err
	}
	l.Layer.Bias[c.Row] = c.Value
	return nil
}

func (c SetLinearBiasOn) apply(m *Session) error {
	l, err := m.linearLesson()
	if err != nil || l.Layer.HasBias() == c.On {
		return err
	}
	if c.On {
		l.Layer.SetBias(true)
		copy(l.Layer.Bias, l.stash)
	} else {
		l.stash = append(l.stash[:0], l.Layer.Bias...)
		l.Layer.SetBias(false)
	}
	return nil
}

func (c PickCell) apply(m *Session) error {
	l, err := m.linearLesson()
	if err == nil {
		err = l.cell(c.Row, c.Col)
	}
	if err != nil {
		return err
	}
	l.Row, l.Col = c.Row, c.Col
	return nil
}

func (c ZeroLinearRow) apply(m *Session) error {
	l, err := m.linearLesson()
	if err == nil && c.Row < 0 {
		c.Row = l.Row
	}
	if err == nil {
		err = l.cell(c.Row, -1)
	}
	if err != nil {
		return err
	}
	clear(l.Layer.Weight[c.Row])
	if l.Layer.HasBias() {
		l.Layer.Bias[c.Row] = 0
	}
	return nil
}

func (c HoverCell) apply(m *Session) error {
	l, err := m.linearLesson()
	if err != nil {
		return err
	}
	l.Hover = c.Cell
	return nil
}

// linearInspect prints lesson 1's layer as a Python session with PyTorch 1.13 would:
// print(layer), its weight, the weight's shape and its bias (None with bias=False).
// PyTorch holds float32: the values are printed as float32 holds them.
func linearInspect(l *linearLesson) string {
	lin := l.Layer
	w := make([][]float64, lin.Out)
	for i, row := range lin.Weight {
		w[i] = make([]float64, lin.In)
		for j, v := range row {
			w[i][j] = float64(float32(v))
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, ">>> print(layer)\n%v\n>>> print(layer.weight)\n%s\n", lin,
		core.FormatParameter(w))
	fmt.Fprintf(&b, ">>> print(layer.weight.shape)\ntorch.Size([%d, %d])\n>>> print(layer.bias)\n",
		lin.Out, lin.In)
	if !lin.HasBias() {
		b.WriteString("None")
		return b.String()
	}
	bias := make([]float64, lin.Out)
	for i, v := range lin.Bias {
		bias[i] = float64(float32(v))
	}
	b.WriteString(core.FormatParameterVector(bias))
	return b.String()
}

// rowScale is the largest |v| of vs, for colouring a block of cells; 1 when all are 0.
func rowScale(vs ...[]float64) float64 {
	top := 0.0
	for _, v := range vs {
		top = math.Max(top, maxAbs(v))
	}
	if !(top > 0) || !core.IsFinite(top) {
		return 1
	}
	return top
}
