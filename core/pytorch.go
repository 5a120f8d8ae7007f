package core

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// DefaultPyTorchEpochs is how many epochs an exported program trains when it is run
// without an argument.
const DefaultPyTorchEpochs = 20

// PyTorchOptions are the parts of an exported program that a Trainer does not hold.
type PyTorchOptions struct {
	// Epochs is how many epochs the program trains when run without an argument; 0
	// means DefaultPyTorchEpochs.
	Epochs int
	// Features names the input columns in the program's comments ("x1, x2, sin(x1)");
	// nil calls them input 1, input 2...
	Features []Feature
	// About is one line for the program's header, such as where the data came from.
	// Line breaks and other control characters become spaces.
	About string
}

// WritePyTorch writes tr's network, training data and training rule as a Python
// program for PyTorch that trains the same way core's Trainer does and prints its
// progress. Run as "python3 FILE [EPOCHS]", it:
//
//   - builds a torch.nn.Sequential of nn.Linear and activation modules in float64 and
//     copies in the network's weights and biases bit for bit (shortest round-trip
//     literals);
//   - holds the training inputs tr.X and targets tr.T, in tr's order;
//   - uses tr.Loss: nn.MSELoss or nn.BCEWithLogitsLoss, or for HalfMSELoss
//     (Playground's square loss, which PyTorch lacks) a small function;
//   - trains with torch.optim.SGD at tr.Opt's learning rate and momentum on
//     consecutive batches of tr.BatchSize samples, a short last batch on its own, and
//     after every step applies tr.Opt's L2 and then L1 to weights only, with core's
//     arithmetic written out (PyTorch's weight_decay adds L2 to the gradient instead);
//   - prints "epoch 0 loss X" for the weights as they are, then "epoch N loss X" after
//     each epoch, where X is the mean loss over the training samples in repr() digits,
//     for EPOCHS epochs (opt.Epochs by default) and refuses an EPOCHS that is not a
//     whole number from 1 up.
//
// The program starts at the beginning of an epoch with no gradients or momentum
// accumulated, whatever tr's position. It imports only torch and sys. WritePyTorch
// writes nothing and returns an error if something could not run in Python as it
// does in core: no samples, rows of the wrong length, NaN or infinite values, a loss
// without a PyTorch counterpart, or rates that are not finite and non-negative.
func WritePyTorch(w io.Writer, tr *Trainer, opt PyTorchOptions) error {
	if err := checkExport(tr, opt); err != nil {
		return err
	}
	p := &pyWriter{tr: tr, opt: opt}
	if p.opt.Epochs == 0 {
		p.opt.Epochs = DefaultPyTorchEpochs
	}
	p.header()
	p.model()
	p.data()
	p.loss()
	p.training()
	p.main()
	_, err := io.WriteString(w, p.b.String())
	return err
}

// checkExport refuses what the program could not do as core does.
func checkExport(tr *Trainer, opt PyTorchOptions) error {
	switch {
	case tr == nil || tr.Net == nil || len(tr.Net.Layers) == 0:
		return errors.New("core: export to PyTorch: no trainer with a network")
	case tr.Opt == nil:
		return errors.New("core: export to PyTorch: the trainer has no optimizer")
	case len(tr.X) == 0:
		return errors.New("core: export to PyTorch: no training samples")
	case len(tr.T) != len(tr.X):
		return fmt.Errorf("core: export to PyTorch: %d targets for %d inputs", len(tr.T), len(tr.X))
	case opt.Epochs < 0:
		return fmt.Errorf("core: export to PyTorch: %d epochs, want 0 (the default) or more", opt.Epochs)
	case opt.Features != nil && len(opt.Features) != tr.Net.In():
		return fmt.Errorf("core: export to PyTorch: %d features named for %d inputs",
			len(opt.Features), tr.Net.In())
	}
	if _, ok := pyLosses[lossKind(tr.Loss)]; !ok {
		return fmt.Errorf("core: export to PyTorch: the loss %v has no PyTorch counterpart", tr.Loss)
	}
	for _, r := range []struct {
		name string
		v    float64
		pos  bool
	}{{"learning rate", tr.Opt.LR, true}, {"momentum", tr.Opt.Momentum, false},
		{"L2 rate", tr.Opt.L2, false}, {"L1 rate", tr.Opt.L1, false}} {
		if !IsFinite(r.v) || r.v < 0 || (r.pos && r.v == 0) {
			return fmt.Errorf("core: export to PyTorch: the %s is %v", r.name, r.v)
		}
	}
	for i, m := range tr.Net.Modules() {
		if l, ok := m.(*Linear); ok {
			if f, err := nonFinite(l); err != nil {
				return fmt.Errorf("core: export to PyTorch: parameter \"%d.%s\": %w", i, f, err)
			}
		}
	}
	for _, d := range []struct {
		what string
		rows [][]float64
		want int
	}{{"input", tr.X, tr.Net.In()}, {"target", tr.T, tr.Net.Out()}} {
		what, want := d.what, d.want
		for i, r := range d.rows {
			if len(r) != want {
				return fmt.Errorf("core: export to PyTorch: %s row %d has %d values, want %d",
					what, i, len(r), want)
			}
			for j, v := range r {
				if !IsFinite(v) {
					return fmt.Errorf("core: export to PyTorch: %s row %d, value %d is %v", what, i, j, v)
				}
			}
		}
	}
	return nil
}

// lossKind names a loss by its type: a Loss of another type with the same Name is not
// the same loss.
func lossKind(l Loss) string {
	switch l.(type) {
	case HalfMSELoss:
		return "half_mse"
	case MSELoss:
		return "mse"
	case BCEWithLogitsLoss:
		return "bce_with_logits"
	}
	return ""
}

// pyLosses is each loss in Python: its definition, if PyTorch has none.
var pyLosses = map[string]string{
	"half_mse": `# This is TensorFlow Playground's square loss. PyTorch has no class for it: nn.MSELoss
# is the same without the 0.5, so its gradients are twice as large.
def half_squared_error(output, target):
    """The mean of 0.5 * (output - target)**2 over the batch."""
    return (0.5 * (output - target) ** 2).mean()


loss_fn = half_squared_error
`,
	"mse": "loss_fn = nn.MSELoss()\n",
	"bce_with_logits": "# The output is a logit: sigmoid(output) is the probability of class 1.\n" +
		"loss_fn = nn.BCEWithLogitsLoss()\n",
}

// pyWriter writes the program, section by section.
type pyWriter struct {
	tr  *Trainer
	opt PyTorchOptions
	b   strings.Builder
}

func (p *pyWriter) say(lines ...string) {
	for _, l := range lines {
		p.b.WriteString(l)
		p.b.WriteByte('\n')
	}
}

func (p *pyWriter) header() {
	p.say("# A neural network from nnplay, as a PyTorch program.")
	if about := oneLine(p.opt.About); about != "" {
		p.say("# " + about)
	}
	p.say("#",
		"# Run it with:  python3 THIS_FILE.py [EPOCHS]    (EPOCHS is "+
			strconv.Itoa(p.opt.Epochs)+" if not given)",
		"#",
		"# It builds the page's network with the page's exact weights and trains it on the page's",
		"# training points the way the page does: the same order, batches, learning rate and",
		"# regularization, all in float64. After each epoch it prints the mean loss over the",
		"# training points: the page's numbers, to 12 digits or more.",
		"",
		"import sys",
		"",
		"import torch",
		"from torch import nn",
		"",
		"torch.set_default_dtype(torch.float64)  # the page computes in float64 too",
		"")
}

// oneLine turns control characters into spaces, so that s stays inside its comment.
func oneLine(s string) string {
	return strings.TrimSpace(strings.Map(func(r rune) rune {
		if r < ' ' || r == 0x7f || r == 0x2028 || r == 0x2029 || r == 0x85 {
			return ' '
		}
		return r
	}, s))
}

func (p *pyWriter) model() {
	net := p.tr.Net
	p.say("# The network. Each nn.Linear computes Y = Wx + b (Y = Wx with bias=False), and the",
		"# activation module after it applies its function to every element of Y.",
		"model = nn.Sequential(")
	for _, m := range net.Modules() {
		switch m := m.(type) {
		case *Linear:
			bias := ""
			if !m.HasBias() {
				bias = ", bias=False"
			}
			p.say(fmt.Sprintf("    nn.Linear(%d, %d%s),", m.In, m.Out, bias))
		case Activation:
			p.say("    nn." + m.String() + ",") // PyTorch's repr is its constructor call
		}
	}
	p.say(")", "",
		"# The page's weights and biases, exactly. A layer's .weight is [out_features][in_features]",
		"# and its .bias [out_features], as in PyTorch.",
		"with torch.no_grad():")
	for _, prm := range net.Parameters() {
		i, kind, _ := strings.Cut(prm.Name, ".")
		target := "    model[" + i + "]." + kind + ".copy_(torch.tensor("
		if kind == "bias" {
			p.say(target + "[" + pyList(prm.Value) + "]))")
			continue
		}
		lin := p.linear(prm.Name)
		p.say(target + "[")
		for _, row := range lin.Weight {
			p.say("        [" + pyList(row) + "],")
		}
		p.say("    ]))")
	}
	p.say("")
}

// linear returns the Linear layer a parameter name such as "2.weight" belongs to.
func (p *pyWriter) linear(name string) *Linear {
	i, _ := strconv.Atoi(name[:strings.IndexByte(name, '.')])
	return p.tr.Net.Modules()[i].(*Linear)
}

func pyList(vs []float64) string {
	s := make([]string, len(vs))
	for i, v := range vs {
		s[i] = pyFloat(v)
	}
	return strings.Join(s, ", ")
}

func (p *pyWriter) data() {
	tr := p.tr
	in := tr.Net.In()
	cols := make([]string, in)
	for i := range cols {
		cols[i] = "input " + strconv.Itoa(i+1)
		if p.opt.Features != nil {
			cols[i] = p.opt.Features[i].String()
		}
	}
	p.say(fmt.Sprintf("# The %d training points, in the order the page trains on them. "+
		"Each row", len(tr.X)),
		"# holds a point's inputs, "+strings.Join(cols, ", ")+", then "+p.targets(),
		"points = torch.tensor([")
	for i, x := range tr.X {
		p.say("    [" + pyList(x) + ", " + pyList(tr.T[i]) + "],")
	}
	p.say("])",
		"X = points[:, :"+strconv.Itoa(in)+"]  # the network's inputs",
		"Y = points[:, "+strconv.Itoa(in)+":]  # the outputs it should learn",
		"")
}

// targets says what the targets are.
func (p *pyWriter) targets() string {
	if _, ok := p.tr.Loss.(BCEWithLogitsLoss); ok {
		return "its class, 0 or 1 (the page's label -1 is class 0, +1 is class 1)."
	}
	for _, r := range p.tr.T {
		for _, v := range r {
			if v != 1 && v != -1 {
				return "its value."
			}
		}
	}
	return "its label, -1 or +1."
}

func (p *pyWriter) loss() {
	p.say("# The loss of one point, with y the network's output and t the target, is",
		"#     "+p.tr.Loss.Formula(),
		"# and a batch's loss is the mean over its points.",
		pyLosses[lossKind(p.tr.Loss)])
}

func (p *pyWriter) training() {
	o := p.tr.Opt
	reg := o.L2 != 0 || o.L1 != 0
	p.say("# The page's training rule.",
		"LEARNING_RATE = "+pyFloat(o.LR),
		"BATCH_SIZE = "+strconv.Itoa(max(p.tr.BatchSize, 1)))
	sgd := "optimizer = torch.optim.SGD(model.parameters(), lr=LEARNING_RATE)"
	if o.Momentum != 0 {
		p.say("MOMENTUM = " + pyFloat(o.Momentum))
		sgd = "optimizer = torch.optim.SGD(model.parameters(), lr=LEARNING_RATE, momentum=MOMENTUM)"
	}
	if o.L2 != 0 {
		p.say("L2 = " + pyFloat(o.L2) + "  # L2 regularization rate")
	}
	if o.L1 != 0 {
		p.say("L1 = " + pyFloat(o.L1) + "  # L1 regularization rate")
	}
	p.say("DEFAULT_EPOCHS = "+strconv.Itoa(p.opt.Epochs), "", sgd)
	if reg {
		p.regularize()
	} else {
		p.say("# No regularization: the page's regularization is set to none.")
	}
	p.say("", "",
		"def train_one_epoch():",
		`    """One pass over the training points in order, BATCH_SIZE at a time (the last`,
		`    batch is shorter when BATCH_SIZE does not divide the number of points)."""`,
		"    for start in range(0, len(X), BATCH_SIZE):",
		"        x, y = X[start:start + BATCH_SIZE], Y[start:start + BATCH_SIZE]",
		"        optimizer.zero_grad()",
		"        loss = loss_fn(model(x), y)  # the batch's mean loss",
		"        loss.backward()  # its gradient for every weight and bias, in .grad",
		"        optimizer.step()  # each parameter moves by -LEARNING_RATE * its gradient")
	if reg {
		p.say("        regularize()")
	}
	p.say("", "",
		"def mean_loss():",
		`    """The mean loss over all training points, as the page's loss chart shows it."""`,
		"    with torch.no_grad():",
		"        return loss_fn(model(X), Y).item()",
		"")
}

// regularize writes core's SGD regularization: L2, then L1 stopping at 0, on weights.
func (p *pyWriter) regularize() {
	o := p.tr.Opt
	p.say("", "",
		"def regularize():",
		`    """Playground's regularization, as the page applies it: after each step, on the`,
		`    weights only, never the biases. (PyTorch's weight_decay would instead add L2 * w`,
		`    to the gradient, before the step.)"""`,
		"    with torch.no_grad():",
		"        for layer in model:",
		"            if not isinstance(layer, nn.Linear):",
		"                continue",
		"            w = layer.weight")
	if o.L2 != 0 {
		p.say("            # L2 shrinks every weight in proportion to its size.",
			"            w -= LEARNING_RATE * L2 * w")
	}
	if o.L1 != 0 {
		p.say("            # L1 pulls every weight toward 0 by the same amount; one that would",
			"            # cross 0 stops there.",
			"            pulled = w - LEARNING_RATE * L1 * torch.sign(w)",
			"            w.copy_(torch.where(w * pulled < 0, torch.zeros_like(w), pulled))")
	}
}

func (p *pyWriter) main() {
	p.say("",
		"def epochs_from(argv):",
		`    """The number of epochs: the first argument, or DEFAULT_EPOCHS without one."""`,
		"    if len(argv) == 1:",
		"        return DEFAULT_EPOCHS",
		"    arg = argv[1]",
		"    if len(argv) > 2 or not (arg.isascii() and arg.isdigit()) or int(arg) < 1:",
		`        sys.exit(f"usage: python3 {argv[0]} [EPOCHS]\n"`,
		`                 f"EPOCHS must be a whole number from 1 up (default {DEFAULT_EPOCHS}), "`,
		`                 f"not {' '.join(argv[1:])!r}")`,
		"    return int(arg)",
		"", "",
		"def main(argv):",
		"    epochs = epochs_from(argv)",
		`    print(f"epoch 0 loss {mean_loss()!r}")  # the page's weights, before training`,
		"    for epoch in range(1, epochs + 1):",
		"        train_one_epoch()",
		"        loss = mean_loss()",
		`        print(f"epoch {epoch} loss {loss!r}")`,
		"        if not abs(loss) < float(\"inf\"):  # NaN or infinite",
		`            sys.exit("training diverged: the learning rate is too high for this network")`,
		"", "",
		`if __name__ == "__main__":`,
		"    main(sys.argv)")
}
