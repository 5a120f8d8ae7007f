package play

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"nnplay/wasm/play/remote"
)

// TestPanelNumbersUseTheMinusSign: every panel text that shows a number writes its minus
// as the canvas does ("−", U+2212), in English and Korean: the messages (a runaway's
// value, a refused number), the readouts (the picked edge's weight); not the values of
// inputs and menus the learner types into or picks, nor Inspect, which prints what
// PyTorch prints and may be pasted into Python. Only the Step's text did (look9).
// Each control goes to the property its element in index.html takes, and the test
// requires the readout, Inspect and a value with a minus to be among them (the loop passed
// with none of them: review16).
func TestPanelNumbersUseTheMinusSign(t *testing.T) {
	defer speak(English)
	html, err := os.ReadFile("../../index.html")
	if err != nil {
		t.Fatal(err)
	}
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
		// Each control's value goes to the property its element takes (ShownAs), as the
		// panel writes it.
		readouts, inspects, values := 0, 0, 0
		for _, c := range Controls() {
			if c.Show == nil || c.Attr != "" {
				continue
			}
			tag, typ := elementOf(t, html, c.ID)
			prop, v := ShownAs(tag, typ), c.Show(m)
			shown := c.PropertyValue(prop, v)
			switch {
			case c.ID == "edge-value":
				readouts++
				if shown != "−0.25" {
					t.Errorf("%s: the picked edge's weight reads %q", lang.Code(), shown)
				}
			case c.ID == "inspect":
				inspects++
				if !strings.Contains(v, "-") || shown != v {
					t.Errorf("%s: Inspect's print %q is written %q", lang.Code(), v, shown)
				}
			case prop == "value" && strings.Contains(v, "-"):
				values++
				if shown != v {
					t.Errorf("%s: %s's value %q is written %q", lang.Code(), c.ID, v, shown)
				}
			}
		}
		if readouts != 1 || inspects != 1 || values == 0 {
			t.Errorf("%s: %d edge readouts, %d Inspects, %d values with a minus: want 1, 1, "+
				"some", lang.Code(), readouts, inspects, values)
		}
	}
	for in, want := range map[string]string{
		"x1-x2, e-mail, (-0.5), 1.2e-05 -3":   "x1-x2, e-mail, (−0.5), 1.2e−05 −3",
		"-.5 a-1 L1-L2 Leaky-ReLU 2026-12-01": "−.5 a-1 L1-L2 Leaky-ReLU 2026-12-01",
		// After a sign beyond ASCII, as after "=" (review16: they kept their hyphens);
		// a hyphen after a Korean letter joins a word, as after a Latin one.
		"0.5·-0.3 → -0.2, 0.5→-0.3, z ≈-2, ×-1, 1층-2": "0.5·−0.3 → −0.2, 0.5→−0.3, z ≈−2, ×−1, 1층-2",
		// What the learner typed, quoted, stays as typed; the rest is signed.
		`"-1x" is not a number: type one from -1000 to 1000`: `"-1x" is not a number: ` +
			"type one from −1000 to 1000",
		`"a\"-1" -2, weights “ab_-4x” -3, 5" -4`: `"a\"-1" −2, weights “ab_-4x” −3, 5" −4`,
	} {
		if got := signNumbers(in); got != want {
			t.Errorf("signNumbers(%q) = %q, want %q", in, got, want)
		}
	}
}

// elementOf returns the tag (upper case, as the DOM's tagName) and type of the element
// whose id is id in the page's markup html.
func elementOf(t *testing.T, html []byte, id string) (tag, typ string) {
	t.Helper()
	m := regexp.MustCompile(`<(\w+)\b([^>]*)\bid="` + regexp.QuoteMeta(id) + `"([^>]*)>`).
		FindSubmatch(html)
	if m == nil {
		t.Fatalf("index.html has no element #%s", id)
	}
	attrs := string(m[2]) + " " + string(m[3])
	if a := regexp.MustCompile(`\btype="([^"]*)"`).FindStringSubmatch(attrs); a != nil {
		typ = a[1]
	}
	return strings.ToUpper(string(m[1])), typ
}
