// Package palette holds the colours that the figures (package plots) and the page's
// canvas share, so that a curve, a shaded region or a series looks the same in an
// exported PNG and on the screen. It imports only core and image/color, so the page
// can use it without gonum/plot's fonts.
//
// Colours are non-premultiplied (color.NRGBA). ebiten takes premultiplied colours:
// convert with color.RGBAModel.Convert, or use Premultiplied, before giving a
// translucent colour to it.
package palette

import (
	"image/color"

	"nnplay/core"
)

// The Okabe-Ito palette: distinct for the common kinds of colour blindness.
var (
	Black      = color.NRGBA{0x00, 0x00, 0x00, 0xff}
	Orange     = color.NRGBA{0xe6, 0x9f, 0x00, 0xff}
	SkyBlue    = color.NRGBA{0x56, 0xb4, 0xe9, 0xff}
	Green      = color.NRGBA{0x00, 0x9e, 0x73, 0xff}
	Yellow     = color.NRGBA{0xf0, 0xe4, 0x42, 0xff}
	Blue       = color.NRGBA{0x00, 0x72, 0xb2, 0xff}
	Vermillion = color.NRGBA{0xd5, 0x5e, 0x00, 0xff}
	Purple     = color.NRGBA{0xcc, 0x79, 0xa7, 0xff}
)

// Curve colours of an activation figure: f(z) solid blue, f'(z) dashed vermillion.
var (
	Function   = Blue
	Derivative = Vermillion
)

// RegionFill returns the translucent fill that shades region r of an activation's
// curve, and false for a region that is not shaded (Active). Light enough that curves
// stay readable when printed in grey.
func RegionFill(r core.Region) (color.NRGBA, bool) {
	switch r {
	case core.Saturated:
		return color.NRGBA{0xf0, 0xe4, 0x42, 0x70}, true // yellow
	case core.Dead:
		return color.NRGBA{0x60, 0x60, 0x60, 0x40}, true // grey
	case core.Leaky:
		return color.NRGBA{0x56, 0xb4, 0xe9, 0x38}, true // sky blue
	}
	return color.NRGBA{}, false
}

// Premultiplied returns c with its colour channels scaled by its alpha, as ebiten
// expects.
func Premultiplied(c color.NRGBA) color.RGBA {
	return color.RGBAModel.Convert(c).(color.RGBA)
}
