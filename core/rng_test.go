package core

import (
	"math"
	"testing"
)

// The same seed must give the same bits on every platform: make test runs this both
// natively and under GOOS=js GOARCH=wasm against the same recorded values.
func TestRNGIsPortable(t *testing.T) {
	r := NewRNG(42)
	for i, want := range []uint64{0xbdd732262feb6e95, 0x28efe333b266f103, 0x47526757130f9f52} {
		if got := r.Uint64(); got != want {
			t.Errorf("Uint64 #%d = %#x, want %#x", i, got, want)
		}
	}
	r = NewRNG(42)
	for i, want := range []uint64{0x3fdf8c80e851c08c, 0xbff47f4af60c7f94, 0xbfe342959c9fa344} {
		if got := math.Float64bits(r.Normal(0, 1)); got != want {
			t.Errorf("Normal #%d bits = %#x, want %#x", i, got, want)
		}
	}
	net := MLP([]int{2, 3, 1}, Tanh{}, nil, InitKaimingNormal, 7)
	for i, want := range []uint64{0xbfa55f251b9dfb32, 0x3fec0c22ddaaa164, 0xbfd3955bfb12ef16,
		0xbfd80a51b08c55fe, 0xbff0a0d572c153c8, 0x3ff1a017cca332bc} {
		if got := math.Float64bits(net.Layers[0].Linear.w[i]); got != want {
			t.Errorf("kaiming_normal weight %d bits = %#x, want %#x", i, got, want)
		}
	}
	net = MLP([]int{2, 3, 1}, Tanh{}, nil, InitPyTorch, 7)
	for i, want := range []uint64{0xbfc3f164e537dbac, 0xbfe5de1f53c72f6c, 0x3fe222e85cd7ed1c} {
		if got := math.Float64bits(net.Layers[0].Linear.w[i]); got != want {
			t.Errorf("pytorch init weight %d bits = %#x, want %#x", i, got, want)
		}
	}
}

func TestPortableLog(t *testing.T) {
	r := NewRNG(1)
	for i := 0; i < 100000; i++ {
		x := math.Ldexp(r.Float64()+0.5, r.IntN(200)-100)
		got, want := portableLog(x), math.Log(x)
		if math.Abs(got-want) > 4e-16*math.Max(1, math.Abs(want)) {
			t.Fatalf("portableLog(%v) = %v, want %v", x, got, want)
		}
	}
}

func TestRNGDistributions(t *testing.T) {
	r := NewRNG(9)
	const n = 200000
	var sum, sq float64
	counts := make([]int, 7)
	for i := 0; i < n; i++ {
		v := r.Normal(1, 2)
		sum += v
		sq += (v - 1) * (v - 1)
		u := r.Float64()
		if u < 0 || u >= 1 {
			t.Fatalf("Float64 = %v", u)
		}
		counts[r.IntN(7)]++
	}
	if mean := sum / n; math.Abs(mean-1) > 0.02 {
		t.Errorf("Normal mean %v, want 1", mean)
	}
	if std := math.Sqrt(sq / n); math.Abs(std-2) > 0.02 {
		t.Errorf("Normal std %v, want 2", std)
	}
	for k, c := range counts {
		if math.Abs(float64(c)-n/7.0) > 0.02*n/7 {
			t.Errorf("IntN(7) gave %d %d times of %d", k, c, n)
		}
	}
}
