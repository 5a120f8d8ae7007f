package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"

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

// cpuTimes is the CPU-seconds of each group of threads of Chromium's processes, kind
// by id (chromium).
func cpuTimes(kind map[string]string) map[string]float64 {
	out := map[string]float64{}
	for id := range kind {
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

// chromium returns the processes of the Chromium whose profile is in dir, by id, with
// their kind (their --type, "browser" for the browser's own); nil where /proc cannot be
// read.
func chromium(dir string) map[string]string {
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
	for id := range kind {
		if !descends(id, root, parent) {
			delete(kind, id)
		}
	}
	return kind
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
		"other processes; gpu ms:\nthe GPU process's CPU-ms per painted frame; worker ms: the "+
		"worker's CPU-ms per epoch trained\n(at the fastest speed: what the worker's part of "+
		"the processor costs, however busy the\nmachine); GCs/s: Go's collections on the page "+
		"per second; allocs and KB: what Go\nallocated on the page per painted frame.")
	t := &table{left: 2}
	t.head = [][]string{append(append([]string{"network", "speed"}, cpuParts...),
		"gpu ms", "worker ms", "GCs/s", "allocs", "KB")}
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
		// At the slower speeds the page trains and the worker only sweeps.
		worker := "-"
		if p.Fastest && p.EPS > 0 && p.CPU["worker"] > 0 {
			worker = fmt.Sprintf("%.3f", 1000*p.CPU["worker"]/(p.EPS*p.Seconds))
		}
		t.add(append(row, fmt.Sprintf("%.0f", gpu), worker, fmt.Sprintf("%.1f", p.GCsPerS),
			fmt.Sprintf("%.0f", p.MallocsPerFrame), fmt.Sprintf("%.1f", p.KBPerFrame))...)
	}
	t.write(w)
	fmt.Fprintln(w, "\nThe page's thread over the same windows, untraced, per second, as "+
		"Linux counted it (the\nslow frames' table below defines the columns).")
	t = &table{left: 1}
	t.head = [][]string{{"run", "run queue", "preempted", "blocked", "others"}}
	for _, p := range r.Play {
		t.add(append([]string{runName(p.Net, p.Speed)}, p.Sched.perSecond()...)...)
	}
	t.write(w)
}

// perSecond are the columns run queue, preempted, blocked and others of the tables:
// dashes for a nil or empty count. Others reads two counters a tick (10 ms) apart at
// best: a negative share is that error, and reads 0.
func (d *sched) perSecond() []string {
	if d == nil || d.Seconds <= 0 {
		return []string{"-", "-", "-", "-"}
	}
	per := func(v float64) string { return fmt.Sprintf("%.0f", v/d.Seconds) }
	return []string{per(d.DelayMS), per(float64(d.Involuntary)), per(float64(d.Voluntary)),
		fmt.Sprintf("%.2f %.0f", max(0, d.OthersMS/1000/d.Seconds), d.StealMS/d.Seconds)}
}

// sched is what Linux's scheduler counted of the page's thread over a time (Seconds): the
// ms it waited, runnable, for a core (schedstat's run_delay), and how often it gave its
// core up, itself (blocking) and not (preempted); and of the machine, the CPU-ms of the
// processes outside this Chromium (Others) and the steal time (a virtual machine's
// cores taken by its host), ms per core.
type sched struct {
	Seconds                float64
	DelayMS                float64
	Voluntary, Involuntary int
	OthersMS, StealMS      float64
}

// schedSnap is what the scheduler counted so far: of the main thread of each renderer,
// by process id, and of the machine; and the CPU-seconds of each group of Chromium's
// threads (cpuTimes).
type schedSnap struct {
	at               time.Time
	threads          map[int]sched
	cpu              map[string]float64
	machine, chromMS float64 // busy CPU-ms of the machine and of this Chromium
	stealMS          float64
}

// schedTimes reads the schedSnap of the Chromium whose profile is in dir; its threads
// and cpu are nil where /proc cannot be read (not Linux).
func schedTimes(dir string) schedSnap {
	s := schedSnap{at: time.Now()}
	kind := chromium(dir)
	if kind == nil {
		return s
	}
	s.machine, s.stealMS = machineMS()
	s.cpu = cpuTimes(kind)
	for _, v := range s.cpu {
		s.chromMS += 1000 * v
	}
	s.threads = map[int]sched{}
	for id, k := range kind {
		pid, err := strconv.Atoi(id)
		if k != "renderer" || err != nil {
			continue
		}
		task := filepath.Join("/proc", id, "task", id)
		st, err1 := os.ReadFile(filepath.Join(task, "schedstat"))
		status, err2 := os.ReadFile(filepath.Join(task, "status"))
		f := strings.Fields(string(st))
		if err1 != nil || err2 != nil || len(f) < 2 {
			continue
		}
		delay, _ := strconv.ParseFloat(f[1], 64)
		t := sched{DelayMS: delay / 1e6}
		for _, l := range strings.Split(string(status), "\n") {
			k, v, _ := strings.Cut(l, ":")
			n, _ := strconv.Atoi(strings.TrimSpace(v))
			switch k {
			case "voluntary_ctxt_switches":
				t.Voluntary = n
			case "nonvoluntary_ctxt_switches":
				t.Involuntary = n
			}
		}
		s.threads[pid] = t
	}
	return s
}

// machineMS is the machine's busy CPU-ms so far, all cores, and its steal time, ms per
// core (/proc/stat).
func machineMS() (busy, steal float64) {
	b, err := os.ReadFile("/proc/stat")
	f := strings.Fields(strings.SplitN(string(b), "\n", 2)[0])
	if err != nil || len(f) < 9 || f[0] != "cpu" {
		return 0, 0
	}
	ticks := func(i int) float64 {
		v, _ := strconv.ParseFloat(f[i], 64)
		return 1000 * v / 100 // USER_HZ on Linux
	}
	// user, nice, system, idle, iowait, irq, softirq, steal
	busy = ticks(1) + ticks(2) + ticks(3) + ticks(6) + ticks(7)
	return busy, ticks(8) / float64(max(1, runtime.NumCPU()))
}

// since is what the scheduler counted of the page's thread, process pid, and of the
// machine from a to b; ok is false where either lacks the thread.
func (b schedSnap) since(a schedSnap, pid int) (d sched, ok bool) {
	t0, ok0 := a.threads[pid]
	t1, ok1 := b.threads[pid]
	if !ok0 || !ok1 {
		return d, false
	}
	return sched{Seconds: b.at.Sub(a.at).Seconds(), DelayMS: t1.DelayMS - t0.DelayMS,
		Voluntary: t1.Voluntary - t0.Voluntary, Involuntary: t1.Involuntary - t0.Involuntary,
		OthersMS: (b.machine - a.machine) - (b.chromMS - a.chromMS),
		StealMS:  b.stealMS - a.stealMS}, true
}
