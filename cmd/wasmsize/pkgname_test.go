package main

import (
	"strings"
	"testing"
)

func TestPackageOf(t *testing.T) {
	pkgs, err := ReadPackages(strings.NewReader(`
runtime runtime std
sync/atomic atomic std
nnplay/wasm main nnplay
nnplay/wasm/play play nnplay
github.com/hajimehoshi/ebiten/v2 ebiten github.com/hajimehoshi/ebiten/v2
github.com/hajimehoshi/ebiten/v2/internal/ui ui github.com/hajimehoshi/ebiten/v2
gopkg.in/yaml.v3 yaml gopkg.in/yaml.v3
gopkg.in/yaml yaml gopkg.in/yaml
example.com/a/b_c x example.com/a
example.com/a/b/c x example.com/a
justapath
`))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ name, pkg, module string }{
		{"runtime.mallocgc", "runtime", "std"},
		{"runtime.__wbBuf_.reset", "runtime", "std"},
		{"main.main", "nnplay/wasm", "nnplay"},
		{"main.__Game_.Update", "nnplay/wasm", "nnplay"},
		{"nnplay_wasm_play.__Scene_.Build", "nnplay/wasm/play", "nnplay"},
		{"github.com_hajimehoshi_ebiten_v2.__Image_.DrawImage",
			"github.com/hajimehoshi/ebiten/v2", "github.com/hajimehoshi/ebiten/v2"},
		{"github.com_hajimehoshi_ebiten_v2_internal_ui.__UserInterface_.Run",
			"github.com/hajimehoshi/ebiten/v2/internal/ui", "github.com/hajimehoshi/ebiten/v2"},
		// The longest listed prefix wins.
		{"gopkg.in_yaml.v3.Marshal", "gopkg.in/yaml.v3", "gopkg.in/yaml.v3"},
		{"gopkg.in_yaml.Marshal", "gopkg.in/yaml", "gopkg.in/yaml"},
		// A generic instantiation: its type arguments name other packages.
		{"sync_atomic.__Pointer_nnplay_wasm_play.Scene_.Load", "sync/atomic", "std"},
		// The compiler's functions for a named type go to its package.
		{"type_.eq.nnplay_wasm_play.Option", "nnplay/wasm/play", "nnplay"},
		{"type_.hash.runtime.Frame", "runtime", "std"},
		{"type_.eq._2_float64", groupType, ""},
		{"memcmp", groupAsm, ""},
		{"go_buildid", groupAsm, ""},
		{"unknown_pkg.F", groupOther, ""},
		// Two paths, one mangled name: both are named.
		{"example.com_a_b_c.F", "example.com/a/b_c or example.com/a/b/c", "example.com/a"},
		{"justapath.F", "justapath", ""},
	} {
		pkg, ok := pkgs.Of(c.name)
		group := strings.HasPrefix(c.pkg, "(")
		if pkg.Path != c.pkg || pkg.Module != c.module || ok == group {
			t.Errorf("Of(%q) = %+v %v, want %s in %q", c.name, pkg, ok, c.pkg, c.module)
		}
	}
}

func TestReadPackagesRefuses(t *testing.T) {
	for _, in := range []string{"", "\n\n", "a b c d\n"} {
		if _, err := ReadPackages(strings.NewReader(in)); err == nil {
			t.Errorf("%q accepted", in)
		}
	}
}
