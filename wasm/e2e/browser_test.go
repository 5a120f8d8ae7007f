package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image"
	"image/png"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"nnplay/cmd/serve/site"
)

// root is the project folder: index.html and web/ with the build.
var root = func() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}()

// artifacts is where the tests leave screenshots and downloads for a developer to look
// at; make clean removes it.
var artifacts = filepath.Join(root, "test-artifacts")

// page is one tab of headless Chromium on the playground.
type page struct {
	t        *testing.T
	ctx      context.Context
	mu       sync.Mutex
	messages []chromedp.ConsoleMessage
	dl       string // download folder
	url      string
	close    func() // closes the tab
	history  int    // history.length when the pool loaded the page
}

func chromium(t *testing.T) string {
	t.Helper()
	p := FindChromium()
	if p == "" {
		t.Fatal(
			"Chromium is not installed: run make test (as root it installs Debian's chromium) " +
				"or apt-get install chromium",
		)
	}
	return p
}

func checkBuild(t *testing.T) {
	t.Helper()
	for _, f := range []string{
		"web/main.wasm", "web/main.wasm.js", "web/plots.wasm", "web/plots.wasm.js",
		"web/worker.wasm", "web/worker.wasm.js", "web/wasm_exec.js",
	} {
		if _, err := os.Stat(filepath.Join(root, f)); err != nil {
			t.Fatalf("%s is missing: run make (make test builds first)", f)
		}
	}
}

var serverOnce sync.Once
var serverURL string

// server serves the page through make run's own handler (cmd/serve/site), as a user
// gets it: the allow-list, the gzipped modules, the ETags. The tests' own pages under
// wasm/e2e/testdata/, which make run never serves, are served beside it.
func server() string {
	serverOnce.Do(func() {
		s, err := site.Open(root)
		if err != nil {
			panic(err)
		}
		const testdata = "/wasm/e2e/testdata/"
		mux := http.NewServeMux()
		mux.Handle("/", s)
		mux.Handle(testdata, http.StripPrefix(testdata,
			http.FileServer(http.Dir(filepath.Join(root, filepath.FromSlash(testdata))))))
		serverURL = httptest.NewServer(mux).URL
	})
	return serverURL
}

// open loads the page at width x height CSS pixels over http, or from disk when
// fromDisk is true, in a fresh tab of the shared Chromium, and waits for its first frame.
func open(t *testing.T, fromDisk bool, width, height int) *page {
	t.Helper()
	return openScaled(t, fromDisk, width, height, 1)
}

// openScaled is open with a device scale factor: 2 is a high-density laptop display.
func openScaled(t *testing.T, fromDisk bool, width, height int, scale float64) *page {
	t.Helper()
	p := newPage(t)
	p.load(fromDisk, width, height, scale)
	return p
}

// beforeScripts runs src in every document p loads from now on, before its own scripts.
func (p *page) beforeScripts(src string) {
	p.do(chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Call(ctx, cdppage.AddScriptToEvaluateOnNewDocument,
			cdppage.AddScriptToEvaluateOnNewDocumentParams{Source: src})
		return err
	}))
}

// load loads the page in tab p and waits for its first frame.
func (p *page) load(fromDisk bool, width, height int, scale float64) {
	p.t.Helper()
	p.url = pageURL(fromDisk)
	p.do(
		chromedp.EmulateViewport(int64(width), int64(height), chromedp.EmulateScale(scale)),
		chromedp.Navigate(p.url),
	)
	p.waitFor(
		`document.body.classList.contains('ready') || !document.getElementById('loading-error').hidden`)
	loadingError := `(e => e.hidden ? '' : e.textContent)(document.getElementById('loading-error'))`
	if msg := p.eval(loadingError); msg != "" {
		p.t.Fatalf("the page failed to start: %s", msg)
	}
}

func pageURL(disk bool) string {
	if disk {
		return "file://" + filepath.ToSlash(filepath.Join(root, "index.html"))
	}
	return server() + "/index.html"
}

func (p *page) do(steps ...chromedp.Action[chromedp.Void]) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, hang)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		p.t.Fatal(err)
	}
}

// eval evaluates a JavaScript expression and returns its value as a string (JSON for
// non-strings).
func (p *page) eval(expr string) string {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, hang)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[json.RawMessage](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		p.t.Fatalf("%s: %v", expr, err)
	}
	var s string
	if json.Unmarshal(v, &s) == nil {
		return s
	}
	return string(v)
}

// call runs window.nnplay.call(name, args) and decodes its JSON answer into out.
func (p *page) call(name string, args any, out any) {
	p.t.Helper()
	a, _ := json.Marshal(args)
	s := p.eval(fmt.Sprintf(`window.nnplay.call(%q, %s)`, name, a))
	if out != nil {
		if err := json.Unmarshal([]byte(s), out); err != nil {
			p.t.Fatalf("%s: %v in %.200s", name, err, s)
		}
	}
}

// hang is how long a test waits for what must come (a condition, a download, Chromium's
// answer) before it calls it hung. It guards against a hang and measures no speed: on
// CI's two cores, beside the other stages, steps that take a tenth of a second alone took
// seconds, and a guard of seconds would fail a page that works. The page's speed is
// measured by make bench-page and by the page's own marks, never by a test's clock.
const hang = 3 * time.Minute

// waitFor waits until the JavaScript expression expr is true (or a promise of true).
func (p *page) waitFor(expr string) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, hang)
	defer cancel()
	poll := chromedp.Poll[chromedp.Void](expr, chromedp.WithPollingTimeout(hang),
		chromedp.WithPollingInterval(50*time.Millisecond))
	for {
		_, err := chromedp.Run(ctx, poll)
		// Just after a navigation chromedp may still poll in the old document's
		// context, which the browser has thrown away: poll again in the new one.
		if err != nil && strings.Contains(err.Error(), "Cannot find context") &&
			ctx.Err() == nil {
			time.Sleep(50 * time.Millisecond)
			continue
		}
		if err != nil {
			p.t.Fatalf("waiting for %s: %v", expr, err)
		}
		return
	}
}

// screenshot captures the viewport as a PNG, saves it under test-artifacts and returns
// it. The PNG is encoded for speed: the same pixels, in a larger file, for a fraction of
// the CPU time that the smallest encoding takes.
func (p *page) screenshot(name string) image.Image {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, hang)
	defer cancel()
	fast := true
	r, err := chromedp.Call(ctx, cdppage.CaptureScreenshot,
		cdppage.CaptureScreenshotParams{OptimizeForSpeed: &fast})
	if err != nil {
		p.t.Fatal(err)
	}
	os.MkdirAll(artifacts, 0o755)
	os.WriteFile(filepath.Join(artifacts, name+".png"), r.Data, 0o644)
	img, err := png.Decode(bytes.NewReader(r.Data))
	if err != nil {
		p.t.Fatal(err)
	}
	return img
}

// problems returns the console errors and uncaught exceptions so far.
func (p *page) problems() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	var out []string
	for _, m := range p.messages {
		if m.Type == chromedp.ConsoleError || m.Type == chromedp.ConsoleException || m.IsException() {
			out = append(out, fmt.Sprintf("%s: %s", m.Type, m.Text))
		}
	}
	return out
}

func (p *page) noProblems() {
	p.t.Helper()
	for _, pr := range p.problems() {
		p.t.Errorf("console: %s", pr)
	}
}

// state is the page's test API snapshot.
type state struct {
	Model     json.RawMessage `json:"model"`
	Sizes     []int           `json:"sizes"`
	Selected  []int           `json:"selected"`
	Input     []float64       `json:"input"`
	X         []float64       `json:"x"`
	Layers    []struct{ Z, A []float64 }
	TrainLoss float64       `json:"train_loss"`
	TestLoss  float64       `json:"test_loss"`
	Units     [][][]float64 `json:"units"`
	Plane     []float64     `json:"plane"`
	ActView   []float64     `json:"act_view"`
	Area      []float64     `json:"area"`
	Frames    int           `json:"frames"`
	Version   int           `json:"version"`
}

func (p *page) state() state { return stateAs[state](p) }

// stateAs reads the page's state (the test API's "state") as a view of type T: each
// test file reads the fields it checks.
func stateAs[T any](p *page) T {
	p.t.Helper()
	var s T
	p.call("state", nil, &s)
	return s
}

// waitPast waits until the model's version passes v and a frame shows it. The stats are
// a small answer: it polls them, and the caller reads the state once.
func (p *page) waitPast(v int) {
	p.t.Helper()
	p.waitFor(fmt.Sprintf(`window.nnplay.call('stats').then(s => JSON.parse(s).version > %d)`, v))
}

// waitVersion waits until the model's version passes v and a frame shows it.
func (p *page) waitVersion(v int) state {
	p.t.Helper()
	p.waitPast(v)
	return p.state()
}

func center(r []float64) (float64, float64) { return r[0] + r[2]/2, r[1] + r[3]/2 }

// setJS is a JavaScript expression that sets the value of element id and fires event,
// as a learner's edit does; it evaluates to the expression then, in which b is the
// element.
func setJS(id, value, event, then string) string {
	return fmt.Sprintf(`(() => { const b = document.getElementById(%q); b.value = %q; `+
		`b.dispatchEvent(new Event(%q, {bubbles: true})); return %s })()`, id, value, event, then)
}

func (p *page) click(x, y float64) {
	p.t.Helper()
	p.do(chromedp.MouseClickXY(x, y))
}
