package play

import (
	"strings"
	"testing"
)

// TestANewStepSaysNothingStale: Step, open a link during it (which ends it and says so
// in the Step's text), then press Step again. A look at 390x844 saw the status line say
// "Step ended: you opened a link" while a new Step ran (mend21): neither the status
// line, as the panel keeps it (Status), nor the Step's text says that the last Step
// ended once a new one starts, whether the link was whole or partly refused.
func TestANewStepSaysNothingStale(t *testing.T) {
	for _, link := range []string{"data=xor&lr=0.1&seed=7", "data=xor&lr=0.1&seed=x"} {
		m := NewSession()
		var s Status
		do := func(c Command) { s.Answer(c, m.Apply(c), false) }
		do(StepPhase{Instant: true})
		do(OpenLink{Hash: link})
		if info := StepInfo(m); !strings.Contains(info, "Step ended: you opened a link") {
			t.Fatalf("%s: the Step's text says %q", link, info)
		}
		if said := Explain(s.Err()); strings.Contains(said, "Step ended") {
			t.Errorf("%s: the status line says %q beside the Step's text", link, said)
		}
		do(StepPhase{Instant: true})
		if info, said := StepInfo(m), Explain(s.Err()); m.Anim.Record == nil ||
			strings.Contains(info+said, "Step ended") || said != "" {
			t.Errorf("%s: a new Step, and the Step's text says %q, the status line %q",
				link, info, said)
		}
	}
}
