package play

import (
	"image/color"
	"math"
)

// Vertex is a corner of a triangle the canvas draws: where it goes on the canvas (X, Y),
// the point of the source image it takes its colour from (SrcX, SrcY), and the colour
// that scales it, premultiplied RGBA from 0 to 1. Solid shapes sample (SolidSrc,
// SolidSrc), which the canvas keeps white. A mesh drawn with a shader of the page's own
// (kage.Line) gives it SrcX, SrcY, C0 and C1 as that shader says.
type Vertex struct {
	X, Y, SrcX, SrcY float32
	R, G, B, A       float32
	C0, C1           float32
}

// SolidSrc is where solid shapes sample their source image.
const SolidSrc = 1

// MaxVertices is the most vertices one draw call takes: its indices are 16 bits.
const MaxVertices = 60000

// Mesh is triangles that the canvas draws in a few calls: the smooth shapes of a frame
// (feather.go), each with its colour in its vertices, or the glyphs of a size of text.
// It keeps them in parts of at most MaxVertices vertices, one draw call each, in order,
// and reuses its memory from frame to frame, so a frame of shapes allocates nothing and
// is a few draw calls, not one for each of its hundreds of shapes.
type Mesh struct {
	Vertices []Vertex
	// Indices are the triangles' corners, counted from their part's first vertex.
	Indices []uint16
	parts   []meshPart
	pts     []point // a stroke's points, while it is built
	// shaded makes the mesh one for the line shader (kage.Line): a path's straight
	// strips are its bands (shadedStrip), a third of the feathered strips' triangles.
	shaded bool
}

// meshPart is where a part starts in Vertices and Indices.
type meshPart struct{ v, i int }

// Reset empties the mesh.
func (m *Mesh) Reset() {
	m.Vertices, m.Indices, m.parts = m.Vertices[:0], m.Indices[:0], m.parts[:0]
}

// Parts calls draw with every part of the mesh, in order.
func (m *Mesh) Parts(draw func(vs []Vertex, is []uint16)) {
	for k, p := range m.parts {
		end := meshPart{len(m.Vertices), len(m.Indices)}
		if k+1 < len(m.parts) {
			end = m.parts[k+1]
		}
		if end.i > p.i {
			draw(m.Vertices[p.v:end.v], m.Indices[p.i:end.i])
		}
	}
}

// begin makes room for a shape of n vertices, in a new part when the last one would
// overflow, and returns the index its first vertex will have in its part.
func (m *Mesh) begin(n int) uint16 {
	if len(m.parts) == 0 || len(m.Vertices)-m.parts[len(m.parts)-1].v+n > MaxVertices {
		m.parts = append(m.parts, meshPart{len(m.Vertices), len(m.Indices)})
	}
	return uint16(len(m.Vertices) - m.parts[len(m.parts)-1].v)
}

// vertex appends a vertex of colour c sampling (sx, sy). For the line shader (kage.Line)
// it is a pixel inside every side (C0 and C1 are 1, as a solid shape's SrcX and SrcY
// are): a mesh of solid shapes alone draws the same with it as sampling the white block.
func (m *Mesh) vertex(x, y, sx, sy float32, c [4]float32) {
	m.Vertices = append(m.Vertices, Vertex{X: x, Y: y, SrcX: sx, SrcY: sy, R: c[0], G: c[1],
		B: c[2], A: c[3], C0: 1, C1: 1})
}

// quad appends the two triangles of corners n to n+3.
func (m *Mesh) quad(n uint16) {
	m.Indices = append(m.Indices, n, n+1, n+2, n, n+2, n+3)
}

// rgba is a colour as a vertex's components.
func rgba(c color.RGBA) [4]float32 {
	return [4]float32{float32(c.R) / 255, float32(c.G) / 255, float32(c.B) / 255,
		float32(c.A) / 255}
}

// Hairline adds a straight stroke as one quad, its edges not feathered.
func (m *Mesh) Hairline(l Line) {
	x0, y0, x1, y1 := float32(l.X0), float32(l.Y0), float32(l.X1), float32(l.Y1)
	dx, dy := x1-x0, y1-y0
	n := float32(math.Hypot(float64(dx), float64(dy)))
	if n == 0 || l.Width <= 0 {
		return
	}
	w := float32(l.Width)
	nx, ny := -dy/n*w/2, dx/n*w/2
	c := rgba(l.Color)
	k := m.begin(4)
	m.vertex(x0+nx, y0+ny, SolidSrc, SolidSrc, c)
	m.vertex(x1+nx, y1+ny, SolidSrc, SolidSrc, c)
	m.vertex(x1-nx, y1-ny, SolidSrc, SolidSrc, c)
	m.vertex(x0-nx, y0-ny, SolidSrc, SolidSrc, c)
	m.quad(k)
}

// segments is how many sides a circle of radius r pixels gets: round to the eye, its
// sides no more than a tenth of a pixel inside the circle (up to a radius of 90).
func segments(r float64) int {
	if r <= 0.1 {
		return 8
	}
	return max(8, min(96, int(math.Ceil(math.Pi/math.Acos(1-0.1/r)))))
}

// Text adds the glyphs of the labels of size sz, each a quad copying its rectangle of
// atlas a to where the label puts it, on whole pixels.
func (m *Mesh) Text(labels []Label, sz FontSize, a *Atlas) {
	for _, t := range labels {
		if t.Size != sz {
			continue
		}
		x, y := math.Round(t.Box.X), math.Round(t.Box.Y+a.Ascent)
		c := rgba(t.Color)
		for _, r := range t.Text {
			gl := a.Glyph(r)
			if src := gl.Src; !src.Empty() {
				x0, y0 := float32(x+gl.DX), float32(y+gl.DY)
				m.rect(x0, y0, x0+float32(src.Dx()), y0+float32(src.Dy()), float32(src.Min.X),
					float32(src.Min.Y), float32(src.Max.X), float32(src.Max.Y), c)
			}
			x += gl.Advance
		}
	}
}

// Fill adds a filled rectangle as one quad.
func (m *Mesh) Fill(r Rect, c color.RGBA) {
	m.Picture(r, Rect{X: SolidSrc, Y: SolidSrc}, c)
}

// Frame adds a stroked rectangle: four bands, Width wide, centred on its edges, as a
// stroke with mitred corners covers them; a rectangle thinner than the stroke is filled.
func (m *Mesh) Frame(s Stroke) {
	w := s.Width
	o := Rect{X: s.X - w/2, Y: s.Y - w/2, W: s.W + w, H: s.H + w}
	if s.W <= w || s.H <= w {
		m.Fill(o, s.Color)
		return
	}
	m.Fill(Rect{X: o.X, Y: o.Y, W: o.W, H: w}, s.Color)
	m.Fill(Rect{X: o.X, Y: o.Y + o.H - w, W: o.W, H: w}, s.Color)
	m.Fill(Rect{X: o.X, Y: o.Y + w, W: w, H: o.H - 2*w}, s.Color)
	m.Fill(Rect{X: o.X + o.W - w, Y: o.Y + w, W: w, H: o.H - 2*w}, s.Color)
}

// Picture adds a quad that copies the rectangle src of the source image into dst,
// scaled by colour c (White copies it as it is).
func (m *Mesh) Picture(dst, src Rect, c color.RGBA) {
	m.rect(float32(dst.X), float32(dst.Y), float32(dst.X+dst.W), float32(dst.Y+dst.H),
		float32(src.X), float32(src.Y), float32(src.X+src.W), float32(src.Y+src.H), rgba(c))
}

// rect adds the quad (x0, y0)-(x1, y1) that copies the source's (s0x, s0y)-(s1x, s1y),
// scaled by c.
func (m *Mesh) rect(x0, y0, x1, y1, s0x, s0y, s1x, s1y float32, c [4]float32) {
	k := m.begin(4)
	m.vertex(x0, y0, s0x, s0y, c)
	m.vertex(x1, y0, s1x, s0y, c)
	m.vertex(x1, y1, s1x, s1y, c)
	m.vertex(x0, y1, s0x, s1y, c)
	m.quad(k)
}
