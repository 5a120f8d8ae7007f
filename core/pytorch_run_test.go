//go:build !js

// Native only: these tests run the exported programs in Debian's PyTorch, which a
// wasm test under Node cannot start.

package core

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// torchPython is Debian's Python with python3-torch (PyTorch 1.13). The python3 first on
// PATH may be another Python without torch.
const torchPython = "/usr/bin/python3"

// torchImport is what importing torch in torchPython said, once: a Python that imports
// torch costs a CPU-second.
var torchImport = sync.OnceValues(func() ([]byte, error) {
	return exec.Command(torchPython, "-c", "import torch").CombinedOutput()
})

// needTorch fails the test, never skips it, when torchPython cannot import torch.
func needTorch(t *testing.T) {
	t.Helper()
	if out, err := torchImport(); err != nil {
		t.Fatalf("%s cannot import torch (%v: %s): install Debian's python3-torch "+
			"(make test does, as root: apt-get install python3-torch)", torchPython, err, out)
	}
}

// runPython runs args with torchPython and returns its stdout, stderr and error.
func runPython(args ...string) (stdout, stderr string, err error) {
	var o, e bytes.Buffer
	cmd := exec.Command(torchPython, args...)
	cmd.Stdout, cmd.Stderr = &o, &e
	err = cmd.Run()
	return o.String(), e.String(), err
}

// coreTrajectory is the mean training loss of a copy of tr's network before training
// and after each of epochs epochs of core's Trainer, with tr's rule.
func coreTrajectory(t *testing.T, tr *Trainer, epochs int) []float64 {
	t.Helper()
	net := tr.Net.Clone()
	opt := NewSGD(net.Parameters(), tr.Opt.LR)
	opt.Momentum, opt.L1, opt.L2 = tr.Opt.Momentum, tr.Opt.L1, tr.Opt.L2
	c := &Trainer{Net: net, Loss: tr.Loss, Opt: opt, BatchSize: tr.BatchSize, X: tr.X, T: tr.T}
	trace := NewTrace(net)
	losses := []float64{net.MeanLoss(trace, tr.X, tr.T, tr.Loss)}
	for e := 1; e <= epochs; e++ {
		if err := c.RunEpoch(); err != nil {
			t.Fatal(err)
		}
		losses = append(losses, net.MeanLoss(trace, tr.X, tr.T, tr.Loss))
	}
	return losses
}

// relDiff is |a-b| relative to |b|.
func relDiff(a, b float64) float64 {
	if a == b {
		return 0
	}
	return math.Abs(a-b) / math.Abs(b)
}

// TestPyTorchExportTrains writes each export case as a program, runs it in PyTorch and
// wants every printed loss, "epoch N loss X" with X in repr() digits, to equal core's
// own trajectory (Trainer, the same steps) to 1e-9 relative. It also imports the program
// as a module and wants PyTorch's parameters, inputs and targets to be the network's
// and the data's, bit for bit.
func TestPyTorchExportTrains(t *testing.T) {
	needTorch(t)
	dir := t.TempDir()
	var mu sync.Mutex
	worst := 0.0
	t.Run("cases", func(t *testing.T) {
		for _, c := range exportCases(t) {
			t.Run(c.name, func(t *testing.T) {
				t.Parallel()
				d := checkTrajectory(t, c, filepath.Join(dir, c.name+".py"))
				mu.Lock()
				worst = max(worst, d)
				mu.Unlock()
			})
		}
	})
	t.Logf("worst relative difference between PyTorch and core: %.3g", worst)
}

// checkTrajectory exports c to path, runs it and compares its losses with core's; it
// returns the largest relative difference.
func checkTrajectory(t *testing.T, c exportCase, path string) float64 {
	program := writePyTorch(t, c.tr, PyTorchOptions{Features: c.feats,
		About: "the " + c.name + " export case"})
	if err := os.WriteFile(path, []byte(program), 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{path}
	epochs := DefaultPyTorchEpochs
	if c.epochs != "" {
		args = append(args, c.epochs)
		epochs, _ = strconv.Atoi(c.epochs)
	}
	dump := path + ".tensors"
	stdout, stderr, err := runPython(append([]string{"-c", runThenDump, dump}, args...)...)
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	want := coreTrajectory(t, c.tr, epochs)
	lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	if len(lines) != epochs+1 {
		t.Fatalf("%d lines, want %d:\n%s", len(lines), epochs+1, stdout)
	}
	worst := 0.0
	for e, line := range lines {
		var n int
		var text string
		if _, err := fmt.Sscanf(line, "epoch %d loss %s", &n, &text); err != nil || n != e {
			t.Fatalf("line %d is %q, want \"epoch %d loss X\"", e, line, e)
		}
		got, err := strconv.ParseFloat(text, 64)
		if err != nil {
			t.Fatalf("line %q: %v", line, err)
		}
		d := relDiff(got, want[e])
		worst = max(worst, d)
		if !(d <= 1e-9) {
			t.Errorf("epoch %d: PyTorch's loss %v, core's %v (relative difference %.3g)",
				e, got, want[e], d)
		}
	}
	if !(want[epochs] < 0.9*want[0]) {
		t.Errorf("the loss went from %v to %v: the case hardly trains", want[0], want[epochs])
	}
	t.Logf("%d epochs, loss %.6g -> %.6g, worst relative difference %.3g",
		epochs, want[0], want[epochs], worst)
	checkExactInTorch(t, c, dump)
	return worst
}

// runThenDump runs the program sys.argv[2] as python3 runs it, with the arguments after
// it, and then imports it as a module, afresh, and writes its parameters, inputs and
// targets to the file sys.argv[1], one tensor a line: its name, its dtype and its values
// in repr() digits. One Python for both: each imports torch, which costs a CPU-second.
const runThenDump = `import importlib.util, runpy, sys
dump, path = sys.argv[1], sys.argv[2]
sys.argv = sys.argv[2:]
try:
    runpy.run_path(path, run_name="__main__")
except SystemExit as e:
    if e.code not in (None, 0):
        raise
spec = importlib.util.spec_from_file_location("exported", path)
m = importlib.util.module_from_spec(spec)
spec.loader.exec_module(m)
with open(dump, "w") as f:
    for name, p in m.model.named_parameters():
        print(name, p.dtype, *map(repr, p.detach().flatten().tolist()), file=f)
    print("X", m.X.dtype, *map(repr, m.X.flatten().tolist()), file=f)
    print("Y", m.Y.dtype, *map(repr, m.Y.flatten().tolist()), file=f)
`

// TestPyTorchExportRegularizes checks that the regularization cases test it: without
// their L1 or L2 the trajectory moves away by far more than the tolerance, and L1 stops
// some weights at 0.
func TestPyTorchExportRegularizes(t *testing.T) {
	for _, c := range exportCases(t) {
		if c.tr.Opt.L1 == 0 && c.tr.Opt.L2 == 0 {
			continue
		}
		with := coreTrajectory(t, c.tr, 10)
		l1, l2 := c.tr.Opt.L1, c.tr.Opt.L2
		c.tr.Opt.L1, c.tr.Opt.L2 = 0, 0
		without := coreTrajectory(t, c.tr, 10)
		if d := relDiff(without[10], with[10]); d < 1e-4 {
			t.Errorf("%s: regularization changes the loss after 10 epochs by only %.3g", c.name, d)
		}
		if l1 == 0 {
			continue
		}
		c.tr.Opt.L1, c.tr.Opt.L2 = l1, l2
		for e := 0; e < 10; e++ {
			if err := c.tr.RunEpoch(); err != nil {
				t.Fatal(err)
			}
		}
		zeros, weights := 0, 0
		for _, p := range c.tr.Net.Parameters() {
			for _, v := range p.Value {
				if p.IsWeight {
					weights++
					if v == 0 {
						zeros++
					}
				}
			}
		}
		if zeros == 0 || zeros == weights {
			t.Errorf("%s: %d of %d weights are 0 after 10 epochs: L1's stop at 0 is not tested",
				c.name, zeros, weights)
		}
	}
}

// checkExactInTorch compares PyTorch's tensors, as runThenDump wrote them to the file
// dump, with core's.
func checkExactInTorch(t *testing.T, c exportCase, dump string) {
	t.Helper()
	b, err := os.ReadFile(dump)
	if err != nil {
		t.Fatalf("importing the program: %v", err)
	}
	stdout := string(b)
	want := map[string][]float64{"X": flat(c.tr.X), "Y": flat(c.tr.T)}
	order := []string{}
	for _, p := range c.tr.Net.Parameters() {
		want[p.Name] = p.Value
		order = append(order, p.Name)
	}
	order = append(order, "X", "Y")
	lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	if len(lines) != len(order) {
		t.Fatalf("%s: PyTorch has %d tensors, want %d (%v)", c.name, len(lines), len(order), order)
	}
	for i, line := range lines {
		f := strings.Fields(line)
		if len(f) < 2 || f[0] != order[i] || f[1] != "torch.float64" {
			t.Fatalf("%s: tensor %d is %.60q, want %s in torch.float64", c.name, i, line, order[i])
		}
		var got []float64
		for _, s := range f[2:] {
			v, err := strconv.ParseFloat(s, 64)
			if err != nil {
				t.Fatalf("%s: %s: %v", c.name, f[0], err)
			}
			got = append(got, v)
		}
		if !sameBits(got, want[f[0]]) {
			t.Errorf("%s: PyTorch's %s differs from core's in some bits", c.name, f[0])
		}
	}
}

// TestPyTorchExportRefusesEpochs runs the program with arguments that are not a
// positive whole number and wants a usage message and a failed exit, before training.
func TestPyTorchExportRefusesEpochs(t *testing.T) {
	needTorch(t)
	c := exportCases(t)[0]
	path := filepath.Join(t.TempDir(), "net.py")
	if err := os.WriteFile(path, []byte(writePyTorch(t, c.tr, PyTorchOptions{})), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"0"}, {"-3"}, {"2.5"}, {"ten"}, {"3", "4"}} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			t.Parallel()
			stdout, stderr, err := runPython(append([]string{path}, args...)...)
			if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
				t.Errorf("exit %v, want status 1", err)
			}
			if stdout != "" {
				t.Errorf("printed %q before refusing", stdout)
			}
			if !strings.Contains(stderr, "EPOCHS must be a whole number from 1 up") ||
				!strings.Contains(stderr, "usage: ") {
				t.Errorf("message %q", stderr)
			}
		})
	}
}
