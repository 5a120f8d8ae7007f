package play

import "math"

// Pictures are every unit's heatmap as RGBA pixels, for the canvas to upload as
// textures when the sweep was recomputed: a ThumbSize x ThumbSize thumbnail per unit,
// sampled from the sweep's HeatmapSize² grid, and the output unit at full resolution
// for the plane. The buffers are reused while the network keeps its shape.
type Pictures struct {
	// Units holds 4·ThumbSize² bytes per unit: Units[level][unit].
	Units [][][]byte
	// Plane holds 4·HeatmapSize² bytes: the output unit, muted a third toward white so
	// that the data points on it stand out once the network has learned their colours.
	Plane []byte
	small []float64
	norm  []float64
	signs []float64
}

// ThumbSize is the side of a unit's picture: a quarter of the sweep's pixels to upload,
// still five times Playground's 10 x 10.
const ThumbSize = 50

// thumbIndex[k] is the grid index that thumbnail pixel k samples, both ends included.
var thumbIndex = func() (idx [ThumbSize]int) {
	for k := range idx {
		idx[k] = int(math.Round(float64(k) * (HeatmapSize - 1) / (ThumbSize - 1)))
	}
	return idx
}()

// Refresh computes the pixels from m's heatmaps and reports whether the network's
// shape changed since the last call, so that the textures must be made again.
func (p *Pictures) Refresh(m *Session) (reshaped bool) {
	sizes := m.Sizes()
	reshaped = len(p.Units) != len(sizes)
	for l := 0; !reshaped && l < len(sizes); l++ {
		reshaped = len(p.Units[l]) != sizes[l]
	}
	if reshaped {
		p.Units = make([][][]byte, len(sizes))
		for l, n := range sizes {
			p.Units[l] = make([][]byte, n)
			for i := range p.Units[l] {
				p.Units[l][i] = make([]byte, 4*ThumbSize*ThumbSize)
			}
		}
		p.Plane = make([]byte, 4*HeatmapSize*HeatmapSize)
		p.small = make([]float64, ThumbSize*ThumbSize)
		p.norm = make([]float64, HeatmapSize*HeatmapSize)
	}
	for f, vals := range m.Heat.Inputs {
		// Inputs span [-6, 6] or more: scale each to [-1, 1] for its picture.
		peak := math.Max(maxAbs(vals), 1e-12)
		for k, v := range vals {
			p.norm[k] = v / peak
		}
		p.thumb(p.Units[0][f], p.norm)
	}
	for l, layer := range m.Heat.Values {
		for i, vals := range layer {
			p.thumb(p.Units[l+1][i], vals)
		}
	}
	out := m.Heat.Values[len(m.Heat.Values)-1][0]
	if m.Discretize { // the output as two classes, its sign, on the plane and its unit
		out = p.sign(out)
		p.thumb(p.Units[len(sizes)-1][0], out)
	}
	HeatPixels(out, p.Plane)
	for i := range p.Plane {
		if i%4 != 3 {
			p.Plane[i] += (255 - p.Plane[i]) / 3
		}
	}
	return reshaped
}

// sign returns the signs of vals, -1 or +1 (0 stays 0, a NaN stays NaN), in a buffer of
// its own.
func (p *Pictures) sign(vals []float64) []float64 {
	p.signs = append(p.signs[:0], vals...)
	for i, v := range p.signs {
		if v != 0 && !math.IsNaN(v) {
			p.signs[i] = math.Copysign(1, v)
		}
	}
	return p.signs
}

// thumb samples a grid of values into a thumbnail's pixels.
func (p *Pictures) thumb(pix []byte, vals []float64) {
	for r, gr := range thumbIndex {
		for c, gc := range thumbIndex {
			p.small[r*ThumbSize+c] = vals[gr*HeatmapSize+gc]
		}
	}
	HeatPixels(p.small, pix)
}
