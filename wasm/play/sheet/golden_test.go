package sheet

import (
	"crypto/sha256"
	"fmt"
	"math"
	"testing"
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
			"1e30d6f6c7002f9d4fa38e1ccc187fc736ecba5697894aa3bbe36dd9775c2cc9",
			"9c82b783ebed7a79eac02d324455f6bb365596b508a9ad64c186201fef29d769"},
		{[]int{2, 5, 1}, 200, true, true,
			"1b2668f0bb6fa4aa9c25784989e98fa21cf9f265eb87b91f32cfa09f5afd026b",
			"dadbcd0554018579c3e0d030c35f993ab348a438c7f923f4442759b53824df53"},
		{[]int{2, 8, 8, 1}, 100, false, true,
			"0312f2961ef2bd8975e534dbfcaf2ffe9e275caa702650478a59878cd2631388",
			"d8b89dc93965ac55423fe1a10b3f24880e10b09a206f9de577233eda2324a241"},
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
			heat.Inputs[1][5] = math.Inf(1)
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
