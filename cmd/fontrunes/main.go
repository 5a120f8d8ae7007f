// Command fontrunes prints the characters the Korean font subset (wasm/play/kofont)
// must hold, for pyftsubset's --text-file: printable ASCII, which the figures draw in
// Korean mode from the same font, and every character of the page's string table and of
// the figures' words, in both languages. make font runs it.
//
//	go run ./cmd/fontrunes > runes.txt
package main

import (
	"fmt"
	"io"
	"os"
	"slices"

	"nnplay/plots"
	"nnplay/wasm/play"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "fontrunes:", err)
		os.Exit(1)
	}
}

// run writes the characters, each once, in order.
func run(w io.Writer) error {
	var runes []rune
	for r := rune(0x20); r < 0x7f; r++ {
		runes = append(runes, r)
	}
	runes = append(runes, play.TableRunes()...)
	runes = append(runes, plots.WordRunes()...)
	slices.Sort(runes)
	_, err := io.WriteString(w, string(slices.Compact(runes)))
	return err
}
