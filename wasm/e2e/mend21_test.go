package e2e

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// TestInspectRowsStayWhole: lesson 1's PyTorch view prints the layer's tensors, a row
// of the weight matrix to a line, as Python does. At 1280x800 the box wrapped a row
// across lines (mend21); a row stays whole, the box scrolling sideways as a code view
// does, on a wide screen and on a phone.
func TestInspectRowsStayWhole(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{1280, 800}, {390, 844}} {
		p := reused(t, size[0], size[1])
		p.call("lesson", 1, nil)
		p.waitFor(`document.getElementById('inspect').textContent.includes('tensor(')`)
		p.eval(`document.getElementById('inspect').scrollIntoView({block: 'center'}), 1`)
		// Each printed line is one line box: the rectangles of its characters share a top.
		var wrapped []string
		js := `(() => {
			const pre = document.getElementById('inspect'), text = pre.firstChild;
			if (pre.childNodes.length !== 1) return JSON.stringify(['not one text: ' +
				pre.childNodes.length]);
			const out = [];
			let at = 0;
			for (const line of text.data.split('\n')) {
				if (line.trim() !== '') {
					const r = document.createRange();
					r.setStart(text, at);
					r.setEnd(text, at + line.length);
					const tops = new Set([...r.getClientRects()].map(c => Math.round(c.top)));
					if (tops.size !== 1) out.push(line);
				}
				at += line.length + 1;
			}
			return JSON.stringify(out);
		})()`
		if err := json.Unmarshal([]byte(p.eval(js)), &wrapped); err != nil {
			t.Fatal(err)
		}
		p.screenshot(fmt.Sprintf("mend21-inspect-%dx%d", size[0], size[1]))
		if len(wrapped) > 0 {
			t.Errorf("%dx%d: the PyTorch view wraps %q", size[0], size[1], wrapped)
		}
		p.noProblems()
	}
}

// TestANewStepSaysNothingStale: on a phone, Step, open a link (which ends the Step and
// says so), then press Step again. The status line once still said "Step ended: you
// opened a link" while the new Step ran (mend21): once a Step starts, nothing on the
// panel says that the last one ended.
func TestANewStepSaysNothingStale(t *testing.T) {
	t.Parallel()
	p := reused(t, 390, 844)
	p.eval(`document.getElementById('step').click(), 1`)
	p.waitFor(`document.getElementById('step-info').textContent !== ''`)
	p.eval(`location.hash = '#lr=0.1&seed=7', 1`)
	p.waitFor(`document.getElementById('step-info').textContent.includes('you opened a link')`)
	p.eval(`document.getElementById('step').click(), 1`)
	p.waitFor(`!document.getElementById('step-info').textContent.includes('Step ended')`)
	p.eval(`new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(1))))`)
	for _, id := range []string{"status", "step-info", "share-status"} {
		if said := p.eval(`document.getElementById('` + id + `').textContent`); strings.Contains(
			said, "Step ended") {
			t.Errorf("#%s says %q while a new Step runs", id, said)
		}
	}
	// The test API's Step is no learner's action, yet the panel should say nothing stale
	// once it starts a Step either.
	p.eval(`location.hash = '#lr=0.03&seed=8', 1`)
	p.waitFor(`document.getElementById('step-info').textContent.includes('you opened a link')`)
	p.call("step", map[string]bool{"instant": true}, nil)
	p.eval(`new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(1))))`)
	for _, id := range []string{"status", "step-info"} {
		if said := p.eval(`document.getElementById('` + id + `').textContent`); strings.Contains(
			said, "Step ended") {
			t.Errorf("after the API's Step, #%s says %q", id, said)
		}
	}
	p.noProblems()
}
