// Command plotgen writes the lesson's figures, every kind that package plots registers
// (plots.Kinds): every activation with its derivative, the gallery, the vanishing
// gradient, dead ReLU units and the activation race. -h lists them.
//
//	go run ./cmd/plotgen -out DIR [-figure all] [-act all] [-range min,max]
//	                     [-width W -height H] [-mark z1,z2,...] [-format png|svg]
//	                     [-lang en|ko]
//
// -lang ko writes the figures' words in Korean, in the page's Korean font. It prints each
// path it writes. A bad flag, an unknown activation or an unwritable folder gives a
// one-line error and exit status 2, and no half-written file.
package main

import (
	"fmt"
	"os"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "plotgen:", err)
		os.Exit(2)
	}
}
