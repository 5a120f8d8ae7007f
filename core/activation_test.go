package core

import (
	"encoding/json"
	"math"
	"strings"
	"testing"
	"time"
)

// testActivations is every activation, with default and non-default parameters.
func testActivations() []Activation {
	return append(
		Activations(),
		LeakyReLU{NegativeSlope: 0.2},
		ELU{Alpha: 0.5},
		Softplus{Beta: 2, Threshold: 3},
	)
}

// kinks returns the z where f' jumps; finite differences are meaningless next to them.
func kinks(f Activation) []float64 {
	switch f := f.(type) {
	case ReLU, LeakyReLU, ELU:
		return []float64{0}
	case ReLU6:
		return []float64{0, 6}
	case Softplus:
		return []float64{f.Threshold / f.Beta}
	}
	return nil
}

func TestActivationDerivativeFiniteDifference(t *testing.T) {
	const h = 1e-6
	for _, f := range testActivations() {
		worst := 0.0
	points:
		for z := -8.0; z <= 8; z += 0.0371 {
			for _, k := range kinks(f) {
				if math.Abs(z-k) < 10*h {
					continue points
				}
			}
			fd := (f.Forward(z+h) - f.Forward(z-h)) / (2 * h)
			d := f.Derivative(z)
			err := math.Abs(fd-d) / (1 + math.Abs(d))
			worst = math.Max(worst, err)
			if err > 1e-7 {
				t.Errorf("%v at z=%v: Derivative %v, finite difference %v", f, z, d, fd)
			}
		}
		if worst == 0 && f.Name() != "identity" {
			t.Errorf("%v: finite differences agreed exactly everywhere; the check is not checking", f)
		}
	}
}

func TestActivationPyTorchValues(t *testing.T) {
	cases := []struct {
		f          Activation
		z, fz, dfz float64
	}{
		{ReLU{}, 0, 0, 0},
		{ReLU{}, -2, 0, 0},
		{ReLU{}, 2, 2, 1},
		{DefaultLeakyReLU, 0, 0, 0.01},
		{DefaultLeakyReLU, -2, -0.02, 0.01},
		{ReLU6{}, 0, 0, 0},
		{ReLU6{}, 6, 6, 0},
		{ReLU6{}, 7, 6, 0},
		{ReLU6{}, 3, 3, 1},
		{Sigmoid{}, 0, 0.5, 0.25},
		{Tanh{}, 0, 0, 1},
		{DefaultELU, 0, 0, 1},
		{ELU{Alpha: 0.5}, 0, 0, 0.5},
		{GELU{}, 0, 0, 0.5},
		{SiLU{}, 0, 0, 0.5},
		{DefaultSoftplus, 0, math.Ln2, 0.5},
		{DefaultSoftplus, 30, 30, 1},
		{Identity{}, -3, -3, 1},
	}
	for _, c := range cases {
		if got := c.f.Forward(c.z); math.Abs(got-c.fz) > 1e-15 {
			t.Errorf("%v.Forward(%v) = %v, want %v", c.f, c.z, got, c.fz)
		}
		if got := c.f.Derivative(c.z); math.Abs(got-c.dfz) > 1e-15 {
			t.Errorf("%v.Derivative(%v) = %v, want %v", c.f, c.z, got, c.dfz)
		}
	}
}

func TestActivationExtremesStayFinite(t *testing.T) {
	for _, f := range testActivations() {
		for _, z := range []float64{-1000, 1000, -1e300, 1e300, -745, 745} {
			v, d := f.Forward(z), f.Derivative(z)
			if math.IsNaN(v) || math.IsNaN(d) || math.IsInf(d, 0) {
				t.Errorf("%v at %v: f = %v, f' = %v", f, z, v, d)
			}
			if math.IsInf(v, 0) && math.Abs(z) < 1e300 {
				t.Errorf("%v at %v overflows to %v", f, z, v)
			}
		}
	}
	if v := (Sigmoid{}).Forward(-1000); v != 0 {
		t.Errorf("sigmoid(-1000) = %v, want 0", v)
	}
	if v := DefaultSoftplus.Forward(-1000); v != 0 {
		t.Errorf("softplus(-1000) = %v, want 0", v)
	}
	if v := DefaultSoftplus.Forward(1000); v != 1000 {
		t.Errorf("softplus(1000) = %v, want 1000", v)
	}
}

func TestActivationNaNIsNotHidden(t *testing.T) {
	for _, f := range testActivations() {
		if v := f.Forward(math.NaN()); !math.IsNaN(v) && f.Name() != "relu6" {
			t.Errorf("%v.Forward(NaN) = %v, want NaN", f, v)
		}
	}
}

func TestPeakDerivative(t *testing.T) {
	for _, f := range testActivations() {
		peak := f.PeakDerivative()
		best := 0.0
		for z := -20.0; z <= 20; z += 1e-4 {
			best = math.Max(best, math.Abs(f.Derivative(z)))
		}
		// The dense scan must reach the peak (to its resolution) and never pass it.
		// Softplus only approaches its peak of 1.
		if best > peak*(1+1e-12) || best < peak*(1-1e-8) {
			t.Errorf("%v: PeakDerivative %.17g, dense scan finds %.17g", f, peak, best)
		}
	}
}

// TestRegionOf pins the one rule for regions: saturated where the curve flattens toward
// a bound, dead where f' = 0 and no bound is reached (ReLU and ReLU6 below 0), leaky on
// LeakyReLU's negative side, active elsewhere.
func TestRegionOf(t *testing.T) {
	cases := []struct {
		f    Activation
		z    float64
		want Region
	}{
		{ReLU{}, -1, Dead},
		{ReLU{}, 0, Dead},
		{ReLU{}, 1, Active},
		{ReLU6{}, -1, Dead},
		{ReLU6{}, 0, Dead},
		{ReLU6{}, 3, Active},
		{ReLU6{}, 6, Saturated}, // the flat top: f' = 0, at the bound 6
		{ReLU6{}, 7, Saturated},
		{DefaultLeakyReLU, -1, Leaky},
		{DefaultLeakyReLU, 0, Leaky},
		{LeakyReLU{NegativeSlope: 0.2}, -3, Leaky},
		{LeakyReLU{}, -1, Dead}, // slope 0 is ReLU
		{DefaultLeakyReLU, 1, Active},
		{Sigmoid{}, 0, Active},
		{Sigmoid{}, 4, Saturated},
		{Sigmoid{}, -4, Saturated},
		{Sigmoid{}, 40, Saturated}, // 1 - sigmoid(40) rounds to 0, but the curve is at its bound
		{Tanh{}, 1, Active},
		{Tanh{}, 2, Saturated},
		{Tanh{}, -30, Saturated},
		{DefaultELU, -3, Saturated},
		{DefaultELU, -1, Active},
		{ELU{}, -1, Dead}, // alpha 0 is ReLU
		{GELU{}, -3, Saturated},
		{GELU{}, -0.75, Active}, // where GELU turns, not a tail: f' crosses 0 here
		{GELU{}, -0.6, Active},
		{GELU{}, 2, Active},
		{SiLU{}, -3, Saturated},
		{SiLU{}, 1, Active},
		{DefaultSoftplus, -3, Saturated},
		{DefaultSoftplus, 0, Active},
		{Identity{}, 1e6, Active},
		{ReLU{}, math.NaN(), Dead},
		{Tanh{}, math.NaN(), Dead},
	}
	for _, c := range cases {
		if got := RegionOf(c.f, c.z); got != c.want {
			t.Errorf("RegionOf(%v, %v) = %v, want %v", c.f, c.z, got, c.want)
		}
	}
}

func TestActivationByName(t *testing.T) {
	for _, f := range Activations() {
		g, err := ActivationByName(f.Name())
		if err != nil || g != f {
			t.Errorf("ActivationByName(%q) = %v, %v", f.Name(), g, err)
		}
	}
	if _, err := ActivationByName("swish"); err == nil {
		t.Error("unknown name accepted")
	}
	if DefaultLeakyReLU.NegativeSlope != 0.01 {
		t.Error("LeakyReLU default slope is PyTorch's 0.01")
	}
}

func TestPyFloat(t *testing.T) {
	for v, want := range map[float64]string{
		1: "1.0", 0.01: "0.01", 1e-5: "1e-05", 0.0001: "0.0001", 1e16: "1e+16",
		1e15: "1000000000000000.0", -2.5: "-2.5", 0: "0.0", 0.1: "0.1",
	} {
		if got := pyFloat(v); got != want {
			t.Errorf("pyFloat(%v) = %q, want %q", v, got, want)
		}
	}
}

func TestSpans(t *testing.T) {
	cases := []struct {
		f    Activation
		want []Span
	}{
		{ReLU{}, []Span{{-6, 0, Dead}, {0, 6, Active}}},
		{ReLU6{}, []Span{{-8, 0, Dead}, {0, 6, Active}, {6, 8, Saturated}}},
		{DefaultLeakyReLU, []Span{{-6, 0, Leaky}, {0, 6, Active}}},
		// One saturated tail, no stripe where GELU turns at z = -0.75: |GELU'(z)| is 10%
		// of its peak at z = -1.72819197792945 and again near -1.1 and -0.45.
		{GELU{}, []Span{{-6, -1.72819197792945, Saturated}, {-1.72819197792945, 6, Active}}},
		{Identity{}, []Span{{-6, 6, Active}}},
		// tanh'(z) = 0.1 at z = atanh(sqrt(0.9)) = 1.8184464592320668.
		{
			Tanh{},
			[]Span{
				{-6, -1.8184464592320668, Saturated},
				{-1.8184464592320668, 1.8184464592320668, Active},
				{1.8184464592320668, 6, Saturated},
			},
		},
	}
	for _, c := range cases {
		lo, hi := c.want[0].From, c.want[len(c.want)-1].To
		got := Spans(c.f, lo, hi, 501)
		if len(got) != len(c.want) {
			t.Errorf("%v: spans %v, want %v", c.f, got, c.want)
			continue
		}
		for i := range got {
			if got[i].Region != c.want[i].Region || math.Abs(got[i].From-c.want[i].From) > 1e-7 ||
				math.Abs(got[i].To-c.want[i].To) > 1e-7 {
				t.Errorf("%v: span %d = %v, want %v", c.f, i, got[i], c.want[i])
			}
		}
	}
}

// Spans must end for every range, however narrow: near z = 6 a range of 2e-8 holds
// only a few dozen floats, fewer than a fixed bisection tolerance assumes.
func TestSpansEndsForNarrowRanges(t *testing.T) {
	done := make(chan []Span, 1)
	go func() { done <- Spans(ReLU6{}, 5.99999999, 6.00000001, 801) }()
	select {
	case got := <-done:
		if len(got) != 2 || got[0].Region == got[1].Region || got[0].To != 6 {
			t.Errorf("spans %v, want two meeting at 6", got)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("Spans(ReLU6, 5.99999999, 6.00000001) did not end within 20 s")
	}
}

// FuzzSpans checks that Spans ends for any range and sample count and that its spans
// tile [lo, hi] in order, each in the region its first point is in.
func FuzzSpans(f *testing.F) {
	f.Add(5.99999999, 6.00000001, uint16(801), uint8(5))
	f.Add(-6.0, 6.0, uint16(801), uint8(9))
	f.Add(-1e308, 1e308, uint16(3), uint8(1))
	f.Add(0.0, 5e-324, uint16(2), uint8(3))
	f.Add(-745.0, -700.0, uint16(100), uint8(1))
	f.Fuzz(func(t *testing.T, lo, hi float64, n uint16, which uint8) {
		acts := testActivations()
		act := acts[int(which)%len(acts)]
		n %= 2000 // keep each run short
		spans := Spans(act, lo, hi, int(n))
		if n < 2 || !(lo < hi) || math.IsInf(lo, 0) || math.IsInf(hi, 0) {
			if spans != nil {
				t.Fatalf("Spans(%v, %v, %v, %d) = %v, want nil", act, lo, hi, n, spans)
			}
			return
		}
		if len(spans) == 0 || spans[0].From != lo || spans[len(spans)-1].To != hi {
			t.Fatalf("Spans(%v, %v, %v, %d) = %v: does not cover the range", act, lo, hi, n, spans)
		}
		for i, s := range spans {
			if !(s.From < s.To) {
				t.Fatalf("%v: span %d is empty: %v", act, i, spans)
			}
			if i > 0 && (s.From != spans[i-1].To || s.Region == spans[i-1].Region) {
				t.Fatalf("%v: spans %d and %d do not tile: %v", act, i-1, i, spans)
			}
			if i > 0 && RegionOf(act, s.From) != s.Region {
				t.Fatalf("%v: span %v starts in region %v", act, s, RegionOf(act, s.From))
			}
		}
	})
}

// TestActivationRegistry checks that every registered activation is complete: one
// block gives the model file, the menus, the parameter editor, the figures and the
// training step all they need, and PyTorch's cases cover it. Adding an activation
// without its PyTorch cases in testdata/gen_torch.py fails here.
func TestActivationRegistry(t *testing.T) {
	var lesson []string
	for _, a := range CommonActivations() {
		lesson = append(lesson, a.Label())
	}
	if got := strings.Join(lesson, " "); got != "Identity Sigmoid Tanh ReLU LeakyReLU(0.01) ReLU6" {
		t.Errorf("the lesson's menu is %q", got)
	}
	moreActs := MoreActivations()
	for i := 1; i < len(moreActs); i++ {
		if moreActs[i-1].Label() >= moreActs[i].Label() {
			t.Errorf("more activations out of order: %v before %v", moreActs[i-1], moreActs[i])
		}
	}
	covered := torchActivations(t)
	seen := map[string]bool{}
	for _, a := range Activations() {
		name := a.Name()
		if seen[name] {
			t.Errorf("two activations are named %q", name)
		}
		seen[name] = true
		if b, err := ActivationByName(name); err != nil || b != a {
			t.Errorf("ActivationByName(%q) = %v, %v", name, b, err)
		}
		if !covered[name] {
			t.Errorf("%s has no PyTorch case: add it to testdata/gen_torch.py and run it", name)
		}
		if a.Label() == "" || strings.HasSuffix(a.Label(), "()") || a.Formula() == "" {
			t.Errorf("%v: label %q, formula %q", a, a.Label(), a.Formula())
		}
		if lo, hi := a.Range(); !(lo < 0 && 0 < hi) || !IsFinite(lo) || !IsFinite(hi) {
			t.Errorf("%v: range [%v, %v] does not show z = 0", a, lo, hi)
		}
		var values []float64
		for _, p := range a.Params() {
			values = append(values, p.Value)
			if !(p.Min <= p.Value && p.Value <= p.Max) || p.Name == "" {
				t.Errorf("%v: default %+v outside its range", a, p)
			}
		}
		if b, err := a.WithParams(values...); err != nil || b != a {
			t.Errorf("%v.WithParams(%v) = %v, %v", a, values, b, err)
		}
		if _, err := a.WithParams(append(values, 1)...); err == nil {
			t.Errorf("%v takes %d parameters, accepted %d", a, len(values), len(values)+1)
		}
		for i, p := range a.Params() {
			for _, v := range []float64{p.Min, p.Max, p.Min - 1e-9, p.Max + 1e-9, math.NaN()} {
				vs := append([]float64(nil), values...)
				vs[i] = v
				b, err := a.WithParams(vs...)
				if ok := v >= p.Min && v <= p.Max; ok != (err == nil) {
					t.Errorf("%v: %s = %v gives %v, %v", a, p.Name, v, b, err)
				}
			}
		}
		data, err := MarshalActivation(a)
		if b, err2 := UnmarshalActivation(data); err != nil || err2 != nil || b != a {
			t.Errorf("%v: model file form %s reads back as %v, %v %v", a, data, b, err, err2)
		}
	}
}

// torchActivations returns the activation names the PyTorch cases cover.
func torchActivations(t *testing.T) map[string]bool {
	names := map[string]bool{}
	for _, c := range loadTorch(t).Cases {
		var m struct {
			Modules []struct {
				Type string `json:"type"`
			} `json:"modules"`
		}
		if err := json.Unmarshal(c.Model, &m); err != nil {
			t.Fatal(err)
		}
		for _, mod := range m.Modules {
			names[mod.Type] = true
		}
	}
	return names
}

// The fast paths over a layer give what Forward and Derivative give, bit for bit but
// for the sign of zero (ReLU's backward pass writes 0 where da * 0 is -0 for da < 0, as
// PyTorch's does).
func TestActivationFastPaths(t *testing.T) {
	var z, da []float64
	for k := -1000; k <= 1000; k++ {
		z = append(z, float64(k)*0.0173)
		da = append(da, 1+float64(k%7)*0.25)
	}
	// And the edges of exp's cases, where Sigmoid's fast path hands over to exp.
	edges := []float64{0, 6, -800, 800, math.NaN(), math.Inf(1), math.Inf(-1),
		math.Copysign(0, -1), 1e-300, expTiny, -expTiny, 2 * expTiny, -2 * expTiny,
		expMax, -expMax, expMin, -expMin, 709.7, -709.7, 745, -745, 708.4, -708.4, 0.3466,
		-0.3466, 1e-8, -1e-8, 708, -708}
	for _, e := range edges {
		z = append(z, e, math.Nextafter(e, 0), math.Nextafter(e, math.Inf(1)))
		da = append(da, 1, 1, 1)
	}
	for _, f := range testActivations() {
		a, dz := make([]float64, len(z)), make([]float64, len(z))
		f.forwardEach(z, a)
		f.backwardEach(z, a, da, dz)
		for i, v := range z {
			fa, fd := f.Forward(v), da[i]*f.Derivative(v)
			// A NaN is a NaN: WebAssembly leaves the sign and payload of an arithmetic NaN
			// to the engine, and V8 gave SiLU's fast path and Forward at z = NaN NaNs of
			// different bits in one run of make test and the same bits in another.
			same := func(x, y float64) bool {
				return math.Float64bits(x) == math.Float64bits(y) || x == 0 && y == 0 ||
					x != x && y != y
			}
			if !same(a[i], fa) || !same(dz[i], fd) {
				t.Fatalf("%v at z=%v: fast path %v %v, Forward %v, da*Derivative %v", f, v, a[i], dz[i], fa, fd)
			}
		}
	}
}
