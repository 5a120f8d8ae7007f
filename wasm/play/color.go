package play

import (
	"image/color"
	"math"

	"nnplay/core"
	"nnplay/plots/palette"
	"nnplay/wasm/play/sheet"
)

// The canvas's ink, in the premultiplied alpha ebiten takes. The activation curves
// and the loss chart's series share the exported figures' colours (plots/palette).
var (
	Background    = color.RGBA{0xfb, 0xfb, 0xfc, 0xff}
	Ink           = color.RGBA{0x22, 0x26, 0x2a, 0xff}
	SoftInk       = color.RGBA{0x5f, 0x66, 0x6d, 0xff}
	Hairline      = color.RGBA{0xc8, 0xcc, 0xd0, 0xff}
	SelectRing    = color.RGBA{0x11, 0x11, 0x11, 0xff}
	White         = color.RGBA{0xff, 0xff, 0xff, 0xff}
	FunctionInk   = palette.Premultiplied(palette.Function)
	DerivativeInk = palette.Premultiplied(palette.Derivative)
	// Veil covers a unit the Step's forward pass has not reached. Its colour channels
	// exceed its alpha, so ebiten's blend saturates them: the unit shows almost white.
	Veil = color.RGBA{0xfb, 0xfb, 0xfc, 0xd0}
	// DeadVeil greys out a dead unit; DeadInk and SaturatedInk write their badges.
	DeadVeil     = color.RGBA{0xd0, 0xd0, 0xd0, 0xd8}
	DeadInk      = color.RGBA{0x70, 0x20, 0x20, 0xff}
	SaturatedInk = color.RGBA{0x80, 0x60, 0x00, 0xff}
	// LeakyInk writes the leaky badge: LeakyReLU's negative side, which still learns.
	LeakyInk = color.RGBA{0x1d, 0x5e, 0x3a, 0xff}
	// TickInk marks the training points' z in the activation view.
	TickInk = color.RGBA{0x20, 0x20, 0x20, 0x50}
	// GradTrack and GradFill draw the gradient bars.
	GradTrack = color.RGBA{0xe4, 0xe6, 0xe9, 0xff}
	GradFill  = color.RGBA{0x55, 0x5d, 0x66, 0xff}
	// BannerFill, BannerEdge and BannerInk draw the divergence banner.
	BannerFill = color.RGBA{0xfd, 0xec, 0xea, 0xff}
	BannerEdge = color.RGBA{0xb0, 0x00, 0x20, 0xff}
	BannerInk  = color.RGBA{0x8c, 0x1d, 0x18, 0xff}
)

// RegionShade is the premultiplied fill that shades region r of an activation's curve
// in the activation view, the exported figure's shade (palette.RegionFill), and false
// for a region left unshaded.
func RegionShade(r core.Region) (color.RGBA, bool) {
	c, ok := palette.RegionFill(r)
	return palette.Premultiplied(c), ok
}

// EdgeWidth is the stroke width, in CSS pixels, of an edge of weight w: it grows with
// |w| and stays visible for tiny weights.
func EdgeWidth(w float64) float64 {
	if math.IsNaN(w) {
		return 0.5
	}
	return clamp(0.5+2.2*math.Abs(w), 0.5, 9)
}

// translucent returns c at alpha a, premultiplied.
func translucent(c color.RGBA, a uint8) color.RGBA {
	f := func(x uint8) uint8 { return uint8(uint16(x) * uint16(a) / 0xff) }
	return color.RGBA{f(c.R), f(c.G), f(c.B), a}
}

// EdgeColor is an edge's colour: its sign, with strength growing with |w| from a
// visible minimum.
func EdgeColor(w float64) color.RGBA {
	if w == 0 || math.IsNaN(w) {
		return sheet.Diverging(w)
	}
	return sheet.Diverging(math.Copysign(0.3+0.7*math.Min(math.Abs(w), 1), w))
}
