//go:build ignore

package compiled

import (
	"reflect"
	"testing"

	"github.com/hajimehoshi/ebiten/v2/internal/graphics"
	"github.com/hajimehoshi/ebiten/v2/internal/nnplay/pageshaders"
	"github.com/hajimehoshi/ebiten/v2/internal/shaderir/glsl"
)

// Every built-in shader's program, and every one of the page's, equals what ebiten's
// shader compiler makes of its source, and its GLSL what ebiten's GLSL writer makes of
// that, byte for byte.
func TestSameAsEbiten(t *testing.T) {
	for i, src := range pageshaders.All() {
		want, err := graphics.CompileShader(src)
		if err != nil {
			t.Fatal(err)
		}
		got, err := Compile(src)
		if err != nil {
			t.Fatalf("shader %d: %v", i, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("shader %d: the program differs from ebiten's:\n%+v\nebiten's:\n%+v\n"+
				"source:\n%s", i, got, want, src)
		}
		wantVS, wantFS := glsl.Compile(want, glsl.GLSLVersionES300)
		vs, fs, ok := GLSL(got, glsl.GLSLVersionES300)
		if !ok || vs != wantVS || fs != wantFS {
			t.Errorf("shader %d: the GLSL differs from ebiten's:\n%s\n%s\nebiten's:\n%s\n%s",
				i, vs, fs, wantVS, wantFS)
		}
		if _, _, ok := GLSL(want, glsl.GLSLVersionES300); ok {
			t.Errorf("shader %d: GLSL from the table for a program not in it", i)
		}
		if _, _, ok := GLSL(got, glsl.GLSLVersionDefault); ok {
			t.Errorf("shader %d: GLSL for desktop OpenGL from the table", i)
		}
	}
	if p, err := Compile([]byte("package main")); p != nil || err == nil {
		t.Error("Compile took a source not built in")
	}
}
