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

// ActivationOptions configures an activation figure.
type ActivationOptions struct {
	// Min and Max bound the z axis; both zero means DefaultRange(f). The axis grows to
	// show every mark.
	Min, Max float64
	// Marks are z values drawn as points on both curves, for example every training
	// point's pre-activation at one unit, so a reader sees whether the unit's inputs
	// sit in the linear part, the saturated part or the dead part. More than a dozen
	// are drawn small and translucent, so the curves stay visible under them.
	Marks []float64
	// Highlight are z values drawn large on both curves, for example the unit's z at
	// one chosen input.
	Highlight []float64
	// Title replaces the default title, the activation's PyTorch repr.
	Title string
}

// DefaultRange is the z range of f's figure: [-6, 6], Playground's input plane, and
// [-6, 9] for ReLU6 so that its flat top beyond 6 shows.
func DefaultRange(f core.Activation) (lo, hi float64) {
	if _, ok := f.(core.ReLU6); ok {
		return -6, 9
	}
	return -6, 6
}

// spanSamples is how finely regions are searched before their edges are bisected.
const spanSamples = 801

// Activation plots f(z) and f'(z) over the range, shading and naming where f is
// saturated, dead or leaky (see core.RegionOf), with the marks drawn on both curves.
func Activation(f core.Activation, o ActivationOptions) (*plot.Plot, error) {
	lo, hi := o.Min, o.Max
	if lo == 0 && hi == 0 {
		lo, hi = DefaultRange(f)
	}
	if !(lo < hi) || math.IsInf(lo, 0) || math.IsInf(hi, 0) {
		return nil, fmt.Errorf("plots: range [%v, %v] is empty or not finite", lo, hi)
	}
	for _, z := range append(append([]float64(nil), o.Marks...), o.Highlight...) {
		if math.IsNaN(z) || math.IsInf(z, 0) {
			return nil, fmt.Errorf("plots: mark %v is not a finite number", z)
		}
		pad := (hi - lo) * 0.03
		lo, hi = math.Min(lo, z-pad), math.Max(hi, z+pad)
	}
	title := o.Title
	if title == "" {
		title = f.String()
	}
	p := newPlot(title, "z", "f(z) and f'(z)", 11)
	p.X.Min, p.X.Max = lo, hi
	p.Y.Min, p.Y.Max = yRange(lo, hi, f.Forward, f.Derivative)
	p.X.Tick.Marker = distinctTicks{}

	grid := plotter.NewGrid()
	grid.Vertical.Color, grid.Horizontal.Color = gridColor, gridColor
	p.Add(grid)
	lg := newLegend(p)
	if err := shadeRegions(p, f, lo, hi, 10, lg); err != nil {
		return nil, err
	}

	fz, df := curves(f, 1000, vg.Points(2.2))
	p.Add(fz, df)
	lg.Add("f(z)", fz)
	lg.Add("f'(z)", df)
	lg.avoidFunc(f.Forward, lo, hi)
	lg.avoidFunc(f.Derivative, lo, hi)

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
		var clr color.Color = black
		r := vg.Points(3.2)
		if !big && len(zs) > 12 {
			clr, r = color.NRGBA{0, 0, 0, 0x60}, vg.Points(1.8)
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
		lg.Add(label, mf)
		lg.avoidCurve(on(f.Forward))
		lg.avoidCurve(on(f.Derivative))
		return nil
	}
	if err := addMarks(o.Marks, fmt.Sprintf("z marks (%d)", len(o.Marks)), false); err != nil {
		return nil, err
	}
	if err := addMarks(o.Highlight, "highlighted z", true); err != nil {
		return nil, err
	}
	p.Add(lg)
	return p, nil
}

// curves returns f (solid blue) and f' (dashed vermillion), sampled n times.
func curves(f core.Activation, n int, width vg.Length) (fz, df *plotter.Function) {
	fz = plotter.NewFunction(f.Forward)
	fz.Samples = n
	fz.LineStyle = draw.LineStyle{Color: blue, Width: width}
	df = plotter.NewFunction(f.Derivative)
	df.Samples = n
	df.LineStyle = draw.LineStyle{Color: vermillion, Width: width, Dashes: []vg.Length{width * 3, width * 1.4}}
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
			if !math.IsNaN(v) && !math.IsInf(v, 0) {
				ymin, ymax = math.Min(ymin, v), math.Max(ymax, v)
			}
		}
	}
	pad := (ymax - ymin) * 0.08
	return ymin - pad, ymax + pad*2.5 // room for the legend and region labels on top
}

// shadeRegions shades every region of f over [lo, hi] but the active one, in the
// palette's colours that the page also uses, and when lg is not nil names each region
// shown in the legend and keeps the legend off the bands. When fontSize is not 0 it
// also writes the region's name at the foot of each band wide enough to hold it.
func shadeRegions(p *plot.Plot, f core.Activation, lo, hi float64, fontSize vg.Length, lg *legend) error {
	var labels plotter.XYLabels
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
			return err
		}
		poly.Color = fill
		poly.LineStyle.Width = 0
		p.Add(poly)
		if lg != nil {
			lg.avoidBand(s.From, s.To)
			if !named[s.Region] {
				named[s.Region] = true
				lg.Add(regionNote(f, s), poly)
			}
		}
		if fontSize > 0 && (s.To-s.From)/(hi-lo) >= 0.12 {
			labels.XYs = append(labels.XYs, plotter.XY{X: (s.From + s.To) / 2, Y: p.Y.Min})
			labels.Labels = append(labels.Labels, s.Region.String())
		}
	}
	if len(labels.Labels) == 0 {
		return nil
	}
	l, err := plotter.NewLabels(labels)
	if err != nil {
		return err
	}
	for i := range l.TextStyle {
		l.TextStyle[i].Font.Variant = "Sans"
		l.TextStyle[i].Font.Size = fontSize
		l.TextStyle[i].XAlign = draw.XCenter
		l.TextStyle[i].YAlign = draw.YBottom
		l.TextStyle[i].Color = plotColor(0x40)
	}
	l.Offset = vg.Point{Y: vg.Points(4)}
	p.Add(l)
	return nil
}

// regionNote says in a legend what a shaded span of f means.
func regionNote(f core.Activation, s core.Span) string {
	switch s.Region {
	case core.Dead:
		return "dead: f'(z) = 0, no gradient"
	case core.Leaky:
		return fmt.Sprintf("leaky: f'(z) = %g, small but never 0", f.Derivative((s.From+s.To)/2))
	case core.Saturated:
		return "saturated: flat toward a bound"
	}
	return s.Region.String()
}
