package plots

import (
	"testing"
	"unicode/utf8"

	"nnplay/core"
	"nnplay/plots/palette"
)

// trainingZ are n pre-activations spread over [-8, 8], as a unit's training z are.
func trainingZ(n int) []float64 {
	zs := make([]float64, n)
	for i := range zs {
		zs[i] = -8 + 16*float64(i)/float64(n-1)
	}
	return zs
}

// TestManyMarksStayLight: Export PNG of a Linear-only unit with 840 training points
// (look11) drew the marks nearly black, over f(z) and the dashed f′(z), where the legend
// shows them light grey. The marks are drawn as the legend shows them, behind the
// curves: no pixel of the data area is darker than a mark but where the curves cross,
// and f(z) shows its colour where the marks sit on it.
func TestManyMarksStayLight(t *testing.T) {
	const w, h = 800, 600
	p, err := Activation(core.Identity{}, ActivationOptions{Marks: trainingZ(840)})
	if err != nil {
		t.Fatal(err)
	}
	img := decode(t, render(t, p, w, h))
	at := pixelMap(p, w, h)
	x0, y0 := at(p.X.Min, p.Y.Max)
	x1, y1 := at(p.X.Max, p.Y.Min)
	dark := 0
	for y := y0 + 2; y < y1-2; y++ {
		for x := x0 + 2; x < x1-2; x++ {
			r, g, b, _ := img.At(x, y).RGBA()
			if max(r, g, b)>>8 < 0x80 {
				dark++
			}
		}
	}
	// Where f(z) crosses f'(z) their antialiased edges mix into a dark pixel or two;
	// the black marks made 7,683.
	if dark > 4 {
		t.Errorf("%d pixels of the data area are darker than the marks' grey", dark)
	}
	for _, z := range []float64{-5.5, -2.5, 1.5, 4.5} {
		if x, y := at(z, z); !near(img.At(x, y), palette.Function, 60) {
			t.Errorf("f(%v) = %v reads %v under the marks, not f(z)'s colour", z, z,
				img.At(x, y))
		}
	}
}

// TestEveryYTickIsLabelled: the y axis of an activation labelled only 7.50, 0.00 and
// −7.50, its ticks between bare (look11): every tick carries its number, in one form.
func TestEveryYTickIsLabelled(t *testing.T) {
	for _, c := range []struct {
		f     core.Activation
		marks []float64
	}{{core.Identity{}, trainingZ(840)}, {core.Sigmoid{}, nil}, {core.Tanh{}, nil},
		{core.ReLU{}, trainingZ(20)}} {
		p, err := Activation(c.f, ActivationOptions{Marks: c.marks})
		if err != nil {
			t.Fatal(err)
		}
		ticks := p.Y.Tick.Marker.Ticks(p.Y.Min, p.Y.Max)
		var labels []string
		for _, tk := range ticks {
			if tk.Label == "" {
				t.Errorf("%v: the tick at %v has no number (%d ticks)", c.f, tk.Value, len(ticks))
			}
			labels = append(labels, tk.Label)
		}
		if len(labels) < 4 || len(labels) > 12 {
			t.Errorf("%v: %d labels %q", c.f, len(labels), labels)
		}
	}
}

// TestNarrowRangeTicksRead: plotgen takes any -range within ±1e6, and labelledTicks
// labelled up to eight ticks with the step's decimals: on [6, 6.000000000000004] they ran
// into one another and two read "6.000000000000004"; on [0, 1e-12] six labels of 15
// characters ran off the axis (review19; d1f8900's ticks had three readable labels).
// Every axis gets two ticks or more within its range, labels that read apart, and no
// more of them than their characters leave room for (tickRoom).
func TestNarrowRangeTicksRead(t *testing.T) {
	for _, r := range [][2]float64{{-6, 6}, {-0.08, 1.08}, {5.99999999, 6.00000001},
		{6, 6.000000000000004}, {6 + 1e-15, 6 + 4e-15}, {0, 1e-12}, {-1e6, 1e6},
		{999999, 1e6}, {-1e6, -999999.9999999}, {0.1, 0.1000001}} {
		ticks := labelledTicks{}.Ticks(r[0], r[1])
		seen, room := map[string]bool{}, 0
		for _, tk := range ticks {
			if seen[tk.Label] || !(tk.Value >= r[0] && tk.Value <= r[1]) {
				t.Errorf("%v: the tick %q at %v repeats a label or lies outside", r, tk.Label,
					tk.Value)
			}
			seen[tk.Label], room = true, room+utf8.RuneCountInString(tk.Label)+2
		}
		if len(ticks) < 2 || len(ticks) > 2 && room > tickRoom {
			t.Errorf("%v: %d ticks take %d characters: %v", r, len(ticks), room, ticks)
		}
	}
}
