package main

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
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

// pack returns the script that carries a wasm module, gzipped, under name. in is the
// module, or the module gzipped (make hands it the .wasm.gz that 7-Zip wrote, smaller
// than Go's gzip -9), which goes in as it is once it is checked to unpack to a module.
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
	return script(name, gz), nil
}

// The script is UTF-16 (little-endian, with a byte order mark, which decides a script's
// encoding before anything else), and its string carries two bytes of the gzip in each
// 16-bit character: about 1.03 bytes of script a byte, where base64 in UTF-8 takes 1.33.
// A character that may not stand in a string literal or would not survive decoding (a
// line break, a quote, a backslash, a surrogate; also NUL) is written as escape followed
// by the character XOR flip, which none of those is; so is escape itself. web/boot.js
// undoes it.
const (
	escape = 0x0001
	flip   = 0x8000
)

// mustEscape reports whether the 16-bit character u is written escaped.
func mustEscape(u uint16) bool {
	switch {
	case u == 0, u == escape, u == '\n', u == '\r', u == '"', u == '\\':
		return true
	case u >= 0xd800 && u <= 0xdfff:
		return true
	}
	return false
}

// script returns the script setting globalThis.nnplayWasm[name] to [n, s]: n is the
// gzip's length in bytes, s its characters (an odd length ends with a zero byte).
func script(name string, gz []byte) []byte {
	units := make([]uint16, 0, len(gz)/2*33/32+64)
	text := func(s string) {
		for _, r := range s {
			units = append(units, uint16(r)) // ASCII only
		}
	}
	text(fmt.Sprintf("(globalThis.nnplayWasm = globalThis.nnplayWasm || {})[%q] = [%d, \"",
		name, len(gz)))
	for i := 0; i < len(gz); i += 2 {
		u := uint16(gz[i])
		if i+1 < len(gz) {
			u |= uint16(gz[i+1]) << 8
		}
		if mustEscape(u) {
			units = append(units, escape, u^flip)
		} else {
			units = append(units, u)
		}
	}
	text("\"];\n")
	out := make([]byte, 2, 2+2*len(units))
	out[0], out[1] = 0xff, 0xfe // the byte order mark, little-endian
	for _, u := range units {
		out = binary.LittleEndian.AppendUint16(out, u)
	}
	return out
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
