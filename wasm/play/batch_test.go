package play

import (
	"fmt"
	"image/color"
	"strconv"
	"strings"
	"testing"
)

// canvasLog is a Canvas that writes down each draw and the triangles it draws; it has
// the line shader where shades is set.
type canvasLog struct {
	calls  []string
	shades bool
}

func (c *canvasLog) add(f string, a ...any) {
	c.calls = append(c.calls, fmt.Sprintf(f, a...))
}
func (c *canvasLog) Clear(color.RGBA)                  { c.add("clear") }
func (c *canvasLog) DrawFlat(m *Mesh)                  { c.add("flat %d", len(m.Indices)/3) }
func (c *canvasLog) DrawSmooth(m *Mesh)                { c.add("smooth %d", len(m.Indices)/3) }
func (c *canvasLog) DrawLines(m *Mesh)                 { c.add("lines %d", len(m.Indices)/3) }
func (c *canvasLog) Shades() bool                      { return c.shades }
func (c *canvasLog) DrawSprites(m *Mesh)               { c.add("sprites %d", len(m.Indices)/3) }
func (c *canvasLog) DrawText(m *Mesh, s FontSize)      { c.add("text%d %d", s, len(m.Indices)/6) }
func (c *canvasLog) Disc(Dot)                          { c.add("disc") }
func (c *canvasLog) Points(*PlaneView)                 { c.add("points") }
func (c *canvasLog) count(prefix string) (n, tris int) { return countOf(c.calls, prefix) }

func countOf(calls []string, prefix string) (n, tris int) {
	for _, c := range calls {
		var k int
		if strings.HasPrefix(c, prefix) {
			fmt.Sscanf(c[strings.LastIndex(c, " ")+1:], "%d", &k)
			n, tris = n+1, tris+k
		}
	}
	return n, tris
}

// paintedScene builds the scene of a session set up by setup (benchSession) and returns
// it, what its Paint gives (r), and the pictures and fonts a Batcher draws it with.
func paintedScene(t *testing.T, setup func(m *Session)) (*Scene, *recorder, *Pictures,
	*Fonts) {
	m, geo, fonts := benchSession(t, setup)
	var s Scene
	s.Build(m, geo, fonts, 0)
	var r recorder
	s.Paint(&r)
	var pics Pictures
	pics.Refresh(m)
	return &s, &r, &pics, fonts
}

// TestBatcherDrawsAFrameInAFewCalls paints the deep network in the middle of a Step and
// checks that the Batcher draws it in a few calls that still keep Paint's order: every
// flat shape and picture is drawn (two triangles a fill, a picture or a hairline, eight
// a frame), those before the plane's points before them, the smooth shapes together
// after them, the backdrops before the text, and every glyph.
func TestBatcherDrawsAFrameInAFewCalls(t *testing.T) {
	for _, c := range sceneCases {
		s, r, pics, fonts := paintedScene(t, c.setup)
		var log canvasLog
		b := Batcher{Canvas: &log, Pics: pics, Fonts: fonts}
		s.Paint(&b)
		wantFlat := 2*(r.count("fill ")+r.count("hairline")+r.count("unit ")+
			r.count("plane")) + 8*r.count("stroke")
		_, flat := log.count("flat ")
		if flat != wantFlat {
			t.Errorf("%s: %d flat triangles, want %d", c.name, flat, wantFlat)
		}
		glyphs := 0
		for _, l := range s.Labels {
			for _, ch := range l.Text {
				if !fonts.Face(l.Size).Glyph(ch).Src.Empty() {
					glyphs++
				}
			}
		}
		_, t0 := log.count("text0 ")
		_, t1 := log.count("text1 ")
		if t0+t1 != glyphs {
			t.Errorf("%s: %d glyphs drawn, want %d", c.name, t0+t1, glyphs)
		}
		// Clear, the flat shapes up to the plane's points, the points, the legend's
		// discs, the flat shapes after them, the smooth shapes, the pulses' sprites
		// (two quads a pulse) if any, the backdrops, the two sizes of text: nine or ten
		// draws.
		var kinds []string
		for _, k := range log.calls {
			kinds = append(kinds, strings.Fields(k)[0])
		}
		want, draws := "clear flat points disc disc flat smooth flat text0 text1", 9
		if len(s.Pulses) > 0 {
			want, draws = "clear flat points disc disc flat smooth sprites flat text0 text1", 10
		}
		if got := strings.Join(kinds, " "); got != want || b.Draws != draws {
			t.Errorf("%s: %d draws: %s, want %s", c.name, b.Draws, got, want)
		}
		if _, tris := log.count("sprites "); tris != 4*len(s.Pulses) {
			t.Errorf("%s: %d triangles for %d pulses", c.name, tris, len(s.Pulses))
		}
	}
}

// shadeLog is a canvasLog that tells the flat calls that hold a picture ("flat N pics")
// and counts the vertices of the calls to DrawLines that the line shader would not
// draw as solid: neither a shaded line's quad (two of its four distances 0) nor a
// pixel inside every side.
type shadeLog struct {
	canvasLog
	unsolid int
}

func (c *shadeLog) DrawFlat(m *Mesh) {
	for _, v := range m.Vertices {
		if v.SrcX != SolidSrc || v.SrcY != SolidSrc {
			c.add("flat %d pics", len(m.Indices)/3)
			return
		}
	}
	c.canvasLog.DrawFlat(m)
}

func (c *shadeLog) DrawLines(m *Mesh) {
	for _, v := range m.Vertices {
		// A solid shape's vertex samples the white block and is a pixel inside every side;
		// a line's quad has a corner's distances to its sides instead, and a path's or a
		// ring's band its distances to its sides and ends (2 away from the ends).
		solid := v.SrcX == SolidSrc && v.SrcY == SolidSrc
		along := (v.SrcX == 0) != (v.C0 == 0) || v.SrcX >= 1 && v.C0 >= 1
		quad := along && (v.SrcY == 0) != (v.C1 == 0)
		if solid && min(v.C0, v.C1) < 1 || !solid && !quad {
			c.unsolid++
		}
	}
	c.canvasLog.DrawLines(m)
}

// TestShadedLinesKeepPaintsOrder paints the scene benchmarks' moments with the line
// shader on: the lines, paths and rings Paint gives before any other smooth shape (the
// network's edges first, the units' dots) are drawn as one quad a line and bands (Mesh.
// shaded, ShadedRing) in a call of their own just before the smooth shapes, and every
// later line goes with those, feathered as before (ten triangles a line), so that the
// order holds; the flat calls without a picture go to the line
// shader too, each vertex a pixel inside its sides (solid), and the other calls are as
// they were.
func TestShadedLinesKeepPaintsOrder(t *testing.T) {
	for _, c := range sceneCases {
		s, r, pics, fonts := paintedScene(t, c.setup)
		// The lines, paths and rings with an inside before the first other smooth shape:
		// how many lines, their triangles shaded, and feathered (ten a line).
		lead, shadedTris, featheredTris, rings, paths := 0, 0, 0, 0, 0
	calls:
		for _, call := range r.calls {
			switch strings.Fields(call)[0] {
			case "line":
				lead++
				shadedTris, featheredTris = shadedTris+2, featheredTris+10
			case "ring":
				var sh, fe Mesh
				if !sh.ShadedRing(r.rings[rings]) {
					break calls
				}
				fe.Ring(r.rings[rings])
				rings++
				shadedTris += len(sh.Indices) / 3
				featheredTris += len(fe.Indices) / 3
			case "path":
				var fe Mesh
				sh := Mesh{shaded: true}
				sh.Path(r.paths[paths])
				fe.Path(r.paths[paths])
				paths++
				shadedTris += len(sh.Indices) / 3
				featheredTris += len(fe.Indices) / 3
			case "circle":
				break calls
			}
		}
		var plain, shaded shadeLog
		shaded.shades = true
		bp, bs := &Batcher{Canvas: &plain, Pics: pics, Fonts: fonts},
			&Batcher{Canvas: &shaded, Pics: pics, Fonts: fonts}
		s.Paint(bp)
		s.Paint(bs)
		if lead < len(s.Edges) {
			t.Fatalf("%s: %d lines lead, fewer than the %d edges", c.name, lead, len(s.Edges))
		}
		var want []string
		solid := 0
		for _, call := range plain.calls {
			var tris int
			switch {
			case strings.HasPrefix(call, "smooth "):
				want = append(want, "lines "+strconv.Itoa(shadedTris))
				fmt.Sscanf(call, "smooth %d", &tris)
				call = "smooth " + strconv.Itoa(tris-featheredTris)
			case strings.HasSuffix(call, " pics"):
			case strings.HasPrefix(call, "flat "):
				call = "lines" + strings.TrimPrefix(call, "flat")
				solid++
			}
			want = append(want, call)
		}
		if got := strings.Join(shaded.calls, "|"); got != strings.Join(want, "|") {
			t.Errorf("%s: draws\n%s\nwant\n%s", c.name, got, strings.Join(want, "|"))
		}
		if solid == 0 || shaded.unsolid > 0 {
			t.Errorf("%s: %d solid flat calls, %d vertices not solid", c.name, solid,
				shaded.unsolid)
		}
	}
}
