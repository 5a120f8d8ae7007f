package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
		"internal/builtinshader/shader.go": strings.Replace(fakeShader, "%s",
			"{{if .UseColorM}}m{{end}}", 1),
		"examples/blocks/main.go":    "package main\n",
		".github/workflows/test.yml": "on: push\n",
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
	for range 2 { // and again over the first
		if err := write(out, src, mod, sum); err != nil {
			t.Fatal(err)
		}
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
	if got := read("ebiten/image.go"); got != files["image.go"] {
		t.Errorf("image.go: %q", got)
	}
	if got := read("ebiten/" + shader); !strings.Contains(got, kageImport) {
		t.Errorf("shader.go:\n%s", got)
	}
	kage := read("ebiten/internal/builtinshader/kagetemplate/template.go")
	if kage != string(kageSource) {
		t.Error("kagetemplate's source is not the one embedded")
	}
	for _, gone := range []string{"examples", ".github"} {
		if _, err := os.Stat(filepath.Join(out, "ebiten", gone)); !os.IsNotExist(err) {
			t.Errorf("%s copied (%v)", gone, err)
		}
	}
	os.WriteFile(mod, []byte("module nnplay\n\nreplace "+ebiten+" => ../ebiten\n"), 0o644)
	if err := write(out, src, mod, sum); err == nil {
		t.Error("write took a go.mod that replaces ebiten already")
	}
}
