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

func TestRunErrors(t *testing.T) {
	dir := t.TempDir()
	notWasm := filepath.Join(dir, "x.wasm")
	os.WriteFile(notWasm, []byte("hello"), 0o644)
	for _, args := range [][]string{
		{},
		{"-name", "Main", "-in", notWasm, "-out", "x"},
		{"-name", "main", "-in", notWasm, "-out", filepath.Join(dir, "x.js")},
		{"-name", "main", "-in", filepath.Join(dir, "none.wasm"), "-out", "x"},
	} {
		if err := run(args); err == nil {
			t.Errorf("%v accepted", args)
		}
	}
}
