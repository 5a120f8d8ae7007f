package e2e

import (
	"strings"
	"testing"
)

// TestADragDuringAStepSaysItEndedTheStep drags a weight's slider during a Step, as the
// browser sends a drag: an input event at each move. The fresh-eyes look found that the
// drag's later moves erased what its first said, so that a real drag ended the Step
// without a word; the Step's text still says it once the drag is over, and only it:
// the status line at the panel's top does not say it again (look11).
func TestADragDuringAStepSaysItEndedTheStep(t *testing.T) {
	t.Parallel()
	p := reused(t, 1280, 800)
	for range 3 {
		p.call("step", map[string]bool{"instant": true}, nil)
	}
	for _, v := range []string{"0.5", "1.5", "2.75", "3.25"} {
		p.eval(setJS("w-0-0-0-range", v, "input", "1"))
	}
	p.waitFor(`document.getElementById('w-0-0-0-num').value === '3.25'`)
	said := p.eval(`document.getElementById('step-info').textContent`)
	if !strings.Contains(said, "Step ended: you changed a weight") {
		t.Errorf("after the drag the Step's text says %q", said)
	}
	if said := p.eval(`document.getElementById('status').textContent`); said != "" {
		t.Errorf("the status line says again what the Step's text says: %q", said)
	}
	p.noProblems()
}
