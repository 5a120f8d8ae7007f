package play

import (
	"encoding/json"
	"testing"
	"time"

	"nnplay/core"
	"nnplay/wasm/play/sheet"
)

// TestPictures checks the pixels of the units' pictures: one thumbnail per unit in one
// sheet, made again only when the network's shape changes, the plane muted toward white,
// every picture in a gutter that repeats its edges, and a white block for solid shapes.
func TestPictures(t *testing.T) {
	m := NewSession()
	var p Pictures
	if !p.Refresh(m) || p.Refresh(m) {
		t.Error("Refresh must report the first shape, then no change")
	}
	pixel := func(x, y float64) []byte {
		i := 4 * (int(y)*p.W + int(x))
		return p.Pix[i : i+4]
	}
	if got := pixel(SolidSrc, SolidSrc); string(got) != "\xff\xff\xff\xff" {
		t.Errorf("the solid shapes' pixel is %v", got)
	}
	out := m.Heat().Values[len(m.Heat().Values)-1][0]
	full := make([]byte, 4*len(out))
	sheet.HeatPixels(out, full)
	plane := p.PlaneSrc()
	for i := 0; i < len(out); i += 997 {
		got := pixel(plane.X+float64(i%HeatmapSize), plane.Y+float64(i/HeatmapSize))
		if want := full[4*i] + (255-full[4*i])/3; got[0] != want || got[3] != 0xff {
			t.Fatalf("plane pixel %d = %v, want %v", i, got, want)
		}
	}
	seen := map[Rect]bool{plane: true}
	for l, n := range m.Sizes() {
		for i := range n {
			r := p.UnitSrc(Unit{l, i})
			if r.W != sheet.ThumbSize || r.H != sheet.ThumbSize || seen[r] || r.X < 1 || r.Y < 1 ||
				int(r.X+r.W) >= p.W || int(r.Y+r.H) >= p.H {
				t.Fatalf("unit %d/%d's picture at %v", l, i, r)
			}
			seen[r] = true
			// The gutter repeats the edges, corners included.
			for _, c := range [][4]float64{{-1, -1, 0, 0}, {r.W, r.H, r.W - 1, r.H - 1},
				{-1, 7, 0, 7}, {r.W, 7, r.W - 1, 7}, {7, -1, 7, 0}, {7, r.H, 7, r.H - 1}} {
				g, e := pixel(r.X+c[0], r.Y+c[1]), pixel(r.X+c[2], r.Y+c[3])
				if string(g) != string(e) {
					t.Fatalf("unit %d/%d: gutter %v at %v, edge %v", l, i, g, c, e)
				}
			}
		}
	}
	// The input x1 spans its picture from orange (-6) to blue (+6).
	x1 := p.UnitSrc(Unit{0, 0})
	first, last := pixel(x1.X, x1.Y), pixel(x1.X+sheet.ThumbSize-1, x1.Y)
	if first[0] != sheet.Negative.R || last[2] != sheet.Positive.B {
		t.Errorf("x1's picture runs from %v to %v", first, last)
	}
	m.Apply(UsePreset{Index: 1})
	if !p.Refresh(m) || p.UnitSrc(Unit{7, 0}).W != sheet.ThumbSize {
		t.Error("a new shape must make the pictures again")
	}
}

// TestFreeArea checks where the canvas draws beside the panel.
func TestFreeArea(t *testing.T) {
	for _, c := range []struct {
		panel, want Rect
	}{
		{Rect{X: 900, W: 380, H: 800}, Rect{W: 900, H: 800}},   // right
		{Rect{Y: 460, W: 1280, H: 340}, Rect{W: 1280, H: 460}}, // bottom
		{Rect{W: 300, H: 800}, Rect{X: 300, W: 980, H: 800}},   // left
		{Rect{}, Rect{W: 1280, H: 800}},                        // none
	} {
		if got := FreeArea(1280, 800, c.panel); got != c.want {
			t.Errorf("panel %v: area %v, want %v", c.panel, got, c.want)
		}
	}
}

// TestMeter checks the rates the panel shows.
func TestMeter(t *testing.T) {
	var tel Telemetry
	now := time.Unix(0, 0)
	if !tel.Meter.Due(now) {
		t.Error("the first call must measure")
	}
	for k := 0; k < 10; k++ {
		tel.Drawn(2, false)
		tel.Updated(3, 0)
		tel.Meter.Trained(125, 250)
	}
	if tel.Meter.Due(now.Add(400 * time.Millisecond)) {
		t.Error("due before half a second")
	}
	if !tel.Meter.Due(now.Add(time.Second)) || tel.Meter.FPS != 10 || tel.Meter.EPS != 5 {
		t.Errorf("rates %v frames/s, %v epochs/s; want 10 and 5", tel.Meter.FPS, tel.Meter.EPS)
	}
	tel.Begin()
	tel.TrainMS = 6
	tel.Updated(7, time.Millisecond)
	tel.Drawn(1, false) // the costliest frame: the Updates since the last (3 and 7 ms) and 1 ms
	p := tel.Perf(3)
	if p["work_ms_per_frame"] != 5.0*10/11+8.0/11 || p["frames"] != 11 {
		t.Errorf("perf %v", p)
	}
	if w := p["worst"].(FrameCost); w.WorkMS != 11 || w.TrainMS != 6 || w.SweepMS != 1 ||
		w.DrawMS != 1 || w.Updates != 2 {
		t.Errorf("the costliest frame: %+v", w)
	}
	if p = tel.Perf(3); p["frames"] != 0 {
		t.Error("Perf must start its sums again")
	}
}

// TestSnapshot checks the test API's state: it encodes, and it holds the Step's record.
func TestSnapshot(t *testing.T) {
	m := NewSession()
	steps(m, 3)
	geo := Layout(m.Sizes(), Rect{W: 1800, H: 1600}, 2)
	b, err := json.Marshal(Snapshot(m, geo, nil))
	if err != nil {
		t.Fatal(err)
	}
	var back struct {
		Step struct {
			Phase, Done string
			Sample      int
			Trace       struct{ Layers []struct{ DZ []float64 } }
		}
		Units [][][]float64
		Model json.RawMessage
	}
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if back.Step.Done != "backward" || back.Step.Sample != m.Anim.Record.Sample ||
		back.Step.Trace.Layers[2].DZ[0] != m.Anim.Record.Trace.Layers[2].DZ[0] {
		t.Errorf("step %+v", back.Step)
	}
	if r := geo.Nodes[1][0]; back.Units[1][0][0] != r.X/2 || back.Units[1][0][2] != r.W/2 {
		t.Errorf("unit 1/0 at %v, want CSS pixels of %v", back.Units[1][0], r)
	}
	if net, err := core.ParseModel(back.Model); err != nil || net.String() != m.Net.String() {
		t.Errorf("model: %v", err)
	}
}

// TestExportAndInspect checks the figure the page asks for and the PyTorch print.
func TestExportAndInspect(t *testing.T) {
	m := NewSession()
	r, err := Export(m)
	if err != nil || r.File != "activation-layer1-unit0-tanh.png" || len(r.Marks) != len(m.Train) ||
		r.Highlight[0] != m.View().Trace.Layers[0].Z[0] ||
		r.Title != "layer 1, unit 0: Tanh()" || r.MarksName != "z at 250 training points" ||
		r.HighlightName != "z at the input point" {
		t.Errorf("export %+v, %v", r, err)
	}
	// Each unit's figure has a name of its own: a teacher's exports all read
	// activation-tanh.png, and each overwrote the last.
	mustApply(t, m, Select{Unit: Unit{2, 1}})
	if r, err := Export(m); err != nil || r.File != "activation-layer2-unit1-tanh.png" {
		t.Errorf("layer 2, unit 1's figure is %q, %v", r.File, err)
	}
	mustApply(t, m, Select{Unit: Unit{3, 0}})
	if r, err := Export(m); err != nil || r.File != "activation-output-unit0-tanh.png" {
		t.Errorf("the output's figure is %q, %v", r.File, err)
	}
	mustApply(t, m, Select{Unit: Unit{1, 0}})
	want := ">>> print(layer)\nLinear(in_features=2, out_features=4, bias=True)\n" +
		">>> print(layer.weight)\n"
	if s := Inspect(m); len(s) < len(want) || s[:len(want)] != want {
		t.Errorf("inspect:\n%s", s)
	}
	m.Apply(SetBiasEnabled{Layer: 0})
	if s := Inspect(m); s[len(s)-len("None"):] != "None" {
		t.Errorf("inspect without bias:\n%s", s)
	}
}
