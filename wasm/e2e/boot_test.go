package e2e

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// The boot script's checks and messages (web/boot.js): what the page says when the
// browser lacks what it needs, when the Go program stops, and its download progress.

// launch opens a blank tab, 900 x 600, in the shared Chromium with the browser tests'
// usual flags and the switches extra (see newPage). Unlike open, it loads nothing and
// expects nothing of the page.
func launch(t *testing.T, extra ...string) *page {
	t.Helper()
	p := newPage(t, extra...)
	p.do(chromedp.EmulateViewport(900, 600))
	return p
}

// visit loads url and waits until the page either draws or says why it cannot.
func (p *page) visit(url string) {
	p.t.Helper()
	p.url = url
	p.do(chromedp.Navigate(url))
	p.waitFor(`document.body.classList.contains('ready') ||
		!document.getElementById('loading-error').hidden`)
}

// failure is what the loading screen says: its heading and its message.
func (p *page) failure() (heading, message string) {
	p.t.Helper()
	var f struct{ Heading, Message string }
	s := p.eval(`(() => {
		const err = document.getElementById('loading-error');
		return JSON.stringify({heading: document.getElementById('loading-text').textContent,
			message: err.hidden ? '' : err.textContent});
	})()`)
	if err := json.Unmarshal([]byte(s), &f); err != nil {
		p.t.Fatal(err)
	}
	return f.Heading, f.Message
}

// TestNoWebGLSaysWhy starts Chromium with WebGL turned off: the page must say that it
// draws with WebGL and how to turn it on, in the page's language, and the program must
// never draw or answer (it checks WebGL once it has made the page, before its first frame).
func TestNoWebGLSaysWhy(t *testing.T) {
	t.Parallel()
	english := []string{"This page draws with WebGL, which this browser has turned off",
		"enable hardware acceleration in the browser's settings", "try another browser"}
	korean := []string{
		"이 페이지는 WebGL로 그림을 그리는데", "하드웨어 가속을 켜거나", "다른 브라우저"}
	noGL := []string{"disable-webgl", "disable-3d-apis"}
	noGL2 := []string{"disable-webgl2"}
	const cannot = "The playground could not start."
	const cannotKo = "플레이그라운드를 시작하지 못했습니다."
	for _, c := range []struct {
		name     string
		flags    []string
		disk     bool
		saved    string // localStorage "nnplay-lang"
		language string // the browser's language
		heading  string
		want     []string
	}{
		{name: "http", flags: noGL, heading: cannot, want: english},
		{name: "file", flags: noGL, disk: true, heading: cannot, want: english},
		{name: "saved ko", flags: noGL, saved: "ko", heading: cannotKo, want: korean},
		{name: "browser ko", flags: noGL, language: "ko-KR", heading: cannotKo, want: korean},
		{name: "saved en beats browser ko", flags: noGL, saved: "en", language: "ko-KR",
			heading: cannot, want: english},
		{name: "WebGL 1 only", flags: noGL2, heading: cannot, want: []string{
			"This page draws with WebGL 2, which this browser or its graphics driver " +
				"does not offer (only WebGL 1 works here)"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			p := launch(t, c.flags...)
			if c.language != "" {
				p.do(chromedp.Func(func(ctx context.Context, tgt *chromedp.Target) error {
					_, err := chromedp.Call(ctx, emulation.SetUserAgentOverride,
						emulation.SetUserAgentOverrideParams{
							UserAgent:      "Mozilla/5.0 (X11; Linux x86_64) nnplay-test",
							AcceptLanguage: c.language})
					return err
				}))
			}
			url := pageURL(c.disk)
			if c.saved != "" {
				p.visit(url)
				p.eval(`localStorage.setItem('nnplay-lang', '` + c.saved + `'), 'set'`)
			}
			p.visit(url)
			time.Sleep(300 * time.Millisecond) // the download, cut short, must not write over it
			heading, msg := p.failure()
			t.Logf("%s: %s", heading, msg)
			if heading != c.heading {
				t.Errorf("heading %q, want %q", heading, c.heading)
			}
			for _, w := range c.want {
				if !strings.Contains(msg, w) {
					t.Errorf("the message does not say %q", w)
				}
			}
			if p.eval(`typeof window.nnplay`) != "undefined" {
				t.Error("the Go program started without WebGL")
			}
			for _, pr := range p.problems() {
				t.Errorf("console: %s", pr)
			}
		})
	}
}

// TestOldBrowsersSayWhat takes away, before the page's scripts run, what an older or
// locked-down browser lacks: the page must name it and say what to do, or, for what has
// a fallback, start anyway.
func TestOldBrowsersSayWhat(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name, remove string
		disk         bool
		want         string // "" when the page must start
		uncaught     bool   // wasm_exec.js itself throws
	}{
		{name: "no WebAssembly", remove: `delete window.WebAssembly`,
			want: "This page runs on WebAssembly, which this browser does not offer"},
		{name: "old WebAssembly", remove: `WebAssembly.validate = () => false`,
			want: "This browser's WebAssembly is too old for this page"},
		{name: "no TextDecoder", remove: `delete window.TextDecoder`, uncaught: true,
			want: "This browser lacks TextDecoder, which the page needs"},
		{name: "no DecompressionStream, file", disk: true,
			remove: `delete window.DecompressionStream`,
			want:   "Opened from disk, this page unpacks its program with DecompressionStream"},
		{name: "no DecompressionStream, http", remove: `delete window.DecompressionStream`},
		{name: "no streaming",
			remove: `delete window.TransformStream; delete WebAssembly.compileStreaming`},
		{name: "no compileStreaming, file", remove: `delete WebAssembly.compileStreaming`,
			disk: true},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			p := launch(t)
			p.beforeScripts(c.remove)
			p.visit(pageURL(c.disk))
			_, msg := p.failure()
			switch {
			case c.want == "" && msg != "":
				t.Errorf("the page did not start: %s", msg)
			case c.want == "" && p.eval(`typeof window.nnplay`) == "undefined":
				t.Error("the page shows no error, yet its program did not start")
			case c.want != "" && !strings.Contains(msg, c.want):
				t.Errorf("the page says %q, want %q", msg, c.want)
			}
			if !c.uncaught {
				for _, pr := range p.problems() {
					t.Errorf("console: %s", pr)
				}
			}
		})
	}
}

// brokenPageServer serves the project folder, and at /broken.html the playground with
// its panel cut out: the Go program panics looking for its controls.
func brokenPageServer(t *testing.T) string {
	t.Helper()
	html, err := os.ReadFile(filepath.Join(root, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	panel := regexp.MustCompile(`(?s)<aside id="panel".*</aside>`)
	if !panel.Match(html) {
		t.Fatal("index.html has no <aside id=\"panel\">")
	}
	broken := panel.ReplaceAll(html, nil)
	files := http.FileServer(http.Dir(root))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/broken.html" {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(broken)
			return
		}
		files.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// TestGoPanicIsNamed makes the real program panic and expects the page to show the
// panic's own words, as the console has them, instead of a bare "it stopped".
func TestGoPanicIsNamed(t *testing.T) {
	t.Parallel()
	p := launch(t)
	p.visit(brokenPageServer(t) + "/broken.html")
	heading, msg := p.failure()
	t.Logf("%s: %s", heading, msg)
	var printed string
	p.mu.Lock()
	for _, m := range p.messages {
		for _, line := range strings.Split(m.Text, "\n") {
			if strings.HasPrefix(line, "panic: ") && printed == "" {
				printed = line
			}
		}
	}
	p.mu.Unlock()
	if printed == "" {
		t.Fatal("the Go program did not panic: the test no longer tests anything")
	}
	if !strings.Contains(msg, "It stopped with this error:"+printed) {
		t.Errorf("the page says %q, not the panic %q", msg, printed)
	}
	if strings.Contains(msg, "goroutine ") {
		t.Errorf("the page shows the goroutine dump: %q", msg)
	}
	if !strings.Contains(msg, "please report this message") {
		t.Errorf("the message does not say what to do: %q", msg)
	}
	if heading != "The playground could not start." {
		t.Errorf("heading %q", heading)
	}
}

// gzipServer serves the project folder, and web/main.wasm gzip-compressed in small
// flushed pieces, as the dev server will: with X-Decoded-Length (the decompressed size)
// when decodedLength is true, since Content-Length is then the compressed size. The
// pieces come slowly enough, about 1.5 s in all, for the loading screen's progress to
// change several times (at most every 250 ms).
func gzipServer(t *testing.T, decodedLength bool) string {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(root, "web", "main.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	var gz bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.BestSpeed)
	zw.Write(raw)
	zw.Close()
	files := http.FileServer(http.Dir(root))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/web/main.wasm" {
			w.Header().Set("Cache-Control", "no-store")
			files.ServeHTTP(w, r)
			return
		}
		h := w.Header()
		h.Set("Content-Type", "application/wasm")
		h.Set("Content-Encoding", "gzip")
		h.Set("Cache-Control", "no-store")
		h.Set("Content-Length", strconv.Itoa(gz.Len()))
		if decodedLength {
			h.Set("X-Decoded-Length", strconv.Itoa(len(raw)))
		}
		b := gz.Bytes()
		for len(b) > 0 {
			n := min(len(b), 32<<10)
			w.Write(b[:n])
			w.(http.Flusher).Flush()
			b = b[n:]
			time.Sleep(30 * time.Millisecond) // about 3 s in all: past boot.js's quiet second
		}
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// progressLog records, from the document's start, every value of the loading bar and
// every loading text, with the time (ms) the page set it, in window.progressLog, and when
// the loading screen was first visible after boot.js's first words, in
// window.loadingSeenAt. The times are the page's own, taken as boot.js sets the text or
// the bar: the observer that reads what changed hears it only when boot.js's task ends,
// which a loaded machine delays (a first change seen 920 ms after boot.js's words, not
// 1,000; the screen seen 1,720 ms into the load, less than a second after the words
// were heard).
const progressLog = `window.progressLog = [];
let setAt = 0; // when the page set the text or the bar that the observer has yet to hear
for (const [proto, prop] of [[Node.prototype, 'textContent'],
	[HTMLProgressElement.prototype, 'value']]) {
	const d = Object.getOwnPropertyDescriptor(proto, prop);
	Object.defineProperty(proto, prop, {...d, set(v) {
		if (!setAt && (this.id === 'loading-text' || this.id === 'loading-bar')) {
			setAt = performance.now();
		}
		d.set.call(this, v);
	}});
}
new MutationObserver(() => {
	const t = setAt || performance.now();
	setAt = 0;
	const bar = document.getElementById('loading-bar');
	const text = document.getElementById('loading-text');
	if (!bar || !text) return;
	const v = bar.hasAttribute('value') ? Number(bar.getAttribute('value')) : null;
	const last = window.progressLog[window.progressLog.length - 1];
	if (!last || last.v !== v || last.text !== text.textContent) {
		window.progressLog.push({v, text: text.textContent, t});
	}
	const seen = getComputedStyle(document.getElementById('loading')).visibility === 'visible';
	if (seen && window.progressLog.length > 1 && !window.loadingSeenAt) {
		window.loadingSeenAt = performance.now();
	}
}).observe(document, {subtree: true, childList: true, characterData: true, attributes: true});`

// TestProgressOfGzippedWasm loads the program sent gzipped: with X-Decoded-Length the
// bar climbs to 100% as the last bytes arrive and never passes it; without, the size is
// unknown and the page counts megabytes. Either way the loading screen shows and
// changes first a second after boot.js's first words, the page blank until then, so
// that a quick load never paints it (each paint holds a software renderer's GPU
// process, which the WebGL context and the first frame wait for), and then at most
// every 250 ms; its bar is never indeterminate (Chromium
// animates that state), and WebGL is checked once the program has started, before its
// first frame.
func TestProgressOfGzippedWasm(t *testing.T) {
	t.Parallel()
	percent := regexp.MustCompile(`(\d+)%`)
	for _, decoded := range []bool{true, false} {
		name := map[bool]string{true: "X-Decoded-Length", false: "no length"}[decoded]
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			p := launch(t)
			p.beforeScripts(progressLog)
			p.visit(gzipServer(t, decoded) + "/index.html")
			if _, msg := p.failure(); msg != "" {
				t.Fatalf("the page failed to start: %s", msg)
			}
			var log []struct {
				V    *float64
				Text string
				T    float64
			}
			err := json.Unmarshal([]byte(p.eval(`JSON.stringify(window.progressLog)`)), &log)
			if err != nil {
				t.Fatal(err)
			}
			var values []float64
			full, megabytes := 0, 0
			for i, e := range log {
				// The first entry is the markup's, the second boot.js's first words. A timer
				// fires no sooner than asked, and boot.js counts in whole milliseconds.
				if i > 1 && e.T-log[i-1].T < 245 {
					t.Errorf("the loading screen changed %.0f ms after its last change: %q "+
						"after %q", e.T-log[i-1].T, e.Text, log[i-1].Text)
				}
				// boot.js counts its quiet second from its first words (a few lines on).
				if i == 2 && e.T-log[1].T < 990 {
					t.Errorf("the loading screen first changed %.0f ms after boot.js's words, "+
						"not after its quiet second: %q", e.T-log[1].T, e.Text)
				}
				if m := percent.FindStringSubmatch(e.Text); m != nil {
					if n, _ := strconv.Atoi(m[1]); n > 100 {
						t.Errorf("the page shows %q", e.Text)
					}
				}
				if strings.HasSuffix(e.Text, " MB") {
					megabytes++
				}
				if e.V == nil {
					t.Errorf("the bar is indeterminate at %q", e.Text)
					continue
				}
				values = append(values, *e.V)
				if *e.V > 1 {
					t.Errorf("the bar is at %v", *e.V)
				}
				if *e.V >= 0.995 {
					full++
				}
			}
			t.Logf("%d progress steps, %d with a value, %d at 100%%, %d in MB",
				len(log), len(values), full, megabytes)
			// The download takes some 3 s: the loading screen shows after its quiet second.
			seen := p.eval(`String(window.loadingSeenAt || 0)`)
			if at, _ := strconv.ParseFloat(seen, 64); len(log) < 2 || at-log[1].T < 990 {
				t.Errorf("the loading screen was first seen at %s ms, not a second after "+
					"boot.js's first words (%d entries in the log)", seen, len(log))
			}
			order := p.eval(`performance.getEntriesByType('mark').map(m => m.name)
				.filter(n => /^nnplay-(compiled|webgl-checked|instantiated)$/.test(n)).join()`)
			if order != "nnplay-compiled,nnplay-instantiated,nnplay-webgl-checked" {
				t.Errorf("the page's steps came in the order %s", order)
			}
			if !decoded {
				if slices.ContainsFunc(values, func(v float64) bool { return v != 0 }) ||
					megabytes < 3 {
					t.Errorf("with an unknown size the bar shows values %v and %d texts in MB",
						values, megabytes)
				}
				return
			}
			if len(values) < 5 {
				t.Fatalf("only %d progress values: %v", len(values), values)
			}
			if last := values[len(values)-1]; last < 0.995 {
				t.Errorf("the bar stopped at %v, not at the end of the download", last)
			}
			// Measured against the compressed size, the bar would sit at 100% for most of
			// the download.
			if full > 2 {
				t.Errorf("the bar showed 100%% %d times before the download ended", full)
			}
		})
	}
}

// TestNoGamepadPolling loads the page and lets it draw: it reads no gamepad, so it must
// never ask the browser for them (cmd/ebitenpatch/gamepad.go): ebiten asked in every
// tick, and Chromium's first answer starts its gamepad service while the page makes its
// first frame.
func TestNoGamepadPolling(t *testing.T) {
	t.Parallel()
	p := launch(t)
	p.beforeScripts(`window.gamepadCalls = 0;
		const getGamepads = navigator.getGamepads;
		navigator.getGamepads = function () {
			window.gamepadCalls++;
			return getGamepads.call(navigator);
		};`)
	p.visit(pageURL(false))
	if _, msg := p.failure(); msg != "" {
		t.Fatalf("the page failed to start: %s", msg)
	}
	// Ten frames of the running page, each an ebiten tick.
	p.eval(`new Promise(ok => { let n = 0; const f = () => ++n < 10 ? ` +
		`requestAnimationFrame(f) : ok(n); requestAnimationFrame(f) })`)
	if n := p.eval(`String(window.gamepadCalls)`); n != "0" {
		t.Errorf("the page asked for the gamepads %s times", n)
	}
}
