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

func run(args []string) error {
	fs := flag.NewFlagSet("packwasm", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	name := fs.String("name", "", "the module's name in globalThis.nnplayWasm")
	in := fs.String("in", "", "the .wasm file")
	out := fs.String("out", "", "the .js file to write")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if !validName.MatchString(*name) || *in == "" || *out == "" {
		return errors.New("usage: packwasm -name NAME -in FILE.wasm -out FILE.js")
	}
	wasm, err := os.ReadFile(*in)
	if err != nil {
		return err
	}
	if !bytes.HasPrefix(wasm, []byte("\x00asm")) {
		return fmt.Errorf("%s is not a wasm module", *in)
	}
	js, err := pack(*name, wasm)
	if err != nil {
		return err
	}
	tmp := *out + ".tmp"
	if err := os.WriteFile(tmp, js, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, filepath.Clean(*out))
}

// pack returns the script that carries wasm under name.
func pack(name string, wasm []byte) ([]byte, error) {
	var gz bytes.Buffer
	zw, err := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write(wasm); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	var js bytes.Buffer
	fmt.Fprintf(&js, "(globalThis.nnplayWasm = globalThis.nnplayWasm || {})[%q] = \"", name)
	js.WriteString(base64.StdEncoding.EncodeToString(gz.Bytes()))
	js.WriteString("\";\n")
	return js.Bytes(), nil
}
