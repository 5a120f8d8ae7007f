package play

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"nnplay/core"
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
const RefreshEvery = 100 * time.Millisecond

// Preset is a named network the lessons start from.
type Preset struct {
	Name   Msg
	Sizes  []int // inputs first
	Hidden core.Activation
	Output core.Activation
}

// Presets are the networks of the lessons: Playground's default (the reference's Net A),
// the reference's Net B, a deep sigmoid stack whose gradient vanishes, and a network
// with no activation that collapses into one Linear layer.
func Presets() []Preset {
	return []Preset{
		{PresetNetA, []int{2, 4, 2, 1}, core.Tanh{}, core.Tanh{}},
		{PresetNetB, []int{2, 8, 8, 8, 8, 8, 8, 1}, core.ReLU{}, core.Tanh{}},
		{PresetDeepSigmoid, []int{2, 8, 8, 8, 8, 8, 8, 8, 8, 1}, core.Sigmoid{}, core.Tanh{}},
		{PresetLinearOnly, []int{2, 4, 2, 1}, core.Identity{}, core.Identity{}},
	}
}

// Commands of training and data.
type (
	// Play starts or stops training.
	Play struct{ On bool }
	// Reset draws the weights again from the current seed and starts over at epoch 0.
	Reset struct{}
	// NewSeed picks the next seed and resets.
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
	// UsePreset replaces the network with preset Index of Presets, freshly initialised.
	UsePreset struct{ Index int }
)

func (c Play) apply(m *Session) error {
	if c.On && len(m.Train) == 0 {
		return NoTrainingPoints.With()
	}
	m.Playing = c.On
	if c.On {
		m.Diverged = nil
		m.Anim = Anim{}
	}
	return nil
}

func (Reset) apply(m *Session) error { m.reset(); return nil }

func (NewSeed) apply(m *Session) error {
	m.InitSeed++
	m.reset()
	return nil
}

func (c SetLR) apply(m *Session) error {
	if !(c.LR > 0 && c.LR <= 10) {
		return BadLearningRate.With(c.LR)
	}
	m.LR = c.LR
	m.Trainer.Opt.LR = c.LR
	return nil
}

func (c SetBatch) apply(m *Session) error {
	if c.Size < 1 || c.Size > MaxBatch {
		return BadBatchSize.With(MaxBatch, c.Size)
	}
	m.BatchSize = c.Size
	m.Trainer.BatchSize = c.Size
	// A new batch starts from the current sample: accumulated gradients would
	// belong to a batch of another size.
	m.Trainer.Opt.ZeroGrad()
	m.Trainer.Sample -= m.Trainer.Sample % c.Size
	return nil
}

func (c SetLoss) apply(m *Session) error {
	if c.Loss == nil {
		return NoLoss.With()
	}
	m.Loss = c.Loss
	m.retarget()
	m.rebuild()
	m.History.Reset()
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
		return BadNoise.With(core.MaxNoise, d.Noise)
	}
	if !(d.TrainPct >= 10 && d.TrainPct <= 90) {
		return BadTrainShare.With(d.TrainPct)
	}
	old := m.Data
	m.Data = d
	if err := m.regenerate(); err != nil {
		m.Data = old
		return err
	}
	m.reset()
	return nil
}

func (Regenerate) apply(m *Session) error {
	m.Data.Seed++
	if err := m.regenerate(); err != nil {
		return err
	}
	m.reset()
	return nil
}

func (c UsePreset) apply(m *Session) error {
	ps := Presets()
	if c.Index < 0 || c.Index >= len(ps) {
		return NoSuchPreset.With(c.Index)
	}
	p := ps[c.Index]
	sizes := append([]int{len(m.Features)}, p.Sizes[1:]...)
	m.Net = core.MLP(sizes, p.Hidden, p.Output, core.InitPlayground, m.InitSeed)
	m.stash = map[*core.Linear][]float64{}
	m.Selected = Unit{Level: 1, Index: 0}
	m.reset()
	return nil
}

// reset draws the network's parameters again from InitSeed with Playground's init,
// keeping its shape, activations and which layers have biases, and starts training
// over.
func (m *Session) reset() {
	rng := core.NewRNG(m.InitSeed)
	for _, l := range m.Net.Layers {
		core.InitPlayground.Apply(l.Linear, rng)
		l.Linear.ZeroGrad()
	}
	m.Playing = false
	m.Diverged = nil
	m.Anim = Anim{}
	m.SamplesSeen = 0
	m.epochSeen = 0
	m.Trainer = nil
	m.rebuild()
	m.History.Reset()
	m.recordLoss()
}

// Epoch is the number of epochs trained, fractional between epochs.
func (m *Session) Epoch() float64 {
	if len(m.Train) == 0 {
		return 0
	}
	return float64(m.SamplesSeen) / float64(len(m.Train))
}

// Tick runs one frame of Play at the current speed: at most budget of training for
// SpeedMax, and a refresh of the heatmaps and meters when RefreshEvery has passed since
// the last (now is the frame's clock). It returns the samples trained. On divergence it
// stops Play and says why in Diverged.
func (m *Session) Tick(now time.Time, budget time.Duration) int {
	if !m.Playing {
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

// RefreshIfDue recomputes the heatmaps and meters when RefreshEvery has passed since the
// last time, or when Play has stopped, and checks for a blow-up.
func (m *Session) RefreshIfDue(now time.Time) {
	if now.Sub(m.refreshed) >= RefreshEvery || !m.Playing {
		m.refreshed = now
		m.Refresh()
		m.checkBlowUp()
	}
}

// train trains at the current speed, budget bounding SpeedMax, and returns the samples
// trained.
func (m *Session) train(budget time.Duration) int {
	n := len(m.Train)
	trained := 0
	var err error
	advance := func(k int) {
		if err = m.Trainer.Advance(k); err == nil {
			trained += k
			m.SamplesSeen += int64(k)
			m.epochsDone()
		}
	}
	switch m.Speed {
	case SpeedSample:
		advance(1)
	case SpeedBatch:
		_, end := m.Trainer.BatchBounds(m.Trainer.Sample)
		advance(end - m.Trainer.Sample)
	case SpeedEpoch:
		advance(n - m.Trainer.Sample)
	case SpeedMax:
		// Whole epochs until the budget is spent; the clock is read once an epoch.
		t0 := time.Now()
		for err == nil && (trained == 0 || time.Since(t0) < budget) {
			advance(n - m.Trainer.Sample)
		}
	}
	if err != nil {
		var de *core.DivergedError
		if errors.As(err, &de) {
			m.Playing = false
			m.Diverged = StoppedAtEpoch.With(de.Epoch, divergenceCause(de), m.LR)
		}
	}
	m.version++
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

// BlowUpFactor is how far above its starting value the training loss may climb before
// Play stops: a network that ends up worse than it started, by this much, is not
// learning but overshooting. Healthy runs of the presets at learning rates up to 1 stay
// below 1.35 times their start; at 3 and above they pass 1.5 on most data.
const BlowUpFactor = 1.5

// checkBlowUp stops Play when the training loss has climbed well above where it
// started: with a tanh output the loss stays finite, so this is how a too-large
// learning rate usually shows (every ReLU dead, the output stuck at one class).
func (m *Session) checkBlowUp() {
	if !m.Playing || m.Epoch() < 1 || len(m.History.Points) == 0 {
		return
	}
	start, now := m.History.Points[0].Train, m.View().TrainLoss
	if !(now > BlowUpFactor*start) {
		return
	}
	m.Playing = false
	dead, units := m.deadHidden()
	var why any = ""
	if units > 0 && dead == units {
		why = AllHiddenDead
	} else if dead > 0 {
		why = SomeHiddenDead.With(dead, units)
	}
	m.Diverged = StoppedByBlowUp.With(strconv.FormatFloat(m.Epoch(), 'f', 0, 64), Num(now),
		BlowUpFactor, Num(start), why, m.LR)
}

// deadHidden counts the hidden units that are dead on every training point.
func (m *Session) deadHidden() (dead, units int) {
	if m.Diag == nil {
		return 0, 0
	}
	for _, l := range m.Diag.Layers[:len(m.Diag.Layers)-1] {
		for _, d := range l.Dead {
			units++
			if d {
				dead++
			}
		}
	}
	return dead, units
}

func divergenceCause(de *core.DivergedError) Message {
	var nf *core.NonFiniteError
	if errors.As(de, &nf) {
		return CauseParamInfinite.With(nf.Param)
	}
	if strings.Contains(de.Err.Error(), "NaN") {
		return CauseLossNaN.With()
	}
	return CauseLossInfinite.With()
}

// recordLoss adds the current train and test loss to the history.
func (m *Session) recordLoss() {
	train := m.Net.MeanLoss(m.scan, m.XTrain, m.TTrain, m.Loss)
	m.History.Record(m.Epoch(), train, m.Net.MeanLoss(m.scan, m.XTest, m.TTest, m.Loss))
}

// History keeps the loss curve with at most Cap points, however long the run: when
// full it drops every other point and records half as often, so drawing it costs the
// same after a million epochs as after ten.
type History struct {
	Points []LossPoint
	every  int // record every every-th call
	calls  int
}

// LossPoint is the train and test loss at an epoch.
type LossPoint struct {
	Epoch, Train, Test float64
}

// HistoryCap is how many points a History keeps.
const HistoryCap = 400

// Offer counts one candidate point and reports whether the history keeps it: then the
// caller computes the losses and calls Record. Thinning keeps every candidate until the
// history is full, then every second, every fourth...
func (h *History) Offer() bool {
	if h.every == 0 {
		h.every = 1
	}
	h.calls++
	return (h.calls-1)%h.every == 0
}

// Record appends a point Offer said to keep, halving the history first when it is full.
func (h *History) Record(epoch, train, test float64) {
	if h.every == 0 {
		h.every = 1
	}
	if len(h.Points) == HistoryCap {
		for i := 0; i < HistoryCap/2; i++ {
			h.Points[i] = h.Points[2*i]
		}
		h.Points = h.Points[:HistoryCap/2]
		h.every *= 2
	}
	h.Points = append(h.Points, LossPoint{epoch, train, test})
}

// Reset empties the history.
func (h *History) Reset() { *h = History{} }

// Range returns the largest finite loss in the history, for the chart's scale.
func (h *History) Range() float64 {
	top := 0.0
	for _, p := range h.Points {
		for _, v := range []float64{p.Train, p.Test} {
			if core.IsFinite(v) {
				top = math.Max(top, v)
			}
		}
	}
	return top
}
