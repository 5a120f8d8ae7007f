package play

import (
	"image/color"
	"math"
	"testing"
)

// TestMeshShapes: a hairline is a quad of its width, each vertex in its colour and on
// the solid source pixel; a shape's indices count from its part's first vertex.
func TestMeshShapes(t *testing.T) {
	var m Mesh
	c := color.RGBA{0x80, 0x40, 0x20, 0xff}
	m.Hairline(Line{X0: 0, Y0: 0, X1: 10, Y1: 0, Width: 2, Color: c})
	if len(m.Vertices) != 4 || len(m.Indices) != 6 {
		t.Fatalf("a line has %d vertices, %d indices", len(m.Vertices), len(m.Indices))
	}
	for _, v := range m.Vertices {
		if math.Abs(float64(v.Y)) != 1 || (v.X != 0 && v.X != 10) || v.SrcX != SolidSrc ||
			v.R != 0x80/255.0 || v.A != 1 {
			t.Errorf("line vertex %+v", v)
		}
	}
	m.Reset()
	m.Hairline(Line{X0: 1, Y0: 1, X1: 1, Y1: 1, Width: 2}) // nothing to draw
	m.Hairline(Line{X0: 0, Y0: 0, X1: 10, Y1: 0, Width: 2, Color: c})
	m.Hairline(Line{X0: 0, Y0: 0, X1: 10, Y1: 0, Width: 2, Color: c})
	if want := []uint16{0, 1, 2, 0, 2, 3, 4, 5, 6, 4, 6, 7}; string(u16(m.Indices)) !=
		string(u16(want)) {
		t.Errorf("indices %v, want %v", m.Indices, want)
	}
}

func u16(is []uint16) []byte {
	b := make([]byte, 0, 2*len(is))
	for _, i := range is {
		b = append(b, byte(i), byte(i>>8))
	}
	return b
}

// TestMeshParts: a mesh larger than a draw call takes is cut between shapes into parts
// of at most MaxVertices vertices, whose indices count from the part's first vertex.
func TestMeshParts(t *testing.T) {
	var m Mesh
	m.Circle(Dot{X: 1, Y: 1, R: 100})
	per, perTri := len(m.Vertices), len(m.Indices)/3
	m.Reset()
	circles := 3*MaxVertices/per + 7
	for k := 0; k < circles; k++ {
		m.Circle(Dot{X: float64(k), Y: 1, R: 100})
	}
	parts, vertices, triangles := 0, 0, 0
	m.Parts(func(vs []Vertex, is []uint16) {
		parts++
		vertices += len(vs)
		triangles += len(is) / 3
		if len(vs) > MaxVertices || len(vs)%per != 0 {
			t.Errorf("a part of %d vertices", len(vs))
		}
		for _, i := range is {
			if int(i) >= len(vs) {
				t.Fatalf("index %d in a part of %d vertices", i, len(vs))
			}
		}
	})
	if parts != 4 || vertices != per*circles || triangles != perTri*circles {
		t.Errorf("%d parts, %d vertices, %d triangles", parts, vertices, triangles)
	}
	if allocs := testing.AllocsPerRun(10, func() {
		m.Reset()
		for k := 0; k < circles; k++ {
			m.Circle(Dot{X: float64(k), Y: 1, R: 100})
		}
	}); allocs > 0 {
		t.Errorf("a frame of shapes allocates %v times", allocs)
	}
}

// TestMeshText: a label's glyphs are quads from the atlas, one after another on whole
// pixels, each its glyph's rectangle of the atlas.
func TestMeshText(t *testing.T) {
	a, err := NewAtlas(11)
	if err != nil {
		t.Fatal(err)
	}
	var m Mesh
	labels := []Label{{Text: "ab", Size: Small, Box: Rect{X: 10.4, Y: 20}},
		{Text: "x", Size: Normal}}
	m.Text(labels, Small, a)
	if len(m.Vertices) != 8 || len(m.Indices) != 12 {
		t.Fatalf("%d vertices for two glyphs", len(m.Vertices))
	}
	ga, gb := a.Glyph('a'), a.Glyph('b')
	x := 10 + ga.DX
	if v := m.Vertices[0]; float64(v.X) != x || v.SrcX != float32(ga.Src.Min.X) ||
		v.SrcY != float32(ga.Src.Min.Y) {
		t.Errorf("a's corner %+v, want x %v", v, x)
	}
	if v := m.Vertices[4]; math.Abs(float64(v.X)-(10+ga.Advance+gb.DX)) > 1e-4 {
		t.Errorf("b's corner at %v", v.X)
	}
}

// TestFrameIsARing checks a stroked rectangle's four bands: together they cover the
// ring between the rectangle grown and shrunk by half the width, each point once.
func TestFrameIsARing(t *testing.T) {
	var m Mesh
	s := Stroke{Rect: Rect{X: 10.25, Y: 20.5, W: 30, H: 12}, Width: 1.5, Color: Ink}
	m.Frame(s)
	if len(m.Vertices) != 16 || len(m.Indices) != 24 {
		t.Fatalf("%d vertices, %d indices: want four quads", len(m.Vertices), len(m.Indices))
	}
	covers := func(x, y float32) (n int) {
		for q := 0; q < 4; q++ {
			a, c := m.Vertices[4*q], m.Vertices[4*q+2]
			if x > a.X && x < c.X && y > a.Y && y < c.Y {
				n++
			}
		}
		return n
	}
	for y := float32(15); y < 40; y += 0.25 {
		for x := float32(5); x < 45; x += 0.25 {
			out := x > 9.5 && x < 41 && y > 19.75 && y < 33.25
			in := x > 11 && x < 39.5 && y > 21.25 && y < 31.75
			want := 0
			if out && !in {
				want = 1
			}
			onEdge := false
			for _, e := range []float32{9.5, 11, 39.5, 41} {
				onEdge = onEdge || x == e
			}
			for _, e := range []float32{19.75, 21.25, 31.75, 33.25} {
				onEdge = onEdge || y == e
			}
			if got := covers(x, y); !onEdge && got != want {
				t.Fatalf("(%v, %v) covered %d times, want %d", x, y, got, want)
			}
		}
	}
}
