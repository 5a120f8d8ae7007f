package play

import (
	"math"

	"nnplay/core"
)

// Pictures are every unit's heatmap as RGBA pixels, in one sheet that goes up to the
// GPU as one texture: a ThumbSize x ThumbSize thumbnail per unit, sampled from the
// sweep's HeatmapSize² grid, the output unit at full resolution for the plane, and a
// white block that solid shapes sample (at SolidSrc), so that the network's pictures
// and flat shapes draw in one call. Each picture has a gutter of one pixel that repeats
// its edge, so that a picture drawn scaled with linear filtering takes nothing from its
// neighbours. The sheet is reused while the network keeps its shape.
//
// The texture holds two sheets, one above the other: the one shown, and the next. A
// sweep spread over frames paints its pictures into the next a band at a time (the
// Pictures are the session's Stage), and Refresh then shows it whole: the texture never
// holds a mix of two parameter sets where it is drawn from, and no frame uploads it all.
// Other changes of the heatmaps paint and upload the sheet shown, at once.
type Pictures struct {
	// Sheet holds 4·SheetW·SheetH bytes, row after row: the last sheet painted.
	Sheet          []byte
	SheetW, SheetH int
	// GPU is the texture, when there is one to upload to.
	GPU   SheetImage
	shown int     // which of the texture's two sheets is shown: 0 the top, 1 the bottom
	cells [][]int // each unit's picture's first pixel in Sheet: [level][unit]
	small []float64
	norm  []float64
	signs []float64
	part  []byte // a band's pictures, when they are narrower than the sheet
}

// SheetImage is the texture of the pictures, SheetW x 2·SheetH pixels: the canvas's.
type SheetImage interface {
	// Make makes the texture anew, w x h pixels.
	Make(w, h int)
	// Write writes pix to the texture's rectangle from (x0, y0) to (x1, y1), excluded:
	// (x1-x0)·(y1-y0) pixels, row after row.
	Write(pix []byte, x0, y0, x1, y1 int)
}

// ThumbSize is the side of a unit's picture: a quarter of the sweep's pixels to upload,
// still five times Playground's 10 x 10.
const ThumbSize = 50

// The sheet's layout: the white block at the top left, the plane's picture beside it,
// then rows of sheetColumns units' pictures, each in a cell with its gutter.
const (
	sheetColumns = 16
	thumbCell    = ThumbSize + 2
	planeX       = 4 // the plane's cell's left: right of the white block
	unitsY       = HeatmapSize + 2
)

// thumbIndex[k] is the grid index that thumbnail pixel k samples, both ends included.
var thumbIndex = func() (idx [ThumbSize]int) {
	for k := range idx {
		idx[k] = int(math.Round(float64(k) * (HeatmapSize - 1) / (ThumbSize - 1)))
	}
	return idx
}()

// Refresh shows the pictures of m's heatmaps: the next sheet, when a sweep has painted
// them there (Session.Staged), else the sheet shown, painted and uploaded at once. It
// reports whether the network's shape changed since the last call, so that the texture
// was made again.
func (p *Pictures) Refresh(m *Session) (reshaped bool) {
	if m.Staged() && p.Fits(m) {
		p.shown = 1 - p.shown
		return false
	}
	reshaped = !p.Fits(m)
	if reshaped {
		p.layout(m.Sizes())
		p.shown = 0
		if p.GPU != nil {
			p.GPU.Make(p.SheetW, 2*p.SheetH)
		}
	}
	for k := range p.bands() {
		p.paintBand(m, m.Heat(), k)
	}
	if p.GPU != nil {
		p.GPU.Write(p.Sheet, 0, p.shown*p.SheetH, p.SheetW, (p.shown+1)*p.SheetH)
	}
	return reshaped
}

// Fits reports whether the sheet is laid out for m's network.
func (p *Pictures) Fits(m *Session) bool {
	// m.Sizes() would do, but Play asks every frame and must not allocate.
	ls := m.Net.Layers
	if len(p.cells) != len(ls)+1 || len(p.cells[0]) != m.Net.In() {
		return false
	}
	for l, layer := range ls {
		if len(p.cells[l+1]) != layer.Linear.Out {
			return false
		}
	}
	return true
}

// bands is the number of bands of the sheet, each a run of whole rows: the plane's,
// then each row of units' pictures.
func (p *Pictures) bands() int {
	if p.Sheet == nil {
		return 0 // not laid out yet
	}
	return 1 + (p.SheetH-unitsY)/thumbCell
}

// Bands is the number of bands a sweep of m's network paints (Stage): none when there
// is no texture or the sheet is not laid out for m's network (Refresh lays it out).
func (p *Pictures) Bands(m *Session) int {
	if p.GPU == nil || !p.Fits(m) {
		return 0
	}
	return p.bands()
}

// Paint paints band k of the pictures of heat, a sweep of m's network, and uploads it
// to the sheet not shown (Stage).
func (p *Pictures) Paint(m *Session, heat *core.Heatmap, k int) {
	if p.GPU == nil || !p.Fits(m) || k < 0 || k >= p.bands() {
		return // a Refresh has made the sheet anew since the sweep began: it is dropped
	}
	p.paintBand(m, heat, k)
	x1, y0, y1 := p.bandRect(k)
	next := (1 - p.shown) * p.SheetH
	pix := p.Sheet[p.at(0, y0):p.at(0, y1)]
	if x1 < p.SheetW { // the band's pictures only: the rest of its rows is never drawn
		p.part = p.part[:0]
		for y := y0; y < y1; y++ {
			p.part = append(p.part, p.Sheet[p.at(0, y):p.at(x1, y)]...)
		}
		pix = p.part
	}
	p.GPU.Write(pix, 0, next+y0, x1, next+y1)
}

// bandRect is where band k's pictures lie in the sheet: from its left edge to x1, and
// from row y0 to y1. The plane's band holds the white block and the plane; a row of
// units as many cells as it has units.
func (p *Pictures) bandRect(k int) (x1, y0, y1 int) {
	if k == 0 {
		return planeX + HeatmapSize + 2, 0, unitsY
	}
	units := 0
	for _, cells := range p.cells {
		units += len(cells)
	}
	y0 = unitsY + (k-1)*thumbCell
	return min(units-(k-1)*sheetColumns, sheetColumns) * thumbCell, y0, y0 + thumbCell
}

// paintBand paints band k: the plane, or the units of a row of the sheet.
func (p *Pictures) paintBand(m *Session, heat *core.Heatmap, k int) {
	output := func() []float64 {
		out := heat.Values[len(heat.Values)-1][0]
		if m.Discretize { // the output as two classes, its sign, on the plane and its unit
			out = p.sign(out)
		}
		return out
	}
	if k == 0 {
		p.paintPlane(output())
		return
	}
	first, last := (k-1)*sheetColumns, k*sheetColumns // the units' places on the sheet
	n := 0
	for l, cells := range p.cells {
		for i, cell := range cells {
			if n++; n <= first || n > last {
				continue
			}
			switch {
			case l == 0: // inputs span [-6, 6] or more: scale each to [-1, 1]
				vals := heat.Inputs[i]
				peak := math.Max(maxAbs(vals), 1e-12)
				for j, v := range vals {
					p.norm[j] = v / peak
				}
				p.thumb(cell, p.norm)
			case l == len(p.cells)-1 && i == 0:
				p.thumb(cell, output())
			default:
				p.thumb(cell, heat.Values[l-1][i])
			}
		}
	}
}

// paintPlane paints the output over the plane, muted a third toward white for the
// points on it.
func (p *Pictures) paintPlane(out []float64) {
	first := p.at(planeX+1, 1)
	p.paint(first, HeatmapSize, out)
	for y := range HeatmapSize {
		row := p.Sheet[first+4*p.SheetW*y:][:4*HeatmapSize]
		for i := range row {
			if i%4 != 3 {
				row[i] += (255 - row[i]) / 3
			}
		}
	}
	p.gutter(first, HeatmapSize)
}

// layout makes the sheet for a network of sizes units per level.
func (p *Pictures) layout(sizes []int) {
	units := 0
	p.cells = make([][]int, len(sizes))
	p.SheetW = max(planeX+HeatmapSize+2, sheetColumns*thumbCell)
	for _, n := range sizes {
		units += n
	}
	p.SheetH = unitsY + (units+sheetColumns-1)/sheetColumns*thumbCell
	p.Sheet = make([]byte, 4*p.SheetW*p.SheetH)
	k := 0
	for l, n := range sizes {
		p.cells[l] = make([]int, n)
		for i := range p.cells[l] {
			p.cells[l][i] = p.at(k%sheetColumns*thumbCell+1, unitsY+k/sheetColumns*thumbCell+1)
			k++
		}
	}
	for y := range 3 {
		for x := range 3 {
			copy(p.Sheet[p.at(x, y):], []byte{0xff, 0xff, 0xff, 0xff})
		}
	}
	p.small = make([]float64, ThumbSize*ThumbSize)
	p.norm = make([]float64, HeatmapSize*HeatmapSize)
}

// at is where pixel (x, y) starts in the sheet.
func (p *Pictures) at(x, y int) int { return 4 * (y*p.SheetW + x) }

// UnitSrc is where unit u's picture lies in the texture's sheet shown, and PlaneSrc
// the plane's.
func (p *Pictures) UnitSrc(u Unit) Rect { return p.src(p.cells[u.Level][u.Index], ThumbSize) }
func (p *Pictures) PlaneSrc() Rect      { return p.src(p.at(planeX+1, 1), HeatmapSize) }

func (p *Pictures) src(first, n int) Rect {
	px := first / 4
	return Rect{X: float64(px % p.SheetW), Y: float64(px/p.SheetW + p.shown*p.SheetH),
		W: float64(n), H: float64(n)}
}

// sign returns the signs of vals, -1 or +1 (0 stays 0, a NaN stays NaN), in a buffer of
// its own.
func (p *Pictures) sign(vals []float64) []float64 {
	p.signs = append(p.signs[:0], vals...)
	for i, v := range p.signs {
		if v != 0 && !math.IsNaN(v) {
			p.signs[i] = math.Copysign(1, v)
		}
	}
	return p.signs
}

// thumb samples a grid of values into the thumbnail whose first pixel is at first.
func (p *Pictures) thumb(first int, vals []float64) {
	for r, gr := range thumbIndex {
		for c, gc := range thumbIndex {
			p.small[r*ThumbSize+c] = vals[gr*HeatmapSize+gc]
		}
	}
	p.paint(first, ThumbSize, p.small)
	p.gutter(first, ThumbSize)
}

// paint colours the n x n picture whose first pixel is at first with vals, row by row.
func (p *Pictures) paint(first, n int, vals []float64) {
	for y := range n {
		HeatPixels(vals[y*n:(y+1)*n], p.Sheet[first+4*p.SheetW*y:])
	}
}

// gutter repeats the edges of the n x n picture whose first pixel is at first into the
// pixels around it.
func (p *Pictures) gutter(first, n int) {
	stride := 4 * p.SheetW
	for y := range n {
		row := first + stride*y
		copy(p.Sheet[row-4:row], p.Sheet[row:row+4])
		end := row + 4*n
		copy(p.Sheet[end:end+4], p.Sheet[end-4:end])
	}
	top, bottom := first-4, first+stride*(n-1)-4
	copy(p.Sheet[top-stride:top-stride+4*(n+2)], p.Sheet[top:top+4*(n+2)])
	copy(p.Sheet[bottom+stride:bottom+stride+4*(n+2)], p.Sheet[bottom:bottom+4*(n+2)])
}
