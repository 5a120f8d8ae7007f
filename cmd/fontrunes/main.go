// Command fontrunes prints the characters a font subset must hold, for pyftsubset's
// --text-file. make font runs it for both of the page's subsets:
//
//	go run ./cmd/fontrunes > runes.txt         # the Korean subset (wasm/play/kofont)
//	go run ./cmd/fontrunes -latin > runes.txt  # the Go font's (wasm/play/latinfont)
//
// The Korean subset holds printable ASCII, which the figures draw in Korean mode from the
// same font, and every character of the page's string table and of the figures' words,
// in both languages. The Go font's holds what the canvas draws with it: play.AtlasRunes
// and every character of the string table (pyftsubset keeps those the font has).
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"slices"

	"nnplay/plots"
	"nnplay/wasm/play"
)

func main() {
	latin := flag.Bool("latin", false, "list the Go font subset's characters")
	flag.Parse()
	if err := run(os.Stdout, *latin); err != nil {
		fmt.Fprintln(os.Stderr, "fontrunes:", err)
		os.Exit(1)
	}
}

// run writes the characters, each once, in order.
func run(w io.Writer, latin bool) error {
	var runes []rune
	if latin {
		runes = append([]rune(play.AtlasRunes), play.TableRunes()...)
	} else {
		for r := rune(0x20); r < 0x7f; r++ {
			runes = append(runes, r)
		}
		runes = append(runes, play.TableRunes()...)
		runes = append(runes, plots.WordRunes()...)
	}
	slices.Sort(runes)
	_, err := io.WriteString(w, string(slices.Compact(runes)))
	return err
}
