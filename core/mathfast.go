package core

import "math"

// exp and tanh are the fdlibm/Cephes algorithms behind Go's math.Exp and math.Tanh,
// written as single functions without calls. In Go's wasm build math.Tanh costs a
// chain of calls (Exp, expmulti, Ldexp) and takes three times as long; the training
// step and the heatmap spend most of their time here. Both are accurate to about one
// ulp and, being plain float64 arithmetic, give the same bits natively and in wasm.

const (
	ln2Hi   = 6.93147180369123816490e-01
	ln2Lo   = 1.90821492927058770002e-10
	log2e   = 1.44269504088896338700e+00
	expP1   = 1.66666666666666657415e-01
	expP2   = -2.77777777770155933842e-03
	expP3   = 6.61375632143793436117e-05
	expP4   = -1.65339022054652515390e-06
	expP5   = 4.13813679705723846039e-08
	expMax  = 7.09782712893383973096e+02
	expMin  = -7.45133219101941108420e+02
	expTiny = 3.7252902984e-09 // below it in size, e^x rounds to 1 + x

	tanhP0 = -9.64399179425052238628e-1
	tanhP1 = -9.92877231001918586564e1
	tanhP2 = -1.61468768441708447952e3
	tanhQ0 = 1.12811678491632931402e2
	tanhQ1 = 2.23548839060100448583e3
	tanhQ2 = 4.84406305325125486048e3
)

// exp returns e^x: reduce x = k*ln2 + r with |r| <= ln2/2, approximate e^r with a
// degree-5 minimax rational form, then scale by 2^k.
func exp(x float64) float64 {
	switch {
	case x != x || x > expMax:
		return x * math.Inf(1) // NaN stays NaN, large x overflows to +Inf
	case x < expMin:
		return 0
	case x > -expTiny && x < expTiny:
		return 1 + x
	}
	var k int
	if x < 0 {
		k = int(log2e*x - 0.5)
	} else {
		k = int(log2e*x + 0.5)
	}
	hi := x - float64(k)*ln2Hi
	lo := float64(k) * ln2Lo
	r := hi - lo
	t := r * r
	c := r - t*(expP1+t*(expP2+t*(expP3+t*(expP4+t*expP5))))
	y := 1 - ((lo - (r*c)/(2-c)) - hi)
	// y is in [0.7, 1.5]: scale by 2^k in at most two exact steps.
	if k < -1021 {
		y *= 0x1p-1000
		k += 1000
	} else if k > 1023 {
		y *= 2
		k--
	}
	return y * math.Float64frombits(uint64(k+1023)<<52)
}

// tanh returns tanh(x): Cephes's rational form for |x| < 0.625, and
// 1 - 2/(e^(2|x|) + 1) with the sign of x above, as Go's math.Tanh does. There
// 2|x| lies in [1.25, 44], where exp needs none of its special cases, so its body is
// written out here: every branch and call costs a dispatch in Go's wasm code.
func tanh(x float64) float64 {
	a := math.Abs(x)
	if a < 0.625 {
		if x == 0 {
			return x // keeps the sign of -0
		}
		s := x * x
		return x + x*s*((tanhP0*s+tanhP1)*s+tanhP2)/(((s+tanhQ0)*s+tanhQ1)*s+tanhQ2)
	}
	if !(a < 22) { // 1 - 2/(e^44+1) rounds to 1; NaN passes through
		if a != a {
			return x
		}
		return math.Copysign(1, x)
	}
	y := 2 * a
	k := int(log2e*y + 0.5)
	hi := y - float64(k)*ln2Hi
	lo := float64(k) * ln2Lo
	r := hi - lo
	t := r * r
	c := r - t*(expP1+t*(expP2+t*(expP3+t*(expP4+t*expP5))))
	e := (1 - ((lo - (r*c)/(2-c)) - hi)) * math.Float64frombits(uint64(k+1023)<<52)
	return math.Copysign(1-2/(e+1), x)
}

// Sigmoid's ordinary case is expTiny <= |x| <= 708: there k = round(x/ln 2) lies in
// [-1021, 1021], where exp scales by 2^k in one step.
const (
	sigmoidTinyBits = 0x3e2ffffffffdb73d                   // expTiny's bits
	sigmoidSpanBits = 0x4086200000000000 - sigmoidTinyBits // 708's bits less expTiny's
)
