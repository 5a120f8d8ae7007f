// Command packwasm prepares the wasm modules the page loads. It writes a module as
// gzip+base64 into a JavaScript file that a classic <script src> can load, because from
// file:// a page may not fetch() a .wasm:
//
//	go run ./cmd/packwasm -name main -in web/main.wasm.gz -out web/main.wasm.js
//
// The script sets globalThis.nnplayWasm[name] to the base64 text; web/boot.js unpacks
// it. Given a .wasm it gzips it itself; given a .wasm.gz it carries it as it is. The
// same input gives the same bytes.
//
// With -merge-data it rewrites a module as Go's linker wrote it with its data segments
// merged, so that it compresses better and starts with the same memory:
//
//	go run ./cmd/packwasm -merge-data -in main.wasm.tmp -out web/main.wasm
package main

import (
	"fmt"
	"os"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "packwasm:", err)
		os.Exit(2)
	}
}
