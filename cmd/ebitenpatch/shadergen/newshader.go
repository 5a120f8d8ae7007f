//go:build ignore

package ebiten

import (
	"github.com/hajimehoshi/ebiten/v2/internal/builtinshader/compiled"
	"github.com/hajimehoshi/ebiten/v2/internal/ui"
)

// newCompiledShader is newShader for a built-in shader's source: its program was
// compiled when nnplay's cmd/ebitenpatch wrote this copy of ebiten (package compiled).
func newCompiledShader(src []byte, name string) (*Shader, error) {
	ir, err := compiled.Compile(src)
	if err != nil {
		return nil, err
	}
	return &Shader{
		shader: ui.NewShader(ir, name),
		unit:   ir.Unit,
	}, nil
}
