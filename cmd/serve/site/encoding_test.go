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

// TestWasmGoesInTheBestEncodingTheBrowserAccepts: brotli where the browser takes it,
// else gzip, else the module itself; the header's weights decide before the sizes, q=0
// refuses, and an odd or hostile header never gets a coding it did not ask for.
func TestWasmGoesInTheBestEncodingTheBrowserAccepts(t *testing.T) {
	dir := project(t)
	srv, log := serve(t, dir)
	rawWasm, _ := os.ReadFile(filepath.Join(dir, "web", "main.wasm"))
	sent := map[string][]byte{"": rawWasm}
	sent["gzip"], _ = os.ReadFile(filepath.Join(dir, "web", "main.wasm.gz"))
	sent["br"], _ = os.ReadFile(filepath.Join(dir, "web", "main.wasm.br"))
	for _, c := range []struct{ accept, want string }{
		{"gzip, deflate, br, zstd", "br"}, // Chromium, Firefox
		{"gzip, deflate, br", "br"},       // Safari
		{"gzip, deflate", "gzip"},         // Chromium over plain http to another host
		{"BR", "br"},
		{"Br;Q=1", "br"},
		{"GZIP", "gzip"},
		{"x-gzip", "gzip"},
		{"*", "br"},
		{"*;q=0.1", "br"},
		{"br;q=1.0, gzip;q=0.5", "br"},
		{"br;q=0.5, gzip", "gzip"}, // the browser's weights before our sizes
		{"gzip;q=0.8, br;q=0.8", "br"},
		{"gzip;q=0.5, br;q=0.5, identity;q=0.5", "br"},
		{"identity, br;q=0.5", ""},
		{"identity;q=0, gzip;q=0.5", "gzip"},
		{"br;q=0, gzip", "gzip"},
		{"br;q=0", ""},
		{"br;q=0.000, *", "gzip"},
		{"*, br;q=0", "gzip"},
		{"*, gzip;q=0", "br"},
		{"br; q=0.5 , gzip ; q=0.4", "br"},
		{"br;level=3;q=0.9, gzip;q=0.4", "br"},
		{" ,, br ,", "br"},
		{"", ""},
		{"identity", ""},
		{"zstd", ""},
		{"deflate, compress", ""},
		{"gzip;q=0", ""},
		{"gzip; q=0.000", ""},
		{"*;q=0", ""}, // refuses even identity: the module goes plain rather than not at all
		{"identity;q=0", ""},
		// Weights that are not qvalues say nothing.
		{"br;q=abc", ""},
		{"br;q=2, gzip;q=0.5", "gzip"},
		{"br;q=-1, gzip;q=0.5", "gzip"},
		{"br;q=NaN, gzip;q=0.5", "gzip"},
		{"br;q=1e3, gzip;q=0.5", "gzip"},
		{"br;q=0x1p-1, gzip;q=0.2", "gzip"},
		{"br;q=1.001, gzip;q=0.5", "gzip"},
		{"br;q=0.0001, gzip;q=0.5", "gzip"},
		{"br;q=, gzip;q=0.5", "gzip"},
		{"br;q=0.5;q=, gzip;q=0.4", "gzip"},
		// Names that are not ours.
		{"brotli, gzip2, b r, br;, ;br", ""},
		{"br\t, gzip;q=0.5", "br"}, // white space around a name is allowed
		{strings.Repeat("gzip;q=0, ", 5000) + "br", "br"},
		{strings.Repeat("x", 60000), ""},
	} {
		h := map[string]string{}
		if c.accept != "" {
			h["Accept-Encoding"] = c.accept
		}
		resp, body := get(t, srv.URL+"/web/main.wasm", "GET", h)
		shown := c.accept[:min(len(c.accept), 40)]
		if resp.StatusCode != 200 {
			t.Fatalf("Accept-Encoding %q: %d", shown, resp.StatusCode)
		}
		want := map[string]string{
			"Content-Type":     "application/wasm",
			"Vary":             "Accept-Encoding",
			"Cache-Control":    "no-cache",
			"X-Decoded-Length": strconv.Itoa(len(rawWasm)),
			"Content-Encoding": c.want,
			"Content-Length":   strconv.Itoa(len(sent[c.want])),
		}
		for k, v := range want {
			if got := resp.Header.Get(k); got != v {
				t.Errorf("Accept-Encoding %q: %s %q, want %q", shown, k, got, v)
			}
		}
		if !bytes.Equal(body, sent[c.want]) {
			t.Errorf("Accept-Encoding %q: the body is not the %q file", shown, c.want)
		}
	}
	if !bytes.Equal(gunzip(t, sent["gzip"]), rawWasm) {
		t.Error("the fixture's main.wasm.gz does not decode to main.wasm")
	}
	// HEAD: the same headers, no body.
	for _, coding := range []string{"br", "gzip"} {
		resp, body := get(t, srv.URL+"/web/main.wasm", "HEAD",
			map[string]string{"Accept-Encoding": coding})
		hdr := resp.Header.Get
		if hdr("Content-Encoding") != coding ||
			hdr("Content-Length") != strconv.Itoa(len(sent[coding])) || len(body) != 0 {
			t.Errorf("HEAD, %s: %v, %d bytes of body", coding, resp.Header, len(body))
		}
	}
	if w := log.read(); len(w) != 0 {
		t.Errorf("warnings: %q", w)
	}
}

// TestAReloadReusesWhatItHas: every file has a strong ETag, different for the brotli,
// the gzipped and the plain body of a module; If-None-Match with it gets 304 in the
// encoding it names, and a rebuild changes it.
func TestAReloadReusesWhatItHas(t *testing.T) {
	dir := project(t)
	srv, _ := serve(t, dir)
	gz := map[string]string{"Accept-Encoding": "gzip"}
	br := map[string]string{"Accept-Encoding": "gzip, deflate, br, zstd"}
	etag := func(path string, h map[string]string) string {
		resp, _ := get(t, srv.URL+path, "GET", h)
		return resp.Header.Get("ETag")
	}
	zipped, plain := etag("/web/main.wasm", gz), etag("/web/main.wasm", nil)
	brotli := etag("/web/main.wasm", br)
	for _, e := range []string{zipped, plain, brotli} {
		if !strings.HasPrefix(e, `"`) || len(e) < 10 {
			t.Fatalf("ETag %s: want a strong content hash", e)
		}
	}
	if zipped == plain || brotli == plain || brotli == zipped {
		t.Fatalf("ETags %s (br), %s (gzip) and %s (plain): want three different ones",
			brotli, zipped, plain)
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
		{"/web/main.wasm", brotli, br, 304},
		{"/web/main.wasm", `"other", ` + zipped, gz, 304},
		{"/web/main.wasm", zipped + ", " + brotli, br, 304},
		{"/web/main.wasm", "W/" + zipped, gz, 304}, // If-None-Match compares weakly
		{"/web/main.wasm", "W/" + brotli, br, 304},
		{"/web/main.wasm", "*", gz, 304},
		{"/web/main.wasm", plain, gz, 200},  // cached plain, now gets gzip
		{"/web/main.wasm", zipped, br, 200}, // cached gzip, now gets brotli
		{"/web/main.wasm", brotli, gz, 200}, // cached brotli, now takes gzip only
		{"/web/main.wasm", brotli, nil, 200},
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
		hdr := resp.Header.Get
		if c.status == 304 {
			if len(body) != 0 || hdr("ETag") == "" || hdr("Cache-Control") != "no-cache" {
				t.Errorf("%s: 304 with %d bytes, headers %v", c.path, len(body), resp.Header)
			}
			if strings.HasSuffix(c.path, ".wasm") && hdr("Vary") != "Accept-Encoding" {
				t.Errorf("%s: 304 without Vary: %v", c.path, resp.Header)
			}
		}
		if c.status == 200 && strings.HasSuffix(c.path, ".wasm") && hdr("ETag") == c.inm {
			t.Errorf("%s If-None-Match %s, %v: sent again with the same ETag", c.path, c.inm, c.h)
		}
	}
	// A rebuild: new bytes, new ETags; the old ones get the new files.
	oldPage := etag("/index.html", nil)
	later := time.Now().Add(2 * time.Second)
	rebuilt := []byte("\x00asm main module, rebuilt")
	writeAt(t, filepath.Join(dir, "web", "main.wasm"), rebuilt, later)
	writeAt(t, filepath.Join(dir, "web", "main.wasm.gz"), gzipped(t, rebuilt), later)
	writeAt(t, filepath.Join(dir, "web", "main.wasm.br"), brotliStored(rebuilt), later)
	writeAt(t, filepath.Join(dir, "index.html"), []byte("<!doctype html><title>v2</title>"), later)
	resp, body := get(t, srv.URL+"/web/main.wasm", "GET",
		map[string]string{"Accept-Encoding": "gzip", "If-None-Match": zipped})
	if now := resp.Header.Get("ETag"); resp.StatusCode != 200 || now == zipped ||
		!bytes.Equal(gunzip(t, body), rebuilt) {
		t.Errorf("main.wasm after a rebuild: %d, ETag %s (was %s)", resp.StatusCode, now, zipped)
	}
	resp, body = get(t, srv.URL+"/web/main.wasm", "GET",
		map[string]string{"Accept-Encoding": "br", "If-None-Match": brotli})
	if now := resp.Header.Get("ETag"); resp.StatusCode != 200 || now == brotli ||
		!bytes.Equal(body, brotliStored(rebuilt)) {
		t.Errorf("main.wasm.br after a rebuild: %d, ETag %s (was %s)", resp.StatusCode, now, brotli)
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

// TestAStaleOrMissingBrotliIsNeverSent: a .br older than its module (a module built by
// hand after make), missing or not a file is not sent; the module goes in the next
// encoding the browser takes, and the server says why, once.
func TestAStaleOrMissingBrotliIsNeverSent(t *testing.T) {
	dir := project(t)
	srv, log := serve(t, dir)
	chromium := map[string]string{"Accept-Encoding": "gzip, deflate, br, zstd"}
	web := func(name string) string { return filepath.Join(dir, "web", name) }
	check := func(when, coding string, want []byte) {
		t.Helper()
		resp, body := get(t, srv.URL+"/web/main.wasm", "GET", chromium)
		if got := resp.Header.Get("Content-Encoding"); got != coding || !bytes.Equal(body, want) {
			t.Errorf("%s: Content-Encoding %q, want %q with its file", when, got, coding)
		}
	}
	rebuilt := []byte("\x00asm main module, rebuilt by hand")
	later := time.Now().Add(2 * time.Second)
	writeAt(t, web("main.wasm"), rebuilt, later)
	writeAt(t, web("main.wasm.gz"), gzipped(t, rebuilt), later)
	for i := 0; i < 2; i++ {
		check("a .br older than the module", "gzip", gzipped(t, rebuilt))
	}
	if w := log.read(); len(w) != 1 || !strings.Contains(w[0], "web/main.wasm.br does not hold") ||
		!strings.Contains(w[0], "run make") {
		t.Errorf("warnings %q: want one that names web/main.wasm.br and says to run make", w)
	}
	os.Remove(web("main.wasm.gz"))
	check("a stale .br and no .gz", "", rebuilt)
	// make writes the .br after the module: sent again, and no word about it.
	writeAt(t, web("main.wasm.br"), brotliStored(rebuilt), later.Add(time.Second))
	check("a .br newer than the module", "br", brotliStored(rebuilt))
	os.Remove(web("main.wasm.br"))
	check("no .br", "", rebuilt)
	os.Mkdir(web("main.wasm.br"), 0o755)
	check("a folder named main.wasm.br", "", rebuilt)
	w := log.read()
	if len(w) != 4 || !strings.Contains(w[1], "web/main.wasm.gz is missing") ||
		!strings.Contains(w[2], "web/main.wasm.br is missing") ||
		!strings.Contains(w[3], "web/main.wasm.br does not hold") {
		t.Errorf("warnings %q", w)
	}
}

// TestTheBuiltModulesAreServedCompressed checks make's real output: each wasm module has
// its .gz beside it, which decodes to the module, and the server sends it. (make checks
// each .br it writes against its module, and wasm/e2e loads the page over brotli: the
// native tests start before make has written the .br files.)
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
			map[string]string{"Accept-Encoding": "gzip, deflate"})
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
