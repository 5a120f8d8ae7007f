package play

import (
	"math"

	"nnplay/core"
)

// Lesson 6: dying ReLU. A ReLU network trained on XOR at a learning rate far too high:
// its large steps push some units below 0 on every training point, where no gradient
// reaches them again. The learner brings training back.

func dyingLessonDef() *lesson {
	return &lesson{
		Title: DyingTitle,
		Body:  []Msg{DyingBody1, DyingBody2},
		Tasks: []task{{Text: DyingTask, Done: dyingRevived}},
		scene: dyingScene,
		views: func(int) lessonViews {
			return lessonViews{network: true,
				column: []Pane{PanePlane, PaneActivation, PaneLesson}, main: PaneNetwork}
		},
		sections: func(int) []string { return []string{"train", "network", "unit", "inspect"} },
		state:    func(s *Session, l *LessonState) { l.Dying = newDyingLesson(s) },
		fields: func(m *Session) []Field {
			return []Field{hiddenMenu(m, core.ReLU{}, core.DefaultLeakyReLU, core.ReLU6{})}
		},
		snapshot: dyingSnapshot,
		board:    func(s *Scene, m *Session, _ stepState) { s.dyingBoard(m) },
	}
}

// Dying is lesson 6's scene: the network's sizes, the seed of its weights, its learning
// rate and how many epochs it has trained when the lesson opens. Of the first seeds, 18
// kills 7 of 18 units in those epochs with a loss that never rises past Play's check
// for a runaway (BlowUpFactor times its start), so that Reset and Play, as the lesson
// tells, come to the same scene; the page's own seed, 1, killed as many, but on the way
// its loss rose to 2.05 times its start, and Play paused at epoch 8.
var Dying = struct {
	Sizes  []int
	Seed   uint64
	LR     float64
	Epochs int
	Data   core.DatasetKind
}{Sizes: []int{2, 6, 6, 6, 1}, Seed: 18, LR: 1, Epochs: 20, Data: core.XOR}

// dyingLesson is what the scene came to: its dead hidden units, of how many, and its
// training loss.
type dyingLesson struct {
	Dead, Units int
	Loss        float64
}

// dyingScene trains the ReLU network Dying.Epochs epochs at Dying.LR, as Play would,
// and selects its first dead unit.
func dyingScene(int) *Session {
	m := NewSession()
	if err := m.Apply(SetDataKind{Kind: Dying.Data}); err != nil {
		panic(err) // a data set of Playground's
	}
	m.InitSeed = Dying.Seed // Reset draws the same weights
	m.useNetwork(core.MLP(Dying.Sizes, core.ReLU{}, core.Tanh{}, core.InitPlayground, m.InitSeed),
		m.Features, ChangedNetwork)
	m.LR = Dying.LR
	m.Trainer.Opt.LR = Dying.LR
	m.Playing = true
	m.advance(Dying.Epochs * len(m.Train))
	m.Playing = false
	m.Refresh()
	m.Selected = firstDead(m)
	return m
}

// firstDead returns the first dead hidden unit, or the first unit when none is.
func firstDead(m *Session) Unit {
	for l, ld := range m.Diag.Layers[:len(m.Diag.Layers)-1] {
		for i, dead := range ld.Dead {
			if dead {
				return Unit{Level: l + 1, Index: i}
			}
		}
	}
	return Unit{Level: 1}
}

func newDyingLesson(m *Session) *dyingLesson {
	dead, units := m.deadHidden()
	return &dyingLesson{Dead: dead, Units: units, Loss: m.View().TrainLoss}
}

// dyingRevived: after at least as many epochs as the scene had, fewer hidden units are
// dead than in the scene and the training loss is below dyingBack of the scene's:
// training came back. Fewer dead units alone are not enough: Leaky ReLU at the scene's
// rate keeps all 18 alive, but its output unit saturates on every training point, its
// gradients are about 1e-9 and the loss stays at 0.47 of the scene's 0.54; ReLU6 there
// still loses 6, loss 0.36. From rate 0.5 down, with any of the three, the loss falls
// to 0.087 or less in 20 epochs (0.01, the slowest, gives 0.087; 0.1 gives 0.0007).
func dyingRevived(m *Session) bool {
	d := m.Lesson.Dying
	dead, _ := m.deadHidden()
	if m.Epoch() < float64(Dying.Epochs) || dead >= d.Dead {
		return false
	}
	loss := m.Net.MeanLoss(m.scan, m.XTrain, m.TTrain, m.Loss)
	return loss < dyingBack*d.Loss
}

// dyingBack is the share of the scene's loss under which training has come back: 0.136
// of seed 18's 0.54, between the 0.36 the best stuck fix reaches and the 0.087 of the
// slowest rate that works.
const dyingBack = 0.25

// DeadReason is why a unit is dead, from the diagnostics and its z over the training
// points: f'(z) is 0 on every one, z lies in [ZMin, ZMax] (below 0 for a ReLU), and so
// its incoming weights get no gradient: GradNorm is the norm of their dL/dw.
type DeadReason struct {
	Dead                 bool
	Points, Passing      int // the training points, and those where f'(z) != 0
	ZMin, ZMax, GradNorm float64
	Weights              int
}

// deadReason explains unit u (Level >= 1).
func deadReason(m *Session, u Unit) DeadReason {
	l := u.Level - 1
	ld := m.Diag.Layers[l]
	act := m.Layer(l).Activation()
	lin := m.Layer(l).Linear
	r := DeadReason{Dead: ld.Dead[u.Index], Points: len(m.XTrain), Weights: lin.In,
		ZMin: math.Inf(1), ZMax: math.Inf(-1)}
	for _, z := range m.trainingZ(u, nil) {
		r.ZMin, r.ZMax = math.Min(r.ZMin, z), math.Max(r.ZMax, z)
		if act.Derivative(z) != 0 {
			r.Passing++
		}
	}
	g := 0.0
	for _, v := range ld.WeightGrad[u.Index*lin.In : (u.Index+1)*lin.In] {
		g += v * v
	}
	r.GradNorm = math.Sqrt(g)
	return r
}
