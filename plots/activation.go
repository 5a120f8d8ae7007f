package plots

import (
	"fmt"
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"nnplay/core"
	"nnplay/plots/palette"
)

func init() {
	register(Kind{
		Name: "activation", Width: 800, Height: 600, PerActivation: true,
		About: "an activation f(z) and its derivative, regions shaded, z marked",
		Build: func(o Options) (Figure, error) {
			a := o.Activation
			a.Lang = o.Lang
			return Activation(o.Act, a)
		},
	})
}

// ActivationOptions configures an activation figure.
type ActivationOptions struct {
	// Min and Max bound the z axis; both zero means f.Range(). The axis grows to
	// show every mark.
	Min, Max float64
	// Marks are z values drawn as points on both curves, for example every training
	// point's pre-activation at one unit, so a reader sees whether the unit's inputs
	// sit in the linear part, the saturated part or the dead part. More than a dozen
	// are drawn small and light grey, behind the curves, which stay visible over them.
	Marks []float64
	// Highlight are z values drawn large on both curves, for example the unit's z at
	// one chosen input.
	Highlight []float64
	// MarksName and HighlightName name the marks and the highlighted z in the legend,
	// as the page names them ("z at 250 training points"); empty, they read "z marks (n)
	// on f(z) and f'(z)" and "highlighted z on f(z) and f'(z)".
	MarksName, HighlightName string
	// Title replaces the default title, the activation's PyTorch repr.
	Title string
	// Lang is the language of the figure's words: "en" (or "") or "ko".
	Lang string
}

// spanSamples is how finely regions are searched before their edges are bisected.
const spanSamples = 801

// Activation plots f(z) and f'(z) over the range, shading and naming where f is
// saturated, dead or leaky (see core.RegionOf), with the marks drawn on both curves.
func Activation(f core.Activation, o ActivationOptions) (*plot.Plot, error) {
	p, _, err := activation(f, o)
	return p, err
}

// activation is Activation, with the plot's legend for the tests to find.
func activation(f core.Activation, o ActivationOptions) (*plot.Plot, *legend, error) {
	l, err := langOf(o.Lang)
	if err != nil {
		return nil, nil, err
	}
	lo, hi := o.Min, o.Max
	if lo == 0 && hi == 0 {
		lo, hi = f.Range()
	}
	if !(lo < hi) || !core.IsFinite(lo) || !core.IsFinite(hi) {
		return nil, nil, fmt.Errorf("plots: range [%v, %v] is empty or not finite", lo, hi)
	}
	for _, z := range append(append([]float64(nil), o.Marks...), o.Highlight...) {
		if !core.IsFinite(z) {
			return nil, nil, fmt.Errorf("plots: mark %v is not a finite number", z)
		}
		pad := (hi - lo) * 0.03
		lo, hi = math.Min(lo, z-pad), math.Max(hi, z+pad)
	}
	title := o.Title
	if title == "" {
		title = f.String()
	}
	p := newPlot(l, title, "z", l.say(fAndDerivative), 11)
	p.X.Min, p.X.Max = lo, hi
	p.Y.Min, p.Y.Max = yRange(lo, hi, f.Forward, f.Derivative)
	p.X.Tick.Marker = signedTicks{labelledTicks{}}
	p.Y.Tick.Marker = signedTicks{labelledTicks{}}

	grid := plotter.NewGrid()
	grid.Vertical.Color, grid.Horizontal.Color = gridColor, gridColor
	p.Add(grid)
	lg := newLegend(p)
	regions, err := shadeRegions(l, p, f, lo, hi, 10)
	if err != nil {
		return nil, nil, err
	}

	fz, df := curves(f, 1000, vg.Points(2.2))
	lg.Add("f(z)", fz)
	lg.Add("f′(z)", df)

	// The marks go behind the curves, many of them in an opaque light grey, as the legend
	// shows them: translucent black ones, 840 of them over each other, buried f(z) and the
	// dashed f'(z) in black (look11). The highlighted z go over the curves.
	addMarks := func(zs []float64, label string, big bool) error {
		if len(zs) == 0 {
			return nil
		}
		on := func(g func(float64) float64) plotter.XYs {
			xys := make(plotter.XYs, len(zs))
			for i, z := range zs {
				xys[i] = plotter.XY{X: z, Y: g(z)}
			}
			return xys
		}
		var clr color.Color = palette.Black
		r := vg.Points(3.2)
		if !big && len(zs) > 12 {
			clr, r = plotColor(0xB4), vg.Points(1.8)
		}
		if big {
			r = vg.Points(5)
		}
		mf, err := plotter.NewScatter(on(f.Forward))
		if err != nil {
			return err
		}
		mf.GlyphStyle = draw.GlyphStyle{Color: clr, Radius: r, Shape: draw.CircleGlyph{}}
		md, err := plotter.NewScatter(on(f.Derivative))
		if err != nil {
			return err
		}
		md.GlyphStyle = draw.GlyphStyle{Color: clr, Radius: r * 1.12, Shape: draw.PyramidGlyph{}}
		p.Add(mf, md)
		lg.Add(label, pair{mf, md}) // the words name f(z) first, then f'(z)
		return nil
	}
	marks, highlight := o.MarksName, o.HighlightName
	if marks == "" {
		marks = l.say(zMarks, len(o.Marks))
	}
	if highlight == "" {
		highlight = l.say(highlightedZ)
	}
	if err := addMarks(o.Marks, marks, false); err != nil {
		return nil, nil, err
	}
	p.Add(fz, df)
	if err := addMarks(o.Highlight, highlight, true); err != nil {
		return nil, nil, err
	}
	for _, r := range regions {
		lg.Add(r.note, r.swatch)
	}
	lg.putAbove(p)
	p.Add(lg)
	return p, lg, nil
}

// curves returns f (solid, palette.Function) and f' (dashed, palette.Derivative),
// sampled n times.
func curves(f core.Activation, n int, width vg.Length) (fz, df *plotter.Function) {
	fz = plotter.NewFunction(f.Forward)
	fz.Samples = n
	fz.LineStyle = draw.LineStyle{Color: palette.Function, Width: width}
	df = plotter.NewFunction(f.Derivative)
	df.Samples = n
	dashes := []vg.Length{width * 3, width * 1.4}
	df.LineStyle = draw.LineStyle{Color: palette.Derivative, Width: width, Dashes: dashes}
	return fz, df
}

var gridColor = plotColor(0xE0)

// plotColor is an opaque grey of level v.
func plotColor(v uint8) color.Color { return color.Gray{Y: v} }

// yRange returns a vertical range that holds every curve over [lo, hi], padded.
func yRange(lo, hi float64, fs ...func(float64) float64) (float64, float64) {
	ymin, ymax := 0.0, 1.0
	for _, f := range fs {
		for k := 0; k <= 1000; k++ {
			v := f(lo + (hi-lo)*float64(k)/1000)
			if core.IsFinite(v) {
				ymin, ymax = math.Min(ymin, v), math.Max(ymax, v)
			}
		}
	}
	pad := (ymax - ymin) * 0.08
	return ymin - pad, ymax + pad
}

// shownRegion is a region shaded in a figure, for its legend: what it means and a
// swatch of its shade.
type shownRegion struct {
	note   string
	swatch plot.Thumbnailer
}

// shadeRegions shades every region of f over [lo, hi] but the active one, in the
// palette's colours that the page also uses, and returns each region shown once, for a
// legend in language l. When fontSize is not 0 it also writes the region's name at the
// foot of each band wide enough to hold it.
func shadeRegions(l lang, p *plot.Plot, f core.Activation, lo, hi float64,
	fontSize vg.Length) ([]shownRegion, error) {
	var labels plotter.XYLabels
	var shown []shownRegion
	named := map[core.Region]bool{}
	for _, s := range core.Spans(f, lo, hi, spanSamples) {
		fill, ok := palette.RegionFill(s.Region)
		if !ok {
			continue
		}
		poly, err := plotter.NewPolygon(plotter.XYs{
			{X: s.From, Y: p.Y.Min}, {X: s.To, Y: p.Y.Min}, {X: s.To, Y: p.Y.Max}, {X: s.From, Y: p.Y.Max},
		})
		if err != nil {
			return nil, err
		}
		poly.Color = fill
		poly.LineStyle.Width = 0
		p.Add(poly)
		if !named[s.Region] {
			named[s.Region] = true
			shown = append(shown, shownRegion{regionNote(l, f, s), poly})
		}
		if fontSize > 0 && (s.To-s.From)/(hi-lo) >= 0.12 {
			labels.XYs = append(labels.XYs, plotter.XY{X: (s.From + s.To) / 2, Y: p.Y.Min})
			labels.Labels = append(labels.Labels, l.band(s.Region))
		}
	}
	if len(labels.Labels) == 0 {
		return shown, nil
	}
	names, err := plotter.NewLabels(labels)
	if err != nil {
		return nil, err
	}
	for i := range names.TextStyle {
		names.TextStyle[i].Font = l.font(fontSize)
		names.TextStyle[i].XAlign = draw.XCenter
		names.TextStyle[i].YAlign = draw.YBottom
		names.TextStyle[i].Color = plotColor(0x40)
	}
	names.Offset = vg.Point{Y: vg.Points(4)}
	p.Add(names)
	return shown, nil
}

// regionNote says in a legend, in language l, what a shaded span of f means.
func regionNote(l lang, f core.Activation, s core.Span) string {
	switch s.Region {
	case core.Dead:
		return l.say(deadNote)
	case core.Leaky:
		return l.say(leakyNote, f.Derivative((s.From+s.To)/2))
	case core.Saturated:
		return l.say(saturatedNote)
	}
	return l.band(s.Region)
}
