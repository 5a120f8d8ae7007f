package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// The pool: pages of the playground loaded over http at device scale 1, which the tests
// that do not test loading itself take instead of loading one more (a load costs the two
// cores some 3.5 s: the wasm's compile, SwiftShader, the GPU process). When a test that
// took one passes, the page is reset by the test API's "reset", which puts it back as a
// fresh load in a new browser context would show it (TestResetIsAFreshPage), and goes
// back to the pool, unless the test left it where a reset cannot bring it back: at
// another address, or with a history (a hash the test set, a navigation). A failed
// test's page is closed. The next test takes it at its own viewport, with its own
// download folder and console, the browser context's permissions reset.

var pool struct {
	sync.Mutex
	idle          []*page
	loads, reuses int // pages the pool loaded, and pages it handed out again
}

// reused returns a page of the playground at width x height CSS pixels over http, as
// open does, from the pool when it holds one.
func reused(t *testing.T, width, height int) *page {
	t.Helper()
	pool.Lock()
	var p *page
	if n := len(pool.idle); n > 0 {
		p, pool.idle = pool.idle[n-1], pool.idle[:n-1]
		pool.reuses++
	} else {
		pool.loads++
	}
	pool.Unlock()
	if p == nil {
		p = newTab(t)
		t.Cleanup(func() { p.release() })
		p.load(false, width, height, 1)
		if err := json.Unmarshal([]byte(p.eval(`history.length`)), &p.history); err != nil {
			t.Fatal(err)
		}
		return p
	}
	t.Cleanup(func() { p.release() })
	p.take(t, width, height)
	return p
}

// fromDiskOrPool is open from disk, and reused over http.
func fromDiskOrPool(t *testing.T, fromDisk bool, width, height int) *page {
	t.Helper()
	if fromDisk {
		return open(t, true, width, height)
	}
	return reused(t, width, height)
}

// scaledOrPooled is openScaled at a device scale other than 1, and reused at 1.
func scaledOrPooled(t *testing.T, width, height int, scale float64) *page {
	t.Helper()
	if scale != 1 {
		return openScaled(t, false, width, height, scale)
	}
	return reused(t, width, height)
}

// take makes pooled page p test t's, at width x height.
func (p *page) take(t *testing.T, width, height int) {
	p.t = t
	if err := p.lifecycle(cdppage.SetWebLifecycleStateStateActive); err != nil {
		t.Fatalf("waking a page of the pool: %v", err)
	}
	if err := p.emulateFocus(true); err != nil {
		t.Fatalf("focusing a page of the pool: %v", err)
	}
	p.mu.Lock()
	p.messages = nil
	p.mu.Unlock()
	p.downloads()
	id := chromedp.FromContext(p.ctx).BrowserContextID
	p.do(chromedp.Func(func(ctx context.Context, tgt *chromedp.Target) error {
		_, err := chromedp.CallBrowser(ctx, cdpbrowser.ResetPermissions,
			cdpbrowser.ResetPermissionsParams{BrowserContextID: id})
		return err
	}))
	p.resize(width, height, 1) // and waits until the page has laid itself out for it
}

// release puts p back in the pool, reset, when its test passed and left it where a
// reset brings it back; otherwise it closes it.
func (p *page) release() {
	if p.t.Failed() || !p.resettable() {
		p.close()
		return
	}
	p.mu.Lock()
	p.messages = nil
	p.mu.Unlock()
	if err := p.reset(); err != nil || len(p.problems()) > 0 {
		p.t.Errorf("the page's reset after the test: %v %q", err, p.problems())
		p.close()
		return
	}
	// Frozen and unfocused while it waits, it draws no frames and runs no timers: an idle
	// page would take the cores' time from the tests that run.
	if p.lifecycle(cdppage.SetWebLifecycleStateStateFrozen) != nil || p.emulateFocus(false) != nil {
		p.close()
		return
	}
	pool.Lock()
	pool.idle = append(pool.idle, p)
	pool.Unlock()
}

// lifecycle freezes the page or makes it active again.
func (p *page) lifecycle(state cdppage.SetWebLifecycleStateState) error {
	ctx, cancel := context.WithTimeout(p.ctx, hang)
	defer cancel()
	_, err := chromedp.Call(ctx, cdppage.SetWebLifecycleState,
		cdppage.SetWebLifecycleStateParams{State: state})
	return err
}

// resettable reports whether the page is still at the address it loaded, with no
// history since: a reset cannot take a navigation or a history entry back.
func (p *page) resettable() bool {
	var at struct {
		URL     string `json:"url"`
		History int    `json:"history"`
	}
	s, err := p.try(`JSON.stringify({url: location.href.split('#')[0], history: history.length})`)
	return err == nil && json.Unmarshal([]byte(s), &at) == nil && at.URL == p.url &&
		at.History == p.history
}

// reset gives the page a fresh load's state, calls the test API's reset, lets the
// pointer go and waits for the first frame after it.
func (p *page) reset() error {
	ctx, cancel := context.WithTimeout(p.ctx, hang)
	defer cancel()
	// The pointer leaves the page, as a fresh page has it: nothing hovered.
	if err := chromedp.Do(ctx, chromedp.MouseEvent(chromedp.MouseMoved, -1, -1)); err != nil {
		return err
	}
	// The browser's side of a fresh context first: empty storage, no hash, no focus, the
	// panel scrolled to its top; then the program's.
	if _, err := p.try(`localStorage.clear(); document.activeElement.blur();
		history.replaceState(null, '', location.href.split('#')[0]);
		document.getElementById('panel').scrollTop = 0; window.nnplay.call('reset')`); err != nil {
		return err
	}
	poll := chromedp.Poll[chromedp.Void](
		`window.nnplay.call('stats').then(s => JSON.parse(s).frames > 0)`,
		chromedp.WithPollingTimeout(hang), chromedp.WithPollingInterval(20*time.Millisecond))
	if _, err := chromedp.Run(ctx, poll); err != nil {
		return fmt.Errorf("no frame after the reset: %w", err)
	}
	return nil
}

// try evaluates a JavaScript expression, awaiting a promise, and returns its value as
// eval does, or the error, without failing the test.
func (p *page) try(expr string) (string, error) {
	ctx, cancel := context.WithTimeout(p.ctx, hang)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[json.RawMessage](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		return "", err
	}
	var s string
	if json.Unmarshal(v, &s) == nil {
		return s, nil
	}
	return string(v), nil
}
