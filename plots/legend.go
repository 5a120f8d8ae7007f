package plots

import (
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// legend is a figure's legend on a white box. gonum draws its own legend without a
// background and at a fixed corner, where it may sit on a shaded band or hide a curve;
// this one is added to the plot as its last plotter, so nothing covers it, and places
// itself when drawn, once the data area's size is known: at the first place, among the
// corners of the data area and the edges of its unshaded bands, that keeps off every
// shaded band and hides the fewest points of the curves.
type legend struct {
	plot.Legend
	names  []string
	bands  [][2]float64 // shaded intervals of x, in data units
	points plotter.XYs  // where the curves run, in data units
}

// legendPad is the white margin between the box's edge and its entries.
var legendPad = vg.Points(4)

// newLegend returns an empty legend in p's legend style. Add it to p last.
func newLegend(p *plot.Plot) *legend {
	l := &legend{Legend: plot.NewLegend()}
	l.TextStyle = p.Legend.TextStyle
	l.Top, l.Left = true, true
	return l
}

// Add adds an entry: its name and the thumbnails drawn beside it.
func (l *legend) Add(name string, thumbs ...plot.Thumbnailer) {
	l.Legend.Add(name, thumbs...)
	l.names = append(l.names, name)
}

// avoidBand keeps the legend off the shaded interval [from, to] of x.
func (l *legend) avoidBand(from, to float64) { l.bands = append(l.bands, [2]float64{from, to}) }

// avoidCurve keeps the legend off the line through xys where it can, filling in
// points between them so a box cannot slip between two distant samples.
func (l *legend) avoidCurve(xys plotter.XYs) {
	const between = 16
	for i, p := range xys {
		l.points = append(l.points, p)
		if i+1 == len(xys) {
			break
		}
		q := xys[i+1]
		for k := 1; k < between; k++ {
			t := float64(k) / between
			l.points = append(l.points, plotter.XY{X: p.X + (q.X-p.X)*t, Y: p.Y + (q.Y-p.Y)*t})
		}
	}
}

// avoidFunc keeps the legend off the curve of f over [lo, hi].
func (l *legend) avoidFunc(f func(float64) float64, lo, hi float64) {
	const n = 240
	for k := 0; k <= n; k++ {
		x := lo + (hi-lo)*float64(k)/n
		if y := f(x); !math.IsNaN(y) && !math.IsInf(y, 0) {
			l.points = append(l.points, plotter.XY{X: x, Y: y})
		}
	}
}

// size returns the width and height of the entries, without the box's margin.
func (l *legend) size() (w, h vg.Length) {
	sty := l.TextStyle
	enth := vg.Length(0)
	for _, n := range l.names {
		w = max(w, l.ThumbnailWidth+sty.Width(" "+n))
		enth = max(enth, sty.Rectangle(n).Max.Y)
	}
	n := vg.Length(len(l.names))
	return w, n*enth + (n-1)*l.Padding + sty.FontExtents().Descent
}

// Box returns where the legend goes in the data area c of plot p, margin included.
func (l *legend) Box(c draw.Canvas, p *plot.Plot) vg.Rectangle {
	w, h := l.size()
	w, h = w+2*legendPad, h+2*legendPad
	inset := vg.Points(4)
	tx, ty := p.Transforms(&c)
	// Horizontal places: the data area's left and right, and each edge and the
	// middle of every gap between shaded bands.
	xs := []vg.Length{c.Min.X + inset, c.Max.X - inset - w}
	var shaded [][2]vg.Length
	for _, b := range l.bands {
		shaded = append(shaded, [2]vg.Length{tx(b[0]), tx(b[1])})
	}
	gapFrom := c.Min.X
	for _, s := range shaded {
		if s[0] > gapFrom {
			xs = append(xs, gapFrom+inset, s[0]-inset-w, (gapFrom+s[0]-w)/2)
		}
		gapFrom = max(gapFrom, s[1])
	}
	if gapFrom < c.Max.X {
		xs = append(xs, gapFrom+inset, (gapFrom+c.Max.X-w)/2)
	}
	var pts []vg.Point
	for _, p := range l.points {
		pts = append(pts, vg.Point{X: tx(p.X), Y: ty(p.Y)})
	}
	best, bestScore := vg.Rectangle{}, math.Inf(1)
	for _, top := range []bool{true, false} {
		y := c.Max.Y - inset - h
		if !top {
			y = c.Min.Y + inset
		}
		for i, x := range xs {
			r := vg.Rectangle{Min: vg.Point{X: x, Y: y}, Max: vg.Point{X: x + w, Y: y + h}}
			if r.Min.X < c.Min.X || r.Max.X > c.Max.X {
				continue
			}
			score := float64(i) * 1e-3 // earlier places win ties
			if !top {
				score += 0.5
			}
			for _, s := range shaded {
				if r.Min.X < s[1] && s[0] < r.Max.X {
					score += 1e9
				}
			}
			for _, p := range pts {
				if p.X >= r.Min.X && p.X <= r.Max.X && p.Y >= r.Min.Y && p.Y <= r.Max.Y {
					score++
				}
			}
			if score < bestScore {
				best, bestScore = r, score
			}
		}
	}
	if math.IsInf(bestScore, 1) { // wider than the data area: its top left
		best = vg.Rectangle{Min: vg.Point{X: c.Min.X, Y: c.Max.Y - h}, Max: vg.Point{X: c.Min.X + w, Y: c.Max.Y}}
	}
	return best
}

// Plot draws the box and the entries; it implements plot.Plotter.
func (l *legend) Plot(c draw.Canvas, p *plot.Plot) {
	if len(l.names) == 0 {
		return
	}
	r := l.Box(c, p)
	c.SetColor(color.White)
	c.Fill(r.Path())
	inner := c
	inner.Rectangle = vg.Rectangle{
		Min: vg.Point{X: r.Min.X + legendPad, Y: r.Min.Y + legendPad},
		Max: vg.Point{X: r.Max.X - legendPad, Y: r.Max.Y - legendPad},
	}
	l.Legend.Draw(inner)
}
