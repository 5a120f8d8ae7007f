package e2e

import (
	"image"
	"image/color"
	"sort"
	"testing"

	"nnplay/core"
	"nnplay/plots/palette"
)

// background is the canvas's background colour.
var background = color.RGBA{0xfb, 0xfb, 0xfc, 0xff}

// over returns the colour of the translucent fill c on the background, as the exported
// figures draw it.
func over(c color.NRGBA) [3]int {
	a := int(c.A)
	mix := func(x, bg uint8) int { return (int(x)*a + int(bg)*(255-a) + 127) / 255 }
	return [3]int{mix(c.R, background.R), mix(c.G, background.G), mix(c.B, background.B)}
}

// medianIn returns the median colour of img over the rectangle [x0, x1) x [y0, y1),
// channel by channel.
func medianIn(img image.Image, x0, y0, x1, y1 int) [3]int {
	var ch [3][]int
	for y := y0; y < y1; y++ {
		for x := x0; x < x1; x++ {
			r, g, b, _ := img.At(x, y).RGBA()
			for k, v := range [3]uint32{r, g, b} {
				ch[k] = append(ch[k], int(v>>8))
			}
		}
	}
	var out [3]int
	for k := range ch {
		sort.Ints(ch[k])
		out[k] = ch[k][len(ch[k])/2]
	}
	return out
}

// TestActivationViewShadesRegions checks, from pixels, that the activation view shades
// tanh's saturated tails and ReLU's dead band z < 0 in the colours of the exported
// figure: the fills of plots/palette over the background. (ebiten takes premultiplied
// colours: given the figures' straight colours, the dead band came out white on
// white.)
func TestActivationViewShadesRegions(t *testing.T) {
	t.Parallel()
	p := reused(t, 1280, 800)
	for _, c := range []struct {
		act    string
		region core.Region
		// from and to are where to look, as fractions of the plot's width: inside the
		// band, away from its edges.
		from, to float64
	}{
		{"tanh", core.Saturated, 0.04, 0.22},
		{"relu", core.Dead, 0.08, 0.40},
	} {
		if c.act != "tanh" {
			s := p.state()
			p.choose("act-0", c.act)
			p.waitVersion(s.Version)
		}
		s := p.state()
		img := p.screenshot("shade-" + c.act)
		// The plot starts 38 CSS pixels right of the view, ends 6 before its right edge,
		// and lies below the view's two lines of text; look in its upper fifth, clear of
		// the curves, the axes and the ticks.
		r := s.ActView
		x, w := r[0]+38, r[2]-44
		y0 := int(r[1] + 44)
		got := medianIn(img, int(x+c.from*w), y0, int(x+c.to*w), y0+int(0.2*(r[3]-60)))
		fill, _ := palette.RegionFill(c.region)
		want := over(fill)
		for k := range got {
			if d := got[k] - want[k]; d < -6 || d > 6 {
				t.Errorf("%s: the %v band reads %v, want %v (%v over the background)", c.act, c.region,
					got, want, fill)
				break
			}
		}
	}
	p.noProblems()
}
