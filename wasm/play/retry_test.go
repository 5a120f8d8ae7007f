package play

import (
	"fmt"
	"nnplay/core"
	"slices"
	"strings"
	"testing"
	"time"
)

// playUntilStopped plays m at SpeedEpoch for at most frames frames, a refresh apart,
// and returns the clock.
func playUntilStopped(m *Session, now time.Time, frames int) time.Time {
	for f := 0; f < frames && m.Playing; f++ {
		now = now.Add(RefreshEvery)
		m.Tick(now, 0)
	}
	return now
}

// runAway plays preset p (small grids) at learning rate 10, one epoch a frame, for at
// most 20 frames of RefreshEvery, until training stops, and returns the session and the
// frame's clock then.
func runAway(t *testing.T, p int) (*Session, time.Time) {
	t.Helper()
	m := NewSession()
	smallGrids(m)
	mustApply(t, m, UsePreset{Index: p})
	mustApply(t, m, SetLR{LR: 10})
	mustApply(t, m, SetSpeed{Speed: SpeedEpoch})
	mustApply(t, m, Play{On: true})
	return m, playUntilStopped(m, time.Unix(0, 0), 20)
}

// controlShows is what the panel's element id shows of m: its text, or its attribute
// attr when attr is not "". It fails the test when no control shows it.
func controlShows(t *testing.T, m *Session, id, attr string) string {
	t.Helper()
	for _, c := range Controls() {
		if c.ID == id && c.Attr == attr && c.Show != nil {
			return c.Show(m)
		}
	}
	t.Fatalf("no control shows %s's %q", id, attr)
	return ""
}

// TestTrainAgainAfterDivergence plays the presets that run away at learning rate 10:
// the panel's box then says at which of Playground's lower rates the network trains and
// offers, in one button, to train again at it; the button sets it, draws the first
// weights again, plays and says so, and training then goes on for trialEpochs epochs
// without stopping. Reset itself keeps the rate, as Playground's does. (The box led to
// Reset alone, which kept 10: Play ran away again at once.)
func TestTrainAgainAfterDivergence(t *testing.T) {
	defer speak(English)
	for _, lang := range Langs() {
		speak(lang)
		for _, p := range []int{1, 3} { // Net B, Linear only
			m, now := runAway(t, p)
			if m.Diverged == nil {
				t.Fatalf("preset %d did not stop at learning rate 10", p)
			}
			where := fmt.Sprintf("%s, preset %d", lang.Code(), p)
			label := controlShows(t, m, "diverged-again", "")
			if hidden := controlShows(t, m, "diverged-again", "hidden"); hidden != "" ||
				label == "" {
				t.Fatalf("%s: the box's button to train again shows %q, hidden %q", where,
					label, hidden)
			}
			r := m.retryLR
			if want := Say(TrainAgainButton, shortNum(r)); label != want || !(r < 10) {
				t.Errorf("%s: the button reads %q, want %q below 10", where, label, want)
			}
			text := controlShows(t, m, "diverged-text", "")
			if offer := Say(RetryOffer, shortNum(r), "10", "30"); !strings.Contains(text, offer) {
				t.Errorf("%s: the box says %q, without %q", where, text, offer)
			}
			first := NewSession()
			mustApply(t, first, UsePreset{Index: p})
			err := m.Apply(TrainAgain{})
			if _, ok := err.(Notice); !ok || Explain(err) != Say(TrainAgainPlays, shortNum(r),
				"10") {
				t.Errorf("%s: the button says %q", where, Explain(err))
			}
			if m.LR != r || m.Trainer.Opt.LR != r || !m.Playing || m.Diverged != nil ||
				m.SamplesSeen != 0 || !equalWeights(m, first) {
				t.Errorf("%s: after the button: rate %g (trainer %g), playing %v, stopped %v, "+
					"%d samples, first weights %v", where, m.LR, m.Trainer.Opt.LR, m.Playing,
					m.Diverged != nil, m.SamplesSeen, equalWeights(m, first))
			}
			playUntilStopped(m, now, trialEpochs)
			if m.Diverged != nil || m.Epoch() < trialEpochs {
				t.Errorf("%s: at %g, training stopped at epoch %.0f: %s", where, r, m.Epoch(),
					Explain(m.Diverged))
			}
			if err := m.Apply(TrainAgain{}); Refusal(err) == nil {
				t.Errorf("%s: the box gone, TrainAgain says %q, not a refusal", where,
					Explain(err))
			}
		}
	}
}

// equalWeights reports whether a and b hold the same parameters.
func equalWeights(a, b *Session) bool { return slices.Equal(WeightsOf(a.Net), WeightsOf(b.Net)) }

// TestTrainAgainIsOfferedOnlyAfterARunaway: no button to train again before training
// ran away, nor when a value at the edge of its range, not the rate, was the cause; the
// command is refused then.
func TestTrainAgainIsOfferedOnlyAfterARunaway(t *testing.T) {
	m := NewSession()
	if h := controlShows(t, m, "diverged-again", "hidden"); h != "hidden" {
		t.Errorf("a fresh page's button to train again: hidden %q", h)
	}
	if err := m.Apply(TrainAgain{}); Refusal(err) == nil {
		t.Errorf("TrainAgain on a fresh page says %q, not a refusal", Explain(err))
	}
	m.ranAway(Sentences{AtTheEdge.With(AWeight.With(), "1000", "1000.1", "1000")})
	if h := controlShows(t, m, "diverged-again", "hidden"); h != "hidden" || m.retryLR != 0 {
		t.Errorf("a value at the edge: the button's hidden %q, rate %g", h, m.retryLR)
	}
}

// TestTrainAgainOffersOnlyWhatItTried: a setting the trial depends on, changed while the
// box shows, takes back a rate tried under the old one. The Linear-only preset ran away
// at 10 and was offered 1; with a batch of 1, mean squared error or a ReLU layer, 1 ran
// away again at once from the button the box kept.
func TestTrainAgainOffersOnlyWhatItTried(t *testing.T) {
	for _, c := range []Command{SetBatch{Size: 1}, SetLoss{Loss: core.MSELoss{}},
		SetActivation{Layer: 0, Act: core.ReLU{}}} {
		m, now := runAway(t, 3)
		if m.offeredRate() == 0 {
			t.Fatalf("the Linear-only preset at 10: no rate on offer")
		}
		mustApply(t, m, c)
		label := controlShows(t, m, "diverged-again", "")
		text := controlShows(t, m, "diverged-text", "")
		offers := strings.Contains(text, Say(RetryOffer, shortNum(m.offeredRate()), "10", "30"))
		if (label != "") != (m.offeredRate() != 0) || offers != (m.offeredRate() != 0) {
			t.Errorf("after %#v: the button reads %q, the box says %q", c, label, text)
		}
		if m.offeredRate() == 0 {
			continue
		}
		m.Apply(TrainAgain{})
		playUntilStopped(m, now, trialEpochs)
		if m.Diverged != nil || m.Epoch() < trialEpochs {
			t.Errorf("after %#v, at the rate offered %g, training stopped at epoch %.0f: %s",
				c, m.LR, m.Epoch(), Explain(m.Diverged))
		}
	}
}

// TestTrainAgainSaysTheRateThatRanAway: a rate the learner picked while the box shows
// is not the one training stopped at. Net B ran away at 10; with 0.3 picked, the button
// said "Learning rate set to 1, since training stopped at 0.3" (in Korean, that it
// lowered 0.3 to 1).
func TestTrainAgainSaysTheRateThatRanAway(t *testing.T) {
	m, _ := runAway(t, 1)
	r := m.offeredRate()
	if r == 0 {
		t.Fatal("Net B at 10: no rate on offer")
	}
	mustApply(t, m, SetLR{LR: 0.3})
	if got, want := Explain(m.Apply(TrainAgain{})), Say(TrainAgainPlays, shortNum(r),
		"10"); got != want {
		t.Errorf("the button says %q, want %q", got, want)
	}
}
