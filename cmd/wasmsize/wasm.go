package main

import (
	"bytes"
	"errors"
	"fmt"
)

// The parts of the WebAssembly binary format (core specification 2.0, chapter 5) that a
// size table needs: the sections, the code bodies, the data segments and the function
// names of the custom "name" section. Nothing is validated beyond what reading needs.

// Section ids.
const (
	secCustom   = 0
	secImport   = 2
	secFunction = 3
	secCode     = 10
	secData     = 11
)

var sectionNames = map[byte]string{
	0: "custom", 1: "type", 2: "import", 3: "function", 4: "table", 5: "memory",
	6: "global", 7: "export", 8: "start", 9: "element", 10: "code", 11: "data",
	12: "datacount",
}

// Section is one section of a module. Start and End delimit all its bytes, the id and
// size header included; the payload is bin[Body:End].
type Section struct {
	ID         byte
	Name       string // a custom section's name
	Start, End int
	Body       int
}

// Size is the number of bytes the section takes in the file, its header included.
func (s Section) Size() int { return s.End - s.Start }

// Label names the section for people: its kind, and a custom section's name.
func (s Section) Label() string {
	if s.ID == secCustom {
		return fmt.Sprintf("custom %q", s.Name)
	}
	if n, ok := sectionNames[s.ID]; ok {
		return n
	}
	return fmt.Sprintf("section %d", s.ID)
}

// Func is a function defined in the module (not imported).
type Func struct {
	Index int    // in the function index space, imports first
	Name  string // from the name section; empty without one
	// Start and End delimit the body in the file, its size prefix included.
	Start, End int
}

// Segment is an active data segment: Data is copied to linear memory at Addr.
type Segment struct {
	Addr int64
	Data []byte
	// Start and End delimit the whole entry in the file, header included.
	Start, End int
}

// Module is a parsed module.
type Module struct {
	Bin      []byte
	Sections []Section
	Funcs    []Func
	Segments []Segment
	// Passive counts the bytes of data segments without an address.
	Passive int
}

// Section returns the first section with the id (and, for custom sections, the name).
func (m *Module) Section(id byte, name string) (Section, bool) {
	for _, s := range m.Sections {
		if s.ID == id && s.Name == name {
			return s, true
		}
	}
	return Section{}, false
}

// Parse reads a module.
func Parse(bin []byte) (*Module, error) {
	if len(bin) < 8 || !bytes.Equal(bin[:4], []byte("\x00asm")) {
		return nil, errors.New("not a WebAssembly module (no \\0asm header)")
	}
	if v := bin[4:8]; !bytes.Equal(v, []byte{1, 0, 0, 0}) {
		return nil, fmt.Errorf("WebAssembly binary version %v, want 1", v)
	}
	m := &Module{Bin: bin}
	r := &reader{b: bin, at: 8}
	var imported int
	var names map[int]string
	for r.at < len(bin) {
		s := Section{Start: r.at}
		s.ID = r.byte()
		size := r.uint()
		s.Body = r.at
		s.End = r.at + int(size)
		if r.err != nil || s.End > len(bin) || s.End < s.Body {
			return nil, fmt.Errorf("section at byte %d runs past the end of the file", s.Start)
		}
		body := &reader{b: bin[:s.End], at: s.Body}
		var err error
		switch s.ID {
		case secCustom:
			s.Name = body.name()
			if s.Name == "name" {
				names, err = functionNames(body)
			}
		case secImport:
			imported, err = importedFuncs(body)
		case secCode:
			m.Funcs, err = codeBodies(body, imported)
		case secData:
			err = m.dataSegments(body)
		}
		if err == nil {
			err = body.err
		}
		if err != nil {
			return nil, fmt.Errorf("%s section at byte %d: %w", s.Label(), s.Start, err)
		}
		m.Sections = append(m.Sections, s)
		r.at = s.End
	}
	for i := range m.Funcs {
		m.Funcs[i].Name = names[m.Funcs[i].Index]
	}
	return m, nil
}

// importedFuncs counts the imported functions: they come first in the function index
// space, so the code section's first body is function number imported.
func importedFuncs(r *reader) (int, error) {
	n := r.uint()
	funcs := 0
	for i := uint64(0); i < n && r.err == nil; i++ {
		r.name() // module
		r.name() // field
		switch kind := r.byte(); kind {
		case 0: // function: its type index
			r.uint()
			funcs++
		case 1: // table: a reference type and limits
			r.byte()
			r.limits()
		case 2: // memory
			r.limits()
		case 3: // global: a value type and mutability
			r.byte()
			r.byte()
		default:
			return 0, fmt.Errorf("import %d has unknown kind %d", i, kind)
		}
	}
	return funcs, r.err
}

func codeBodies(r *reader, imported int) ([]Func, error) {
	n := r.uint()
	funcs := make([]Func, 0, n)
	for i := 0; uint64(i) < n && r.err == nil; i++ {
		f := Func{Index: imported + i, Start: r.at}
		size := r.uint()
		f.End = r.at + int(size)
		if f.End > len(r.b) || f.End < r.at {
			return nil, fmt.Errorf("body %d runs past the section", i)
		}
		r.at = f.End
		funcs = append(funcs, f)
	}
	return funcs, r.err
}

func (m *Module) dataSegments(r *reader) error {
	n := r.uint()
	for i := uint64(0); i < n && r.err == nil; i++ {
		start := r.at
		mode := r.uint()
		var addr int64
		switch mode {
		case 0, 2: // active; mode 2 names its memory
			if mode == 2 {
				r.uint()
			}
			var err error
			if addr, err = r.constExpr(); err != nil {
				return fmt.Errorf("segment %d: %w", i, err)
			}
		case 1: // passive: copied by memory.init, at no fixed address
		default:
			return fmt.Errorf("segment %d has unknown mode %d", i, mode)
		}
		size := int(r.uint())
		if r.err != nil || r.at+size > len(r.b) || size < 0 {
			return fmt.Errorf("segment %d runs past the section", i)
		}
		data := r.b[r.at : r.at+size]
		r.at += size
		if mode == 1 {
			m.Passive += size
			continue
		}
		m.Segments = append(m.Segments, Segment{Addr: addr, Data: data, Start: start, End: r.at})
	}
	return r.err
}

// functionNames reads subsection 1 of the name section: function index to name.
func functionNames(r *reader) (map[int]string, error) {
	names := map[int]string{}
	for r.at < len(r.b) && r.err == nil {
		id := r.byte()
		size := int(r.uint())
		end := r.at + size
		if end > len(r.b) || size < 0 {
			return nil, fmt.Errorf("name subsection %d runs past the section", id)
		}
		if id == 1 {
			sub := &reader{b: r.b[:end], at: r.at}
			n := sub.uint()
			for i := uint64(0); i < n && sub.err == nil; i++ {
				idx := int(sub.uint())
				names[idx] = sub.name()
			}
			if sub.err != nil {
				return nil, sub.err
			}
		}
		r.at = end
	}
	return names, r.err
}

// reader decodes the format's primitives; the first error sticks and later reads
// return zero.
type reader struct {
	b   []byte
	at  int
	err error
}

func (r *reader) fail(what string) {
	if r.err == nil {
		r.err = fmt.Errorf("truncated %s at byte %d", what, r.at)
	}
	r.at = len(r.b)
}

func (r *reader) byte() byte {
	if r.err != nil || r.at >= len(r.b) {
		r.fail("byte")
		return 0
	}
	c := r.b[r.at]
	r.at++
	return c
}

// uint reads an unsigned LEB128 number of at most 64 bits.
func (r *reader) uint() uint64 {
	var v uint64
	for shift := 0; shift < 64; shift += 7 {
		c := r.byte()
		if r.err != nil {
			return 0
		}
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return v
		}
	}
	r.fail("LEB128 number")
	return 0
}

// int reads a signed LEB128 number of at most 64 bits.
func (r *reader) int() int64 {
	var v int64
	shift := 0
	for shift < 64 {
		c := r.byte()
		if r.err != nil {
			return 0
		}
		v |= int64(c&0x7f) << shift
		shift += 7
		if c < 0x80 {
			if c&0x40 != 0 && shift < 64 {
				v |= -1 << shift
			}
			return v
		}
	}
	r.fail("signed LEB128 number")
	return 0
}

func (r *reader) name() string {
	n := int(r.uint())
	if r.err != nil || n < 0 || r.at+n > len(r.b) {
		r.fail("name")
		return ""
	}
	s := string(r.b[r.at : r.at+n])
	r.at += n
	return s
}

func (r *reader) limits() {
	flags := r.byte()
	r.uint()
	if flags&1 != 0 {
		r.uint()
	}
}

// constExpr reads an active segment's offset: i32.const or i64.const, then end.
func (r *reader) constExpr() (int64, error) {
	op := r.byte()
	if op != 0x41 && op != 0x42 {
		return 0, fmt.Errorf("offset expression starts with opcode 0x%02x, not a constant", op)
	}
	v := r.int()
	if op == 0x41 {
		v = int64(uint32(v)) // an i32 address is unsigned
	}
	if end := r.byte(); end != 0x0b {
		return 0, fmt.Errorf("offset expression does not end after its constant")
	}
	return v, r.err
}
