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
// itself when drawn, once the data area's size is known. Inside the data area (the
// training figures) it takes the corner that hides the fewest points of the curves.
// Above it (the activation figures, whose shaded bands may leave no gap wide enough)
// it runs in rows under the title, in room it reserves there.
type legend struct {
	plot.Legend
	names  []string
	thumbs [][]plot.Thumbnailer
	points plotter.XYs // where the curves run, in data units
	rows   int         // rows above the data area, or 0 inside it
}

// pair is a legend thumbnail of two marks side by side, the first on the left: one
// entry names what a set of z draws on f(z) and on f'(z).
type pair [2]plot.Thumbnailer

// Thumbnail draws each mark centred in its half of c, a glyph no wider than four
// fifths of it; it implements plot.Thumbnailer.
func (p pair) Thumbnail(c *draw.Canvas) {
	mid := (c.Min.X + c.Max.X) / 2
	for i, t := range p {
		half := *c
		if i == 0 {
			half.Max.X = mid
		} else {
			half.Min.X = mid
		}
		if s, ok := t.(*plotter.Scatter); ok {
			g := s.GlyphStyle
			g.Radius = min(g.Radius, (half.Max.X-half.Min.X)*0.4)
			half.DrawGlyph(g, half.Center())
			continue
		}
		t.Thumbnail(&half)
	}
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
	l.thumbs = append(l.thumbs, thumbs)
}

// The row layout above the data area: the gap between entries, and the width a row
// is planned for. Write keeps a figure at least 480 points wide (see dpiFor), and the
// axis and margins take some 80 of them.
var (
	legendGap      = vg.Points(12)
	legendRowWidth = vg.Points(400)
)

// putAbove moves the legend above p's data area and reserves its rows under the title.
// Call it after the last Add.
func (l *legend) putAbove(p *plot.Plot) {
	l.rows = len(l.layout(legendRowWidth))
	p.Title.Padding += vg.Length(l.rows)*l.rowHeight() + 2*legendPad
}

// layout splits the entries into rows no wider than width, as index ranges.
func (l *legend) layout(width vg.Length) [][2]int {
	var rows [][2]int
	start, x := 0, vg.Length(0)
	for i := range l.names {
		w := l.entryWidth(i)
		if i > start && x+legendGap+w > width {
			rows = append(rows, [2]int{start, i})
			start, x = i, 0
		}
		if i > start {
			x += legendGap
		}
		x += w
	}
	return append(rows, [2]int{start, len(l.names)})
}

func (l *legend) entryWidth(i int) vg.Length {
	return l.ThumbnailWidth + l.TextStyle.Width(" "+l.names[i])
}

// rowHeight is a line of the legend's type with some air: font extents, not the
// entries' own boxes, so descenders and parentheses stay inside.
func (l *legend) rowHeight() vg.Length { return vg.Length(l.TextStyle.FontExtents().Height) * 1.3 }

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

// Box returns where the legend goes, margin included, for the data area c of plot p:
// in the room above c that putAbove reserved, or inside c.
func (l *legend) Box(c draw.Canvas, p *plot.Plot) vg.Rectangle {
	if l.rows > 0 {
		h := vg.Length(l.rows)*l.rowHeight() + 2*legendPad
		return vg.Rectangle{
			Min: vg.Point{X: c.Min.X, Y: c.Max.Y}, Max: vg.Point{X: c.Max.X, Y: c.Max.Y + h},
		}
	}
	w, h := l.size()
	w, h = w+2*legendPad, h+2*legendPad
	inset := vg.Points(4)
	tx, ty := p.Transforms(&c)
	xs := []vg.Length{c.Min.X + inset, c.Max.X - inset - w}
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
		best = vg.Rectangle{
			Min: vg.Point{X: c.Min.X, Y: c.Max.Y - h}, Max: vg.Point{X: c.Min.X + w, Y: c.Max.Y},
		}
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
	if l.rows == 0 {
		inner := c
		inner.Rectangle = vg.Rectangle{
			Min: vg.Point{X: r.Min.X + legendPad, Y: r.Min.Y + legendPad},
			Max: vg.Point{X: r.Max.X - legendPad, Y: r.Max.Y - legendPad},
		}
		l.Legend.Draw(inner)
		return
	}
	rh := l.rowHeight()
	sty := l.TextStyle
	sty.YAlign = draw.YCenter
	for k, row := range l.layout(r.Max.X - r.Min.X - 2*legendPad) {
		y := r.Max.Y - legendPad - vg.Length(k+1)*rh
		x := r.Min.X + legendPad
		for i := row[0]; i < row[1]; i++ {
			icon := c
			inset := rh * 0.15 // a swatch stays clear of the rows around it
			icon.Rectangle = vg.Rectangle{
				Min: vg.Point{X: x, Y: y + inset},
				Max: vg.Point{X: x + l.ThumbnailWidth, Y: y + rh - inset},
			}
			for _, t := range l.thumbs[i] {
				t.Thumbnail(&icon)
			}
			c.FillText(sty, vg.Point{X: x + l.ThumbnailWidth, Y: y + rh/2}, " "+l.names[i])
			x += l.entryWidth(i) + legendGap
		}
	}
}
