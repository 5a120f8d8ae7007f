package sheet

import (
	"bytes"
	"math"
	"testing"

	"nnplay/core"
)

func TestDiverging(t *testing.T) {
	if Diverging(-1) != Negative || Diverging(0) != Neutral || Diverging(1) != Positive ||
		Diverging(5) != Positive {
		t.Error("Diverging ends")
	}
	if Diverging(math.NaN()) != Undefined || Diverging(math.Inf(-1)) != Undefined {
		t.Error("non-finite values must be grey")
	}
	vals := []float64{-1, 1, -7, 7, math.NaN(), math.Inf(1)}
	for k := 0; k <= 200; k++ {
		vals = append(vals, -1+float64(k)/100)
	}
	pix := make([]byte, 4*len(vals))
	HeatPixels(vals, pix)
	for i, v := range vals {
		want := Diverging(v)
		got := pix[4*i : 4*i+4]
		for c, w := range []uint8{want.R, want.G, want.B, 0xff} {
			if d := int(got[c]) - int(w); d > 1 || d < -1 {
				t.Fatalf("HeatPixels(%v) = %v, Diverging %v", v, got, want)
			}
		}
	}
}

// swept returns a network of sizes and its heatmaps on a grid of side n.
func swept(sizes []int, n int) (*core.Sequential, *core.Heatmap) {
	rng := core.NewRNG(3)
	var mods []core.Module
	for l := 1; l < len(sizes); l++ {
		mods = append(mods, core.NewLinear(sizes[l-1], sizes[l], true, rng), core.Tanh{})
	}
	net, err := core.FromModules(mods)
	if err != nil {
		panic(err)
	}
	feats := []core.Feature{core.X1, core.X2, core.X1Squared}[:sizes[0]]
	heat := core.NewHeatmap(n, -6, 6, feats)
	heat.Run(net)
	return net, heat
}

// TestAllIsEveryBand: the pictures a worker sends (All) are each band's Rect of the
// sheet painted band by band, one band after another, Len bytes in all, band k from
// Offset(k); pasted back at their Rects they make the sheet painted on the page.
func TestAllIsEveryBand(t *testing.T) {
	for _, c := range []struct {
		sizes []int
		n     int
		signs bool
	}{
		{[]int{2, 4, 2, 1}, 100, false},
		{[]int{3, 8, 8, 8, 8, 8, 8, 8, 8, 1}, 100, true},
		{[]int{2, 16, 1}, 37, false},
		{[]int{2, 5, 1}, 200, true},
	} {
		net, heat := swept(c.sizes, c.n)
		var page, worker Sheet
		page.Layout(c.sizes, c.n)
		worker.Layout(c.sizes, c.n)
		if !page.Fits(net, c.n) || page.Fits(net, c.n+1) {
			t.Fatalf("%v: Fits", c.sizes)
		}
		all := worker.All(heat, c.signs, nil)
		if len(all) != Len(net, c.n) {
			t.Errorf("%v: All is %d bytes, Len %d", c.sizes, len(all), Len(net, c.n))
		}
		pasted := make([]byte, len(page.Pix))
		copy(pasted, page.Pix) // the white block, painted by Layout
		for k := range page.Bands() {
			page.Paint(heat, c.signs, k)
			x1, y0, y1 := page.Rect(k)
			band := all[page.Offset(k):][:4*x1*(y1-y0)]
			if !bytes.Equal(band, page.Band(k)) {
				t.Errorf("%v: band %d of All differs from the band painted", c.sizes, k)
			}
			for y := y0; y < y1; y++ {
				copy(pasted[page.at(0, y):page.at(x1, y)], band[4*x1*(y-y0):])
			}
		}
		if !bytes.Equal(pasted, page.Pix) {
			t.Errorf("%v: All pasted at its bands' places is not the sheet", c.sizes)
		}
		// Signs picture the output as two classes: only its two colours and grey.
		if c.signs {
			x, y := page.PlaneAt()
			seen := map[[3]byte]bool{}
			for r := range c.n {
				for q := range c.n {
					i := page.at(x+q, y+r)
					seen[[3]byte(page.Pix[i:i+3])] = true
				}
			}
			if len(seen) > 3 {
				t.Errorf("%v: a plane of signs in %d colours", c.sizes, len(seen))
			}
		}
	}
}
