package e2e

import (
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// TestTheRightArrowStepsFromATickBox: after a click on a feature's box the box keeps the
// focus; → did nothing there while the keys' hint said it steps (review19), and the page
// told a tick box from a number box by its tag alone.
func TestTheRightArrowStepsFromATickBox(t *testing.T) {
	t.Parallel()
	p := reused(t, 1280, 800)
	p.do(chromedp.Focus(chromedp.CSS("#discretize")), chromedp.KeyEvent(kb.ArrowRight))
	p.waitFor(
		`window.nnplay.call('state').then(s => JSON.parse(s).step.phase === 'forward')`)
	if on := p.eval(`String(document.getElementById('discretize').checked)`); on != "false" {
		t.Errorf("→ ticked the box: checked %s", on)
	}
	p.noProblems()
}
