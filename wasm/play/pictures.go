package play

import "math"

// Pictures are every unit's heatmap as RGBA pixels, in one sheet that the canvas
// uploads as one texture when the sweep was recomputed: a ThumbSize x ThumbSize
// thumbnail per unit, sampled from the sweep's HeatmapSize² grid, the output unit at
// full resolution for the plane, and a white block that solid shapes sample (at
// SolidSrc), so that the network's pictures and flat shapes draw in one call. Each
// picture has a gutter of one pixel that repeats its edge, so that a picture drawn
// scaled with linear filtering takes nothing from its neighbours. The sheet is reused
// while the network keeps its shape.
type Pictures struct {
	// Sheet holds 4·SheetW·SheetH bytes, row after row.
	Sheet          []byte
	SheetW, SheetH int
	cells          [][]int // each unit's picture's first pixel in Sheet: [level][unit]
	small          []float64
	norm           []float64
	signs          []float64
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

// Refresh computes the pixels from m's heatmaps and reports whether the network's
// shape changed since the last call, so that the texture must be made again.
func (p *Pictures) Refresh(m *Session) (reshaped bool) {
	sizes := m.Sizes()
	reshaped = len(p.cells) != len(sizes)
	for l := 0; !reshaped && l < len(sizes); l++ {
		reshaped = len(p.cells[l]) != sizes[l]
	}
	if reshaped {
		p.layout(sizes)
	}
	for f, vals := range m.Heat.Inputs {
		// Inputs span [-6, 6] or more: scale each to [-1, 1] for its picture.
		peak := math.Max(maxAbs(vals), 1e-12)
		for k, v := range vals {
			p.norm[k] = v / peak
		}
		p.thumb(p.cells[0][f], p.norm)
	}
	for l, layer := range m.Heat.Values {
		for i, vals := range layer {
			p.thumb(p.cells[l+1][i], vals)
		}
	}
	out := m.Heat.Values[len(m.Heat.Values)-1][0]
	if m.Discretize { // the output as two classes, its sign, on the plane and its unit
		out = p.sign(out)
		p.thumb(p.cells[len(sizes)-1][0], out)
	}
	first := p.at(planeX+1, 1)
	p.paint(first, HeatmapSize, out)
	for y := range HeatmapSize { // muted a third toward white, for the points on it
		row := p.Sheet[first+4*p.SheetW*y:][:4*HeatmapSize]
		for i := range row {
			if i%4 != 3 {
				row[i] += (255 - row[i]) / 3
			}
		}
	}
	p.gutter(first, HeatmapSize)
	return reshaped
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

// UnitSrc is where unit u's picture lies in the sheet, and PlaneSrc the plane's.
func (p *Pictures) UnitSrc(u Unit) Rect { return p.src(p.cells[u.Level][u.Index], ThumbSize) }
func (p *Pictures) PlaneSrc() Rect      { return p.src(p.at(planeX+1, 1), HeatmapSize) }

func (p *Pictures) src(first, n int) Rect {
	px := first / 4
	return Rect{X: float64(px % p.SheetW), Y: float64(px / p.SheetW), W: float64(n),
		H: float64(n)}
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
