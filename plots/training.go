package plots

import (
	"fmt"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"nnplay/core"
)

// The training-based figures run core for real: Playground's data, networks and rule.

// data draws a Playground data set and returns its training half as inputs (x1, x2) and
// targets for the half squared error.
func data(kind core.DatasetKind, seed uint64) (xs, ts [][]float64, err error) {
	rng := core.NewRNG(seed)
	pts, err := core.Generate(kind, kind.DefaultSize(), 0, rng)
	if err != nil {
		return nil, nil, err
	}
	train, _ := core.Split(pts, 50, rng)
	xs = core.Inputs(train, []core.Feature{core.X1, core.X2})
	return xs, core.Targets(train, core.HalfMSELoss{}), nil
}

func trainer(net *core.Sequential, lr float64, xs, ts [][]float64) *core.Trainer {
	return &core.Trainer{
		Net: net, Loss: core.HalfMSELoss{}, Opt: core.NewSGD(net.Parameters(), lr), BatchSize: 10,
		X: xs, T: ts,
	}
}

func init() {
	register(Kind{
		Name: "vanishing-gradient", Width: 800, Height: 600,
		About: "the gradient's size per layer of a deep stack, per activation",
		Build: func(o Options) (Figure, error) {
			return VanishingGradient(VanishingOptions{Lang: o.Lang})
		},
	})
	register(Kind{
		Name: "dead-relu", Width: 1200, Height: 560,
		About: "dead ReLU units against the learning rate and during training",
		Build: func(o Options) (Figure, error) { return DeadReLU(DeadReLUOptions{Lang: o.Lang}) },
	})
	register(Kind{
		Name: "activation-race", Width: 800, Height: 600,
		About: "the training loss per epoch for each activation",
		Build: func(o Options) (Figure, error) { return ActivationRace(RaceOptions{Lang: o.Lang}) },
	})
}

// VanishingOptions configures VanishingGradient; zero fields take the defaults shown.
type VanishingOptions struct {
	Depth, Width int               // hidden layers and units per layer: 10 and 8
	Acts         []core.Activation // Sigmoid, Tanh, ReLU
	Init         *core.Init        // xavier_uniform, the init made for sigmoid and tanh
	Data         core.DatasetKind  // circle
	Seed         uint64            // 1
	Lang         string            // the words' language: "en" or "ko"
}

// VanishingGradient plots the norm of dL/dW at each layer of a deep stack, on a log
// scale, for each activation at the same init and data: real backpropagation of the
// mean loss over the training points through untrained networks. Sigmoid's derivative is
// at most 1/4, so its gradient shrinks several times per layer toward the input.
func VanishingGradient(o VanishingOptions) (*plot.Plot, error) {
	if o.Depth == 0 {
		o.Depth = 10
	}
	if o.Width == 0 {
		o.Width = 8
	}
	if o.Acts == nil {
		o.Acts = []core.Activation{core.Sigmoid{}, core.Tanh{}, core.ReLU{}}
	}
	init := core.InitXavierUniform
	if o.Init != nil {
		init = *o.Init
	}
	if o.Data == 0 {
		o.Data = core.Circle
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	l, err := langOf(o.Lang)
	if err != nil {
		return nil, err
	}
	if o.Depth < 1 || o.Depth > 50 || o.Width < 1 || o.Width > 64 {
		return nil, fmt.Errorf("plots: a stack of %d layers of %d units is outside 1..50 x 1..64",
			o.Depth, o.Width)
	}
	xs, ts, err := data(o.Data, o.Seed)
	if err != nil {
		return nil, err
	}
	sizes := []int{2}
	for i := 0; i < o.Depth; i++ {
		sizes = append(sizes, o.Width)
	}
	sizes = append(sizes, 1)
	title := l.say(vanishingTitle, o.Depth, o.Width, init)
	p := newPlot(l, title, l.say(layerAxis), l.say(gradNormAxis), 11)
	p.Y.Tick.Marker = signedTicks{log10Ticks{}}
	p.X.Tick.Marker = signedTicks{integerTicks{}}
	lowest, highest := math.Inf(1), math.Inf(-1)
	grid := plotter.NewGrid()
	grid.Vertical.Color, grid.Horizontal.Color = gridColor, gridColor
	p.Add(grid)
	lg := newLegend(p)
	for k, act := range o.Acts {
		norms := gradNorms(core.MLP(sizes, act, core.Tanh{}, init, o.Seed), xs, ts)
		xys := make(plotter.XYs, len(norms))
		for l, n := range norms {
			xys[l] = plotter.XY{X: float64(l + 1), Y: math.Log10(math.Max(n, 1e-300))}
		}
		for _, xy := range xys {
			lowest, highest = math.Min(lowest, xy.Y), math.Max(highest, xy.Y)
		}
		// The geometric mean fall per hidden layer, from the last hidden layer down.
		fall := 1.0
		if o.Depth > 1 {
			fall = math.Pow(10, (xys[o.Depth-1].Y-xys[0].Y)/float64(o.Depth-1))
		}
		line, points, err := plotter.NewLinePoints(xys)
		if err != nil {
			return nil, err
		}
		styleSeries(line, points, k)
		p.Add(line, points)
		label := l.say(aboutFlat, act, fall)
		if fall >= 1.5 {
			label = l.say(smallerPerLayer, act, fall)
		}
		lg.Add(label, line, points)
		lg.avoidCurve(xys)
	}
	p.Y.Min, p.Y.Max = math.Floor(lowest), math.Ceil(highest)
	p.Add(lg)
	return p, nil
}

// gradNorms returns the norm of dL/dW of each layer of net for the mean loss over
// (xs, ts), from real backpropagation.
func gradNorms(net *core.Sequential, xs, ts [][]float64) []float64 {
	var d core.Diagnoser
	diag := d.Run(net, xs, ts, core.HalfMSELoss{})
	norms := make([]float64, len(diag.Layers))
	for l, ld := range diag.Layers {
		norms[l] = ld.GradNorm
	}
	return norms
}

func styleSeries(line *plotter.Line, points *plotter.Scatter, k int) {
	s := series[k%len(series)]
	line.LineStyle = draw.LineStyle{Color: s.color, Width: vg.Points(2), Dashes: s.dashes}
	points.GlyphStyle = draw.GlyphStyle{Color: s.color, Radius: vg.Points(3.5), Shape: s.glyph}
}

// integerTicks marks every whole number of a short axis.
type integerTicks struct{}

// Ticks returns the ticks between min and max.
func (integerTicks) Ticks(min, max float64) []plot.Tick {
	var ts []plot.Tick
	step := math.Max(1, math.Ceil((max-min)/12))
	for v := math.Ceil(min); v <= max; v += step {
		ts = append(ts, plot.Tick{Value: v, Label: fmt.Sprint(v)})
	}
	return ts
}

// DeadReLUOptions configures DeadReLU; zero fields take the defaults shown.
type DeadReLUOptions struct {
	LRs     []float64        // 0.003 to 3, nine steps evenly spaced on a log scale
	Epochs  int              // training epochs per run for the learning-rate panel: 20
	Seeds   int              // runs averaged per point: 5
	Data    core.DatasetKind // spiral
	TimeLR  float64          // learning rate of the panel against epochs: 1
	TimeLen int              // epochs of that panel: 60
	Lang    string           // the words' language: "en" or "ko"
}

// DeadReLU plots the share of hidden units of Net B (2-8x6-1, tanh output,
// Playground's init and rule) that are dead on every training point after short
// training runs: against the learning rate, and against the epoch at one high rate, for
// ReLU and LeakyReLU. A large step can push a ReLU unit's pre-activation below zero on
// every point; then no gradient reaches it again. LeakyReLU's slope keeps one flowing.
func DeadReLU(o DeadReLUOptions) (Figure, error) {
	if o.LRs == nil {
		for k := 0; k <= 8; k++ {
			o.LRs = append(o.LRs, 0.003*math.Pow(1000, float64(k)/8))
		}
	}
	if o.Epochs == 0 {
		o.Epochs = 20
	}
	if o.Seeds == 0 {
		o.Seeds = 5
	}
	if o.Data == 0 {
		o.Data = core.Spiral
	}
	if o.TimeLR == 0 {
		o.TimeLR = 1
	}
	if o.TimeLen == 0 {
		o.TimeLen = 60
	}
	l, err := langOf(o.Lang)
	if err != nil {
		return nil, err
	}
	for _, lr := range append(o.LRs, o.TimeLR) {
		if !(lr > 0 && core.IsFinite(lr)) {
			return nil, fmt.Errorf("plots: learning rate %v is not a positive number", lr)
		}
	}
	xs, ts, err := data(o.Data, 2)
	if err != nil {
		return nil, err
	}
	acts := []core.Activation{core.ReLU{}, core.DefaultLeakyReLU}
	deadAxis := l.say(deadShareAxis)
	byLR := newPlot(l, l.say(deadAfterEpochs, o.Epochs, o.Data, o.Seeds),
		l.say(learningRateLogAxis), deadAxis, 10)
	byLR.X.Scale = plot.LogScale{}
	byLR.X.Tick.Marker = signedTicks{decadeTicks{}}
	byTime := newPlot(l, l.say(deadDuringTraining, o.TimeLR), l.say(epochAxis), deadAxis, 10)
	legends := map[*plot.Plot]*legend{}
	for _, p := range []*plot.Plot{byLR, byTime} {
		p.Y.Min, p.Y.Max = 0, 1
		grid := plotter.NewGrid()
		grid.Vertical.Color, grid.Horizontal.Color = gridColor, gridColor
		p.Add(grid)
		legends[p] = newLegend(p)
	}
	for k, act := range acts {
		lrXYs := make(plotter.XYs, len(o.LRs))
		for i, lr := range o.LRs {
			sum := 0.0
			for seed := 1; seed <= o.Seeds; seed++ {
				fr := deadRun(act, lr, uint64(seed), o.Epochs, xs, ts, nil)
				sum += fr
			}
			lrXYs[i] = plotter.XY{X: lr, Y: sum / float64(o.Seeds)}
		}
		timeXYs := make(plotter.XYs, o.TimeLen+1)
		for seed := 1; seed <= o.Seeds; seed++ {
			deadRun(act, o.TimeLR, uint64(seed), o.TimeLen, xs, ts, func(epoch int, fr float64) {
				timeXYs[epoch].X = float64(epoch)
				timeXYs[epoch].Y += fr / float64(o.Seeds)
			})
		}
		for i, xys := range []plotter.XYs{lrXYs, timeXYs} {
			line, points, err := plotter.NewLinePoints(xys)
			if err != nil {
				return nil, err
			}
			styleSeries(line, points, 2*k)
			p := byLR
			if i == 1 {
				p = byTime
				points.GlyphStyle.Radius = vg.Points(1.5)
			}
			p.Add(line, points)
			legends[p].Add(act.String(), line, points)
			legends[p].avoidCurve(xys)
		}
	}
	for _, p := range []*plot.Plot{byLR, byTime} {
		p.Add(legends[p])
	}
	return grid{
		plots: [][]*plot.Plot{{byLR, byTime}},
		title: l.say(deadReLUTitle, core.ShapeText(netB)),
		font:  l.font(11),
	}, nil
}

// netB is the page's preset Net B's layer sizes, 2-8x6-1, inputs first.
var netB = []int{2, 8, 8, 8, 8, 8, 8, 1}

// deadRun trains Net B with act for epochs at lr and returns the final share of hidden
// units dead on every training point; each is also passed to every, after each epoch
// (and before the first), when every is not nil. A diverged run stops where it diverged.
func deadRun(act core.Activation, lr float64, seed uint64, epochs int, xs, ts [][]float64,
	every func(epoch int, fraction float64)) float64 {
	net := core.MLP(netB, act, core.Tanh{}, core.InitPlayground, seed)
	tr := trainer(net, lr, xs, ts)
	var d core.Diagnoser
	fraction := func() float64 {
		diag := d.Run(net, xs, ts, core.HalfMSELoss{})
		dead, total := 0, 0
		for _, l := range diag.Layers[:len(diag.Layers)-1] {
			for _, v := range l.Dead {
				total++
				if v {
					dead++
				}
			}
		}
		return float64(dead) / float64(total)
	}
	fr := fraction()
	diverged := false
	for e := 0; e <= epochs; e++ {
		if e > 0 && !diverged {
			diverged = tr.RunEpoch() != nil
			fr = fraction()
		}
		if every != nil {
			every(e, fr)
		}
	}
	return fr
}

// RaceOptions configures ActivationRace; zero fields take the defaults shown.
type RaceOptions struct {
	Acts   []core.Activation // Sigmoid, Tanh, ReLU
	Data   core.DatasetKind  // circle
	Sizes  []int             // 2, 8, 8, 1
	LR     float64           // 0.03
	Epochs int               // 150
	Seed   uint64            // 1
	Lang   string            // the words' language: "en" or "ko"
}

// ActivationRace plots the training loss against the epoch for each activation on the
// same data, network shape, init and seed: which one learns fastest, shown rather than
// told. The output unit is tanh for all, as in Playground.
func ActivationRace(o RaceOptions) (*plot.Plot, error) {
	if o.Acts == nil {
		o.Acts = []core.Activation{core.Sigmoid{}, core.Tanh{}, core.ReLU{}}
	}
	if o.Data == 0 {
		o.Data = core.Circle
	}
	if o.Sizes == nil {
		o.Sizes = []int{2, 8, 8, 1}
	}
	if o.LR == 0 {
		o.LR = 0.03
	}
	if o.Epochs == 0 {
		o.Epochs = 150
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	l, err := langOf(o.Lang)
	if err != nil {
		return nil, err
	}
	if o.Epochs < 1 || o.Epochs > 5000 || !(o.LR > 0) {
		return nil, fmt.Errorf("plots: race of %d epochs at learning rate %v is out of range",
			o.Epochs, o.LR)
	}
	xs, ts, err := data(o.Data, 2)
	if err != nil {
		return nil, err
	}
	title := l.say(raceTitle, o.Data, core.ShapeText(o.Sizes), o.LR)
	p := newPlot(l, title, l.say(epochAxis), l.say(trainingLossAxis, core.HalfMSELoss{}.Formula()), 11)
	grid := plotter.NewGrid()
	grid.Vertical.Color, grid.Horizontal.Color = gridColor, gridColor
	p.Add(grid)
	p.Y.Min = 0
	lg := newLegend(p)
	for k, act := range o.Acts {
		net := core.MLP(o.Sizes, act, core.Tanh{}, core.InitPlayground, o.Seed)
		tr := trainer(net, o.LR, xs, ts)
		scan := core.NewTrace(net)
		xys := plotter.XYs{{X: 0, Y: net.MeanLoss(scan, xs, ts, core.HalfMSELoss{})}}
		reached := -1
		for tr.Epoch < o.Epochs {
			if err := tr.RunEpoch(); err != nil {
				break
			}
			l := net.MeanLoss(scan, xs, ts, core.HalfMSELoss{})
			xys = append(xys, plotter.XY{X: float64(tr.Epoch), Y: l})
			if reached < 0 && l < 0.05 {
				reached = tr.Epoch
			}
		}
		line, err := plotter.NewLine(xys)
		if err != nil {
			return nil, err
		}
		s := series[k%len(series)]
		line.LineStyle = draw.LineStyle{Color: s.color, Width: vg.Points(2.2), Dashes: s.dashes}
		label := l.say(lossNeverBelow, act)
		if reached >= 0 {
			label = l.say(lossBelowAt, act, reached)
		}
		p.Add(line)
		lg.Add(label, line)
		lg.avoidCurve(xys)
	}
	p.Y.Max = math.Max(p.Y.Max, 0.5) * 1.25 // room for the legend above the curves
	p.Add(lg)
	return p, nil
}
