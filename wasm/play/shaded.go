package play

import "math"

// The meshes for the canvas's line shader (kage.Line): each vertex carries its distances
// to the shape's sides and ends, and the shader's alpha is their clamped minimum's, so
// that a band of two triangles draws what the feathered meshes (feather.go) draw with
// three bands of two; a software renderer pays for each triangle.

// maxRamp bounds how steep a shaded line's ramp along it is: its distances along it
// are scaled by at most maxRamp.
const maxRamp = 1 << 10

// ShadedLine adds the stroke Line adds as one quad for the canvas's line shader
// (kage.Line): the stroke's box grown by half a pixel on every side, each corner with
// its distances to the quad's sides, those along the stroke in its ends' ramps. The
// shader's coverage is then the feathered bands' but at the corners of the ends, where
// it is the product of the two ramps (a box filter's) and the bands cut them diagonally.
func (m *Mesh) ShadedLine(l Line) {
	if l.empty() {
		return
	}
	a := point{l.X0, l.Y0}
	u, length := unit(a, point{l.X1, l.Y1})
	half, alpha := thin(l.Width)
	if length < 1 {
		alpha *= length // as in polyline
	}
	c := fade(rgba(l.Color), alpha)
	// An end's ramp runs from half a pixel outside it a pixel inward; a stroke shorter
	// than a pixel ramps over its length, so that it keeps a pixel's ink (its alpha
	// scaled by its length), and a vanishing one by no less than maxRamp of a pixel,
	// so that the distances stay finite.
	along, across, ramp := length+1, 2*half+1, max(min(1, length), 1.0/maxRamp)
	k := m.begin(4)
	for _, q := range [4][2]float64{{0, 0}, {1, 0}, {1, 1}, {0, 1}} {
		s, d := q[0]*along-0.5, (q[1]-0.5)*across
		m.Vertices = append(m.Vertices, Vertex{
			X: float32(a.x + u.x*s - u.y*d), Y: float32(a.y + u.y*s + u.x*d),
			SrcX: float32(q[0] * along / ramp), SrcY: float32(q[1] * across),
			C0: float32((1 - q[0]) * along / ramp), C1: float32((1 - q[1]) * across),
			R: c[0], G: c[1], B: c[2], A: c[3]})
	}
	m.quad(k)
}

// ShadedRing adds ring r for the line shader (kage.Line), as Ring's polygon with one
// band a side from its inner circle to its outer, each corner with its distances to the
// two: the shader's alpha is then the feathered ring's three bands', with a third of
// their triangles, which a software renderer pays for one by one (Net B's units' dots
// were 4,500 of the 7,300 smooth triangles of a frame). It reports false, adding
// nothing, for a ring with no inside (Ring's fan), which Ring draws.
func (m *Mesh) ShadedRing(r Ring) bool {
	if !finite(r.X, r.Y, r.R, r.Width) || r.Width <= 0 || r.R <= 0 {
		return true // nothing to draw, as Ring draws nothing
	}
	half, alpha := thin(r.Width)
	in, across := r.R-half-0.5, 2*half+1
	if in <= 0 {
		return false
	}
	n := segments(in + across)
	grow := math.Sqrt(2 * math.Pi / float64(n) / math.Sin(2*math.Pi/float64(n)))
	c := fade(rgba(r.Color), alpha)
	k := m.begin(2 * n)
	for j := 0; j < n; j++ {
		s, co := math.Sincos(2 * math.Pi * float64(j) / float64(n))
		for _, q := range [2]float64{0, 1} {
			rad := (in + q*across) * grow
			m.Vertices = append(m.Vertices, Vertex{
				X: float32(r.X + rad*co), Y: float32(r.Y + rad*s),
				SrcX: 2, C0: 2, // no ends: the shader's ramp along the band is 1
				SrcY: float32(q * across), C1: float32((1 - q) * across),
				R: c[0], G: c[1], B: c[2], A: c[3]})
		}
	}
	for j := uint16(0); j < uint16(n); j++ {
		a, b := k+2*j, k+(j+1)%uint16(n)*2
		m.Indices = append(m.Indices, a, b, b+1, a, b+1, a+1)
	}
	return true
}

// shadedStrip is strip for the line shader: each row two vertices, half a pixel outside
// the stroke's sides, with their distances to them (across) and to the capped ends
// (along: 0 on a cap's outer row, 1 on the row where the core starts, 2 elsewhere, which
// the shader clamps to 1), so that its alpha is the feathered strip's, the ends' corners
// but where the two ramps multiply, with 2 triangles between two rows where strip has 6.
func (m *Mesh) shadedStrip(ps []point, capStart, capEnd bool, half float64,
	core [4]float32) {
	rows := stripRowCount(ps, capStart, capEnd)
	k := m.begin(2 * rows)
	across := 2*half + 1
	r := 0
	// Each row: two vertices across the stroke at p, n its normal scaled by s.
	stripRows(ps, capStart, capEnd, func(p, n point, s float64, _ bool) {
		from, to := float32(2), float32(2)
		if capStart && r < 2 {
			from = float32(r)
		}
		if capEnd && rows-1-r < 2 {
			to = float32(rows - 1 - r)
		}
		for _, o := range [2]float64{half + 0.5, -half - 0.5} {
			d := float32(half + 0.5 - o)
			m.Vertices = append(m.Vertices, Vertex{
				X: float32(p.x + n.x*o*s), Y: float32(p.y + n.y*o*s),
				SrcX: from, C0: to, SrcY: d, C1: float32(across) - d,
				R: core[0], G: core[1], B: core[2], A: core[3]})
		}
		r++
	})
	for r := 0; r+1 < rows; r++ {
		a, b := k+uint16(2*r), k+uint16(2*r+2)
		m.Indices = append(m.Indices, a, a+1, b+1, a, b+1, b)
	}
}
