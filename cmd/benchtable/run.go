package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// boundMS is each reference workload's arithmetic bound: its floating-point operations
// counted and timed at 1 GFLOP/s, in milliseconds. The figures are the column
// "arithmetic bound at 1 GFLOP/s" of the workplace's shared reference
// (../shared/reference/README.md, "Peer figures on this workload"). A count of
// operations holds on any machine and any day, so today's timings may be held against
// it; the peer timings beside it in that table were measured on another day, and the
// reference itself says never to compare today's figures with them, so this table
// leaves them out.
var boundMS = map[string]float64{
	"EpochNetA":   0.051, // one epoch of 250 samples, batch 10, Net A (2-4-2-1, tanh)
	"EpochNetB":   0.57,  // the same for Net B (2-8x6-1, ReLU, tanh output)
	"HeatmapNetA": 1.13,  // 10,000 forward passes keeping every unit's value, Net A
	"HeatmapNetB": 7.5,   // the same for Net B
}

var line = regexp.MustCompile(`^Benchmark(\S+?)(-\d+)?\s+\d+\s+([\d.]+) ns/op` +
	`(?:\s+(\d+) B/op\s+(\d+) allocs/op)?`)

// result is one benchmark's runs.
type result struct {
	ms     []float64 // sorted
	allocs int       // the most allocations per op of any run; -1 without -benchmem
}

func (r result) median() float64 { return r.ms[len(r.ms)/2] }

// spread is how far the runs lay apart, as a share of the median.
func (r result) spread() float64 { return (r.ms[len(r.ms)-1] - r.ms[0]) / r.median() }

func parse(path string) (map[string]result, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]result{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		m := line.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		r, ok := out[m[1]]
		if !ok {
			r.allocs = -1
		}
		ns, _ := strconv.ParseFloat(m[3], 64)
		r.ms = append(r.ms, ns/1e6)
		if m[5] != "" {
			a, _ := strconv.Atoi(m[5])
			r.allocs = max(r.allocs, a)
		}
		out[m[1]] = r
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s holds no benchmark results", path)
	}
	for _, r := range out {
		sort.Float64s(r.ms)
	}
	return out, nil
}

func run(args []string, w io.Writer) error {
	if len(args) != 2 {
		return fmt.Errorf("usage: benchtable NATIVE.txt WASM.txt")
	}
	native, err := parse(args[0])
	if err != nil {
		return err
	}
	wasm, err := parse(args[1])
	if err != nil {
		return err
	}
	names := map[string]bool{}
	for n := range native {
		names[n] = true
	}
	for n := range wasm {
		names[n] = true
	}
	sorted := make([]string, 0, len(names))
	for n := range names {
		sorted = append(sorted, n)
	}
	sort.Strings(sorted)

	fmt.Fprintln(w, "\ncore's benchmarks: the median of the runs, the spread of the runs "+
		"((max - min) / median),\nallocations per op, and x bound: the time over the "+
		"workload's arithmetic bound, its floating-point\noperations at 1 GFLOP/s "+
		"(0.5: as fast as 2 GFLOP/s).")
	head := "%-20s | %10s %6s %7s %6s | %10s %6s %7s %6s | %7s | %8s\n"
	fmt.Fprintf(w, head, "", "native ms", "spread", "x bound", "allocs",
		"wasm ms", "spread", "x bound", "allocs", "wasm /", "bound")
	fmt.Fprintf(w, head, "benchmark", "", "", "", "", "", "", "", "", "native", "ms")
	fmt.Fprintln(w, strings.Repeat("-", 113))
	for _, n := range sorted {
		bound, hasBound := boundMS[n]
		nv, nok := native[n]
		wv, wok := wasm[n]
		cols := []string{n}
		for _, c := range []struct {
			r  result
			ok bool
		}{{nv, nok}, {wv, wok}} {
			if !c.ok {
				cols = append(cols, "-", "", "", "")
				continue
			}
			x := "-"
			if hasBound {
				x = fmt.Sprintf("%.2f", c.r.median()/bound)
			}
			allocs := "-"
			if c.r.allocs >= 0 {
				allocs = strconv.Itoa(c.r.allocs)
			}
			cols = append(cols, fmt.Sprintf("%.4f", c.r.median()),
				fmt.Sprintf("%.0f%%", 100*c.r.spread()), x, allocs)
		}
		ratio := "-"
		if nok && wok {
			ratio = fmt.Sprintf("%.2f", wv.median()/nv.median())
		}
		b := "-"
		if hasBound {
			b = strconv.FormatFloat(bound, 'f', -1, 64)
		}
		cols = append(cols, ratio, b)
		args := make([]any, len(cols))
		for i, c := range cols {
			args[i] = c
		}
		fmt.Fprintf(w, head, args...)
	}
	if load, err := os.ReadFile("/proc/loadavg"); err == nil {
		fmt.Fprintf(w, "\nLoad average after the runs (1, 5, 15 min): %s: on a shared machine "+
			"the figures move with it.\n", strings.Join(strings.Fields(string(load))[:3], " "))
	}
	return nil
}
