// Command wasmsize prints what a Go wasm module is made of: its sections, its code by
// Go package and by module, and its data by region of Go's memory image, each part
// raw and its estimated share of the gzipped module. make size runs it on the page's
// main module:
//
//	GOOS=js GOARCH=wasm go build -trimpath -o /tmp/main.wasm ./wasm
//	GOOS=js GOARCH=wasm go list -deps \
//	    -f '{{.ImportPath}} {{.Name}} {{with .Module}}{{.Path}}{{else}}std{{end}}' \
//	    ./wasm > /tmp/packages.txt
//	go run ./cmd/wasmsize -pkgs /tmp/packages.txt /tmp/main.wasm
//
// The module must be built without -ldflags=-s: the function names come from its name
// section, which -s drops (go tool nm does not read wasm). The package list resolves
// them, because the linker writes '/' in a name as '_'.
package main

import (
	"fmt"
	"os"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "wasmsize:", err)
		os.Exit(2)
	}
}
