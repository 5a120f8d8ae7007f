package play

import "math"

// The pulses are drawn from discs pre-rendered in a sheet of their own, one quad each,
// where a feathered Circle is a fan and a band of up to 96 sides: Net B's 340 pulses,
// each a dot on a white halo, were some 34,000 triangles, and a software renderer pays
// for each (10-20 ms of its frame). The sheet holds white discs of radii from
// spriteMin, each spriteStep times the last, up to spriteMax, each with its exact
// coverage (premultiplied); a disc is drawn from the one nearest its radius, scaled by
// at most half a step, so that the linear filter reads it at about one texel a pixel.

const (
	spriteMin  = 1.0
	spriteStep = 1.05
	spriteMax  = 32.0
	spriteW    = 512 // the sheet's width in texels
)

// spriteCell is where a disc of radius r lies in the sprites' sheet: centred in the
// square of n texels at (x, y), with at least a texel of transparent margin.
type spriteCell struct {
	x, y, n int
	r       float64
}

// spriteCells is the sprites' sheet's layout, in increasing radius, and spriteH its
// height: rows of cells, left to right.
var spriteCells, spriteH = layoutSprites()

func layoutSprites() ([]spriteCell, int) {
	var cells []spriteCell
	x, y, row := 0, 0, 0
	for r := spriteMin; r <= spriteMax*spriteStep; r *= spriteStep {
		n := 2 * int(math.Ceil(r+1.5))
		if x+n > spriteW {
			x, y, row = 0, y+row+1, 0
		}
		cells = append(cells, spriteCell{x: x, y: y, n: n, r: r})
		x, row = x+n+1, max(row, n)
	}
	return cells, y + row
}

// spriteOf returns the cell of the disc nearest radius r.
func spriteOf(r float64) spriteCell {
	k := int(math.Round(math.Log(r/spriteMin) / math.Log(spriteStep)))
	return spriteCells[max(0, min(len(spriteCells)-1, k))]
}

// SpriteSheet paints the sprites' sheet: w x h texels of premultiplied white, each
// texel's alpha the share of it its disc covers (integrated over 32 columns where the
// rim crosses it). It takes a few milliseconds: the canvas paints it when the first pulse comes.
func SpriteSheet() (w, h int, pix []byte) {
	w, h = spriteW, spriteH
	pix = make([]byte, 4*w*h)
	for _, c := range spriteCells {
		o := float64(c.n) / 2
		for j := range c.n {
			for i := range c.n {
				v := byte(math.Round(255 * discCover(float64(i)-o, float64(j)-o, c.r)))
				k := 4 * ((c.y+j)*w + c.x + i)
				pix[k], pix[k+1], pix[k+2], pix[k+3] = v, v, v, v
			}
		}
	}
	return w, h, pix
}

// discCover returns the share of the unit square at (x, y) that the disc of radius r
// round the origin covers.
func discCover(x, y, r float64) float64 {
	nx := max(0, x, -(x + 1)) // the square's nearest and farthest offsets from 0
	ny := max(0, y, -(y + 1))
	fx, fy := max(math.Abs(x), math.Abs(x+1)), max(math.Abs(y), math.Abs(y+1))
	switch {
	case math.Hypot(nx, ny) >= r:
		return 0
	case math.Hypot(fx, fy) <= r:
		return 1
	}
	// The chord of the disc at each of n columns across the square, clipped to it.
	const n = 32
	sum := 0.0
	for i := range n {
		u := x + (float64(i)+0.5)/n
		if u*u >= r*r {
			continue
		}
		c := math.Sqrt(r*r - u*u)
		sum += max(0, min(y+1, c)-max(y, -c))
	}
	return sum / n
}

// Sprites empties m and adds the discs ds (Sprite), as the canvas draws a disc or the
// data points at once.
func (m *Mesh) Sprites(ds ...Dot) {
	m.Reset()
	for _, d := range ds {
		m.Sprite(d)
	}
}

// Sprite adds a filled disc as one quad that copies the sprite nearest its radius,
// scaled to it: the canvas draws it from the sprites' sheet (SpriteSheet), linearly
// filtered.
func (m *Mesh) Sprite(d Dot) {
	if !finite(d.X, d.Y, d.R) || d.R <= 0 {
		return
	}
	c := spriteOf(d.R)
	h := float64(c.n) / 2 * d.R / c.r
	x0, y0, n := float32(c.x), float32(c.y), float32(c.n)
	m.rect(float32(d.X-h), float32(d.Y-h), float32(d.X+h), float32(d.Y+h), x0, y0, x0+n,
		y0+n, rgba(d.Color))
}
