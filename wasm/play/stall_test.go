package play

import (
	"strings"
	"testing"
	"time"

	"nnplay/wasm/play/remote"
)

// shown returns what the panel's element id shows of m, through its control's Show.
func shown(t *testing.T, m *Session, id, attr string) string {
	t.Helper()
	for _, c := range Controls() {
		if c.ID == id && c.Attr == attr && c.Show != nil {
			return c.Show(m)
		}
	}
	t.Fatalf("no control shows %s %s", id, attr)
	return ""
}

// stalledDeepStack returns a session whose deep sigmoid stack, trained at learning rate
// 1, has stalled.
func stalledDeepStack(t *testing.T) *Session {
	t.Helper()
	m := NewSession()
	smallGrids(m)
	mustApply(t, m, UsePreset{Index: 2})
	mustApply(t, m, SetLR{LR: 1})
	if !playFor(t, m, SpeedEpoch, 300, func() bool { return m.Stall() != nil }) {
		t.Fatal("no stall at learning rate 1")
	}
	return m
}

// playFor plays m at speed for up to frames frames of RefreshEvery, until done says
// so; it reports whether done did.
func playFor(t *testing.T, m *Session, speed Speed, frames int, done func() bool) bool {
	t.Helper()
	mustApply(t, m, SetSpeed{Speed: speed})
	mustApply(t, m, Play{On: true})
	now := time.Unix(0, 0)
	for f := 0; f < frames && m.Playing; f++ {
		now = now.Add(RefreshEvery)
		m.Tick(now, 0)
		if done() {
			return true
		}
	}
	return false
}

// TestStallInSaturationIsSaid trains the deep sigmoid stack at learning rate 1, where
// every unit of its last hidden layer saturates and the loss stays at 0.5, far under
// the blow-up bound: the panel's box says that training has stalled, which layer, and
// to lower the learning rate, the canvas's banner says to see it, in both languages;
// Play goes on; a preset then comes with its own rate. Playground's default network at
// its rate, and at rate 1 where its saturated output has learned the data, say nothing
// of it. (The page said nothing of a stall.)
func TestStallInSaturationIsSaid(t *testing.T) {
	defer speak(English)
	m := NewSession()
	smallGrids(m)
	mustApply(t, m, UsePreset{Index: 2})
	mustApply(t, m, SetLR{LR: 1})
	if !playFor(t, m, SpeedEpoch, 300, func() bool { return m.Stall() != nil }) {
		t.Fatalf("no stall said after %.0f epochs, the loss at %v; %q", m.Epoch(),
			m.View().TrainLoss, Explain(m.Diverged))
	}
	for _, lang := range Langs() {
		speak(lang)
		words := shown(t, m, "diverged-text", "")
		want := map[Lang][]string{English: {"Training has stalled: every unit of layer 8 is " +
			"saturated", "lower the learning rate"}, Korean: {"8층의 모든 유닛이", "포화",
			"학습률을 낮추고"}}[lang]
		for _, w := range want {
			if !strings.Contains(words, w) {
				t.Errorf("%s: the panel says %q, without %q", lang.Code(), words, w)
			}
		}
		if h := shown(t, m, "diverged", "hidden"); h != "" || !m.Playing {
			t.Errorf("%s: the box is %q, playing %v", lang.Code(), h, m.Playing)
		}
		s := pageScene(t, m, window{1280, 800, 1})
		banner := false
		for _, l := range s.Labels {
			banner = banner || l.Text == Say(StallBanner)
		}
		if !banner {
			t.Errorf("%s: no banner %q on the canvas", lang.Code(), Say(StallBanner))
		}
	}
	speak(English)
	err := m.Apply(UsePreset{Index: 2})
	if m.LR != 0.03 || Explain(err) != "Learning rate set to 0.03: 1 was too high." {
		t.Errorf("a preset after the stall: learning rate %g, says %q", m.LR, Explain(err))
	}

	for _, c := range []struct {
		name   string
		preset int
		lr     float64
		seed   uint64
	}{{"Net A at 0.03", 0, 0.03, 1}, {"Net A at 1, learned", 0, 1, 2}} {
		m := NewSession()
		smallGrids(m)
		m.InitSeed = c.seed
		mustApply(t, m, UsePreset{Index: c.preset})
		mustApply(t, m, SetLR{LR: c.lr})
		if playFor(t, m, SpeedEpoch, 200, func() bool { return m.halted() != nil }) {
			t.Errorf("%s: at epoch %.0f, loss %v, the panel says %q", c.name, m.Epoch(),
				m.View().TrainLoss, Explain(m.halted()))
		}
	}
}

// TestResetAfterAStall: Reset after a stall in saturation keeps the learning rate, as
// after a divergence, and says that training will stall again unless it is lowered; a
// preset then comes with its own rate. (Reset said nothing, and a preset after it kept
// the rate that stalled.)
func TestResetAfterAStall(t *testing.T) {
	defer speak(English)
	for _, lang := range Langs() {
		speak(lang)
		m := stalledDeepStack(t)
		err := m.Apply(Reset{})
		want := Say(ResetKeepsStallLR, "1")
		if _, ok := err.(Notice); !ok || Explain(err) != want || m.LR != 1 {
			t.Errorf("%s: Reset after the stall: learning rate %g, says %q, want %q",
				lang.Code(), m.LR, Explain(err), want)
		}
		err = m.Apply(UsePreset{Index: 2})
		want = Say(PresetLR, "0.03", "1")
		if _, ok := err.(Notice); !ok || Explain(err) != want || m.LR != 0.03 {
			t.Errorf("%s: a preset after Reset: learning rate %g, says %q, want %q",
				lang.Code(), m.LR, Explain(err), want)
		}
		if err := m.Apply(Reset{}); err != nil {
			t.Errorf("%s: Reset at the preset's rate says %q", lang.Code(), Explain(err))
		}
	}
}

// TestStallOfDeadReLUsIsSaid trains Net B at learning rate 1, where ReLUs die until no
// gradient reaches the weights of its last hidden layer or any before it (with the
// default seed one unit of that layer lives on, with seed 2 none does) and the loss stays
// flat: the panel says so (dying ReLU) and what to do, the canvas's banner that the ReLUs
// are dead, in both languages; a gradient reaching the first layer ends it; Reset then
// keeps the rate and says it will stall again. (The page said nothing of it: only a
// stall in saturation was said.)
func TestStallOfDeadReLUsIsSaid(t *testing.T) {
	defer speak(English)
	for _, lang := range Langs() {
		for _, seed := range []uint64{1, 2} {
			speak(lang)
			m := NewSession()
			smallGrids(m)
			m.InitSeed = seed
			mustApply(t, m, UsePreset{Index: 1})
			mustApply(t, m, SetLR{LR: 1})
			if !playFor(t, m, SpeedEpoch, 300, func() bool { return m.Stall() != nil }) {
				t.Fatalf("%s, seed %d: nothing said after %.0f epochs, the loss at %v",
					lang.Code(), seed, m.Epoch(), m.View().TrainLoss)
			}
			words := shown(t, m, "diverged-text", "")
			want := map[Lang][]string{English: {"to the weights of layer 6 or of any layer",
				"dying ReLU", "Leaky ReLU", "Lower the learning rate"}, Korean: {
				"6층과 그 앞의 모든 층", "죽은 뉴런 (Dead Neuron) 현상", "학습률을 낮추거나"}}[lang]
			for _, w := range want {
				if !strings.Contains(words, w) {
					t.Errorf("%s, seed %d: the panel says %q, without %q", lang.Code(), seed,
						words, w)
				}
			}
			s := pageScene(t, m, window{1280, 800, 1})
			banner := false
			for _, l := range s.Labels {
				banner = banner || l.Text == Say(StallDeadBanner)
			}
			if !banner {
				t.Errorf("%s, seed %d: no banner %q on the canvas", lang.Code(), seed,
					Say(StallDeadBanner))
			}
			if seed == 2 { // every unit of layer 6 dead: saturation's hold would keep it
				m.Diag.Layers[0].GradNorm = 1e-3
				m.showMeters(m.Diag) // the meters refresh with it
				if m.Stall() != nil {
					t.Errorf("%s: a gradient reaches layer 1, and the page says %q",
						lang.Code(), Explain(m.Stall()))
				}
			}
			err := m.Apply(Reset{})
			if want := Say(ResetKeepsStallLR, "1"); seed == 1 && (Explain(err) != want ||
				m.LR != 1) {
				t.Errorf("%s: Reset after the stall: learning rate %g, says %q, want %q",
					lang.Code(), m.LR, Explain(err), want)
			}
		}
	}
}

// TestStallStaysSaid: a stall once said stays while its layer's units stay saturated
// on StallHold of the points or more and the loss where it was, so that a layer that
// hovers about StallShare does not make the message come and go; it goes when the share
// falls under StallHold, or the loss moves, and comes back only as a stall found anew.
// Each case is a refresh of the meters, where the page judges the stall. (The message
// went as soon as the share fell under StallShare.)
func TestStallStaysSaid(t *testing.T) {
	m := stalledDeepStack(t)
	mustApply(t, m, Play{On: false})
	st, _ := m.stalled()
	d := &m.Diag.Layers[st.l]
	setShare := func(share float64) {
		for i := range d.SaturatedFraction {
			d.SaturatedFraction[i], d.DeadFraction[i] = share, 0
		}
	}
	last := &m.History.Points[len(m.History.Points)-1]
	loss := last.Train
	for _, c := range []struct {
		name  string
		share float64
		moved float64 // the last loss, as a share of the loss the stall was said at
		said  bool
	}{
		{"at 96%", 0.96, 1, true},
		{"down to 93%", 0.93, 1, true},
		{"at 91%, the loss 0.5% lower", 0.91, 0.995, true},
		{"down to 89%", 0.89, 1, false},
		{"back at 93%", 0.93, 1, false},
		{"at 96% again", 0.96, 1, true},
		{"at 93%, the loss 2% lower", 0.93, 0.98, false},
	} {
		setShare(c.share)
		last.Train = loss * c.moved
		m.showMeters(m.Diag) // the meters refresh with it
		if said := m.Stall() != nil; said != c.said {
			t.Errorf("%s: said %v, want %v (%q)", c.name, said, c.said, Explain(m.Stall()))
		}
	}
	setShare(0.96)
	last.Train = loss
	m.Apply(Reset{}) // says that it keeps the rate
	d = &m.Diag.Layers[st.l]
	setShare(0.93)
	m.showMeters(m.Diag)
	if m.Stall() != nil {
		t.Errorf("after Reset: still says %q", Explain(m.Stall()))
	}
}

// TestStallHoldIsNotTheAsking: whether a stall stays said does not hang on how often the
// page asks. The deep sigmoid stack stalls at rate 1; with Play paused, the learner drags
// a bias of the stalled layer until one unit saturates on about 93% of the points, under
// StallShare but over StallHold: the stall stays said, whether the page asked 0 or 5
// times per refresh; dragged further, under StallHold, it goes. (It stayed only where
// the banner had asked since the stall was found: asking was what kept it.)
func TestStallHoldIsNotTheAsking(t *testing.T) {
	stalls := func(asks int) (*Session, stall) {
		m := NewSession()
		smallGrids(m)
		mustApply(t, m, UsePreset{Index: 2})
		mustApply(t, m, SetLR{LR: 1})
		if !playFor(t, m, SpeedEpoch, 300, func() bool {
			for range asks {
				m.Stall()
			}
			_, ok := m.stallNow()
			return ok
		}) {
			t.Fatal("no stall at learning rate 1")
		}
		mustApply(t, m, Play{On: false})
		m.Refresh()
		st, _ := m.stallNow()
		return m, st
	}
	// The bias that puts unit 0 of the stalled layer at about 93%, found on a session of
	// its own: each try refreshes the meters, and a try under StallHold ends a hold.
	probe, st := stalls(0)
	lin := probe.Net.Layers[st.l].Linear
	b0 := lin.Bias[0]
	share := func(b float64) float64 {
		mustApply(t, probe, SetBias{Layer: st.l, Unit: 0, Value: b})
		return probe.Diag.Layers[st.l].SaturatedFraction[0] +
			probe.Diag.Layers[st.l].DeadFraction[0]
	}
	lo, hi := b0, b0
	for step := 1.0; share(hi) >= StallShare && step < 64; step *= 2 {
		lo, hi = hi, b0+step
	}
	for range 60 {
		if mid := (lo + hi) / 2; share(mid) >= (StallShare+StallHold)/2 {
			lo = mid
		} else {
			hi = mid
		}
	}
	if s := share(lo); s < StallHold || s >= StallShare {
		t.Fatalf("no bias puts the unit between StallHold and StallShare: %v at %v", s, lo)
	}
	off := hi // and a bias that puts it under StallHold
	for step := 1e-9; share(off) >= StallHold; step *= 2 {
		off = lo + step
	}
	var said [2]string
	for k, asks := range []int{0, 5} {
		m, _ := stalls(asks)
		mustApply(t, m, SetBias{Layer: st.l, Unit: 0, Value: lo})
		for range asks {
			m.Stall()
		}
		said[k] = Explain(m.Stall())
		mustApply(t, m, SetBias{Layer: st.l, Unit: 0, Value: off})
		if m.Stall() != nil {
			t.Errorf("asked %d times per refresh: under StallHold, the page says %q", asks,
				Explain(m.Stall()))
		}
	}
	if said[0] != said[1] || said[0] == "" {
		t.Errorf("asked 0 times per refresh, the page says %q; 5 times, %q", said[0], said[1])
	}
}

// TestStallIsSaidFromTheWorker: at the fastest speed the meters come with the training
// worker's frames, shown at once, or once their pictures are staged: the deep sigmoid
// stack's stall at rate 1 is judged from them as from the page's own refreshes. (The
// page judged it only when the banner asked.)
func TestStallIsSaidFromTheWorker(t *testing.T) {
	for _, staged := range []bool{false, true} {
		m, _, _ := withPictures(2, staged)
		if !staged {
			smallGrids(m)
		}
		mustApply(t, m, SetLR{LR: 1})
		fastInWorker(m)
		var w remote.Worker
		said := false
		now := time.Unix(0, 0)
		for f := 0; f < 300 && !said && m.Playing; f++ {
			now = now.Add(RefreshEvery) // each frame a refresh: the page asks for heatmaps
			if msg := m.ToWorker(now); msg != nil {
				if err := w.Put(msg); err != nil {
					t.Fatal(err)
				}
			}
			if out := w.Run(0); out != nil {
				if _, err := m.FromWorker(out); err != nil {
					t.Fatal(err)
				}
			}
			said = m.Stall() != nil
		}
		if !said {
			t.Errorf("staged %v: no stall said after %.0f epochs in the worker, the loss at %v",
				staged, m.Epoch(), m.View().TrainLoss)
		}
	}
}
