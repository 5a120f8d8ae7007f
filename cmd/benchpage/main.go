// Command benchpage measures the built page in headless Chromium, as a learner gets it:
// served by cmd/serve's handler (as make run serves it) and opened from file://. It
// prints the bytes on the wire, the first frame (the median of fresh loads), frames
// and epochs per second at each speed for Net A, Net B and the deep sigmoid stack,
// the main thread's work per frame during Play and during each phase of Step, and the
// memory after a minute of training:
//
//	go run ./cmd/benchpage            # make bench-page
//
// It is a benchmark: a slow machine gives slow figures, never a failure. It fails
// only when the page is broken: it does not start, its test API or controls do not
// answer, or it reports errors. The table goes to stdout and to -out.
package main

import (
	"fmt"
	"os"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "benchpage:", err)
		os.Exit(2)
	}
}
