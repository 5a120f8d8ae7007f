package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// tinyProgram is a Go program with a string of its own (.rodata), a package of three
// functions that are never inlined, and a table of 512 words that no run of 8 zero
// bytes interrupts, so the linker keeps all of it in .noptrdata.
var tinyProgram = map[string]string{
	"go.mod": "module tiny\n\ngo 1.26\n",
	"main.go": "package main\n\nimport \"tiny/big\"\n\n" +
		"func main() { println(\"tiny's own words\", big.Fold(3)) }\n",
	"big/big.go": `package big

var Table = [512]uint64{` + tableValues(512) + `}

//go:noinline
func Sum(n int) (s uint64) {
	for i := range n {
		s += Table[i%len(Table)]
	}
	return s
}

//go:noinline
func Mul(n int) uint64 { return Sum(n) * Sum(n+1) }

//go:noinline
func Fold(n int) uint64 { return Mul(n) ^ Sum(2*n) }
`,
}

func tableValues(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "0x%x, ", uint64(0x8000000000000001)+uint64(i)*0x10101)
	}
	return b.String()
}

// goWasm runs the go command for js/wasm in dir.
func goWasm(t *testing.T, dir string, args ...string) []byte {
	t.Helper()
	gocmd, err := exec.LookPath("go")
	if err != nil {
		t.Fatal("the go command is not on PATH")
	}
	cmd := exec.Command(gocmd, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "GOWORK=off", "GOFLAGS=")
	out, err := cmd.Output()
	if err != nil {
		msg := ""
		if ee, ok := err.(*exec.ExitError); ok {
			msg = string(ee.Stderr)
		}
		t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, msg)
	}
	return out
}

// TestGoModule sizes a module the Go toolchain builds, unstripped and stripped, as
// make size does.
func TestGoModule(t *testing.T) {
	dir := t.TempDir()
	for name, src := range tinyProgram {
		os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	goWasm(t, dir, "build", "-trimpath", "-o", "full.wasm", ".")
	goWasm(t, dir, "build", "-trimpath", "-ldflags=-s -w", "-o", "stripped.wasm", ".")
	list := goWasm(t, dir, "list", "-deps",
		"-f", "{{.ImportPath}} {{.Name}} {{with .Module}}{{.Path}}{{else}}std{{end}}", ".")
	pkgsFile := filepath.Join(dir, "packages.txt")
	os.WriteFile(pkgsFile, list, 0o644)

	bin, _ := os.ReadFile(filepath.Join(dir, "full.wasm"))
	stripped, _ := os.ReadFile(filepath.Join(dir, "stripped.wasm"))
	m, err := Parse(bin)
	if err != nil {
		t.Fatal(err)
	}
	pkgs, err := ReadPackages(bytes.NewReader(list))
	if err != nil {
		t.Fatal(err)
	}
	r, err := Analyse(m, pkgs)
	if err != nil {
		t.Fatal(err)
	}
	if r.Shipped != len(stripped) {
		t.Errorf("shipped %d bytes, but the -s -w build is %d", r.Shipped, len(stripped))
	}
	byName := map[string]Part{}
	code := 0
	for _, p := range r.Packages {
		byName[p.Name] = p
		code += p.Raw
	}
	if p := byName["tiny/big"]; p.Count != 3 || p.Raw < 3*20 {
		t.Errorf("tiny/big: %d functions, %d bytes; want 3 functions", p.Count, p.Raw)
	}
	if p := byName["tiny"]; p.Count < 1 { // package main, as go list names it
		t.Errorf("package main has no functions: %+v", p)
	}
	if p := byName["runtime"]; p.Raw < code/5 {
		t.Errorf("runtime has %d of %d code bytes: too few for a Go program", p.Raw, code)
	}
	// The runtime implements a few functions of packages a program need not import
	// (time.now, sync.event) under their names; nothing else may stay unresolved.
	if p := byName[groupOther]; p.Raw > code/100 {
		t.Errorf("%d functions, %d bytes, resolve to no listed package", p.Count, p.Raw)
	}
	codeSec, _ := m.Section(secCode, "")
	if code != codeSec.Size() {
		t.Errorf("the packages add up to %d bytes, the code section has %d", code, codeSec.Size())
	}

	// The data: Go's layout is read, and each region holds what it should.
	if r.DataNote != "" {
		t.Fatalf("the data is not split: %s", r.DataNote)
	}
	data := 0
	for _, p := range r.Data {
		data += p.Raw
	}
	if dataSec, _ := m.Section(secData, ""); data != dataSec.Size() {
		t.Errorf("the data parts add up to %d bytes, the data section has %d", data, dataSec.Size())
	}
	layout, err := ReadGoLayout(m.Segments)
	if err != nil {
		t.Fatal(err)
	}
	in, _ := layout.Split(m.Segments)
	region := func(prefix string) []byte {
		for i, reg := range layout.Regions {
			if strings.HasPrefix(reg.Name, prefix) {
				return in[i]
			}
		}
		t.Fatalf("no region %q", prefix)
		return nil
	}
	names := region("pclntab: function names")
	if !bytes.Contains(names, []byte("tiny/big.Fold\x00")) {
		t.Errorf("funcnametab (%d bytes) lacks tiny/big.Fold", len(names))
	}
	if !bytes.Contains(region("pclntab: file names"), []byte("tiny/big/big.go")) {
		t.Error("filetab lacks tiny/big/big.go")
	}
	if !bytes.Contains(region(".rodata"), []byte("tiny's own words")) {
		t.Error(".rodata lacks the program's string")
	}
	first := []byte{1, 0, 0, 0, 0, 0, 0, 0x80} // Table[0], little-endian
	if !bytes.Contains(region(".noptrdata"), first) || len(region(".noptrdata")) < 512*8 {
		t.Errorf(".noptrdata (%d bytes) lacks Table", len(region(".noptrdata")))
	}
	if layout.NFunc != len(m.Funcs) {
		t.Errorf("the pclntab counts %d functions, the code section %d", layout.NFunc, len(m.Funcs))
	}

	// And the command prints it.
	var out bytes.Buffer
	if err := run([]string{"-pkgs", pkgsFile, "-top", "5", filepath.Join(dir, "full.wasm")},
		&out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"full.wasm\n", "Code by package", "runtime", "more",
		"standard library", "pclntab: function names", ".noptrdata"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the output lacks %q:\n%s", want, out.String())
		}
	}
	err = run([]string{"-pkgs", pkgsFile, filepath.Join(dir, "stripped.wasm")}, &out)
	if err == nil || !strings.Contains(err.Error(), "without -ldflags=-s") {
		t.Errorf("a stripped module: error %v, want one that says to build without -s", err)
	}
	if err := run([]string{filepath.Join(dir, "full.wasm")}, &out); err == nil {
		t.Error("no package list accepted")
	}
}
