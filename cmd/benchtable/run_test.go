package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestTable(t *testing.T) {
	dir := t.TempDir()
	native := filepath.Join(dir, "n.txt")
	wasm := filepath.Join(dir, "w.txt")
	os.WriteFile(native, []byte("goos: linux\n"+
		"BenchmarkEpochNetA-2  19047  62217 ns/op  0 B/op  0 allocs/op\n"+
		"BenchmarkEpochNetA-2  19047  60000 ns/op  0 B/op  0 allocs/op\n"+
		"BenchmarkEpochNetA-2  19047  70000 ns/op  0 B/op  0 allocs/op\n"+
		"BenchmarkOther-2 10 1000 ns/op\n"), 0o644)
	os.WriteFile(wasm, []byte("BenchmarkEpochNetA  4000  185000 ns/op  0 B/op  0 allocs/op\n"), 0o644)
	var out strings.Builder
	if err := run([]string{native, wasm}, &out); err != nil {
		t.Fatal(err)
	}
	s := out.String()
	for _, want := range []string{"EpochNetA", "0.0622", "0.1850", "Other",
		"native 1.22x the bound (want <= 2: met)",
		"wasm 1.19x faster than TF Playground (want >= 2: NOT met)"} {
		if !strings.Contains(s, want) {
			t.Errorf("table lacks %q:\n%s", want, s)
		}
	}
	if err := run([]string{native}, &out); err == nil {
		t.Error("one file accepted")
	}
	os.WriteFile(wasm, []byte("nothing"), 0o644)
	if err := run([]string{native, wasm}, &out); err == nil {
		t.Error("a file without results accepted")
	}
}
