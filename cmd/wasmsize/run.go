package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

const usage = "usage: wasmsize -pkgs PACKAGES.txt [-top N] [-title NAME] MODULE.wasm"

func run(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("wasmsize", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	pkgsFile := fs.String("pkgs", "", "the build's packages, as go list -deps prints them "+
		"(see the package doc)")
	top := fs.Int("top", 30, "packages and modules to show; the rest make one row")
	title := fs.String("title", "", "the module's name in the table (default: the file name)")
	if err := fs.Parse(args); errors.Is(err, flag.ErrHelp) {
		fs.SetOutput(stdout)
		fmt.Fprintln(stdout, usage)
		fs.PrintDefaults()
		return nil
	} else if err != nil {
		return fmt.Errorf("%w\n%s", err, usage)
	}
	if fs.NArg() != 1 || *pkgsFile == "" || *top < 1 {
		return errors.New(usage)
	}
	bin, err := os.ReadFile(fs.Arg(0))
	if err != nil {
		return err
	}
	m, err := Parse(bin)
	if err != nil {
		return fmt.Errorf("%s: %w", fs.Arg(0), err)
	}
	f, err := os.Open(*pkgsFile)
	if err != nil {
		return err
	}
	defer f.Close()
	pkgs, err := ReadPackages(f)
	if err != nil {
		return fmt.Errorf("%s: %w", *pkgsFile, err)
	}
	r, err := Analyse(m, pkgs)
	if err != nil {
		return fmt.Errorf("%s: %w", fs.Arg(0), err)
	}
	if *title == "" {
		*title = filepath.Base(fs.Arg(0))
	}
	r.Print(stdout, *title, *top)
	return nil
}
