// Command packwasm writes a wasm module as gzip+base64 into a JavaScript file that a
// classic <script src> can load, because from file:// a page may not fetch() a .wasm:
//
//	go run ./cmd/packwasm -name main -in web/main.wasm -out web/main.wasm.js
//
// The script sets globalThis.nnplayWasm[name] to the base64 text; web/boot.js unpacks
// it. The same input gives the same bytes.
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
