package main

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
)

var validName = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)

const usage = "usage: packwasm -name NAME -in FILE.wasm[.gz] -out FILE.js\n" +
	"       packwasm -merge-data -in FILE.wasm -out FILE.wasm"

func run(args []string) error {
	fs := flag.NewFlagSet("packwasm", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	name := fs.String("name", "", "the module's name in globalThis.nnplayWasm")
	in := fs.String("in", "", "the .wasm file, or its .wasm.gz")
	out := fs.String("out", "", "the file to write")
	mergeOnly := fs.Bool("merge-data", false,
		"write the module with its data segments merged, instead of a script")
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("%w\n%s", err, usage)
	}
	if *in == "" || *out == "" || fs.NArg() > 0 || *mergeOnly == (*name != "") ||
		(!*mergeOnly && !validName.MatchString(*name)) {
		return errors.New(usage)
	}
	b, err := os.ReadFile(*in)
	if err != nil {
		return err
	}
	var result []byte
	if *mergeOnly {
		if !isWasm(b) {
			return fmt.Errorf("%s is not a wasm module", *in)
		}
		result, err = mergeData(b)
	} else {
		result, err = pack(*name, b)
	}
	if err != nil {
		return fmt.Errorf("%s: %w", *in, err)
	}
	tmp := *out + ".tmp"
	if err := os.WriteFile(tmp, result, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, filepath.Clean(*out))
}

func isWasm(b []byte) bool { return len(b) >= 8 && bytes.HasPrefix(b, []byte("\x00asm")) }

// pack returns the script that carries a wasm module under name. in is the module, or
// the module gzipped (make hands it the .wasm.gz that 7-Zip wrote, smaller than Go's
// gzip -9), which goes in as it is once it is checked to unpack to a module.
func pack(name string, in []byte) ([]byte, error) {
	gz := in
	if isWasm(in) {
		var b bytes.Buffer
		zw, err := gzip.NewWriterLevel(&b, gzip.BestCompression)
		if err != nil {
			return nil, err
		}
		if _, err := zw.Write(in); err != nil {
			return nil, err
		}
		if err := zw.Close(); err != nil {
			return nil, err
		}
		gz = b.Bytes()
	} else if err := checkGzippedWasm(in); err != nil {
		return nil, err
	}
	var js bytes.Buffer
	fmt.Fprintf(&js, "(globalThis.nnplayWasm = globalThis.nnplayWasm || {})[%q] = \"", name)
	js.WriteString(base64.StdEncoding.EncodeToString(gz))
	js.WriteString("\";\n")
	return js.Bytes(), nil
}

// checkGzippedWasm reports whether gz is one gzip member, intact, holding a wasm module:
// what the browser's DecompressionStream unpacks (it refuses bytes after the member).
func checkGzippedWasm(gz []byte) error {
	br := bytes.NewReader(gz)
	zr, err := gzip.NewReader(br)
	if err != nil {
		return errors.New("neither a wasm module nor gzip")
	}
	zr.Multistream(false)
	head := make([]byte, 8)
	if _, err := io.ReadFull(zr, head); err != nil || !isWasm(head) {
		return errors.New("the gzip holds no wasm module")
	}
	if _, err := io.Copy(io.Discard, zr); err != nil {
		return fmt.Errorf("the gzip is damaged: %w", err)
	}
	if br.Len() > 0 {
		return fmt.Errorf("%d bytes follow the gzip member", br.Len())
	}
	return nil
}
