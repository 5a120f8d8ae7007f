package sheet

import (
	"math"
	"slices"

	"nnplay/core"
)

// Sheet is every unit's heatmap as RGBA pixels: a ThumbSize x ThumbSize thumbnail per
// unit, sampled from the sweep's N x N grid, the output unit at full resolution for the
// plane, and a white block that solid shapes sample, so that the network's pictures and
// flat shapes draw in one call. Each picture has a gutter of one pixel that repeats its
// edge, so that a picture drawn scaled with linear filtering takes nothing from its
// neighbours. The sheet is laid out for a network's shape (Layout) and reused while
// the shape holds.
//
// The sheet is painted in bands, each a run of whole rows: the plane's, then each row
// of units' pictures (Paint). A band's pictures (Band) are the bytes the page uploads,
// and All paints every band and appends their bytes, one band after another: the
// pictures the worker sends.
type Sheet struct {
	// Pix holds 4·W·H bytes, row after row.
	Pix  []byte
	W, H int
	// N is the side of the grid the sheet's heatmaps are swept on.
	N     int
	cells [][]int // each unit's picture's first pixel in Pix: [level][unit]
	thumb []int   // thumb[k] is the grid index that thumbnail pixel k samples
	norm  []float64
	signs []float64
	part  []byte // a band's pictures, when they are narrower than the sheet
}

// ThumbSize is the side of a unit's picture: a quarter of the sweep's pixels to upload,
// still five times Playground's 10 x 10.
const ThumbSize = 50

// The sheet's layout: the white block at the top left, the plane's picture beside it,
// then rows of Columns units' pictures, each in a cell with its gutter.
const (
	Columns   = 16
	ThumbCell = ThumbSize + 2
	PlaneX    = 4 // the plane's cell's left: right of the white block
)

// UnitsY is the first row of the units' pictures on a sheet of grids of side n.
func UnitsY(n int) int { return n + 2 }

// Fits reports whether the sheet is laid out for net's shape and a grid of side n.
// It allocates nothing: Play asks every frame.
func (s *Sheet) Fits(net *core.Sequential, n int) bool {
	ls := net.Layers
	if s.N != n || len(s.cells) != len(ls)+1 || len(s.cells[0]) != net.In() {
		return false
	}
	for l, layer := range ls {
		if len(s.cells[l+1]) != layer.Linear.Out {
			return false
		}
	}
	return true
}

// Layout makes the sheet for a network of sizes units per level (inputs first) and
// heatmaps swept on a grid of side n.
func (s *Sheet) Layout(sizes []int, n int) {
	units := 0
	s.N = n
	s.cells = make([][]int, len(sizes))
	s.W = max(PlaneX+n+2, Columns*ThumbCell)
	for _, k := range sizes {
		units += k
	}
	s.H = UnitsY(n) + (units+Columns-1)/Columns*ThumbCell
	s.Pix = make([]byte, 4*s.W*s.H)
	k := 0
	for l, size := range sizes {
		s.cells[l] = make([]int, size)
		for i := range s.cells[l] {
			s.cells[l][i] = s.at(k%Columns*ThumbCell+1, UnitsY(n)+k/Columns*ThumbCell+1)
			k++
		}
	}
	for y := range 3 {
		for x := range 3 {
			copy(s.Pix[s.at(x, y):], []byte{0xff, 0xff, 0xff, 0xff})
		}
	}
	s.thumb = make([]int, ThumbSize)
	for k := range s.thumb {
		s.thumb[k] = int(math.Round(float64(k) * float64(n-1) / (ThumbSize - 1)))
	}
	s.norm = make([]float64, n*n)
}

// Bands is the number of bands of the sheet: the plane's, then each row of units'
// pictures; none before Layout.
func (s *Sheet) Bands() int {
	if s.Pix == nil {
		return 0
	}
	return 1 + (s.H-UnitsY(s.N))/ThumbCell
}

// Rect is where band k's pictures lie in the sheet: from its left edge to x1, and
// from row y0 to y1. The plane's band holds the white block and the plane; a row of
// units as many cells as it has units. The rest of a band's rows is never drawn from.
func (s *Sheet) Rect(k int) (x1, y0, y1 int) {
	if k == 0 {
		return PlaneX + s.N + 2, 0, UnitsY(s.N)
	}
	units := 0
	for _, cells := range s.cells {
		units += len(cells)
	}
	y0 = UnitsY(s.N) + (k-1)*ThumbCell
	return min(units-(k-1)*Columns, Columns) * ThumbCell, y0, y0 + ThumbCell
}

// Len is the length of All's pictures of net's network swept on a grid of side n: the
// bytes of every band's Rect.
func Len(net *core.Sequential, n int) int {
	units := net.In()
	for _, l := range net.Layers {
		units += l.Linear.Out
	}
	return 4 * ((PlaneX+n+2)*UnitsY(n) + units*ThumbCell*ThumbCell)
}

// Band returns band k's pictures: the pixels of its Rect, row after row. They are the
// sheet's until the next call.
func (s *Sheet) Band(k int) []byte {
	if x1, y0, y1 := s.Rect(k); x1 == s.W {
		return s.Pix[s.at(0, y0):s.at(0, y1)]
	}
	s.part = s.appendBand(s.part[:0], k)
	return s.part
}

// appendBand appends band k's pictures to dst.
func (s *Sheet) appendBand(dst []byte, k int) []byte {
	x1, y0, y1 := s.Rect(k)
	if x1 == s.W {
		return append(dst, s.Pix[s.at(0, y0):s.at(0, y1)]...)
	}
	for y := y0; y < y1; y++ {
		dst = append(dst, s.Pix[s.at(0, y):s.at(x1, y)]...)
	}
	return dst
}

// Offset is where band k's pictures begin in All's: after every band before it.
func (s *Sheet) Offset(k int) int {
	off := 0
	for j := range k {
		x1, y0, y1 := s.Rect(j)
		off += 4 * x1 * (y1 - y0)
	}
	return off
}

// All paints every band of heat's pictures (Paint) and appends their bytes to dst, one
// band after another.
func (s *Sheet) All(heat *core.Heatmap, signs bool, dst []byte) []byte {
	dst = slices.Grow(dst, s.Offset(s.Bands()))
	for k := range s.Bands() {
		s.Paint(heat, signs, k)
		dst = s.appendBand(dst, k)
	}
	return dst
}

// Paint paints band k of heat's pictures: the plane, or the units of a row of the
// sheet. With signs, the output is pictured as two classes, its sign, on the plane and
// its unit.
func (s *Sheet) Paint(heat *core.Heatmap, signs bool, k int) {
	output := func() []float64 {
		out := heat.Values[len(heat.Values)-1][0]
		if signs {
			out = s.sign(out)
		}
		return out
	}
	if k == 0 {
		s.paintPlane(output())
		return
	}
	first, last := (k-1)*Columns, k*Columns // the units' places on the sheet
	n := 0
	for l, cells := range s.cells {
		for i, cell := range cells {
			if n++; n <= first || n > last {
				continue
			}
			switch {
			case l == 0: // inputs span [-6, 6] or more: scale each to [-1, 1]
				vals := heat.Inputs[i]
				peak := peakOf(vals)
				for _, gr := range s.thumb { // only the values the thumbnail samples
					for _, gc := range s.thumb {
						s.norm[gr*s.N+gc] = vals[gr*s.N+gc] / peak
					}
				}
				s.thumbnail(cell, s.norm)
			case l == len(s.cells)-1 && i == 0:
				s.thumbnail(cell, output())
			default:
				s.thumbnail(cell, heat.Values[l-1][i])
			}
		}
	}
}

// peakOf returns the largest magnitude of vals, at least 1e-12, as math.Max folds
// them: +Inf if there is one, else NaN if there is one. math.Max is a call in Go's
// wasm code: made for every value it cost a fifth of the pictures of Net B.
func peakOf(vals []float64) float64 {
	peak, nan := 1e-12, false
	for _, v := range vals {
		if a := math.Abs(v); a > peak {
			peak = a
		} else if a != a {
			nan = true
		}
	}
	if nan && !math.IsInf(peak, 1) {
		return math.NaN()
	}
	return peak
}

// paintPlane paints the output over the plane, muted a third toward white for the
// points on it.
func (s *Sheet) paintPlane(out []float64) {
	first := s.at(PlaneX+1, 1)
	for y := range s.N {
		mutedLUT.paint(out[y*s.N:(y+1)*s.N], s.Pix[first+4*s.W*y:])
	}
	s.gutter(first, s.N)
}

// at is where pixel (x, y) starts in the sheet.
func (s *Sheet) at(x, y int) int { return 4 * (y*s.W + x) }

// UnitAt and PlaneAt are where unit i of level l's picture, and the plane's, begin:
// their top left pixel.
func (s *Sheet) UnitAt(l, i int) (x, y int) { return s.xy(s.cells[l][i]) }
func (s *Sheet) PlaneAt() (x, y int)        { return PlaneX + 1, 1 }

// Holds reports whether the sheet has a picture of unit i of level l.
func (s *Sheet) Holds(l, i int) bool { return l < len(s.cells) && i < len(s.cells[l]) }

func (s *Sheet) xy(first int) (x, y int) {
	px := first / 4
	return px % s.W, px / s.W
}

// sign returns the signs of vals, -1 or +1 (0 stays 0, a NaN stays NaN), in a buffer of
// its own.
func (s *Sheet) sign(vals []float64) []float64 {
	s.signs = append(s.signs[:0], vals...)
	for i, v := range s.signs {
		if v != 0 && !math.IsNaN(v) {
			s.signs[i] = math.Copysign(1, v)
		}
	}
	return s.signs
}

// thumbnail paints the grid of values sampled at the thumbnail's pixels into the
// thumbnail whose first pixel is at first.
func (s *Sheet) thumbnail(first int, vals []float64) {
	for r, gr := range s.thumb {
		row := vals[gr*s.N:][:s.N]
		pix := s.Pix[first+4*s.W*r:][:4*ThumbSize]
		for c, gc := range s.thumb {
			*(*[4]byte)(pix[4*c:]) = heatLUT[step(row[gc])]
		}
	}
	s.gutter(first, ThumbSize)
}

// gutter repeats the edges of the n x n picture whose first pixel is at first into the
// pixels around it.
func (s *Sheet) gutter(first, n int) {
	stride := 4 * s.W
	for y := range n {
		row := first + stride*y
		copy(s.Pix[row-4:row], s.Pix[row:row+4])
		end := row + 4*n
		copy(s.Pix[end:end+4], s.Pix[end-4:end])
	}
	top, bottom := first-4, first+stride*(n-1)-4
	copy(s.Pix[top-stride:top-stride+4*(n+2)], s.Pix[top:top+4*(n+2)])
	copy(s.Pix[bottom+stride:bottom+stride+4*(n+2)], s.Pix[bottom:bottom+4*(n+2)])
}
