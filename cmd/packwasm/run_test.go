package main

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
	"unicode/utf16"
)

// unpack reads a script as a browser and web/boot.js do: it decodes the UTF-16 text,
// which must hold no surrogate (a lone one becomes U+FFFD), checks that the string holds no
// character a string literal may not, and undoes the escapes. It returns the name, the
// gzip and whether the script had the expected shape.
func unpack(t *testing.T, js []byte) (name string, gz []byte) {
	t.Helper()
	if len(js)%2 != 0 || !bytes.HasPrefix(js, []byte{0xff, 0xfe}) {
		t.Fatalf("not UTF-16LE with a byte order mark: % x", js[:min(len(js), 4)])
	}
	units := make([]uint16, 0, len(js)/2)
	for i := 2; i < len(js); i += 2 {
		u := binary.LittleEndian.Uint16(js[i:])
		if utf16.IsSurrogate(rune(u)) {
			t.Fatalf("the script holds a surrogate, %#x", u)
		}
		units = append(units, u)
	}
	text := string(utf16.Decode(units))
	m := regexp.MustCompile(`^\(globalThis\.nnplayWasm = globalThis\.nnplayWasm \|\| \{\}\)` +
		`\["([a-z0-9_]+)"\] = \[([0-9]+), "([^"\\\n\r\x00]*)"\];\n$`).FindStringSubmatch(text)
	if m == nil {
		t.Fatalf("script shape: %.120q", text)
	}
	n, _ := strconv.Atoi(m[2])
	for i, s := 0, utf16.Encode([]rune(m[3])); i < len(s); i++ {
		u := s[i]
		if u == escape {
			i++
			u = s[i] ^ flip
		}
		gz = append(gz, byte(u), byte(u>>8))
	}
	if len(gz) != n && len(gz) != n+1 {
		t.Fatalf("%d bytes for a gzip of %d", len(gz), n)
	}
	return m[1], gz[:n]
}

func TestPackRoundTrip(t *testing.T) {
	wasm := append([]byte("\x00asm\x01\x00\x00\x00"), bytes.Repeat([]byte("go"), 1000)...)
	js, err := pack("main", wasm)
	if err != nil {
		t.Fatal(err)
	}
	name, gz := unpack(t, js)
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		t.Fatal(err)
	}
	back, _ := io.ReadAll(zr)
	if name != "main" || !bytes.Equal(back, wasm) {
		t.Errorf("unpacking gives %q and other bytes", name)
	}
	again, _ := pack("main", wasm)
	if !bytes.Equal(again, js) {
		t.Error("the same input gave other bytes")
	}
}

// TestScriptCarriesEveryCharacter packs every 16-bit value, each in both byte orders,
// and an odd length, and reads them back.
func TestScriptCarriesEveryCharacter(t *testing.T) {
	var all []byte
	for u := range 1 << 16 {
		all = append(all, byte(u), byte(u>>8), byte(u>>8), byte(u))
	}
	for _, b := range [][]byte{all, all[:len(all)-1], {0x1f}, nil} {
		name, got := unpack(t, script("plots", b))
		if name != "plots" || !bytes.Equal(got, b) {
			t.Errorf("%d bytes came back as %d other bytes", len(b), len(got))
		}
	}
	if n := len(script("main", all)); n > len(all)*105/100 {
		t.Errorf("%d bytes of script for %d bytes", n, len(all))
	}
}

// TestPackCarriesGzip: a .wasm.gz goes into the script as it is; gzip that is damaged
// or holds no module is refused.
func TestPackCarriesGzip(t *testing.T) {
	wasm := append([]byte("\x00asm\x01\x00\x00\x00"), bytes.Repeat([]byte("go"), 1000)...)
	gzipped := func(b []byte) []byte {
		var gz bytes.Buffer
		zw := gzip.NewWriter(&gz)
		zw.Write(b)
		zw.Close()
		return gz.Bytes()
	}
	gz := gzipped(wasm)
	js, err := pack("plots", gz)
	if err != nil {
		t.Fatal(err)
	}
	if name, got := unpack(t, js); name != "plots" || !bytes.Equal(got, gz) {
		t.Errorf("the script carries %q and other bytes than the gzip", name)
	}
	damaged := append([]byte(nil), gz...)
	damaged[len(damaged)-5] ^= 0xff // the CRC
	for name, b := range map[string][]byte{
		"damaged":     damaged,
		"cut short":   gz[:len(gz)/2],
		"not a wasm":  gzipped([]byte("hello, world")),
		"not gzip":    []byte("hello, world"),
		"empty":       nil,
		"two members": append(gzipped(wasm), gzipped([]byte("more"))...),
	} {
		if _, err := pack("main", b); err == nil {
			t.Errorf("%s: packed", name)
		}
	}
}

func TestRunErrors(t *testing.T) {
	dir := t.TempDir()
	notWasm := filepath.Join(dir, "x.wasm")
	os.WriteFile(notWasm, []byte("hello"), 0o644)
	for _, args := range [][]string{
		{},
		{"-name", "Main", "-in", notWasm, "-out", "x"},
		{"-name", "main", "-in", notWasm, "-out", filepath.Join(dir, "x.js")},
		{"-name", "main", "-in", filepath.Join(dir, "none.wasm"), "-out", "x"},
		{"-merge-data", "-in", notWasm, "-out", filepath.Join(dir, "y.wasm")},
		{"-merge-data", "-name", "main", "-in", notWasm, "-out", "x"},
		{"-merge-data", "-in", notWasm},
	} {
		if err := run(args); err == nil {
			t.Errorf("%v accepted", args)
		}
	}
}
