package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"nnplay/wasm/play/kage"
)

// The ebiten that go.mod requires: its shader template runs the same on kagetemplate,
// and its shader.go imports kagetemplate, not text/template, once patched.
func TestPatchEbiten(t *testing.T) {
	src, err := moduleDir("go", ebiten)
	if err != nil {
		t.Fatal(err)
	}
	text, err := os.ReadFile(filepath.Join(src, shader))
	if err != nil {
		t.Fatal(err)
	}
	got, err := patch(text)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(got, []byte(`"text/template"`)) || !bytes.Contains(got, []byte(kageImport)) {
		t.Errorf("patched shader.go:\n%s", got)
	}
	rest := bytes.Replace(got, []byte(kageImport), []byte(`"text/template"`), 1)
	if !bytes.Equal(rest, text) {
		t.Error("the patch changed more than the import")
	}
}

const fakeShader = "package builtinshader\n\n" +
	"import (\n\t\"bytes\"\n\t\"text/template\"\n)\n\n" +
	"var tmpl = template.Must(template.New(\"tmpl\").Parse(`%s`))\n\nvar _ bytes.Buffer\n"

func TestPatchRefuses(t *testing.T) {
	for _, text := range []string{
		strings.Replace(fakeShader, "\t\"text/template\"\n", "", 1),
		strings.Replace(fakeShader, "%s", "{{range .Filter}}{{end}}", 1),
		strings.Replace(fakeShader, "%s", "{{if .Unknown}}{{end}}", 1),
		strings.Replace(fakeShader, "%s", "{{if .UseColorM}}{{end}}", 1) +
			"var t2 = tmpl.Parse(`x`)\n",
		"package builtinshader\n\nimport (\n\t\"text/template\"\n", // not Go
	} {
		if _, err := patch([]byte(text)); err == nil {
			t.Errorf("patch took\n%s", text)
		}
	}
	ok := strings.Replace(fakeShader, "%s", "a{{if eq .Filter .FilterLinear}}b{{end}}", 1)
	if _, err := patch([]byte(ok)); err != nil {
		t.Errorf("patch refused a template it can run: %v", err)
	}
}

// write copies the module less its examples and hidden folders, patches shader.go, adds
// kagetemplate, and writes main.mod with a replace relative to the module's root.
func TestWrite(t *testing.T) {
	root := t.TempDir()
	src := filepath.Join(root, "src")
	files := map[string]string{
		"go.mod":   "module " + ebiten + "\n",
		"image.go": "package ebiten\n",
		"input.go": "package ebiten\n",
		"internal/builtinshader/shader.go": strings.Replace(fakeShader, "%s",
			"{{if .UseColorM}}m{{end}}", 1),
		"examples/blocks/main.go":    "package main\n",
		".github/workflows/test.yml": "on: push\n",
	}
	for _, e := range edits { // ebiten's files as the edits expect them
		files[e.file] += strings.Repeat(e.old, max(e.n, 1))
	}
	for name, text := range files {
		p := filepath.Join(src, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o444); err != nil {
			t.Fatal(err)
		}
	}
	mod, sum := filepath.Join(root, "go.mod"), filepath.Join(root, "go.sum")
	os.WriteFile(mod, []byte("module nnplay\n\nrequire "+ebiten+" v2.8.8\n"), 0o644)
	os.WriteFile(sum, []byte("a sum\n"), 0o644)
	out := filepath.Join(root, ".build")
	compiled := 0
	compile := func(modfile, copied string) error {
		compiled++
		if _, err := os.Stat(filepath.Join(out, "main.mod")); !os.IsNotExist(err) {
			t.Errorf("main.mod written before the shaders are compiled (%v)", err)
		}
		b, err := os.ReadFile(modfile)
		if err != nil || !strings.Contains(string(b), "replace "+ebiten) ||
			copied != filepath.Join(out, "ebiten") {
			t.Errorf("compile(%s, %s): %s %v", modfile, copied, b, err)
		}
		return nil
	}
	for range 2 { // and again over the first
		if err := write(out, src, mod, sum, compile); err != nil {
			t.Fatal(err)
		}
	}
	if compiled != 2 {
		t.Errorf("the shaders compiled %d times, want 2", compiled)
	}
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Error(err)
		}
		return string(b)
	}
	want := "\nreplace " + ebiten + " => ./.build/ebiten\n"
	if got := read("main.mod"); !strings.HasSuffix(got, want) {
		t.Errorf("main.mod:\n%s", got)
	}
	if got := read("main.sum"); got != "a sum\n" {
		t.Errorf("main.sum: %q", got)
	}
	if got := read("ebiten/input.go"); got != files["input.go"] {
		t.Errorf("input.go: %q", got)
	}
	if got := read("ebiten/image.go"); strings.Count(got, "grow.Slice(") != 2 ||
		!strings.Contains(got, growPkg) {
		t.Errorf("image.go:\n%s", got)
	}
	if got := read("ebiten/" + shader); !strings.Contains(got, kageImport) {
		t.Errorf("shader.go:\n%s", got)
	}
	tmpl := read("ebiten/internal/builtinshader/kagetemplate/template.go")
	if tmpl != string(kageSource) {
		t.Error("kagetemplate's source is not the one embedded")
	}
	if got := read("ebiten/internal/restorable/shader.go"); !strings.Contains(got,
		"compiled.Compile(") || strings.Contains(got, "graphics") {
		t.Errorf("restorable/shader.go:\n%s", got)
	}
	for _, f := range []string{"internal/builtinshader/compiled/compiled.go",
		"internal/builtinshader/compiled/compiled_test.go", "internal/nnplay/golit/golit.go",
		"internal/nnplay/grow/grow.go",
		"internal/nnplay/shadergen/main.go", "nnplay_shader.go", pageShadersFile} {
		if got := read("ebiten/" + f); strings.Contains(got, "go:build ignore") || got == "" {
			t.Errorf("%s:\n%s", f, got)
		}
	}
	if got := read("ebiten/" + pageShadersFile); !strings.Contains(got,
		strconv.Quote(kage.Line)) {
		t.Errorf("%s holds not the page's shader:\n%s", pageShadersFile, got)
	}
	if got := read("ebiten/shader.go"); !strings.Contains(got, "func NewShader(src []byte) "+
		"(*Shader, error) {\n\treturn newCompiledShader(src, \"\")") {
		t.Errorf("shader.go: NewShader compiles at run time:\n%s", got)
	}
	for _, gone := range []string{"ebiten/examples", "ebiten/.github", "gen.mod", "gen.sum"} {
		if _, err := os.Stat(filepath.Join(out, gone)); !os.IsNotExist(err) {
			t.Errorf("%s left in the copy (%v)", gone, err)
		}
	}
	// The shaders' programs differ from ebiten's: no main.mod, and make stops.
	failed := errors.New("the program differs")
	err := write(out, src, mod, sum, func(string, string) error { return failed })
	if !errors.Is(err, failed) {
		t.Errorf("write with shaders that differ: %v", err)
	}
	if _, err := os.Stat(filepath.Join(out, "main.mod")); !os.IsNotExist(err) {
		t.Errorf("main.mod written for shaders that differ (%v)", err)
	}
	os.WriteFile(mod, []byte("module nnplay\n\nreplace "+ebiten+" => ../ebiten\n"), 0o644)
	if err := write(out, src, mod, sum, compile); err == nil {
		t.Error("write took a go.mod that replaces ebiten already")
	}
}

// An edit stops the patch when ebiten's file holds its text another number of times,
// or holds the edit already.
func TestEditsRefuse(t *testing.T) {
	src := t.TempDir()
	os.WriteFile(filepath.Join(src, "a.go"), []byte("x(1) x(2) y"), 0o644)
	for _, e := range []edit{
		{"a.go", "x(", "z(", 1},
		{"a.go", "w(", "z(", 1},
		{"a.go", "x(", "y", 2},
		{"a.go", "x(", "", 0},
		{"b.go", "x(", "z(", 2},
	} {
		if got, err := applyEdits(src, []edit{e}); err == nil {
			t.Errorf("%+v: %s", e, got["a.go"])
		}
	}
	got, err := applyEdits(src, []edit{{"a.go", "x(", "z(", 2}, {"a.go", " y", "", 0}})
	if err != nil || string(got["a.go"]) != "z(1) z(2) y" {
		t.Errorf("%s, %v", got["a.go"], err)
	}
}
