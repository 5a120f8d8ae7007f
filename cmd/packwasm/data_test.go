package main

import (
	"bytes"
	"encoding/binary"
	"maps"
	"math"
	"testing"
)

// module builds a wasm module: a type section, a data section of segs, and a custom
// section after it, as Go's linker orders them.
func module(segs []segment) []byte {
	m := []byte("\x00asm\x01\x00\x00\x00")
	section := func(id byte, body []byte) {
		m = append(m, id)
		m = binary.AppendUvarint(m, uint64(len(body)))
		m = append(m, body...)
	}
	section(1, []byte{1, 0x60, 0, 0}) // one type: func() -> ()
	section(sectionData, writeSegments(segs))
	section(0, append([]byte{8}, "producer"...))
	return m
}

// memory is what a module's data segments write into a fresh memory: its bytes that
// are not zero, by address.
func memory(t *testing.T, wasm []byte) (mem map[uint32]byte, segments int) {
	t.Helper()
	for p := 8; p < len(wasm); {
		size, n := binary.Uvarint(wasm[p+1:])
		body := wasm[p+1+n : p+1+n+int(size)]
		if wasm[p] == sectionData {
			segs, err := readSegments(body)
			if err != nil {
				t.Fatal(err)
			}
			mem = map[uint32]byte{}
			for _, s := range segs {
				for i, c := range s.data {
					if at := s.offset + uint32(i); c != 0 {
						mem[at] = c
					} else {
						delete(mem, at)
					}
				}
			}
			segments = len(segs)
		}
		p += 1 + n + int(size)
	}
	return mem, segments
}

func TestMergeDataKeepsMemory(t *testing.T) {
	segs := []segment{
		{offset: 4096, data: []byte("abc")},
		{offset: 4099, data: []byte("def")},                 // touching: joined
		{offset: 4102 + mergeGap, data: []byte("ghi")},      // mergeGap zeros apart: joined
		{offset: 4105 + 2*mergeGap + 1, data: []byte("jk")}, // one more: apart
		{offset: 1 << 20, data: bytes.Repeat([]byte{7}, 300)},
		{offset: 1<<20 + 310, data: []byte{0, 1, 0}},
		{offset: math.MaxInt32 - 3, data: []byte("end")}, // an offset of 5 bytes
	}
	in := module(segs)
	out, err := mergeData(in)
	if err != nil {
		t.Fatal(err)
	}
	before, n := memory(t, in)
	after, m := memory(t, out)
	if n != len(segs) || m != 4 {
		t.Errorf("%d segments became %d, want %d and 4", n, m, len(segs))
	}
	if !maps.Equal(before, after) || len(before) != 3+3+3+2+300+1+3 {
		t.Error("the merged module starts with another memory")
	}
	// The sections around the data section come through unchanged.
	if !bytes.HasPrefix(out, in[:14]) || !bytes.HasSuffix(out, in[len(in)-11:]) {
		t.Error("the other sections changed")
	}
	again, _ := mergeData(out)
	if !bytes.Equal(again, out) {
		t.Error("merging a merged module changes it")
	}
}

func TestMergeDataWithoutData(t *testing.T) {
	in := []byte("\x00asm\x01\x00\x00\x00\x01\x04\x01\x60\x00\x00")
	out, err := mergeData(in)
	if err != nil || !bytes.Equal(out, in) {
		t.Errorf("a module without data: %x, %v", out, err)
	}
}

func TestMergeDataRefusesWhatItCannotRead(t *testing.T) {
	good := module([]segment{{offset: 8, data: []byte("x")}})
	data := bytes.Index(good, []byte{sectionData, 7, 1})
	if data < 0 {
		t.Fatal("no data section in the test module")
	}
	for name, edit := range map[string]func(b []byte) []byte{
		"passive segment":   func(b []byte) []byte { b[data+3] = 1; return b },
		"global offset":     func(b []byte) []byte { b[data+4] = 0x23; return b },
		"segment too long":  func(b []byte) []byte { b[data+7] = 9; return b },
		"section too long":  func(b []byte) []byte { b[data+1] = 100; return b },
		"too many segments": func(b []byte) []byte { b[data+2] = 2; return b },
	} {
		b := edit(append([]byte(nil), good...))
		if _, err := mergeData(b); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestSleb32RoundTrip(t *testing.T) {
	for _, v := range []int32{0, 1, 63, 64, -1, -64, -65, 127, 128, 8191, 8192, 1 << 20,
		math.MaxInt32, math.MinInt32} {
		b := appendSleb32(nil, v)
		got, n := sleb32(b)
		if got != v || n != len(b) {
			t.Errorf("%d: encoded %x, decoded %d from %d bytes", v, b, got, n)
		}
	}
	if _, n := sleb32([]byte{0x80, 0x80}); n != 0 {
		t.Error("an unfinished number decoded")
	}
}
