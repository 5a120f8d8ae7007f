package play

import (
	"encoding/json"
	"fmt"
	"math"
	"runtime"
	"strings"
	"testing"
	"time"

	"nnplay/core"
	"nnplay/wasm/play/remote"
)

// untrue are the words a number that is not one would show as.
var untrue = []string{"NaN", "Inf", "undefined", "overflow"}

// sayUntrue returns the first of untrue that s holds, or "".
func sayUntrue(s string) string {
	for _, w := range untrue {
		if strings.Contains(s, w) {
			return w
		}
	}
	return ""
}

// sweepFrames is how many frames each speed plays in the divergence sweep: enough for
// the learning rates 3 and 10 to blow up at every speed (one sample a frame updates
// the weights every tenth frame), few enough to keep the sweep to seconds under Node.
var sweepFrames = map[Speed]int{SpeedSample: 60, SpeedBatch: 16, SpeedEpoch: 5, SpeedMax: 3}

// sweptHere reports whether the divergence sweep plays data set k of n for the pair of a
// preset and an activation numbered pair. Natively it plays every data set. Under Node
// (GOARCH wasm), where the same code runs three to four times slower and the whole sweep
// took 14 of the package's 40 seconds, it plays one data set for each pair, the next one
// from pair to pair: every preset, activation, data set, learning rate and speed is still
// played there, and the wasm build's numbers must stay finite in every run it plays.
func sweptHere(pair, k, n int) bool {
	return runtime.GOARCH != "wasm" || pair%n == k
}

// TestDivergenceSweep plays every preset with every activation on every data set (under
// Node a part of them: sweptHere), at learning rates 1, 3 and 10, at every speed, and
// presses Step after the fastest: at every frame every parameter is a number within
// ±ParamBound, and where Play pauses or the frames end (paused, or still playing), and
// after Step, no readout, text on the canvas, message or state-API answer is NaN or
// infinite, nor reads NaN, Inf, "undefined" or "overflow". (Learning rate 3 on "Linear
// only" used to read "undefined" and break the state API, and at one sample a frame the
// loss passed 1e106 while playing.)
func TestDivergenceSweep(t *testing.T) {
	win := windows[0]
	fonts := testFontsAt(t, win.Scale)
	var scene Scene
	runs, paused := 0, 0
	start := time.Now()
	acts, kinds := core.Activations(), core.DatasetKinds()
	for p := range Presets() {
		for a, act := range acts {
			for k, kind := range kinds {
				if !sweptHere(p*len(acts)+a, k, len(kinds)) {
					continue
				}
				base := NewSession()
				// The sweep checks numbers, not pictures: a small grid computes the
				// same network at fewer points.
				base.heat = core.NewHeatmap(4, -InputLimit, InputLimit, base.Features)
				base.Apply(SetData{Config: DataConfig{Kind: kind, TrainPct: 50, Seed: 1}})
				// Forty training points (four batches an epoch) and twenty test points:
				// a step diverges by its learning rate and network, whatever the number
				// of points its batches come from.
				base.Train, base.Test = base.Train[:40], base.Test[:20]
				base.retarget()
				base.Apply(UsePreset{Index: p})
				for l := 0; l < len(base.Net.Layers)-1; l++ {
					base.Apply(SetActivation{Layer: l, Act: act})
				}
				geo := pageGeometry(base, win)
				for _, lr := range []float64{1, 3, 10} {
					for _, speed := range Speeds() {
						m := base
						// The sweep's grid too: it trades places with the session's
						// heatmap once swept, which would then be the full grid.
						m.sweep.heat = core.NewHeatmap(4, -InputLimit, InputLimit, base.Features)
						m.Apply(Reset{})
						m.Apply(SetLR{LR: lr})
						m.Apply(SetSpeed{Speed: speed})
						m.Apply(Play{On: true})
						where := fmt.Sprintf("preset %d, %v, %v, learning rate %g, %v", p, act, kind,
							lr, speed)
						frames := sweepFrames[speed]
						now := time.Unix(0, 0)
						for f := 1; f <= frames && m.Playing; f++ {
							// Sixty frames a second: the heatmaps and meters are
							// recomputed every sixth.
							now = now.Add(RefreshEvery / 6)
							m.Tick(now, 0)
							if !checkParams(t, where, m) {
								break
							}
							if !m.Playing || f == frames { // paused, or still playing at the end
								checkNumbers(t, where, m)
								scene.Build(m, geo, fonts, 0)
								checkShown(t, where, m, &scene, geo)
							}
						}
						if !m.Playing {
							paused++
						}
						runs++
						if speed != SpeedMax {
							continue
						}
						// Step at the same learning rate, from where Play left.
						m.Apply(Play{On: false})
						m.Apply(StepPhase{})
						m.AdvanceAnim(100)
						scene.Build(m, geo, fonts, 0)
						checkNumbers(t, where+", Step", m)
						checkShown(t, where+", Step", m, &scene, geo)
					}
				}
			}
		}
	}
	t.Logf("%d runs, %d paused, in %v", runs, paused, time.Since(start).Round(time.Millisecond))
}

// checkParams reports a parameter that is not a finite number or has left the range the
// explosion check keeps them in.
func checkParams(t *testing.T, where string, m *Session) bool {
	t.Helper()
	for _, p := range m.Net.Parameters() {
		for k, v := range p.Value {
			if !(math.Abs(v) <= ParamBound) {
				t.Errorf("%s: %s[%d] = %v", where, p.Name, k, v)
				return false
			}
		}
	}
	return true
}

// checkNumbers reports a parameter or a readout that is not a finite number.
func checkNumbers(t *testing.T, where string, m *Session) bool {
	t.Helper()
	if !checkParams(t, where, m) {
		return false
	}
	v := m.View()
	for _, r := range []float64{v.TrainLoss, v.TestLoss} {
		if !core.IsFinite(r) {
			t.Errorf("%s: a loss readout is %v", where, r)
			return false
		}
	}
	return true
}

// checkShown reports a text on the canvas, a message or a state-API answer that shows a
// number that is not one.
func checkShown(t *testing.T, where string, m *Session, s *Scene, geo Geometry) {
	t.Helper()
	for _, l := range s.Labels {
		if w := sayUntrue(l.Text); w != "" {
			t.Errorf("%s: the canvas writes %q", where, l.Text)
			return
		}
	}
	for _, text := range []string{Explain(m.Diverged), StepInfo(m)} {
		if w := sayUntrue(text); w != "" {
			t.Errorf("%s: the panel writes %q", where, text)
		}
	}
	st := Snapshot(m, geo, s)
	if st.NonFinite > 0 {
		t.Errorf("%s: the state API zeroed %d values that were not numbers", where, st.NonFinite)
	}
	b, err := json.Marshal(st)
	if err != nil {
		t.Errorf("%s: the state API fails: %v", where, err)
		return
	}
	if w := sayUntrue(string(b)); w != "" {
		t.Errorf("%s: the state API answers %s", where, w)
	}
}

// TestBlowUpPausesAtEverySpeed plays "Linear only", which nothing bounds, at learning
// rate 3 and checks that every speed pauses within a few updates, with finite weights
// and a message that names the learning rate; Play at a lower rate goes on from the
// weights kept without a number that is not one, and after Reset a lower learning rate
// trains on.
func TestBlowUpPausesAtEverySpeed(t *testing.T) {
	for _, speed := range Speeds() {
		m := NewSession()
		m.Apply(UsePreset{Index: 3})
		m.Apply(SetLR{LR: 3})
		m.Apply(SetSpeed{Speed: speed})
		m.Apply(Play{On: true})
		now := time.Unix(0, 0)
		tick := func(frames int) {
			for f := 0; f < frames && m.Playing; f++ {
				now = now.Add(RefreshEvery / 3)
				m.Tick(now, 0)
				if l := m.View().TrainLoss; !(l < 1e6) {
					t.Errorf("%v: the loss reads %v while playing", speed, l)
					return
				}
			}
		}
		tick(sweepFrames[speed])
		if m.Playing || !strings.Contains(Explain(m.Diverged), "learning rate 3 is too high") {
			t.Errorf("%v: playing %v after %d samples; message %q", speed, m.Playing,
				m.SamplesSeen, m.Diverged)
			continue
		}
		kept := m.Net.Layers[0].Linear.Weight[0][0]
		m.Apply(SetLR{LR: 0.01})
		m.Apply(Play{On: true})
		if m.Diverged != nil || m.Net.Layers[0].Linear.Weight[0][0] != kept {
			t.Errorf("%v: Play keeps the message %q or starts from other weights", speed,
				m.Diverged)
		}
		tick(20)
		checkNumbers(t, speed.String()+", lower rate", m)
		m.Apply(Reset{})
		if m.Diverged != nil || m.Epoch() != 0 || m.Playing {
			t.Errorf("%v: Reset leaves %q at epoch %v", speed, m.Diverged, m.Epoch())
		}
		m.Apply(Play{On: true})
		tick(sweepFrames[speed])
		if !m.Playing || m.SamplesSeen == 0 {
			t.Errorf("%v: after Reset at learning rate 0.01 training stopped: %q", speed,
				m.Diverged)
		}
	}
}

// TestStateNeverFails puts a NaN and an infinity into the network, where nothing the
// page does can put them, and checks that the state API still answers, with the model
// left out and the values that are not numbers counted.
func TestStateNeverFails(t *testing.T) {
	m := NewSession()
	steps(m, 2)
	m.Net.Layers[0].Linear.Weight[0][0] = math.NaN()
	m.Net.Layers[1].Linear.Bias[0] = math.Inf(1)
	m.Refresh()
	geo := pageGeometry(m, windows[0])
	var s Scene
	s.Build(m, geo, testFontsAt(t, 1), 0)
	st := Snapshot(m, geo, &s)
	b, err := json.Marshal(st)
	if err != nil {
		t.Fatalf("the state API fails: %v", err)
	}
	if st.NonFinite < 2 || !strings.Contains(string(b), `"model":null`) {
		t.Errorf("non_finite %d in %.300s", st.NonFinite, b)
	}
	if !math.IsNaN(m.Net.Layers[0].Linear.Weight[0][0]) {
		t.Error("the snapshot changed the network")
	}
}

// TestPresetTrainsAfterDivergence diverges "Linear only" at learning rate 10, then picks
// each preset: it comes with its own learning rate, not the one that diverged, and
// trains twenty epochs without a pause, its loss no higher than where it started. (A
// preset kept the learning rate of 10 and diverged again at once.)
func TestPresetTrainsAfterDivergence(t *testing.T) {
	for p, preset := range Presets() {
		m := NewSession()
		smallGrids(m)
		mustApply(t, m, UsePreset{Index: 3})
		mustApply(t, m, SetLR{LR: 10})
		mustApply(t, m, SetSpeed{Speed: SpeedEpoch})
		mustApply(t, m, Play{On: true})
		now := time.Unix(0, 0)
		for f := 0; f < 20 && m.Playing; f++ {
			now = now.Add(RefreshEvery)
			m.Tick(now, 0)
		}
		if m.Diverged == nil {
			t.Fatal("Linear only did not diverge at learning rate 10")
		}
		err := m.Apply(UsePreset{Index: p})
		if m.LR != preset.LR || preset.LR != 0.03 {
			t.Errorf("preset %d: learning rate %g, its own %g (want Playground's 0.03)", p,
				m.LR, preset.LR)
		}
		if _, ok := err.(Notice); !ok || Explain(err) != "Learning rate set to 0.03: 10 was "+
			"too high." {
			t.Errorf("preset %d after the divergence says %q", p, Explain(err))
		}
		start := m.View().TrainLoss
		mustApply(t, m, Play{On: true})
		for f := 0; f < 20 && m.Playing; f++ {
			now = now.Add(RefreshEvery)
			m.Tick(now, 0)
		}
		if m.Diverged != nil || m.Epoch() < 20 || !(m.View().TrainLoss <= start) {
			t.Errorf("preset %d: after %.0f epochs the loss went from %v to %v; %v", p,
				m.Epoch(), start, m.View().TrainLoss, Explain(m.Diverged))
		}
	}
}

// smallGrids gives the session's heatmaps and its background sweep's a 4x4 grid, for a
// test that reads the losses, not the heatmaps: the two trade places once a sweep is done.
func smallGrids(m *Session) {
	m.heat = core.NewHeatmap(4, -InputLimit, InputLimit, m.Features)
	m.sweep.heat = core.NewHeatmap(4, -InputLimit, InputLimit, m.Features)
}

// TestPresetKeepsTheLearnersRate picks each preset at a learning rate the learner chose:
// the network changes, the rate stays, as in Playground, where the rate is the learner's
// and no network brings its own; only after a divergence does a preset come with its own
// (TestPresetTrainsAfterDivergence). (A preset always set 0.03.)
func TestPresetKeepsTheLearnersRate(t *testing.T) {
	for p := range Presets() {
		m := NewSession()
		mustApply(t, m, SetLR{LR: 0.3})
		mustApply(t, m, UsePreset{Index: p})
		if m.LR != 0.3 || m.Trainer.Opt.LR != 0.3 {
			t.Errorf("preset %d: learning rate %g (the trainer's %g), the learner's 0.3", p,
				m.LR, m.Trainer.Opt.LR)
		}
	}
}

// TestResetAfterDivergence diverges "Linear only" at learning rate 10 and presses
// Reset: the rate stays, as Playground's Reset keeps its controls, and Reset says that
// training will stop again at it; a preset then comes with its own rate, as straight
// after the divergence; a Reset at a rate the learner lowered says nothing. (Reset kept
// the rate in silence, training ran away again, and a preset after it kept the rate.)
func TestResetAfterDivergence(t *testing.T) {
	defer speak(English)
	for _, lang := range Langs() {
		speak(lang)
		for _, again := range []Command{Reset{}, NewSeed{}} {
			for p := range Presets() {
				m := NewSession()
				smallGrids(m)
				mustApply(t, m, UsePreset{Index: 3})
				mustApply(t, m, SetLR{LR: 10})
				mustApply(t, m, SetSpeed{Speed: SpeedEpoch})
				mustApply(t, m, Play{On: true})
				now := time.Unix(0, 0)
				for f := 0; f < 20 && m.Playing; f++ {
					now = now.Add(RefreshEvery)
					m.Tick(now, 0)
				}
				if m.Diverged == nil {
					t.Fatal("Linear only did not diverge at learning rate 10")
				}
				err := m.Apply(again)
				want := Say(ResetKeepsLR, "10")
				if _, ok := err.(Notice); !ok || Explain(err) != want || m.LR != 10 {
					t.Errorf("%s, %T after the divergence: learning rate %g, says %q, want %q",
						lang.Code(), again, m.LR, Explain(err), want)
				}
				err = m.Apply(UsePreset{Index: p})
				want = Say(PresetLR, "0.03", "10")
				if _, ok := err.(Notice); !ok || Explain(err) != want || m.LR != 0.03 {
					t.Errorf("%s, preset %d after %T: learning rate %g, says %q, want %q",
						lang.Code(), p, again, m.LR, Explain(err), want)
				}
				if err := m.Apply(again); err != nil {
					t.Errorf("%s, %T at the preset's rate says %q", lang.Code(), again,
						Explain(err))
				}
			}
		}
	}
	m := NewSession()
	mustApply(t, m, SetLR{LR: 10})
	m.ranAway(Sentences{PausedLossOverflow.With()})
	mustApply(t, m, SetLR{LR: 0.1})
	if err := m.Apply(Reset{}); err != nil || m.LR != 0.1 {
		t.Errorf("Reset at a lowered rate: learning rate %g, says %q", m.LR, Explain(err))
	}
	if err := m.Apply(UsePreset{Index: 0}); err != nil || m.LR != 0.1 {
		t.Errorf("a preset at a lowered rate: learning rate %g, says %q", m.LR, Explain(err))
	}
}

// A value that passes ±ParamBound by a little reads past it: a learner's weight of 1000,
// at the bound, that a step moves to 1000.02 was "moved to 1000, beyond ±1000" (look9).
func TestRunawayValueReadsPastTheBound(t *testing.T) {
	m := NewSession()
	for v, want := range map[float64]string{1000.0213: "1000.02", -1000.4: "-1000.4",
		1500: "1500", 3.5e7: Num(3.5e7), ParamBound + 1e-9: "1000.000000001"} {
		err := m.haltWords(&remote.Halt{Param: 0, Value: v})
		if got := err.Error(); !strings.Contains(got, " "+want+",") {
			t.Errorf("%v reads %q, want %q", v, got, want)
		}
	}
}

// A value just past ±ParamBound reads with the fewest decimals that still read past it,
// in English and Korean: "-1000.00000007", not "-1000.0000000654483" (look9).
func TestRunawayValueReadsShortPastTheBound(t *testing.T) {
	defer speak(English)
	m := NewSession()
	for _, lang := range Langs() {
		speak(lang)
		for v, want := range map[float64]string{-1000.0000000654483: "1000.00000007",
			1000.000000000123: "1000.0000000001", 1000 + 3e-13: "1000.0000000000003"} {
			got := m.haltWords(&remote.Halt{Param: 0, Value: v}).Error()
			if i := strings.Index(got, want); i < 0 || i+len(want) < len(got) &&
				got[i+len(want)] >= '0' && got[i+len(want)] <= '9' {
				t.Errorf("%s: %v reads %q, want %q", lang.Code(), v, got, want)
			}
		}
	}
}

// A weight the learner set at the edge of ±ParamBound, that a step moves past it, is the
// cause the words name, not the learning rate: Step on lesson 4's ReLU stack with a weight
// of 1000 said "the learning rate 0.03 is too high" (look9), and Reset then warned that it
// keeps that rate.
func TestAWeightAtTheEdgeIsNotTheRate(t *testing.T) {
	refused := 0
	for _, v := range []float64{ParamBound, -ParamBound} {
		m := openLesson(t, 4, 0)
		apply(t, m, SetHiddenActivation{Act: core.ReLU{}},
			SetWeight{Layer: 0, Unit: 0, In: 0, Value: v})
		mustApply(t, m, StepPhase{Instant: true})
		if m.Diverged == nil {
			continue
		}
		refused++
		said := m.Diverged.Error()
		if strings.Contains(said, Say(LRTooHigh, "0.03")[:20]) || m.keptRunaway() != nil {
			t.Errorf("weight %v: the rate is blamed: %q", v, said)
		}
		if !strings.Contains(said, "edge") {
			t.Errorf("weight %v: the words do not say the weight is at the edge: %q", v, said)
		}
		banner := false
		for _, l := range sceneAt(t, m, 1280, 800, 1).Labels {
			banner = banner || l.Text == Say(DivergedEdgeBanner)
		}
		if !banner {
			t.Errorf("weight %v: the banner does not say a value is at the edge", v)
		}
	}
	if refused == 0 {
		t.Fatal("no Step with a weight of ±1000 was refused")
	}
}

// pastNum reads a value within the bound (or exactly at it) as Num does: no excess has a
// first decimal to reach. (The count of decimals was NaN's conversion to int, on amd64
// a huge negative number, and the loop ran on for ever: review16.)
func TestPastNumWithinTheBound(t *testing.T) {
	for _, v := range []float64{0.5, -999.5, ParamBound, -ParamBound} {
		if got := pastNum(v, ParamBound); got != Num(v) {
			t.Errorf("pastNum(%v) = %q, want %q", v, got, Num(v))
		}
	}
}

// TestARefusedStepSaysSoEverywhere: a Step refused at a weight of 1000 (lesson 4, ReLU)
// names the value as the editor names it (w[0][0]), the Step's own text says that no
// step was taken, and lesson 4's board, which then shows the point's backward pass on
// the network as it is, says that the Step was refused. (The message said "a weight of
// layer 1", the Step's text was empty and the board showed a backward pass as if the
// step had been taken: look10.)
func TestARefusedStepSaysSoEverywhere(t *testing.T) {
	defer speak(English)
	for _, l := range []Lang{English, Korean} {
		speak(l)
		m := openLesson(t, 4, 0)
		apply(t, m, SetHiddenActivation{Act: core.ReLU{}})
		for range PhaseUpdate {
			mustApply(t, m, StepPhase{Instant: true})
		}
		m.Apply(SetWeight{Layer: 0, Unit: 0, In: 0, Value: ParamBound}) // "Step ended: …"
		mustApply(t, m, StepPhase{})
		if m.Diverged == nil {
			t.Fatalf("%s: the Step with a weight of 1000 was taken", l.Code())
		}
		if said := m.Diverged.Error(); !strings.Contains(said, "w[0][0]") {
			t.Errorf("%s: the refusal does not name w[0][0]: %q", l.Code(), said)
		}
		if info := StepInfo(m); info != Say(StepNotTaken) {
			t.Errorf("%s: the Step's text reads %q", l.Code(), info)
		}
		board := false
		for _, lb := range sceneAt(t, m, 1280, 800, 1).Labels {
			board = board || lb.Text == Say(VanishBoardRefused)
		}
		if !board {
			t.Errorf("%s: lesson 4's board does not say that the Step was refused", l.Code())
		}
	}
}

// A Step refused right after a Step that played to its update, with nothing edited in
// between, says so too: the finished Step's record stayed, and the Step's text went on
// "Showing: update" (review17).
func TestAStepRefusedAfterAFullStepSaysSo(t *testing.T) {
	refused := 0
	for p := range Presets() {
		m := NewSession()
		mustApply(t, m, UsePreset{Index: p})
		mustApply(t, m, SetLR{LR: 10})
		for i := 0; i < 60 && m.Diverged == nil; i++ {
			for range PhaseUpdate {
				m.Apply(StepPhase{Instant: true})
			}
		}
		if m.Diverged == nil {
			continue
		}
		refused++
		if info := StepInfo(m); info != Say(StepNotTaken) {
			t.Errorf("preset %d: after a refused Step the Step's text reads %q", p, info)
		}
	}
	if refused == 0 {
		t.Fatal("no preset's Step was refused at a learning rate of 10")
	}
}

// TestSessionTrainerIsBound: the page's trainer steps with the bound on a runaway step
// from when it is made, a new network's and a new rate's as well, not from the first
// Play (Guard.Advance set it on every call: review17).
func TestSessionTrainerIsBound(t *testing.T) {
	m := NewSession()
	for _, c := range []Command{nil, AddLayer{}, SetLR{LR: 0.3}, Reset{}} {
		if c != nil {
			mustApply(t, m, c)
		}
		if got := m.Trainer.Opt.Bound; got != ParamBound {
			t.Errorf("after %T the trainer is bound at %v, want ±%v", c, got, ParamBound)
		}
	}
}
