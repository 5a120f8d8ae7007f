package main

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"strings"
)

// Go's wasm linker writes each function's name into the name section with every
// character outside [0-9A-Za-z_.] replaced by '_' (cmd/link/internal/wasm's nameRegexp):
// "nnplay/wasm/play.(*Scene).Build" becomes "nnplay_wasm_play.__Scene_.Build". A '_'
// may have been '/' or '_', so a name alone cannot say its package; the packages the
// program was built from (go list -deps) can, by the same replacement.
var mangleRE = regexp.MustCompile(`[^\w.]`)

func mangle(s string) string { return mangleRE.ReplaceAllString(s, "_") }

// Package is one Go package of the build.
type Package struct {
	Path   string // import path
	Module string // module path, "std" for the standard library; empty when not known
}

// Groups for functions that belong to no package of the list.
const (
	groupAsm  = "(assembly and linker stubs)"
	groupType = "(type equality and hash functions)"
	// The runtime implements some functions of packages that a program need not
	// import (time.now, sync.event) under their names, by go:linkname.
	groupOther = "(named after packages not built)"
)

// Packages resolves mangled function names to the packages of a build.
type Packages struct {
	byPrefix map[string]Package // by mangled symbol prefix
}

// ReadPackages reads the output of
//
//	go list -deps -f '{{.ImportPath}} {{.Name}} {{with .Module}}{{.Path}}{{else}}std{{end}}'
//
// one package a line: its import path, its package name and its module. The name and
// the module may be left out; the name matters for package main, whose symbols are
// named "main.*" whatever its path.
func ReadPackages(r io.Reader) (*Packages, error) {
	p := &Packages{byPrefix: map[string]Package{}}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		f := strings.Fields(sc.Text())
		if len(f) == 0 {
			continue
		}
		if len(f) > 3 {
			return nil, fmt.Errorf("package list line %d: %q is not IMPORTPATH [NAME [MODULE]]",
				n, sc.Text())
		}
		pkg := Package{Path: f[0]}
		prefix := mangle(pkg.Path)
		if len(f) > 1 && f[1] == "main" {
			prefix = "main"
		}
		if len(f) > 2 {
			pkg.Module = f[2]
		}
		if had, ok := p.byPrefix[prefix]; ok && had.Path != pkg.Path {
			// a/b_c and a/b/c have the same mangled names: the table names both.
			pkg.Path = had.Path + " or " + pkg.Path
			if had.Module != pkg.Module {
				pkg.Module = had.Module + " or " + pkg.Module
			}
		}
		p.byPrefix[prefix] = pkg
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(p.byPrefix) == 0 {
		return nil, fmt.Errorf("the package list is empty")
	}
	return p, nil
}

// Of returns the package a function belongs to, by its name in the name section: the
// listed package whose mangled path is the longest prefix of the name followed by a
// '.'. The equality and hash functions the compiler writes for a named type T
// ("type:.eq.T", "type:.hash.T") go to T's package, those of other types ([2]float64,
// struct{...}) to a group. A name that resolves to no package returns ok false and its
// group.
func (p *Packages) Of(name string) (pkg Package, ok bool) {
	if rest, found := strings.CutPrefix(name, "type_."); found { // type:., mangled
		_, rest, _ = strings.Cut(rest, ".") // eq or hash
		if pkg, ok := p.lookup(rest); ok {
			return pkg, true
		}
		return Package{Path: groupType}, false
	}
	if pkg, ok := p.lookup(name); ok {
		return pkg, true
	}
	if !strings.Contains(name, ".") {
		return Package{Path: groupAsm}, false // memcmp, wasm_export_run, go_buildid, ...
	}
	return Package{Path: groupOther}, false
}

func (p *Packages) lookup(name string) (Package, bool) {
	// The longest prefix first: a package path may hold dots (gopkg.in/yaml.v3). A
	// prefix starts at the name's start, so the packages a generic instantiation's type
	// arguments name, later in the name, never match.
	for i := strings.LastIndexByte(name, '.'); i > 0; i = strings.LastIndexByte(name[:i], '.') {
		if pkg, ok := p.byPrefix[name[:i]]; ok {
			return pkg, true
		}
	}
	return Package{}, false
}
