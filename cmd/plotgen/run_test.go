package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"nnplay/plots"
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
	want := []string{"activation-identity", "activation-sigmoid", "activation-tanh",
		"activation-relu", "activation-leaky_relu", "activation-relu6", "activation-elu",
		"activation-gelu", "activation-silu", "activation-softplus", "activation-race", "dead-relu",
		"gallery", "vanishing-gradient"}
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
		t.Errorf("the folder holds %d entries, want %d (no temporary files left)",
			len(entries), len(want))
	}
}

func TestFlags(t *testing.T) {
	dir := t.TempDir()
	var stdout bytes.Buffer
	args := []string{"-out", dir, "-figure", "activation", "-act", "relu, tanh", "-range", "-3,3",
		"-mark", "-1,0.5", "-width", "300", "-height", "200", "-format", "svg"}
	err := run(args, &stdout, &bytes.Buffer{})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Fields(stdout.String()); len(got) != 2 ||
		!strings.HasSuffix(got[0], "activation-relu.svg") {
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
		{[]string{"-mark", "0x1p2"}, `"0x1p2" is not a number`},
		{[]string{"-range", "-1_0,1"}, `"-1_0" is not a number`},
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
	err := run(
		[]string{"-out", filepath.Join(blocker, "sub"), "-figure", "gallery"},
		&bytes.Buffer{},
		&bytes.Buffer{},
	)
	if err == nil || !strings.Contains(err.Error(), "cannot create") {
		t.Errorf("unwritable folder: %v", err)
	}
}

// The help lists every kind of figure plots registers, with its default size, and the
// activation flags name the kinds that read them: all from plots.Kinds, none written
// here.
func TestHelp(t *testing.T) {
	var stdout bytes.Buffer
	if err := run([]string{"-h"}, &stdout, &bytes.Buffer{}); err != nil ||
		!strings.Contains(stdout.String(), "-figure") {
		t.Fatalf("help: %v\n%s", err, stdout.String())
	}
	help := stdout.String()
	for _, k := range plots.Kinds() {
		if !strings.Contains(help, k.Name) || !strings.Contains(help, k.About) ||
			!strings.Contains(help, fmt.Sprintf("%s %dx%d", k.Name, k.Width, k.Height)) {
			t.Errorf("help lacks %s, what it shows or its size:\n%s", k.Name, help)
		}
	}
	if !strings.Contains(help, "relu6 -6,9") || !strings.Contains(help, "for -figure activation") {
		t.Errorf("help does not say which figures the activation flags apply to, or ReLU6's range:\n%s",
			help)
	}
}

// Figures are files like any other: readable by everyone, writable by their owner.
func TestFilesAre0644(t *testing.T) {
	dir := t.TempDir()
	var stdout bytes.Buffer
	args := []string{"-out", dir, "-figure", "activation", "-act", "tanh", "-width", "200",
		"-height", "150"}
	if err := run(args, &stdout, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(filepath.Join(dir, "activation-tanh.png"))
	if err != nil {
		t.Fatal(err)
	}
	if perm := fi.Mode().Perm(); perm != 0o644 {
		t.Errorf("activation-tanh.png has mode %v, want -rw-r--r--", perm)
	}
}

// TestBinaryEndsOnNarrowRange builds plotgen and runs it as a user would, on a range
// narrower than the float spacing a fixed bisection tolerance assumes. A hang fails the
// test at its deadline instead of hanging the suite; the exit status is the binary's own
// (go run would turn every failure into 1).
func TestBinaryEndsOnNarrowRange(t *testing.T) {
	bin := filepath.Join(t.TempDir(), "plotgen")
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	out := filepath.Join(t.TempDir(), "X")
	// A guard against the hang it had, not a measure of speed: make test runs it beside
	// the browser tests on two cores, where a second's work can take many.
	const hang = 3 * time.Minute
	ctx, cancel := context.WithTimeout(context.Background(), hang)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "-figure", "activation", "-act", "relu6",
		"-range", "5.99999999,6.00000001", "-out", out)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("plotgen did not end within %v on -range 5.99999999,6.00000001", hang)
	}
	if err != nil {
		t.Fatalf("plotgen: %v\n%s", err, stderr.String())
	}
	want := filepath.Join(out, "activation-relu6.png")
	if strings.TrimSpace(stdout.String()) != want {
		t.Errorf("plotgen printed %q, want %q", stdout.String(), want)
	}
	f, err := os.Open(want)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := png.Decode(f); err != nil {
		t.Errorf("%s: %v", want, err)
	}
	// A bad flag exits with status 2 and one line on stderr.
	cmd = exec.Command(bin, "-figure", "pie", "-out", out)
	stderr.Reset()
	cmd.Stderr = &stderr
	var ee *exec.ExitError
	if err := cmd.Run(); !errors.As(err, &ee) || ee.ExitCode() != 2 ||
		strings.Count(stderr.String(), "\n") != 1 {
		t.Errorf("bad flag: %v, stderr %q; want exit status 2 and one line", err, stderr.String())
	}
}
