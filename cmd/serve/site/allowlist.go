package site

import (
	"net/http"
	"net/url"
	"path"
	"strings"
)

// page is the playground itself, the only file served from the top of the folder.
const page = "index.html"

// assets are the kinds of file the page loads from web/ and its subfolders, with the
// Content-Type each is sent with: the boot script, workers and the modules' file://
// twins (.js), the stylesheet, the wasm modules, fonts and images.
var assets = map[string]string{
	".js":    "text/javascript; charset=utf-8",
	".css":   "text/css; charset=utf-8",
	".wasm":  "application/wasm",
	".woff2": "font/woff2",
	".woff":  "font/woff",
	".ttf":   "font/ttf",
	".otf":   "font/otf",
	".png":   "image/png",
	".svg":   "image/svg+xml",
}

// servable reports whether the page may load the file of this project-relative,
// slash-separated name.
func servable(name string) bool {
	if name == page {
		return true
	}
	for _, part := range strings.Split(name, "/") {
		if part == "" || strings.HasPrefix(part, ".") {
			return false
		}
	}
	_, ok := assets[path.Ext(name)]
	return ok && strings.HasPrefix(name, "web/")
}

func contentType(name string) string {
	if name == page {
		return "text/html; charset=utf-8"
	}
	return assets[path.Ext(name)]
}

// requested returns the project-relative name a request's URL asks for, with status
// 200, or the status to answer: 400 for a path no browser sends for the page (dot
// segments, encoded slashes, backslashes, control characters), 404 for a file that is
// not the page's.
func requested(u *url.URL) (string, int) {
	p := u.Path
	if !strings.HasPrefix(p, "/") {
		return "", http.StatusBadRequest
	}
	// A %2F or %5C decodes into Path as a separator the client did not send.
	raw := strings.ToLower(u.RawPath)
	if strings.Contains(raw, "%2f") || strings.Contains(raw, "%5c") {
		return "", http.StatusBadRequest
	}
	for _, c := range p {
		if c < 0x20 || c == 0x7f || c == '\\' {
			return "", http.StatusBadRequest
		}
	}
	if p == "/" {
		return page, http.StatusOK
	}
	name := p[1:]
	for _, part := range strings.Split(name, "/") {
		if part == "." || part == ".." {
			return "", http.StatusBadRequest
		}
	}
	if !servable(name) {
		return "", http.StatusNotFound
	}
	return name, http.StatusOK
}
