package play

import (
	"math"

	"nnplay/core"
)

// Lesson 2: stacked linear layers collapse. Part 1 is the tutorial's block x ->
// Linear(1, 1) -> Linear(1, 1) without bias, part 2 the same with biases, part 3
// Playground's 2-4-2-1 with identity activations. The one layer each equals comes from
// core.Collapse.

func collapseLessonDef() *lesson {
	return &lesson{
		Title: CollapseTitle,
		Body:  []Msg{CollapseBody1, CollapseBody2},
		Parts: []Msg{CollapsePart1, CollapsePart2, CollapsePart3},
		Tasks: []task{
			{Text: CollapseTaskSix, Done: collapseSixDone, Parts: block},
			{Text: CollapseTaskGap, Done: collapseParted, Parts: block},
			{Text: CollapseTaskBend, Done: collapseParted, Parts: []int{2}},
		},
		scene: collapseScene,
		views: func(part int) lessonViews {
			if part < 2 {
				return boardOnly(part)
			}
			return lessonViews{network: true, column: []Pane{PanePlane, PaneLesson},
				main: PaneLesson}
		},
		sections: func(part int) []string {
			if part < 2 {
				return []string{"inspect"}
			}
			return []string{"network", "unit", "inspect"}
		},
		fields:   collapseFields,
		snapshot: collapseSnapshot,
		board:    func(s *Scene, m *Session, _ stepState) { s.collapseBoard(m) },
	}
}

// collapseScene builds part 0 or 1 (the block of two Linear(1, 1), W1 = 1 and
// W2 = 0.5, with biases in part 1) or part 2 (Playground's 2-4-2-1, no activations).
func collapseScene(part int) *Session {
	m := NewSession()
	if part == 2 {
		// Xavier's init: weights large enough that the boundary shows on the plane.
		m.useNetwork(core.MLP([]int{2, 4, 2, 1}, core.Identity{}, core.Identity{},
			core.InitXavierUniform, m.InitSeed), m.Features, ChangedNetwork)
		return m
	}
	net := core.MLP([]int{1, 1, 1}, core.Identity{}, core.Identity{}, core.InitPlayground, 1)
	net.Layers[0].Linear.Weight[0][0], net.Layers[1].Linear.Weight[0][0] = 1, 0.5
	for l, b := range []float64{0.5, -1} {
		net.Layers[l].Linear.SetBias(part == 1)
		if part == 1 {
			net.Layers[l].Linear.Bias[0] = b
		}
	}
	m.useNetwork(net, []core.Feature{core.X1}, ChangedNetwork)
	return m
}

// collapseSixDone: W1 = 2 and W2 = 3 in the block, and the one layer core.Collapse
// makes of it has W = 6. A block of one layer (its parts show no layer controls, but a
// command can still remove one) has no W2.
// block are the parts of the lesson whose network is the block of two Linear(1, 1).
var block = []int{0, 1}

// collapseParted reports whether an activation between the layers keeps the network
// from folding into one layer: a gap between it and the fold of its Linear layers.
func collapseParted(m *Session) bool {
	c := collapseOf(m)
	return c.Layers > 1 && c.Gap > 0.01
}

func collapseSixDone(m *Session) bool {
	if m.Lesson.Part > 1 || len(m.Net.Layers) < 2 {
		return false
	}
	c := collapseOf(m)
	w1, w2 := m.Net.Layers[0].Linear.Weight[0][0], m.Net.Layers[1].Linear.Weight[0][0]
	return c.Layers == 1 && w1 == 2 && w2 == 3 && c.One.Weight[0][0] == 6
}

// Collapsed is what lesson 2's board shows of the network: the one Linear layer it
// equals and how far the network is from it.
type Collapsed struct {
	// Layers is how many layers core.Collapse leaves: 1 while nothing but identities
	// stands between the Linear layers.
	Layers int
	// One is core.Collapse's one layer when Layers is 1; otherwise the fold of the
	// Linear layers alone (core.FoldLinear), which the network no longer equals.
	One *core.Linear
	// Gap is the largest |network - One| over x in [-6, 6] (parts 1 and 2) or over the
	// plane (part 3).
	Gap float64
}

// collapseOf folds m's network into one layer.
func collapseOf(m *Session) Collapsed {
	c := core.Collapse(m.Net)
	out := Collapsed{Layers: len(c.Layers)}
	if len(c.Layers) == 1 {
		out.One = c.Layers[0].Linear
	} else {
		out.One = m.Net.Layers[0].Linear
		for _, l := range m.Net.Layers[1:] {
			out.One = core.FoldLinear(out.One, l.Linear)
		}
	}
	tr := core.NewTrace(m.Net)
	x, y := make([]float64, len(m.Features)), make([]float64, 1)
	const n = 24
	for i := 0; i <= n; i++ {
		for j := 0; j <= n; j++ {
			x1, x2 := -InputLimit+2*InputLimit*float64(i)/n, -InputLimit+2*InputLimit*float64(j)/n
			if len(m.Features) == 1 && j > 0 {
				break // the block reads x1 only
			}
			core.EvalFeatures(m.Features, x1, x2, x)
			net := m.Net.Forward(tr, x)[0]
			out.Gap = math.Max(out.Gap, math.Abs(net-out.One.Forward(x, y)[0]))
		}
	}
	return out
}

// SetHiddenActivation sets the activation of every hidden layer: the lessons' one menu
// for the whole stack.
type SetHiddenActivation struct{ Act core.Activation }

func (c SetHiddenActivation) apply(m *Session) error {
	if len(m.Net.Layers) < 2 {
		return NoSuchLayer.With(2)
	}
	for l := range m.Net.Layers[:len(m.Net.Layers)-1] {
		if err := (SetActivation{Layer: l, Act: c.Act}).apply(m); err != nil {
			return err
		}
	}
	return nil
}

// hiddenActivation returns the hidden layers' activation's name, or "" when they
// differ.
func hiddenActivation(m *Session) string {
	name := ""
	for l, layer := range m.Net.Layers[:len(m.Net.Layers)-1] {
		n := layer.Activation().Name()
		if l > 0 && n != name {
			return ""
		}
		name = n
	}
	return name
}
