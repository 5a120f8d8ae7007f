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
