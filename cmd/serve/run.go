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
	"strconv"
	"strings"
	"syscall"
	"time"

	"nnplay/cmd/internal/digits"
	"nnplay/cmd/serve/site"
)

// defaultAddr is make run's address unless ADDR says otherwise.
const defaultAddr = "127.0.0.1:8080"

func run(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	addr := fs.String("addr", defaultAddr, "address to listen on")
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
	s, err := site.Open(root)
	if err != nil {
		return err
	}
	defer s.Close()
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return listenError(*addr, err)
	}
	fmt.Fprintf(stdout, "nnplay: open http://%s/ (Ctrl-C stops the server)\n", ln.Addr())
	fmt.Fprintf(stdout, "nnplay: index.html also opens straight from disk: file://%s\n",
		filepath.ToSlash(filepath.Join(root, "index.html")))
	sizes, err := s.Sizes("web/main.wasm")
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "nnplay: %s\n", sending("web/main.wasm", sizes))
	srv := &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	return srv.Serve(ln)
}

// sending says what the page's main module goes as: each encoding a browser may get,
// the best first, with its bytes on the wire.
func sending(name string, sizes []site.Size) string {
	if len(sizes) == 1 {
		return fmt.Sprintf("%s goes uncompressed (%s bytes): run make to compress it",
			name, digits.Grouped(sizes[0].Bytes))
	}
	var parts []string
	for i, sz := range sizes {
		what := "as " + sz.Coding
		if sz.Coding == "identity" {
			what = "uncompressed"
		}
		if i > 0 {
			what = "else " + what
		}
		parts = append(parts, fmt.Sprintf("%s (%s bytes)", what, digits.Grouped(sz.Bytes)))
	}
	parts[0] += " to browsers that accept it"
	return name + " goes " + strings.Join(parts, ", ")
}

// listenError says why the server cannot listen on addr and how to choose another
// address: the next port when addr is taken, else the default.
func listenError(addr string, err error) error {
	var op *net.OpError
	if errors.As(err, &op) {
		err = op.Err
	}
	if errors.Is(err, syscall.EADDRINUSE) {
		other := defaultAddr
		if host, port, e := net.SplitHostPort(addr); e == nil {
			if p, e := strconv.Atoi(port); e == nil && p > 0 && p < 65535 {
				other = net.JoinHostPort(host, strconv.Itoa(p+1))
			}
		}
		return fmt.Errorf("%s is already in use (another make run?): stop what listens there, "+
			"or choose another address: make run ADDR=%s (or -addr %s)", addr, other, other)
	}
	return fmt.Errorf("cannot listen on %s (%v): choose another address: "+
		"make run ADDR=%s (or -addr %s)", addr, err, defaultAddr, defaultAddr)
}
