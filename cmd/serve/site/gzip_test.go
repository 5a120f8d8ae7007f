package site

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"
)

// get fetches path with the given request headers, as a browser would but without
// decoding the body: the test sees the bytes on the wire.
func get(t *testing.T, url, method string, header map[string]string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	client := &http.Client{Transport: &http.Transport{DisableCompression: true}}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, body
}

func gunzip(t *testing.T, b []byte) []byte {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("not gzip: %v", err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		t.Fatalf("bad gzip: %v", err)
	}
	return out
}

func TestWasmIsSentGzippedToBrowsersThatAcceptIt(t *testing.T) {
	dir := project(t)
	srv, log := serve(t, dir)
	rawWasm, _ := os.ReadFile(filepath.Join(dir, "web", "main.wasm"))
	gz, _ := os.ReadFile(filepath.Join(dir, "web", "main.wasm.gz"))
	for _, c := range []struct {
		accept string
		gzip   bool
	}{
		{"gzip, deflate, br, zstd", true}, // Chromium
		{"gzip, deflate, br", true},       // Firefox
		{"GZIP", true},
		{"x-gzip", true},
		{"*", true},
		{"br;q=1.0, gzip;q=0.5", true},
		{"", false},
		{"identity", false},
		{"br, zstd", false},
		{"gzip;q=0", false},
		{"gzip; q=0.000", false},
		{"*;q=0", false},
		{"*, gzip;q=0", false},
	} {
		h := map[string]string{}
		if c.accept != "" {
			h["Accept-Encoding"] = c.accept
		}
		resp, body := get(t, srv.URL+"/web/main.wasm", "GET", h)
		if resp.StatusCode != 200 {
			t.Fatalf("Accept-Encoding %q: %d", c.accept, resp.StatusCode)
		}
		want := map[string]string{
			"Content-Type":     "application/wasm",
			"Vary":             "Accept-Encoding",
			"Cache-Control":    "no-cache",
			"X-Decoded-Length": strconv.Itoa(len(rawWasm)),
			"Content-Encoding": "",
			"Content-Length":   strconv.Itoa(len(rawWasm)),
		}
		if c.gzip {
			want["Content-Encoding"] = "gzip"
			want["Content-Length"] = strconv.Itoa(len(gz))
		}
		for k, v := range want {
			if got := resp.Header.Get(k); got != v {
				t.Errorf("Accept-Encoding %q: %s %q, want %q", c.accept, k, got, v)
			}
		}
		if c.gzip && !bytes.Equal(body, gz) {
			t.Errorf("Accept-Encoding %q: the body is not web/main.wasm.gz", c.accept)
		}
		if c.gzip && !bytes.Equal(gunzip(t, body), rawWasm) {
			t.Errorf("Accept-Encoding %q: the body does not decode to web/main.wasm", c.accept)
		}
		if !c.gzip && !bytes.Equal(body, rawWasm) {
			t.Errorf("Accept-Encoding %q: the body is not web/main.wasm", c.accept)
		}
	}
	// HEAD: the same headers, no body.
	resp, body := get(t, srv.URL+"/web/main.wasm", "HEAD",
		map[string]string{"Accept-Encoding": "gzip"})
	hdr := resp.Header.Get
	if hdr("Content-Encoding") != "gzip" || hdr("Content-Length") != strconv.Itoa(len(gz)) ||
		len(body) != 0 {
		t.Errorf("HEAD: %v, %d bytes of body", resp.Header, len(body))
	}
	if w := log.read(); len(w) != 0 {
		t.Errorf("warnings: %q", w)
	}
}

// TestAReloadReusesWhatItHas: every file has a strong ETag, different for the gzipped
// and the plain body of a module; If-None-Match with it gets 304, and a rebuild changes
// it.
func TestAReloadReusesWhatItHas(t *testing.T) {
	dir := project(t)
	srv, _ := serve(t, dir)
	gz := map[string]string{"Accept-Encoding": "gzip"}
	etag := func(path string, h map[string]string) string {
		resp, _ := get(t, srv.URL+path, "GET", h)
		return resp.Header.Get("ETag")
	}
	zipped, plain := etag("/web/main.wasm", gz), etag("/web/main.wasm", nil)
	if zipped == plain || !strings.HasPrefix(zipped, `"`) || !strings.HasPrefix(plain, `"`) {
		t.Fatalf("ETags %s (gzip) and %s (plain): want two different strong ETags", zipped, plain)
	}
	if again := etag("/web/main.wasm", gz); again != zipped {
		t.Errorf("the ETag changed from %s to %s without a rebuild", zipped, again)
	}
	for _, c := range []struct {
		path, inm string
		h         map[string]string
		status    int
	}{
		{"/web/main.wasm", zipped, gz, 304},
		{"/web/main.wasm", plain, nil, 304},
		{"/web/main.wasm", `"other", ` + zipped, gz, 304},
		{"/web/main.wasm", "W/" + zipped, gz, 304}, // If-None-Match compares weakly
		{"/web/main.wasm", "*", gz, 304},
		{"/web/main.wasm", plain, gz, 200}, // cached plain, now gets gzip
		{"/web/main.wasm", zipped, nil, 200},
		{"/web/main.wasm", `"other"`, gz, 200},
		{"/index.html", etag("/index.html", nil), nil, 304},
		{"/web/boot.js", etag("/web/boot.js", nil), nil, 304},
		{"/web/boot.js", etag("/web/style.css", nil), nil, 200},
	} {
		h := map[string]string{"If-None-Match": c.inm}
		for k, v := range c.h {
			h[k] = v
		}
		resp, body := get(t, srv.URL+c.path, "GET", h)
		if resp.StatusCode != c.status {
			t.Errorf("%s If-None-Match %s, %v: %d, want %d",
				c.path, c.inm, c.h, resp.StatusCode, c.status)
		}
		if c.status == 304 {
			hdr := resp.Header.Get
			if len(body) != 0 || hdr("ETag") == "" || hdr("Cache-Control") != "no-cache" {
				t.Errorf("%s: 304 with %d bytes, headers %v", c.path, len(body), resp.Header)
			}
			if strings.HasSuffix(c.path, ".wasm") && resp.Header.Get("Vary") != "Accept-Encoding" {
				t.Errorf("%s: 304 without Vary: %v", c.path, resp.Header)
			}
		}
	}
	// A rebuild: new bytes, new ETags; the old ones get the new files.
	oldPage := etag("/index.html", nil)
	later := time.Now().Add(2 * time.Second)
	rebuilt := []byte("\x00asm main module, rebuilt")
	writeAt(t, filepath.Join(dir, "web", "main.wasm"), rebuilt, later)
	writeAt(t, filepath.Join(dir, "web", "main.wasm.gz"), gzipped(t, rebuilt), later)
	writeAt(t, filepath.Join(dir, "index.html"), []byte("<!doctype html><title>v2</title>"), later)
	resp, body := get(t, srv.URL+"/web/main.wasm", "GET",
		map[string]string{"Accept-Encoding": "gzip", "If-None-Match": zipped})
	if now := resp.Header.Get("ETag"); resp.StatusCode != 200 || now == zipped ||
		!bytes.Equal(gunzip(t, body), rebuilt) {
		t.Errorf("main.wasm after a rebuild: %d, ETag %s (was %s)", resp.StatusCode, now, zipped)
	}
	resp, body = get(t, srv.URL+"/index.html", "GET", map[string]string{"If-None-Match": oldPage})
	if now := resp.Header.Get("ETag"); resp.StatusCode != 200 || now == oldPage ||
		!strings.Contains(string(body), "v2") {
		t.Errorf("index.html after an edit: %d, ETag %s (was %s)", resp.StatusCode, now, oldPage)
	}
}

func writeAt(t *testing.T, path string, b []byte, mod time.Time) {
	t.Helper()
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(path, mod, mod); err != nil {
		t.Fatal(err)
	}
}

// TestAStaleOrMissingGzipIsNeverSent: a .gz that does not hold the module beside it
// (an old build, a module built by hand) is not sent; the module goes plain and the
// server says why.
func TestAStaleOrMissingGzipIsNeverSent(t *testing.T) {
	dir := project(t)
	srv, log := serve(t, dir)
	gzHeader := map[string]string{"Accept-Encoding": "gzip"}
	rebuilt := []byte("\x00asm main module, rebuilt by hand")
	writeAt(t, filepath.Join(dir, "web", "main.wasm"), rebuilt, time.Now().Add(2*time.Second))
	for i := 0; i < 2; i++ {
		resp, body := get(t, srv.URL+"/web/main.wasm", "GET", gzHeader)
		if resp.Header.Get("Content-Encoding") != "" || !bytes.Equal(body, rebuilt) {
			t.Fatalf("a stale main.wasm.gz was sent (Content-Encoding %q)",
				resp.Header.Get("Content-Encoding"))
		}
		if resp.Header.Get("Vary") != "Accept-Encoding" {
			t.Errorf("Vary %q", resp.Header.Get("Vary"))
		}
	}
	if w := log.read(); len(w) != 1 || !strings.Contains(w[0], "web/main.wasm.gz does not hold") ||
		!strings.Contains(w[0], "run make") {
		t.Errorf("warnings %q: want one that names web/main.wasm.gz and says to run make", w)
	}
	// Not gzip at all.
	gzFile := filepath.Join(dir, "web", "main.wasm.gz")
	writeAt(t, gzFile, []byte("not gzip"), time.Now().Add(3*time.Second))
	resp, _ := get(t, srv.URL+"/web/main.wasm", "GET", gzHeader)
	if resp.Header.Get("Content-Encoding") != "" {
		t.Error("a .gz that is not gzip was sent")
	}
	// plots.wasm has no .gz in the fixture: sent plain, with a word about it.
	for i := 0; i < 2; i++ {
		resp, body := get(t, srv.URL+"/web/plots.wasm", "GET", gzHeader)
		if resp.StatusCode != 200 || resp.Header.Get("Content-Encoding") != "" ||
			string(body) != "\x00asm plots module" {
			t.Errorf("plots.wasm without its .gz: %d, %v", resp.StatusCode, resp.Header)
		}
	}
	if w := log.read(); len(w) != 2 || !strings.Contains(w[1], "web/plots.wasm.gz is missing") {
		t.Errorf("warnings %q: want a second one that says web/plots.wasm.gz is missing", w)
	}
	// A good .gz again: sent, and no more warnings.
	writeAt(t, gzFile, gzipped(t, rebuilt), time.Now().Add(4*time.Second))
	resp, body := get(t, srv.URL+"/web/main.wasm", "GET", gzHeader)
	if resp.Header.Get("Content-Encoding") != "gzip" || !bytes.Equal(gunzip(t, body), rebuilt) {
		t.Errorf("a rebuilt .gz is not sent: Content-Encoding %q",
			resp.Header.Get("Content-Encoding"))
	}
	if w := log.read(); len(w) != 2 {
		t.Errorf("warnings %q", w)
	}
}

// TestTheBuiltModulesAreServedCompressed checks make's real output: each wasm module has
// its .gz beside it, which decodes to the module, and the server sends it.
func TestTheBuiltModulesAreServedCompressed(t *testing.T) {
	_, file, _, _ := runtime.Caller(0)
	root := filepath.Join(filepath.Dir(file), "..", "..", "..")
	srv, log := serve(t, root)
	for _, name := range []string{"main", "plots"} {
		wasm, err := os.ReadFile(filepath.Join(root, "web", name+".wasm"))
		if err != nil {
			t.Fatalf("%v: run make (make test builds first)", err)
		}
		if _, err := os.Stat(filepath.Join(root, "web", name+".wasm.gz")); err != nil {
			t.Fatalf("%v: run make (make test builds first)", err)
		}
		resp, body := get(t, srv.URL+"/web/"+name+".wasm", "GET",
			map[string]string{"Accept-Encoding": "gzip, deflate, br, zstd"})
		if resp.Header.Get("Content-Encoding") != "gzip" || !bytes.Equal(gunzip(t, body), wasm) {
			t.Fatalf("web/%s.wasm: Content-Encoding %q", name, resp.Header.Get("Content-Encoding"))
		}
		t.Logf("web/%s.wasm: %d bytes, %d gzipped (%.1f%%)",
			name, len(wasm), len(body), 100*float64(len(body))/float64(len(wasm)))
	}
	if w := log.read(); len(w) != 0 {
		t.Errorf("warnings: %q", w)
	}
}
