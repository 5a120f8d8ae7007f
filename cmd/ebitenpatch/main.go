// Command ebitenpatch writes the copy of ebiten that the page's main module is built
// with (make's web/main.wasm and make size): ebiten's module as go.mod requires it, its
// examples left out, with internal/builtinshader importing package kagetemplate in place
// of text/template, and a go.mod and go.sum for go build -modfile that replace ebiten
// with the copy:
//
//	go run ./cmd/ebitenpatch -out .build/ebiten
//	GOOS=js GOARCH=wasm go build -modfile=.build/ebiten/go.mod ./wasm
//
// ebiten writes its built-in shaders' source with text/template, and text/template may
// call a template's methods by name (reflect's MethodByName): a program that links it
// keeps every exported method of every type it converts to an interface, since the
// linker cannot tell which one a template will call. That is 1.4 MB of the page's code,
// about 370 KB of it on the wire. kagetemplate runs the same template with fields
// alone. Before it writes anything, the command runs ebiten's shader template through
// both for every shader ebiten asks for, and stops unless they write the same bytes.
//
// ebiten also compiles its built-in shaders from Kage when the page starts (go/parser
// and its shader compiler, 50-100 ms of the page's start in wasm) and writes their GLSL
// at the first frame. In the copy they come from package compiled, which shadergen
// writes with ebiten's own compiler when the copy is made (shaders.go); the command
// stops unless the package's test finds every program deep-equal to ebiten's and its
// GLSL the same bytes. The page then links neither the compiler nor go/parser.
package main

import (
	"fmt"
	"os"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "ebitenpatch:", err)
		os.Exit(2)
	}
}
