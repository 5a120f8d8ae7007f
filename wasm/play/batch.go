package play

import "image/color"

// Canvas is what a Batcher draws with: the browser's canvas and its textures. Each Draw
// draws a mesh in one call.
type Canvas interface {
	Clear(c color.RGBA)
	// DrawFlat draws m sampling the pictures' sheet (Pictures), linearly
	// filtered, without anti-aliasing; its colours are premultiplied.
	DrawFlat(m *Mesh)
	// DrawSmooth draws m's smooth shapes: their edges are feathered in the mesh (see
	// Mesh.Line), without anti-aliasing, and every vertex samples the sheet's white
	// block at (SolidSrc, SolidSrc), so the nearest texel will do.
	DrawSmooth(m *Mesh)
	// DrawLines draws m's straight strokes, paths and rings (Mesh.ShadedLine, shaded,
	// ShadedRing), or its solid flat shapes, with the line shader (kage.Line), which
	// reads no texture; its colours are premultiplied.
	DrawLines(m *Mesh)
	// Shades reports whether DrawLines can draw: the canvas has made its line shader,
	// which the page does after its first frame. The Batcher asks it, the one place that
	// knows; without the shader the lines are feathered and the flat shapes sampled.
	Shades() bool
	// DrawSprites draws m's discs from the sprites' sheet (SpriteSheet), linearly
	// filtered; its colours are premultiplied.
	DrawSprites(m *Mesh)
	// DrawText draws m's glyphs from the atlas of size.
	DrawText(m *Mesh, size FontSize)
	// Disc draws a filled circle at once, and Points the plane's layer of data points.
	Disc(d Dot)
	Points(p *PlaneView)
}

// Batcher is a Painter that gathers a frame's shapes into meshes and draws each run of
// them in one call, in the order Paint asks: the flat shapes and the pictures (which
// sample one sheet) until something drawn otherwise comes (the data points, a disc),
// the smooth shapes at Flush and the sprites after them, the glyphs of each size of
// text. A frame of the deep network is nine draw calls instead of some seven hundred.
// Its meshes keep their memory from frame to frame.
type Batcher struct {
	Canvas Canvas
	Pics   *Pictures
	Fonts  *Fonts
	// Where the canvas Shades, the straight lines are drawn with its line shader
	// (DrawLines), as one quad each where the feathered stroke is ten thin triangles (for
	// a software renderer Net B's edges cost a fifth of its frame), and the flat shapes
	// too when no picture is among them, where the sheet's linear filter reads four
	// texels a pixel and the shader none.
	flat   Mesh
	pics   bool // the flat shapes hold a picture
	lines  Mesh
	smooth Mesh
	sprite Mesh
	glyphs Mesh
	// Draws counts the draw calls since the last Clear.
	Draws int
}

func (b *Batcher) Clear(c color.RGBA) {
	b.Draws = 0
	b.Canvas.Clear(c)
}

func (b *Batcher) Fill(r Rect, c color.RGBA) { b.flat.Fill(r, c) }
func (b *Batcher) Stroke(s Stroke)           { b.flat.Frame(s) }
func (b *Batcher) Hairline(l Line)           { b.flat.Hairline(l) }
func (b *Batcher) Circle(d Dot)              { b.smooth.Circle(d) }
func (b *Batcher) Sprite(d Dot)              { b.sprite.Sprite(d) }

// Line adds l to the shaded lines while no other smooth shape waits, since Flush draws
// them first (the network's edges come before every other); after one, it goes with
// the smooth shapes, feathered, in the order Paint gave.
func (b *Batcher) Line(l Line) {
	if len(b.smooth.Indices) == 0 && b.Canvas.Shades() {
		b.lines.ShadedLine(l)
		return
	}
	b.smooth.Line(l)
}

// Path adds p to the shaded lines as Line does, its straight strips as the line
// shader's bands (Mesh.shaded), a third of the triangles that feather them.
func (b *Batcher) Path(p Path) {
	if len(b.smooth.Indices) == 0 && b.Canvas.Shades() {
		b.lines.shaded = true
		b.lines.Path(p)
		return
	}
	b.smooth.Path(p)
}

// Ring adds r to the shaded lines as Line does, as a third of the triangles that
// feather it (Mesh.ShadedRing), where it has an inside; else to the smooth shapes.
func (b *Batcher) Ring(r Ring) {
	if len(b.smooth.Indices) == 0 && b.Canvas.Shades() && b.lines.ShadedRing(r) {
		return
	}
	b.smooth.Ring(r)
}

// UnitPicture copies unit u's picture from the sheet; a unit the sheet does not hold
// yet (no sweep has run) is left blank.
func (b *Batcher) UnitPicture(u Unit, r Rect) {
	if p := b.Pics; p.Holds(u.Level, u.Index) {
		b.flat.Picture(r, p.UnitSrc(u), White)
		b.pics = true
	}
}

func (b *Batcher) PlanePicture(r Rect) {
	if len(b.Pics.Pix) > 0 {
		b.flat.Picture(r, b.Pics.PlaneSrc(), White)
		b.pics = true
	}
}

func (b *Batcher) Disc(d Dot) {
	b.drawFlat()
	b.Canvas.Disc(d)
	b.Draws++
}

func (b *Batcher) Points(p *PlaneView) {
	b.drawFlat()
	b.Canvas.Points(p)
	b.Draws++
}

// Flush draws the flat shapes so far, then the shaded lines, the other smooth shapes
// and the sprites.
func (b *Batcher) Flush() {
	b.drawFlat()
	if len(b.lines.Indices) > 0 {
		b.Canvas.DrawLines(&b.lines)
		b.Draws += len(b.lines.parts)
	}
	b.lines.Reset()
	if len(b.smooth.Indices) > 0 {
		b.Canvas.DrawSmooth(&b.smooth)
		b.Draws += len(b.smooth.parts)
	}
	b.smooth.Reset()
	if len(b.sprite.Indices) > 0 {
		b.Canvas.DrawSprites(&b.sprite)
		b.Draws += len(b.sprite.parts)
	}
	b.sprite.Reset()
}

// Labels draws the flat shapes so far (the labels' backdrops), then the glyphs.
func (b *Batcher) Labels(ls []Label) {
	b.drawFlat()
	for size := range FontSize(len(cssPixels)) {
		b.glyphs.Text(ls, size, b.Fonts.Face(size))
		if len(b.glyphs.Indices) > 0 {
			b.Canvas.DrawText(&b.glyphs, size)
			b.Draws += len(b.glyphs.parts)
		}
		b.glyphs.Reset()
	}
}

// drawFlat draws the flat shapes so far: with the line shader when they are solid
// shapes alone (Mesh.vertex), else from the sheet.
func (b *Batcher) drawFlat() {
	if len(b.flat.Indices) > 0 {
		if !b.pics && b.Canvas.Shades() {
			b.Canvas.DrawLines(&b.flat)
		} else {
			b.Canvas.DrawFlat(&b.flat)
		}
		b.Draws += len(b.flat.parts)
	}
	b.flat.Reset()
	b.pics = false
}
