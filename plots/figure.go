package plots

import (
	"bytes"
	"fmt"
	"image/color"
	"io"
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgsvg"

	"nnplay/core"
	"nnplay/plots/palette"
)

// Figure is anything that draws itself on a canvas: a *plot.Plot, or a grid of them.
type Figure interface {
	Draw(c draw.Canvas)
}

// Figures are laid out for 640 x 480 CSS pixels (96 dpi); Write raises or lowers the
// resolution for other sizes so that text keeps its proportion to the figure.
const (
	baseDPI               = 96
	baseWidth, baseHeight = 640, 480
)

// dpiFor returns the resolution that fits the base layout into width x height pixels.
func dpiFor(width, height int) int {
	s := math.Min(float64(width)/baseWidth, float64(height)/baseHeight)
	return max(24, int(math.Round(baseDPI*s)))
}

// Formats lists the formats Write accepts.
var Formats = []string{"png", "svg"}

// Write renders fig at width x height pixels to w as "png" or "svg".
func Write(w io.Writer, fig Figure, width, height int, format string) error {
	if width < 64 || height < 64 || width > 8192 || height > 8192 {
		return fmt.Errorf("plots: size %dx%d is outside 64..8192 pixels", width, height)
	}
	dpi := dpiFor(width, height)
	wl, hl := vg.Length(width)*vg.Inch/vg.Length(dpi), vg.Length(height)*vg.Inch/vg.Length(dpi)
	switch format {
	case "png":
		c := vgimg.NewWith(vgimg.UseWH(wl, hl), vgimg.UseDPI(dpi), vgimg.UseBackgroundColor(color.White))
		fig.Draw(margin(draw.New(c)))
		_, err := vgimg.PngCanvas{Canvas: c}.WriteTo(w)
		return err
	case "svg":
		c := vgsvg.New(wl, hl)
		fig.Draw(margin(draw.New(c)))
		var buf bytes.Buffer
		if _, err := c.WriteTo(&buf); err != nil {
			return err
		}
		// vgsvg states the size in points; state it in CSS pixels and keep the
		// viewBox, so the SVG shows at the size asked for with the PNG's layout.
		size := fmt.Sprintf(`<svg width="%d" height="%d"`, width, height)
		svg := svgSize.ReplaceAll(buf.Bytes(), []byte(size))
		_, err := w.Write(svg)
		return err
	}
	return fmt.Errorf("plots: unknown format %q (want png or svg)", format)
}

// margin keeps figures off the image's edges.
func margin(c draw.Canvas) draw.Canvas {
	m := vg.Points(8)
	return draw.Crop(c, m, -m, m, -m)
}

var svgSize = regexp.MustCompile(`<svg width="[^"]*" height="[^"]*"`)

// series styles the lines of a figure with several, in the palette's Okabe-Ito colours
// (distinct for the common kinds of colour blindness): colour, dash and glyph all
// differ.
var series = []struct {
	color  color.Color
	dashes []vg.Length
	glyph  draw.GlyphDrawer
}{
	{palette.Orange, []vg.Length{vg.Points(6), vg.Points(3)}, draw.PyramidGlyph{}},
	{palette.Blue, nil, draw.CircleGlyph{}},
	{palette.Green, []vg.Length{vg.Points(2), vg.Points(2)}, draw.BoxGlyph{}},
	{palette.Purple, []vg.Length{vg.Points(8), vg.Points(2), vg.Points(2), vg.Points(2)},
		draw.CrossGlyph{}},
	{palette.SkyBlue, nil, draw.PlusGlyph{}},
	{palette.Vermillion, []vg.Length{vg.Points(4), vg.Points(4)}, draw.RingGlyph{}},
}

// newPlot returns a plot in the figures' sans-serif type for language l at the given
// base size.
func newPlot(l lang, title, xLabel, yLabel string, size vg.Length) *plot.Plot {
	p := plot.New()
	sans := l.font
	p.Title.Text = title
	p.Title.TextStyle.Font = sans(size * 1.15)
	p.X.Label.Text, p.Y.Label.Text = xLabel, yLabel
	for _, a := range []*plot.Axis{&p.X, &p.Y} {
		a.Label.TextStyle.Font = sans(size)
		a.Tick.Label.Font = sans(size * 0.85)
		a.Tick.Marker = signedTicks{plot.DefaultTicks{}}
	}
	p.Legend.TextStyle.Font = sans(size * 0.9)
	return p
}

// signedTicks are the ticks of a Ticker with the minus sign (U+2212) for each hyphen of
// their labels, which are numbers: "−6", "1e−05", as the page and its canvas write them
// (Liberation Sans draws "-" as a hyphen, short and high on the line). Both fonts of the
// figures hold it (WordRunes).
type signedTicks struct{ plot.Ticker }

// Ticks returns the ticks between min and max.
func (s signedTicks) Ticks(min, max float64) []plot.Tick {
	ts := s.Ticker.Ticks(min, max)
	for i := range ts {
		ts[i].Label = strings.ReplaceAll(ts[i].Label, "-", core.MinusSign)
	}
	return ts
}

// decadeTicks labels every power of ten of a log-scaled axis ("0.01", "1e-05") and
// marks the multiples between them.
type decadeTicks struct{}

// Ticks returns the ticks between min and max.
func (decadeTicks) Ticks(min, max float64) []plot.Tick {
	lo, hi := math.Log10(min), math.Log10(max)
	var ts []plot.Tick
	for _, t := range (log10Ticks{}).Ticks(lo, hi) {
		ts = append(ts, plot.Tick{Value: math.Pow(10, t.Value), Label: t.Label})
	}
	return ts
}

// log10Ticks is decadeTicks for an axis that holds log10 of the values on a linear
// scale. gonum places a rotated axis label's glyph box at the arithmetic middle of a
// log-scaled range, which pads a log-scaled vertical axis far too much; plotting log10
// on a linear axis avoids that.
type log10Ticks struct{}

// Ticks returns the ticks between min and max.
func (log10Ticks) Ticks(min, max float64) []plot.Tick {
	var ts []plot.Tick
	for k := math.Floor(min); k <= math.Ceil(max); k++ {
		label := strconv.FormatFloat(math.Pow(10, k), 'g', 1, 64)
		if k >= -3 && k <= 3 {
			label = strconv.FormatFloat(math.Pow(10, k), 'f', -1, 64)
		}
		for m := 1.0; m < 10; m++ {
			if v := k + math.Log10(m); v >= min-1e-9 && v <= max+1e-9 {
				t := plot.Tick{Value: v}
				if m == 1 {
					t.Label = label
				}
				ts = append(ts, t)
			}
		}
	}
	return ts
}

// grid is a Figure of plots laid out in rows and columns with aligned axes.
type grid struct {
	plots [][]*plot.Plot
	title string
	font  font.Font
}

// Draw draws every plot in its cell.
func (g grid) Draw(c draw.Canvas) {
	if g.title != "" {
		sty := draw.TextStyle{Color: palette.Black, Font: g.font, XAlign: draw.XCenter,
			YAlign: draw.YTop, Handler: plot.DefaultTextHandler}
		c.FillText(sty, vg.Point{X: c.Center().X, Y: c.Max.Y - vg.Points(4)}, g.title)
		c.Max.Y -= sty.Height(g.title) + vg.Points(10)
	}
	rows, cols := len(g.plots), len(g.plots[0])
	tiles := draw.Tiles{Rows: rows, Cols: cols, PadX: vg.Points(6), PadY: vg.Points(6),
		PadTop: vg.Points(2), PadBottom: vg.Points(2), PadLeft: vg.Points(2), PadRight: vg.Points(2)}
	canvases := plot.Align(g.plots, tiles, c)
	for r := range g.plots {
		for col, p := range g.plots[r] {
			if p != nil {
				p.Draw(canvases[r][col])
			}
		}
	}
}

// labelledTicks are ticks that each carry their number: gonum's default labels some
// of its ticks and leaves the ones between bare, and an activation's y axis read only
// "7.50", "0.00" and "−7.50" (look11). The step is the smallest of 1, 2, 2.5 and 5 times
// a power of ten that makes at most eight ticks whose labels fit in tickRoom, or two, and
// every label has the step's decimals: 0, 0.25, 0.5 ... or −5, 0, 5. Where no such ticks
// read apart, as on a range narrower than float64 tells apart beside its values, the
// range's ends are labelled in the digits that tell them apart. (On [6, 6.000000000000004],
// which plotgen's -range takes, eight labels of 17 characters ran into one another, and
// two read the same: review19.)
type labelledTicks struct{}

// Ticks returns the ticks between lo and hi.
func (labelledTicks) Ticks(lo, hi float64) []plot.Tick {
	if !(lo < hi) {
		return []plot.Tick{{Value: lo, Label: strconv.FormatFloat(lo, 'g', 6, 64)}}
	}
steps:
	for p := math.Floor(math.Log10(hi-lo)) - 2; p < 310; p++ {
		for _, m := range []struct {
			f float64
			d int // decimals of m×10^p beyond p's own
		}{{1, 0}, {2, 0}, {2.5, 1}, {5, 0}} {
			step, decimals := m.f*math.Pow(10, p), max(0, m.d-int(p))
			if math.Floor(hi/step)-math.Ceil(lo/step) >= 8 {
				continue
			}
			ts := stepTicks(lo, hi, step, decimals)
			if room := tickChars(ts); len(ts) > 2 && room > tickRoom {
				continue
			}
			if len(ts) < 2 || !labelsApart(ts) {
				break steps
			}
			return ts
		}
	}
	return []plot.Tick{{Value: lo, Label: strconv.FormatFloat(lo, 'g', -1, 64)},
		{Value: hi, Label: strconv.FormatFloat(hi, 'g', -1, 64)}}
}

// tickRoom is the characters the labels of an axis's ticks may take, two between each:
// an 800-pixel figure's axis holds some 90 of them.
const tickRoom = 60

// tickChars counts the characters of ts's labels, two between each.
func tickChars(ts []plot.Tick) int {
	n := 0
	for _, t := range ts {
		n += utf8.RuneCountInString(t.Label) + 2
	}
	return n
}

// labelsApart reports whether no two of ts's labels, in order, read the same.
func labelsApart(ts []plot.Tick) bool {
	for i := 1; i < len(ts); i++ {
		if ts[i].Label == ts[i-1].Label {
			return false
		}
	}
	return true
}

// stepTicks are the multiples of step within [lo, hi], labelled with decimals.
func stepTicks(lo, hi, step float64, decimals int) []plot.Tick {
	var ts []plot.Tick
	for i := math.Ceil(lo / step); i <= math.Floor(hi/step); i++ {
		v := i * step
		if v < lo || v > hi { // i×step rounded beyond the range's end
			continue
		}
		label := strconv.FormatFloat(v, 'f', decimals, 64)
		if i == 0 {
			v, label = 0, strconv.FormatFloat(0, 'f', decimals, 64) // not "-0.0"
		}
		ts = append(ts, plot.Tick{Value: v, Label: label})
	}
	return ts
}
