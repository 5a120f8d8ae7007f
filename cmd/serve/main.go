// Command serve serves the playground on http://127.0.0.1:8080 (make run): the page and
// its assets only, the wasm modules gzip-compressed (see package site). Over http the
// page compiles its wasm while it downloads; index.html also opens straight from disk.
//
//	go run ./cmd/serve [-addr 127.0.0.1:8080] [-dir .]
package main

import (
	"fmt"
	"os"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "serve:", err)
		os.Exit(2)
	}
}
