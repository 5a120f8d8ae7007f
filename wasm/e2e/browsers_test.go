package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// The tests share Chromium: starting it costs a second or more of the two cores, and
// forty tests started forty. Each page gets a browser context of its own, as an
// incognito window has: its own storage (the language a test saves reaches no other),
// cache, permissions and download folder, so that a test sees what a fresh browser
// shows. Tests that need other flags (WebGL turned off) share a Chromium started with
// them. TestMain stops them all.

// browser is one running Chromium.
type browser struct {
	ctx    context.Context // its first tab, kept open; pages are children of it
	cancel func()
	tmp    string
}

var browsers struct {
	sync.Mutex
	running map[string]*browser // by their extra flags
}

func TestMain(m *testing.M) {
	code := m.Run()
	fmt.Printf("the pool loaded %d pages and handed them out %d times more\n", pool.loads,
		pool.reuses)
	browsers.Lock()
	if cpu := chromiumCPU(); cpu > 0 {
		fmt.Printf("Chromium's processes used %.0f CPU-s\n", cpu)
	}
	for _, b := range browsers.running {
		b.cancel()
		os.RemoveAll(b.tmp)
	}
	browsers.Unlock()
	os.Exit(code)
}

// testFlags are the tests' flags beyond ChromiumOptions. SwiftShader's drawing is most of
// what the tests cost the cores, and WebGL's multisampled default framebuffer is an eighth
// of it: ebiten draws only one quad into that framebuffer, its whole screen image, which
// covers every sample, so that the page's pixels are the same without it (compared, bit
// for bit, at 1280x800, 1280x800 at scale 2 and 390x844). cmd/benchpage keeps a browser's
// default: its frame rates stay those of a context as a learner's browser makes it.
// Chromium composites the page in software: the compositor's own SwiftShader work goes
// (WebGL still draws there), about a third of a whole run, and screenshots cost less.
// Chromium 156 loads, for every window (each page's browser context is one), its address
// bar's suggestion popup as two WebUI pages (chrome://omnibox-popup.top-chrome/) in a
// renderer of their own, about 2 CPU-s a window that no test looks at: a headless window
// shows no address bar, and the page is the same without them.
// V8 runs the page's wasm only as Liftoff, its first compiler, compiles it: a page's load
// cost the cores 4.7 CPU-s and 2.3 with it (SwiftShader's share unchanged), and the
// tests' Chromium 786 CPU-s and 553 (5:07 where it took 7:07). TurboFan, which recompiles
// a module's busiest functions in the background, makes the same code faster and is meant
// to compute the same results; the tests look at what the page does, not at how fast.
var testFlags = []chromedp.ExecAllocatorOption{
	chromedp.Flag("webgl-antialiasing-mode", "none"),
	chromedp.Flag("disable-gpu-compositing", true),
	chromedp.Flag("js-flags", "--liftoff-only"),
	chromedp.Flag("disable-features", "WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup"),
}

// shared returns the Chromium started with the usual flags (ChromiumOptions) and the
// switches named in extra (such as "disable-webgl"), starting it on first use.
func shared(t *testing.T, extra ...string) context.Context {
	t.Helper()
	checkBuild(t)
	exe := chromium(t)
	key := strings.Join(extra, " ")
	browsers.Lock()
	defer browsers.Unlock()
	if b := browsers.running[key]; b != nil {
		return b.ctx
	}
	// Not t.TempDir: the browser outlives the test, and Chromium's socket path under
	// the folder must stay within 108 bytes.
	tmp, err := os.MkdirTemp("", "nnplay")
	if err != nil {
		t.Fatal(err)
	}
	opts := append(ChromiumOptions(exe, tmp, 1280, 800), testFlags...)
	for _, f := range extra {
		opts = append(opts, chromedp.Flag(f, true))
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	if err := chromedp.Do(ctx); err != nil {
		cancel()
		cancelA()
		os.RemoveAll(tmp)
		t.Fatalf("starting Chromium: %v", err)
	}
	if browsers.running == nil {
		browsers.running = map[string]*browser{}
	}
	browsers.running[key] = &browser{ctx: ctx, cancel: func() { cancel(); cancelA() }, tmp: tmp}
	return ctx
}

// newPage opens a blank tab in a browser context of its own in the shared Chromium
// with the switches extra, its downloads going to a folder of the test's. The tab counts as
// focused, as a window the learner looks at, whatever other tests' tabs do. It closes
// when the test ends.
func newPage(t *testing.T, extra ...string) *page {
	t.Helper()
	p := newTab(t, extra...)
	t.Cleanup(p.close)
	return p
}

// newTab is newPage for a tab that may outlive its test (the pool's): p.close closes it.
func newTab(t *testing.T, extra ...string) *page {
	t.Helper()
	ctx, cancel := chromedp.NewContext(shared(t, extra...), chromedp.WithNewBrowserContext())
	p := &page{t: t, ctx: ctx, close: cancel}
	if err := chromedp.Listen(ctx, func(ev any) {}); err != nil {
		cancel()
		t.Fatalf("opening a tab: %v", err)
	}
	p.listen()
	p.downloads()
	if err := p.emulateFocus(true); err != nil {
		t.Fatalf("opening a tab: %v", err)
	}
	return p
}

// emulateFocus makes the tab count as focused, whatever other tabs do, or stops it. A
// tab that counts as focused keeps Chromium drawing its frames' beats even while it is
// frozen: 0.1 CPU-s a second for each page of the pool, where a frozen tab without it
// costs nothing.
func (p *page) emulateFocus(on bool) error {
	ctx, cancel := context.WithTimeout(p.ctx, hang)
	defer cancel()
	return chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, tgt *chromedp.Target) error {
		_, err := chromedp.Call(ctx, emulation.SetFocusEmulationEnabled,
			emulation.SetFocusEmulationEnabledParams{Enabled: on})
		return err
	}))
}

// downloads sends the tab's downloads to a folder of its test's.
func (p *page) downloads() {
	p.t.Helper()
	p.dl = filepath.Join(p.t.TempDir(), "downloads")
	os.MkdirAll(p.dl, 0o755)
	id := chromedp.FromContext(p.ctx).BrowserContextID
	p.do(chromedp.Func(func(ctx context.Context, tgt *chromedp.Target) error {
		_, err := chromedp.Call(ctx, cdpbrowser.SetDownloadBehavior,
			cdpbrowser.SetDownloadBehaviorParams{Behavior: cdpbrowser.SetDownloadBehaviorBehaviorAllow,
				BrowserContextID: id, DownloadPath: p.dl})
		return err
	}))
}

// listen records the tab's console messages and uncaught exceptions (see problems).
func (p *page) listen() {
	msgs := chromedp.Console(p.ctx)
	go func() {
		for m, err := range msgs {
			if err != nil {
				return
			}
			p.mu.Lock()
			p.messages = append(p.messages, m)
			p.mu.Unlock()
		}
	}()
}

// chromiumCPU returns the CPU-seconds that this process's children, the Chromiums, and
// theirs have used, ended ones among them, from Linux's /proc; 0 where there is none.
// The test's own CPU time, which make test TIME=1 prints, leaves Chromium's out: its
// GPU and page processes are not children the test waits for.
func chromiumCPU() float64 {
	parent, ticks := map[int]int{}, map[int]int{}
	stats, _ := filepath.Glob("/proc/[0-9]*/stat")
	for _, f := range stats {
		// Its own CPU ticks and its waited-for children's, 11 to 14.
		b, err := os.ReadFile(f)
		fs := ProcStat(b)
		if err != nil || len(fs) < 15 {
			continue
		}
		pid, _ := strconv.Atoi(filepath.Base(filepath.Dir(f)))
		parent[pid], _ = strconv.Atoi(fs[1])
		for _, s := range fs[11:15] {
			n, _ := strconv.Atoi(s)
			ticks[pid] += n
		}
	}
	me, sum := os.Getpid(), 0
	for pid, n := range ticks {
		for a := parent[pid]; a > 1; a = parent[a] {
			if a == me {
				sum += n
				break
			}
		}
	}
	return float64(sum) / 100 // USER_HZ is 100 on Linux
}
