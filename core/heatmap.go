package core

// Heatmap evaluates every unit of a network over an N x N grid of the input plane into
// buffers it owns and reuses: the sweep behind Playground's per-unit pictures.
// Playground's grid is 100 x 100 over [-6, 6]^2.
//
// Grid point (r, c), with r counted from the top row, is x1 = Min + (Max-Min)*c/(N-1)
// and x2 = Max - (Max-Min)*r/(N-1); it is stored at index r*N + c.
//
// Each grid point gets its own forward pass, computed layer by layer over a block of
// points at a time: every sum is taken in the same order as Sequential.Forward, so
// Values holds bit for bit what Forward returns at each point, faster.
type Heatmap struct {
	N        int
	Min, Max float64
	// Features turns a grid point (x1, x2) into the network's inputs.
	Features []Feature
	// Inputs[f] is feature f over the grid.
	Inputs [][]float64
	// Values[l][i] is unit i of layer l (its activation A) over the grid, filled by Run.
	Values [][][]float64

	in  [][]float64   // the current block of Inputs
	out [][][]float64 // the current block of Values, per layer
}

// heatmapBlock is the number of grid points a sweep takes through a layer at once:
// long loops for speed, short enough that a block of Net B stays in cache.
const heatmapBlock = 500

// NewHeatmap returns a sweep of an n x n grid over [min, max]^2 for a network whose
// inputs are features. It panics if n < 2 or min >= max.
func NewHeatmap(n int, min, max float64, features []Feature) *Heatmap {
	if n < 2 || !(min < max) {
		panic("core: NewHeatmap needs n >= 2 and min < max")
	}
	h := &Heatmap{N: n, Min: min, Max: max, Features: append([]Feature(nil), features...)}
	h.Inputs = rows(make([]float64, len(features)*n*n), len(features), n*n)
	for r := 0; r < n; r++ {
		x2 := h.Coord(r, true)
		for c := 0; c < n; c++ {
			x1 := h.Coord(c, false)
			for f, feat := range features {
				h.Inputs[f][r*n+c] = feat.Eval(x1, x2)
			}
		}
	}
	h.in = make([][]float64, len(features))
	return h
}

// Coord returns the plane coordinate of grid column or row i: x1 of column i, or
// x2 of row i when row is true.
func (h *Heatmap) Coord(i int, row bool) float64 {
	d := (h.Max - h.Min) * float64(i) / float64(h.N-1)
	if row {
		return h.Max - d
	}
	return h.Min + d
}

// Run sweeps the grid through s and fills Values. It leaves s's trace alone and
// allocates only when s's shape has changed since the last Run. It panics if s does
// not take len(Features) inputs.
func (h *Heatmap) Run(s *Sequential) {
	for b := range h.Blocks() {
		h.RunBlock(s, b)
	}
}

// Blocks is the number of blocks of grid points that RunBlock sweeps one at a time.
func (h *Heatmap) Blocks() int { return (h.N*h.N + heatmapBlock - 1) / heatmapBlock }

// RunBlock sweeps block b of the grid (0 <= b < Blocks()) through s and fills its
// points' Values, leaving the other points' as they were: a page spreads a sweep over
// several frames this way. Every point's values are those Run gives it, bit for bit,
// whatever the blocks' order. It allocates only when s's shape has changed since the
// last sweep, making Values anew (all zero); it panics if s does not take
// len(Features) inputs.
func (h *Heatmap) RunBlock(s *Sequential, b int) {
	if s.In() != len(h.Features) {
		panic("core: Heatmap.Run: the network's inputs do not match the heatmap's features")
	}
	h.reshape(s)
	k0 := b * heatmapBlock
	k1 := min(k0+heatmapBlock, h.N*h.N)
	for f := range h.in {
		h.in[f] = h.Inputs[f][k0:k1]
	}
	x := h.in
	for l := range s.Layers {
		a := h.out[l]
		for i := range a {
			a[i] = h.Values[l][i][k0:k1]
		}
		s.Layers[l].Linear.forwardRows(x, a, k1-k0)
		act := s.Layers[l].Activation()
		for _, ai := range a {
			act.forwardEach(ai, ai)
		}
		x = a
	}
}

// reshape makes Values, and the blocks the sweep writes through, fit s's layers. Each
// is checked on its own: a caller may have swapped in Values of s's shape, made by
// another sweep, while the blocks still have an older network's.
func (h *Heatmap) reshape(s *Sequential) {
	if !fitsLayers(h.Values, s) {
		h.Values = make([][][]float64, len(s.Layers))
		for l, layer := range s.Layers {
			out := layer.Linear.Out
			h.Values[l] = rows(make([]float64, out*h.N*h.N), out, h.N*h.N)
		}
	}
	if !fitsLayers(h.out, s) {
		h.out = make([][][]float64, len(s.Layers))
		for l, layer := range s.Layers {
			h.out[l] = make([][]float64, layer.Linear.Out)
		}
	}
}

// fitsLayers reports whether v holds a row for each unit of each of s's layers.
func fitsLayers(v [][][]float64, s *Sequential) bool {
	if len(v) != len(s.Layers) {
		return false
	}
	for l, layer := range s.Layers {
		if len(v[l]) != layer.Linear.Out {
			return false
		}
	}
	return true
}
