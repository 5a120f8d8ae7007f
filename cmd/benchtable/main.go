// Command benchtable prints core's benchmarks natively and in wasm side by side, each
// with its allocations and its ratio to the arithmetic bound of the workload:
//
//	go run ./cmd/benchtable native.txt wasm.txt
//
// The inputs are `go test -bench -benchmem` outputs; with -count > 1 each figure is
// the median and the spread says how far the runs lay apart. make bench runs it.
package main

import (
	"fmt"
	"os"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "benchtable:", err)
		os.Exit(2)
	}
}
