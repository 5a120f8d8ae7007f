package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"nnplay/wasm/e2e"
)

// Where the processor went while the page played: Chromium's threads read from Linux's
// /proc, grouped by what they do. On two cores and a software renderer the page's frames
// are bounded by the GPU process's CPU, so these say what a speed's frames cost and what
// the training worker takes from them.

// cpuParts are the groups of Chromium's threads, in the table's order: the GPU process
// (SwiftShader draws the page's WebGL there), the page's thread, the training worker,
// the rest of the renderer (its compositor, Go's and V8's helpers) and every other
// process (the browser's own, the network's).
var cpuParts = []string{"gpu", "page", "worker", "renderer", "other"}

// cpuTimes is the CPU-seconds of each group of threads of the Chromium whose profile
// is in dir; nil where /proc cannot be read (not Linux).
func cpuTimes(dir string) map[string]float64 {
	procs, err := os.ReadDir("/proc")
	if err != nil {
		return nil
	}
	parent, kind := map[string]string{}, map[string]string{}
	root := ""
	for _, p := range procs {
		id := p.Name()
		if _, err := strconv.Atoi(id); err != nil {
			continue
		}
		stat, err := os.ReadFile(filepath.Join("/proc", id, "stat"))
		if f := e2e.ProcStat(stat); err == nil && len(f) > 1 {
			parent[id] = f[1]
		}
		// The zygote's children write their arguments as one string.
		cmd, _ := os.ReadFile(filepath.Join("/proc", id, "cmdline"))
		kind[id] = "browser"
		for _, a := range strings.FieldsFunc(string(cmd), func(r rune) bool {
			return r == 0 || r == ' '
		}) {
			if v, ok := strings.CutPrefix(a, "--type="); ok {
				kind[id] = v
			}
		}
		if kind[id] == "browser" && bytes.Contains(cmd, []byte(dir)) {
			root = id
		}
	}
	if root == "" {
		return nil
	}
	out := map[string]float64{}
	for id := range kind {
		if !descends(id, root, parent) {
			continue
		}
		tasks, _ := os.ReadDir(filepath.Join("/proc", id, "task"))
		for _, t := range tasks {
			name, secs, ok := threadCPU(filepath.Join("/proc", id, "task", t.Name(), "stat"))
			if ok {
				if t.Name() == id {
					name = "main"
				}
				out[cpuPart(kind[id], name)] += secs
			}
		}
	}
	return out
}

// descends reports whether process id is root or one of its descendants.
func descends(id, root string, parent map[string]string) bool {
	for n := 0; id != "" && n < 64; n++ {
		if id == root {
			return true
		}
		id = parent[id]
	}
	return false
}

// cpuPart is the group of a thread called name ("main" for a process's first) in a
// process of kind (its --type).
func cpuPart(kind, name string) string {
	switch {
	case kind == "gpu-process":
		return "gpu"
	case kind != "renderer":
		return "other"
	case name == "main":
		return "page"
	case strings.HasPrefix(name, "DedicatedWorker"):
		return "worker"
	}
	return "renderer"
}

// threadCPU reads a thread's name and its user and system CPU-seconds from its stat.
func threadCPU(path string) (name string, secs float64, ok bool) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", 0, false
	}
	open, shut := bytes.IndexByte(b, '('), bytes.LastIndexByte(b, ')')
	f := e2e.ProcStat(b) // from the state, field 3
	if open < 0 || shut < open || len(f) < 13 {
		return "", 0, false
	}
	u, err1 := strconv.ParseFloat(f[11], 64)
	s, err2 := strconv.ParseFloat(f[12], 64)
	if err1 != nil || err2 != nil {
		return "", 0, false
	}
	const ticks = 100 // USER_HZ on Linux
	return string(b[open+1 : shut]), (u + s) / ticks, true
}

// writeCPU writes, for each Play row, the CPU each group of threads took per second and
// the GPU process's per painted frame.
func (r *Result) writeCPU(w io.Writer) {
	if len(r.Play) == 0 || r.Play[0].CPU == nil {
		return
	}
	fmt.Fprintln(w, "\nCPU over the same windows, in cores (CPU-s per s; /proc): the GPU "+
		"process, the page's\nthread, the training worker, the rest of the renderer and the "+
		"other processes; gpu ms:\nthe GPU process's CPU-ms per painted frame; GCs/s: Go's "+
		"collections on the page per second;\nallocs and KB: what Go allocated on the page "+
		"per painted frame.")
	t := &table{left: 2}
	t.head = [][]string{append(append([]string{"network", "speed"}, cpuParts...),
		"gpu ms", "GCs/s", "allocs", "KB")}
	for i, p := range r.Play {
		if i > 0 && p.Net != r.Play[i-1].Net {
			t.gap()
		}
		row := []string{p.Net, p.Speed}
		for _, k := range cpuParts {
			row = append(row, fmt.Sprintf("%.2f", p.CPU[k]/p.Seconds))
		}
		gpu := 0.0
		if p.Frames > 0 {
			gpu = 1000 * p.CPU["gpu"] / float64(p.Frames)
		}
		t.add(append(row, fmt.Sprintf("%.0f", gpu), fmt.Sprintf("%.1f", p.GCsPerS),
			fmt.Sprintf("%.0f", p.MallocsPerFrame), fmt.Sprintf("%.1f", p.KBPerFrame))...)
	}
	t.write(w)
}
