package play

import (
	"math"
	"strings"
	"testing"

	"nnplay/core"
)

func TestNewModelIsPlaygroundsDefault(t *testing.T) {
	m := NewSession()
	got := m.Net.String()
	first := "Linear(in_features=2, out_features=4, bias=True)"
	if !strings.Contains(got, first) || len(m.Net.Layers) != 3 {
		t.Fatalf("network:\n%s", got)
	}
	if m.Net.Layers[0].Linear.Bias[0] != 0.1 || len(m.Train) != 250 || len(m.Test) != 250 {
		t.Errorf("init bias %v, %d train / %d test points",
			m.Net.Layers[0].Linear.Bias[0], len(m.Train), len(m.Test))
	}
	if len(m.Heat().Values) != 3 || len(m.Heat().Values[0][0]) != HeatmapSize*HeatmapSize {
		t.Error("heatmap not computed")
	}
	if m.UnitName(Unit{3, 0}) != "output" || m.UnitName(Unit{1, 2}) != "layer 1, unit 2" ||
		m.UnitName(Unit{0, 1}) != "x2" {
		t.Error("unit names")
	}
}

func TestCommands(t *testing.T) {
	m := NewSession()
	v := m.Version()
	if err := m.Apply(SetWeight{Layer: 0, Unit: 1, In: 0, Value: -2.5}); err != nil ||
		m.Net.Layers[0].Linear.Weight[1][0] != -2.5 {
		t.Fatalf("SetWeight: %v", err)
	}
	if m.Version() == v {
		t.Error("an applied command must bump the version")
	}
	// The input point's pass follows the weight.
	z := m.View().Trace.Layers[0].Z[1]
	w := m.Net.Layers[0].Linear
	if want := w.Bias[1] + w.Weight[1][0]*m.Input[0] + w.Weight[1][1]*m.Input[1]; z != want {
		t.Errorf("z = %v, want %v", z, want)
	}
	bad := []struct {
		c    Command
		want string
	}{
		{SetWeight{Layer: 0, Unit: 0, In: 0, Value: math.NaN()}, "must be a number"},
		{SetWeight{Layer: 0, Unit: 0, In: 0, Value: math.Inf(1)}, "must be a number"},
		{SetWeight{Layer: 0, Unit: 0, In: 0, Value: 1000.01}, "between -1000 and 1000"},
		{SetWeight{Layer: 7, Unit: 0, In: 0, Value: 1}, "no layer 8"},
		{SetWeight{Layer: 0, Unit: 9, In: 0, Value: 1}, "no weight"},
		{SetBias{Layer: 1, Unit: 0, Value: -1001}, "between -1000 and 1000"},
		{SetInput{X1: 7, X2: 0}, "x1 must be between -6 and 6"},
		{Select{Unit: Unit{0, 0}}, "no unit"},
		{Select{Unit: Unit{2, 5}}, "no unit"},
		{SetActivation{Layer: 0, Act: core.Softplus{}}, "beta is 0"},
		{SetActivation{Layer: 0}, "no activation"},
	}
	for _, b := range bad {
		before := m.Net.Layers[0].Linear.Weight[0][0]
		err := m.Apply(b.c)
		if err == nil || !strings.Contains(err.Error(), b.want) {
			t.Errorf("%#v: %v, want %q", b.c, err, b.want)
		}
		if m.Net.Layers[0].Linear.Weight[0][0] != before {
			t.Errorf("%#v changed the model", b.c)
		}
	}
}

func TestBiasToggleRestores(t *testing.T) {
	m := NewSession()
	m.Apply(SetBias{Layer: 1, Unit: 1, Value: 2.25})
	if err := m.Apply(SetBiasEnabled{Layer: 1, On: false}); err != nil {
		t.Fatal(err)
	}
	if m.Net.Layers[1].Linear.HasBias() ||
		!strings.Contains(m.Net.Layers[1].Linear.String(), "bias=False") {
		t.Fatal("bias still on")
	}
	if err := m.Apply(SetBias{Layer: 1, Unit: 1, Value: 1}); err == nil {
		t.Error("setting a removed bias must be refused")
	}
	// Without bias the unit's z is W a only.
	tr := m.Forward()
	lt := tr.Layers[1]
	want := 0.0
	for j, w := range m.Net.Layers[1].Linear.Weight[1] {
		want += w * lt.Input[j]
	}
	if lt.Z[1] != want {
		t.Errorf("z without bias %v, want %v", lt.Z[1], want)
	}
	m.Apply(SetBiasEnabled{Layer: 1, On: true})
	if m.Net.Layers[1].Linear.Bias[1] != 2.25 {
		t.Errorf("bias back at %v, want the 2.25 it had", m.Net.Layers[1].Linear.Bias[1])
	}
	if len(m.Trainer.Opt.Params()) != 6 {
		t.Error("the optimizer must follow the parameters")
	}
}

func TestLayoutFitsAndHits(t *testing.T) {
	for _, c := range []struct {
		sizes []int
		area  Rect
	}{
		{[]int{2, 4, 2, 1}, Rect{0, 0, 900, 800}},
		{[]int{2, 8, 8, 8, 8, 8, 8, 1}, Rect{0, 0, 1400, 900}},
		{[]int{7, 8, 1}, Rect{0, 0, 420, 800}},
	} {
		g := Layout(c.sizes, c.area, 1)
		for _, r := range []Rect{g.Net, g.Plane, g.ActView, g.Chart} {
			if r.X < c.area.X || r.Y < c.area.Y || r.X+r.W > c.area.X+c.area.W+0.01 ||
				r.Y+r.H > c.area.Y+c.area.H+0.01 || r.W <= 0 || r.H <= 0 {
				t.Errorf("%v in %v: region %v outside or empty", c.sizes, c.area, r)
			}
		}
		if overlap(g.Net, g.Plane) || overlap(g.Plane, g.ActView) || overlap(g.ActView, g.Chart) {
			t.Errorf("%v: regions overlap: %+v", c.sizes, g)
		}
		for l, level := range g.Nodes {
			for i, r := range level {
				if !inside(r, g.Net) {
					t.Errorf("%v: unit %d/%d %v outside the network area %v", c.sizes, l, i, r, g.Net)
				}
				if u, ok := g.UnitAt(r.Center()); !ok || u != (Unit{l, i}) {
					t.Errorf("UnitAt the centre of %d/%d = %v %v", l, i, u, ok)
				}
			}
		}
		x, y := g.PlanePoint(1.5, -2)
		if x1, x2, ok := g.PlaneAt(x, y); !ok || math.Abs(x1-1.5) > 1e-9 || math.Abs(x2+2) > 1e-9 {
			t.Errorf("plane round trip (1.5, -2) -> (%v, %v)", x1, x2)
		}
	}
}

func overlap(a, b Rect) bool {
	return a.X < b.X+b.W && b.X < a.X+a.W && a.Y < b.Y+b.H && b.Y < a.Y+a.H
}

func inside(r, outer Rect) bool {
	return r.X >= outer.X && r.Y >= outer.Y && r.X+r.W <= outer.X+outer.W+0.01 &&
		r.Y+r.H <= outer.Y+outer.H+0.01
}

func TestNumbers(t *testing.T) {
	for v, want := range map[float64]string{
		0: "0", 0.731: "0.73", -1.249: "-1.25", 12.34: "12.3", 12345: "1.2e+04", 0.0001234: "1.2e-04",
		0.0049: "4.9e-03", 0.01: "0.01", math.NaN(): "undefined", math.Inf(1): "overflow",
		// A weight of 1000, as far as a box takes, read "w 1.0e+03" (look7).
		1000: "1000", -1000: "-1000", 9999.4: "9999",
	} {
		if got := Num(v); got != want {
			t.Errorf("Num(%v) = %q, want %q", v, got, want)
		}
	}
	for _, v := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		if strings.Contains(strings.ToLower(Num(v)+Exact(v)), "nan") {
			t.Errorf("%v prints as NaN", v)
		}
	}
	if EdgeWidth(0) < 0.5 || EdgeWidth(100) != 9 || EdgeWidth(math.NaN()) != 0.5 {
		t.Error("edge widths")
	}
}

func TestAtlas(t *testing.T) {
	a, err := NewAtlas(13)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range AtlasRunes {
		if _, ok := a.Glyphs[r]; !ok {
			t.Errorf("the Go font lacks %q", r)
		}
	}
	if w := a.Width("dL/dz"); w < 20 || w > 60 {
		t.Errorf("width of dL/dz at 13 px = %v", w)
	}
	g := a.Glyph('A')
	ink := 0
	for y := g.Src.Min.Y; y < g.Src.Max.Y; y++ {
		for x := g.Src.Min.X; x < g.Src.Max.X; x++ {
			if a.Image.AlphaAt(x, y).A > 128 {
				ink++
			}
		}
	}
	if ink < 10 {
		t.Errorf("glyph A has %d inked pixels", ink)
	}
}
