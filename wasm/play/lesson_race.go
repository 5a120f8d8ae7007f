package play

import (
	"math"
	"slices"
	"time"

	"nnplay/core"
)

// Lesson 5: ReLU trains faster and costs less. A race run on the page: the same data
// and the same initial weights trained with Sigmoid, Tanh, ReLU and LeakyReLU side by
// side, epoch by epoch, each with core's Trainer; and the time f and f' take per call,
// measured on the learner's machine.

func raceLessonDef() *lesson {
	return &lesson{
		Title:    RaceTitle,
		Body:     []Msg{RaceBody1, RaceBody2},
		Tasks:    []task{{Text: RaceTask, Done: func(m *Session) bool { return m.Lesson.Race.Finished }}},
		scene:    func(int) *Session { return NewSession() },
		views:    boardOnly,
		sections: func(int) []string { return nil },
		state:    func(s *Session, l *LessonState) { l.Race = newRaceLesson(s) },
		buttons: []Control{{ID: "lesson-race", Event: "click", Command: always(StartRace{}),
			Show: func(m *Session) string {
				if m.Lesson.Race.Started {
					return Say(RaceAgain)
				}
				return Say(RaceStart)
			}}},
		snapshot: raceSnapshot,
		board:    func(s *Scene, m *Session, _ stepState) { s.raceBoard(m.Lesson.Race) },
		tick:     func(m *Session, until time.Time) bool { return m.Lesson.Race.tick(until) },
	}
}

// RaceConfig is how the race runs: the network's sizes (inputs first, a Tanh output
// unit as in Playground), its init seed (Playground's init), the learning rate and
// batch size, the target loss and the epochs after which a runner that has not reached
// it stops.
type RaceConfig struct {
	Sizes     []int   `json:"sizes"`
	Seed      uint64  `json:"seed"`
	LR        float64 `json:"lr"`
	Batch     int     `json:"batch"`
	Target    float64 `json:"target"`
	MaxEpochs int     `json:"max_epochs"`
}

// Race is lesson 5's race: on the circle data, Sigmoid needs a hundred epochs and more
// where ReLU needs a few.
var Race = RaceConfig{Sizes: []int{2, 6, 6, 1}, Seed: 1, LR: 0.1, Batch: 10, Target: 0.05,
	MaxEpochs: 300}

// raceReLU is ReLU's place among RaceActivations: its timings are the cost table's
// yardstick.
var raceReLU = slices.IndexFunc(RaceActivations, func(a core.Activation) bool {
	_, ok := a.(core.ReLU)
	return ok
})

// RaceActivations are the race's runners, in the order the board lists them.
var RaceActivations = []core.Activation{core.Sigmoid{}, core.Tanh{}, core.ReLU{},
	core.DefaultLeakyReLU}

// raceEpochs is how many epochs each runner trains per frame: few enough to watch.
const raceEpochs = 2

// raceLesson is the race and the cost table.
type raceLesson struct {
	Runs              []*RaceRun
	Started, Finished bool
	Cost              CostTable
	x, t              [][]float64
}

// RaceRun is one runner: its activation, its mean training loss after each epoch
// (Loss[0] before the first), and the first epoch it ended below the target (-1 while
// it has not).
type RaceRun struct {
	Act     core.Activation
	Loss    []float64
	Reached int
	net     *core.Sequential
	tr      *core.Trainer
	scan    *core.Trace
	stopped bool // training diverged
}

func newRaceLesson(m *Session) *raceLesson { return &raceLesson{x: m.XTrain, t: m.TTrain} }

// StartRace starts the race from the same initial weights, again when it has run.
type StartRace struct{}

func (StartRace) apply(m *Session) error {
	l, err := m.lessonIs(lessonRace)
	if err != nil {
		return err
	}
	r := l.Race
	r.Runs, r.Started, r.Finished = nil, true, false
	for _, act := range RaceActivations {
		net := core.MLP(Race.Sizes, act, core.Tanh{}, core.InitPlayground, Race.Seed)
		run := &RaceRun{Act: act, Reached: -1, net: net, scan: core.NewTrace(net),
			tr: &core.Trainer{Net: net, Loss: core.HalfMSELoss{}, BatchSize: Race.Batch,
				Opt: core.NewSGD(net.Parameters(), Race.LR), X: r.x, T: r.t}}
		run.record()
		r.Runs = append(r.Runs, run)
	}
	return nil
}

// record notes the loss after the epoch just trained.
func (r *RaceRun) record() {
	l := r.net.MeanLoss(r.scan, r.tr.X, r.tr.T, core.HalfMSELoss{})
	r.Loss = append(r.Loss, l)
	if r.Reached < 0 && len(r.Loss) > 1 && l < Race.Target {
		r.Reached = len(r.Loss) - 1
	}
}

// tick measures one slice of the cost table while it is not done, and trains every
// runner raceEpochs epochs while the race runs. It reports whether anything changed.
func (r *raceLesson) tick(until time.Time) bool {
	changed := false
	if !r.Cost.Done() {
		r.Cost.measure(until)
		changed = true
	}
	if !r.Started || r.Finished {
		return changed
	}
	for k := 0; k < raceEpochs && !r.Finished; k++ {
		r.Finished = true
		for _, run := range r.Runs {
			if run.stopped || len(run.Loss) > Race.MaxEpochs {
				continue
			}
			if run.tr.RunEpoch() != nil {
				run.stopped = true
				continue
			}
			run.record()
		}
		for _, run := range r.Runs {
			if !run.stopped && run.Reached < 0 && len(run.Loss) <= Race.MaxEpochs {
				r.Finished = false
			}
		}
	}
	return true
}

// CostTable is what f and f' cost per call, in nanoseconds, for each of the race's
// activations, measured in the page: NS[a][0] is f, NS[a][1] f', 0 until measured.
// Each is measured in slices of costSlice, in turn, costRounds times after a round that
// only warms up (a browser may compile a function better once it has run a while: on a
// busy machine ReLU's f' once read 4 times its f), keeping the fastest: the least
// disturbed by the rest of the machine.
type CostTable struct {
	NS    [][2]float64
	slice int
}

const (
	costSlice  = 4 * time.Millisecond
	costRounds = 3
)

// costNoise is how far apart two times of the table may be and still be the same within
// the noise of timings this small: a fresh-eyes look's run measured Leaky ReLU's f′ at
// 0.74× ReLU's, though each is a compare and a select. The table claims a ratio only
// beyond it.
const costNoise = 1.5

// costInputs are the z the measurement feeds: 1024 values over [-6, 6].
var costInputs = func() []float64 {
	zs := make([]float64, 1024)
	for i := range zs {
		zs[i] = -6 + 12*float64(i)/float64(len(zs)-1)
	}
	return zs
}()

// costSink keeps the measured sums alive, so that the compiler cannot drop the calls.
var costSink float64

// Done reports whether every measurement has been made.
func (c *CostTable) Done() bool { return c.slice >= (1+costRounds)*2*len(RaceActivations) }

// measure makes the next measurement: calls for costSlice, or at most until until.
func (c *CostTable) measure(until time.Time) {
	if c.NS == nil {
		c.NS = make([][2]float64, len(RaceActivations))
	}
	k := c.slice % (2 * len(RaceActivations))
	act, which := RaceActivations[k/2], k%2
	f := act.Forward
	if which == 1 {
		f = act.Derivative
	}
	start := time.Now()
	end := start.Add(costSlice)
	if until.Before(end) && until.After(start) {
		end = until
	}
	calls, sum := 0, 0.0
	for calls == 0 || time.Now().Before(end) {
		for _, z := range costInputs {
			sum += f(z)
		}
		calls += len(costInputs)
	}
	ns := float64(time.Since(start).Nanoseconds()) / float64(calls)
	warm := c.slice >= 2*len(RaceActivations) // the first round is measured, not kept
	if old := c.NS[k/2][which]; warm && (old == 0 || ns < old) {
		c.NS[k/2][which] = math.Max(ns, 1e-3)
	}
	costSink += sum
	c.slice++
}
