// Package sheet paints every unit's heatmap as RGBA pixels into one sheet, the texture
// the page's canvas draws the units' pictures and the plane from. Both the page and
// its training worker paint it: the worker paints the pictures of the heatmaps it
// sweeps and sends them finished, so that the page's thread only uploads their bytes.
// It holds the diverging colour scale the pictures are painted in, which the page's
// canvas draws its edges in too. It imports core and the standard library only, so
// that the worker module stays small.
package sheet

import (
	"image/color"
	"math"

	"nnplay/core"
)

// Playground's colours: orange for negative, blue for positive, a light grey between.
// Orange against blue stays apart for the common kinds of colour blindness.
var (
	Negative = color.RGBA{0xf5, 0x93, 0x22, 0xff}
	Neutral  = color.RGBA{0xe8, 0xea, 0xeb, 0xff}
	Positive = color.RGBA{0x08, 0x77, 0xbd, 0xff}
	// Undefined stands for a value that is not a finite number: it is drawn grey,
	// never as a colour that means something.
	Undefined = color.RGBA{0x9a, 0x9a, 0x9a, 0xff}
)

// Diverging maps v in [-1, 1] to the orange-grey-blue scale, clamping beyond. A NaN or
// infinite v is Undefined.
func Diverging(v float64) color.RGBA {
	if !core.IsFinite(v) {
		return Undefined
	}
	v = math.Max(-1, math.Min(v, 1))
	if v < 0 {
		return Mix(Neutral, Negative, -v)
	}
	return Mix(Neutral, Positive, v)
}

// Mix returns a + t(b - a), per channel.
func Mix(a, b color.RGBA, t float64) color.RGBA {
	f := func(x, y uint8) uint8 { return uint8(math.Round(float64(x) + t*(float64(y)-float64(x)))) }
	return color.RGBA{f(a.R, b.R), f(a.G, b.G), f(a.B, b.B), 0xff}
}

// heatSteps is how many points of Diverging over [-1, 1] the pictures are painted from,
// so that turning a 100 x 100 heatmap into pixels costs a table look-up per value.
const heatSteps = 1024

// palette is a colour per step of the scale and, last, the colour of a value that is
// not a finite number.
type palette [heatSteps + 1][4]byte

// heatLUT is Diverging sampled at heatSteps points over [-1, 1], then Undefined;
// mutedLUT is the same colours muted a third toward white, for the plane.
var heatLUT, mutedLUT = func() (lut, muted palette) {
	for i := range heatSteps {
		c := Diverging(-1 + 2*float64(i)/(heatSteps-1))
		lut[i] = [4]byte{c.R, c.G, c.B, 0xff}
	}
	lut[heatSteps] = [4]byte{Undefined.R, Undefined.G, Undefined.B, 0xff}
	for i, c := range lut {
		for k := range 3 {
			c[k] += (255 - c[k]) / 3
		}
		muted[i] = c
	}
	return lut, muted
}()

// step is the palette's entry of v: the nearest step of v clamped to [-1, 1], or the
// last entry when v is not a finite number.
func step(v float64) int {
	switch {
	case v >= -1 && v <= 1:
		return int((v+1)*((heatSteps-1)/2.0) + 0.5)
	case v < -1 && v >= -math.MaxFloat64:
		return 0
	case v > 1 && v <= math.MaxFloat64:
		return heatSteps - 1
	}
	return heatSteps // NaN or infinite
}

// HeatPixels writes the RGBA pixels of values (each in [-1, 1], clamped beyond) into
// pix, four bytes per value, through Diverging to within 1/512 of a step. A value that
// is not a finite number is Undefined, as in Diverging. pix must hold 4*len(values) bytes.
func HeatPixels(values []float64, pix []byte) { heatLUT.paint(values, pix) }

// paint writes the pixels of values into pix in p's colours, a pixel's four bytes at
// once.
func (p *palette) paint(values []float64, pix []byte) {
	pix = pix[:4*len(values)]
	for i, v := range values {
		*(*[4]byte)(pix[4*i:]) = p[step(v)]
	}
}
