package play

import (
	"math"
	"runtime"
	"strings"
	"testing"
	"time"

	"nnplay/core"
)

// clock is the frames' time in the tests: each frame is a refresh period later.
var clock = time.Unix(0, 0)

// run runs Play for the given number of frames.
func run(m *Session, frames int) {
	for i := 0; i < frames && m.Playing; i++ {
		clock = clock.Add(RefreshEvery)
		m.Tick(clock, 5*time.Millisecond)
	}
}

func TestPlayTrainsNetAOnCircle(t *testing.T) {
	m := NewSession()
	m.Apply(Play{On: true})
	for m.Epoch() < 300 && m.Playing {
		run(m, 1)
	}
	if got := m.View().TestLoss; got >= 0.05 {
		t.Errorf("test loss %.4f after %.0f epochs, want below 0.05", got, m.Epoch())
	}
	if last := m.History.Points[len(m.History.Points)-1].Epoch; last < m.Epoch()-2 {
		t.Errorf("the history ends at epoch %v, training at %v", last, m.Epoch())
	}
	// Past HistoryCap (200) epochs the history keeps every other one.
	if pts := m.History.Points; len(pts) < 145 || pts[0].Epoch != 0 || pts[1].Epoch != 2 {
		t.Errorf("history has %d points from epoch %v, %v: want every other epoch of a "+
			"300-epoch run", len(pts), pts[0].Epoch, pts[1].Epoch)
	}
}

func TestSpeeds(t *testing.T) {
	for _, c := range []struct {
		s    Speed
		want int
	}{{SpeedSample, 1}, {SpeedBatch, 10}, {SpeedEpoch, 250}} {
		m := NewSession()
		m.Apply(SetSpeed{Speed: c.s})
		m.Apply(Play{On: true})
		if got := m.Tick(time.Now(), time.Millisecond); got != c.want || m.SamplesSeen != int64(c.want) {
			t.Errorf("%v: trained %d, want %d", c.s, got, c.want)
		}
	}
	m := NewSession()
	m.Apply(SetSpeed{Speed: SpeedMax})
	m.Apply(Play{On: true})
	if got := m.Tick(time.Now(), 20*time.Millisecond); got < 250 || got%250 != 0 {
		t.Errorf("max speed trained %d samples, want whole epochs", got)
	}
}

func TestDivergenceStopsWithAMessage(t *testing.T) {
	m := NewSession()
	m.Apply(UsePreset{Index: 1}) // Net B
	m.Apply(SetLR{LR: 10})
	m.Apply(SetSpeed{Speed: SpeedEpoch})
	m.Apply(Play{On: true})
	run(m, 200)
	stopped := Explain(m.Diverged)
	if m.Playing || !strings.Contains(stopped, "learning rate 10 is too high") || m.Epoch() > 5 {
		t.Fatalf("playing %v at epoch %v, message %q", m.Playing, m.Epoch(), m.Diverged)
	}
	for _, p := range m.Net.Parameters() {
		for _, v := range p.Value {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				t.Fatalf("%s holds %v", p.Name, v)
			}
		}
	}
	m.Apply(Reset{})
	if m.Diverged != nil || m.Epoch() != 0 {
		t.Error("Reset must clear the divergence and the epoch")
	}
}

// A healthy learning rate never trips the blow-up rule: each of three presets plays a
// hundred epochs on each of four data sets. Under Node, where the same epochs take three
// to four times as long (1.2-2 s), four of the twelve runs play, every preset and every
// data set among them; the native run plays all twelve.
func TestNoFalseDivergence(t *testing.T) {
	for p, preset := range []int{0, 1, 2} {
		for k, kind := range []core.DatasetKind{core.Circle, core.Spiral, core.XOR, core.Gauss} {
			if runtime.GOARCH == "wasm" && (p+k)%3 != 0 {
				continue
			}
			m := NewSession()
			smallGrids(m) // the rule reads the losses, not the heatmaps
			m.Apply(SetData{Config: DataConfig{Kind: kind, TrainPct: 50, Seed: 1}})
			m.Apply(UsePreset{Index: preset})
			m.Apply(SetLR{LR: 0.3})
			m.Apply(Play{On: true})
			run(m, 100)
			if m.Diverged != nil {
				t.Errorf("preset %d on %v at learning rate 0.3: %s", preset, kind, m.Diverged)
			}
		}
	}
}

// Infinite values stop Play within one step, with the weights finite.
func TestNaNStopsWithinAStep(t *testing.T) {
	m := NewSession()
	m.Apply(UsePreset{Index: 3}) // linear: nothing bounds the output
	m.Apply(SetLoss{Loss: core.MSELoss{}})
	m.Net.Layers[2].Act = core.Identity{}
	m.Apply(SetLR{LR: 10})
	m.Apply(SetSpeed{Speed: SpeedSample})
	m.Apply(Play{On: true})
	run(m, 5000)
	if m.Playing || !strings.Contains(Explain(m.Diverged), "too high") {
		t.Fatalf("still playing after %d samples: %q", m.SamplesSeen, m.Diverged)
	}
	for _, p := range m.Net.Parameters() {
		for _, v := range p.Value {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				t.Fatalf("%s holds %v", p.Name, v)
			}
		}
	}
}

func TestResetIsSeeded(t *testing.T) {
	m := NewSession()
	w := m.Net.Layers[0].Linear.Weight[0][0]
	m.Apply(Play{On: true})
	run(m, 3)
	m.Apply(Reset{})
	if m.Net.Layers[0].Linear.Weight[0][0] != w {
		t.Error("Reset with the same seed gave other weights")
	}
	m.Apply(NewSeed{})
	if m.Net.Layers[0].Linear.Weight[0][0] == w {
		t.Error("a new seed gave the same weights")
	}
}

// The step's record holds core's own numbers, and the update applies the batch's mean
// gradient, as explicit AccumulateSample calls of weight 1/batch and an SGD step would.
func TestStepPhases(t *testing.T) {
	m := NewSession()
	m.Apply(SetInput{X1: m.Train[7].X1, X2: m.Train[7].X2})
	phases := []Phase{PhaseForward, PhaseLoss, PhaseBackward, PhaseUpdate}
	for _, want := range phases {
		if err := m.Apply(StepPhase{}); err != nil {
			t.Fatal(err)
		}
		if got, _, _ := m.Anim.Now(); got != want {
			t.Fatalf("showing %v, want %v", got, want)
		}
		if want != PhaseUpdate {
			m.AdvanceAnim(10) // play it out; the update waits for its phase
		}
	}
	rec := m.Anim.Record
	if rec.Sample != 7 || len(rec.Batch) != 10 || rec.Batch[1] != 8 {
		t.Fatalf("sample %d, batch %v", rec.Sample, rec.Batch)
	}
	ref := NewSession()
	ref.Net.ZeroGrad()
	xs, ts := [][]float64{}, [][]float64{}
	for _, i := range rec.Batch {
		xs, ts = append(xs, ref.XTrain[i]), append(ts, ref.TTrain[i])
	}
	want := core.NewTrace(ref.Net)
	ref.Net.AccumulateSample(want, xs[0], ts[0], ref.Loss, 1)
	for l := range want.Layers {
		for i := range want.Layers[l].DZ {
			if rec.Trace.Layers[l].DZ[i] != want.Layers[l].DZ[i] ||
				rec.Trace.Layers[l].Z[i] != want.Layers[l].Z[i] {
				t.Fatalf("layer %d unit %d: record differs from core", l, i)
			}
		}
	}
	ref.Net.ZeroGrad()
	for i := range xs {
		ref.Net.AccumulateSample(want, xs[i], ts[i], ref.Loss, 1/float64(len(xs)))
	}
	opt := core.NewSGD(ref.Net.Parameters(), ref.LR)
	opt.Step()
	before := m.Net.Layers[0].Linear.Weight[0][0]
	if before != rec.Old[0][0] {
		t.Error("the weights changed before the update phase")
	}
	m.AdvanceAnim(10)
	for i, p := range m.Net.Parameters() {
		for k, v := range p.Value {
			if wantV := ref.Net.Parameters()[i].Value[k]; math.Abs(v-wantV) > 1e-15 {
				t.Fatalf("%s[%d] = %v after the update, want %v", p.Name, k, v, wantV)
			}
		}
	}
	if m.SamplesSeen != 10 {
		t.Errorf("samples seen %d", m.SamplesSeen)
	}
	// The next press starts the next step.
	m.Apply(StepPhase{})
	if got, _, _ := m.Anim.Now(); got != PhaseForward || m.Anim.Record == rec {
		t.Error("a press after the update must start a new step")
	}
}

// The history keeps every epoch of a short run and ever fewer of a long one, never
// more than HistoryCap points, in order, up to the latest.
func TestHistoryThins(t *testing.T) {
	var h History
	record := func(from, to int) {
		for i := from; i < to; i++ {
			if h.Offer() {
				h.Record(float64(i), 1/float64(i+1), 2/float64(i+1))
			}
		}
	}
	record(0, HistoryCap)
	if len(h.Points) != HistoryCap || h.Points[HistoryCap-1].Epoch != HistoryCap-1 {
		t.Fatalf("a run of %d epochs kept %d points", HistoryCap, len(h.Points))
	}
	record(HistoryCap, 100000)
	if len(h.Points) > HistoryCap || len(h.Points) < HistoryCap/2 {
		t.Fatalf("%d points kept", len(h.Points))
	}
	if h.Points[0].Epoch != 0 || h.Points[len(h.Points)-1].Epoch < 99000 {
		t.Errorf("history spans %v to %v", h.Points[0].Epoch, h.Points[len(h.Points)-1].Epoch)
	}
	for i := 1; i < len(h.Points); i++ {
		if h.Points[i].Epoch <= h.Points[i-1].Epoch {
			t.Fatal("history out of order")
		}
	}
}

func TestDataAndPresetCommands(t *testing.T) {
	m := NewSession()
	spiral := DataConfig{Kind: core.Spiral, Noise: 10, TrainPct: 70, Seed: 3}
	if err := m.Apply(SetData{Config: spiral}); err != nil {
		t.Fatal(err)
	}
	if len(m.Train) != 350 || len(m.Test) != 150 {
		t.Errorf("%d/%d points", len(m.Train), len(m.Test))
	}
	for _, bad := range []Command{
		SetData{Config: DataConfig{Kind: core.Circle, Noise: 60, TrainPct: 50}}, SetLR{LR: 0},
		SetLR{LR: math.NaN()}, SetBatch{Size: 31}, SetBatch{Size: 0}, UsePreset{Index: 9},
	} {
		if err := m.Apply(bad); err == nil {
			t.Errorf("%#v accepted", bad)
		}
	}
	if err := m.Apply(UsePreset{Index: 1}); err != nil || len(m.Net.Layers) != 7 ||
		m.Net.Layers[0].Act != (core.ReLU{}) {
		t.Errorf("Net B preset: %v\n%v", err, m.Net)
	}
	if err := m.Apply(SetLoss{Loss: core.BCEWithLogitsLoss{}}); err != nil || m.TTrain[0][0] != 0 &&
		m.TTrain[0][0] != 1 {
		t.Errorf("BCE targets %v", m.TTrain[0])
	}
}

// One network serves every pass: the input point's (View), the last trained sample's
// (LastTrained, for slow Play's pulses) and the passes over the data, each in its own
// trace, none disturbing another.
func TestTracesShareOneNetwork(t *testing.T) {
	m := NewSession()
	if m.LastTrained().HasBackward {
		t.Fatal("a fresh model has a trained sample")
	}
	m.Apply(SetSpeed{Speed: SpeedSample})
	m.Apply(Play{On: true})
	m.Tick(time.Now(), time.Millisecond)
	last := m.LastTrained()
	if !last.HasBackward || last.X[0] != m.XTrain[0][0] || last.X[1] != m.XTrain[0][1] {
		t.Fatalf("the last trained sample's trace holds x = %v, want training point 0 %v",
			last.X, m.XTrain[0])
	}
	dz := last.Layers[0].DZ[0]
	view := m.View().Trace
	if view == last || view.X[0] != m.Input[0] || view.X[1] != m.Input[1] {
		t.Errorf("the view's trace holds x = %v, want the input point %v", view.X, m.Input)
	}
	if last.Layers[0].DZ[0] != dz || m.LastTrained() != last {
		t.Error("computing the view changed the last trained sample's trace")
	}
	w := m.Net.Layers[0].Linear
	want := w.Bias[0] + w.Weight[0][0]*m.Input[0] + w.Weight[0][1]*m.Input[1]
	if view.Layers[0].Z[0] != want {
		t.Errorf("the view's z = %v, want the network's own %v", view.Layers[0].Z[0], want)
	}
}
