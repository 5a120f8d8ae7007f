package main

import (
	"bytes"
	"strings"
	"testing"

	"nnplay/cmd/internal/digits"
)

// A tiny module written byte by byte, so that every size the parser reports is known.

func uleb(v uint64) []byte {
	var b []byte
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if v == 0 {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}

func sleb(v int64) []byte {
	var b []byte
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if (v == 0 && c&0x40 == 0) || (v == -1 && c&0x40 != 0) {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}

func name(s string) []byte { return append(uleb(uint64(len(s))), s...) }

func section(id byte, payload ...[]byte) []byte {
	body := bytes.Join(payload, nil)
	return append(append([]byte{id}, uleb(uint64(len(body)))...), body...)
}

// tiny is the module: one imported function (index 0), a memory import, three defined
// functions (indices 1 to 3) with bodies of 3, 200 and 20 bytes, two active data
// segments and a passive one, and a name section.
type tiny struct {
	bin                []byte
	bodies             []int // body sizes, size prefix included
	codeHeader         int   // the code section's bytes before the first body
	nameStart, nameEnd int
}

func buildTiny() tiny {
	var t tiny
	body := func(nops int) []byte { // no locals, nops nops, end
		b := append([]byte{0}, bytes.Repeat([]byte{0x01}, nops)...)
		b = append(b, 0x0b)
		full := append(uleb(uint64(len(b))), b...)
		t.bodies = append(t.bodies, len(full))
		return full
	}
	code := bytes.Join([][]byte{uleb(3), body(1), body(198), body(18)}, nil)
	names := [][]byte{uleb(4),
		uleb(0), name("env.log"),
		uleb(1), name("main.main"),
		uleb(2), name("example.com_x_y.__T_.Big"),
		uleb(3), name("memcmp")}
	nameSub := bytes.Join(names, nil)
	t.bin = []byte("\x00asm\x01\x00\x00\x00")
	t.bin = append(t.bin, section(1, uleb(1), []byte{0x60, 0, 0})...) // type: () -> ()
	t.bin = append(t.bin, section(2, uleb(2),
		name("env"), name("log"), []byte{0}, uleb(0), // function of type 0
		name("env"), name("mem"), []byte{2, 1}, uleb(1), uleb(2), // memory 1..2
	)...)
	t.bin = append(t.bin, section(3, uleb(3), uleb(0), uleb(0), uleb(0))...)
	t.codeHeader = 1 + len(uleb(uint64(len(code)))) + 1 // id, size, count
	t.bin = append(t.bin, section(10, code)...)
	t.bin = append(t.bin, section(11, uleb(3),
		uleb(0), []byte{0x41}, sleb(1024), []byte{0x0b}, name("hello"),
		uleb(1), name("passive!"),
		uleb(0), []byte{0x41}, sleb(70000), []byte{0x0b}, name("world"),
	)...)
	t.nameStart = len(t.bin)
	t.bin = append(t.bin, section(0, name("name"),
		[]byte{1}, uleb(uint64(len(nameSub))), nameSub)...)
	t.nameEnd = len(t.bin)
	return t
}

func TestParseTinyModule(t *testing.T) {
	tm := buildTiny()
	m, err := Parse(tm.bin)
	if err != nil {
		t.Fatal(err)
	}
	wantNames := []string{"main.main", "example.com_x_y.__T_.Big", "memcmp"}
	if len(m.Funcs) != 3 {
		t.Fatalf("%d functions, want 3", len(m.Funcs))
	}
	for i, f := range m.Funcs {
		if f.Index != i+1 || f.Name != wantNames[i] || f.End-f.Start != tm.bodies[i] {
			t.Errorf("function %d: index %d, %q, %d bytes; want %d, %q, %d bytes",
				i, f.Index, f.Name, f.End-f.Start, i+1, wantNames[i], tm.bodies[i])
		}
	}
	segs := m.Segments
	if len(segs) != 2 || segs[0].Addr != 1024 || string(segs[0].Data) != "hello" ||
		segs[1].Addr != 70000 || string(segs[1].Data) != "world" {
		t.Errorf("segments %+v", m.Segments)
	}
	if m.Passive != len("passive!") {
		t.Errorf("passive bytes %d, want 8", m.Passive)
	}
	sum := 8
	for _, s := range m.Sections {
		sum += s.Size()
	}
	if sum != len(tm.bin) {
		t.Errorf("the sections add up to %d bytes of %d", sum, len(tm.bin))
	}
	s, ok := m.Section(secCustom, "name")
	if !ok || s.Start != tm.nameStart || s.End != tm.nameEnd {
		t.Errorf("name section %+v, want bytes %d to %d", s, tm.nameStart, tm.nameEnd)
	}
}

func TestParseRefusesBrokenModules(t *testing.T) {
	tm := buildTiny()
	for _, c := range []struct {
		name string
		bin  []byte
		want string
	}{
		{"not wasm", []byte("GIF89a.."), "not a WebAssembly module"},
		{"version 2", []byte("\x00asm\x02\x00\x00\x00"), "version"},
		{"cut short", tm.bin[:tm.nameStart-3], "runs past the end"},
		{"section size too big", append(bytes.Clone(tm.bin[:8]), 1, 0x7f), "runs past the end"},
		{"bad import kind", append(bytes.Clone(tm.bin[:8]),
			section(2, uleb(1), name("a"), name("b"), []byte{9})...), "unknown kind"},
		{"data at a global's address", append(bytes.Clone(tm.bin[:8]),
			section(11, uleb(1), uleb(0), []byte{0x23, 0, 0x0b}, name("x"))...), "not a constant"},
	} {
		_, err := Parse(c.bin)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one that says %q", c.name, err, c.want)
		}
	}
}

func TestAnalyseTinyModule(t *testing.T) {
	tm := buildTiny()
	m, err := Parse(tm.bin)
	if err != nil {
		t.Fatal(err)
	}
	pkgs, err := ReadPackages(strings.NewReader("example.com/x/y y example.com/x\n" +
		"tiny/cmd main tiny\n"))
	if err != nil {
		t.Fatal(err)
	}
	r, err := Analyse(m, pkgs)
	if err != nil {
		t.Fatal(err)
	}
	want := len(tm.bin) - (tm.nameEnd - tm.nameStart)
	if r.Shipped != want || r.Built != len(tm.bin) {
		t.Errorf("built %d shipped %d, want %d and %d", r.Built, r.Shipped, len(tm.bin), want)
	}
	raw := map[string]int{}
	for _, p := range r.Packages {
		raw[p.Name] = p.Raw
	}
	for pkg, want := range map[string]int{
		"example.com/x/y": tm.bodies[1], "tiny/cmd": tm.bodies[0], groupAsm: tm.bodies[2],
		"(section header)": tm.codeHeader,
	} {
		if raw[pkg] != want {
			t.Errorf("%s: %d bytes, want %d (all: %v)", pkg, raw[pkg], want, raw)
		}
	}
	total := 0
	for _, s := range r.Sections {
		total += s.Raw
	}
	if total != r.Shipped {
		t.Errorf("sections add up to %d, shipped is %d", total, r.Shipped)
	}
	// No Go layout in this module: the data is one part, and says why.
	if r.DataNote == "" || len(r.Data) != 2 || r.Data[0].Raw != len("hello")+len("world") {
		t.Errorf("data %+v, note %q", r.Data, r.DataNote)
	}
	var out bytes.Buffer
	r.Print(&out, "tiny.wasm", 30)
	for _, want := range []string{"tiny.wasm\n", digits.Grouped(len(tm.bin)) + " bytes as built",
		"example.com/x/y", "example.com/x ", "tiny/cmd", "not split by region"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the table lacks %q:\n%s", want, out.String())
		}
	}
}

func TestAnalyseWantsTheNameSection(t *testing.T) {
	tm := buildTiny()
	m, err := Parse(tm.bin[:tm.nameStart])
	if err != nil {
		t.Fatal(err)
	}
	pkgs, _ := ReadPackages(strings.NewReader("x\n"))
	if _, err := Analyse(m, pkgs); err == nil || !strings.Contains(err.Error(), "-s") {
		t.Errorf("a module without names: error %v, want one that names -s", err)
	}
}
