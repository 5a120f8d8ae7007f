package main

import (
	"context"

	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/performance"
	cdpruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/cdproto/tracing"
	"github.com/chromedp/chromedp"

	"nnplay/wasm/e2e"
)

// chromiumPath finds the browser as the browser tests do (e2e.FindChromium).
func chromiumPath() (string, error) {
	if p := e2e.FindChromium(); p != "" {
		return p, nil
	}
	return "", errors.New("Chromium is not installed: make bench-page installs Debian's " +
		"chromium as root; otherwise apt-get install chromium")
}

// tab is one fresh headless Chromium (its own empty profile: nothing cached) showing
// the page at a viewport of w x h CSS pixels. It records what the network brought and
// what the page reported as errors.
type tab struct {
	ctx    context.Context
	cancel context.CancelFunc
	tmp    string

	mu       sync.Mutex
	reqs     map[network.RequestID]*transfer
	order    []network.RequestID
	problems []string
	trace    [][]byte      // the trace's events, as Tracing.dataCollected brought them
	traced   chan struct{} // closed at Tracing.tracingComplete, once endTrace asked
}

// transfer is one request and what the browser received for it.
type transfer struct {
	URL      string
	Status   int64
	Encoding string  // the response's Content-Encoding
	Bytes    float64 // encodedDataLength at loadingFinished: bytes received, headers included
	Done     bool
}

// open starts Chromium with the browser tests' flags (e2e.ChromiumOptions), compositing
// the page in software unless gpuComposite. Where no GPU is usable, Chromium composites
// in software and runs WebGL alone on SwiftShader: the learner's browser without a GPU.
// Compositing on SwiftShader too (--use-angle=swiftshader alone) is a setting for tests,
// and a costly one: a full-window WebGL canvas cleared each frame cost the GPU process
// about 36 ms of CPU a frame at 1280x800 that way, and 10 in software; and at a load the
// swaps of SwiftShader's compositor held the GPU process's thread for 1.4 s at a time,
// which the page's WebGL context and first frame waited behind.
func open(chrome string, w, h int, gpuComposite bool) (*tab, error) {
	tmp, err := os.MkdirTemp("", "benchpage-")
	if err != nil {
		return nil, err
	}
	opts := e2e.ChromiumOptions(chrome, tmp, w, h)
	if !gpuComposite {
		opts = append(opts, chromedp.Flag("disable-gpu-compositing", true))
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelC := chromedp.NewContext(actx)
	t := &tab{ctx: ctx, tmp: tmp, reqs: map[network.RequestID]*transfer{}}
	t.cancel = func() { cancelC(); cancelA(); os.RemoveAll(tmp) }
	if err := chromedp.Listen(ctx, t.event); err != nil {
		t.cancel()
		return nil, fmt.Errorf("starting Chromium: %w", err)
	}
	go t.watchConsole()
	if _, err := chromedp.Call(ctx, performance.Enable, performance.EnableParams{}); err != nil {
		t.cancel()
		return nil, fmt.Errorf("starting Chromium: %w", err)
	}
	err = t.do(chromedp.EmulateViewport(int64(w), int64(h)))
	if err != nil {
		t.cancel()
		return nil, err
	}
	return t, nil
}

func (t *tab) close() { t.cancel() }

// event records the network's transfers. It runs on the goroutine that reads the
// browser's messages: it only files them.
func (t *tab) event(ev any) {
	t.mu.Lock()
	defer t.mu.Unlock()
	get := func(id network.RequestID) *transfer {
		r, ok := t.reqs[id]
		if !ok {
			r = &transfer{}
			t.reqs[id] = r
			t.order = append(t.order, id)
		}
		return r
	}
	switch e := ev.(type) {
	case *network.EventRequestWillBeSent:
		get(e.RequestID).URL = e.Request.URL
	case *network.EventResponseReceived:
		r := get(e.RequestID)
		r.URL, r.Status = e.Response.URL, e.Response.Status
		for k, v := range e.Response.Headers {
			if strings.EqualFold(k, "content-encoding") {
				r.Encoding = fmt.Sprint(v)
			}
		}
	case *network.EventLoadingFinished:
		r := get(e.RequestID)
		r.Bytes, r.Done = e.EncodedDataLength, true
	case *tracing.EventDataCollected:
		for _, v := range e.Value {
			t.trace = append(t.trace, append([]byte(nil), v...))
		}
	case *tracing.EventTracingComplete:
		if t.traced != nil {
			close(t.traced)
			t.traced = nil
		}
	}
}

// watchConsole files the page's console errors and uncaught exceptions.
func (t *tab) watchConsole() {
	for m, err := range chromedp.Console(t.ctx) {
		if err != nil {
			return
		}
		if m.Type == chromedp.ConsoleError || m.IsException() {
			t.mu.Lock()
			t.problems = append(t.problems, fmt.Sprintf("%s: %s", m.Type, m.Text))
			t.mu.Unlock()
		}
	}
}

// transfers returns the finished transfers in the order the requests went out.
func (t *tab) transfers() []transfer {
	t.mu.Lock()
	defer t.mu.Unlock()
	var out []transfer
	for _, id := range t.order {
		if r := t.reqs[id]; r.Done {
			out = append(out, *r)
		}
	}
	return out
}

func (t *tab) errors() []string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return append([]string(nil), t.problems...)
}

func (t *tab) do(steps ...chromedp.Action[chromedp.Void]) error {
	ctx, cancel := context.WithTimeout(t.ctx, 90*time.Second)
	defer cancel()
	return chromedp.Do(ctx, steps...)
}

// eval evaluates a JavaScript expression, awaiting a promise, into out.
func (t *tab) eval(expr string, out any) error {
	ctx, cancel := context.WithTimeout(t.ctx, 60*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[json.RawMessage](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		return fmt.Errorf("%.80s: %w", expr, err)
	}
	if out == nil {
		return nil
	}
	if err := json.Unmarshal(v, out); err != nil {
		return fmt.Errorf("%.80s: %w in %.200s", expr, err, v)
	}
	return nil
}

// call runs the page's test API, window.nnplay.call(name), and decodes its JSON
// answer into out.
func (t *tab) call(name string, out any) error {
	var s string
	if err := t.eval(fmt.Sprintf(`window.nnplay.call(%q)`, name), &s); err != nil {
		return fmt.Errorf("the page's %s: %w", name, err)
	}
	if err := json.Unmarshal([]byte(s), out); err != nil {
		return fmt.Errorf("the page's %s: %w", name, err)
	}
	return nil
}

// choose picks value in the <select> id and fires its change event, as a learner's
// pick does.
func (t *tab) choose(id, value string) error {
	var got string
	err := t.eval(fmt.Sprintf(`(() => { const b = document.getElementById(%q); b.value = %q; `+
		`b.dispatchEvent(new Event('change', {bubbles: true})); return b.value })()`,
		id, value), &got)
	if err == nil && got != value {
		err = fmt.Errorf("the menu #%s has no option %q", id, value)
	}
	return err
}

// press clicks the button id.
func (t *tab) press(id string) error {
	return t.eval(fmt.Sprintf(`document.getElementById(%q).click()`, id), nil)
}

// watchJS defines window.nnplayBench, the frame watcher.
//
//go:embed watch.js
var watchJS string

// load navigates to url, waits for the first frame or the page's error, and installs
// the frame watcher.
func (t *tab) load(url string) error {
	if err := t.do(chromedp.Navigate(url)); err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(t.ctx, 120*time.Second)
	defer cancel()
	ready := `document.body && (document.body.classList.contains('ready') || ` +
		`!document.getElementById('loading-error').hidden)`
	poll := chromedp.Poll[chromedp.Void](ready, chromedp.WithPollingTimeout(120*time.Second),
		chromedp.WithPollingInterval(20*time.Millisecond))
	if _, err := chromedp.Run(ctx, poll); err != nil {
		return fmt.Errorf("the page never showed a frame: %w", err)
	}
	var msg string
	err := t.eval(`(e => e.hidden ? '' : e.textContent)(document.getElementById('loading-error'))`,
		&msg)
	if err != nil {
		return err
	}
	if msg != "" {
		return fmt.Errorf("the page failed to start: %s", strings.TrimSpace(msg))
	}
	return t.eval(watchJS, nil)
}

// metrics returns Chromium's performance metrics of the page by name: Timestamp and
// TaskDuration in seconds, JSHeapUsedSize and JSHeapTotalSize in bytes, ...
func (t *tab) metrics() (map[string]float64, error) {
	r, err := chromedp.Call(t.ctx, performance.GetMetrics, cdp.Empty{})
	if err != nil {
		return nil, fmt.Errorf("Performance.getMetrics: %w", err)
	}
	out := map[string]float64{}
	for _, m := range r.Metrics {
		out[m.Name] = m.Value
	}
	return out, nil
}

// sumMemories adds up the byte lengths of an array of WebAssembly.Memory objects.
const sumMemories = `function () { return this.reduce((n, m) => n + m.buffer.byteLength, 0) }`

// wasmMemory is the size of the page's WebAssembly memories in bytes: Go's whole
// linear memory, heap, stacks and data (a Worker's memories live in its own heap).
// DevTools' queryObjects finds them, since the page keeps no handle on them.
func (t *tab) wasmMemory() (float64, error) {
	const group = "benchpage-wasm-memory"
	defer chromedp.Call(t.ctx, cdpruntime.ReleaseObjectGroup,
		cdpruntime.ReleaseObjectGroupParams{ObjectGroup: group})
	fail := func(what string, err error) (float64, error) {
		if err == nil {
			err = errors.New("no answer")
		}
		return 0, fmt.Errorf("measuring the wasm memory: %s: %w", what, err)
	}
	proto, err := chromedp.Call(t.ctx, cdpruntime.Evaluate, cdpruntime.EvaluateParams{
		Expression: "WebAssembly.Memory.prototype", ObjectGroup: group})
	if err != nil || proto.Result == nil || proto.Result.ObjectID == "" {
		return fail("WebAssembly.Memory.prototype", err)
	}
	all, err := chromedp.Call(t.ctx, cdpruntime.QueryObjects, cdpruntime.QueryObjectsParams{
		PrototypeObjectID: proto.Result.ObjectID, ObjectGroup: group})
	if err != nil || all.Objects == nil {
		return fail("Runtime.queryObjects", err)
	}
	byValue := true
	sum, err := chromedp.Call(t.ctx, cdpruntime.CallFunctionOn, cdpruntime.CallFunctionOnParams{
		FunctionDeclaration: sumMemories, ObjectID: all.Objects.ObjectID, ReturnByValue: &byValue})
	if err != nil || sum.Result == nil {
		return fail("Runtime.callFunctionOn", err)
	}
	var n float64
	if err := json.Unmarshal(sum.Result.Value, &n); err != nil {
		return fail("the sum", err)
	}
	return n, nil
}

// version is the browser's product name and version.
func (t *tab) version() string {
	v, err := chromedp.CallBrowser(t.ctx, cdpbrowser.GetVersion, cdp.Empty{})
	if err != nil {
		return "Chromium (version unknown)"
	}
	return v.Product
}
