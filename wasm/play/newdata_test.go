package play

import (
	"strings"
	"testing"

	"nnplay/core"
)

// TestNewDataSaysTheWeightsStartAgain: new data puts every weight back where it started,
// as Playground does, and the fresh-eyes look found that a learner's typed weights so
// vanished without a word. Each change of the data says so when the weights were others
// than their first (typed, or trained), in both languages, and says nothing when nothing
// was lost.
func TestNewDataSaysTheWeightsStartAgain(t *testing.T) {
	for _, c := range []Command{
		SetNoise{Percent: 20}, SetTrainPct{Percent: 70}, SetDataKind{Kind: core.XOR},
		SetProblem{Problem: Regression}, Regenerate{},
		LoadFile{Kind: DataFile, Name: "p.csv", Text: ownPoints},
	} {
		fresh := NewSession()
		if err := fresh.Apply(c); strings.Contains(explainIn(English, err), "first weights") {
			t.Errorf("%T with the first weights says %q", c, err)
		}
		m := NewSession()
		first := WeightsOf(m.Net)
		mustApply(t, m, SetWeight{Layer: 0, Unit: 0, In: 0, Value: 3})
		err := m.Apply(c)
		if Refusal(err) != nil {
			t.Fatalf("%T: %v", c, err)
		}
		if en, ko := explainIn(English, err), explainIn(Korean, err); !strings.Contains(en,
			"New data: the network starts again from its first weights.") ||
			!strings.Contains(ko, "처음 가중치") {
			t.Errorf("%T after a typed weight says %q and %q", c, en, ko)
		}
		if p, ok := c.(SetProblem); ok && m.Problem != p.Problem {
			t.Errorf("%T: the problem is %v, not the one picked", c, m.Problem)
		}
		if !sameBits(WeightsOf(m.Net), first) {
			t.Errorf("%T did not put the weights back where they started", c)
		}
	}
}

// TestNewDataDuringPlaySaysTrainingPaused: new data during Play starts over paused, as
// Playground's reset pauses, and the answer says so with what to do, in both languages
// (look10: it said only that the network starts again, and the learner saw Play stop).
func TestNewDataDuringPlaySaysTrainingPaused(t *testing.T) {
	for _, c := range []Command{SetNoise{Percent: 30}, SetDataKind{Kind: core.XOR}} {
		m := NewSession()
		train(m, 5) // leaves Play off
		mustApply(t, m, Play{On: true})
		err := m.Apply(c)
		if m.Playing {
			t.Errorf("%T during Play: still playing", c)
		}
		if en, ko := explainIn(English, err), explainIn(Korean, err); !strings.Contains(en,
			Say(NewDataPaused)) || !strings.Contains(ko, NewDataPaused.entry().ko) {
			t.Errorf("%T during Play says %q and %q", c, en, ko)
		}
		if err := NewSession().Apply(c); strings.Contains(explainIn(English, err), "paused") {
			t.Errorf("%T at rest says %q", c, err)
		}
	}
}
