package site

import (
	"encoding/binary"
	"math"
	"os"
	"slices"
	"strings"
)

// coding is a content coding the server can send a wasm module in, from a file make
// writes beside the module.
type coding struct {
	name   string // as Content-Encoding says it
	suffix string // of the file make writes
	// holds reports whether the encoded file f of this size, modified at mod, was made
	// from the module described by module.
	holds func(f *os.File, size int64, fa facts, module facts) bool
}

// codings are the codings make writes, smallest first: brotli (-q 11) writes main.wasm
// 25% smaller than 7-Zip's gzip. zstd (-19) would write it 8% larger than brotli, and
// every browser that takes zstd takes br.
var codings = []coding{
	{name: "br", suffix: ".br", holds: brotliHolds},
	{name: "gzip", suffix: ".gz", holds: gzipHolds},
}

// identity is the module itself, with no coding.
var identity = coding{name: "identity"}

// gzipHolds reports whether the gzip file f decodes to the module, as far as its header
// and trailer tell: the trailer records the content's CRC-32 and size.
func gzipHolds(f *os.File, size int64, _ facts, module facts) bool {
	var head [2]byte
	var tail [8]byte
	if size < 18 {
		return false
	}
	if _, err := f.ReadAt(head[:], 0); err != nil || head != [2]byte{0x1f, 0x8b} {
		return false
	}
	if _, err := f.ReadAt(tail[:], size-8); err != nil {
		return false
	}
	return binary.LittleEndian.Uint32(tail[:4]) == module.crc &&
		binary.LittleEndian.Uint32(tail[4:]) == uint32(module.size)
}

// brotliHolds reports whether the brotli file f is at least as new as the module: a
// brotli stream records neither its content's size nor a checksum, so a module rebuilt
// by hand after make wrote the .br is told by its time. make writes the .br after the
// module, and whole, then renames it.
func brotliHolds(f *os.File, size int64, fa facts, module facts) bool {
	return size > 0 && !fa.mod.Before(module.mod)
}

// ranked returns the codings an Accept-Encoding header admits (RFC 9110 12.5.3), the
// best first: by the weight the header gives each, then the smallest. identity, unless
// the header weighs it, comes after every coding it names, and it always comes: when the
// header refuses it too, the module goes plain rather than not at all, as the RFC
// allows. A missing or empty header admits identity only. An item whose weight is not
// a qvalue (0 to 1, three decimals at most) says nothing and counts as absent.
func ranked(header string) []coding {
	named := map[string]float64{}
	star := -1.0
	for _, item := range strings.Split(header, ",") {
		name, params, hasParams := strings.Cut(item, ";")
		name = strings.ToLower(strings.TrimSpace(name))
		q, ok := 1.0, true
		if hasParams {
			q, ok = weight(params)
		}
		if !ok || name == "" {
			continue
		}
		if name == "x-gzip" {
			name = "gzip"
		}
		if name == "*" {
			star = max(star, q)
			continue
		}
		if w, seen := named[name]; !seen || q > w {
			named[name] = q
		}
	}
	of := func(c coding) float64 {
		if q, ok := named[c.name]; ok {
			return q
		}
		if star >= 0 {
			return star
		}
		if c.name == identity.name {
			return math.SmallestNonzeroFloat64 // admitted, after every coding named
		}
		return 0
	}
	var out []coding
	for _, c := range append(slices.Clone(codings), identity) {
		if of(c) > 0 {
			out = append(out, c)
		}
	}
	// Stable: among equal weights the smaller coding stays first, identity last.
	slices.SortStableFunc(out, func(a, b coding) int {
		switch qa, qb := of(a), of(b); {
		case qa > qb:
			return -1
		case qa < qb:
			return 1
		}
		return 0
	})
	if !slices.ContainsFunc(out, func(c coding) bool { return c.name == identity.name }) {
		out = append(out, identity)
	}
	return out
}

// weight returns the weight that a coding's parameters, the text after its first
// semicolon, give it (1 when they give none) and whether they are well formed: "q=" and
// a qvalue, with optional white space around the semicolons. Parameters other than q
// are ignored; an empty one is malformed.
func weight(params string) (float64, bool) {
	q := 1.0
	for _, p := range strings.Split(params, ";") {
		k, v, _ := strings.Cut(strings.TrimSpace(p), "=")
		if k == "" {
			return 0, false
		}
		if !strings.EqualFold(k, "q") {
			continue
		}
		var ok bool
		if q, ok = qvalue(v); !ok {
			return 0, false
		}
	}
	return q, true
}

// qvalue parses RFC 9110's qvalue: "0" or "1", then optionally "." and up to three
// digits, at most 1.
func qvalue(s string) (float64, bool) {
	if len(s) == 0 || len(s) > 5 || (s[0] != '0' && s[0] != '1') {
		return 0, false
	}
	q := float64(s[0] - '0')
	if len(s) == 1 {
		return q, true
	}
	if s[1] != '.' {
		return 0, false
	}
	scale := 0.1
	for _, c := range s[2:] {
		if c < '0' || c > '9' || (q == 1 && c != '0') {
			return 0, false
		}
		q += float64(c-'0') * scale
		scale /= 10
	}
	return q, true
}

// encoded opens the file of coding c that make wrote beside the module of this name,
// if it holds exactly the module described by module. Otherwise it warns and returns
// nil, and the module goes in the next coding the browser admits.
func (s *Site) encoded(name string, module facts, c coding) (*os.File, facts) {
	file := name + c.suffix
	f, err := s.root.Open(file)
	if err != nil {
		s.warn(file, file+" is missing: "+name+" goes in another encoding; run make")
		return nil, facts{}
	}
	info, err := f.Stat()
	if err == nil && info.Mode().IsRegular() {
		if fa, err := s.facts(file, f, info); err == nil && c.holds(f, info.Size(), fa, module) {
			s.warn(file, "")
			return f, fa
		}
	}
	f.Close()
	s.warn(file, file+" does not hold "+name+" (an earlier build?): "+name+
		" goes in another encoding; run make")
	return nil, facts{}
}

// Sizes returns, for the module of this project-relative name, the size in bytes of each
// body the site would send it as, the best coding first: the files make wrote beside it
// that hold it, then the module itself (identity).
func (s *Site) Sizes(name string) ([]Size, error) {
	f, info, name, err := s.open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	module, err := s.facts(name, f, info)
	if err != nil {
		return nil, err
	}
	var out []Size
	for _, c := range codings {
		if enc, fa := s.encoded(name, module, c); enc != nil {
			enc.Close()
			out = append(out, Size{Coding: c.name, Bytes: fa.size})
		}
	}
	return append(out, Size{Coding: identity.name, Bytes: module.size}), nil
}

// Size is the size of one body a module is sent as: Coding is its Content-Encoding, or
// "identity" for the module itself.
type Size struct {
	Coding string
	Bytes  int64
}
