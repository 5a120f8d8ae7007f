package core

import (
	"math"
	"testing"
)

func TestGenerateShapes(t *testing.T) {
	for _, k := range DatasetKinds() {
		for _, noise := range []float64{0, 25, 50} {
			n := k.DefaultSize()
			ps, err := Generate(k, n, noise, NewRNG(1))
			if err != nil {
				t.Fatal(err)
			}
			if len(ps) != n {
				t.Errorf("%v: %d points, want %d", k, len(ps), n)
			}
			pos := 0
			for _, p := range ps {
				if math.Abs(p.X1) > 7 || math.Abs(p.X2) > 7 || !IsFinite(p.X1) || !IsFinite(p.X2) {
					if k != Gauss || noise == 0 {
						t.Errorf("%v noise %v: point %v off the plane", k, noise, p)
					}
				}
				switch {
				case k.Regression():
					// Playground does not clamp: the plane's (x1+x2)/10 reaches 1.2
					// without noise and more with it.
					if noise == 0 && math.Abs(p.Label) > 1.2 {
						t.Errorf("%v: label %v outside [-1.2, 1.2]", k, p.Label)
					}
				case p.Label != 1 && p.Label != -1:
					t.Errorf("%v: label %v is not a class", k, p.Label)
				}
				if p.Label > 0 {
					pos++
				}
			}
			if !k.Regression() && noise == 0 && (pos < n/3 || pos > 2*n/3) {
				t.Errorf("%v: %d of %d positive", k, pos, n)
			}
		}
	}
}

func TestGenerateFollowsPlayground(t *testing.T) {
	rng := NewRNG(2)
	circle, _ := Generate(Circle, 500, 0, rng)
	for _, p := range circle {
		if inside := math.Hypot(p.X1, p.X2) < 2.5; inside != (p.Label == 1) {
			t.Fatalf("circle point %v", p)
		}
	}
	xor, _ := Generate(XOR, 500, 0, rng)
	for _, p := range xor {
		if (p.X1*p.X2 >= 0) != (p.Label == 1) || math.Abs(p.X1) < 0.3 || math.Abs(p.X2) < 0.3 {
			t.Fatalf("xor point %v", p)
		}
	}
	spiral, _ := Generate(Spiral, 500, 0, rng)
	if spiral[0] != (Point{0, 0, 1}) || spiral[250].Label != -1 {
		t.Errorf("spiral starts at %v and its second arm at %v", spiral[0], spiral[250])
	}
	plane, _ := Generate(Plane, 1200, 0, rng)
	for _, p := range plane {
		if math.Abs(p.Label-(p.X1+p.X2)/10) > 1e-15 {
			t.Fatalf("plane point %v", p)
		}
	}
	mg, _ := Generate(MultiGauss, 1200, 0, rng)
	for _, p := range mg {
		if math.Hypot(p.X1-4, p.X2+2.5) < 0.2 && p.Label > -0.8 {
			t.Fatalf("multi-gauss point %v near the negative bump at (4, -2.5)", p)
		}
	}
}

func TestGenerateIsSeeded(t *testing.T) {
	a, _ := Generate(Gauss, 500, 30, NewRNG(7))
	b, _ := Generate(Gauss, 500, 30, NewRNG(7))
	c, _ := Generate(Gauss, 500, 30, NewRNG(8))
	for i := range a {
		if a[i] != b[i] {
			t.Fatal("same seed, different data")
		}
	}
	if a[0] == c[0] {
		t.Error("different seeds, same data")
	}
}

func TestGenerateErrors(t *testing.T) {
	for _, c := range []struct {
		k     DatasetKind
		n     int
		noise float64
	}{
		{Circle, 500, -1}, {Circle, 500, 51}, {Circle, 500, math.NaN()}, {Circle, 1, 0},
		{DatasetKind(9), 500, 0},
	} {
		if _, err := Generate(c.k, c.n, c.noise, NewRNG(1)); err == nil {
			t.Errorf("Generate(%v, %d, %v) accepted", c.k, c.n, c.noise)
		}
	}
	if _, err := ParseDatasetKind("moons"); err == nil {
		t.Error("unknown dataset accepted")
	}
	for _, k := range DatasetKinds() {
		if got, err := ParseDatasetKind(k.String()); err != nil || got != k {
			t.Errorf("ParseDatasetKind(%q) = %v, %v", k, got, err)
		}
	}
}

func TestSplit(t *testing.T) {
	ps, _ := Generate(Spiral, 500, 0, NewRNG(1))
	train, test := Split(ps, 70, NewRNG(3))
	if len(train) != 350 || len(test) != 150 {
		t.Fatalf("split %d/%d, want 350/150", len(train), len(test))
	}
	seen := map[Point]int{}
	for _, p := range ps {
		seen[p]++
	}
	for _, p := range append(append([]Point{}, train...), test...) {
		seen[p]--
	}
	for p, n := range seen {
		if n != 0 {
			t.Fatalf("point %v lost or duplicated by Split", p)
		}
	}
	if train[0] == ps[0] && train[1] == ps[1] && train[2] == ps[2] {
		t.Error("Split did not shuffle")
	}
}

func TestFeatures(t *testing.T) {
	want := []float64{2, -3, 4, 9, -6, math.Sin(2), math.Sin(-3)}
	got := make([]float64, 7)
	EvalFeatures(AllFeatures(), 2, -3, got)
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("%v(2, -3) = %v, want %v", AllFeatures()[i], got[i], want[i])
		}
	}
	for _, f := range AllFeatures() {
		if g, err := ParseFeature(f.String()); err != nil || g != f {
			t.Errorf("ParseFeature(%q) = %v, %v", f, g, err)
		}
	}
	ts := Targets([]Point{{0, 0, -1}, {0, 0, 1}}, BCEWithLogitsLoss{})
	if ts[0][0] != 0 || ts[1][0] != 1 {
		t.Errorf("BCE targets %v, want 0 and 1", ts)
	}
}
