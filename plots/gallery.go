package plots

import (
	"fmt"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"

	"nnplay/core"
)

func init() {
	register(Kind{
		Name: "gallery", Width: 1400, Height: 700,
		About: "every activation with its derivative, side by side",
		Build: func(o Options) (Figure, error) { return Gallery(core.Activations(), o.Lang) },
	})
}

// Gallery draws every activation in acts as a small multiple over its own z range
// (Range): f(z) solid, f'(z) dashed, regions shaded as in Activation, each titled with
// its Label; its words are in language code ("en" or "ko").
func Gallery(acts []core.Activation, code string) (Figure, error) {
	l, err := langOf(code)
	if err != nil {
		return nil, err
	}
	if len(acts) == 0 {
		return nil, fmt.Errorf("plots: the gallery needs at least one activation")
	}
	cols := min(len(acts), 5)
	rows := (len(acts) + cols - 1) / cols
	g := grid{
		plots: make([][]*plot.Plot, rows),
		title: l.say(galleryTitle),
		font:  l.font(10),
	}
	for r := range g.plots {
		g.plots[r] = make([]*plot.Plot, cols)
	}
	for i, f := range acts {
		lo, hi := f.Range()
		p := newPlot(l, f.Label(), "z", "", 8)
		p.X.Min, p.X.Max = lo, hi
		p.Y.Min, p.Y.Max = yRange(lo, hi, f.Forward, f.Derivative)
		if _, err := shadeRegions(l, p, f, lo, hi, 0); err != nil {
			return nil, err
		}
		p.Add(curves(f, 400, vg.Points(1.6)))
		g.plots[i/cols][i%cols] = p
	}
	return g, nil
}
