package play

import (
	"nnplay/core"
	"nnplay/wasm/play/sheet"
)

// Pictures are every unit's heatmap as RGBA pixels, in one sheet (package sheet) that
// goes up to the GPU as one texture, with the plane's picture and the white block
// solid shapes sample (at SolidSrc), so that the network's pictures and flat shapes
// draw in one call.
//
// The texture holds two sheets, one above the other: the one shown, and the next. A
// sweep spread over frames paints its pictures into the next a band at a time, and the
// pictures a training worker painted are uploaded into it a band at a time (the
// Pictures are the session's Stage); Refresh then shows it whole: the texture never
// holds a mix of two parameter sets where it is drawn from, and no frame uploads it
// all. Other changes of the heatmaps paint and upload the sheet shown, at once.
type Pictures struct {
	// Sheet is the last sheet painted on the page.
	sheet.Sheet
	// GPU is the texture, when there is one to upload to.
	GPU   SheetImage
	shown int // which of the texture's two sheets is shown: 0 the top, 1 the bottom
}

// SheetImage is the texture of the pictures, W x 2·H pixels: the canvas's.
type SheetImage interface {
	// Make makes the texture anew, w x h pixels.
	Make(w, h int)
	// Write writes pix to the texture's rectangle from (x0, y0) to (x1, y1), excluded:
	// (x1-x0)·(y1-y0) pixels, row after row.
	Write(pix []byte, x0, y0, x1, y1 int)
}

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
		p.Layout(m.Sizes(), HeatmapSize)
		p.shown = 0
		if p.GPU != nil {
			p.GPU.Make(p.W, 2*p.H)
		}
	}
	for k := range p.Sheet.Bands() {
		p.Sheet.Paint(m.Heat(), m.Discretize, k)
	}
	if p.GPU != nil {
		p.GPU.Write(p.Pix, 0, p.shown*p.H, p.W, (p.shown+1)*p.H)
	}
	return reshaped
}

// Fits reports whether the sheet is laid out for m's network.
func (p *Pictures) Fits(m *Session) bool { return p.Sheet.Fits(m.Net, HeatmapSize) }

// Bands is the number of bands a sweep of m's network paints (Stage): none when there
// is no texture or the sheet is not laid out for m's network (Refresh lays it out).
func (p *Pictures) Bands(m *Session) int {
	if p.GPU == nil || !p.Fits(m) {
		return 0
	}
	return p.Sheet.Bands()
}

// Paint paints band k of the pictures of heat, a sweep of m's network, and uploads it
// to the sheet not shown (Stage).
func (p *Pictures) Paint(m *Session, heat *core.Heatmap, k int) {
	if p.GPU == nil || !p.Fits(m) || k < 0 || k >= p.Sheet.Bands() {
		return // a Refresh has made the sheet anew since the sweep began: it is dropped
	}
	p.Sheet.Paint(heat, m.Discretize, k)
	p.upload(p.Band(k), k)
}

// Put uploads band k of pix, the pictures of every band of m's network one after
// another (sheet.All), to the sheet not shown (Stage).
func (p *Pictures) Put(m *Session, pix []byte, k int) {
	if p.GPU == nil || !p.Fits(m) || k < 0 || k >= p.Sheet.Bands() ||
		len(pix) != sheet.Len(m.Net, HeatmapSize) {
		return // as Paint
	}
	x1, y0, y1 := p.Rect(k)
	off := p.Offset(k)
	p.upload(pix[off:off+4*x1*(y1-y0)], k)
}

// upload writes band k's pictures pix to the sheet not shown.
func (p *Pictures) upload(pix []byte, k int) {
	x1, y0, y1 := p.Rect(k)
	next := (1 - p.shown) * p.H
	p.GPU.Write(pix, 0, next+y0, x1, next+y1)
}

// UnitSrc is where unit u's picture lies in the texture's sheet shown, and PlaneSrc
// the plane's.
func (p *Pictures) UnitSrc(u Unit) Rect {
	x, y := p.UnitAt(u.Level, u.Index)
	return p.src(x, y, sheet.ThumbSize)
}

func (p *Pictures) PlaneSrc() Rect {
	x, y := p.PlaneAt()
	return p.src(x, y, HeatmapSize)
}

func (p *Pictures) src(x, y, n int) Rect {
	return Rect{X: float64(x), Y: float64(y + p.shown*p.H), W: float64(n), H: float64(n)}
}
