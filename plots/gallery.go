package plots

import (
	"fmt"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"

	"nnplay/core"
)

// Gallery draws every activation in acts as a small multiple over [-6, 6]: f(z) solid,
// f'(z) dashed, saturated and dead regions shaded as in Activation.
func Gallery(acts []core.Activation) (Figure, error) {
	if len(acts) == 0 {
		return nil, fmt.Errorf("plots: the gallery needs at least one activation")
	}
	cols := min(len(acts), 5)
	rows := (len(acts) + cols - 1) / cols
	g := grid{
		plots: make([][]*plot.Plot, rows),
		title: "Activations f(z), solid, and their derivatives f'(z), dashed; shaded: saturated (yellow), dead (grey), leaky (blue)",
		font:  font.Font{Typeface: "Liberation", Variant: "Sans", Size: 10},
	}
	for r := range g.plots {
		g.plots[r] = make([]*plot.Plot, cols)
	}
	for i, f := range acts {
		p := newPlot(shortName(f), "z", "", 8)
		p.X.Min, p.X.Max = -6, 6
		p.Y.Min, p.Y.Max = yRange(-6, 6, f.Forward, f.Derivative)
		if err := shadeRegions(p, f, -6, 6, 0, nil); err != nil {
			return nil, err
		}
		p.Add(curves(f, 400, vg.Points(1.6)))
		g.plots[i/cols][i%cols] = p
	}
	return g, nil
}

// shortName is a compact title for a small multiple: the class name and any parameter.
func shortName(f core.Activation) string {
	switch f := f.(type) {
	case core.LeakyReLU:
		return fmt.Sprintf("LeakyReLU, slope %g", f.NegativeSlope)
	case core.ELU:
		return fmt.Sprintf("ELU, alpha %g", f.Alpha)
	case core.Softplus:
		return fmt.Sprintf("Softplus, beta %g", f.Beta)
	case core.GELU:
		return "GELU"
	}
	s := f.String()
	return s[:len(s)-2] // "Sigmoid()" -> "Sigmoid"
}
