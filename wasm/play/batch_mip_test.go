package play

import (
	"image/color"
	"testing"
)

// mipCanvas records, for each flat draw call, whether one of its triangles is drawn at
// least at half its source's scale: ebiten's mipmap level for the call is then 0.
type mipCanvas struct{ calls, pinned *int }

func (mipCanvas) Clear(color.RGBA)         {}
func (mipCanvas) DrawText(*Mesh, FontSize) {}
func (mipCanvas) Disc(Dot)                 {}
func (mipCanvas) Points(*PlaneView)        {}
func (c mipCanvas) DrawSmooth(m *Mesh)     { c.DrawFlat(m) }
func (c mipCanvas) DrawLines(m *Mesh)      { c.DrawFlat(m) }
func (mipCanvas) Shades() bool             { return false }
func (c mipCanvas) DrawSprites(m *Mesh)    { c.DrawFlat(m) }
func (c mipCanvas) DrawFlat(m *Mesh) {
	m.Parts(func(vs []Vertex, is []uint16) {
		*c.calls++
		for i := 0; i+2 < len(is); i += 3 {
			for k := range 3 {
				a, b := vs[is[i+k]], vs[is[i+(k+1)%3]]
				d := (b.X-a.X)*(b.X-a.X) + (b.Y-a.Y)*(b.Y-a.Y)
				s := (b.SrcX-a.SrcX)*(b.SrcX-a.SrcX) + (b.SrcY-a.SrcY)*(b.SrcY-a.SrcY)
				if s == 0 || d >= s/4 { // a solid shape's one pixel, or not halved
					*c.pinned++
					return
				}
			}
		}
	})
}

// TestFlatCallsNeedNoMipmaps paints every moment of the scene benchmarks in every
// window: each flat draw call holds a solid shape (or a picture not drawn at half its
// size or less), so ebiten would choose mipmap level 0 for it, and wasm/draw.go's flatOp
// turns mipmaps off without changing a pixel, sparing ebiten a pass over every triangle
// of every frame to find the level.
func TestFlatCallsNeedNoMipmaps(t *testing.T) {
	for _, c := range sceneCases {
		// One session and its pictures for every window: building a scene changes
		// neither.
		m := NewSession()
		c.setup(m)
		var pics Pictures
		pics.Refresh(m)
		for _, win := range windows {
			fonts := testFontsAt(t, win.Scale)
			var s Scene
			s.Build(m, pageGeometry(m, win), fonts, 0)
			calls, pinned := 0, 0
			s.Paint(&Batcher{Canvas: mipCanvas{&calls, &pinned}, Pics: &pics, Fonts: fonts})
			if calls == 0 || pinned != calls {
				t.Errorf("%s at %v: %d of %d flat calls might use mipmaps", c.name, win,
					calls-pinned, calls)
			}
		}
	}
}

// solidCanvas counts the smooth shapes' vertices and those that sample anywhere but the
// sheet's white block.
type solidCanvas struct{ vertices, astray *int }

func (solidCanvas) Clear(color.RGBA)         {}
func (solidCanvas) DrawText(*Mesh, FontSize) {}
func (solidCanvas) Disc(Dot)                 {}
func (solidCanvas) Points(*PlaneView)        {}
func (solidCanvas) DrawFlat(*Mesh)           {}
func (solidCanvas) DrawSprites(*Mesh)        {}
func (solidCanvas) DrawLines(*Mesh)          {}
func (solidCanvas) Shades() bool             { return false }
func (c solidCanvas) DrawSmooth(m *Mesh) {
	m.Parts(func(vs []Vertex, _ []uint16) {
		for _, v := range vs {
			*c.vertices++
			if v.SrcX != SolidSrc || v.SrcY != SolidSrc {
				*c.astray++
			}
		}
	})
}

// TestSmoothShapesSampleOnePixel paints every moment of the scene benchmarks in every
// window: each smooth shape's vertex samples (SolidSrc, SolidSrc), inside the white
// block, so wasm/draw.go's smoothOp filters the nearest texel and draws the same pixels
// as a linear filter, whose four texel reads per pixel cost a software renderer about
// half the edges' price.
func TestSmoothShapesSampleOnePixel(t *testing.T) {
	for _, c := range sceneCases {
		m := NewSession()
		c.setup(m)
		var pics Pictures
		pics.Refresh(m)
		for _, win := range windows {
			fonts := testFontsAt(t, win.Scale)
			var s Scene
			s.Build(m, pageGeometry(m, win), fonts, 0)
			vertices, astray := 0, 0
			s.Paint(&Batcher{Canvas: solidCanvas{&vertices, &astray}, Pics: &pics,
				Fonts: fonts})
			if vertices == 0 || astray != 0 {
				t.Errorf("%s at %v: %d of %d smooth vertices sample elsewhere", c.name, win,
					astray, vertices)
			}
		}
	}
}
