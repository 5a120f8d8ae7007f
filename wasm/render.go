//go:build js && wasm

package main

import (
	"fmt"
	"image/color"
	"math"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"

	"nnplay/core"
	"nnplay/wasm/play"
)

// Colours of the canvas. The curves use the Okabe-Ito blue and vermillion of the PNG
// figures; weights and unit pictures use Playground's orange and blue.
var (
	background = color.RGBA{0xfb, 0xfb, 0xfc, 0xff}
	ink        = color.RGBA{0x22, 0x26, 0x2a, 0xff}
	softInk    = color.RGBA{0x5f, 0x66, 0x6d, 0xff}
	hairline   = color.RGBA{0xc8, 0xcc, 0xd0, 0xff}
	curveF     = color.RGBA{0x00, 0x72, 0xb2, 0xff}
	curveDF    = color.RGBA{0xd5, 0x5e, 0x00, 0xff}
	satShade   = color.RGBA{0xf0, 0xe4, 0x42, 0x55}
	deadShade  = color.RGBA{0x60, 0x60, 0x60, 0x40}
	selectRing = color.RGBA{0x11, 0x11, 0x11, 0xff}
)

// face is one size of the text atlas, uploaded to the GPU, with each glyph's
// sub-image made once.
type face struct {
	img    *ebiten.Image
	atlas  *play.Atlas
	glyphs map[rune]*ebiten.Image
}

type fonts struct {
	scale         float64
	small, normal face
}

func newFonts() fonts { return newFontsAt(ebiten.Monitor().DeviceScaleFactor()) }

func newFontsAt(s float64) fonts {
	if s <= 0 {
		s = 1
	}
	mk := func(px float64) face {
		a, err := play.NewAtlas(px * s)
		if err != nil {
			panic(err) // the embedded Go font always parses
		}
		f := face{img: ebiten.NewImageFromImage(a.Image), atlas: a, glyphs: map[rune]*ebiten.Image{}}
		for r, gl := range a.Glyphs {
			if !gl.Src.Empty() {
				f.glyphs[r] = f.img.SubImage(gl.Src).(*ebiten.Image)
			}
		}
		return f
	}
	return fonts{scale: s, small: mk(11), normal: mk(13)}
}

type align int

const (
	left align = iota
	center
	right
)

// pictures are every unit's heatmap as a texture, refreshed when the sweep is
// recomputed. Units get thumbnails of thumbSize x thumbSize, sampled from the sweep's
// 100 x 100 grid; the output unit also gets the full grid for the big plane.
type pictures struct {
	units [][]*ebiten.Image // [level][unit]
	plane *ebiten.Image     // the output unit at full resolution
	pix   []byte
	small []float64
	norm  []float64
	shape string
}

// thumbSize is the side of a unit's picture: a quarter of the sweep's pixels to upload,
// still five times Playground's 10 x 10.
const thumbSize = 50

// thumbIndex[k] is the grid index that thumbnail pixel k samples, both ends included.
var thumbIndex = func() (idx [thumbSize]int) {
	for k := range idx {
		idx[k] = int(math.Round(float64(k) * (play.HeatmapSize - 1) / (thumbSize - 1)))
	}
	return idx
}()

func (p *pictures) refresh(m *play.Model) {
	n := play.HeatmapSize
	sizes := m.Sizes()
	if shape := fmt.Sprint(sizes); shape != p.shape {
		for _, l := range p.units {
			for _, img := range l {
				img.Deallocate()
			}
		}
		p.units = make([][]*ebiten.Image, len(sizes))
		for l, c := range sizes {
			p.units[l] = make([]*ebiten.Image, c)
			for i := range p.units[l] {
				p.units[l][i] = ebiten.NewImage(thumbSize, thumbSize)
			}
		}
		if p.plane == nil {
			p.plane = ebiten.NewImage(n, n)
		}
		p.pix = make([]byte, 4*n*n)
		p.small = make([]float64, thumbSize*thumbSize)
		p.norm = make([]float64, n*n)
		p.shape = shape
	}
	thumb := func(img *ebiten.Image, vals []float64) {
		for r, gr := range thumbIndex {
			for c, gc := range thumbIndex {
				p.small[r*thumbSize+c] = vals[gr*n+gc]
			}
		}
		play.HeatPixels(p.small, p.pix[:4*len(p.small)])
		img.WritePixels(p.pix[:4*len(p.small)])
	}
	for f, vals := range m.Heat.Inputs {
		// Inputs span [-6, 6] or more: scale each to [-1, 1] for its picture.
		peak := 0.0
		for _, v := range vals {
			peak = math.Max(peak, math.Abs(v))
		}
		for k, v := range vals {
			p.norm[k] = v / math.Max(peak, 1e-12)
		}
		thumb(p.units[0][f], p.norm)
	}
	for l, layer := range m.Heat.Values {
		for i, vals := range layer {
			thumb(p.units[l+1][i], vals)
		}
	}
	// The big plane is muted a third toward white, so the data points on it stand out
	// once the network has learned their colours.
	last := m.Heat.Values[len(m.Heat.Values)-1][0]
	play.HeatPixels(last, p.pix)
	for i := range p.pix {
		if i%4 != 3 {
			p.pix[i] += (255 - p.pix[i]) / 3
		}
	}
	p.plane.WritePixels(p.pix)
}

// paint draws the whole canvas from the model: pictures and flat shapes as it goes,
// then every anti-aliased shape in one batch, then the backdrops of labels, then all
// text. One anti-aliased draw per frame keeps a software-rendered browser fast.
func (g *Game) paint(screen *ebiten.Image) {
	screen.Fill(background)
	g.texts, g.backdrops = g.texts[:0], g.backdrops[:0]
	tr := g.view.Trace
	g.drawNetwork(screen, tr)
	g.drawPulses(screen)
	g.drawPlane(screen)
	g.drawActivation(screen, tr)
	g.drawChart(screen)
	g.drawLossBox(screen)
	g.drawBanner(screen)
	g.batch.flush(screen)
	for _, r := range g.backdrops {
		vector.DrawFilledRect(screen, float32(r.X), float32(r.Y), float32(r.W), float32(r.H), color.RGBA{0xff, 0xff, 0xff, 0xe8}, false)
	}
	g.flushTexts(screen)
}

// flushTexts draws the frame's text: every glyph of a size as quads of one
// DrawTriangles call on its atlas, instead of a draw per glyph.
func (g *Game) flushTexts(dst *ebiten.Image) {
	for _, f := range []face{g.fonts.small, g.fonts.normal} {
		vs, is := g.textVS[:0], g.textIS[:0]
		for _, t := range g.texts {
			if t.face.img != f.img {
				continue
			}
			x, y := t.x, t.y
			switch t.align {
			case center:
				x -= f.atlas.Width(t.s) / 2
			case right:
				x -= f.atlas.Width(t.s)
			}
			x, y = math.Round(x), math.Round(y+f.atlas.Ascent)
			cr, cg, cb, ca := color4(t.clr)
			for _, r := range t.s {
				gl := f.atlas.Glyph(r)
				if src := gl.Src; !src.Empty() {
					if len(vs)+4 > maxVertices {
						dst.DrawTriangles(vs, is, f.img, &ebiten.DrawTrianglesOptions{})
						vs, is = vs[:0], is[:0]
					}
					x0, y0 := float32(x+gl.DX), float32(y+gl.DY)
					x1, y1 := x0+float32(src.Dx()), y0+float32(src.Dy())
					k := uint16(len(vs))
					vs = append(vs,
						ebiten.Vertex{DstX: x0, DstY: y0, SrcX: float32(src.Min.X), SrcY: float32(src.Min.Y), ColorR: cr, ColorG: cg, ColorB: cb, ColorA: ca},
						ebiten.Vertex{DstX: x1, DstY: y0, SrcX: float32(src.Max.X), SrcY: float32(src.Min.Y), ColorR: cr, ColorG: cg, ColorB: cb, ColorA: ca},
						ebiten.Vertex{DstX: x1, DstY: y1, SrcX: float32(src.Max.X), SrcY: float32(src.Max.Y), ColorR: cr, ColorG: cg, ColorB: cb, ColorA: ca},
						ebiten.Vertex{DstX: x0, DstY: y1, SrcX: float32(src.Min.X), SrcY: float32(src.Max.Y), ColorR: cr, ColorG: cg, ColorB: cb, ColorA: ca},
					)
					is = append(is, k, k+1, k+2, k, k+2, k+3)
				}
				x += gl.Advance
			}
		}
		if len(is) > 0 {
			dst.DrawTriangles(vs, is, f.img, &ebiten.DrawTrianglesOptions{})
		}
		g.textVS, g.textIS = vs, is
	}
}

// queuedText is text that paint draws last, over everything.
type queuedText struct {
	face  face
	s     string
	x, y  float64
	clr   color.Color
	align align
}

// label queues s to be drawn with its top at y, aligned at x.
func (g *Game) label(f face, s string, x, y float64, clr color.Color, a align) {
	g.texts = append(g.texts, queuedText{f, s, x, y, clr, a})
}

func (g *Game) px(v float64) float32 { return float32(v * g.scale) }

func (g *Game) drawNetwork(dst *ebiten.Image, tr *core.Trace) {
	m, geo, b := g.m, g.geo, &g.batch
	// Edges: colour is the sign and width the size of the weight, or of dL/dW while
	// training fast and during Step's backward pass.
	mode := g.edgeMode()
	top := g.gradTop(mode)
	for l, layer := range m.Net.Layers {
		for i, row := range layer.Linear.Weight {
			to := geo.Nodes[l+1][i]
			for j := range row {
				from := geo.Nodes[l][j]
				x0, y0 := from.X+from.W, from.Y+from.H/2
				x1, y1 := to.X, to.Y+to.H/2
				w, clr := g.edgeStyle(mode, l, i, j, top)
				b.line(dst, float32(x0), float32(y0), float32(x1), float32(y1), g.px(w), clr)
			}
		}
	}
	if legend := edgeLegends[mode]; geo.Bars >= 40*g.scale && g.fonts.small.atlas.Width(legend) < geo.Pitch()*2 {
		g.label(g.fonts.small, legend, geo.Net.X, geo.Net.Y+g.fonts.normal.atlas.LineHeight*2+2*g.scale, softInk, left)
	}
	// Column titles.
	for lv, level := range geo.Nodes {
		if len(level) == 0 {
			continue
		}
		x := level[0].X + level[0].W/2
		y := geo.Net.Y
		title, sub := "Input", "features"
		if lv > 0 {
			layer := m.Layer(lv - 1)
			title = fmt.Sprintf("Layer %d", lv)
			if lv == len(geo.Nodes)-1 {
				title = "Output"
			}
			sub = fmt.Sprintf("Linear %d→%d, %s", layer.Linear.In, layer.Linear.Out, shortAct(layer.Activation()))
			if !layer.Linear.HasBias() {
				sub += ", no bias"
			}
			if g.fonts.small.atlas.Width(sub) > geo.Pitch()-6*g.scale {
				sub = shortAct(layer.Activation()) // narrow columns: the name of the activation only
			}
		}
		g.label(g.fonts.normal, title, x, y, ink, center)
		g.label(g.fonts.small, sub, x, y+g.fonts.normal.atlas.LineHeight, softInk, center)
	}
	// Units: the picture of each unit over the plane, the input point on it, its
	// value and bias under it.
	for lv, level := range geo.Nodes {
		for i, r := range level {
			op := &drawOp
			*op = ebiten.DrawImageOptions{Filter: ebiten.FilterLinear}
			op.GeoM.Scale(r.W/thumbSize, r.H/thumbSize)
			op.GeoM.Translate(r.X, r.Y)
			dst.DrawImage(g.pics.units[lv][i], op)
			selected := lv > 0 && (play.Unit{Level: lv, Index: i}) == m.Selected
			if selected {
				vector.StrokeRect(dst, float32(r.X-2*g.scale), float32(r.Y-2*g.scale), float32(r.W+4*g.scale), float32(r.H+4*g.scale), g.px(3), selectRing, false)
			} else {
				vector.StrokeRect(dst, float32(r.X), float32(r.Y), float32(r.W), float32(r.H), g.px(1), hairline, false)
			}
			if lv > 0 {
				// The bias as a small square on the unit's corner, coloured by its sign
				// and size: visible at any unit size.
				if b, ok := g.bias(lv-1, i); ok {
					s := math.Max(6*g.scale, r.W/5)
					vector.DrawFilledRect(dst, float32(r.X-s/2), float32(r.Y+r.H-s/2), float32(s), float32(s), play.Diverging(b), false)
					vector.StrokeRect(dst, float32(r.X-s/2), float32(r.Y+r.H-s/2), float32(s), float32(s), g.px(1), ink, false)
				}
			}
			px := r.X + (m.Input[0]+play.InputLimit)/(2*play.InputLimit)*r.W
			py := r.Y + (play.InputLimit-m.Input[1])/(2*play.InputLimit)*r.H
			b.ring(dst, float32(px), float32(py), g.px(2.5), g.px(1.2), ink)

			ty := r.Y + r.H + 3*g.scale
			f := g.fonts.small
			cx := r.X + r.W/2
			if geo.Numbers == 0 {
				continue // a small window: the numbers are in the panel and the view
			}
			if lv == 0 {
				g.label(f, fmt.Sprintf("%s = %s", m.Features[i], play.Num(tr.X[i])), cx, ty, ink, center)
				continue
			}
			first, second := g.unitLines(lv, i, tr)
			g.label(f, first, cx, ty, ink, center)
			g.label(f, second, cx, ty+f.atlas.LineHeight, softInk, center)
		}
	}
	g.drawForwardFill(dst)
	g.drawUnitMeters(dst)
	g.drawGradBars(dst)
	// The selected unit's incoming weights, written on their edges.
	if u := m.Selected; u.Level > 0 {
		to := geo.Nodes[u.Level][u.Index]
		l := u.Level - 1
		phase, _, _ := m.Anim.Now()
		for j := range m.Layer(l).Linear.Weight[u.Index] {
			from := geo.Nodes[u.Level-1][j]
			x0, y0 := from.X+from.W, from.Y+from.H/2
			x1, y1 := to.X, to.Y+to.H/2
			x, y := x0+(x1-x0)*0.72, y0+(y1-y0)*0.72
			s := "w " + play.Num(g.weight(l, u.Index, j))
			if rec := m.Anim.Record; rec != nil && (phase == play.PhaseUpdate || m.Anim.Done == play.PhaseUpdate) {
				if idx, ok := g.paramIndex(l, false); ok {
					k := u.Index*m.Layer(l).Linear.In + j
					s = "w " + fine(rec.Old[idx][k]) + " → " + fine(rec.New[idx][k])
				}
			} else if g.edgeMode() == edgesStepGrad && g.backwardDone(l) {
				s = "dL/dw " + play.Num(m.Anim.Record.Trace.Layers[l].WeightGrad(u.Index, j))
			}
			f := g.fonts.small
			tw, th := f.atlas.Width(s)+6*g.scale, f.atlas.LineHeight+2*g.scale
			g.backdrops = append(g.backdrops, play.Rect{X: x - tw/2, Y: y - th/2, W: tw, H: th})
			g.label(f, s, x, y-th/2+g.scale, ink, center)
		}
	}
}

// edgeLegends says what the edges encode, in each mode.
var edgeLegends = [...]string{
	edgesWeight:   "edges: weights (blue +, orange -, width = size)",
	edgesGradient: "edges: dL/dW over the training set (width = size)",
	edgesStepGrad: "edges: dL/dW of this sample",
}

// pointsKey says what the points layer was drawn for: the data and where the plane is.
type pointsKey struct {
	data  int
	plane play.Rect
}

// shortAct is an activation's name for a column title.
func shortAct(a core.Activation) string {
	if l, ok := a.(core.LeakyReLU); ok {
		return fmt.Sprintf("LeakyReLU(%g)", l.NegativeSlope)
	}
	s := a.String()
	if len(s) > 2 && s[len(s)-2:] == "()" {
		return s[:len(s)-2]
	}
	if i := strings.IndexByte(s, '('); i > 0 {
		return s[:i]
	}
	return s
}

// drawPlane draws the output unit over the input plane with the data on it, and the
// input point.
func (g *Game) drawPlane(dst *ebiten.Image) {
	m, r := g.m, g.geo.Plane
	op := &drawOp
	*op = ebiten.DrawImageOptions{Filter: ebiten.FilterLinear}
	op.GeoM.Scale(r.W/play.HeatmapSize, r.H/play.HeatmapSize)
	op.GeoM.Translate(r.X, r.Y)
	dst.DrawImage(g.pics.plane, op)
	vector.StrokeRect(dst, float32(r.X), float32(r.Y), float32(r.W), float32(r.H), g.px(1), hairline, false)
	rad := float32(math.Max(2.2, r.W/110))
	b := &g.batch
	// The points change only with the data and the layout: they are drawn once into a
	// layer of their own, and each frame copies the layer.
	key := pointsKey{m.DataGen(), r}
	if g.pointsKey != key {
		if g.points != nil {
			g.points.Deallocate()
		}
		g.points = ebiten.NewImage(int(math.Ceil(r.W)), int(math.Ceil(r.H)))
		for k, pts := range [][]core.Point{m.Train, m.Test} {
			for _, p := range pts {
				x, y := g.geo.PlanePoint(p.X1, p.X2)
				fill := play.Diverging(p.Label)
				stroke := color.RGBA{0xff, 0xff, 0xff, 0xff}
				if k == 1 { // test points: dark outline
					stroke = ink
				}
				disc(g.points, x-r.X, y-r.Y, float64(rad+g.px(0.8)), stroke)
				disc(g.points, x-r.X, y-r.Y, float64(rad), fill)
			}
		}
		g.pointsKey = key
	}
	drawOp = ebiten.DrawImageOptions{}
	drawOp.GeoM.Translate(r.X, r.Y)
	dst.DrawImage(g.points, &drawOp)
	x, y := g.geo.PlanePoint(m.Input[0], m.Input[1])
	b.line(dst, float32(x)-g.px(9), float32(y), float32(x)+g.px(9), float32(y), g.px(1.5), ink)
	b.line(dst, float32(x), float32(y)-g.px(9), float32(x), float32(y)+g.px(9), g.px(1.5), ink)
	b.ring(dst, float32(x), float32(y), g.px(5), g.px(1.5), ink)
	f := g.fonts.small
	by := r.Y + r.H + 2*g.scale
	g.label(f, "-6", r.X, by, softInk, left)
	g.label(f, "x1 →", r.X+r.W/2, by, softInk, center)
	g.label(f, "6", r.X+r.W, by, softInk, right)
	g.label(f, "x2 ↑", r.X-4*g.scale, r.Y, softInk, right)
	title := "Output over the input plane"
	if g.fonts.normal.atlas.Width(title) > r.W {
		title = "Output"
	}
	g.label(g.fonts.normal, title, r.X, r.Y-g.fonts.normal.atlas.LineHeight-4*g.scale, ink, left)
	roomy := r.W >= 240*g.scale // room under the plane for the point and the legend
	if roomy {
		g.label(f, fmt.Sprintf("input point (%s, %s)", play.Num(m.Input[0]), play.Num(m.Input[1])), r.X, by+f.atlas.LineHeight*1.05, softInk, left)
	}
	if !roomy {
		return
	}
	// Legend: a train point (white rim) and a test point (dark rim).
	ly := float32(by + f.atlas.LineHeight*1.6)
	lx := float32(r.X + r.W*0.55)
	disc(dst, float64(lx), float64(ly), float64(rad+g.px(0.8)), color.White)
	disc(dst, float64(lx), float64(ly), float64(rad), play.Positive)
	disc(dst, float64(lx)+70*g.scale, float64(ly), float64(rad+g.px(0.8)), ink)
	disc(dst, float64(lx)+70*g.scale, float64(ly), float64(rad), play.Positive)
	g.label(f, "training", float64(lx)+float64(rad)+4*g.scale, float64(ly)-f.atlas.LineHeight/2, softInk, left)
	g.label(f, "test", float64(lx)+70*g.scale+float64(rad)+4*g.scale, float64(ly)-f.atlas.LineHeight/2, softInk, left)
}

// drawActivation plots the selected unit's f(z) and f'(z), shades where it saturates
// or dies, and marks its z at the input point and, as ticks, at every training point.
func (g *Game) drawActivation(dst *ebiten.Image, tr *core.Trace) {
	m, r := g.m, g.geo.ActView
	if r.W < 40 || r.H < 40 || m.Selected.Level == 0 {
		return
	}
	u := m.Selected
	act := m.Layer(u.Level - 1).Activation()
	z := tr.Layers[u.Level-1].Z[u.Index]
	nf, sf := g.fonts.normal, g.fonts.small
	head := nf.atlas.LineHeight*2 + 4*g.scale
	plot := play.Rect{X: r.X + 38*g.scale, Y: r.Y + head, W: r.W - 44*g.scale, H: r.H - head - sf.atlas.LineHeight - 8*g.scale}
	if plot.W < 20 || plot.H < 20 {
		return
	}
	lo, hi := -6.0, 6.0
	if _, ok := act.(core.ReLU6); ok {
		hi = 9
	}
	if !math.IsNaN(z) && !math.IsInf(z, 0) {
		lo, hi = math.Min(lo, z-0.5), math.Max(hi, z+0.5)
	}
	ylo, yhi := 0.0, 1.0
	for k := 0; k <= 200; k++ {
		x := lo + (hi-lo)*float64(k)/200
		for _, v := range []float64{act.Forward(x), act.Derivative(x)} {
			if !math.IsNaN(v) && !math.IsInf(v, 0) {
				ylo, yhi = math.Min(ylo, v), math.Max(yhi, v)
			}
		}
	}
	pad := (yhi - ylo) * 0.08
	ylo, yhi = ylo-pad, yhi+pad
	X := func(x float64) float32 { return float32(plot.X + (x-lo)/(hi-lo)*plot.W) }
	Y := func(y float64) float32 {
		return float32(plot.Y + plot.H - (math.Max(ylo, math.Min(yhi, y))-ylo)/(yhi-ylo)*plot.H)
	}
	for _, s := range core.Spans(act, lo, hi, 241) {
		shade := satShade
		switch s.Region {
		case core.Active:
			continue
		case core.Dead:
			shade = deadShade
		}
		vector.DrawFilledRect(dst, X(s.From), float32(plot.Y), X(s.To)-X(s.From), float32(plot.H), shade, false)
	}
	vector.StrokeRect(dst, float32(plot.X), float32(plot.Y), float32(plot.W), float32(plot.H), g.px(1), hairline, false)
	vector.StrokeLine(dst, float32(plot.X), Y(0), float32(plot.X+plot.W), Y(0), g.px(1), hairline, false)
	vector.StrokeLine(dst, X(0), float32(plot.Y), X(0), float32(plot.Y+plot.H), g.px(1), hairline, false)
	// Where the training points put this unit: one tick each along the bottom.
	for _, tz := range g.view.SelectedZ {
		if tz >= lo && tz <= hi {
			vector.StrokeLine(dst, X(tz), float32(plot.Y+plot.H), X(tz), float32(plot.Y+plot.H)-g.px(7), g.px(1), color.RGBA{0x20, 0x20, 0x20, 0x50}, false)
		}
	}
	b := &g.batch
	g.curve(dst, act.Forward, lo, hi, X, Y, curveF, false)
	g.curve(dst, act.Derivative, lo, hi, X, Y, curveDF, true)
	if !math.IsNaN(z) && !math.IsInf(z, 0) {
		b.line(dst, X(z), float32(plot.Y), X(z), float32(plot.Y+plot.H), g.px(1.2), ink)
		b.circle(dst, X(z), Y(act.Forward(z)), g.px(4), curveF)
		b.circle(dst, X(z), Y(act.Derivative(z)), g.px(4), curveDF)
	}
	g.label(nf, fmt.Sprintf("%s: %v", m.UnitName(u), act), r.X, r.Y, ink, left)
	region := core.RegionOf(act, z)
	line := fmt.Sprintf("z = %s   f(z) = %s   f'(z) = %s   (%v)", play.Num(z), play.Num(act.Forward(z)), play.Num(act.Derivative(z)), region)
	if cr := g.chainRule(); cr != "" {
		line = cr
	}
	g.label(sf, line, r.X, r.Y+nf.atlas.LineHeight, softInk, left)
	g.label(sf, play.Num(yhi-pad), plot.X-4*g.scale, plot.Y, softInk, right)
	g.label(sf, play.Num(ylo+pad), plot.X-4*g.scale, plot.Y+plot.H-sf.atlas.LineHeight, softInk, right)
	by := plot.Y + plot.H + 2*g.scale
	g.label(sf, play.Num(lo), plot.X, by, softInk, left)
	g.label(sf, play.Num(hi), plot.X+plot.W, by, softInk, right)
	// Legend under the plot: line samples for f and f', and what the ticks are.
	if plot.W < 300*g.scale {
		return
	}
	ly := by + sf.atlas.LineHeight/2
	lx := plot.X + plot.W*0.18
	b.line(dst, float32(lx), float32(ly), float32(lx+18*g.scale), float32(ly), g.px(2.2), curveF)
	for k := 0.0; k < 18; k += 6 {
		b.line(dst, float32(lx+(64+k)*g.scale), float32(ly), float32(lx+(64+k+3.5)*g.scale), float32(ly), g.px(2.2), curveDF)
	}
	g.label(sf, "f(z)", lx+22*g.scale, by, softInk, left)
	lx += 64 * g.scale
	g.label(sf, "f'(z)", lx+22*g.scale, by, softInk, left)
	g.label(sf, "ticks: training z", lx+60*g.scale, by, softInk, left)
}

// curve adds f over [lo, hi], through the transforms X and Y, to the batch; dashed
// if asked.
func (g *Game) curve(dst *ebiten.Image, f func(float64) float64, lo, hi float64, X, Y func(float64) float32, clr color.Color, dashed bool) {
	const n = 240
	var path vector.Path
	started := false
	for k := 0; k <= n; k++ {
		x := lo + (hi-lo)*float64(k)/n
		v := f(x)
		if math.IsNaN(v) || math.IsInf(v, 0) || (dashed && (k/6)%2 == 1) {
			started = false
			continue
		}
		if !started {
			path.MoveTo(X(x), Y(v))
			started = true
		} else {
			path.LineTo(X(x), Y(v))
		}
	}
	g.batch.add(dst, &path, g.px(2.2), clr)
}

// drawOp is reused by every sprite and glyph draw: the page draws on one goroutine, and
// an options value per draw would be thousands of allocations a frame.
var drawOp ebiten.DrawImageOptions

// discSprite is an anti-aliased white disc drawn once; data points are copies of it,
// scaled and tinted, which ebiten draws together in one call.
var discSprite = func() *ebiten.Image {
	const d = 64
	img := ebiten.NewImage(d, d)
	vector.DrawFilledCircle(img, d/2, d/2, d/2-1, color.White, true)
	return img
}()

// disc draws a filled circle of radius r at (x, y) from the sprite.
func disc(dst *ebiten.Image, x, y, r float64, clr color.Color) {
	s := float64(discSprite.Bounds().Dx())
	op := &drawOp
	*op = ebiten.DrawImageOptions{Filter: ebiten.FilterLinear}
	op.GeoM.Scale(2*r/(s-2), 2*r/(s-2))
	op.GeoM.Translate(x-r*s/(s-2), y-r*s/(s-2))
	op.ColorScale.ScaleWithColor(clr)
	dst.DrawImage(discSprite, op)
}

// whitePixel is the source image for filled shapes.
var whitePixel = func() *ebiten.Image {
	img := ebiten.NewImage(3, 3)
	img.Fill(color.White)
	return img.SubImage(imageRect(1, 1, 2, 2)).(*ebiten.Image)
}()
