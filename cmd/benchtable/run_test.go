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
		"BenchmarkEpochNetA-2  19047  70000 ns/op  0 B/op  2 allocs/op\n"+
		"BenchmarkOther-2 10 1000 ns/op\n"), 0o644)
	os.WriteFile(wasm, []byte("BenchmarkEpochNetA  4000  185000 ns/op  0 B/op  0 allocs/op\n"+
		"BenchmarkWasmOnly  4000  1000 ns/op  0 B/op  0 allocs/op\n"), 0o644)
	var out strings.Builder
	if err := run([]string{native, wasm}, &out); err != nil {
		t.Fatal(err)
	}
	s := out.String()
	row := func(name string) []string {
		for _, l := range strings.Split(s, "\n") {
			if f := strings.Fields(l); len(f) > 0 && f[0] == name {
				return strings.Fields(strings.ReplaceAll(l, "|", " "))
			}
		}
		t.Fatalf("no row %s in:\n%s", name, s)
		return nil
	}
	// Median 0.0622 ms, runs 0.060 to 0.070: spread 16%; 0.0622 / 0.051 = 1.22 x the
	// bound; the most allocations of any run, 2; wasm 0.185 / 0.0622 = 2.97.
	want := []string{"EpochNetA", "0.0622", "16%", "1.22", "2",
		"0.1850", "0%", "3.63", "0", "2.97", "0.051"}
	if got := row("EpochNetA"); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("EpochNetA row %v, want %v", got, want)
	}
	if got := row("Other"); strings.Join(got, " ") != "Other 0.0010 0% - - - - -" {
		t.Errorf("a benchmark without a bound, -benchmem or wasm run: %v", got)
	}
	if got := row("WasmOnly"); got[1] != "-" || got[2] != "0.0010" {
		t.Errorf("a benchmark run only in wasm: %v", got)
	}
	// Figures measured elsewhere are no yardstick: no verdicts, no peer figures.
	for _, banned := range []string{"NOT met", "met)", "Playground", "target"} {
		if strings.Contains(s, banned) {
			t.Errorf("the table says %q:\n%s", banned, s)
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
