package main

import (
	"bytes"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWritesTheWholeSet runs plotgen as make plots does, into a temporary folder, and
// decodes every file it names.
func TestWritesTheWholeSet(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "figures")
	var stdout, stderr bytes.Buffer
	if err := run([]string{"-out", dir}, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	paths := strings.Fields(stdout.String())
	want := []string{"activation-identity", "activation-sigmoid", "activation-tanh", "activation-relu",
		"activation-leaky_relu", "activation-relu6", "activation-elu", "activation-gelu", "activation-silu",
		"activation-softplus", "gallery", "vanishing-gradient", "dead-relu", "activation-race"}
	if len(paths) != len(want) {
		t.Fatalf("wrote %d files, want %d:\n%s", len(paths), len(want), stdout.String())
	}
	for i, p := range paths {
		if p != filepath.Join(dir, want[i]+".png") {
			t.Errorf("path %d = %s, want %s.png", i, p, want[i])
		}
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if b := img.Bounds(); b.Dx() < 800 || b.Dy() < 500 {
			t.Errorf("%s is %v", p, b)
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != len(want) {
		t.Errorf("the folder holds %d entries, want %d (no temporary files left)", len(entries), len(want))
	}
}

func TestFlags(t *testing.T) {
	dir := t.TempDir()
	var stdout bytes.Buffer
	err := run([]string{"-out", dir, "-figure", "activation", "-act", "relu, tanh", "-range", "-3,3", "-mark", "-1,0.5",
		"-width", "300", "-height", "200", "-format", "svg"}, &stdout, &bytes.Buffer{})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Fields(stdout.String()); len(got) != 2 || !strings.HasSuffix(got[0], "activation-relu.svg") {
		t.Fatalf("wrote %v", got)
	}
	svg, _ := os.ReadFile(filepath.Join(dir, "activation-tanh.svg"))
	if !bytes.Contains(svg, []byte("<svg")) || !bytes.Contains(svg, []byte(`width="300`)) {
		t.Errorf("not a 300-pixel-wide SVG: %.120s", svg)
	}
}

func TestErrorsWriteNothing(t *testing.T) {
	blocker := filepath.Join(t.TempDir(), "a-file")
	os.WriteFile(blocker, []byte("x"), 0o644)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"-act", "swish"}, `unknown activation "swish"`},
		{[]string{"-range", "3,1"}, "min below max"},
		{[]string{"-range", "a,b"}, "is not a number"},
		{[]string{"-mark", "1,NaN"}, `"NaN" is not a number`},
		{[]string{"-figure", "pie"}, `unknown figure "pie"`},
		{[]string{"-format", "gif"}, "want png or svg"},
		{[]string{"-width", "10"}, "64 to 8192"},
		{[]string{"-nope"}, "flag provided but not defined"},
		{[]string{"extra"}, "unexpected argument"},
	} {
		dir := filepath.Join(t.TempDir(), "out")
		err := run(append([]string{"-out", dir}, c.args...), &bytes.Buffer{}, &bytes.Buffer{})
		if err == nil || !strings.Contains(err.Error(), c.want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%v: %v, want one line with %q", c.args, err, c.want)
		}
		if _, statErr := os.Stat(dir); statErr == nil {
			t.Errorf("%v: created %s despite the error", c.args, dir)
		}
	}
	err := run([]string{"-out", filepath.Join(blocker, "sub"), "-figure", "gallery"}, &bytes.Buffer{}, &bytes.Buffer{})
	if err == nil || !strings.Contains(err.Error(), "cannot create") {
		t.Errorf("unwritable folder: %v", err)
	}
}

func TestHelp(t *testing.T) {
	var stdout bytes.Buffer
	if err := run([]string{"-h"}, &stdout, &bytes.Buffer{}); err != nil || !strings.Contains(stdout.String(), "-figure") {
		t.Errorf("help: %v\n%s", err, stdout.String())
	}
}
