package main

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

func TestPackRoundTrip(t *testing.T) {
	wasm := append([]byte("\x00asm\x01\x00\x00\x00"), bytes.Repeat([]byte("go"), 1000)...)
	js, err := pack("main", wasm)
	if err != nil {
		t.Fatal(err)
	}
	script := regexp.MustCompile(`^\(globalThis\.nnplayWasm = globalThis\.nnplayWasm \|\| \{\}\)` +
		`\["main"\] = "([A-Za-z0-9+/=]+)";\n$`)
	m := script.FindSubmatch(js)
	if m == nil {
		t.Fatalf("script shape: %.120s", js)
	}
	gz, err := base64.StdEncoding.DecodeString(string(m[1]))
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		t.Fatal(err)
	}
	back, _ := io.ReadAll(zr)
	if !bytes.Equal(back, wasm) {
		t.Error("unpacking gives other bytes")
	}
	again, _ := pack("main", wasm)
	if !bytes.Equal(again, js) {
		t.Error("the same input gave other bytes")
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
	want := `(globalThis.nnplayWasm = globalThis.nnplayWasm || {})["plots"] = "` +
		base64.StdEncoding.EncodeToString(gz) + "\";\n"
	if string(js) != want {
		t.Errorf("script %.120s, want %.120s", js, want)
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
