package site

import (
	"encoding/binary"
	"os"
	"strconv"
	"strings"
)

// gzipped opens the .gz that make wrote beside the module of this name, if it holds
// exactly the module described by mod: its gzip trailer must record the module's
// CRC-32 and size, so a .gz left from an earlier build is never sent. Otherwise it
// warns and returns nil, and the module goes uncompressed.
func (s *Site) gzipped(name string, mod facts) (*os.File, facts) {
	gzName := name + ".gz"
	f, err := s.root.Open(gzName)
	if err != nil {
		s.warn(gzName, gzName+" is missing: sending "+name+" uncompressed; run make")
		return nil, facts{}
	}
	info, err := f.Stat()
	if err == nil && info.Mode().IsRegular() && holds(f, info.Size(), mod) {
		if fa, err := s.facts(gzName, f, info); err == nil {
			s.warn(gzName, "")
			return f, fa
		}
	}
	f.Close()
	s.warn(gzName, gzName+" does not hold "+name+" (an earlier build?): sending "+name+
		" uncompressed; run make")
	return nil, facts{}
}

// holds reports whether the gzip file f of this size decodes to the content of mod,
// as far as its header and trailer tell.
func holds(f *os.File, size int64, mod facts) bool {
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
	return binary.LittleEndian.Uint32(tail[:4]) == mod.crc &&
		binary.LittleEndian.Uint32(tail[4:]) == uint32(mod.size)
}

// acceptsGzip reports whether an Accept-Encoding header admits gzip (RFC 9110 12.5.3):
// named, as gzip or x-gzip, or covered by *, with a weight above zero.
func acceptsGzip(header string) bool {
	named, star := -1.0, -1.0
	for _, item := range strings.Split(header, ",") {
		coding, params, _ := strings.Cut(item, ";")
		q := 1.0
		for _, p := range strings.Split(params, ";") {
			k, v, _ := strings.Cut(strings.TrimSpace(p), "=")
			if strings.EqualFold(k, "q") {
				if w, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err == nil {
					q = w
				}
			}
		}
		switch strings.ToLower(strings.TrimSpace(coding)) {
		case "gzip", "x-gzip":
			named = max(named, q)
		case "*":
			star = max(star, q)
		}
	}
	if named >= 0 {
		return named > 0
	}
	return star > 0
}
