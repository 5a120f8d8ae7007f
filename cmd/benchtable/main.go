// Command benchtable prints core's benchmarks natively and in wasm side by side, with
// TF Playground's figures on the same workloads and the targets they are held to:
//
//	go run ./cmd/benchtable native.txt wasm.txt
//
// The inputs are `go test -bench` outputs; with -count > 1 each figure is the median.
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
