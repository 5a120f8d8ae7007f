package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
)

// What Go's linker puts in the data section. The section holds the program's static
// memory image as segments, zero runs of 8 bytes or more left out (at most 100,000
// segments, the last taking the rest whole: cmd/link/internal/wasm's writeDataSec).
// The image is .rodata, .gopclntab, the type and itab links, .noptrdata and .data; the
// runtime's moduledata records where each starts (runtime/symtab.go). Reading it
// needs no symbol table, which -s would drop: moduledata is found as the word that
// points at the pclntab header, whose magic number begins it.

// Region is a named address range [Start, End) of the memory image.
type Region struct {
	Name       string
	Start, End int64
}

// GoLayout is what moduledata says about a module's memory image.
type GoLayout struct {
	Regions []Region // sorted, not overlapping
	NFunc   int      // functions in the pclntab
}

// pcHeader's magic number since Go 1.20 (internal/abi.Go120PCLnTabMagic), then two
// zero pads, the minimum instruction size (1 on wasm) and the pointer size (8).
var pcMagic = []byte{0xf1, 0xff, 0xff, 0xff, 0, 0, 1, 8}

// Words of runtime.moduledata (Go 1.20 to 1.26), 8 bytes each on wasm. Slices take
// three words: pointer, length, capacity.
const (
	mdPCHeader    = 0
	mdFuncnametab = 1
	mdCutab       = 4
	mdFiletab     = 7
	mdPctab       = 10
	mdPclntable   = 13
	mdFindfunctab = 19
	mdMinPC       = 20
	mdMaxPC       = 21
	mdNoptrdata   = 24
	mdEnoptrdata  = 25
	mdData        = 26
	mdEdata       = 27
	mdEtypes      = 38
	mdRodata      = 39
	mdGofunc      = 40
	mdEpclntab    = 41
	mdWords       = 42
)

// memory is the static memory image the active segments describe; addresses no
// segment covers read as zero.
type memory struct {
	segs []Segment // sorted by address
}

func newMemory(segs []Segment) memory {
	s := append([]Segment(nil), segs...)
	sort.Slice(s, func(i, j int) bool { return s[i].Addr < s[j].Addr })
	return memory{s}
}

// word reads the little-endian 8-byte word at addr.
func (m memory) word(addr int64) uint64 {
	i := sort.Search(len(m.segs), func(i int) bool {
		return m.segs[i].Addr+int64(len(m.segs[i].Data)) > addr
	})
	if i < len(m.segs) {
		if s := m.segs[i]; s.Addr <= addr && addr+8 <= s.Addr+int64(len(s.Data)) {
			return binary.LittleEndian.Uint64(s.Data[addr-s.Addr:])
		}
	}
	var b [8]byte
	for k := range b {
		a := addr + int64(k)
		i := sort.Search(len(m.segs), func(i int) bool {
			return m.segs[i].Addr+int64(len(m.segs[i].Data)) > a
		})
		if i < len(m.segs) && m.segs[i].Addr <= a {
			b[k] = m.segs[i].Data[a-m.segs[i].Addr]
		}
	}
	return binary.LittleEndian.Uint64(b[:])
}

// ReadGoLayout finds moduledata in the segments and returns the regions of the image.
func ReadGoLayout(segs []Segment) (*GoLayout, error) {
	m := newMemory(segs)
	header := int64(-1)
	for _, s := range m.segs {
		for from := 0; header < 0; {
			i := bytes.Index(s.Data[from:], pcMagic)
			if i < 0 {
				break
			}
			if a := s.Addr + int64(from+i); a%8 == 0 {
				header = a
			}
			from += i + 1
		}
		if header >= 0 {
			break
		}
	}
	if header < 0 {
		return nil, errors.New("no Go pclntab header (magic 0xfffffff1) in the data: " +
			"not a Go 1.20+ module")
	}
	funcnameOffset := int64(m.word(header + 32))
	var md []uint64
	for _, s := range m.segs {
		// Every aligned word that starts in the segment; its end may lie in the zeros
		// the linker left out after it.
		for a := s.Addr - s.Addr%8; a < s.Addr+int64(len(s.Data)) && md == nil; a += 8 {
			if m.word(a) == uint64(header) && m.word(a+8) == uint64(header+funcnameOffset) {
				md = make([]uint64, mdWords)
				for k := range md {
					md[k] = m.word(a + 8*int64(k))
				}
			}
		}
	}
	if md == nil {
		return nil, errors.New("no runtime.moduledata points at the pclntab header")
	}
	w := func(k int) int64 { return int64(md[k]) }
	if !(w(mdRodata) <= w(mdEtypes) && w(mdEtypes) <= header && header < w(mdEpclntab) &&
		w(mdEpclntab) <= w(mdNoptrdata) && w(mdNoptrdata) <= w(mdEnoptrdata) &&
		w(mdEnoptrdata) <= w(mdData) && w(mdData) <= w(mdEdata)) {
		return nil, fmt.Errorf("moduledata's addresses are out of order (%v): "+
			"a Go version whose layout this tool does not know", md)
	}
	// The tables follow one another, each where the header's offsets put it, with
	// little padding between; anything else means a layout this tool misreads.
	tables := []struct {
		name      string
		at, bytes int64
	}{
		{"funcnametab", w(mdFuncnametab), w(mdFuncnametab + 1)},
		{"cutab", w(mdCutab), 4 * w(mdCutab+1)},
		{"filetab", w(mdFiletab), w(mdFiletab + 1)},
		{"pctab", w(mdPctab), w(mdPctab + 1)},
		{"pclntable", w(mdPclntable), w(mdPclntable + 1)},
	}
	const slack = 64
	for i, tb := range tables {
		next := w(mdGofunc)
		if i+1 < len(tables) {
			next = tables[i+1].at
		}
		if end := tb.at + tb.bytes; tb.bytes < 0 || end > next || next-end >= slack {
			return nil, fmt.Errorf("moduledata's %s (%d bytes at %d) does not end where the "+
				"next table begins (%d): a Go version whose layout this tool does not know",
				tb.name, tb.bytes, tb.at, next)
		}
	}
	if tables[0].at != header+funcnameOffset {
		return nil, errors.New("moduledata's funcnametab is not where the pclntab header " +
			"puts it")
	}
	l := &GoLayout{NFunc: int(m.word(header + 8))}
	// The pclntab's parts, each up to where the next begins.
	parts := []Region{
		{"pclntab: header", header, 0},
		{"pclntab: function names (funcnametab)", w(mdFuncnametab), 0},
		{"pclntab: file names (cutab, filetab)", w(mdCutab), 0}, // adjacent: one row
		{"pclntab: pc-value tables (pctab)", w(mdPctab), 0},
		{"pclntab: function records (functab)", w(mdPclntable), 0},
		{"pclntab: funcdata (go:func.*)", w(mdGofunc), 0},
		{"pclntab: pc lookup buckets (findfunctab)", w(mdFindfunctab), 0},
	}
	sort.SliceStable(parts, func(i, j int) bool { return parts[i].Start < parts[j].Start })
	for i := range parts {
		parts[i].End = w(mdEpclntab)
		if i+1 < len(parts) {
			parts[i].End = parts[i+1].Start
		}
		if parts[i].Start < header || parts[i].End > w(mdEpclntab) {
			return nil, fmt.Errorf("%s lies outside the pclntab", parts[i].Name)
		}
	}
	// The type descriptors begin .rodata (types = rodata) and etypes ends it: the
	// linker's types section is all of .rodata on wasm.
	l.Regions = append(l.Regions, Region{".rodata: type descriptors, strings, constants, " +
		"embedded files", w(mdRodata), w(mdEtypes)})
	l.Regions = append(l.Regions, Region{"between .rodata and the pclntab",
		w(mdEtypes), header})
	l.Regions = append(l.Regions, parts...)
	l.Regions = append(l.Regions,
		Region{"type and itab links, moduledata", w(mdEpclntab), w(mdNoptrdata)},
		Region{".noptrdata: initialised variables without pointers",
			w(mdNoptrdata), w(mdEnoptrdata)},
		Region{"between .noptrdata and .data", w(mdEnoptrdata), w(mdData)},
		Region{".data: initialised variables with pointers", w(mdData), w(mdEdata)},
	)
	return l, nil
}

// Split returns each region's bytes as the segments hold them (the zero runs the
// linker left out are not there), and the bytes outside every region.
func (l *GoLayout) Split(segs []Segment) (in [][]byte, outside []byte) {
	in = make([][]byte, len(l.Regions))
	for _, s := range segs {
		end := s.Addr + int64(len(s.Data))
		at := s.Addr
		for i, r := range l.Regions {
			lo, hi := max(at, r.Start), min(end, r.End)
			if lo >= hi {
				continue
			}
			if lo > at { // bytes before this region and after the previous one
				outside = append(outside, s.Data[at-s.Addr:lo-s.Addr]...)
			}
			in[i] = append(in[i], s.Data[lo-s.Addr:hi-s.Addr]...)
			at = hi
		}
		if at < end {
			outside = append(outside, s.Data[at-s.Addr:]...)
		}
	}
	return in, outside
}
