package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"

	"nnplay/core"
	"nnplay/plots"
)

// figureKinds are the -figure values, in the order plotgen writes them.
var figureKinds = []string{"activation", "gallery", "vanishing-gradient", "dead-relu", "activation-race"}

// job is one file to write: its name and how to build its figure.
type job struct {
	name          string
	width, height int
	build         func() (plots.Figure, error)
}

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("plotgen", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	out := fs.String("out", "plots-out", "folder to write into (created if missing)")
	figure := fs.String("figure", "all", "figure to write: all or one of "+strings.Join(figureKinds, ", "))
	acts := fs.String("act", "all", "activations for -figure activation: all or a comma list of "+activationNames())
	rng := fs.String("range", "", "z range of activation figures as min,max (default -6,6; ReLU6 -6,9)")
	width := fs.Int("width", 0, "width in pixels (default per figure: 800, the gallery 1400, dead-relu 1200)")
	height := fs.Int("height", 0, "height in pixels (default per figure: 600, the gallery 700, dead-relu 560)")
	marks := fs.String("mark", "", "z values to mark on activation figures, comma separated")
	format := fs.String("format", "png", "file format: png or svg")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(stdout)
			fmt.Fprintln(stdout, "usage: plotgen -out DIR [flags]")
			fs.PrintDefaults()
			return nil
		}
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q (flags only; see -h)", fs.Arg(0))
	}
	if *format != "png" && *format != "svg" {
		return fmt.Errorf("-format %q: want png or svg", *format)
	}
	if *width < 0 || *height < 0 || (*width > 0 && (*width < 64 || *width > 8192)) || (*height > 0 && (*height < 64 || *height > 8192)) {
		return fmt.Errorf("-width %d -height %d: want 64 to 8192 pixels", *width, *height)
	}
	kinds, err := pick(*figure, figureKinds, "figure")
	if err != nil {
		return err
	}
	activations, err := parseActivations(*acts)
	if err != nil {
		return err
	}
	opt := plots.ActivationOptions{}
	if *rng != "" {
		v, err := parseFloats(*rng, "-range")
		if err != nil {
			return err
		}
		if len(v) != 2 || !(v[0] < v[1]) {
			return fmt.Errorf("-range %q: want min,max with min below max", *rng)
		}
		opt.Min, opt.Max = v[0], v[1]
	}
	if *marks != "" {
		if opt.Marks, err = parseFloats(*marks, "-mark"); err != nil {
			return err
		}
	}

	var jobs []job
	size := func(w, h int) (int, int) {
		if *width > 0 {
			w = *width
		}
		if *height > 0 {
			h = *height
		}
		return w, h
	}
	for _, kind := range kinds {
		switch kind {
		case "activation":
			for _, a := range activations {
				w, h := size(800, 600)
				jobs = append(jobs, job{"activation-" + a.Name(), w, h, func() (plots.Figure, error) { return plots.Activation(a, opt) }})
			}
		case "gallery":
			w, h := size(1400, 700)
			jobs = append(jobs, job{"gallery", w, h, func() (plots.Figure, error) { return plots.Gallery(core.Activations()) }})
		case "vanishing-gradient":
			w, h := size(800, 600)
			jobs = append(jobs, job{kind, w, h, func() (plots.Figure, error) { return plots.VanishingGradient(plots.VanishingOptions{}) }})
		case "dead-relu":
			w, h := size(1200, 560)
			jobs = append(jobs, job{kind, w, h, func() (plots.Figure, error) { return plots.DeadReLU(plots.DeadReLUOptions{}) }})
		case "activation-race":
			w, h := size(800, 600)
			jobs = append(jobs, job{kind, w, h, func() (plots.Figure, error) { return plots.ActivationRace(plots.RaceOptions{}) }})
		}
	}

	if err := os.MkdirAll(*out, 0o755); err != nil {
		return fmt.Errorf("cannot create %s: %v", *out, unwrapPath(err))
	}
	for _, j := range jobs {
		fig, err := j.build()
		if err != nil {
			return err
		}
		path := filepath.Join(*out, j.name+"."+*format)
		if err := writeFile(path, fig, j.width, j.height, *format); err != nil {
			return err
		}
		fmt.Fprintln(stdout, path)
	}
	return nil
}

// writeFile renders into a temporary file beside path and renames it into place, so a
// failure never leaves a half-written figure.
func writeFile(path string, fig plots.Figure, w, h int, format string) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".plotgen-*")
	if err != nil {
		return fmt.Errorf("cannot write in %s: %v", filepath.Dir(path), unwrapPath(err))
	}
	defer os.Remove(tmp.Name()) // no-op after the rename
	// CreateTemp makes the file private (0600); a figure is for everyone to read.
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return fmt.Errorf("%s: %v", path, unwrapPath(err))
	}
	if err := plots.Write(tmp, fig, w, h, format); err != nil {
		tmp.Close()
		return fmt.Errorf("%s: %v", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("%s: %v", path, unwrapPath(err))
	}
	return nil
}

// unwrapPath drops the operation and path that os errors repeat.
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}

func pick(value string, all []string, what string) ([]string, error) {
	if value == "all" {
		return all, nil
	}
	for _, k := range all {
		if k == value {
			return []string{k}, nil
		}
	}
	return nil, fmt.Errorf("unknown %s %q (want all or one of %s)", what, value, strings.Join(all, ", "))
}

func activationNames() string {
	var names []string
	for _, a := range core.Activations() {
		names = append(names, a.Name())
	}
	return strings.Join(names, ", ")
}

func parseActivations(s string) ([]core.Activation, error) {
	if s == "all" {
		return core.Activations(), nil
	}
	var acts []core.Activation
	for _, name := range strings.Split(s, ",") {
		a, err := core.ActivationByName(strings.TrimSpace(name))
		if err != nil {
			return nil, fmt.Errorf("-act: unknown activation %q (want all or a comma list of %s)", strings.TrimSpace(name), activationNames())
		}
		acts = append(acts, a)
	}
	return acts, nil
}

func parseFloats(s, flagName string) ([]float64, error) {
	var vs []float64
	for _, f := range strings.Split(s, ",") {
		v, err := core.ParseDecimal(f)
		if err != nil || math.Abs(v) > 1e6 {
			return nil, fmt.Errorf("%s %q: %q is not a number between -1e6 and 1e6", flagName, s, strings.TrimSpace(f))
		}
		vs = append(vs, v)
	}
	return vs, nil
}
