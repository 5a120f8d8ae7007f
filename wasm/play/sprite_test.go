package play

import (
	"math"
	"testing"
)

// sampleSprites draws m's quads over a transparent w x h image as a GPU with a linear
// filter does, sampling the sprites' sheet pix (sw texels wide) at each pixel's centre,
// and returns the pixels' alpha.
func sampleSprites(m *Mesh, pix []byte, sw, w, h int) []float64 {
	sh := len(pix) / 4 / sw
	texel := func(i, j int) float64 {
		if i < 0 || j < 0 || i >= sw || j >= sh {
			return 0
		}
		return float64(pix[4*(j*sw+i)+3]) / 255
	}
	img := make([]float64, w*h)
	for q := 0; q+3 < len(m.Vertices); q += 4 {
		a, c := m.Vertices[q], m.Vertices[q+2] // the quad's top left and bottom right
		for y := range h {
			for x := range w {
				px, py := float64(x)+0.5, float64(y)+0.5
				fx := (px - float64(a.X)) / float64(c.X-a.X)
				fy := (py - float64(a.Y)) / float64(c.Y-a.Y)
				if fx < 0 || fx >= 1 || fy < 0 || fy >= 1 {
					continue
				}
				u := float64(a.SrcX) + fx*float64(c.SrcX-a.SrcX) - 0.5
				v := float64(a.SrcY) + fy*float64(c.SrcY-a.SrcY) - 0.5
				i, j := int(math.Floor(u)), int(math.Floor(v))
				du, dv := u-float64(i), v-float64(j)
				al := (texel(i, j)*(1-du)+texel(i+1, j)*du)*(1-dv) +
					(texel(i, j+1)*(1-du)+texel(i+1, j+1)*du)*dv
				img[y*w+x] = al + img[y*w+x]*(1-al)
			}
		}
	}
	return img
}

// TestSpritesMatchTheDisc draws discs of the pulses' radii (2 to 6.5 CSS pixels and
// their 1-px halo, at device scales 1 to 3) from the sprites' sheet, across the pixel
// grid, and checks each pixel against the exact coverage of the disc, as
// TestFeatheredDiscsAndRings checks the feathered ones: the disc keeps its area, and
// its rim is a little softer (the feathered disc's pixels are within 0.16): a linear
// filter that samples the sprite between its texels averages up to four of them, which
// moves a pixel of the rim by up to a quarter of its alpha.
func TestSpritesMatchTheDisc(t *testing.T) {
	sw, _, pix := SpriteSheet()
	const size = 56
	for _, r := range []float64{2, 3, 4.4, 6.5, 7.5, 9.7, 13, 19.5, 22.5} {
		for _, at := range [][2]float64{{28, 28}, {27.5, 28.3}, {28.21, 27.77}} {
			var m Mesh
			m.Sprite(Dot{X: at[0], Y: at[1], R: r, Color: White})
			got := sampleSprites(&m, pix, sw, size, size)
			in := func(x, y float64) bool { return math.Hypot(x-at[0], y-at[1]) <= r }
			want := coverage(size, size, everywhere, in)
			compare(t, "sprite r"+fmtF(r), got, want, size, stroke{}, 0.26, 0, 0.03)
		}
	}
}

// TestSpritesCostOneQuad: a disc drawn from a sprite is one quad whatever its radius
// (a feathered Circle of a pulse's size is 50 to 200 triangles), scaled by at most half
// a step from its sprite's, and the sheet's sprites do not overlap.
func TestSpritesCostOneQuad(t *testing.T) {
	for r := 0.5; r <= 40; r *= 1.013 {
		var m Mesh
		m.Sprite(Dot{X: 10.3, Y: 20.6, R: r, Color: White})
		if len(m.Vertices) != 4 || len(m.Indices) != 6 {
			t.Fatalf("r %v: %d vertices, %d indices", r, len(m.Vertices), len(m.Indices))
		}
		if c := spriteOf(r); r >= spriteMin && r <= spriteMax &&
			math.Abs(math.Log(r/c.r)) > math.Log(spriteStep)/2+1e-9 {
			t.Errorf("r %v drawn from the sprite of r %v", r, c.r)
		}
	}
	for i, a := range spriteCells {
		if a.x+a.n > spriteW || a.y+a.n > spriteH || float64(a.n) < 2*(a.r+1.5) {
			t.Errorf("sprite %d (%+v) outside the sheet or without its margin", i, a)
		}
		for _, b := range spriteCells[:i] {
			if a.x < b.x+b.n && b.x < a.x+a.n && a.y < b.y+b.n && b.y < a.y+a.n {
				t.Errorf("sprites %+v and %+v overlap", a, b)
			}
		}
	}
}
