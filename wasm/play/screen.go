package play

// Screen is the canvas's size and where everything goes on it. The browser's side gives
// it the window's size, the device scale and the panel's place, and reads the layout.
type Screen struct {
	W, H   int     // canvas pixels
	Scale  float64 // canvas pixels per CSS pixel
	Geo    Geometry
	Placed bool // Geo matches the canvas and the panel
}

// DeviceScale is the screen's device pixels per CSS pixel, f as the browser reports it
// (devicePixelRatio), or 1 where it reports none.
func DeviceScale(f float64) float64 {
	if f > 0 {
		return f
	}
	return 1
}

// Resize makes the canvas as many pixels as the screen has: a window of w x h CSS pixels
// times the device scale s, so that lines and text are sharp on high-density displays.
// It returns the canvas's size; a new size or scale leaves the canvas to be placed again.
func (sc *Screen) Resize(w, h int, s float64) (int, int) {
	pw, ph := int(float64(w)*s), int(float64(h)*s)
	if pw != sc.W || ph != sc.H || s != sc.Scale {
		sc.W, sc.H, sc.Scale, sc.Placed = pw, ph, s, false
	}
	return pw, ph
}

// Place lays m out in the part of the canvas that the side panel, at p in CSS pixels,
// leaves free (FreeArea).
func (sc *Screen) Place(m *Session, p Rect) {
	s := sc.Scale
	a := FreeArea(float64(sc.W)/s, float64(sc.H)/s, p)
	sc.Geo = LayoutFor(m, Rect{X: a.X * s, Y: a.Y * s, W: a.W * s, H: a.H * s}, s)
	sc.Placed = true
}

// Fit places the canvas again, the panel at panel(), where its layout is not m's: the
// canvas changed its size or scale or was asked to be placed again (Placed is false), or
// a command changed the network's shape, its features or the lesson's part (a preset,
// the layers' +). It reports whether it placed the canvas: its scene is then stale.
func (sc *Screen) Fit(m *Session, panel func() Rect) bool {
	if sc.Placed && !sc.Geo.Stale(m) {
		return false
	}
	sc.Place(m, panel())
	return true
}

// Point turns a pointer event at (x, y) in CSS pixels into p's command, read against
// the layout: Fit it to m first, since a command earlier in the frame may have changed
// the network's shape.
func (sc *Screen) Point(p *Pointer, m *Session, kind string, x, y float64) Command {
	return p.Event(kind, m, sc.Geo, x*sc.Scale, y*sc.Scale)
}
