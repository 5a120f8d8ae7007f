package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"nnplay/core"
	"nnplay/plots"
	"nnplay/wasm/play/kofont"
)

// job is one file to write: its name and how to build its figure.
type job struct {
	name          string
	width, height int
	build         func() (plots.Figure, error)
}

// run parses the flags, which follow from plots.Kinds, and writes each figure asked
// for into the output folder, printing its path.
func run(args []string, stdout, stderr io.Writer) error {
	kinds := plots.Kinds()
	var names, sizes, perAct []string
	for _, k := range kinds {
		names = append(names, k.Name)
		sizes = append(sizes, fmt.Sprintf("%s %dx%d", k.Name, k.Width, k.Height))
		if k.PerActivation {
			perAct = append(perAct, k.Name)
		}
	}
	forAct := "for -figure " + strings.Join(perAct, ", ")
	fs := flag.NewFlagSet("plotgen", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	out := fs.String("out", "plots-out", "folder to write into (created if missing)")
	figure := fs.String("figure", "all", "figure to write: all or one of "+strings.Join(names, ", "))
	acts := fs.String("act", "all",
		"activations "+forAct+": all or a comma list of "+activationNames())
	rng := fs.String("range", "", "z range as min,max "+forAct+" (default: each activation's own, "+
		activationRanges()+")")
	width := fs.Int("width", 0, "width in pixels (default per figure: "+strings.Join(sizes, ", ")+")")
	height := fs.Int("height", 0, "height in pixels (default per figure, as for -width)")
	marks := fs.String("mark", "", "z values to mark "+forAct+", comma separated")
	format := fs.String("format", "png", "file format: "+strings.Join(plots.Formats, " or "))
	lang := fs.String("lang", "en",
		"language of the figures' words: "+strings.Join(plots.Langs, " or "))
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(stdout)
			fmt.Fprintln(stdout, "usage: plotgen -out DIR [flags]\n\nfigures:")
			for _, k := range kinds {
				fmt.Fprintf(stdout, "  %-20s %s\n", k.Name, k.About)
			}
			fmt.Fprintln(stdout, "\nflags:")
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
	if bad := func(v int) bool { return v != 0 && (v < 64 || v > 8192) }; bad(*width) || bad(*height) {
		return fmt.Errorf("-width %d -height %d: want 64 to 8192 pixels", *width, *height)
	}
	if !slices.Contains(plots.Langs, *lang) {
		return fmt.Errorf("-lang %q: want %s", *lang, strings.Join(plots.Langs, " or "))
	}
	if *lang == "ko" {
		if err := plots.UseKoreanFont(kofont.OTF); err != nil {
			return err
		}
	}
	chosen, err := pick(*figure, kinds)
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
	for _, k := range chosen {
		w, h := k.Width, k.Height
		if *width > 0 {
			w = *width
		}
		if *height > 0 {
			h = *height
		}
		if !k.PerActivation {
			build := func() (plots.Figure, error) { return k.Build(plots.Options{Lang: *lang}) }
			jobs = append(jobs, job{k.Name, w, h, build})
			continue
		}
		for _, a := range activations {
			o := plots.Options{Act: a, Activation: opt, Lang: *lang}
			build := func() (plots.Figure, error) { return k.Build(o) }
			jobs = append(jobs, job{k.Name + "-" + a.Name(), w, h, build})
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

// pick returns the kinds -figure names: all of them, or the one named.
func pick(value string, kinds []plots.Kind) ([]plots.Kind, error) {
	if value == "all" {
		return kinds, nil
	}
	var names []string
	for _, k := range kinds {
		if k.Name == value {
			return []plots.Kind{k}, nil
		}
		names = append(names, k.Name)
	}
	return nil, fmt.Errorf("unknown figure %q (want all or one of %s)",
		value, strings.Join(names, ", "))
}

// activationRanges says which z range each activation's figure takes by default:
// "-6,6; relu6 -6,9".
func activationRanges() string {
	var common string
	var others []string
	for _, a := range core.Activations() {
		lo, hi := a.Range()
		r := fmt.Sprintf("%g,%g", lo, hi)
		switch {
		case common == "":
			common = r
		case r != common:
			others = append(others, a.Name()+" "+r)
		}
	}
	return strings.Join(append([]string{common}, others...), "; ")
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
			return nil, fmt.Errorf("-act: unknown activation %q (want all or a comma list of %s)",
				strings.TrimSpace(name), activationNames())
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
			return nil, fmt.Errorf("%s %q: %q is not a number between -1e6 and 1e6",
				flagName, s, strings.TrimSpace(f))
		}
		vs = append(vs, v)
	}
	return vs, nil
}
