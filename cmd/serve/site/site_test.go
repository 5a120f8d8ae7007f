package site

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// secret marks every file the server must never send.
const secret = "SECRET"

// project writes a project folder: the page and its assets, the files a checkout also
// holds (sources, Makefile, .git), a folder outside the project and symlinks into it.
// It returns the project folder.
func project(t *testing.T) string {
	t.Helper()
	base := t.TempDir()
	dir := filepath.Join(base, "nnplay")
	outside := filepath.Join(base, "outside")
	files := map[string]string{
		"index.html":                     "<!doctype html><title>nnplay</title>",
		"web/boot.js":                    "'use strict';",
		"web/style.css":                  "body{}",
		"web/main.wasm":                  "\x00asm main module",
		"web/main.wasm.js":               "globalThis.nnplayWasm = {};",
		"web/plots.wasm":                 "\x00asm plots module",
		"web/wasm_exec.js":               "class Go {}",
		"web/worker.js":                  "onmessage = () => {};",
		"web/fonts/NotoSansKR.woff2":     "wOF2 font",
		"web/fonts/NotoSansKR.ttf":       "ttf font",
		"web/img/logo.png":               "\x89PNG image",
		"web/img/logo.svg":               "<svg></svg>",
		"Makefile":                       secret + " make",
		"go.mod":                         secret + " module",
		"README.md":                      secret + " readme",
		"core/linear.go":                 secret + " go source",
		"cmd/serve/main.go":              secret + " go source",
		"wasm/e2e/testdata/nobuild.html": secret + " test page",
		".git/config":                    secret + " git",
		".gitignore":                     secret + " gitignore",
		"web/.hidden.js":                 secret + " hidden",
		"web/.cache/x.js":                secret + " hidden folder",
		"web/notes.txt":                  secret + " not an asset",
		"web/boot.go":                    secret + " source under web",
		"web/main.wasm.tmp":              secret + " half-written build",
		"../outside/secret.js":           secret + " outside the project",
		"../outside/fonts/a.woff2":       secret + " outside the project",
	}
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	gz := gzipped(t, []byte(files["web/main.wasm"]))
	if err := os.WriteFile(filepath.Join(dir, "web", "main.wasm.gz"), gz, 0o644); err != nil {
		t.Fatal(err)
	}
	br := brotliStored([]byte(files["web/main.wasm"]))
	if err := os.WriteFile(filepath.Join(dir, "web", "main.wasm.br"), br, 0o644); err != nil {
		t.Fatal(err)
	}
	links := map[string]string{
		"web/link.js":   "boot.js",                           // inside, to an asset: fine
		"web/make.js":   "../Makefile",                       // inside, to a file not on the list
		"web/escape.js": filepath.Join(outside, "secret.js"), // out of the project
		"web/rel.js":    "../../outside/secret.js",           // out of the project, relative
		"web/ext":       outside,                             // a folder out of the project
		"web/src":       "../core",                           // a folder of sources
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(dir, filepath.FromSlash(name))); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func gzipped(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write(b)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// brotliStored returns a brotli stream (RFC 7932) that holds b, 1 to 65,536 bytes, as
// it is: a 64 KB window, one uncompressed meta-block and an empty last one. The server
// never decodes a .br; this one decodes, so that the fixture is what make writes.
func brotliStored(b []byte) []byte {
	n := len(b) - 1
	// WBITS 0 (16), ISLAST 0, MNIBBLES 0 (four), MLEN-1 in 16 bits, ISUNCOMPRESSED 1,
	// then the bytes from the next byte boundary.
	out := []byte{byte(n&0xf) << 4, byte(n >> 4), byte(n>>12) | 1<<4}
	return append(append(out, b...), 0b11) // ISLAST 1, ISLASTEMPTY 1
}

// logbook collects a site's warnings; handlers write it on the server's goroutines.
type logbook struct {
	mu    sync.Mutex
	lines []string
}

func (l *logbook) logf(format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.lines = append(l.lines, strings.TrimSpace(fmt.Sprintf(format, args...)))
}

func (l *logbook) read() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]string(nil), l.lines...)
}

// serve starts the site on dir, its warnings kept in the logbook it returns.
func serve(t *testing.T, dir string) (*httptest.Server, *logbook) {
	t.Helper()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	log := &logbook{}
	s.Logf = log.logf
	srv := httptest.NewServer(s)
	t.Cleanup(func() { srv.Close(); s.Close() })
	return srv, log
}

// raw sends target byte for byte, as a hostile client would (Go's client would clean or
// escape some of them), and returns the response with its body read.
func raw(t *testing.T, srv *httptest.Server, method, target string,
	header ...string) (*http.Response, string) {
	t.Helper()
	conn, err := net.Dial("tcp", srv.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	req := method + " " + target + " HTTP/1.1\r\nHost: nnplay\r\nConnection: close\r\n"
	for _, h := range header {
		req += h + "\r\n"
	}
	if _, err := io.WriteString(conn, req+"\r\n"); err != nil {
		t.Fatal(err)
	}
	resp, err := http.ReadResponse(bufio.NewReader(conn), &http.Request{Method: method})
	if err != nil {
		t.Fatalf("%s %q: %v", method, target, err)
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(body)
}

func TestServesThePageAndItsAssets(t *testing.T) {
	srv, _ := serve(t, project(t))
	for _, c := range []struct{ path, ctype, body string }{
		{"/", "text/html; charset=utf-8", "<!doctype html>"},
		{"/index.html", "text/html; charset=utf-8", "<!doctype html>"},
		{"/index.html?lang=ko", "text/html; charset=utf-8", "<!doctype html>"},
		{"/web/boot.js", "text/javascript; charset=utf-8", "'use strict';"},
		{"/web/style.css", "text/css; charset=utf-8", "body{}"},
		{"/web/main.wasm", "application/wasm", "\x00asm main module"},
		{"/web/plots.wasm", "application/wasm", "\x00asm plots module"},
		{"/web/main.wasm.js", "text/javascript; charset=utf-8", "globalThis.nnplayWasm"},
		{"/web/wasm_exec.js", "text/javascript; charset=utf-8", "class Go"},
		{"/web/worker.js", "text/javascript; charset=utf-8", "onmessage"},
		{"/web/fonts/NotoSansKR.woff2", "font/woff2", "wOF2 font"},
		{"/web/fonts/NotoSansKR.ttf", "font/ttf", "ttf font"},
		{"/web/img/logo.png", "image/png", "\x89PNG image"},
		{"/web/img/logo.svg", "image/svg+xml", "<svg></svg>"},
		{"/web/link.js", "text/javascript; charset=utf-8", "'use strict';"},
	} {
		resp, body := raw(t, srv, "GET", c.path)
		if resp.StatusCode != 200 {
			t.Errorf("%s: %d, want 200", c.path, resp.StatusCode)
			continue
		}
		if got := resp.Header.Get("Content-Type"); got != c.ctype {
			t.Errorf("%s: Content-Type %q, want %q", c.path, got, c.ctype)
		}
		if !strings.HasPrefix(body, c.body) {
			t.Errorf("%s: body %q, want %q...", c.path, body, c.body)
		}
		if got := resp.Header.Get("Cache-Control"); got != "no-cache" {
			t.Errorf("%s: Cache-Control %q, want no-cache (a rebuild shows on reload)", c.path, got)
		}
		if etag := resp.Header.Get("ETag"); !strings.HasPrefix(etag, `"`) || len(etag) < 10 {
			t.Errorf("%s: ETag %q, want a strong content hash", c.path, etag)
		}
		if got := resp.Header.Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("%s: X-Content-Type-Options %q", c.path, got)
		}
	}
}

// TestServesNothingElse asks for every file of a checkout that is not the page, for
// folders, hidden files, symlinks out of the tree and hostile spellings of all of them:
// each gets 404 or 400 and never a byte of a file off the list.
func TestServesNothingElse(t *testing.T) {
	srv, _ := serve(t, project(t))
	for _, target := range []string{
		// A checkout's other files, and folders.
		"/Makefile", "/go.mod", "/README.md", "/core/linear.go", "/cmd/serve/main.go",
		"/wasm/e2e/testdata/nobuild.html", "/core/", "/web/", "/web", "/web/fonts/", "//",
		"/web/notes.txt", "/web/boot.go", "/web/main.wasm.tmp", "/web/main.wasm.gz",
		"/index.html/", "/web/boot.js/",
		// Hidden files and folders.
		"/.git/config", "/.gitignore", "/web/.hidden.js", "/web/.cache/x.js", "/%2egit/config",
		// Symlinks: to a file off the list, out of the tree, to folders.
		"/web/make.js", "/web/escape.js", "/web/rel.js", "/web/ext/secret.js",
		"/web/ext/fonts/a.woff2", "/web/src/linear.go", "/web/ext/",
		// Dot segments, plain and encoded.
		"/../Makefile", "/web/../Makefile", "/web/../go.mod", "/%2e%2e/Makefile",
		"/web/%2e%2e/Makefile", "/web/%2E%2E/go.mod", "/web/..%2fMakefile",
		"/web/../../outside/secret.js", "/web/./boot.js", "/./index.html",
		// Encoded slashes and backslashes.
		"/web%2fboot.js", "/web%2Fboot.js", "/web/..%5cMakefile", "/web\\..\\Makefile",
		"/web%5cboot.js",
		// NUL and other control characters.
		"/web/boot.js%00", "/web/boot.js%00.js", "/index.html%00", "/Makefile%00.js",
		"/web/boot.js%0a", "/web/%01boot.js",
		// Absolute-form targets.
		"http://nnplay/Makefile", "http://nnplay/web/../go.mod",
	} {
		resp, body := raw(t, srv, "GET", target)
		if resp.StatusCode != 404 && resp.StatusCode != 400 {
			t.Errorf("GET %s: %d, want 404 or 400", target, resp.StatusCode)
		}
		if strings.Contains(body, secret) || strings.Contains(body, "<a href") {
			t.Errorf("GET %s sent a file off the list or a listing: %.60q", target, body)
		}
	}
	for _, method := range []string{"POST", "PUT", "DELETE", "OPTIONS", "TRACE"} {
		resp, _ := raw(t, srv, method, "/index.html", "Content-Length: 0")
		if resp.StatusCode != 405 || resp.Header.Get("Allow") != "GET, HEAD" {
			t.Errorf("%s /index.html: %d, Allow %q; want 405 and GET, HEAD", method,
				resp.StatusCode, resp.Header.Get("Allow"))
		}
	}
}

// TestHostilePathsAreBadRequests: a spelling no browser sends for the page gets 400,
// so that a 404 always means "no such asset".
func TestHostilePathsAreBadRequests(t *testing.T) {
	srv, _ := serve(t, project(t))
	for _, target := range []string{
		"/../Makefile", "/web/../Makefile", "/%2e%2e/Makefile", "/web/..%2fMakefile",
		"/web%2fboot.js", "/web\\boot.js", "/web/boot.js%00", "/web/%01boot.js",
	} {
		if resp, _ := raw(t, srv, "GET", target); resp.StatusCode != 400 {
			t.Errorf("GET %s: %d, want 400", target, resp.StatusCode)
		}
	}
}

func TestOpenNeedsAFolder(t *testing.T) {
	if _, err := Open(filepath.Join(t.TempDir(), "missing")); err == nil {
		t.Error("Open of a missing folder succeeded")
	}
}
