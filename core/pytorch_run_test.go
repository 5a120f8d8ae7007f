//go:build !js

// Native only: these tests run the exported programs in Debian's PyTorch, which a
// wasm test under Node cannot start.

package core

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// torchPython is Debian's Python with python3-torch (PyTorch 1.13). The python3 first on
// PATH may be another Python without torch.
const torchPython = "/usr/bin/python3"

// torchRun is one run of a program in runInTorch: its command line, the program's path
// first, and, when Dump is set, the file to write its tensors to after it has run
// (torchDriver's dump).
type torchRun struct {
	Args []string `json:"args"`
	Dump string   `json:"dump,omitempty"`
	Out  string   `json:"out"`
	Err  string   `json:"err"`
}

// torchResult is what a run printed and its exit status.
type torchResult struct {
	stdout, stderr string
	code           int
}

// runInTorch runs each of runs in torchPython, side by side, and returns what each
// printed and its exit status. One Python imports torch, a CPU-second, and forks a
// child for each run, which starts with torch imported; dir holds their output. It
// fails the test, never skips it, when torchPython cannot import torch.
func runInTorch(t *testing.T, dir string, runs []torchRun) []torchResult {
	t.Helper()
	for i := range runs {
		runs[i].Out = filepath.Join(dir, fmt.Sprintf("run%d.out", i))
		runs[i].Err = filepath.Join(dir, fmt.Sprintf("run%d.err", i))
	}
	spec, err := json.Marshal(runs)
	if err != nil {
		t.Fatal(err)
	}
	var o, e bytes.Buffer
	cmd := exec.Command(torchPython, "-c", torchDriver, string(spec))
	cmd.Stdout, cmd.Stderr = &o, &e
	if err := cmd.Run(); err != nil {
		if ee, ok := err.(*exec.ExitError); ok && ee.ExitCode() == 3 {
			t.Fatalf("%s cannot import torch (%s): install Debian's python3-torch "+
				"(make test does, as root: apt-get install python3-torch)", torchPython, e.String())
		}
		t.Fatalf("the driver of the runs in PyTorch: %v\n%s", err, e.String())
	}
	var codes []int
	if err := json.Unmarshal(o.Bytes(), &codes); err != nil || len(codes) != len(runs) {
		t.Fatalf("the driver printed %q (%v), want %d exit statuses", o.String(), err, len(runs))
	}
	res := make([]torchResult, len(runs))
	for i, r := range runs {
		out, err1 := os.ReadFile(r.Out)
		errs, err2 := os.ReadFile(r.Err)
		if err1 != nil || err2 != nil {
			t.Fatalf("run %d's output: %v, %v", i, err1, err2)
		}
		res[i] = torchResult{string(out), string(errs), codes[i]}
	}
	return res
}

// torchDriver imports torch, then runs each run of the JSON list sys.argv[1] in a child
// of its own, as python3 would run the program with those arguments: its output to the
// files named, its exit status as Python's own (a SystemExit's message to stderr and
// status 1, an exception's traceback and status 1). A run with a dump then imports the
// program as a module, afresh, and writes its parameters, inputs and targets to the
// file, one tensor a line: its name, its dtype and its values in repr() digits. The
// driver prints the runs' exit statuses as a JSON list; it exits with status 3 when
// torch does not import.
const torchDriver = `import importlib.util, json, os, runpy, sys, traceback
try:
    import torch
except Exception as e:
    print(repr(e), file=sys.stderr)
    sys.exit(3)

def run(r):
    sys.argv = r["args"]
    path = sys.argv[0]
    try:
        runpy.run_path(path, run_name="__main__")
    except SystemExit as e:
        if e.code not in (None, 0) or "dump" not in r:
            raise
    if "dump" not in r:
        return
    spec = importlib.util.spec_from_file_location("exported", path)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    with open(r["dump"], "w") as f:
        for name, p in m.model.named_parameters():
            print(name, p.dtype, *map(repr, p.detach().flatten().tolist()), file=f)
        print("X", m.X.dtype, *map(repr, m.X.flatten().tolist()), file=f)
        print("Y", m.Y.dtype, *map(repr, m.Y.flatten().tolist()), file=f)

runs = json.loads(sys.argv[1])
sys.stdout.flush()
sys.stderr.flush()
children = {}
for i, r in enumerate(runs):
    pid = os.fork()
    if pid:
        children[pid] = i
        continue
    code = 0
    try:
        for fd, name in ((1, r["out"]), (2, r["err"])):
            os.dup2(os.open(name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644), fd)
        run(r)
    except SystemExit as e:
        if isinstance(e.code, int):
            code = e.code
        elif e.code is not None:
            print(e.code, file=sys.stderr)
            code = 1
    except BaseException:
        traceback.print_exc()
        code = 1
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
codes = [None] * len(runs)
while children:
    pid, status = os.wait()
    codes[children.pop(pid)] = os.waitstatus_to_exitcode(status)
print(json.dumps(codes))
`

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
	dir := t.TempDir()
	cases := exportCases(t)
	runs := make([]torchRun, len(cases))
	epochs := make([]int, len(cases))
	for i, c := range cases {
		path := filepath.Join(dir, c.name+".py")
		program := writePyTorch(t, c.tr, PyTorchOptions{Features: c.feats,
			About: "the " + c.name + " export case"})
		if err := os.WriteFile(path, []byte(program), 0o644); err != nil {
			t.Fatal(err)
		}
		runs[i] = torchRun{Args: []string{path}, Dump: path + ".tensors"}
		epochs[i] = DefaultPyTorchEpochs
		if c.epochs != "" {
			runs[i].Args = append(runs[i].Args, c.epochs)
			epochs[i], _ = strconv.Atoi(c.epochs)
		}
	}
	res := runInTorch(t, dir, runs)
	worst := 0.0
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			worst = max(worst, checkTrajectory(t, c, epochs[i], res[i], runs[i].Dump))
		})
	}
	t.Logf("worst relative difference between PyTorch and core: %.3g", worst)
}

// checkTrajectory compares the losses that the run r of case c's program printed,
// epochs of them after the first, with core's, and the tensors it dumped with core's; it
// returns the largest relative difference.
func checkTrajectory(t *testing.T, c exportCase, epochs int, r torchResult, dump string) float64 {
	if r.code != 0 {
		t.Fatalf("exit status %d\n%s", r.code, r.stderr)
	}
	stdout := r.stdout
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
	c := exportCases(t)[0]
	dir := t.TempDir()
	path := filepath.Join(dir, "net.py")
	if err := os.WriteFile(path, []byte(writePyTorch(t, c.tr, PyTorchOptions{})), 0o644); err != nil {
		t.Fatal(err)
	}
	argss := [][]string{{"0"}, {"-3"}, {"2.5"}, {"ten"}, {"3", "4"}}
	runs := make([]torchRun, len(argss))
	for i, args := range argss {
		runs[i] = torchRun{Args: append([]string{path}, args...)}
	}
	for i, r := range runInTorch(t, dir, runs) {
		where := strings.Join(argss[i], " ")
		if r.code != 1 {
			t.Errorf("%s: exit status %d, want 1", where, r.code)
		}
		if r.stdout != "" {
			t.Errorf("%s: printed %q before refusing", where, r.stdout)
		}
		if !strings.Contains(r.stderr, "EPOCHS must be a whole number from 1 up") ||
			!strings.Contains(r.stderr, "usage: ") {
			t.Errorf("%s: message %q", where, r.stderr)
		}
	}
}
