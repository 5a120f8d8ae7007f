package core

import (
	"math"
	"testing"
)

func ulps(a, b float64) float64 {
	if a == b {
		return 0
	}
	return math.Abs(a-b) / (math.Nextafter(math.Abs(b), math.Inf(1)) - math.Abs(b))
}

func TestExpAndTanhAgreeWithMath(t *testing.T) {
	r := NewRNG(4)
	worstExp, worstTanh := 0.0, 0.0
	for i := 0; i < 200000; i++ {
		x := r.Uniform(-750, 750)
		if i%2 == 0 {
			x = r.Uniform(-30, 30)
		}
		worstExp = math.Max(worstExp, ulps(exp(x), math.Exp(x)))
		worstTanh = math.Max(worstTanh, ulps(tanh(x), math.Tanh(x)))
	}
	if worstExp > 2 || worstTanh > 2 {
		t.Errorf("worst differences from package math: exp %v ulps, tanh %v ulps", worstExp, worstTanh)
	}
	for _, x := range []float64{
		0, math.Copysign(0, -1), 1e-300, 709.78, 709.79, -745.1, -746, 22, -22, 44, 1000, -1000,
	} {
		if e, m := exp(x), math.Exp(x); ulps(e, m) > 2 {
			t.Errorf("exp(%v) = %v, math.Exp %v", x, e, m)
		}
		if e, m := tanh(x), math.Tanh(x); e != m {
			t.Errorf("tanh(%v) = %v, math.Tanh %v", x, e, m)
		}
	}
	if !math.IsNaN(exp(math.NaN())) || !math.IsNaN(tanh(math.NaN())) ||
		!math.IsInf(exp(math.Inf(1)), 1) || exp(math.Inf(-1)) != 0 {
		t.Error("exp/tanh mishandle NaN or infinities")
	}
	if math.Signbit(tanh(math.Copysign(0, -1))) != true {
		t.Error("tanh(-0) must be -0")
	}
}

// Sigmoid's fast path names its bounds by their bits, as constants.
func TestSigmoidBoundsAreTheirBits(t *testing.T) {
	if sigmoidTinyBits != math.Float64bits(expTiny) ||
		sigmoidSpanBits+sigmoidTinyBits != math.Float64bits(708) {
		t.Errorf("bounds %#x and %#x, want expTiny's bits %#x and 708's less them",
			sigmoidTinyBits, sigmoidSpanBits, math.Float64bits(expTiny))
	}
}
