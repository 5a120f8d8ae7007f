package e2e

import (
	"encoding/json"
	"image"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestResetIsAFreshLoad resets a page after a messy session (a link opened through the
// hash, the language switched, a lesson opened and left, a refused value in a box, the
// focus in a menu, the panel scrolled, and fast Play training in the worker) and puts it
// and a freshly loaded page through the same actions: both must show the same state,
// the same panel and the same pixels. The pool's pages are reset this way.
func TestResetIsAFreshLoad(t *testing.T) {
	t.Parallel()
	p := open(t, false, 1280, 800)
	p.eval(`location.hash = 'data=gauss&noise=25&layers=3', 1`)
	p.waitFor(`window.nnplay.call('state').then(s => JSON.parse(s).dataset === 'gauss')`)
	p.call("lang", "ko", nil)
	p.call("lesson", 2, nil)
	p.eval(`localStorage.setItem('nnplay-lessons', '1.1 2.1'), 1`)
	p.call("lesson", 0, nil)
	p.eval(setJS("w-0-0-0-num", "abc", "change", "1"))
	p.eval(`document.getElementById('panel').scrollTop = 400, 1`)
	p.playFast("worker", 1)
	p.eval(`document.getElementById('lr').focus(), 1`)
	if err := p.reset(); err != nil {
		t.Fatal(err)
	}
	if at, _ := p.where(); at != "" {
		t.Errorf("after the reset the page trains on the %q", at)
	}
	q := open(t, false, 1280, 800)
	for _, x := range []*page{p, q} {
		x.call("select", []int{2, 1}, nil)
		for range 2 {
			x.call("step", map[string]bool{"instant": true}, nil)
		}
		x.click(300, 400)
		x.waitFor(`window.nnplay.call('state').then(s => JSON.parse(s).step.done === 'loss')`)
	}
	time.Sleep(300 * time.Millisecond) // a late frame of the worker's would land by now
	got, want := p.observed(), q.observed()
	if got != want {
		os.MkdirAll(artifacts, 0o755)
		os.WriteFile(filepath.Join(artifacts, "reset-page.json"), []byte(got), 0o644)
		os.WriteFile(filepath.Join(artifacts, "fresh-page.json"), []byte(want), 0o644)
		t.Errorf("the reset page shows what a fresh page does not: diff test-artifacts/" +
			"reset-page.json fresh-page.json")
	}
	a, b := p.steady("reset-page"), q.steady("fresh-page")
	if n := differing(a, b, []float64{0, 0, 1280, 800}); n > 0 {
		t.Errorf("the reset page's screenshot differs from a fresh page's in %d pixels "+
			"(test-artifacts/reset-page.png, fresh-page.png)", n)
	}
	p.noProblems()
	q.noProblems()
}

// observed is what the page shows besides its pixels, as JSON: the test API's state
// without its counters, the address's hash, the storage, the focus, the language, the
// panel's markup and scroll and every control's value. The frame and training rates
// are left out: they are measured.
func (p *page) observed() string {
	p.t.Helper()
	var st map[string]any
	p.call("state", nil, &st)
	delete(st, "version")
	delete(st, "frames")
	dom := p.eval(`(() => {
		const panel = document.getElementById('panel');
		const html = panel.outerHTML.replace(/(id="out-(fps|eps)"[^>]*>)[^<]*/g, '$1');
		const values = [...document.querySelectorAll('input, select, output')].map(e =>
			e.id + '=' + (e.type === 'checkbox' ? e.checked : e.value));
		return JSON.stringify({hash: location.hash, storage: JSON.stringify(localStorage),
			focus: document.activeElement.id || document.activeElement.tagName,
			lang: document.documentElement.lang, scroll: panel.scrollTop, html, values,
			editor: document.getElementById('edge-editor').outerHTML,
			cursor: document.querySelector('canvas').style.cursor});
	})()`)
	b, _ := json.MarshalIndent(map[string]any{"state": st, "dom": json.RawMessage(dom)}, "", " ")
	return string(b)
}

// steady takes a screenshot with the measured rates hidden.
func (p *page) steady(name string) image.Image {
	p.t.Helper()
	p.eval(`(() => { const s = document.createElement('style');
		s.textContent = '#out-fps, #out-eps { visibility: hidden }';
		document.head.appendChild(s); return 1 })()`)
	p.waitFor(`new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))`)
	return p.screenshot(name)
}
