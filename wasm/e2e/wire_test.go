package e2e

import (
	"fmt"
	"image/color"
	"io"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"nnplay/cmd/serve/site"
)

// TestPageOverBrotli loads the page with its main module sent brotli-compressed by make
// run's handler, as a browser that accepts br gets it: the module arrives with
// Content-Encoding br, as many bytes as the .br holds, and the page draws. The module
// is the built one, compressed here with the window make uses (16 MB, the most a
// browser's decoder takes) but a lower quality: make's -q 11 takes 24 CPU-s, and the
// browser tests start before make has written its .br files.
func TestPageOverBrotli(t *testing.T) {
	t.Parallel()
	checkBuild(t)
	if _, err := exec.LookPath("brotli"); err != nil {
		t.Fatal("brotli is not installed: run make test (as root it installs Debian's " +
			"brotli) or apt-get install brotli")
	}
	dir := pageCopy(t)
	wasm := filepath.Join(dir, "web", "main.wasm")
	out, err := exec.Command("brotli", "-q", "5", "--lgwin=24", "-n", "-o", wasm+".br", wasm).
		CombinedOutput()
	if err != nil {
		t.Fatalf("brotli: %v: %s", err, out)
	}
	info, err := os.Stat(wasm + ".br")
	if err != nil {
		t.Fatal(err)
	}
	plain, _ := os.Stat(wasm)
	s, err := site.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	s.Logf = t.Logf // the copy has no .br of the other modules: the server says so
	srv := httptest.NewServer(s)
	t.Cleanup(func() { srv.Close(); s.Close() })

	var mu sync.Mutex
	var sent struct {
		accept, encoding string
		bytes            float64 // the body's bytes as they came over the wire
		done             bool
	}
	var id network.RequestID
	accepts := map[network.RequestID]string{} // the headers may come before the request
	p := launch(t)
	err = chromedp.Listen(p.ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch e := ev.(type) {
		case *network.EventRequestWillBeSentExtraInfo:
			accepts[e.RequestID] = fmt.Sprint(e.Headers["Accept-Encoding"])
		case *network.EventRequestWillBeSent:
			if strings.HasSuffix(e.Request.URL, "/web/main.wasm") {
				id = e.RequestID
			}
		case *network.EventResponseReceived:
			if e.RequestID == id {
				sent.encoding = fmt.Sprint(e.Response.Headers["Content-Encoding"])
			}
		case *network.EventDataReceived:
			if e.RequestID == id {
				sent.bytes += float64(e.EncodedDataLength)
			}
		case *network.EventLoadingFinished:
			sent.done = sent.done || e.RequestID == id
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	p.visit(srv.URL + "/index.html")
	if _, msg := p.failure(); msg != "" {
		t.Fatalf("the page failed to start: %s", msg)
	}
	p.waitFor(`window.nnplay.call('stats').then(s => JSON.parse(s).frames > 0)`)

	mu.Lock()
	got := sent
	got.accept = accepts[id]
	mu.Unlock()
	t.Logf("main.wasm: %d bytes, %d brotli -q 5; Chromium asked with %q, got %q, %.0f bytes",
		plain.Size(), info.Size(), got.accept, got.encoding, got.bytes)
	if !got.done || got.encoding != "br" {
		t.Fatalf("main.wasm came with Content-Encoding %q (done %v), want br; Chromium sent "+
			"Accept-Encoding %q", got.encoding, got.done, got.accept)
	}
	// Chromium counts the body as it came: the .br's bytes, give or take the chunks'
	// framing, and far fewer than the module's.
	if got.bytes < float64(info.Size()) || got.bytes > float64(info.Size())*1.01+4096 {
		t.Errorf("Chromium received %.0f bytes of main.wasm, want the .br's %d", got.bytes,
			info.Size())
	}
	decoded := p.eval(`String(performance.getEntriesByType('resource')
		.find(e => e.name.endsWith('/web/main.wasm')).decodedBodySize)`)
	if decoded != fmt.Sprint(plain.Size()) {
		t.Errorf("main.wasm decoded to %s bytes, want %d", decoded, plain.Size())
	}
	drawn(t, p)
	p.noProblems()
}

// drawn checks that the page drew its network: the canvas shows many colours, where a
// page that never drew shows its background alone.
func drawn(t *testing.T, p *page) {
	t.Helper()
	img := p.screenshot("wire-brotli")
	colours := map[color.RGBA]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 3 {
		for x := b.Min.X; x < b.Max.X; x += 3 {
			r, g, bl, a := img.At(x, y).RGBA()
			colours[color.RGBA{uint8(r >> 8), uint8(g >> 8), uint8(bl >> 8), uint8(a >> 8)}] = true
		}
	}
	if len(colours) < 50 {
		t.Errorf("the page shows %d colours: it did not draw", len(colours))
	}
}

// pageCopy copies what the page loads over http (index.html and web/ without the
// modules' encoded copies and file:// twins) to a folder of the test's.
func pageCopy(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "web"), 0o755); err != nil {
		t.Fatal(err)
	}
	names, _ := filepath.Glob(filepath.Join(root, "web", "*"))
	names = append(names, filepath.Join(root, "index.html"))
	for _, src := range names {
		rel, _ := filepath.Rel(root, src)
		if strings.Contains(filepath.Base(rel), ".wasm.") {
			continue
		}
		if info, err := os.Stat(src); err != nil || !info.Mode().IsRegular() {
			continue
		}
		if err := copyFile(src, filepath.Join(dir, rel)); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
