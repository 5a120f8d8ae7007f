package play

import "image/color"

// Painter turns a scene's shapes into pixels; the browser's canvas is one. Scene.Paint
// calls it in drawing order: each flat shape (Fill, Stroke, Hairline, Disc, a picture)
// over what came before, while the smooth shapes (Line, Circle, Ring, Path) and the
// sprites may wait in a batch until Flush, which comes before the labels' backdrops and
// the labels.
type Painter interface {
	// Clear fills the whole canvas with c.
	Clear(c color.RGBA)
	Fill(r Rect, c color.RGBA)
	Stroke(s Stroke)
	Hairline(l Line)
	Line(l Line)
	Circle(d Dot)
	Ring(r Ring)
	Path(p Path)
	// Sprite adds a filled circle drawn from a pre-rendered disc (Mesh.Sprite), one
	// quad whatever its size; it waits until Flush, after the smooth shapes.
	Sprite(d Dot)
	// Disc draws a filled circle at once, as the data points are.
	Disc(d Dot)
	// UnitPicture draws unit u's picture scaled into r; PlanePicture the output's over
	// the input plane into r, and Points the plane's data points.
	UnitPicture(u Unit, r Rect)
	PlanePicture(r Rect)
	Points(p *PlaneView)
	Flush()
	Labels(ls []Label)
}

// Paint draws the scene on p: the network, the pulses, the plane, the activation view,
// the chart, the loss box, the lesson's board, the panels and the overlay, then the labels on their
// backdrops. It only reads the scene.
func (s *Scene) Paint(p Painter) {
	p.Clear(Background)
	s.paintNetwork(p)
	for _, u := range s.Pulses {
		p.Sprite(Dot{X: u.X, Y: u.Y, R: u.Halo, Color: White})
		p.Sprite(Dot{X: u.X, Y: u.Y, R: u.R, Color: u.Color})
	}
	if pl := &s.Plane; pl.Shown {
		p.PlanePicture(pl.Rect)
		p.Stroke(pl.Frame)
		p.Points(pl)
		p.Line(pl.Cross[0])
		p.Line(pl.Cross[1])
		p.Ring(pl.CrossRing)
		for _, d := range pl.Legend {
			p.Disc(d)
		}
	}
	s.paintActivation(p)
	if c := &s.Chart; c.Shown {
		p.Stroke(c.Frame)
		p.Path(c.Train)
		p.Path(c.Test)
		if c.HasStart {
			p.Circle(c.TrainStart)
			p.Ring(c.TestStart)
		}
		for _, l := range c.Legend {
			p.Line(l)
		}
	}
	if b := &s.LossBox; b.Shown {
		p.Stroke(b.Frame)
	}
	if b := &s.LossBox; b.Ringed {
		p.Ring(b.Sample)
	}
	s.Sketch.paint(p)
	for _, q := range s.Panels {
		p.Fill(q.Fill.Rect, q.Fill.Color)
		p.Stroke(q.Frame)
	}
	o := &s.Overlay
	for _, b := range o.Boxes {
		p.Fill(b.Rect, b.Color)
	}
	for _, r := range o.Strokes {
		p.Stroke(r)
	}
	for _, l := range o.Lines {
		p.Line(l)
	}
	p.Flush()
	for _, r := range s.Backdrops {
		p.Fill(r, White)
	}
	p.Labels(s.Labels)
}

// paintNetwork draws the edges, the units with their pictures, frames and bias squares,
// the Step's veils, the dead units and the gradient bars.
func (s *Scene) paintNetwork(p Painter) {
	for _, e := range s.Edges {
		p.Line(e.Line)
	}
	for _, u := range s.Units {
		p.UnitPicture(u.Unit, u.Rect)
		p.Stroke(u.Frame)
		if u.HasBias {
			p.Fill(u.Bias.Rect, u.Bias.Color)
			p.Stroke(u.BiasEdge)
		}
		p.Ring(u.Dot)
	}
	for _, u := range s.Units {
		if u.Veiled {
			p.Fill(u.Rect, Veil)
			if u.Fill.H > 0 {
				p.Fill(u.Fill.Rect, u.Fill.Color)
			}
		}
	}
	for _, u := range s.Units {
		if u.Dead {
			p.Fill(u.Rect, DeadVeil)
		}
	}
	for _, b := range s.BadgeMarks {
		p.Fill(b.Rect, b.Color)
	}
	for _, b := range s.GradBars {
		p.Fill(b.Track.Rect, b.Track.Color)
		p.Fill(b.Fill.Rect, b.Fill.Color)
	}
}

// paintActivation draws the selected unit's f(z) and f'(z) with the shaded regions, the
// training points' ticks and the input point's z.
func (s *Scene) paintActivation(p Painter) {
	a := &s.Act
	if !a.Shown {
		return
	}
	for _, b := range a.Shades {
		p.Fill(b.Rect, b.Color)
	}
	p.Stroke(a.Frame)
	p.Hairline(a.Axes[0])
	p.Hairline(a.Axes[1])
	for _, t := range a.Ticks {
		p.Hairline(t)
	}
	p.Path(a.F)
	p.Path(a.DF)
	if a.HasMarker {
		p.Line(a.Marker)
		p.Circle(a.MarkF)
		p.Circle(a.MarkDF)
	}
	for _, l := range a.Legend {
		p.Line(l)
	}
}
