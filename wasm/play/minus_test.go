package play

import (
	"strings"
	"testing"

	"nnplay/wasm/play/remote"
)

// TestPanelNumbersUseTheMinusSign: every panel text that shows a number writes its minus
// as the canvas does ("−", U+2212), in English and Korean: the messages (a runaway's
// value, a refused number), the readouts (the picked edge's weight); not the values of
// inputs and menus the learner types into or picks, nor Inspect, which prints what
// PyTorch prints and may be pasted into Python. Only the Step's text did (look9).
func TestPanelNumbersUseTheMinusSign(t *testing.T) {
	defer speak(English)
	for _, lang := range Langs() {
		speak(lang)
		m := NewSession()
		ran := Explain(m.haltWords(&remote.Halt{Param: 0, Value: -1000.0000000654483}))
		if !strings.Contains(ran, "−1000.00000007") || strings.Contains(ran, "-1") {
			t.Errorf("%s: a runaway reads %q", lang.Code(), ran)
		}
		_, err := typed(-ParamBound, ParamBound, func(float64) Command { return nil })("-2000")
		if e := Explain(err); !strings.Contains(e, "−2000") || !strings.Contains(e, "−1000") &&
			!strings.Contains(e, "±1000") {
			t.Errorf("%s: a refused number reads %q", lang.Code(), e)
		}
		mustApply(t, m, SetWeight{Layer: 0, Unit: 0, In: 0, Value: -0.25})
		mustApply(t, m, SelectEdge{Layer: 0, Unit: 0, In: 0})
		for _, c := range Controls() {
			if c.Show == nil || c.Attr != "" {
				continue
			}
			v := c.Show(m)
			shown := c.PropertyValue("textContent", v)
			switch {
			case c.ID == "edge-value" && shown != "−0.25":
				t.Errorf("%s: the picked edge's weight reads %q", lang.Code(), shown)
			case c.ID == "inspect" && shown != v:
				t.Errorf("%s: Inspect's print changed to %q", lang.Code(), shown)
			}
			if got := c.PropertyValue("value", "-0.25"); got != "-0.25" {
				t.Errorf("%s: %s's value is written %q", lang.Code(), c.ID, got)
			}
		}
	}
	for in, want := range map[string]string{
		"x1-x2, e-mail, (-0.5), 1.2e-05 -3":   "x1-x2, e-mail, (−0.5), 1.2e−05 −3",
		"-.5 a-1 L1-L2 Leaky-ReLU 2026-12-01": "−.5 a-1 L1-L2 Leaky-ReLU 2026-12-01",
	} {
		if got := signNumbers(in); got != want {
			t.Errorf("signNumbers(%q) = %q, want %q", in, got, want)
		}
	}
}
