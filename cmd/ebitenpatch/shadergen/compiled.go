//go:build ignore

// Package compiled holds ebiten's built-in shader programs and the page's own, compiled
// when cmd/ebitenpatch wrote this copy of ebiten (programs.go), so that the page compiles
// no Kage at run time and links neither ebiten's shader compiler nor go/parser.
package compiled

import (
	"errors"

	"github.com/hajimehoshi/ebiten/v2/internal/shaderir"
)

// Compile returns the program of the built-in or page's shader of source src: what
// graphics.CompileShader returns for it (compiled_test.go checks that). It refuses any
// other source.
func Compile(src []byte) (*shaderir.Program, error) {
	if p := program(src); p != nil {
		return p, nil
	}
	return nil, errors.New("compiled: not one of the shaders compiled with the copy: " +
		"run cmd/ebitenpatch again")
}
