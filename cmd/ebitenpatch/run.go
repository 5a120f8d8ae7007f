package main

import (
	"bytes"
	"embed"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"text/template"

	"nnplay/cmd/ebitenpatch/kagetemplate"
)

const (
	usage  = "usage: ebitenpatch -out DIR [-go GO]"
	ebiten = "github.com/hajimehoshi/ebiten/v2"
	shader = "internal/builtinshader/shader.go"
	// The import the copy's shader.go gets in place of text/template's.
	kageImport = `template "` + ebiten + `/internal/builtinshader/kagetemplate"`
)

// What the copy gets: ebiten's files, less its examples, with these edits (each list is
// beside the reason for it: the built-in shaders compiled when the copy is made in
// shaders.go, no gamepad in gamepad.go, buffers that grow in buffers.go, the page's own
// shaders compiled with them in pageshaders.go), kageSource in place of text/template
// (patch), and the files of ours in copies, with package pageshaders (pageShaders).
var edits = slices.Concat(shaderEdits, gamepadEdits, bufferEdits, pageShaderEdits)

//go:embed kagetemplate/template.go
var kageSource []byte

//go:embed golit/golit.go shadergen/*.go grow/grow.go
var ourFiles embed.FS

// copies are the files of ours the copy gets, by their path in it: shadergen's lose their
// build tag, which keeps them out of nnplay's builds (they import ebiten's internal
// packages). grow sizes ebiten's vertex and index buffers (bufferEdits).
var copies = map[string]string{
	"grow/grow.go":               "internal/nnplay/grow/grow.go",
	"golit/golit.go":             "internal/nnplay/golit/golit.go",
	"shadergen/gen.go":           "internal/nnplay/shadergen/main.go",
	"shadergen/compiled.go":      "internal/builtinshader/compiled/compiled.go",
	"shadergen/compiled_test.go": "internal/builtinshader/compiled/compiled_test.go",
	"shadergen/newshader.go":     "nnplay_shader.go",
}

func run(args []string) error {
	fs := flag.NewFlagSet("ebitenpatch", flag.ContinueOnError)
	out := fs.String("out", "", "the folder to write: DIR/ebiten, DIR/main.mod and DIR/main.sum")
	goCmd := fs.String("go", "go", "the go command")
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("%w\n%s", err, usage)
	}
	if *out == "" || fs.NArg() != 0 {
		return errors.New(usage)
	}
	dir, err := filepath.Abs(*out)
	if err != nil {
		return err
	}
	src, err := moduleDir(*goCmd, ebiten)
	if err != nil {
		return err
	}
	compile := func(modfile, copied string) error { return compileShaders(*goCmd, modfile, copied) }
	return write(dir, src, "go.mod", "go.sum", compile)
}

// write writes into dir the copy of the ebiten module at src and main.mod and main.sum:
// mod and sum with a replace of ebiten by the copy. Once the copy is written, compile
// writes its built-in shaders' programs (compileShaders; modfile is go.mod with the
// replace). main.mod is written last, and only when compile succeeds, so that its time
// says the rest is whole.
func write(dir, src, mod, sum string, compile func(modfile, copied string) error) error {
	modText, err := os.ReadFile(mod)
	if err != nil {
		return err
	}
	if bytes.Contains(modText, []byte("replace "+ebiten)) {
		return fmt.Errorf("%s already replaces %s", mod, ebiten)
	}
	sumText, err := os.ReadFile(sum)
	if err != nil {
		return err
	}
	shaderText, err := os.ReadFile(filepath.Join(src, shader))
	if err != nil {
		return err
	}
	patched, err := patch(shaderText)
	if err != nil {
		return fmt.Errorf("%s: %w", filepath.Join(src, shader), err)
	}
	edited, err := applyEdits(src, edits)
	if err != nil {
		return err
	}
	added, err := ourSources()
	if err != nil {
		return err
	}
	mainMod := filepath.Join(dir, "main.mod")
	copied := filepath.Join(dir, "ebiten")
	genMod := filepath.Join(dir, "gen.mod") // main.mod until the shaders are compiled
	for _, p := range []string{mainMod, genMod, copied} {
		if err := os.RemoveAll(p); err != nil {
			return err
		}
	}
	if err := copyTree(copied, src); err != nil {
		return err
	}
	kage := filepath.Join(copied, filepath.Dir(shader), "kagetemplate")
	if err := os.MkdirAll(kage, 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(kage, "template.go"), kageSource, 0o644); err != nil {
		return err
	}
	edited[shader] = patched
	for name, text := range added {
		edited[name] = text
	}
	for name, text := range edited {
		p := filepath.Join(copied, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, text, 0o644); err != nil {
			return err
		}
	}
	for _, s := range []string{"gen.sum", "main.sum"} {
		if err := os.WriteFile(filepath.Join(dir, s), sumText, 0o644); err != nil {
			return err
		}
	}
	// Relative to the module's root, as the build records it in the module (go version -m).
	root, err := filepath.Abs(filepath.Dir(mod))
	if err != nil {
		return err
	}
	rel, err := filepath.Rel(root, copied)
	if err != nil {
		return err
	}
	modText = fmt.Appendf(modText, "\nreplace %s => ./%s\n", ebiten, filepath.ToSlash(rel))
	if err := os.WriteFile(genMod, modText, 0o644); err != nil {
		return err
	}
	if err := compile(genMod, copied); err != nil {
		return err
	}
	for _, p := range []string{genMod, filepath.Join(dir, "gen.sum")} {
		if err := os.Remove(p); err != nil {
			return err
		}
	}
	return os.WriteFile(mainMod, modText, 0o644)
}

// patch returns ebiten's shader.go importing kagetemplate in place of text/template,
// once it has checked that both write the same shaders from its template.
func patch(text []byte) ([]byte, error) {
	const std = `"text/template"`
	if n := bytes.Count(text, []byte("\t"+std+"\n")); n != 1 {
		return nil, fmt.Errorf("imports %s on %d lines, want 1", std, n)
	}
	tmpl, err := shaderTemplate(text)
	if err != nil {
		return nil, err
	}
	if err := sameShaders(tmpl); err != nil {
		return nil, err
	}
	return bytes.Replace(text, []byte("\t"+std+"\n"), []byte("\t"+kageImport+"\n"), 1), nil
}

// shaderTemplate finds the template text in shader.go: the argument of its one Parse.
func shaderTemplate(text []byte) (string, error) {
	f, err := parser.ParseFile(token.NewFileSet(), shader, text, 0)
	if err != nil {
		return "", err
	}
	var lits []string
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			return true
		}
		if sel, ok := call.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "Parse" {
			if lit, ok := call.Args[0].(*ast.BasicLit); ok && lit.Kind == token.STRING {
				if s, err := strconv.Unquote(lit.Value); err == nil {
					lits = append(lits, s)
				}
			}
		}
		return true
	})
	if len(lits) != 1 {
		return "", fmt.Errorf("%d templates parsed from a string, want 1", len(lits))
	}
	return lits[0], nil
}

// shaderData is what ebiten's ShaderSource gives its template.
type shaderData struct {
	Filter, FilterNearest, FilterLinear                       int
	Address, AddressUnsafe, AddressClampToZero, AddressRepeat int
	UseColorM                                                 bool
}

// sameShaders runs tmpl through text/template and kagetemplate for every filter
// (nearest, linear), address (unsafe, clamp to zero, repeat) and colour matrix (without,
// with), and one filter and address past ebiten's, and says where they differ.
func sameShaders(tmpl string) error {
	std, err := template.New("tmpl").Parse(tmpl)
	if err != nil {
		return err
	}
	kage, err := kagetemplate.New("tmpl").Parse(tmpl)
	if err != nil {
		return fmt.Errorf("kagetemplate cannot run ebiten's shader template: %w", err)
	}
	for filter := range 3 {
		for address := range 4 {
			for _, colorM := range []bool{false, true} {
				d := shaderData{filter, 0, 1, address, 0, 1, 2, colorM}
				var want, got bytes.Buffer
				if err := std.Execute(&want, d); err != nil {
					return fmt.Errorf("ebiten's shader template: %w", err)
				}
				if err := kage.Execute(&got, d); err != nil {
					return err
				}
				if !bytes.Equal(got.Bytes(), want.Bytes()) {
					return fmt.Errorf("kagetemplate writes another shader than text/template "+
						"for %+v:\n%s\ntext/template:\n%s", d, got.Bytes(), want.Bytes())
				}
			}
		}
	}
	return nil
}

// moduleDir downloads module path at the version go.mod requires and returns its folder.
func moduleDir(goCmd, path string) (string, error) {
	cmd := exec.Command(goCmd, "mod", "download", "-json", path)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	b, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("go mod download %s: %w\n%s", path, err, stderr.Bytes())
	}
	var m struct{ Dir, Error string }
	if err := json.Unmarshal(b, &m); err != nil {
		return "", fmt.Errorf("go mod download %s: %w", path, err)
	}
	if m.Error != "" || m.Dir == "" {
		return "", fmt.Errorf("go mod download %s: no folder: %s", path, m.Error)
	}
	return m.Dir, nil
}

// copyTree copies the files of src into dst, writable, less src's examples.
func copyTree(dst, src string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		to := filepath.Join(dst, rel)
		switch {
		case d.IsDir() && (rel == "examples" || strings.HasPrefix(d.Name(), ".")):
			return filepath.SkipDir
		case d.IsDir():
			return os.MkdirAll(to, 0o755)
		case !d.Type().IsRegular():
			return nil
		}
		in, err := os.Open(p)
		if err != nil {
			return err
		}
		defer in.Close()
		out, err := os.OpenFile(to, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644)
		if err != nil {
			return err
		}
		if _, err := io.Copy(out, in); err != nil {
			out.Close()
			return err
		}
		return out.Close()
	})
}
