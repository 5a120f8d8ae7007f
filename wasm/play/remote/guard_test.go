package remote

import (
	"math"
	"testing"

	"nnplay/core"
)

// TestRunsAwayFindsTheFirstValueOutOfBounds: RunsAway names the first value, in
// parameter order, that is not within ±ParamBound (a NaN is not), whatever its place
// in a parameter's values; the bound itself and every value within it pass.
func TestRunsAwayFindsTheFirstValueOutOfBounds(t *testing.T) {
	in := []float64{0, math.Copysign(0, -1), ParamBound, -ParamBound, 5e-324, -1,
		math.Nextafter(ParamBound, 0), 999.5}
	out := []float64{math.NaN(), math.Inf(1), math.Inf(-1), math.Nextafter(ParamBound, 2e3),
		-math.Nextafter(ParamBound, 2e3), 1e300, -math.MaxFloat64, 1001,
		math.Float64frombits(0xfff8000000000001)} // a negative NaN
	rng := core.NewRNG(5)
	for trial := range 400 {
		sizes := []int{1 + trial%3, 7, 16, 1 + trial%9}
		ps := make([]core.Param, len(sizes))
		for i, n := range sizes {
			ps[i].Value = make([]float64, n)
			for k := range n {
				ps[i].Value[k] = in[rng.IntN(len(in))]
			}
		}
		wantI, wantK := -1, 0
		if trial%4 != 0 { // one run in four has nothing out of bounds
			for range 1 + trial%3 {
				i := rng.IntN(len(ps))
				k := rng.IntN(len(ps[i].Value))
				ps[i].Value[k] = out[rng.IntN(len(out))]
				if wantI < 0 || i < wantI || i == wantI && k < wantK {
					wantI, wantK = i, k
				}
			}
		}
		if i, k := RunsAway(ps); i != wantI || i >= 0 && k != wantK {
			t.Fatalf("trial %d: RunsAway says %d, %d; the first out of bounds is %d, %d (%v)",
				trial, i, k, wantI, wantK, ps)
		}
	}
}
