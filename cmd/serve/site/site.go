// Package site serves the playground to a browser: index.html and the assets the page
// loads from web/, nothing else of the project folder (no sources, no Makefile, no
// listings, no hidden files, no symlink out of the folder). Each wasm module goes in the
// best content coding the browser accepts among brotli, gzip and none, from the .br and
// .gz make writes beside it, each file with an ETag of its own.
// Every response carries a strong ETag and Cache-Control: no-cache, so a reload
// revalidates: it re-uses what it has (304) until a rebuild changes it.
//
// cmd/serve runs it for make run; the browser tests serve the page through it too.
package site

import (
	"fmt"
	"io/fs"
	"log"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"sync"
)

// Site is an http.Handler for one project folder.
type Site struct {
	// Logf reports what the developer should fix, such as a .gz that does not hold the
	// module beside it (each once). Open sets it to log.Printf.
	Logf func(format string, args ...any)

	dir  string // the project folder, its symlinks resolved
	root *os.Root

	mu     sync.Mutex
	known  map[string]facts  // by project-relative name
	warned map[string]string // the last warning about each .gz
}

// Open returns the site of the project folder dir, the folder that holds index.html.
func Open(dir string) (*Site, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("site: %w", err)
	}
	real, err := filepath.EvalSymlinks(abs)
	if err != nil {
		return nil, fmt.Errorf("site: %w", err)
	}
	root, err := os.OpenRoot(real)
	if err != nil {
		return nil, fmt.Errorf("site: %w", err)
	}
	return &Site{
		Logf:   log.Printf,
		dir:    real,
		root:   root,
		known:  map[string]facts{},
		warned: map[string]string{},
	}, nil
}

// Close releases the project folder.
func (s *Site) Close() error { return s.root.Close() }

// ServeHTTP answers GET and HEAD for the page's files.
func (s *Site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "405 only GET and HEAD", http.StatusMethodNotAllowed)
		return
	}
	name, status := requested(r.URL)
	if status != http.StatusOK {
		http.Error(w, strconv.Itoa(status)+" "+http.StatusText(status), status)
		return
	}
	f, info, name, err := s.open(name)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	fa, err := s.facts(name, f, info)
	if err != nil {
		http.Error(w, "500 cannot read "+name, http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", contentType(name))
	h.Set("Cache-Control", "no-cache")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("ETag", fa.etag)
	body, mod := f, info.ModTime()
	if path.Ext(name) == ".wasm" {
		// The boot script's progress bar counts decoded bytes, which Content-Length
		// does not give when the body is encoded.
		h.Set("Vary", "Accept-Encoding")
		h.Set("X-Decoded-Length", strconv.FormatInt(info.Size(), 10))
		for _, c := range ranked(r.Header.Get("Accept-Encoding")) {
			if c.name == identity.name {
				break
			}
			if enc, encFacts := s.encoded(name, fa, c); enc != nil {
				defer enc.Close()
				body, mod = enc, encFacts.mod
				h.Set("Content-Encoding", c.name)
				h.Set("ETag", encFacts.etag)
				// ServeContent leaves Content-Length out when the body is encoded.
				h.Set("Content-Length", strconv.FormatInt(encFacts.size, 10))
				break
			}
		}
	}
	http.ServeContent(w, r, "", mod, body)
}

// open opens name if it is a regular file that the page may load, and so is the file
// its symlinks lead to, inside the project folder. It returns that file's name.
func (s *Site) open(name string) (*os.File, fs.FileInfo, string, error) {
	real, err := filepath.EvalSymlinks(filepath.Join(s.dir, filepath.FromSlash(name)))
	if err != nil {
		return nil, nil, "", err
	}
	rel, err := filepath.Rel(s.dir, real)
	if err != nil || !filepath.IsLocal(rel) {
		return nil, nil, "", fmt.Errorf("site: %s leads out of the project folder", name)
	}
	if rel = filepath.ToSlash(rel); !servable(rel) {
		return nil, nil, "", fmt.Errorf("site: %s leads to %s", name, rel)
	}
	// The Root refuses any path that escapes the folder, should a symlink change
	// between the check above and this open.
	f, err := s.root.Open(filepath.FromSlash(rel))
	if err != nil {
		return nil, nil, "", err
	}
	info, err := f.Stat()
	if err != nil || !info.Mode().IsRegular() {
		f.Close()
		return nil, nil, "", fmt.Errorf("site: %s is not a file", name)
	}
	return f, info, rel, nil
}

// warn reports a problem with file once, and again only when it changes; an empty msg
// says the problem is gone.
func (s *Site) warn(file, msg string) {
	s.mu.Lock()
	repeat := s.warned[file] == msg
	s.warned[file] = msg
	s.mu.Unlock()
	if !repeat && msg != "" && s.Logf != nil {
		s.Logf("serve: %s", msg)
	}
}
