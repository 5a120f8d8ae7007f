package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

func run(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	dir := fs.String("dir", ".", "the project folder, where index.html is")
	if err := fs.Parse(args); err != nil {
		return err
	}
	root, err := filepath.Abs(*dir)
	if err != nil {
		return err
	}
	if _, err := os.Stat(filepath.Join(root, "index.html")); err != nil {
		return fmt.Errorf("no index.html in %s: give the project folder with -dir", root)
	}
	if _, err := os.Stat(filepath.Join(root, "web", "main.wasm")); err != nil {
		return errors.New("web/main.wasm is missing: run make first")
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "nnplay: open http://%s/ (Ctrl-C stops the server)\n", ln.Addr())
	fmt.Fprintf(stdout, "nnplay: index.html also opens straight from disk: file://%s\n", filepath.ToSlash(filepath.Join(root, "index.html")))
	return http.Serve(ln, Handler(root))
}

// Handler serves the project folder: the page, its scripts and its wasm, never a hidden
// file (.git, .ci), and always fresh so that a rebuild shows on reload.
func Handler(root string) http.Handler {
	files := http.FileServer(http.Dir(root))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		for _, part := range strings.Split(r.URL.Path, "/") {
			if strings.HasPrefix(part, ".") {
				http.NotFound(w, r)
				return
			}
		}
		w.Header().Set("Cache-Control", "no-cache")
		files.ServeHTTP(w, r)
	})
}
