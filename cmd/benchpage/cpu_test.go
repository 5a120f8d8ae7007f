package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestThreadCPU reads a thread's name and CPU-seconds from a stat line whose name holds
// spaces and parentheses, as Chromium's thread names may, and refuses short lines.
func TestThreadCPU(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		stat string
		name string
		secs float64
		ok   bool
	}{
		{"123 (DedicatedWorker) S 1 2 3 4 5 6 7 8 9 10 250 50 0 0 20 0 1", "DedicatedWorker",
			3, true},
		{"7 (a (b) c) R 1 2 3 4 5 6 7 8 9 10 1 2 0 0", "a (b) c", 0.03, true},
		{"7 (short) R 1 2 3", "", 0, false},
		{"no name at all", "", 0, false},
	} {
		path := filepath.Join(dir, "stat")
		if err := os.WriteFile(path, []byte(c.stat+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		name, secs, ok := threadCPU(path)
		if name != c.name || ok != c.ok || (secs-c.secs)*(secs-c.secs) > 1e-12 {
			t.Errorf("%q: got %q %v %v, want %q %v %v", c.stat, name, secs, ok, c.name,
				c.secs, c.ok)
		}
	}
}

// TestCPUPart sorts Chromium's threads into the table's groups.
func TestCPUPart(t *testing.T) {
	for _, c := range []struct{ kind, name, want string }{
		{"gpu-process", "main", "gpu"},
		{"gpu-process", "SwiftShader", "gpu"},
		{"renderer", "main", "page"},
		{"renderer", "DedicatedWorker", "worker"},
		{"renderer", "Compositor", "renderer"},
		{"browser", "main", "other"},
		{"utility", "main", "other"},
	} {
		if got := cpuPart(c.kind, c.name); got != c.want {
			t.Errorf("%s %s: %s, want %s", c.kind, c.name, got, c.want)
		}
	}
	if !strings.Contains(strings.Join(cpuParts, " "), "worker") {
		t.Error("the table has no worker column")
	}
}

// TestWorkerMSPerEpoch gives the worker's CPU per epoch at each network's fastest speed
// only: at the slower ones the page trains, and the worker's CPU is its sweeps.
func TestWorkerMSPerEpoch(t *testing.T) {
	cpu := func(worker float64) map[string]float64 {
		return map[string]float64{"gpu": 3, "page": 0.5, "worker": worker}
	}
	r := &Result{Play: []PlayRow{
		{Net: "Net A", Speed: "1 epoch per frame", Seconds: 3, FPS: 30, EPS: 30, Frames: 90,
			CPU: cpu(0.06)},
		{Net: "Net B", Speed: "1 epoch per frame", Seconds: 3, FPS: 30, EPS: 30, Frames: 90,
			CPU: cpu(0.3)},
		{Net: "Net B", Speed: "as fast as possible", Fastest: true, Seconds: 3, FPS: 25, EPS: 750,
			Frames: 75, CPU: cpu(0.9)},
	}}
	var b strings.Builder
	r.writeCPU(&b)
	want := map[string]string{"Net A 1 epoch": "-", "Net B 1 epoch": "-",
		"Net B as fast": "0.400"}
	for _, l := range strings.Split(b.String(), "\n") {
		f := strings.Fields(l)
		if len(f) < 12 || f[0] != "Net" {
			continue
		}
		key := strings.Join(f[:4], " ")
		if got := f[len(f)-4]; got != want[key] {
			t.Errorf("%s: worker ms %q, want %q", key, got, want[key])
		}
		delete(want, key)
	}
	if len(want) > 0 {
		t.Errorf("rows missing: %v in\n%s", want, b.String())
	}
}
