package play

import "math"

// The smooth shapes (lines, discs, rings, paths) are anti-aliased by their geometry: each
// edge gets a band one canvas pixel wide, centred on it, whose alpha falls linearly from
// the shape's to 0 outward, so that a pixel gets about the share of it the shape covers,
// as a box filter would give it. They are drawn in one ordinary pass, where ebiten's
// AntiAlias would draw their bounding box at twice the size into an image of its own and
// scale it back down: on a software renderer that was over a third of a frame's cost. A
// stroke thinner than a pixel is drawn a pixel wide with its alpha scaled by its width,
// so that it keeps its weight. A shape with a coordinate that is not a finite number, or
// beyond maxCoord, draws nothing: such numbers never reach the GPU.

// maxCoord bounds the coordinates and sizes of a shape that is drawn, in canvas pixels:
// beyond it float32 would lose whole pixels.
const maxCoord = 1 << 24

// finite reports whether every v is a number within ±maxCoord.
func finite(vs ...float64) bool {
	for _, v := range vs {
		if !(v >= -maxCoord && v <= maxCoord) {
			return false
		}
	}
	return true
}

// point is a point of a stroke being built.
type point struct{ x, y float64 }

// fade scales the premultiplied colour c by alpha k.
func fade(c [4]float32, k float64) [4]float32 {
	f := float32(k)
	return [4]float32{c[0] * f, c[1] * f, c[2] * f, c[3] * f}
}

// thin returns a stroke's half width and the alpha that scales it: a stroke under a
// pixel is drawn a pixel wide, as faint as it is thin.
func thin(w float64) (half, alpha float64) {
	if w < 1 {
		return 0.5, w
	}
	return w / 2, 1
}

// empty reports whether l draws nothing: a width or an end not finite, a width not
// above zero, or both ends at one point.
func (l Line) empty() bool {
	return !finite(l.X0, l.Y0, l.X1, l.Y1, l.Width) || l.Width <= 0 ||
		(l.X0 == l.X1 && l.Y0 == l.Y1)
}

// Line adds a straight stroke with butt ends, its four edges feathered.
func (m *Mesh) Line(l Line) {
	if l.empty() {
		return
	}
	m.pts = append(m.pts[:0], point{l.X0, l.Y0}, point{l.X1, l.Y1})
	m.polyline(m.pts, l.Width, rgba(l.Color))
}

// Path adds a polyline's stroke: butt ends, its turns mitred, or rounded where a mitre
// would reach too far. A point that is not finite breaks the line, as a Move does.
// Points closer than minStep to the last one kept are passed over.
func (m *Mesh) Path(p Path) {
	if !finite(p.Width) || p.Width <= 0 {
		return
	}
	c := rgba(p.Color)
	for i := 0; i < len(p.Points); {
		if first := p.Points[i]; !finite(first.X, first.Y) {
			i++
			continue
		}
		// A run: from a drawable point up to the next Move or bad point.
		j := i + 1
		for j < len(p.Points) && !p.Points[j].Move && finite(p.Points[j].X, p.Points[j].Y) {
			j++
		}
		m.run(p.Points[i:j], p.Width, c)
		i = j
	}
}

// minStep is the shortest segment a path keeps, in canvas pixels.
const minStep = 0.25

// run strokes one run of a path's points, all finite.
func (m *Mesh) run(pts []PathPoint, w float64, c [4]float32) {
	last := pts[len(pts)-1]
	m.pts = append(m.pts[:0], point{pts[0].X, pts[0].Y})
	for _, q := range pts[1:] {
		if k := m.pts[len(m.pts)-1]; math.Hypot(q.X-k.x, q.Y-k.y) >= minStep {
			m.pts = append(m.pts, point{q.X, q.Y})
		}
	}
	// The run ends where its last point is, even if that is close to the last one kept.
	if end := (point{last.X, last.Y}); len(m.pts) > 1 {
		m.pts[len(m.pts)-1] = end
	} else if end != m.pts[0] {
		m.pts = append(m.pts, end)
	}
	if len(m.pts) > 1 {
		m.polyline(m.pts, w, c)
	}
}

// polyline strokes the points ps, consecutive ones distinct, w wide: straight strips
// mitred at their gentle turns, and a round join on the outer side of each sharp one.
func (m *Mesh) polyline(ps []point, w float64, c [4]float32) {
	half, alpha := thin(w)
	if len(ps) == 2 {
		if l := math.Hypot(ps[1].x-ps[0].x, ps[1].y-ps[0].y); l < 1 {
			alpha *= l // a stroke shorter than a pixel keeps its weight as well
		}
	}
	core := fade(c, alpha)
	if len(ps) == 2 {
		m.segment(ps[0], ps[1], half, core)
		return
	}
	start := 0
	for i := 1; i < len(ps); i++ {
		if i == len(ps)-1 || sharp(ps[i-1], ps[i], ps[i+1], half+0.5) {
			m.strip(ps[start:i+1], start == 0, i == len(ps)-1, half, core)
			if i < len(ps)-1 {
				m.join(ps[i-1], ps[i], ps[i+1], half, core)
			}
			start = i
		}
	}
}

// segment adds the stroke from a to b with feathered butt ends: a core rectangle half a
// pixel inside the stroke's (or up to its middle, for one shorter than a pixel) and a
// band around it to half a pixel outside, its corners cut diagonally.
func (m *Mesh) segment(a, b point, half float64, core [4]float32) {
	u, l := unit(a, b)
	n := point{-u.y, u.x}
	k := m.begin(8)
	in := min(0.5, l/2)
	for _, r := range [2]struct {
		along, across float64
		c             [4]float32
	}{{in, half - 0.5, core}, {-0.5, half + 0.5, [4]float32{}}} {
		for _, q := range [4]struct{ end, side float64 }{{0, 1}, {1, 1}, {1, -1}, {0, -1}} {
			p, dir := a, 1.0
			if q.end == 1 {
				p, dir = b, -1
			}
			x := p.x + u.x*r.along*dir + n.x*r.across*q.side
			y := p.y + u.y*r.along*dir + n.y*r.across*q.side
			m.vertex(float32(x), float32(y), SolidSrc, SolidSrc, r.c)
		}
	}
	m.quad(k)
	for i := uint16(0); i < 4; i++ {
		j := (i + 1) % 4
		m.Indices = append(m.Indices, k+i, k+j, k+4+j, k+i, k+4+j, k+4+i)
	}
}

// unit returns the direction from a to b and the distance.
func unit(a, b point) (point, float64) {
	l := math.Hypot(b.x-a.x, b.y-a.y)
	return point{(b.x - a.x) / l, (b.y - a.y) / l}, l
}

// sharp reports whether the turn at b from a to c is too sharp to mitre: the mitre of a
// stroke reaching d from its centre would lengthen by more than a third, or reach past
// half of either segment and fold over the next mitre.
func sharp(a, b, c point, d float64) bool {
	u1, l1 := unit(a, b)
	u2, l2 := unit(b, c)
	cos := u1.x*u2.x + u1.y*u2.y
	if cos < 0.5 { // a turn of more than 60 degrees
		return true
	}
	return d*math.Sqrt((1-cos)/(1+cos)) > min(l1, l2)/2 // d tan(turn/2)
}

// stripRowCount is how many rows stripRows makes: one a point, and one more a cap.
func stripRowCount(ps []point, capStart, capEnd bool) int {
	rows := len(ps)
	if capStart {
		rows++
	}
	if capEnd {
		rows++
	}
	return rows
}

// stripRows calls row for each row across the stroke through ps, in order: at each of
// its points, with the normal n there scaled by s (a join's mitre). An end with a cap
// has its row half a pixel inward (or halfway along a shorter end segment) and a rim
// row, where the ink has faded to nothing, half a pixel beyond the end.
func stripRows(ps []point, capStart, capEnd bool, row func(p, n point, s float64, rim bool)) {
	last := len(ps) - 1
	for i, p := range ps {
		switch {
		case i == 0:
			u, l := unit(ps[0], ps[1])
			n := point{-u.y, u.x}
			if capStart {
				row(point{p.x - u.x/2, p.y - u.y/2}, n, 1, true)
				in := min(0.5, l/2)
				p = point{p.x + u.x*in, p.y + u.y*in}
			}
			row(p, n, 1, false)
		case i == last:
			u, l := unit(ps[i-1], p)
			n := point{-u.y, u.x}
			in := 0.0
			if capEnd {
				in = min(0.5, l/2)
			}
			row(point{p.x - u.x*in, p.y - u.y*in}, n, 1, false)
			if capEnd {
				row(point{p.x + u.x/2, p.y + u.y/2}, n, 1, true)
			}
		default:
			u1, _ := unit(ps[i-1], p)
			u2, _ := unit(p, ps[i+1])
			n := point{-u1.y - u2.y, u1.x + u2.x} // the mitre: the normals' mean
			l := math.Hypot(n.x, n.y)
			n = point{n.x / l, n.y / l}
			row(p, n, 1/(n.x*-u1.y+n.y*u1.x), false)
		}
	}
}

// strip adds the straight-jointed stroke through ps: a row of four vertices at each point
// across the stroke, at ±(half+0.5) with alpha 0 and ±(half-0.5) with the colour core,
// and quads between rows. An end with a cap has its core stop half a pixel short of the
// end (or halfway along a shorter first segment) and a row of alpha 0 half a pixel
// beyond; an end without one stops square at its point, where a join meets it.
func (m *Mesh) strip(ps []point, capStart, capEnd bool, half float64, core [4]float32) {
	if m.shaded {
		m.shadedStrip(ps, capStart, capEnd, half, core)
		return
	}
	rows := stripRowCount(ps, capStart, capEnd)
	k := m.begin(4 * rows)
	// Each row: four vertices across the stroke at p, n its normal scaled by s.
	stripRows(ps, capStart, capEnd, func(p, n point, s float64, rim bool) {
		for i, o := range [4]float64{half + 0.5, half - 0.5, 0.5 - half, -half - 0.5} {
			c := core
			if rim || i == 0 || i == 3 {
				c = [4]float32{}
			}
			m.vertex(float32(p.x+n.x*o*s), float32(p.y+n.y*o*s), SolidSrc, SolidSrc, c)
		}
	})
	for r := 0; r+1 < rows; r++ {
		a, b := k+uint16(4*r), k+uint16(4*r+4)
		for col := uint16(0); col < 3; col++ {
			m.Indices = append(m.Indices, a+col, a+col+1, b+col+1, a+col, b+col+1, b+col)
		}
	}
}

// join adds the round join at b on the outer side of the turn from a to c: a wedge of
// a disc between the two segments' square ends, feathered at its rim.
func (m *Mesh) join(a, b, c point, half float64, core [4]float32) {
	u1, _ := unit(a, b)
	u2, _ := unit(b, c)
	turn := math.Atan2(u1.x*u2.y-u1.y*u2.x, u1.x*u2.x+u1.y*u2.y)
	s := 1.0 // the outer side: away from where the line turns
	if turn > 0 {
		s = -1
	}
	from := math.Atan2(s*u1.x, -s*u1.y) // the outer normal of the first segment
	steps := max(1, int(math.Ceil(math.Abs(turn)/(2*math.Pi)*float64(segments(half+0.5)))))
	k := m.begin(1 + 2*(steps+1))
	m.vertex(float32(b.x), float32(b.y), SolidSrc, SolidSrc, core)
	for i := 0; i <= steps; i++ {
		sn, cs := math.Sincos(from + turn*float64(i)/float64(steps))
		for _, r := range [2]float64{half - 0.5, half + 0.5} {
			cc := core
			if r > half {
				cc = [4]float32{}
			}
			m.vertex(float32(b.x+cs*r), float32(b.y+sn*r), SolidSrc, SolidSrc, cc)
		}
	}
	for i := uint16(0); i < uint16(steps); i++ {
		in, out, in2, out2 := k+1+2*i, k+2+2*i, k+3+2*i, k+4+2*i
		m.Indices = append(m.Indices, k, in, in2, in, in2, out2, in, out2, out)
	}
}

// Circle adds a filled circle: a fan to half a pixel inside its rim and a band to half a
// pixel outside, both drawn in by 1/(24r), which the outer half of the band, longer than
// the inner, would add: the disc keeps its area. A disc under a pixel across is drawn a
// pixel across, fainter by its area.
func (m *Mesh) Circle(d Dot) {
	if !finite(d.X, d.Y, d.R) || d.R <= 0 {
		return
	}
	r, alpha := d.R-1/(24*d.R), 1.0
	if d.R < 0.5 {
		r, alpha = 0.5, 3*d.R*d.R
	}
	at := func(rad float64) float64 { return alpha * max(0, min(1, r+0.5-rad)) }
	in := max(0, r-0.5)
	m.rings(d.X, d.Y, [][2]float64{{0, at(0)}, {in, at(in)}, {r + 0.5, 0}}, rgba(d.Color))
}

// Ring adds a stroked circle: a band between its two radii, feathered on both sides.
func (m *Mesh) Ring(r Ring) {
	if !finite(r.X, r.Y, r.R, r.Width) || r.Width <= 0 || r.R <= 0 {
		return
	}
	half, alpha := thin(r.Width)
	// at is the alpha at radius rad: the lesser of the two ramps.
	at := func(rad float64) float64 {
		return alpha * max(0, min(1, rad-(r.R-half-0.5), r.R+half+0.5-rad))
	}
	var radii [4][2]float64
	for i, rad := range [4]float64{r.R - half - 0.5, r.R - half + 0.5, r.R + half - 0.5,
		r.R + half + 0.5} {
		rad = max(0, rad)
		radii[i] = [2]float64{rad, at(rad)}
	}
	m.rings(r.X, r.Y, radii[:], rgba(r.Color))
}

// rings adds the circles of the given radii around (x, y), each {radius, alpha} in
// increasing radius, and the bands between them, the alpha varying linearly across
// each band; a first radius of 0 is the centre, a fan to the next circle. Each circle is
// a polygon of the circle's area.
func (m *Mesh) rings(x, y float64, radii [][2]float64, c [4]float32) {
	n := segments(radii[len(radii)-1][0])
	grow := math.Sqrt(2 * math.Pi / float64(n) / math.Sin(2*math.Pi/float64(n)))
	if radii[0][0] == 0 {
		mid := m.begin(1 + n*(len(radii)-1))
		m.vertex(float32(x), float32(y), SolidSrc, SolidSrc, fade(c, radii[0][1]))
		step := uint16(len(radii) - 1)
		for j := uint16(0); j < uint16(n); j++ {
			m.Indices = append(m.Indices, mid, mid+1+j*step, mid+1+(j+1)%uint16(n)*step)
		}
		m.ring(x, y, n, grow, radii[1:], c, mid+1)
		return
	}
	m.ring(x, y, n, grow, radii, c, m.begin(n*len(radii)))
}

// ring adds circles of n sides, their radii grown by grow, and the bands between them,
// their first vertex at index k.
func (m *Mesh) ring(x, y float64, n int, grow float64, radii [][2]float64, c [4]float32,
	k uint16) {
	for j := 0; j < n; j++ {
		s, co := math.Sincos(2 * math.Pi * float64(j) / float64(n))
		for _, r := range radii {
			m.vertex(float32(x+r[0]*grow*co), float32(y+r[0]*grow*s), SolidSrc, SolidSrc,
				fade(c, r[1]))
		}
	}
	step := uint16(len(radii))
	for j := uint16(0); j < uint16(n); j++ {
		a, b := k+j*step, k+(j+1)%uint16(n)*step
		for i := uint16(0); i+1 < step; i++ {
			m.Indices = append(m.Indices, a+i, b+i, b+i+1, a+i, b+i+1, a+i+1)
		}
	}
}
