package core

import (
	"bytes"
	"errors"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// exportCase is a training setup the PyTorch tests export: core's Trainer, the
// features behind its input columns, and the argument the program runs with ("" for
// its default number of epochs).
type exportCase struct {
	name   string
	tr     *Trainer
	feats  []Feature
	epochs string
}

// playgroundData draws a data set and its training split as the page does.
func playgroundData(tb testing.TB, k DatasetKind, noise, trainPct float64, seed uint64) []Point {
	tb.Helper()
	rng := NewRNG(seed)
	pts, err := Generate(k, k.DefaultSize(), noise, rng)
	if err != nil {
		tb.Fatal(err)
	}
	train, _ := Split(pts, trainPct, rng)
	return train
}

func exportTrainer(net *Sequential, loss Loss, pts []Point, fs []Feature, lr float64,
	batch int) *Trainer {
	return &Trainer{Net: net, Loss: loss, Opt: NewSGD(net.Parameters(), lr), BatchSize: batch,
		X: Inputs(pts, fs), T: Targets(pts, loss)}
}

// exportCases are the setups the issue names: Playground's default network, a deep
// network of mixed activations with a bias switched off and a short last batch, and
// L2 and L1 regularization (the L1 case with momentum and BCE as well).
func exportCases(tb testing.TB) []exportCase {
	tb.Helper()
	xy := []Feature{X1, X2}

	def := MLP([]int{2, 4, 2, 1}, Tanh{}, Tanh{}, InitPlayground, 1)
	circle := playgroundData(tb, Circle, 0, 50, 1)

	deepFs := []Feature{X1, X2, X1Squared, SinX2}
	rng := NewRNG(7)
	lin := func(in, out int, bias bool) *Linear { return NewLinear(in, out, bias, rng) }
	deep := NewSequential(
		lin(4, 6, true), LeakyReLU{NegativeSlope: 0.2},
		lin(6, 5, false), ELU{Alpha: 0.7},
		lin(5, 4, true), Softplus{Beta: 2, Threshold: 15},
		lin(4, 4, true), GELU{},
		lin(4, 3, true), SiLU{},
		lin(3, 3, true), ReLU6{},
		lin(3, 3, true), Sigmoid{},
		lin(3, 1, true), // no activation: a regression output
	)
	multi := playgroundData(tb, MultiGauss, 10, 60, 3)

	l2Fs := []Feature{X1, X2, X1X2}
	l2 := MLP([]int{3, 8, 4, 1}, ReLU{}, Tanh{}, InitPlayground, 2)
	xor := playgroundData(tb, XOR, 5, 50, 4)
	l2tr := exportTrainer(l2, HalfMSELoss{}, xor, l2Fs, 0.1, 10)
	l2tr.Opt.L2 = 0.01

	all := AllFeatures()
	l1 := MLP([]int{7, 8, 8, 1}, Tanh{}, Identity{}, InitPlayground, 5)
	circle2 := playgroundData(tb, Circle, 10, 50, 6)
	l1tr := exportTrainer(l1, BCEWithLogitsLoss{}, circle2, all, 0.1, 5)
	l1tr.Opt.L1, l1tr.Opt.Momentum = 0.01, 0.5

	return []exportCase{
		{"default", exportTrainer(def, HalfMSELoss{}, circle, xy, 0.03, 10), xy, ""},
		{"deep", exportTrainer(deep, MSELoss{}, multi, deepFs, 0.03, 7), deepFs, "8"},
		{"l2", l2tr, l2Fs, "10"},
		{"l1", l1tr, all, "10"},
	}
}

// pyNumber is a Python float literal as pyFloat writes it.
var pyNumber = regexp.MustCompile(`-?[0-9]+\.[0-9]*(e[-+][0-9]+)?|-?[0-9]+e[-+][0-9]+|-?inf|nan`)

// pyLiteral returns the numbers of the tensor literal that follows start in program.
func pyLiteral(t *testing.T, program, start string) []float64 {
	t.Helper()
	i := strings.Index(program, start)
	if i < 0 {
		t.Fatalf("the program has no %q", start)
	}
	rest := program[i+len(start):]
	end := strings.Index(rest, "])")
	if end < 0 {
		t.Fatalf("the literal after %q does not end", start)
	}
	var vs []float64
	for _, s := range pyNumber.FindAllString(rest[:end], -1) {
		v, err := strconv.ParseFloat(s, 64)
		if err != nil {
			t.Fatalf("%q in the literal after %q: %v", s, start, err)
		}
		vs = append(vs, v)
	}
	return vs
}

func sameBits(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if math.Float64bits(a[i]) != math.Float64bits(b[i]) {
			return false
		}
	}
	return true
}

func flat(rows [][]float64) []float64 {
	var vs []float64
	for _, r := range rows {
		vs = append(vs, r...)
	}
	return vs
}

func writePyTorch(t *testing.T, tr *Trainer, opt PyTorchOptions) string {
	t.Helper()
	var b bytes.Buffer
	if err := WritePyTorch(&b, tr, opt); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestWritePyTorchExactNumbers reads every weight, bias, input and target back from the
// program's literals, as Python reads them (correctly rounded, like ParseFloat), and
// wants the same bits: awkward values too (-0, subnormals, 0.1, 1/3, 1e16).
func TestWritePyTorchExactNumbers(t *testing.T) {
	for _, c := range exportCases(t) {
		t.Run(c.name, func(t *testing.T) {
			net := c.tr.Net
			odd := []float64{math.Copysign(0, -1), 5e-324, 0.1, 1.0 / 3, 1e16, -2.5e-7, 123456.789}
			w := net.Layers[0].Linear.Weight[0]
			copy(w, odd[:min(len(w), len(odd))])
			c.tr.X[0][0] = 1e-310
			program := writePyTorch(t, c.tr, PyTorchOptions{Features: c.feats})
			for _, p := range net.Parameters() {
				i, kind, _ := strings.Cut(p.Name, ".")
				got := pyLiteral(t, program, "model["+i+"]."+kind+".copy_(torch.tensor(")
				if !sameBits(got, p.Value) {
					t.Errorf("%s: the program holds %v, the network %v", p.Name, got, p.Value)
				}
			}
			var points []float64
			for i, x := range c.tr.X {
				points = append(append(points, x...), c.tr.T[i]...)
			}
			if got := pyLiteral(t, program, "\npoints = torch.tensor("); !sameBits(got, points) {
				t.Errorf("points: %d values differ from the %d inputs and targets", len(got),
					len(points))
			}
		})
	}
}

// TestWritePyTorchReads checks what a learner reads: the imports (torch and sys only),
// the modules by their PyTorch names, the training rule's numbers, the loss, and
// regularization written out only when it is on.
func TestWritePyTorchReads(t *testing.T) {
	cases := exportCases(t)
	want := map[string][]string{
		"default": {"nn.Linear(2, 4),\n", "nn.Tanh(),\n", "def half_squared_error(",
			"LEARNING_RATE = 0.03\n", "BATCH_SIZE = 10\n", "DEFAULT_EPOCHS = 20\n",
			"torch.optim.SGD(model.parameters(), lr=LEARNING_RATE)\n",
			"# The 250 training points", "inputs, x1, x2, then its label, -1 or +1.\n",
			"No regularization"},
		"deep": {"nn.Linear(6, 5, bias=False),\n", "nn.LeakyReLU(negative_slope=0.2),\n",
			"nn.ELU(alpha=0.7),\n", "nn.Softplus(beta=2.0, threshold=15.0),\n",
			"nn.GELU(approximate='none'),\n", "nn.Linear(3, 1),\n)\n",
			"loss_fn = nn.MSELoss()", "x1, x2, x1^2, sin(x2), then its value.\n"},
		"l2": {"L2 = 0.01  # L2", "w -= LEARNING_RATE * L2 * w\n"},
		"l1": {"L1 = 0.01  # L1", "loss_fn = nn.BCEWithLogitsLoss()",
			"momentum=MOMENTUM", "MOMENTUM = 0.5\n", "0 or 1"},
	}
	absent := map[string][]string{
		"default": {"L1", "L2", "MOMENTUM", "def regularize"},
		"deep":    {"def half_squared_error", "def regularize"},
		"l2":      {"L1 ="},
		"l1":      {"L2 ="},
	}
	imports := regexp.MustCompile(`(?m)^[ \t]*(import|from)[ \t].*$`)
	for _, c := range cases {
		program := writePyTorch(t, c.tr, PyTorchOptions{Features: c.feats})
		for _, s := range want[c.name] {
			if !strings.Contains(program, s) {
				t.Errorf("%s: the program lacks %q", c.name, s)
			}
		}
		for _, s := range absent[c.name] {
			if strings.Contains(program, s) {
				t.Errorf("%s: the program has %q", c.name, s)
			}
		}
		got := strings.Join(imports.FindAllString(program, -1), "; ")
		if got != "import sys; import torch; from torch import nn" {
			t.Errorf("%s: imports are %q", c.name, got)
		}
		if again := writePyTorch(t, c.tr, PyTorchOptions{Features: c.feats}); again != program {
			t.Errorf("%s: two exports of one trainer differ", c.name)
		}
	}
}

// TestWritePyTorchAbout checks that the header line cannot break out of its comment.
func TestWritePyTorchAbout(t *testing.T) {
	c := exportCases(t)[0]
	about := "circle data\nimport os\r\x00os.system('x')"
	program := writePyTorch(t, c.tr, PyTorchOptions{About: about, Epochs: 3})
	for _, line := range strings.Split(program, "\n") {
		if strings.Contains(line, "os.system") && !strings.HasPrefix(line, "# ") {
			t.Errorf("the about text escaped its comment: %q", line)
		}
	}
	if !strings.Contains(program, "# circle data import os  os.system('x')\n") {
		t.Errorf("the about line is missing or changed:\n%s", program[:400])
	}
	if !strings.Contains(program, "DEFAULT_EPOCHS = 3\n") {
		t.Error("Epochs 3 is not the program's default")
	}
}

// TestWritePyTorchRefuses checks that what Python could not run, or would run
// differently from the page, is refused with a message saying what.
func TestWritePyTorchRefuses(t *testing.T) {
	type edit func(tr *Trainer, opt *PyTorchOptions)
	cases := []struct {
		name string
		edit edit
		want string
	}{
		{"no trainer", nil, "no trainer"},
		{"no samples", func(tr *Trainer, _ *PyTorchOptions) { tr.X, tr.T = nil, nil }, "no training"},
		{"short row", func(tr *Trainer, _ *PyTorchOptions) { tr.X[3] = tr.X[3][:1] }, "input row 3"},
		{"targets", func(tr *Trainer, _ *PyTorchOptions) { tr.T = tr.T[:5] }, "targets"},
		{"NaN input", func(tr *Trainer, _ *PyTorchOptions) { tr.X[2][1] = math.NaN() }, "input row 2"},
		{"Inf weight", func(tr *Trainer, _ *PyTorchOptions) {
			tr.Net.Layers[1].Linear.Weight[1][0] = math.Inf(1)
		}, `"2.weight"`},
		{"loss", func(tr *Trainer, _ *PyTorchOptions) { tr.Loss = oddLoss{} }, "loss"},
		{"no loss", func(tr *Trainer, _ *PyTorchOptions) { tr.Loss = nil }, "loss"},
		{"lr", func(tr *Trainer, _ *PyTorchOptions) { tr.Opt.LR = 0 }, "learning rate"},
		{"L2", func(tr *Trainer, _ *PyTorchOptions) { tr.Opt.L2 = -1 }, "L2"},
		{"L1", func(tr *Trainer, _ *PyTorchOptions) { tr.Opt.L1 = math.NaN() }, "L1"},
		{"momentum", func(tr *Trainer, _ *PyTorchOptions) { tr.Opt.Momentum = math.Inf(1) }, "momentum"},
		{"epochs", func(_ *Trainer, o *PyTorchOptions) { o.Epochs = -1 }, "epochs"},
		{"features", func(_ *Trainer, o *PyTorchOptions) { o.Features = []Feature{X1} }, "features"},
		{"optimizer", func(tr *Trainer, _ *PyTorchOptions) { tr.Opt = nil }, "optimizer"},
	}
	for _, c := range cases {
		var tr *Trainer
		opt := PyTorchOptions{Features: []Feature{X1, X2}}
		if c.edit != nil {
			tr = exportCases(t)[0].tr
			c.edit(tr, &opt)
		}
		var b bytes.Buffer
		err := WritePyTorch(&b, tr, opt)
		if err == nil || !strings.Contains(err.Error(), c.want) ||
			!strings.HasPrefix(err.Error(), "core: ") {
			t.Errorf("%s: error %v, want one that says %q", c.name, err, c.want)
		}
		if b.Len() != 0 {
			t.Errorf("%s: %d bytes written before the error", c.name, b.Len())
		}
	}
}

// oddLoss is a Loss that PyTorch has no counterpart for.
type oddLoss struct{ HalfMSELoss }

func (oddLoss) Name() string { return "odd" }

func TestWritePyTorchWriteError(t *testing.T) {
	err := WritePyTorch(failWriter{}, exportCases(t)[0].tr, PyTorchOptions{})
	if !errors.Is(err, errFailWrite) {
		t.Errorf("WritePyTorch = %v, want the writer's error", err)
	}
}

var errFailWrite = errors.New("disk full")

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errFailWrite }
