//go:build js && wasm

package main

import (
	"fmt"
	"image/color"
	"math"
	"strconv"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"

	"nnplay/core"
	"nnplay/wasm/play"
)

// What the canvas shows of training and of the Step animation. Everything here reads
// the model and the step's record; the numbers are core's.

// edgeMode says what the network's edges encode this frame.
type edgeMode int

const (
	edgesWeight   edgeMode = iota // sign and size of each weight
	edgesGradient                 // dL/dW over the training set: fast Play
	edgesStepGrad                 // dL/dW of the step's sample: Step, backward done
)

func (g *Game) edgeMode() edgeMode {
	m := g.m
	if m.Playing && !m.Speed.Slow() && m.Diag != nil {
		return edgesGradient
	}
	if rec := m.Anim.Record; rec != nil {
		phase, _, _ := m.Anim.Now()
		if phase == play.PhaseBackward || (m.Anim.Done == play.PhaseBackward && !m.Anim.Playing()) {
			return edgesStepGrad
		}
	}
	return edgesWeight
}

// weight returns the weight of layer l from input j to unit i as shown: during the
// Step update it moves from its old value to its new one.
func (g *Game) weight(l, i, j int) float64 {
	lin := g.m.Layer(l).Linear
	if idx, ok := g.paramIndex(l, false); ok {
		if v, ok := g.m.Anim.Param(idx, i*lin.In+j); ok {
			return v
		}
	}
	return lin.Weight[i][j]
}

// bias returns unit i's bias in layer l as shown, and whether the layer has one.
func (g *Game) bias(l, i int) (float64, bool) {
	lin := g.m.Layer(l).Linear
	if !lin.HasBias() {
		return 0, false
	}
	if idx, ok := g.paramIndex(l, true); ok {
		if v, ok := g.m.Anim.Param(idx, i); ok {
			return v, true
		}
	}
	return lin.Bias[i], true
}

// paramIndex returns the index in Net.Parameters() of layer l's weight or bias.
func (g *Game) paramIndex(l int, bias bool) (int, bool) {
	rec := g.m.Anim.Record
	if rec == nil {
		return 0, false // no Step shown: the model's own values are the ones drawn
	}
	idx := 0
	for k := 0; k < l; k++ {
		idx++
		if g.m.Layer(k).Linear.HasBias() {
			idx++
		}
	}
	if bias {
		if !g.m.Layer(l).Linear.HasBias() {
			return 0, false
		}
		idx++
	}
	return idx, idx < len(rec.Old)
}

// edgeStyle returns the width (CSS pixels) and colour of the edge from unit j of level
// l to unit i of level l+1.
func (g *Game) edgeStyle(mode edgeMode, l, i, j int, top float64) (float64, color.RGBA) {
	switch mode {
	case edgesGradient:
		gr := g.m.Diag.Layers[l].WeightGrad[i*g.m.Layer(l).Linear.In+j]
		return 0.5 + 6*math.Abs(gr)/top, play.EdgeColor(gr / top)
	case edgesStepGrad:
		if g.backwardDone(l) {
			lt := g.m.Anim.Record.Trace.Layers[l]
			gr := lt.WeightGrad(i, j)
			return 0.5 + 6*math.Abs(gr)/top, play.EdgeColor(gr / top)
		}
	}
	w := g.weight(l, i, j)
	return play.EdgeWidth(w), play.EdgeColor(w)
}

// gradTop is the largest |dL/dW| the edges show, for scaling widths.
func (g *Game) gradTop(mode edgeMode) float64 {
	top := 0.0
	switch mode {
	case edgesGradient:
		for _, l := range g.m.Diag.Layers {
			for _, v := range l.WeightGrad {
				top = math.Max(top, math.Abs(v))
			}
		}
	case edgesStepGrad:
		for _, lt := range g.m.Anim.Record.Trace.Layers {
			for i := range lt.DZ {
				for j := range lt.Input {
					top = math.Max(top, math.Abs(lt.WeightGrad(i, j)))
				}
			}
		}
	}
	if !(top > 0) || math.IsInf(top, 0) {
		return 1
	}
	return top
}

// forwardReached reports how far the Step's forward pass has come at layer l:
// 0 not yet, 1 done; between while its pulses travel.
func (g *Game) forwardReached(l int) float64 {
	a := &g.m.Anim
	if a.Record == nil {
		return 1
	}
	phase, layer, t := a.Now()
	switch {
	case phase == play.PhaseForward && l == layer:
		return t
	case phase == play.PhaseForward && l > layer:
		return 0
	}
	return 1
}

// backwardDone reports whether the Step's backward pass has passed layer l.
func (g *Game) backwardDone(l int) bool {
	a := &g.m.Anim
	if a.Record == nil {
		return false
	}
	phase, layer, t := a.Now()
	switch {
	case phase == play.PhaseBackward:
		return l > layer || (l == layer && t >= 0.5)
	case a.Done >= play.PhaseBackward || phase == play.PhaseUpdate:
		return true
	}
	return false
}

// drawPulses draws the moving dots on the edges: the Step animation's, or, in slow
// Play, a steady flow carrying the last trained sample's w*a.
func (g *Game) drawPulses(dst *ebiten.Image) {
	m, b := g.m, &g.batch
	a := &m.Anim
	if rec := a.Record; rec != nil && a.Playing() {
		phase, layer, t := a.Now()
		if phase != play.PhaseForward && phase != play.PhaseBackward {
			return
		}
		lt := rec.Trace.Layers[layer]
		top := 1e-12
		for i := range lt.Z {
			for j := range lt.Input {
				top = math.Max(top, math.Abs(g.weight(layer, i, j)*lt.Input[j]))
			}
		}
		for i := range lt.Z {
			for j := range lt.Input {
				v := g.weight(layer, i, j) * lt.Input[j] // forward: w*a
				s := smoothstep(t)
				if phase == play.PhaseBackward {
					v, s = lt.DZ[i], 1-smoothstep(t) // backward: dL/dz, target to source
				}
				size := math.Abs(v) / top
				if phase == play.PhaseBackward {
					size = math.Min(1, math.Abs(v)/math.Max(1e-12, maxAbs(lt.DZ)))
				}
				g.pulse(dst, b, layer, i, j, s, v, size)
			}
		}
		return
	}
	if !m.Playing || !m.Speed.Slow() {
		return
	}
	tr := m.LastTrained()
	if !tr.HasBackward {
		return
	}
	for l, lt := range tr.Layers {
		top := 1e-12
		for i := range lt.Z {
			for j := range lt.Input {
				top = math.Max(top, math.Abs(m.Layer(l).Linear.Weight[i][j]*lt.Input[j]))
			}
		}
		s := math.Mod(g.clock*0.8+float64(l)*0.25, 1)
		for i := range lt.Z {
			for j := range lt.Input {
				v := m.Layer(l).Linear.Weight[i][j] * lt.Input[j]
				g.pulse(dst, b, l, i, j, s, v, math.Abs(v)/top)
			}
		}
	}
}

// pulse adds a dot at fraction s along the edge from unit j of level l to unit i of
// level l+1, coloured by the sign of v and sized by size in [0, 1].
func (g *Game) pulse(dst *ebiten.Image, b *batch, l, i, j int, s, v, size float64) {
	if math.IsNaN(v) || math.IsInf(v, 0) || math.IsNaN(size) {
		return
	}
	from, to := g.geo.Nodes[l][j], g.geo.Nodes[l+1][i]
	x0, y0 := from.X+from.W, from.Y+from.H/2
	x1, y1 := to.X, to.Y+to.H/2
	x, y := x0+(x1-x0)*s, y0+(y1-y0)*s
	r := g.px(2 + 4.5*math.Sqrt(math.Min(1, size)))
	b.circle(dst, float32(x), float32(y), r+g.px(1), color.RGBA{0xff, 0xff, 0xff, 0xff})
	b.circle(dst, float32(x), float32(y), r, play.Diverging(math.Copysign(0.4+0.6*math.Min(1, size), v)))
}

func smoothstep(t float64) float64 { return t * t * (3 - 2*t) }

func maxAbs(v []float64) float64 {
	top := 0.0
	for _, x := range v {
		top = math.Max(top, math.Abs(x))
	}
	return top
}

// unitLines returns the two lines of numbers under unit i of level lv (lv >= 1): its
// value and its bias normally; during Step what the phase is about.
func (g *Game) unitLines(lv, i int, tr *core.Trace) (string, string) {
	m := g.m
	l := lv - 1
	b, hasBias := g.bias(l, i)
	second := "no bias"
	if hasBias {
		second = "b = " + play.Num(b)
	}
	rec := m.Anim.Record
	if rec == nil {
		return "a = " + play.Num(tr.Layers[l].A[i]), second
	}
	lt := rec.Trace.Layers[l]
	switch reach := g.forwardReached(l); {
	case reach == 0:
		return "…", second
	case reach < 0.5:
		return "z = " + play.Num(lt.Z[i]), second
	}
	if g.backwardDone(l) {
		return "a = " + play.Num(lt.A[i]), "dL/dz = " + play.Num(lt.DZ[i])
	}
	return "a = " + play.Num(lt.A[i]), second
}

// drawForwardFill shows the Step's forward pass on the units: units the pass has not
// reached are dimmed, and the layer it is crossing fills from the bottom, in the colour
// of z while the pulses travel and of a = f(z) once they arrive.
func (g *Game) drawForwardFill(dst *ebiten.Image) {
	rec := g.m.Anim.Record
	if rec == nil {
		return
	}
	for lv := 1; lv < len(g.geo.Nodes); lv++ {
		reach := g.forwardReached(lv - 1)
		if reach >= 1 {
			continue
		}
		lt := rec.Trace.Layers[lv-1]
		for i, r := range g.geo.Nodes[lv] {
			vector.DrawFilledRect(dst, float32(r.X), float32(r.Y), float32(r.W), float32(r.H), color.RGBA{0xfb, 0xfb, 0xfc, 0xd0}, false)
			if reach == 0 {
				continue
			}
			v := lt.Z[i]
			if reach >= 0.5 {
				v = lt.A[i]
			}
			h := r.H * smoothstep(reach)
			c := play.Diverging(v)
			c.A = 0xe0
			vector.DrawFilledRect(dst, float32(r.X), float32(r.Y+r.H-h), float32(r.W), float32(h), color.RGBA{uint8(uint16(c.R) * 0xe0 / 0xff), uint8(uint16(c.G) * 0xe0 / 0xff), uint8(uint16(c.B) * 0xe0 / 0xff), 0xe0}, false)
		}
	}
}

// drawUnitMeters greys out dead units and notes how often saturated ones saturate.
func (g *Game) drawUnitMeters(dst *ebiten.Image) {
	d := g.m.Diag
	if d == nil {
		return
	}
	f := g.fonts.small
	for l, ld := range d.Layers {
		for i, r := range g.geo.Nodes[l+1] {
			switch {
			case ld.Dead[i]:
				vector.DrawFilledRect(dst, float32(r.X), float32(r.Y), float32(r.W), float32(r.H), color.RGBA{0xd0, 0xd0, 0xd0, 0xd8}, false)
				cx, cy := r.Center()
				g.backdrops = append(g.backdrops, play.Rect{X: cx - 17*g.scale, Y: cy - f.atlas.LineHeight/2 - g.scale, W: 34 * g.scale, H: f.atlas.LineHeight + 2*g.scale})
				g.label(f, "dead", cx, cy-f.atlas.LineHeight/2, color.RGBA{0x70, 0x20, 0x20, 0xff}, center)
			case ld.SaturatedFraction[i] >= 0.05:
				s := fmt.Sprintf("sat %.0f%%", 100*ld.SaturatedFraction[i])
				w := f.atlas.Width(s) + 4*g.scale
				g.backdrops = append(g.backdrops, play.Rect{X: r.X + r.W - w, Y: r.Y, W: w, H: f.atlas.LineHeight})
				g.label(f, s, r.X+r.W-2*g.scale, r.Y, color.RGBA{0x80, 0x60, 0x00, 0xff}, right)
			}
		}
	}
}

// drawGradBars draws, under each layer, a bar for the size of dL/dW over the training
// set on a log scale from 1e-8 to 10: vanishing gradients show as bars that shrink
// toward the input.
func (g *Game) drawGradBars(dst *ebiten.Image) {
	d := g.m.Diag
	if d == nil {
		return
	}
	f := g.fonts.small
	y := g.geo.Net.Y + g.geo.Net.H - g.geo.Bars + f.atlas.LineHeight + 8*g.scale
	for l, ld := range d.Layers {
		col := g.geo.Nodes[l+1]
		if len(col) == 0 {
			continue
		}
		r := col[0]
		w := math.Min(math.Max(r.W*1.3, 56*g.scale), g.geo.Pitch()-8*g.scale)
		x := r.X + r.W/2 - w/2
		frac := 0.0
		if ld.GradNorm > 0 && !math.IsInf(ld.GradNorm, 0) {
			frac = math.Max(0, math.Min(1, (math.Log10(ld.GradNorm)+8)/9))
		}
		h := 5 * g.scale
		vector.DrawFilledRect(dst, float32(x), float32(y), float32(w), float32(h), color.RGBA{0xe4, 0xe6, 0xe9, 0xff}, false)
		vector.DrawFilledRect(dst, float32(x), float32(y), float32(w*frac), float32(h), color.RGBA{0x55, 0x5d, 0x66, 0xff}, false)
		s := "|dL/dW| " + play.Num(ld.GradNorm)
		if f.atlas.Width(s) > g.geo.Pitch()-4*g.scale {
			s = play.Num(ld.GradNorm)
		}
		g.label(f, s, r.X+r.W/2, y+h+g.scale, softInk, center)
	}
	if g.geo.Bars >= 40*g.scale {
		g.label(f, "gradient size |dL/dW| per layer, log scale 1e-8 to 10", g.geo.Net.X, y-f.atlas.LineHeight-2*g.scale, softInk, left)
	}
}

// drawLossBox shows, during the Step's loss phase and after, the output against the
// target and the loss.
func (g *Game) drawLossBox(dst *ebiten.Image) {
	a := &g.m.Anim
	rec := a.Record
	if rec == nil {
		return
	}
	phase, _, _ := a.Now()
	if phase < play.PhaseLoss && a.Done < play.PhaseLoss {
		return
	}
	out := g.geo.Nodes[len(g.geo.Nodes)-1][0]
	y, t := rec.Trace.Output()[0], rec.Trace.Target[0]
	formula := map[string]string{"half_mse": "0.5 (y - t)²", "mse": "(y - t)²", "bce_with_logits": "BCE with logits"}[g.m.Loss.Name()]
	lines := []string{
		fmt.Sprintf("y = %s, target t = %s", play.Num(y), play.Num(t)),
		fmt.Sprintf("loss = %s = %s", formula, play.Num(rec.Trace.Loss)),
		"dL/dy = " + play.Num(rec.Trace.DY[0]),
	}
	f := g.fonts.small
	w := 0.0
	for _, s := range lines {
		w = math.Max(w, f.atlas.Width(s))
	}
	w += 10 * g.scale
	x := math.Min(out.X+out.W/2-w/2, g.geo.Net.X+g.geo.Net.W-w)
	top := out.Y + out.H + 2.2*f.atlas.LineHeight + 6*g.scale
	h := float64(len(lines))*f.atlas.LineHeight + 6*g.scale
	vector.StrokeRect(dst, float32(x), float32(top), float32(w), float32(h), g.px(1.2), curveDF, false)
	g.backdrops = append(g.backdrops, play.Rect{X: x, Y: top, W: w, H: h})
	for k, s := range lines {
		g.label(f, s, x+5*g.scale, top+3*g.scale+float64(k)*f.atlas.LineHeight, ink, left)
	}
	// The sample on the plane.
	p := g.m.Train[rec.Sample]
	px, py := g.geo.PlanePoint(p.X1, p.X2)
	g.batch.ring(dst, float32(px), float32(py), g.px(9), g.px(2), curveDF)
}

// chainRule returns the selected unit's chain rule with the step's numbers once the
// backward pass has reached it: dL/da × f'(z) = dL/dz.
func (g *Game) chainRule() string {
	u := g.m.Selected
	rec := g.m.Anim.Record
	if rec == nil || u.Level == 0 || !g.backwardDone(u.Level-1) {
		return ""
	}
	lt := rec.Trace.Layers[u.Level-1]
	act := g.m.Layer(u.Level - 1).Activation()
	da, dz := lt.DA[u.Index], lt.DZ[u.Index]
	return fmt.Sprintf("chain rule: dL/da × f'(z) = dL/dz: %s × %s = %s", play.Num(da), play.Num(act.Derivative(lt.Z[u.Index])), play.Num(dz))
}

// drawChart plots the train and test loss against the epoch, and the banner when
// training stopped.
func (g *Game) drawChart(dst *ebiten.Image) {
	r := g.geo.Chart
	if r.W < 60 || r.H < 50 {
		return
	}
	m, v := g.m, g.view
	nf, sf := g.fonts.normal, g.fonts.small
	g.label(nf, fmt.Sprintf("Loss   train %s   test %s   epoch %.0f", play.Num(v.TrainLoss), play.Num(v.TestLoss), m.Epoch()), r.X, r.Y, ink, left)
	plot := play.Rect{X: r.X + 38*g.scale, Y: r.Y + nf.atlas.LineHeight + 4*g.scale, W: r.W - 44*g.scale, H: r.H - nf.atlas.LineHeight - sf.atlas.LineHeight - 10*g.scale}
	if plot.H < 20 {
		return
	}
	vector.StrokeRect(dst, float32(plot.X), float32(plot.Y), float32(plot.W), float32(plot.H), g.px(1), hairline, false)
	pts := m.History.Points
	top := math.Max(m.History.Range(), 1e-3) * 1.05
	last := 1.0
	if len(pts) > 0 {
		last = math.Max(1, pts[len(pts)-1].Epoch)
	}
	X := func(e float64) float32 { return float32(plot.X + e/last*plot.W) }
	Y := func(l float64) float32 { return float32(plot.Y + plot.H - math.Min(1, l/top)*plot.H) }
	for k, pick := range []func(play.LossPoint) float64{
		func(p play.LossPoint) float64 { return p.Train },
		func(p play.LossPoint) float64 { return p.Test },
	} {
		var path vector.Path
		started := false
		for i, p := range pts {
			val := pick(p)
			if math.IsNaN(val) || math.IsInf(val, 0) || (k == 1 && (i/3)%2 == 1) {
				started = false
				continue
			}
			if !started {
				path.MoveTo(X(p.Epoch), Y(val))
				started = true
			} else {
				path.LineTo(X(p.Epoch), Y(val))
			}
		}
		clr := curveF
		if k == 1 {
			clr = curveDF
		}
		g.batch.add(dst, &path, g.px(1.8), clr)
	}
	g.label(sf, play.Num(top), plot.X-4*g.scale, plot.Y, softInk, right)
	g.label(sf, "0", plot.X-4*g.scale, plot.Y+plot.H-sf.atlas.LineHeight, softInk, right)
	by := plot.Y + plot.H + 2*g.scale
	g.label(sf, "0", plot.X, by, softInk, left)
	g.label(sf, fmt.Sprintf("epoch %.0f", last), plot.X+plot.W, by, softInk, right)
	lx := plot.X + plot.W*0.3
	g.batch.line(dst, float32(lx), float32(by+sf.atlas.LineHeight/2), float32(lx+16*g.scale), float32(by+sf.atlas.LineHeight/2), g.px(1.8), curveF)
	g.label(sf, "train", lx+20*g.scale, by, softInk, left)
	lx += 70 * g.scale
	for k := 0.0; k < 16; k += 6 {
		g.batch.line(dst, float32(lx+k*g.scale), float32(by+sf.atlas.LineHeight/2), float32(lx+(k+3.5)*g.scale), float32(by+sf.atlas.LineHeight/2), g.px(1.8), curveDF)
	}
	g.label(sf, "test", lx+20*g.scale, by, softInk, left)
}

// drawBanner writes, over the network, why training stopped.
func (g *Game) drawBanner(dst *ebiten.Image) {
	if g.m.Diverged == "" {
		return
	}
	f := g.fonts.normal
	s := "Training stopped: the learning rate is too high for this network (see the panel)."
	w := f.atlas.Width(s) + 16*g.scale
	x, y := g.geo.Net.X, g.geo.Net.Y+f.atlas.LineHeight*3.6
	vector.DrawFilledRect(dst, float32(x), float32(y), float32(w), float32(f.atlas.LineHeight+8*g.scale), color.RGBA{0xfd, 0xec, 0xea, 0xff}, false)
	vector.StrokeRect(dst, float32(x), float32(y), float32(w), float32(f.atlas.LineHeight+8*g.scale), g.px(1), color.RGBA{0xb0, 0x00, 0x20, 0xff}, false)
	g.label(f, s, x+8*g.scale, y+4*g.scale, color.RGBA{0x8c, 0x1d, 0x18, 0xff}, left)
}

// fine formats a weight with four decimals: one step at a small learning rate moves it
// by less than Num's two.
func fine(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) || math.Abs(v) >= 100 {
		return play.Num(v)
	}
	return strconv.FormatFloat(v, 'f', 4, 64)
}
