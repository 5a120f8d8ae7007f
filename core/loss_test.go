package core

import (
	"math"
	"testing"
)

func TestLossGradientFiniteDifference(t *testing.T) {
	rng := NewRNG(3)
	const h = 1e-6
	for _, loss := range Losses() {
		for trial := 0; trial < 50; trial++ {
			n := 1 + trial%3
			y, tg, dy := make([]float64, n), make([]float64, n), make([]float64, n)
			for i := range y {
				y[i] = rng.Uniform(-4, 4)
				tg[i] = rng.Uniform(-1, 1)
				if _, ok := loss.(BCEWithLogitsLoss); ok {
					tg[i] = rng.Float64()
				}
			}
			loss.Backward(y, tg, dy)
			for i := range y {
				y0 := y[i]
				y[i] = y0 + h
				up := loss.Forward(y, tg)
				y[i] = y0 - h
				down := loss.Forward(y, tg)
				y[i] = y0
				fd := (up - down) / (2 * h)
				if math.Abs(fd-dy[i]) > 1e-7*(1+math.Abs(dy[i])) {
					t.Errorf("%v: dL/dy[%d] = %v, finite difference %v", loss, i, dy[i], fd)
				}
			}
		}
	}
}

func TestLossValues(t *testing.T) {
	y, tg := []float64{1, 3}, []float64{0, 1}
	if got := (MSELoss{}).Forward(y, tg); got != 2.5 {
		t.Errorf("MSELoss = %v, want (1+4)/2", got)
	}
	if got := (HalfMSELoss{}).Forward(y, tg); got != 1.25 {
		t.Errorf("HalfMSELoss = %v, want 0.5*(1+4)/2", got)
	}
	// BCE with logit 0 is log 2 whatever the target.
	got := (BCEWithLogitsLoss{}).Forward([]float64{0}, []float64{0.3})
	if math.Abs(got-math.Ln2) > 1e-15 {
		t.Errorf("BCE(0) = %v, want ln 2", got)
	}
}

func TestBCEWithLogitsIsStable(t *testing.T) {
	dy := make([]float64, 1)
	for _, c := range []struct{ y, t, want float64 }{
		{1000, 0, 1000}, {-1000, 1, 1000}, {1000, 1, 0}, {-1000, 0, 0},
	} {
		got := (BCEWithLogitsLoss{}).Forward([]float64{c.y}, []float64{c.t})
		(BCEWithLogitsLoss{}).Backward([]float64{c.y}, []float64{c.t}, dy)
		if got != c.want || math.IsNaN(dy[0]) {
			t.Errorf("BCE(y=%v, t=%v) = %v (grad %v), want %v", c.y, c.t, got, dy[0], c.want)
		}
	}
}

func TestLossByName(t *testing.T) {
	for _, l := range Losses() {
		if got, err := LossByName(l.Name()); err != nil || got != l {
			t.Errorf("LossByName(%q) = %v, %v", l.Name(), got, err)
		}
	}
	if _, err := LossByName("hinge"); err == nil {
		t.Error("unknown loss accepted")
	}
}

// Each loss writes its formula for the lesson, one output's term.
func TestLossFormulas(t *testing.T) {
	for _, c := range []struct {
		loss Loss
		want string
	}{
		{HalfMSELoss{}, "0.5 (y - t)²"},
		{MSELoss{}, "(y - t)²"},
		{BCEWithLogitsLoss{}, "max(y, 0) - y t + log(1 + exp(-|y|))"},
	} {
		if got := c.loss.Formula(); got != c.want {
			t.Errorf("%v.Formula() = %q, want %q", c.loss, got, c.want)
		}
	}
}
