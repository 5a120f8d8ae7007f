package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// TestAnEditDuringAStepKeepsThePanelWhereItIs: on a phone, in lesson 4, Step to the
// update and change the hidden layers' activation in the lesson's menu. look11 found the
// panel scrolled to its top to show "Step ended: …" on the status line, the menu and
// the tasks out of sight, while the Step's text beside the buttons said the same: the
// panel stays, and the Step's text alone says it.
func TestAnEditDuringAStepKeepsThePanelWhereItIs(t *testing.T) {
	t.Parallel()
	p := reused(t, 390, 844)
	p.call("lang", "ko", nil)
	p.call("lesson", 4, nil)
	for range 4 {
		p.call("step", map[string]bool{"instant": true}, nil)
	}
	p.eval(`document.getElementById('lesson-hidden').scrollIntoView({block: 'center'}), 1`)
	before := p.eval(`String(document.getElementById('panel').scrollTop)`)
	if before == "0" {
		t.Fatal("the lesson's menu is at the panel's top: nothing to scroll away from")
	}
	p.eval(setJS("lesson-hidden", "tanh", "change", "1"))
	p.waitFor(`document.getElementById('step-info').textContent.includes('‘한 단계’')`)
	p.eval(`new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(1))))`)
	if after := p.eval(`String(document.getElementById('panel').scrollTop)`); after != before {
		t.Errorf("the panel scrolled from %s to %s", before, after)
	}
	if said := p.eval(`document.getElementById('status').textContent`); strings.Contains(said,
		"‘한 단계’") {
		t.Errorf("the status line says again what the Step's text says: %q", said)
	}
	p.noProblems()
}

// TestLoadModelSaysTheLatestRefusal: Load model with a bad model file, then with one
// too large to read. look11 found the size refusal on the status line only, while the
// line beside Load model, where the learner looks, still named the first file.
func TestLoadModelSaysTheLatestRefusal(t *testing.T) {
	t.Parallel()
	p := reused(t, 1280, 800)
	p.upload("load-model", "bad.json", []byte(`{"format": "nnplay/1", "layers": []}`))
	if got := p.statusText(); !strings.Contains(got, "bad.json") {
		t.Fatalf("the bad file: %q", got)
	}
	p.upload("load-model", "big.json", make([]byte, 2<<20))
	if got := p.statusText(); !strings.Contains(got, "big.json: the file is 2.0 MB") {
		t.Fatalf("the large file: %q", got)
	}
	if got := p.eval(`document.getElementById('share-status').textContent`); !strings.Contains(
		got, "big.json: the file is 2.0 MB") {
		t.Errorf("beside Load model: %q", got)
	}
	p.noProblems()
}

// TestTheRightArrowStepsFromAButton: after a click on New seed the button keeps the
// focus; look11 found → did nothing there while the keys' hint said it steps.
func TestTheRightArrowStepsFromAButton(t *testing.T) {
	t.Parallel()
	p := reused(t, 1280, 800)
	p.do(chromedp.Focus(chromedp.CSS("#new-seed")), chromedp.KeyEvent(kb.ArrowRight))
	p.waitFor(
		`window.nnplay.call('state').then(s => JSON.parse(s).step.phase === 'forward')`)
	p.noProblems()
}
