package sheet

import (
	"crypto/sha256"
	"fmt"
	"math"
	"testing"

	"nnplay/core"
)

// TestPicturesKeepTheirBytes pins the pictures byte for byte: the sheet the page paints
// band by band and the bytes All sends, for networks of several shapes and grids, with
// the output as values and as signs, and with heatmap values beyond [-1, 1], infinite
// and not a number. The sums were taken from the straightforward painter (one value,
// one table look-up and one four-byte copy at a time; thumbnails sampled into a buffer;
// the plane muted byte by byte) before it was made faster, so that a faster painter
// that paints one pixel differently fails here.
func TestPicturesKeepTheirBytes(t *testing.T) {
	odd := []float64{math.NaN(), math.Inf(1), math.Inf(-1), -1, 1, -1.5, 7, 1e300, -1e300,
		math.MaxFloat64, -math.MaxFloat64, 0, math.Copysign(0, -1), 1.0 / 1023, -1.0 / 1023,
		0.5 / 1023, -0.5 / 1023, math.Nextafter(1, 2), math.Nextafter(-1, -2)}
	for _, c := range []struct {
		sizes      []int
		n          int
		signs, odd bool
		sheet, all string
	}{
		{[]int{2, 4, 2, 1}, 100, false, false,
			"254bbb7e0c2c7d61620081732f1d8aa026fba8cfafddfc0b9758014386856d0f",
			"44e72e26fb81c7588627d3bdd72e5548c9d34e724907585fc18503ca179c439d"},
		{[]int{3, 8, 8, 8, 8, 8, 8, 8, 8, 1}, 100, true, false,
			"bfb8b456bfa2a189183e98595f7e837ac13987bc42169fa68f29f91d51e29301",
			"ed3b7153cbe18bf181ba6ca8e0b91a3794d7ad0b1c401b89521f70d8cccbb731"},
		{[]int{2, 16, 1}, 37, false, true,
			"be4d77e21d72c4d61aca4c259b4e8e56dfa151cba5afae1d83347d025ab5ef35",
			"104b6b161b897b390e1d2605072d1161d9ba4222171c9221dab07f0df35a7520"},
		{[]int{2, 5, 1}, 200, true, true,
			"29b3f9b1c360a19564a8d5a541cae51e9ab5d91527f98df245cf2be13f926c7d",
			"a08471f8b252ad2fb650a09bac7fa1db91777d5c0cf984af06e63123c4fe7ca1"},
		{[]int{2, 8, 8, 1}, 100, false, true,
			"2a1258b1f09c101d272428adee816ccc9f2451b9572b39472c290e508b682498",
			"7b244cdb538de9977a0485af661c587aee8e4b8abb56aa39a5d913abe317445e"},
	} {
		_, heat := swept(c.sizes, c.n)
		if c.odd {
			// Sprinkle the odd values over every unit's grid and the inputs, at the
			// thumbnails' samples too (a grid of side n samples row and column 0).
			for l := range heat.Values {
				for i, vals := range heat.Values[l] {
					for k, v := range odd {
						vals[(k*131+i*17+l*7)%len(vals)] = v
						vals[k%len(vals)] = odd[(k+i+l)%len(odd)]
					}
				}
			}
			heat.Inputs[0][0] = math.NaN()
			heat.Inputs[1][5] = math.Inf(1) // over the NaN after it, as math.Max has it
			heat.Inputs[1][9] = math.NaN()
			heat.Inputs[2%len(heat.Inputs)][3] = math.Inf(-1)
		}
		var page, worker Sheet
		page.Layout(c.sizes, c.n)
		worker.Layout(c.sizes, c.n)
		for k := range page.Bands() {
			page.Paint(heat, c.signs, k)
		}
		all := worker.All(heat, c.signs, nil)
		sheet, sent := fmt.Sprintf("%x", sha256.Sum256(page.Pix)), fmt.Sprintf("%x",
			sha256.Sum256(all))
		if sheet != c.sheet || sent != c.all {
			t.Errorf("%v n=%d signs=%v odd=%v: sheet %s, sent %s; want %s, %s", c.sizes, c.n,
				c.signs, c.odd, sheet, sent, c.sheet, c.all)
		}
	}
}

// TestPeakOfIsMathMax: the inputs' pictures are scaled by the largest magnitude as
// math.Max folds them, NaN and infinities included, in any order.
func TestPeakOfIsMathMax(t *testing.T) {
	vals := []float64{0, 1e-13, -3, 2.5, math.NaN(), math.Inf(1), math.Inf(-1), -7,
		math.Copysign(0, -1), 1e-300}
	rng := core.NewRNG(9)
	for trial := range 2000 {
		xs := make([]float64, trial%7)
		for i := range xs {
			xs[i] = vals[rng.IntN(len(vals))]
		}
		want := 1e-12
		for _, v := range xs {
			want = math.Max(want, math.Abs(v))
		}
		if got := peakOf(xs); math.Float64bits(got) != math.Float64bits(want) &&
			!(got != got && want != want) {
			t.Fatalf("peakOf(%v) = %v, math.Max gives %v", xs, got, want)
		}
	}
}
