package main

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"fmt"
	"io"
	"runtime"
	"sort"
	"strings"
	"sync"

	"nnplay/cmd/internal/digits"
)

// Part is a named piece of the module and the bytes it takes in the file.
type Part struct {
	Name  string
	Count int // functions, in the tables of code
	Raw   int
	// Gzip is the part's estimated share of the module's gzip size, in bytes.
	Gzip float64

	chunks [][]byte
	alone  int // the chunks compressed alone with deflate -9
}

// Report is a module's size table.
type Report struct {
	Built, Shipped int // bytes as built, and without the name section
	GzipShipped    int // the shipped module through gzip -9
	NameSection    int // 0 when the module has none
	Sections       []Part
	Packages       []Part // code by package, largest first
	Modules        []Part // code by module, largest first
	Data           []Part // the data section by region of Go's memory image
	DataNote       string // why the data is not split, when it is not
}

// Analyse sizes a module whose functions pkgs attributes to packages.
func Analyse(m *Module, pkgs *Packages) (*Report, error) {
	name, hasName := m.Section(secCustom, "name")
	if !hasName {
		return nil, fmt.Errorf("the module has no name section: build it without -ldflags=-s")
	}
	r := &Report{Built: len(m.Bin), NameSection: name.Size()}
	shipped := append(bytes.Clone(m.Bin[:name.Start]), m.Bin[name.End:]...)
	r.Shipped = len(shipped)

	r.Sections = []Part{{Name: "header (magic number, version)", Raw: 8,
		chunks: [][]byte{m.Bin[:8]}}}
	code, data := -1, -1
	for _, s := range m.Sections {
		if s.Start == name.Start {
			continue
		}
		p := Part{Name: s.Label(), Raw: s.Size(), chunks: [][]byte{m.Bin[s.Start:s.End]}}
		switch s.ID {
		case secCode:
			p.Name = fmt.Sprintf("code (%s functions)", digits.Grouped(len(m.Funcs)))
			code = len(r.Sections)
		case secData:
			p.Name = fmt.Sprintf("data (%s segments)", digits.Grouped(len(m.Segments)))
			data = len(r.Sections)
		}
		r.Sections = append(r.Sections, p)
	}
	r.Packages, r.Modules = codeParts(m, pkgs)
	r.Data, r.DataNote = dataParts(m)

	var all []*Part
	for _, ps := range [][]Part{r.Sections, r.Packages, r.Modules, r.Data} {
		for i := range ps {
			all = append(all, &ps[i])
		}
	}
	compressAlone(all)
	r.GzipShipped = gzipSize(shipped)
	scale(r.Sections, float64(r.GzipShipped))
	if code >= 0 {
		scale(r.Packages, r.Sections[code].Gzip)
		scale(r.Modules, r.Sections[code].Gzip)
	}
	if data >= 0 {
		scale(r.Data, r.Sections[data].Gzip)
	}
	return r, nil
}

// codeParts adds up the function bodies by package and by module. A body's bytes
// include its size prefix, so the parts and the code section's own few header bytes
// make the section.
func codeParts(m *Module, pkgs *Packages) (byPkg, byMod []Part) {
	pkgIndex, modIndex := map[string]int{}, map[string]int{}
	add := func(parts []Part, index map[string]int, key string, body []byte) []Part {
		i, ok := index[key]
		if !ok {
			i = len(parts)
			index[key] = i
			parts = append(parts, Part{Name: key})
		}
		p := &parts[i]
		p.Count++
		p.Raw += len(body)
		p.chunks = append(p.chunks, body)
		return parts
	}
	for _, f := range m.Funcs {
		body := m.Bin[f.Start:f.End]
		pkg, ok := pkgs.Of(f.Name)
		mod := pkg.Module
		if !ok {
			mod = pkg.Path // a group: its own row
		} else if mod == "" {
			mod = "(module not listed)"
		} else if mod == "std" {
			mod = "standard library"
		}
		byPkg = add(byPkg, pkgIndex, pkg.Path, body)
		byMod = add(byMod, modIndex, mod, body)
	}
	if code, ok := m.Section(secCode, ""); ok && len(m.Funcs) > 0 {
		head := m.Bin[code.Start:m.Funcs[0].Start]
		byPkg = append(byPkg, Part{Name: "(section header)", Raw: len(head),
			chunks: [][]byte{head}})
		byMod = append(byMod, byPkg[len(byPkg)-1])
	}
	largestFirst(byPkg)
	largestFirst(byMod)
	return byPkg, byMod
}

// dataParts splits the data section by region of Go's memory image, with the
// segments' own headers as one more part.
func dataParts(m *Module) ([]Part, string) {
	sec, ok := m.Section(secData, "")
	if !ok {
		return nil, ""
	}
	var heads [][]byte
	headBytes := sec.Size()
	at := sec.Start
	for _, s := range m.Segments {
		heads = append(heads, m.Bin[at:s.End-len(s.Data)])
		at = s.End
		headBytes -= len(s.Data)
	}
	heads = append(heads, m.Bin[at:sec.End]) // passive segments, if any
	headers := Part{Name: fmt.Sprintf("section and segment headers (%s segments)",
		digits.Grouped(len(m.Segments))), Raw: headBytes, chunks: heads}
	layout, err := ReadGoLayout(m.Segments)
	if err != nil {
		var all [][]byte
		n := 0
		for _, s := range m.Segments {
			all = append(all, s.Data)
			n += len(s.Data)
		}
		return []Part{{Name: "segment contents", Raw: n, chunks: all}, headers},
			"not split by region: " + err.Error()
	}
	in, outside := layout.Split(m.Segments)
	var parts []Part
	for i, reg := range layout.Regions {
		if len(in[i]) > 0 {
			parts = append(parts, Part{Name: reg.Name, Raw: len(in[i]), chunks: [][]byte{in[i]}})
		}
	}
	if len(outside) > 0 {
		parts = append(parts, Part{Name: "outside Go's sections", Raw: len(outside),
			chunks: [][]byte{outside}})
	}
	largestFirst(parts)
	return append(parts, headers), ""
}

func largestFirst(ps []Part) {
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].Raw > ps[j].Raw })
}

// compressAlone measures each part's chunks through deflate -9, two parts at a time
// per processor.
func compressAlone(ps []*Part) {
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for _, p := range ps {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			p.alone = deflateSize(p.chunks...)
			<-sem
		}()
	}
	wg.Wait()
}

// scale shares out whole, a gzip size measured or estimated for the parts together,
// in proportion to the parts' sizes compressed alone. Compressed alone a part loses
// the matches it would find in the others, so the sizes alone add up to more than
// the whole; the proportion is the estimate.
func scale(ps []Part, whole float64) {
	sum := 0
	for _, p := range ps {
		sum += p.alone
	}
	for i := range ps {
		if sum > 0 {
			ps[i].Gzip = whole * float64(ps[i].alone) / float64(sum)
		}
	}
}

type counter int

func (c *counter) Write(p []byte) (int, error) { *c += counter(len(p)); return len(p), nil }

func deflateSize(chunks ...[]byte) int {
	var n counter
	w, _ := flate.NewWriter(&n, flate.BestCompression)
	for _, c := range chunks {
		w.Write(c)
	}
	w.Close()
	return int(n)
}

func gzipSize(b []byte) int {
	var n counter
	w, _ := gzip.NewWriterLevel(&n, gzip.BestCompression)
	w.Write(b)
	w.Close()
	return int(n)
}

// Print writes the tables, each package table cut to its top rows.
func (r *Report) Print(w io.Writer, title string, top int) {
	fmt.Fprintf(w, "%s\n  %12s bytes as built, with function names\n"+
		"  %12s bytes shipped: the -s -w build leaves out the %s-byte name section\n"+
		"  %12s bytes through gzip -9 (Go's compress/gzip)\n",
		title, digits.Grouped(r.Built), digits.Grouped(r.Shipped), digits.Grouped(r.NameSection),
		digits.Grouped(r.GzipShipped))
	fmt.Fprintln(w, "share: of the shipped module, raw and gzipped. gzip: each part "+
		"compressed alone (deflate -9),\nscaled so that the parts add up to the "+
		"whole's gzip -9 size: an estimate of its share.")
	r.table(w, "Sections", "", r.Sections, 0)
	r.table(w, "Code by package", "functions", r.Packages, top)
	r.table(w, "Code by module", "functions", r.Modules, top)
	title = "Data by region of Go's memory image (the linker leaves out runs of zeros)"
	if r.DataNote != "" {
		title = "Data (" + r.DataNote + ")"
	}
	r.table(w, title, "", r.Data, 0)
}

func (r *Report) table(w io.Writer, title, count string, ps []Part, top int) {
	shown := ps
	if top > 0 && len(ps) > top+1 {
		shown = append(ps[:top:top], Part{Name: fmt.Sprintf("%d more", len(ps)-top)})
		rest := &shown[top]
		for _, p := range ps[top:] {
			rest.Count += p.Count
			rest.Raw += p.Raw
			rest.Gzip += p.Gzip
		}
	}
	total := Part{Name: "total"}
	width := len(total.Name)
	for _, p := range shown {
		total.Count += p.Count
		total.Raw += p.Raw
		total.Gzip += p.Gzip
		width = max(width, len(p.Name))
	}
	fmt.Fprintf(w, "\n%s\n", title)
	countWidth := 0
	if count != "" {
		countWidth = 10
	}
	row := func(name, n, raw, rawPct, gz, gzPct string) {
		fmt.Fprintf(w, "  %-*s%*s %11s %6s %10s %6s\n",
			width, name, countWidth, n, raw, rawPct, gz, gzPct)
	}
	row("", count, "bytes", "share", "gzip", "share")
	rule := func() { fmt.Fprintf(w, "  %s\n", strings.Repeat("-", width+countWidth+38)) }
	rule()
	for _, p := range shown {
		line(row, p, count != "", r)
	}
	rule()
	line(row, total, count != "", r)
}

func line(row func(name, n, raw, rawPct, gz, gzPct string), p Part, counted bool, r *Report) {
	n := ""
	if counted && p.Count > 0 {
		n = digits.Grouped(p.Count)
	}
	row(p.Name, n, digits.Grouped(p.Raw), pct(float64(p.Raw), float64(r.Shipped)),
		digits.Grouped(int(p.Gzip+0.5)), pct(p.Gzip, float64(r.GzipShipped)))
}

func pct(part, whole float64) string {
	if whole == 0 {
		return ""
	}
	return fmt.Sprintf("%.1f%%", 100*part/whole)
}
