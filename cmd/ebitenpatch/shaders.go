package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// ebiten compiles its built-in shaders from Kage at run time: three in a package's init,
// the screen's when the game starts, the rest on first use, each with go/parser and its
// shader compiler, then writes each program's GLSL. The copy takes them from package
// compiled instead, which shadergen writes when the copy is made, and whose test checks
// that every program and its GLSL equal what ebiten makes at run time (reflect.DeepEqual,
// byte for byte). The page then links neither the compiler nor go/parser.

const (
	internal    = ebiten + "/internal/"
	compiledPkg = internal + "builtinshader/compiled"
	genPkg      = internal + "nnplay/shadergen"
)

// An edit replaces old by new in a file of ebiten's, n times: the file must hold old
// exactly n times, and new not at all, or ebiten has changed and the patch stops.
type edit struct {
	file, old, new string
	n              int
}

const (
	graphicsImport = "\t\"" + internal + "graphics\"\n"
	glslImport     = "\t\"" + internal + "shaderir/glsl\"\n"
	compiledImport = "\t\"" + compiledPkg + "\"\n"
	glslCall       = "\tvssrc, fssrc := glsl.Compile(s.ir, s.graphics.context.glslVersion())\n"
)

var shaderEdits = []edit{
	{"internal/restorable/shader.go", "graphics.CompileShader(", "compiled.Compile(", 3},
	{"internal/restorable/shader.go", graphicsImport, compiledImport, 1},
	{"shader.go", "\t\ts, err := newShader(src, name)\n",
		"\t\ts, err := newCompiledShader(src, name)\n", 1},
	{"gameforui.go", "newShader(builtinshader.ScreenShaderSource, ",
		"newCompiledShader(builtinshader.ScreenShaderSource, ", 1},
	// newCompiledShader is newShader with another compiler: newShader must be as it was.
	{"shader.go", "func newShader(src []byte, name string) (*Shader, error) {\n" +
		"\tir, err := graphics.CompileShader(src)\n\tif err != nil {\n\t\treturn nil, err\n" +
		"\t}\n\treturn &Shader{\n\t\tshader: ui.NewShader(ir, name),\n\t\tunit:   ir.Unit,\n" +
		"\t}, nil\n}\n", "", 0},
	{"internal/graphicsdriver/opengl/shader.go", glslImport, glslImport + compiledImport, 1},
	{"internal/graphicsdriver/opengl/shader.go", glslCall,
		"\tvssrc, fssrc, ok := compiled.GLSL(s.ir, s.graphics.context.glslVersion())\n" +
			"\tif !ok {\n\t" + strings.Replace(glslCall, ":=", "=", 1) + "\t}\n", 1},
}

// applyEdits returns ebiten's files at src with edits applied, by path.
func applyEdits(src string, edits []edit) (map[string][]byte, error) {
	out := map[string][]byte{}
	for _, e := range edits {
		text, ok := out[e.file]
		if !ok {
			var err error
			if text, err = os.ReadFile(filepath.Join(src, e.file)); err != nil {
				return nil, err
			}
		}
		want := e.n
		if e.n == 0 { // a check: old must be there once, and stays
			want = 1
		}
		if got := bytes.Count(text, []byte(e.old)); got != want {
			return nil, fmt.Errorf("%s holds %q %d times, want %d: ebiten has changed",
				e.file, e.old, got, want)
		}
		if e.n > 0 {
			if bytes.Contains(text, []byte(e.new)) {
				return nil, fmt.Errorf("%s already holds %q", e.file, e.new)
			}
			text = bytes.ReplaceAll(text, []byte(e.old), []byte(e.new))
		}
		out[e.file] = text
	}
	return out, nil
}

// ourSources returns the files of ours the copy gets, by their path in it.
func ourSources() (map[string][]byte, error) {
	out := map[string][]byte{}
	for from, to := range copies {
		b, err := ourFiles.ReadFile(from)
		if err != nil {
			return nil, err
		}
		const tag = "//go:build ignore\n\n"
		if strings.HasPrefix(from, "shadergen/") {
			if !bytes.HasPrefix(b, []byte(tag)) {
				return nil, fmt.Errorf("%s: want %q first", from, tag)
			}
			b = b[len(tag):]
		}
		out[to] = b
	}
	out[pageShadersFile] = pageShaders()
	return out, nil
}

// compileShaders runs shadergen in the copy, with go build -modfile=modfile, to write
// package compiled, then the package's test: it fails unless every program and its
// GLSL are ebiten's own.
func compileShaders(goCmd, modfile, copied string) error {
	out := filepath.Join(copied, "internal/builtinshader/compiled")
	for _, args := range [][]string{
		{"run", "-modfile=" + modfile, genPkg, "-out", out},
		{"test", "-count=1", "-modfile=" + modfile, compiledPkg},
	} {
		cmd := exec.Command(goCmd, args...)
		// Built for this machine, whatever the caller builds for.
		cmd.Env = append(os.Environ(), "GOOS=", "GOARCH=", "GOFLAGS=")
		if b, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("go %s: %w\n%s", strings.Join(args, " "), err, b)
		}
	}
	return nil
}
