package core

import (
	"math"
	"testing"
)

func TestInitRanges(t *testing.T) {
	const in, out = 50, 40
	cases := []struct {
		init         Init
		wLo, wHi     float64
		biasLo, biHi float64
	}{
		{InitPyTorch, -1 / math.Sqrt(in), 1 / math.Sqrt(in), -1 / math.Sqrt(in), 1 / math.Sqrt(in)},
		{InitPlayground, -0.5, 0.5, 0.1, 0.1},
		{InitXavierUniform, -math.Sqrt(6.0 / (in + out)), math.Sqrt(6.0 / (in + out)), 0, 0},
		{InitKaimingUniform, -math.Sqrt(6.0 / in), math.Sqrt(6.0 / in), 0, 0},
		{InitZeros, 0, 0, 0, 0},
		{InitConstant(-0.25), -0.25, -0.25, -0.25, -0.25},
	}
	for _, c := range cases {
		l := newLinear(in, out, true)
		c.init.Apply(l, NewRNG(1))
		lo, hi := math.Inf(1), math.Inf(-1)
		for _, w := range l.w {
			lo, hi = math.Min(lo, w), math.Max(hi, w)
		}
		if lo < c.wLo || hi > c.wHi {
			t.Errorf("%v: weights in [%v, %v], want within [%v, %v]", c.init, lo, hi, c.wLo, c.wHi)
		}
		// 2000 draws come close to both ends of a uniform range.
		if c.wLo != c.wHi && (lo > c.wLo*0.98 || hi < c.wHi*0.98) {
			t.Errorf("%v: weights in [%v, %v] do not fill [%v, %v]", c.init, lo, hi, c.wLo, c.wHi)
		}
		for _, b := range l.Bias {
			if b < c.biasLo || b > c.biHi {
				t.Errorf("%v: bias %v outside [%v, %v]", c.init, b, c.biasLo, c.biHi)
			}
		}
	}
	l := newLinear(in, out, true)
	InitKaimingNormal.Apply(l, NewRNG(3))
	var sq float64
	for _, w := range l.w {
		sq += w * w
	}
	if std := math.Sqrt(sq / float64(len(l.w))); math.Abs(std-math.Sqrt(2.0/in)) > 0.01 {
		t.Errorf("kaiming_normal std %v, want %v", std, math.Sqrt(2.0/in))
	}
}

func TestInitSeedDecides(t *testing.T) {
	a := MLP([]int{2, 8, 8, 1}, ReLU{}, Tanh{}, InitPlayground, 5)
	b := MLP([]int{2, 8, 8, 1}, ReLU{}, Tanh{}, InitPlayground, 5)
	c := MLP([]int{2, 8, 8, 1}, ReLU{}, Tanh{}, InitPlayground, 6)
	same, differ := true, false
	for l := range a.Layers {
		for i := range a.Layers[l].Linear.w {
			same = same && a.Layers[l].Linear.w[i] == b.Layers[l].Linear.w[i]
			differ = differ || a.Layers[l].Linear.w[i] != c.Layers[l].Linear.w[i]
		}
	}
	if !same || !differ {
		t.Errorf("same seed same network: %v; other seed other network: %v", same, differ)
	}
}

func TestParseInit(t *testing.T) {
	for _, in := range Inits() {
		got, err := ParseInit(in.String())
		if err != nil || got != in {
			t.Errorf("ParseInit(%q) = %v, %v", in.String(), got, err)
		}
	}
	if got, err := ParseInit(" constant( -2.5 ) "); err != nil || got != InitConstant(-2.5) {
		t.Errorf("constant with spaces: %v %v", got, err)
	}
	for _, bad := range []string{"", "he_normal", "constant", "constant(x)", "constant(NaN)",
		"constant(1", "constant(0x1p2)", "constant(1e-400)"} {
		if _, err := ParseInit(bad); err == nil {
			t.Errorf("ParseInit(%q) accepted", bad)
		}
	}
}
