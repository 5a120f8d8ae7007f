package play

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"nnplay/core"
	"nnplay/wasm/play/remote"
)

// Speed is how much training one frame of Play does.
type Speed int

const (
	// SpeedSample trains one sample per frame: slow enough to watch each step.
	SpeedSample Speed = iota
	// SpeedBatch trains one batch per frame.
	SpeedBatch
	// SpeedEpoch trains one epoch per frame, as TensorFlow Playground does.
	SpeedEpoch
	// SpeedMax trains as many epochs as fit in the frame's training budget.
	SpeedMax
)

// Speeds lists the speeds a menu offers, slowest first.
func Speeds() []Speed { return []Speed{SpeedSample, SpeedBatch, SpeedEpoch, SpeedMax} }

// String names the speed in English, as the test API reports it; the speed menu says
// it in the page's language.
func (s Speed) String() string {
	if s < 0 || int(s) >= len(speedWords) {
		return fmt.Sprintf("Speed(%d)", int(s))
	}
	return SayIn(English, speedWords[s])
}

// Slow reports whether Play at this speed shows pulses rather than gradient colours.
func (s Speed) Slow() bool { return s <= SpeedBatch }

// LearningRates is TensorFlow Playground's menu of learning rates.
var LearningRates = []float64{0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10}

// MaxBatch is the largest batch size the page offers, as Playground.
const MaxBatch = 30

// RefreshEvery is how often Play recomputes the heatmaps and meters: ten times a second.
const RefreshEvery = remote.RefreshEvery

// Preset is a named network the lessons start from, with the learning rate it trains
// at: a preset chosen after a divergence must train, not diverge again at the rate that
// did.
type Preset struct {
	Name   Msg
	Sizes  []int // inputs first
	Hidden core.Activation
	Output core.Activation
	LR     float64
}

// Presets are the networks of the lessons: Playground's default (the reference's Net A),
// the reference's Net B, a deep sigmoid stack whose gradient vanishes, and a network
// with no activation that collapses into one Linear layer. Each trains at Playground's
// default learning rate, the reference's (core/testdata/reference).
func Presets() []Preset {
	return []Preset{
		{PresetNetA, []int{2, 4, 2, 1}, core.Tanh{}, core.Tanh{}, 0.03},
		{PresetNetB, []int{2, 8, 8, 8, 8, 8, 8, 1}, core.ReLU{}, core.Tanh{}, 0.03},
		{PresetDeepSigmoid, []int{2, 8, 8, 8, 8, 8, 8, 8, 8, 1}, core.Sigmoid{}, core.Tanh{},
			0.03},
		{PresetLinear, []int{2, 4, 2, 1}, core.Identity{}, core.Identity{}, 0.03},
	}
}

// Label is the preset's name in the page's language, with the shape it builds over
// inputs features (core.ShapeText): "Net B: 4-8x6-1, ReLU, tanh output" with four. A preset
// keeps the features the learner ticked (UsePreset), so the inputs are the page's, not
// Sizes[0]: with four ticked, "2-8x6-1" named a network of 4.
func (p Preset) Label(inputs int) string {
	return Say(p.Name, core.ShapeText(append([]int{inputs}, p.Sizes[1:]...)))
}

// presetOf returns the index of the preset whose shape and activations the network
// has, with a bias in every layer (as UsePreset makes it, over any inputs), or -1.
func (m *Session) presetOf() int {
	sizes := m.Sizes()
	for i, p := range presetList {
		if !slices.Equal(sizes[1:], p.Sizes[1:]) {
			continue
		}
		is := true
		for l, layer := range m.Net.Layers {
			want := p.Hidden
			if l == len(m.Net.Layers)-1 {
				want = p.Output
			}
			is = is && layer.Activation() == want && layer.Linear.HasBias()
		}
		if is {
			return i
		}
	}
	return -1
}

// Commands of training and data.
type (
	// Play starts or stops training.
	Play struct{ On bool }
	// Reset draws the weights again from the current seed and starts over at epoch 0,
	// keeping every control, as Playground's Reset does; kept at a learning rate that
	// made training run away, it says so.
	Reset struct{}
	// NewSeed picks the next seed and resets, as Reset.
	NewSeed struct{}
	// SetLR sets the learning rate.
	SetLR struct{ LR float64 }
	// SetBatch sets the batch size, 1 to MaxBatch.
	SetBatch struct{ Size int }
	// SetLoss sets the loss; BCE with logits reads labels -1/+1 as 0/1.
	SetLoss struct{ Loss core.Loss }
	// SetSpeed sets how much training a frame does.
	SetSpeed struct{ Speed Speed }
	// SetData changes the data set; the network and the epoch count start over.
	SetData struct{ Config DataConfig }
	// Regenerate draws the data set again with a new seed.
	Regenerate struct{}
	// UsePreset replaces the network with preset Index of Presets, freshly initialised,
	// at the learner's learning rate; at the preset's when the learner's made training
	// run away (after a Reset too) or stall (saturated, or its ReLUs dead).
	UsePreset struct{ Index int }
)

func (c Play) apply(m *Session) error {
	if c.On && len(m.Train) == 0 {
		return NoTrainingPoints.With()
	}
	if err := m.trainsHere(c.On); err != nil {
		return err // a lesson without training (lesson.go)
	}
	m.Playing = c.On
	if c.On {
		m.Diverged = nil
		m.Anim = Anim{}
	}
	return nil
}

func (Reset) apply(m *Session) error {
	m.noteStall()
	m.reset(ChangedByReset)
	return m.keptRunaway()
}

func (NewSeed) apply(m *Session) error {
	m.noteStall()
	m.InitSeed++
	m.reset(ChangedByReset)
	return m.keptRunaway()
}

// noteStall keeps, before a reset forgets the loss curve, the learning rate at which
// training has stalled (saturated, or its ReLUs dead): Reset keeps the rate and says
// so, and a preset gives it up, as after a divergence.
func (m *Session) noteStall() {
	if m.stalls() {
		m.stallLR = m.LR
	}
}

func (c SetLR) apply(m *Session) error {
	if !(c.LR > 0 && c.LR <= 10) {
		return LRRange.With(c.LR)
	}
	m.LR = c.LR
	m.Trainer.Opt.LR = c.LR
	return nil
}

func (c SetBatch) apply(m *Session) error {
	if c.Size < 1 || c.Size > MaxBatch {
		return BatchRange.With(MaxBatch, c.Size)
	}
	m.BatchSize = c.Size
	m.Trainer.BatchSize = c.Size
	// A new batch starts from the current sample: accumulated gradients would
	// belong to a batch of another size.
	m.Trainer.Opt.ZeroGrad()
	m.Trainer.Sample -= m.Trainer.Sample % c.Size
	return nil
}

// edit is the batch size, whatever the value (dragged).
func (SetBatch) edit() Command { return SetBatch{} }

func (c SetLoss) apply(m *Session) error {
	if c.Loss == nil {
		return NoLossGiven.With()
	}
	m.Loss = c.Loss
	m.retarget()
	m.rebuild()
	m.History.Reset()
	m.stallSaid = stallSaid{} // a stall said of the old loss curve
	return nil
}

func (c SetSpeed) apply(m *Session) error {
	if c.Speed < SpeedSample || c.Speed > SpeedMax {
		return UnknownSpeed.With(int(c.Speed))
	}
	m.Speed = c.Speed
	return nil
}

func (c SetData) apply(m *Session) error {
	d := c.Config
	if !(d.Noise >= 0 && d.Noise <= core.MaxNoise) {
		return NoiseRange.With(core.MaxNoise, d.Noise)
	}
	if !(d.TrainPct >= 10 && d.TrainPct <= 90) {
		return TrainShareRange.With(d.TrainPct)
	}
	old := m.Data
	m.Data = d
	if err := m.regenerate(); err != nil {
		m.Data = old
		return err
	}
	return m.newData()
}

func (Regenerate) apply(m *Session) error {
	m.Data.Seed++
	if err := m.regenerate(); err != nil {
		return err
	}
	return m.newData()
}

// newData starts training over on the data just drawn, from the network's first weights
// (reset), paused, as Playground's reset does. Its answer says so when the weights were
// others (typed or trained), which would otherwise vanish without a word, and that
// training paused when it was playing; nil when nothing was lost.
func (m *Session) newData() error {
	was, playing := WeightsOf(m.Net), m.Playing
	m.reset(ChangedData)
	var said Sentences
	if !slices.Equal(was, WeightsOf(m.Net)) {
		said = append(said, FirstWeightsAgain.With())
	}
	if playing {
		said = append(said, NewDataPaused.With())
	}
	if said == nil {
		return nil
	}
	return Notice{said}
}

func (c UsePreset) apply(m *Session) error {
	ps := Presets()
	if c.Index < 0 || c.Index >= len(ps) {
		return NoSuchPreset.With(c.Index)
	}
	p := ps[c.Index]
	sizes := append([]int{len(m.Features)}, p.Sizes[1:]...)
	// The learning rate is the learner's, as in Playground; but one that made training
	// run away, or stall, gives way to the preset's, which trains it, and
	// the line says so. A preset is a fresh scene: it forgets the rate that ran away.
	var said error
	failed := m.Diverged != nil || m.keepsRunaway() || m.stalls()
	if failed && m.LR != p.LR {
		said = Notice{PresetLR.With(shortNum(p.LR), shortNum(m.LR))}
		m.LR = p.LR
	}
	m.Selected = Unit{Level: 1, Index: 0}
	m.useNetwork(core.MLP(sizes, p.Hidden, p.Output, core.InitPlayground, m.InitSeed),
		m.Features, ChangedPreset) // as a link or a model file puts a network on the page
	return said
}

// reset draws the network's parameters again from InitSeed with Playground's init,
// keeping its shape, activations and which layers have biases, and starts training
// over; why says what ended a Step shown (the data, or a Reset).
func (m *Session) reset(why Msg) {
	drawFirstWeights(m.Net, m.InitSeed)
	m.restart(why)
}

// drawFirstWeights draws net's parameters from seed with Playground's init and zeroes
// their gradients: the weights Reset starts from, which TrainAgain's trial starts from too.
func drawFirstWeights(net *core.Sequential, seed uint64) {
	rng := core.NewRNG(seed)
	for _, l := range net.Layers {
		core.InitPlayground.Apply(l.Linear, rng)
		l.Linear.ZeroGrad()
	}
}

// Epoch is the number of epochs trained, fractional between epochs.
func (m *Session) Epoch() float64 {
	if len(m.Train) == 0 {
		return 0
	}
	return float64(m.SamplesSeen) / float64(len(m.Train))
}

// EpochText says the epochs trained as the page shows them: whole epochs as a whole
// number, and within an epoch the hundredths of it done so far, rounded ("0.27" for
// 0.268, "12.07") but never up to an epoch not yet done ("0.99" for 0.996), so that one
// sample per frame shows the epoch move; a part too small for hundredths takes the
// digits it needs to show ("0.004": one Step at batch size 1 of 250 points read "0.00",
// as if nothing had happened).
func (m *Session) EpochText() string {
	n := int64(len(m.Train))
	if n == 0 {
		return "0"
	}
	whole, part := m.SamplesSeen/n, m.SamplesSeen%n
	if part == 0 {
		return strconv.FormatInt(whole, 10)
	}
	digits, scale := 2, int64(100)
	for part*scale*2 < n { // rounds to 0 at this many digits (n is far below 2^40)
		digits, scale = digits+1, scale*10
	}
	frac := min((part*scale*2+n)/(2*n), scale-1)
	s := strconv.FormatInt(frac, 10)
	return strconv.FormatInt(whole, 10) + "." + strings.Repeat("0", digits-len(s)) + s
}

// Tick runs one frame of Play at the current speed: at most budget of training for
// SpeedMax, and a share of a refresh of the heatmaps and meters (RefreshIfDue; now is
// the frame's clock). With Play off it brings the pictures up to the parameters
// (settle). It returns the samples trained. On divergence it stops Play and says why in
// Diverged.
func (m *Session) Tick(now time.Time, budget time.Duration) int {
	m.lessonTick(now.Add(lessonBudget))
	if !m.Playing {
		m.settle(now.Add(RefreshSlice))
		return 0
	}
	trained := m.train(budget)
	m.RefreshIfDue(now)
	return trained
}

// TrainFor trains whole epochs for about budget, for the page's training between frames
// at SpeedMax, and returns the samples trained; it does not refresh the heatmaps.
func (m *Session) TrainFor(budget time.Duration) int {
	if !m.Playing {
		return 0
	}
	return m.train(budget)
}

// RefreshIfDue moves Play's refresh on, now being the frame's clock: when RefreshEvery
// has passed since the last one began, the view's losses and input pass are computed
// again, a blow-up is checked for, and a sweep of the heatmaps and meters begins, in a
// frame that shows no sweep done; the sweep goes on until RefreshSlice after now and is
// shown when done (sweep.go). With a worker the worker sweeps instead (askSweep), off
// the page's thread. When Play has stopped itself, it refreshes at once.
func (m *Session) RefreshIfDue(now time.Time) {
	if !m.Playing {
		m.Refresh()
		return
	}
	shown, r := m.heatGen, &m.remote
	m.sweepOn(now.Add(RefreshSlice))
	if m.sweep.busy || r.asked != 0 || r.bands > 0 || m.heatGen != shown ||
		now.Sub(m.refreshed) < RefreshEvery {
		return // a frame that shows new pictures has their upload to do
	}
	m.refreshed = now
	m.gen++ // the view: the losses and the input point's pass of the parameters now
	if m.blownUp() {
		m.checkBlowUp()
		return
	}
	if m.sweepsInWorker() {
		m.askSweep()
		return
	}
	m.begin()
	m.sweepOn(now.Add(RefreshSlice))
}

// train trains at the current speed, budget bounding SpeedMax, and returns the samples
// trained. A step that diverges or explodes stops Play (see advance).
func (m *Session) train(budget time.Duration) int {
	n := len(m.Train)
	trained := 0
	switch m.Speed {
	case SpeedSample:
		trained = m.advance(1)
	case SpeedBatch:
		_, end := m.Trainer.BatchBounds(m.Trainer.Sample)
		trained = m.advance(end - m.Trainer.Sample)
	case SpeedEpoch:
		trained = m.advance(n - m.Trainer.Sample)
	case SpeedMax:
		// Whole epochs until the budget is spent; the clock is read once an epoch.
		t0 := time.Now()
		for m.Playing && (trained == 0 || time.Since(t0) < budget) {
			trained += m.advance(n - m.Trainer.Sample)
		}
	}
	m.version++
	m.sweep.stale = true
	return trained
}

// epochsDone records the loss curve when an epoch has ended and the history wants the
// point: every epoch of a short run, ever fewer as it grows, so the curve shows the
// early drop at any speed and the losses are computed only for points kept.
func (m *Session) epochsDone() {
	if m.Trainer.Epoch == m.epochSeen {
		return
	}
	m.epochSeen = m.Trainer.Epoch
	if m.History.Offer() {
		m.recordLoss()
	}
}

// recordLoss adds the current train and test loss to the history.
func (m *Session) recordLoss() {
	train := m.Net.MeanLoss(m.scan, m.XTrain, m.TTrain, m.Loss)
	m.History.Record(m.Epoch(), train, m.Net.MeanLoss(m.scan, m.XTest, m.TTest, m.Loss))
}
