package main

import (
	"bufio"
	"errors"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"nnplay/cmd/serve/site"
)

// repo is the project folder this test belongs to.
var repo = func() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}()

// built writes the smallest folder run accepts: index.html and web/main.wasm.
func built(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "web"), 0o755)
	os.WriteFile(filepath.Join(dir, "index.html"), []byte("<!doctype html>"), 0o644)
	os.WriteFile(filepath.Join(dir, "Makefile"), []byte("not for the browser"), 0o644)
	os.WriteFile(filepath.Join(dir, "web", "main.wasm"), []byte("\x00asm"), 0o644)
	return dir
}

// taken holds a port on 127.0.0.1 for the test's length and returns its address.
func taken(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	return ln.Addr().String()
}

// next is the address one port up, the one the message should suggest.
func next(t *testing.T, addr string) string {
	host, port, _ := net.SplitHostPort(addr)
	p, _ := strconv.Atoi(port)
	return net.JoinHostPort(host, strconv.Itoa(p+1))
}

// checkBusyMessage checks that msg names the busy address and how to choose another.
func checkBusyMessage(t *testing.T, msg, addr string) {
	t.Helper()
	other := next(t, addr)
	wants := []string{addr + " is already in use", "make run ADDR=" + other, "-addr " + other}
	for _, want := range wants {
		if !strings.Contains(msg, want) {
			t.Errorf("the message does not say %q:\n%s", want, msg)
		}
	}
}

func TestABusyAddressSaysWhichAndHowToChooseAnother(t *testing.T) {
	addr := taken(t)
	err := run([]string{"-addr", addr, "-dir", built(t)}, io.Discard)
	if err == nil {
		t.Fatal("run served on a busy address")
	}
	checkBusyMessage(t, err.Error(), addr)
}

func TestAnAddressItCannotUseSaysHowToChooseAnother(t *testing.T) {
	for _, addr := range []string{"8080", "127.0.0.1:http-alt-nope", "192.0.2.1:8080"} {
		err := run([]string{"-addr", addr, "-dir", built(t)}, io.Discard)
		if err == nil || !strings.Contains(err.Error(), addr) ||
			!strings.Contains(err.Error(), "make run ADDR=127.0.0.1:8080") {
			t.Errorf("-addr %s: %v", addr, err)
		}
	}
}

func TestRunRefusesAFolderWithoutTheBuild(t *testing.T) {
	root := t.TempDir()
	err := run([]string{"-dir", root}, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "no index.html") {
		t.Errorf("empty folder: %v", err)
	}
	os.WriteFile(filepath.Join(root, "index.html"), []byte("<html>"), 0o644)
	err = run([]string{"-dir", root}, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "run make first") {
		t.Errorf("no wasm: %v", err)
	}
}

// binary builds cmd/serve: go run would turn its exit code into 1.
func binary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "serve")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

func TestTheBinaryOnABusyAddress(t *testing.T) {
	addr := taken(t)
	cmd := exec.Command(binary(t), "-addr", addr, "-dir", built(t))
	var stdout, stderr strings.Builder
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 2 {
		t.Fatalf("exit: %v, want status 2", err)
	}
	if stdout.Len() != 0 {
		t.Errorf("stdout: %q", stdout.String())
	}
	checkBusyMessage(t, stderr.String(), addr)
	if !strings.HasPrefix(stderr.String(), "serve: ") || strings.Count(stderr.String(), "\n") != 1 {
		t.Errorf("stderr is not one line from serve: %q", stderr.String())
	}
}

// TestTheBinaryServesAndSaysWhere: it prints the http address, the file:// path and
// what the main module goes as, and serves the page but not the Makefile.
func TestTheBinaryServesAndSaysWhere(t *testing.T) {
	dir := built(t)
	cmd := exec.Command(binary(t), "-addr", "127.0.0.1:0", "-dir", dir)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	lines := make(chan string)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	var said []string
	for len(said) < 3 {
		select {
		case l, ok := <-lines:
			if !ok {
				t.Fatalf("serve stopped after %q", said)
			}
			said = append(said, l)
		case <-time.After(3 * time.Minute): // a guard against a hang, not a measure of speed
			t.Fatalf("serve said only %q", said)
		}
	}
	url := regexp.MustCompile(`http://127\.0\.0\.1:[0-9]+/`).FindString(said[0])
	if url == "" {
		t.Fatalf("no http address in %q", said[0])
	}
	page := "file://" + filepath.ToSlash(filepath.Join(dir, "index.html"))
	if !strings.HasSuffix(said[1], page) {
		t.Errorf("%q does not end with %s", said[1], page)
	}
	want := "nnplay: web/main.wasm goes uncompressed (4 bytes): run make to compress it"
	if said[2] != want {
		t.Errorf("%q, want %q", said[2], want)
	}
	status := map[string]int{"": 200, "index.html": 200, "web/main.wasm": 200, "Makefile": 404}
	for path, want := range status {
		resp, err := http.Get(url + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != want {
			t.Errorf("/%s: %d, want %d", path, resp.StatusCode, want)
		}
	}
}

// TestItSaysWhatTheModuleGoesAs: the encodings the main module goes in, the best first,
// with their bytes on the wire; a .br or .gz that does not hold the module is left out.
func TestItSaysWhatTheModuleGoesAs(t *testing.T) {
	dir := built(t)
	web := func(name string) string { return filepath.Join(dir, "web", name) }
	os.WriteFile(web("main.wasm.br"), []byte("br body"), 0o644)
	os.WriteFile(web("main.wasm.gz"), []byte("stale gz"), 0o644)
	s, err := site.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	s.Logf = nil
	sizes, err := s.Sizes("web/main.wasm")
	if err != nil {
		t.Fatal(err)
	}
	got := sending("web/main.wasm", sizes)
	want := "web/main.wasm goes as br (7 bytes) to browsers that accept it, else uncompressed " +
		"(4 bytes)"
	if got != want {
		t.Errorf("%q, want %q", got, want)
	}
	big := []site.Size{
		{Coding: "br", Bytes: 2361438}, {Coding: "gzip", Bytes: 3152453},
		{Coding: "identity", Bytes: 15487395},
	}
	want = "web/main.wasm goes as br (2,361,438 bytes) to browsers that accept it, else as " +
		"gzip (3,152,453 bytes), else uncompressed (15,487,395 bytes)"
	if got := sending("web/main.wasm", big); got != want {
		t.Errorf("%q, want %q", got, want)
	}
}

// TestMakeRunOnABusyAddress runs make run as a user does, without building the page or
// its brotli copies (-o build): make test builds the page beside this test, and never
// the brotli copies.
func TestMakeRunOnABusyAddress(t *testing.T) {
	if _, err := exec.LookPath("make"); err != nil {
		t.Fatal("make is not installed")
	}
	addr := taken(t)
	cmd := exec.Command("make", "--no-print-directory", "-C", repo, "-o", "build", "run",
		"ADDR="+addr)
	out, err := cmd.CombinedOutput()
	if err == nil {
		t.Fatalf("make run succeeded on a busy address:\n%s", out)
	}
	checkBusyMessage(t, string(out), addr)
}
