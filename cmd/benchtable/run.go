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

// reference holds ../shared/reference/README.md's figures (2-core machine, medians):
// TF Playground's nn.ts in Node 20 and the arithmetic bound at 1 GFLOP/s, in ms; and
// how much faster than TF Playground the wasm build must be.
var reference = map[string]struct {
	tfPlayground, bound, wasmSpeedup float64
}{
	"EpochNetA":   {0.22, 0.051, 2},
	"EpochNetB":   {1.65, 0.57, 2},
	"HeatmapNetA": {7.2, 1.13, 3},
	"HeatmapNetB": {33.9, 7.5, 3},
}

var line = regexp.MustCompile(`^Benchmark(\S+?)(-\d+)?\s+\d+\s+([\d.]+) ns/op` +
	`(?:\s+(\d+) B/op\s+(\d+) allocs/op)?`)

type result struct {
	ms     float64
	allocs int
}

func parse(path string) (map[string]result, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	runs := map[string][]float64{}
	allocs := map[string]int{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		m := line.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		ns, _ := strconv.ParseFloat(m[3], 64)
		runs[m[1]] = append(runs[m[1]], ns/1e6)
		if m[5] != "" {
			a, _ := strconv.Atoi(m[5])
			allocs[m[1]] = max(allocs[m[1]], a)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(runs) == 0 {
		return nil, fmt.Errorf("%s holds no benchmark results", path)
	}
	out := map[string]result{}
	for name, v := range runs {
		sort.Float64s(v)
		out[name] = result{ms: v[len(v)/2], allocs: allocs[name]}
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
	var names []string
	for n := range native {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Fprintf(w, "\n%-20s %11s %11s %7s %11s %11s  %s\n",
		"benchmark", "native ms", "wasm ms", "allocs", "TF Pg ms", "bound ms", "targets")
	fmt.Fprintln(w, strings.Repeat("-", 110))
	for _, n := range names {
		nv, wv := native[n], wasm[n]
		ref, ok := reference[n]
		wasmMS := "-"
		if wv.ms > 0 {
			wasmMS = fmt.Sprintf("%.4f", wv.ms)
		}
		if !ok {
			fmt.Fprintf(w, "%-20s %11.4f %11s %7d %11s %11s\n", n, nv.ms, wasmMS, nv.allocs, "", "")
			continue
		}
		verdict := fmt.Sprintf("native %.2fx the bound (want <= 2: %s)",
			nv.ms/ref.bound, yes(nv.ms <= 2*ref.bound))
		if wv.ms > 0 {
			speedup := ref.tfPlayground / wv.ms
			verdict += fmt.Sprintf("; wasm %.2fx faster than TF Playground (want >= %g: %s)",
				speedup, ref.wasmSpeedup, yes(speedup >= ref.wasmSpeedup))
		}
		fmt.Fprintf(w, "%-20s %11.4f %11s %7d %11.3f %11.3f  %s\n",
			n, nv.ms, wasmMS, nv.allocs, ref.tfPlayground, ref.bound, verdict)
	}
	return nil
}

func yes(ok bool) string {
	if ok {
		return "met"
	}
	return "NOT met"
}
