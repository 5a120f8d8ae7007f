package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestHandler(t *testing.T) {
	root := t.TempDir()
	os.MkdirAll(filepath.Join(root, "web"), 0o755)
	os.MkdirAll(filepath.Join(root, ".git"), 0o755)
	os.WriteFile(filepath.Join(root, "index.html"), []byte("<html>"), 0o644)
	os.WriteFile(filepath.Join(root, "web", "main.wasm"), []byte("\x00asm"), 0o644)
	os.WriteFile(filepath.Join(root, ".git", "config"), []byte("secret"), 0o644)
	srv := httptest.NewServer(Handler(root))
	defer srv.Close()
	for path, want := range map[string]int{"/": 200, "/web/main.wasm": 200, "/.git/config": 404, "/web/../.git/config": 404, "/nope": 404} {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != want {
			t.Errorf("%s: %d, want %d", path, resp.StatusCode, want)
		}
		if path == "/web/main.wasm" && resp.Header.Get("Content-Type") != "application/wasm" {
			t.Errorf("wasm served as %q", resp.Header.Get("Content-Type"))
		}
	}
}

func TestRunRefusesAFolderWithoutTheBuild(t *testing.T) {
	root := t.TempDir()
	if err := run([]string{"-dir", root}, &strings.Builder{}); err == nil || !strings.Contains(err.Error(), "no index.html") {
		t.Errorf("empty folder: %v", err)
	}
	os.WriteFile(filepath.Join(root, "index.html"), []byte("<html>"), 0o644)
	if err := run([]string{"-dir", root}, &strings.Builder{}); err == nil || !strings.Contains(err.Error(), "run make first") {
		t.Errorf("no wasm: %v", err)
	}
}
