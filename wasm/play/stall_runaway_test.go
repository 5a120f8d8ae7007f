package play

import "testing"

// TestARunawayEndsTheStallSaid stalls the deep sigmoid stack at learning rate 1, pauses,
// sets two of its output's weights to the bounds, +1000 and -1000, so that the Step's
// step takes one of them past ParamBound and is refused (ranAway, with no refresh of the
// meters after it); Play then resumes, and the page says no stall before the meters are
// next refreshed: the stall was said of training before the runaway, which is judged
// afresh. (Without ranAway's reset of stallSaid the old stall was said again.)
func TestARunawayEndsTheStallSaid(t *testing.T) {
	m := stalledDeepStack(t)
	out := len(m.Net.Layers) - 1
	mustApply(t, m, SetWeight{Layer: out, Unit: 0, In: 0, Value: ParamBound})
	mustApply(t, m, SetWeight{Layer: out, Unit: 0, In: 1, Value: -ParamBound})
	mustApply(t, m, Play{On: false})
	mustApply(t, m, StepPhase{})
	if m.Diverged == nil {
		t.Fatal("the Step ran with two weights at the bounds")
	}
	mustApply(t, m, Play{On: true})
	if err := m.Stall(); err != nil {
		t.Errorf("Play resumed after a runaway; before any refresh the page says %q",
			Explain(err))
	}
}
