package play

import (
	"math"
	"math/rand"
	"runtime"
	"testing"
)

// raster draws m's triangles in white over a transparent w x h image as a GPU does:
// each pixel takes the triangles that hold its centre, their alpha interpolated between
// the corners, blended source over. It returns the pixels' alpha.
func raster(m *Mesh, w, h int) []float64 {
	return rasterWith(m, w, h, func(v Vertex) float64 { return float64(v.A) })
}

// rasterShaded is raster for the line shader (kage.Line): it interpolates the corners'
// distances to the quad's sides and gives a pixel the shader's alpha.
func rasterShaded(m *Mesh, w, h int) []float64 {
	return rasterWith(m, w, h, func(v Vertex) float64 {
		clamp := func(d float32) float64 { return max(0, min(1, float64(d))) }
		return float64(v.A) * clamp(min(v.SrcX, v.C0)) * clamp(min(v.SrcY, v.C1))
	})
}

// rasterWith is raster with a pixel's alpha given by frag of its vertex, interpolated.
func rasterWith(m *Mesh, w, h int, frag func(Vertex) float64) []float64 {
	img := make([]float64, w*h)
	// The centres are nudged off the half pixels, where shapes' edges often lie, so that
	// no centre falls on an edge two triangles share.
	const dx, dy = 1e-4 * math.Pi, 1e-4 * math.E
	m.Parts(func(vs []Vertex, is []uint16) {
		for t := 0; t+2 < len(is); t += 3 {
			a, b, c := vs[is[t]], vs[is[t+1]], vs[is[t+2]]
			area := float64((b.X-a.X)*(c.Y-a.Y) - (b.Y-a.Y)*(c.X-a.X))
			if area == 0 {
				continue
			}
			x0 := max(0, int(math.Floor(float64(min(a.X, b.X, c.X)))))
			x1 := min(w-1, int(math.Ceil(float64(max(a.X, b.X, c.X)))))
			y0 := max(0, int(math.Floor(float64(min(a.Y, b.Y, c.Y)))))
			y1 := min(h-1, int(math.Ceil(float64(max(a.Y, b.Y, c.Y)))))
			for y := y0; y <= y1; y++ {
				for x := x0; x <= x1; x++ {
					px, py := float64(x)+0.5+dx, float64(y)+0.5+dy
					edge := func(p, q Vertex) float64 {
						return (float64(q.X)-float64(p.X))*(py-float64(p.Y)) -
							(float64(q.Y)-float64(p.Y))*(px-float64(p.X))
					}
					wa, wb, wc := edge(b, c)/area, edge(c, a)/area, edge(a, b)/area
					if wa < 0 || wb < 0 || wc < 0 {
						continue
					}
					mix := func(p, q, r float32) float32 {
						return float32(wa*float64(p) + wb*float64(q) + wc*float64(r))
					}
					al := frag(Vertex{SrcX: mix(a.SrcX, b.SrcX, c.SrcX),
						SrcY: mix(a.SrcY, b.SrcY, c.SrcY), A: mix(a.A, b.A, c.A),
						C0: mix(a.C0, b.C0, c.C0),
						C1: mix(a.C1, b.C1, c.C1)})
					img[y*w+x] = al + img[y*w+x]*(1-al)
				}
			}
		}
	})
	return img
}

// coverage returns the share of each pixel of a w x h image that inside holds, from
// 16 x 16 samples a pixel, each at a random place in its cell of the pixel: the exact
// anti-aliasing the feathered shapes approximate. A pixel whose centre is farther than
// reach from the shape (near says) is not sampled.
func coverage(w, h int, near func(x, y, reach float64) bool,
	inside func(x, y float64) bool) []float64 {
	rng := rand.New(rand.NewSource(3))
	img := make([]float64, w*h)
	const n = 16
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			if !near(float64(x)+0.5, float64(y)+0.5, 0.75) {
				continue
			}
			k := 0
			for j := 0; j < n; j++ {
				for i := 0; i < n; i++ {
					if inside(float64(x)+(float64(i)+rng.Float64())/n,
						float64(y)+(float64(j)+rng.Float64())/n) {
						k++
					}
				}
			}
			img[y*w+x] = float64(k) / (n * n)
		}
	}
	return img
}

func everywhere(x, y, reach float64) bool { return true }

// stroke is a polyline's stroke, as it should look: half its width, butt ends, round
// joins.
type stroke struct {
	ps   []point
	half float64
}

// near reports whether (x, y) is within half+reach of the polyline.
func (s stroke) near(x, y, reach float64) bool {
	for i := 0; i+1 < len(s.ps); i++ {
		u, l := unit(s.ps[i], s.ps[i+1])
		dx, dy := x-s.ps[i].x, y-s.ps[i].y
		along := max(0, min(l, dx*u.x+dy*u.y))
		if math.Hypot(dx-along*u.x, dy-along*u.y) <= s.half+reach {
			return true
		}
	}
	return false
}

// nearEnd reports whether (x, y) is within a pixel and a half of an end of the stroke.
func (s stroke) nearEnd(x, y float64) bool {
	if len(s.ps) < 2 {
		return false
	}
	last := len(s.ps) - 1
	ends := [2]stroke{{s.ps[:2], s.half}, {[]point{s.ps[last], s.ps[last-1]}, s.half}}
	for _, e := range ends {
		u, _ := unit(e.ps[0], e.ps[1])
		dx, dy := x-e.ps[0].x, y-e.ps[0].y
		if math.Abs(dx*u.x+dy*u.y) < 1.5 && math.Abs(dx*u.y-dy*u.x) < s.half+1.5 {
			return true
		}
	}
	return false
}

// inside reports whether (x, y) is on the stroke: on a segment, or on the wedge of a
// disc round a point between two segments, beyond the end of one and before the next.
func (s stroke) inside(x, y float64) bool {
	for i := 0; i+1 < len(s.ps); i++ {
		u, l := unit(s.ps[i], s.ps[i+1])
		dx, dy := x-s.ps[i].x, y-s.ps[i].y
		along, across := dx*u.x+dy*u.y, math.Abs(dx*u.y-dy*u.x)
		if along >= 0 && along <= l && across <= s.half {
			return true
		}
		if i > 0 && along <= 0 && math.Hypot(dx, dy) <= s.half {
			u0, _ := unit(s.ps[i-1], s.ps[i])
			if dx*u0.x+dy*u0.y >= 0 {
				return true
			}
		}
	}
	return false
}

// compare checks the rasterised mesh against the exact coverage: no pixel more than tol
// apart (endTol within a pixel and a half of an end of s, where the corners of the
// feathered ends are cut diagonally, no product of two ramps), no alpha above 1 (no
// double alpha where bands meet), and the same ink in all to within inkTol of it.
func compare(t *testing.T, name string, got, want []float64, w int, s stroke,
	tol, endTol, inkTol float64) {
	t.Helper()
	var ink, wantInk, worst float64
	at := -1
	for i := range got {
		ink, wantInk = ink+got[i], wantInk+want[i]
		lim := tol
		if s.nearEnd(float64(i%w)+0.5, float64(i/w)+0.5) {
			lim = endTol
		}
		if d := math.Abs(got[i] - want[i]); d > lim && d-lim > worst {
			worst, at = d-lim, i
		}
		if got[i] > 1+1e-5 {
			t.Errorf("%s: alpha %v at pixel %d", name, got[i], i)
		}
	}
	if at >= 0 {
		t.Errorf("%s: pixel %d,%d has alpha %.3f, covered %.3f", name, at%w, at/w, got[at],
			want[at])
	}
	if math.Abs(ink-wantInk) > inkTol*wantInk {
		t.Errorf("%s: ink %.2f, want %.2f", name, ink, wantInk)
	}
}

// TestFeatheredLines draws lines of every weight the page uses, across the pixel grid
// and at angles, and checks each pixel against the exact coverage of the line: the alpha
// ramps over a pixel at each edge, and a line is neither fatter nor thinner than its
// width, down to the thinnest edge (half a pixel, drawn a pixel wide at half alpha).
func TestFeatheredLines(t *testing.T) {
	const size = 48
	for _, w := range []float64{0.5, 0.8, 1, 1.3, 1.5, 2.2, 3.3, 6, 9, 18} {
		for _, l := range []Line{
			{X0: 6, Y0: 20.5, X1: 40, Y1: 20.5},     // on a row of pixel centres
			{X0: 6.3, Y0: 20, X1: 40.3, Y1: 20},     // on the pixels' edges
			{X0: 20.25, Y0: 5, X1: 20.25, Y1: 41.7}, // upright
			{X0: 5, Y0: 7, X1: 41, Y1: 39},          // steep and shallow
			{X0: 9, Y0: 40, X1: 38, Y1: 4.5},
			{X0: 10, Y0: 10, X1: 36, Y1: 36}, // at 45 degrees
		} {
			l.Width, l.Color = w, White
			var m Mesh
			m.Line(l)
			got := raster(&m, size, size)
			ps := []point{{l.X0, l.Y0}, {l.X1, l.Y1}}
			st := stroke{ps, w / 2}
			want := coverage(size, size, st.near, st.inside)
			name := "line " + fmtLine(l)
			// A box filter's coverage is linear across an edge along the pixel grid; at
			// an angle, and at the corners of the ends, the ramp is within a few percent.
			tol := 0.13
			if w < 1 {
				tol = 0.5 * w // drawn a pixel wide, as faint as it is thin
			}
			inkTol := 0.03
			if w <= 1.5 && l.X0 != l.X1 && l.Y0 != l.Y1 {
				// At an angle a ramp a pixel wide, sampled at the pixels' centres, adds
				// or takes up to about a seventh of a thin line's ink, as the line moves
				// across the pixels (the most at 45 degrees, through their centres).
				inkTol = 0.15
			}
			compare(t, name, got, want, size, st, tol, max(tol, 0.3), inkTol)
		}
	}
}

// TestShadedLines draws TestFeatheredLines's lines, and lines shorter than a pixel, as
// the line shader's quads: each pixel has the feathered line's alpha but within a pixel
// and a half of its ends, where the corners' ramps multiply, and the same exact coverage
// holds them, as tightly as it holds the feathered lines.
func TestShadedLines(t *testing.T) {
	const size = 48
	for _, w := range []float64{0.5, 0.8, 1, 1.3, 1.5, 2.2, 3.3, 6, 9, 18} {
		for _, l := range []Line{
			{X0: 6, Y0: 20.5, X1: 40, Y1: 20.5}, {X0: 6.3, Y0: 20, X1: 40.3, Y1: 20},
			{X0: 20.25, Y0: 5, X1: 20.25, Y1: 41.7}, {X0: 5, Y0: 7, X1: 41, Y1: 39},
			{X0: 9, Y0: 40, X1: 38, Y1: 4.5}, {X0: 10, Y0: 10, X1: 36, Y1: 36},
			{X0: 20, Y0: 20.5, X1: 20.6, Y1: 20.5}, {X0: 20.2, Y0: 20, X1: 20.5, Y1: 20.4},
		} {
			l.Width, l.Color = w, White
			var shaded, feathered Mesh
			shaded.ShadedLine(l)
			feathered.Line(l)
			if len(shaded.Vertices) != 4 || len(shaded.Indices) != 6 {
				t.Fatalf("%s: %d vertices, %d indices, want one quad", fmtLine(l),
					len(shaded.Vertices), len(shaded.Indices))
			}
			got, was := rasterShaded(&shaded, size, size), raster(&feathered, size, size)
			ps := []point{{l.X0, l.Y0}, {l.X1, l.Y1}}
			st := stroke{ps, w / 2}
			name := "shaded line " + fmtLine(l)
			short := math.Hypot(l.X1-l.X0, l.Y1-l.Y0) < 1
			// The ends' corners hold less ink than the feathered ones (and as much as the
			// exact coverage, below, where the feathered corners hold 0.6 pixels too much
			// at w 1). A short line holds its length times its width, a fifth off where
			// the pixels' centres sample it at an angle; the feathered one a quarter less.
			inkTol := map[bool]float64{false: 0.025, true: 1}[short]
			compare(t, name+" against the feathered", got, was, size, st, 1e-5, 0.25, inkTol)
			if ink, want := sum(got), w*math.Hypot(l.X1-l.X0, l.Y1-l.Y0); short &&
				math.Abs(ink-want) > 0.2*want {
				t.Errorf("%s: ink %.4f, want %.4f", name, ink, want)
			}
			if short {
				continue
			}
			tol := 0.13
			inkTol = 0.03
			if w < 1 {
				tol = 0.5 * w
			}
			if w <= 1.5 && l.X0 != l.X1 && l.Y0 != l.Y1 {
				inkTol = 0.15
			}
			want := coverage(size, size, st.near, st.inside)
			compare(t, name, got, want, size, st, tol, max(tol, 0.3), inkTol)
		}
	}
}

func sum(vs []float64) (s float64) {
	for _, v := range vs {
		s += v
	}
	return s
}

func fmtLine(l Line) string {
	return fmtF(l.X0) + "," + fmtF(l.Y0) + "-" + fmtF(l.X1) + "," + fmtF(l.Y1) + " w" +
		fmtF(l.Width)
}

func fmtF(v float64) string { return Num(v) }

// pathCase is a polyline of the page's kinds, with the tolerance its feathered stroke
// keeps to the exact coverage.
type pathCase struct {
	name string
	pts  []PathPoint
	tol  float64
}

// pathCases are the polylines TestFeatheredPaths and TestShadedPaths stroke: a smooth
// curve, a kink, a step up and down, a hairpin and a noisy series.
func pathCases() []pathCase {
	rng := rand.New(rand.NewSource(1))
	var noisy, sigmoid []PathPoint
	for k := 0; k <= 100; k++ {
		x := 4 + 56*float64(k)/100
		noisy = append(noisy, PathPoint{X: x, Y: 32 + 3*math.Exp(-x/20)*rng.NormFloat64()})
	}
	for k := 0; k <= 120; k++ {
		x := 4 + 56*float64(k)/120
		sigmoid = append(sigmoid, PathPoint{X: x, Y: 56 - 48/(1+math.Exp(-(x-32)/5))})
	}
	return []pathCase{
		{"sigmoid", sigmoid, 0.15},
		{"kink", []PathPoint{{X: 4, Y: 50}, {X: 30, Y: 50}, {X: 58, Y: 10}}, 0.15},
		{"step", []PathPoint{{X: 4, Y: 50}, {X: 30, Y: 50}, {X: 30, Y: 14}, {X: 58, Y: 14}},
			0.2},
		{"hairpin", []PathPoint{{X: 6, Y: 20}, {X: 56, Y: 30}, {X: 8, Y: 40}}, 0.3},
		// Points 0.56 pixels apart that jump a few pixels, as a loss chart's 400 can.
		{"noisy", noisy, 0.25},
	}
}

// TestFeatheredPaths strokes the page's kinds of polyline (a smooth curve, a kink, a
// step up and down, a noisy series of points closer than a pixel, a hairpin) and checks
// each against the exact coverage of a stroke with round joins: the mitred turns and the
// joins leave no seam, no spike and no double alpha. Under Node, where the exact
// coverage the strokes are checked against takes 1.2-2 s, each polyline is stroked at one
// of the four widths, every width among them; the native run strokes all twenty.
func TestFeatheredPaths(t *testing.T) {
	const size = 64
	for i, c := range pathCases() {
		for k, w := range []float64{0.8, 1.8, 2.2, 4.4} {
			if runtime.GOARCH == "wasm" && (i+k)%4 != 0 {
				continue
			}
			var m Mesh
			m.Path(Path{Points: c.pts, Width: w, Color: White})
			got := raster(&m, size, size)
			ps := make([]point, len(c.pts))
			for i, p := range c.pts {
				ps[i] = point{p.X, p.Y}
			}
			st := stroke{ps, w / 2}
			want := coverage(size, size, st.near, st.inside)
			tol := c.tol
			if w < 1 {
				tol = max(tol, 0.5*w)
			}
			inkTol := 0.04
			if c.name == "noisy" {
				inkTol = 0.06 // the inner sides of its sharp turns overlap
			}
			compare(t, c.name+" w"+fmtF(w), got, want, size, st, tol, max(tol, 0.3), inkTol)
		}
	}
}

// TestFeatheredDiscsAndRings checks filled circles and rings of the page's sizes against
// their exact coverage, on and off the pixel grid.
func TestFeatheredDiscsAndRings(t *testing.T) {
	const size = 48
	for _, r := range []float64{0.7, 1.5, 2.5, 4, 9, 20} {
		for _, at := range [][2]float64{{24, 24}, {23.5, 24.3}} {
			var m Mesh
			m.Circle(Dot{X: at[0], Y: at[1], R: r, Color: White})
			got := raster(&m, size, size)
			in := func(x, y float64) bool { return math.Hypot(x-at[0], y-at[1]) <= r }
			want := coverage(size, size, everywhere, in)
			inkTol := 0.03
			if r < 1 {
				inkTol = 0.25 // sampled at four or five pixels' centres
			}
			compare(t, "disc r"+fmtF(r), got, want, size, stroke{}, 0.16, 0, inkTol)
		}
	}
	for _, rw := range [][2]float64{{2.5, 1.2}, {5, 1.5}, {9, 2}, {18, 4.4}, {6, 0.6}} {
		r, w := rw[0], rw[1]
		var m Mesh
		m.Ring(Ring{X: 23.7, Y: 24.2, R: r, Width: w, Color: White})
		got := raster(&m, size, size)
		want := coverage(size, size, everywhere, func(x, y float64) bool {
			return math.Abs(math.Hypot(x-23.7, y-24.2)-r) <= w/2
		})
		tol := 0.16
		if w < 1 {
			tol = 0.5 * w
		}
		compare(t, "ring r"+fmtF(r)+" w"+fmtF(w), got, want, size, stroke{}, tol, 0, 0.03)
	}
}

// TestFeatheredTinyShapes: shapes under a pixel keep about their weight (a line shorter
// than a pixel, a disc smaller than one), and nothing is drawn for none.
func TestFeatheredTinyShapes(t *testing.T) {
	const size = 16
	ink := func(m *Mesh) (sum float64) {
		for _, a := range raster(m, size, size) {
			sum += a
		}
		return sum
	}
	for _, c := range []struct {
		name string
		add  func(m *Mesh)
		want float64
	}{
		{"short line", func(m *Mesh) {
			m.Line(Line{X0: 8.3, Y0: 8.5, X1: 8.7, Y1: 8.5, Width: 2,
				Color: White})
		},
			0.8},
		{"short path", func(m *Mesh) {
			m.Path(Path{Points: []PathPoint{{X: 8.35, Y: 8.5}, {X: 8.5, Y: 8.6}, {X: 8.65, Y: 8.5}},
				Width: 2, Color: White})
		}, 0.6},
		{"small disc", func(m *Mesh) { m.Circle(Dot{X: 8, Y: 8, R: 0.3, Color: White}) }, math.Pi * 0.09},
	} {
		var m Mesh
		c.add(&m)
		if got := ink(&m); got < c.want*0.6 || got > c.want*1.5 {
			t.Errorf("%s: ink %.3f, want about %.3f", c.name, got, c.want)
		}
	}
	var m Mesh
	m.Line(Line{X0: 8, Y0: 8, X1: 8, Y1: 8, Width: 2})
	m.Line(Line{X0: 2, Y0: 8, X1: 9, Y1: 8, Width: 0})
	m.Circle(Dot{X: 8, Y: 8, R: 0})
	m.Ring(Ring{X: 8, Y: 8, R: 3, Width: -1})
	m.Path(Path{Points: []PathPoint{{X: 3, Y: 3}}, Width: 2})
	m.Path(Path{Points: []PathPoint{{X: 3, Y: 3}, {X: 3, Y: 3}}, Width: 2})
	if len(m.Vertices) != 0 {
		t.Errorf("%d vertices for shapes of no size", len(m.Vertices))
	}
}

// TestFeatheredShapesStayFinite: a coordinate or size that is NaN, infinite or beyond
// what float32 holds to a pixel never reaches a vertex; a path breaks at such a point and
// draws the rest.
func TestFeatheredShapesStayFinite(t *testing.T) {
	bad := []float64{math.NaN(), math.Inf(1), math.Inf(-1), 1e300, -3e7}
	rng := rand.New(rand.NewSource(7))
	pick := func() float64 {
		if rng.Intn(4) == 0 {
			return bad[rng.Intn(len(bad))]
		}
		return rng.Float64()*100 - 20
	}
	var m Mesh
	for k := 0; k < 2000; k++ {
		m.Line(Line{X0: pick(), Y0: pick(), X1: pick(), Y1: pick(), Width: pick() / 10})
		m.Circle(Dot{X: pick(), Y: pick(), R: pick() / 4})
		m.Ring(Ring{X: pick(), Y: pick(), R: pick() / 4, Width: pick() / 10})
		var p Path
		for range 6 {
			p.Points = append(p.Points, PathPoint{X: pick(), Y: pick(), Move: rng.Intn(5) == 0})
		}
		p.Width = pick() / 10
		m.Path(p)
	}
	m.Parts(func(vs []Vertex, is []uint16) {
		for _, v := range vs {
			for _, f := range [...]float32{v.X, v.Y, v.R, v.G, v.B, v.A} {
				if !finite(float64(f)) {
					t.Fatalf("vertex %+v", v)
				}
			}
			if v.A < 0 || v.A > 1 {
				t.Fatalf("alpha %v", v.A)
			}
		}
		for _, i := range is {
			if int(i) >= len(vs) {
				t.Fatalf("index %d of %d vertices", i, len(vs))
			}
		}
	})
	m.Reset()
	nan := math.NaN()
	m.Path(Path{Points: []PathPoint{{X: 2, Y: 5}, {X: 20, Y: 5}, {X: nan, Y: 5}, {X: 2, Y: 9},
		{X: 20, Y: 9}}, Width: 2, Color: White})
	got := raster(&m, 24, 12)
	if got[5*24+10] < 0.99 || got[9*24+10] < 0.99 || got[7*24+10] > 0.01 {
		t.Errorf("a path broken by NaN: alpha %.2f, %.2f, %.2f across", got[5*24+10],
			got[7*24+10], got[9*24+10])
	}
}

// TestFeatheredShapesAllocateNothing: a frame of smooth shapes reuses the mesh's memory.
func TestFeatheredShapesAllocateNothing(t *testing.T) {
	var m Mesh
	pts := make([]PathPoint, 240)
	for k := range pts {
		pts[k] = PathPoint{X: float64(k), Y: 50 + 30*math.Sin(float64(k)/20)}
	}
	frame := func() {
		m.Reset()
		for k := 0; k < 100; k++ {
			m.Line(Line{X0: 0, Y0: float64(k), X1: 300, Y1: float64(2 * k), Width: 2.2})
			m.Circle(Dot{X: float64(k), Y: 3, R: 5})
			m.Ring(Ring{X: float64(k), Y: 3, R: 5, Width: 1.2})
		}
		m.Path(Path{Points: pts, Width: 2.2})
	}
	frame()
	if allocs := testing.AllocsPerRun(10, frame); allocs > 0 {
		t.Errorf("a frame of smooth shapes allocates %v times", allocs)
	}
}

// TestShadedRings draws TestFeatheredDiscsAndRings's rings as the line shader's bands
// (Mesh.ShadedRing): a third of the feathered ring's triangles, a software renderer's
// cost (Net B's 53 units' dots were 4,500 of a frame's 7,300 smooth triangles), and each
// pixel within a fiftieth of the feathered ring's alpha; a ring whose inside is less than
// half a pixel is the feathered one.
func TestShadedRings(t *testing.T) {
	const size = 48
	for _, rw := range [][2]float64{{2.5, 1.2}, {5, 1.5}, {9, 2}, {18, 4.4}, {6, 0.6},
		{1.2, 1}, {0.6, 1.2}} {
		for _, at := range [][2]float64{{23.7, 24.2}, {24, 24}} {
			r := Ring{X: at[0], Y: at[1], R: rw[0], Width: rw[1], Color: White}
			var shaded, feathered Mesh
			ok := shaded.ShadedRing(r)
			feathered.Ring(r)
			name := "shaded ring r" + fmtF(r.R) + " w" + fmtF(r.Width)
			if fan := r.R-max(r.Width, 1)/2-0.5 <= 0; ok == fan || fan && len(shaded.Indices) > 0 {
				t.Errorf("%s: shaded %v with %d triangles, want it only with an inside",
					name, ok, len(shaded.Indices)/3)
			}
			if !ok {
				continue
			}
			if got, was := len(shaded.Indices), len(feathered.Indices); 3*got != was {
				t.Errorf("%s: %d triangles, want a third of the feathered ring's %d", name,
					got/3, was/3)
			}
			got, was := rasterShaded(&shaded, size, size), raster(&feathered, size, size)
			compare(t, name, got, was, size, stroke{}, 0.02, 0, 0.002)
		}
	}
}

// TestShadedPaths strokes pathCases's polylines in a mesh for the line shader
// (Mesh.shaded): each straight strip a band between consecutive rows of two vertices,
// with their distances to the stroke's sides and its capped ends, a third of the
// feathered strip's triangles where no turn is sharp, and each pixel within 0.02 of the
// feathered stroke's alpha but at the ends' corners, where the two ramps multiply (as
// ShadedLine's do).
func TestShadedPaths(t *testing.T) {
	const size = 64
	for _, c := range pathCases() {
		for _, w := range []float64{0.8, 1.8, 2.2, 4.4} {
			p := Path{Points: c.pts, Width: w, Color: White}
			var feathered Mesh
			shaded := Mesh{shaded: true}
			feathered.Path(p)
			shaded.Path(p)
			name := "shaded " + c.name + " w" + fmtF(w)
			// A third of the triangles where no turn is sharp; the round joins stay.
			got, was := len(shaded.Indices), len(feathered.Indices)
			if c.name == "sigmoid" && 3*got != was || got >= was {
				t.Errorf("%s: %d triangles, feathered %d", name, got/3, was/3)
			}
			ps := []point{{c.pts[0].X, c.pts[0].Y}, {c.pts[1].X, c.pts[1].Y}}
			n := len(c.pts) - 1
			ps = append(ps, point{c.pts[n-1].X, c.pts[n-1].Y}, point{c.pts[n].X, c.pts[n].Y})
			px, want := rasterShaded(&shaded, size, size), raster(&feathered, size, size)
			compare(t, name, px, want, size, stroke{ps, w / 2}, 0.02, 0.25, 0.01)
		}
	}
}
