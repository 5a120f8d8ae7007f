package core

import "math"

// RNG is a seeded random source that gives the same numbers on every platform: the
// generator is SplitMix64, and its float arithmetic avoids the math functions whose
// results differ between architectures (math.Log is assembly on amd64, pure Go in
// wasm), so the same seed builds the same network natively and in the browser.
type RNG struct {
	state uint64
}

// NewRNG returns a generator seeded with seed.
func NewRNG(seed uint64) *RNG { return &RNG{state: seed} }

// Uint64 returns the next 64 random bits.
func (r *RNG) Uint64() uint64 {
	r.state += 0x9e3779b97f4a7c15
	z := r.state
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// Float64 returns a uniform number in [0, 1).
func (r *RNG) Float64() float64 { return float64(r.Uint64()>>11) * 0x1p-53 }

// Uniform returns a uniform number in [lo, hi).
func (r *RNG) Uniform(lo, hi float64) float64 {
	// The explicit conversion forbids fusing into an FMA, which some
	// architectures would round differently.
	return lo + float64((hi-lo)*r.Float64())
}

// IntN returns a uniform integer in [0, n); n must be positive.
func (r *RNG) IntN(n int) int {
	if n <= 0 {
		panic("core: RNG.IntN needs n > 0")
	}
	// Lemire's multiply-shift with rejection: unbiased and portable.
	bound := uint64(n)
	threshold := -bound % bound
	for {
		hi, lo := mul64(r.Uint64(), bound)
		if lo >= threshold {
			return int(hi)
		}
	}
}

func mul64(x, y uint64) (hi, lo uint64) {
	const mask32 = 1<<32 - 1
	x0, x1 := x&mask32, x>>32
	y0, y1 := y&mask32, y>>32
	w0 := x0 * y0
	t := x1*y0 + w0>>32
	w1, w2 := t&mask32, t>>32
	w1 += x0 * y1
	return x1*y1 + w2 + w1>>32, x * y
}

// Normal returns a normally distributed number with the given mean and standard
// deviation, by Marsaglia's polar method (the one TensorFlow Playground uses).
func (r *RNG) Normal(mean, std float64) float64 {
	for {
		v1 := 2*r.Float64() - 1
		v2 := 2*r.Float64() - 1
		s := float64(v1*v1) + float64(v2*v2)
		if s > 1 || s == 0 {
			continue
		}
		return mean + float64(std*float64(math.Sqrt(-2*portableLog(s)/s)*v1))
	}
}

// Shuffle permutes n elements with Fisher-Yates, calling swap(i, j).
func (r *RNG) Shuffle(n int, swap func(i, j int)) {
	for i := n - 1; i > 0; i-- {
		swap(i, r.IntN(i+1))
	}
}

// portableLog is the natural logarithm for x > 0 from IEEE additions, multiplications
// and one division only, so every platform rounds it the same way. It is accurate to a
// few ulps, which is plenty for sampling.
func portableLog(x float64) float64 {
	f, k := math.Frexp(x) // x = f * 2^k, f in [0.5, 1)
	if f < math.Sqrt2/2 {
		f *= 2
		k--
	}
	// log(f) = 2 atanh(s) with s = (f-1)/(f+1), |s| < 0.172: an odd series in s.
	s := (f - 1) / (f + 1)
	s2 := float64(s * s)
	sum := 0.0
	for n := 25; n >= 1; n -= 2 {
		sum = float64(sum*s2) + 1/float64(n)
	}
	const ln2 = 0.6931471805599453
	return float64(float64(2*s)*sum) + float64(float64(k)*ln2)
}
