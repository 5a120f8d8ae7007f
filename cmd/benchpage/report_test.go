package main

import (
	"strings"
	"testing"
	"time"
)

func TestFileName(t *testing.T) {
	for raw, want := range map[string]string{
		"http://127.0.0.1:41234/":                         "index.html",
		"http://127.0.0.1:41234/index.html":               "index.html",
		"http://127.0.0.1:41234/web/main.wasm":            "web/main.wasm",
		"file:///work/wt/bench/index.html":                "index.html",
		"file:///work/wt/bench/web/main.wasm.js":          "web/main.wasm.js",
		"http://127.0.0.1:41234/web/boot.js?v=3":          "web/boot.js",
		"data:image/png;base64,AAAA":                      "data:image/png;base64,AAAA",
		"http://127.0.0.1:41234/favicon.ico":              "favicon.ico",
		"file:///elsewhere/web-assets/web/style.css":      "web/style.css",
		"http://127.0.0.1:41234/wasm/e2e/testdata/x.html": "x.html",
	} {
		if got := fileName(raw); got != want {
			t.Errorf("fileName(%q) = %q, want %q", raw, got, want)
		}
	}
}

func TestMedian(t *testing.T) {
	for _, c := range []struct {
		in   []float64
		want float64
	}{{[]float64{3}, 3}, {[]float64{5, 1, 3}, 3}, {[]float64{4, 1, 3, 2}, 2.5}} {
		if got := median(c.in); got != c.want {
			t.Errorf("median(%v) = %v, want %v", c.in, got, c.want)
		}
	}
	in := []float64{3, 1, 2}
	median(in)
	if in[0] != 3 {
		t.Error("median sorted its input")
	}
}

// sample is a run's result with one of everything.
func sample() *Result {
	return &Result{
		When: time.Date(2026, 11, 30, 2, 0, 0, 0, time.UTC), Browser: "Chrome/156", Width: 1280,
		Height: 800, Cores: 2, LoadBefore: "1.00 2.00 3.00", LoadAfter: "4.00 5.00 6.00",
		Root: "/p", Build: []string{"web/main.wasm 12 bytes", "git abc1234"}, Loads: 2,
		Warm: time.Second, Window: 3 * time.Second,
		MaxWindow: 2 * time.Second,
		HTTPFiles: []transfer{
			{URL: "http://h/", Bytes: 5421, Done: true},
			{URL: "http://h/web/main.wasm", Bytes: 2884384, Encoding: "gzip", Done: true},
		},
		DiskFiles: []transfer{
			{URL: "file:///p/index.html", Bytes: 5135, Done: true},
			{URL: "file:///p/web/main.wasm.js", Bytes: 4050464, Done: true},
		},
		FirstHTTP: []float64{1300, 1100}, FirstDisk: []float64{1500, 1700},
		ShownHTTP: []float64{1650, 1400}, ShownDisk: []float64{1900, 2000},
		Play: []PlayRow{
			{Net: "Net A", Speed: "1 epoch per frame", FPS: 14.94, EPS: 14.94, WorkMS: 4.8,
				WorkMaxMS: 8.5, LongestFrameMS: 117, Busy: 0.18},
			{Net: "Net B", Speed: "1 epoch per frame", FPS: 10, EPS: 10, WorkMS: 9,
				WorkMaxMS: 12, LongestFrameMS: 150, Busy: 0.3},
			{Net: "Net B", Speed: "as fast as possible", Fastest: true, FPS: 8.7, EPS: 1055.4,
				WorkMS: 7.4, WorkMaxMS: 10.6, LongestFrameMS: 200, Busy: 0.81},
		},
		Steps: []StepRow{{Net: "Net A", Phase: "forward", MS: 1116, Frames: 16, WorkMS: 3.33,
			WorkMaxMS: 9.1}},
		Soak: &Soak{Net: "Net A", Speed: "as fast as possible", Seconds: 60.2, FPS: 9.3,
			EPS: 4740, Epochs: 285000, Before: Memory{19, 2.6, 7.5, 53},
			After: Memory{25.8, 2.3, 3.3, 60}, Fresh: Memory{18, 2, 4, 40}, Mallocs: 5580,
			GCs: 3, Frames: 558},
	}
}

func TestWrite(t *testing.T) {
	var b strings.Builder
	sample().Write(&b)
	out := b.String()
	lines := strings.Split(out, "\n")
	row := func(first string) []string {
		for _, l := range lines {
			if f := strings.Fields(l); len(f) > 0 && strings.HasPrefix(l, "  "+first) {
				return f
			}
		}
		t.Fatalf("no row %q in:\n%s", first, out)
		return nil
	}
	// Rows, by the start of the line: what they must read.
	for _, c := range []struct{ first, want, what string }{
		{"index.html", "index.html 5,421 5,135", "index.html row"},
		{"web/main.wasm ", "web/main.wasm gzip 2,884,384 -", "main.wasm row"},
		{"web/main.wasm.js", "web/main.wasm.js - 4,050,464", "main.wasm.js row"},
		{"total", "total 2,889,805 4,055,599", "total row"},
		{"drawn http", "drawn http 1200 1100 1300 1300 1100", "first frame drawn over http"},
		{"shown file://", "shown file:// 1950 1900 2000 1900 2000", "first frame shown from file://"},
		{"Net B    as", "Net B as fast as possible 8.7 1055 7.40 10.60 200 81%", "Net B's row"},
		{"Net A    forward", "Net A forward 1116 16 3.33 9.10", "Step row"},
	} {
		if got := strings.Join(row(c.first), " "); got != c.want {
			t.Errorf("%s: %q", c.what, got)
		}
	}
	if got := strings.Join(row("wasm memory"), " "); !strings.HasSuffix(got, "40.0 53.0 60.0") {
		t.Errorf("memory row: %q", got)
	}
	for _, want := range []string{"2026-11-30 02:00 UTC", "2 cores, shared", "1.00 2.00 3.00",
		"4.00 5.00 6.00", "Memory after 60 s of training Net A",
		"Build: web/main.wasm 12 bytes\n       git abc1234\n",
		"285000 epochs", "  Net B                 87%\n", "5580, 10 a frame; 3 garbage"} {
		if !strings.Contains(out, want) {
			t.Errorf("the table lacks %q:\n%s", want, out)
		}
	}
	for _, l := range lines {
		if len(l) > 100 {
			t.Errorf("a line of %d characters: %q", len(l), l)
		}
	}
	if strings.Contains(out, "The page reported errors") {
		t.Error("errors reported where there were none")
	}
	r := sample()
	r.Problems = []string{"exception: boom"}
	r.Soak, r.Steps = nil, nil
	b.Reset()
	r.Write(&b)
	if !strings.Contains(b.String(), "exception: boom") || strings.Contains(b.String(), "Memory") ||
		strings.Contains(b.String(), "Step:") {
		t.Errorf("a partial run with an error:\n%s", b.String())
	}
}

func TestTableAligns(t *testing.T) {
	tb := &table{left: 1}
	tb.head = [][]string{{"name", "n"}}
	tb.add("a", "1")
	tb.gap()
	tb.add("longer", "1000")
	tb.rule()
	tb.add("total", "1001")
	var b strings.Builder
	tb.write(&b)
	want := "" +
		"  name       n\n" +
		"  -------------\n" +
		"  a          1\n" +
		"\n" +
		"  longer  1000\n" +
		"  -------------\n" +
		"  total   1001\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}

// TestPhasesInOrder: the steps come in the order of their medians, each way's own, with
// a dash where a way has no such step.
func TestPhasesInOrder(t *testing.T) {
	http := []map[string]float64{
		{"compiled": 700, "main.wasm received": 600, "first-frame": 1100},
		{"compiled": 500, "main.wasm received": 400, "first-frame": 900},
		{"compiled": 650, "main.wasm received": 550, "first-frame": 1000},
	}
	disk := []map[string]float64{{"compiled": 800, "first-frame": 1200}}
	var out strings.Builder
	writePhases(&out, http, disk)
	var rows []string
	for _, l := range strings.Split(out.String(), "\n") {
		if strings.HasPrefix(l, "  ") && !strings.HasPrefix(l, "  step") &&
			!strings.HasPrefix(l, "  -") {
			rows = append(rows, strings.Join(strings.Fields(l), " "))
		}
	}
	want := []string{"main.wasm received 550 -", "compiled 650 800", "first-frame 1000 1200"}
	if strings.Join(rows, "|") != strings.Join(want, "|") {
		t.Errorf("rows %q, want %q in:\n%s", rows, want, out.String())
	}
	out.Reset()
	writePhases(&out, nil, nil)
	if out.Len() != 0 {
		t.Errorf("no loads, yet: %q", out.String())
	}
}
