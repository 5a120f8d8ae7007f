package play

import "testing"

// TestScreenResize checks the canvas's size in device pixels, and that only a change of
// size or scale asks for the layout again.
func TestScreenResize(t *testing.T) {
	sc := Screen{Scale: 2}
	for _, c := range []struct {
		w, h         int
		s            float64
		wantW, wantH int
		placedBefore bool
		stillPlaced  bool
	}{
		{900, 800, 2, 1800, 1600, false, false},
		{900, 800, 2, 1800, 1600, true, true},  // the same: stays placed
		{900, 800, 1, 900, 800, true, false},   // another scale
		{390, 457, 1.5, 585, 685, true, false}, // fractions round down
		{390, 457, 1.5, 585, 685, true, true},
		{391, 457, 1.5, 586, 685, true, false}, // another width
	} {
		sc.Placed = c.placedBefore
		w, h := sc.Resize(c.w, c.h, c.s)
		if w != c.wantW || h != c.wantH || sc.W != w || sc.H != h || sc.Scale != c.s {
			t.Errorf("%dx%d at %v: canvas %dx%d (kept %dx%d at %v), want %dx%d", c.w, c.h,
				c.s, w, h, sc.W, sc.H, sc.Scale, c.wantW, c.wantH)
		}
		if sc.Placed != c.stillPlaced {
			t.Errorf("%dx%d at %v: placed %v, want %v", c.w, c.h, c.s, sc.Placed, c.stillPlaced)
		}
	}
}

// TestScreenPlace checks that the layout takes the free area beside the panel, in canvas
// pixels, at the canvas's scale.
func TestScreenPlace(t *testing.T) {
	m := NewSession()
	for _, c := range []struct {
		w, h  int
		s     float64
		panel Rect
		want  Rect
	}{
		{1280, 800, 1, Rect{X: 900, W: 380, H: 800}, Rect{W: 900, H: 800}},
		{1280, 800, 2, Rect{X: 900, W: 380, H: 800}, Rect{W: 1800, H: 1600}},
		{390, 844, 2, Rect{Y: 457, W: 390, H: 387}, Rect{W: 780, H: 914}},
	} {
		var sc Screen
		sc.Resize(c.w, c.h, c.s)
		sc.Place(m, c.panel)
		want := LayoutFor(m, c.want, c.s)
		if !sc.Placed || sc.Geo.Area != c.want || sc.Geo.Scale != c.s ||
			sc.Geo.Net != want.Net || sc.Geo.Plane != want.Plane {
			t.Errorf("%dx%d at %v: placed %v, area %v at %v, net %v; want %v at %v, net %v",
				c.w, c.h, c.s, sc.Placed, sc.Geo.Area, sc.Geo.Scale, sc.Geo.Net, c.want, c.s,
				want.Net)
		}
	}
}

// TestScreenFit checks that the canvas is placed again exactly when its layout is not the
// session's: before it was ever placed, after a new size or scale and after a command
// that changed the network's shape, and not otherwise.
func TestScreenFit(t *testing.T) {
	win := window{1280, 800, 2}
	panel := func() Rect { return panelAt(win.W, win.H) }
	m := NewSession()
	var sc Screen
	sc.Resize(int(win.W), int(win.H), win.Scale)
	for _, c := range []struct {
		name   string
		change func()
		placed bool
	}{
		{"never placed", func() {}, true},
		{"placed", func() {}, false},
		{"the same size", func() { sc.Resize(int(win.W), int(win.H), win.Scale) }, false},
		{"another size", func() { sc.Resize(900, 800, win.Scale) }, true},
		{"a new input point", func() { mustApply(t, m, SetInput{X1: 1, X2: -2}) }, false},
		{"the deep stack", func() { mustApply(t, m, UsePreset{Index: 2}) }, true},
		{"the deep stack again", func() {}, false},
		{"a feature fed", func() { mustApply(t, m, SetFeature{Feature: 2, On: true}) }, true},
	} {
		c.change()
		if got := sc.Fit(m, panel); got != c.placed {
			t.Errorf("%s: Fit placed the canvas %v, want %v", c.name, got, c.placed)
		}
		if !sc.Placed || sc.Geo.Stale(m) {
			t.Errorf("%s: after Fit the layout is not the session's", c.name)
		}
	}
	// The game fits in every Update: a fit that finds the layout the session's
	// allocates nothing.
	if n := testing.AllocsPerRun(100, func() { sc.Fit(m, panel) }); n != 0 {
		t.Errorf("a Fit that places nothing allocated %.0f times", n)
	}
}

// TestScreenPointAfterAShapeChange moves the pointer over every unit of each preset's
// network in the frame its preset is chosen: fitted, the move is read against the new
// layout. (It was read against the layout before, whose levels were fewer, and Update
// failed: index out of range.)
func TestScreenPointAfterAShapeChange(t *testing.T) {
	win := window{1280, 800, 2}
	panel := func() Rect { return panelAt(win.W, win.H) }
	for p := range Presets() {
		m := NewSession()
		var sc Screen
		sc.Resize(int(win.W), int(win.H), win.Scale)
		sc.Place(m, panel())
		mustApply(t, m, UsePreset{Index: p})
		g := pageGeometry(m, win)
		var ptr Pointer
		for l, level := range g.Nodes {
			for u, r := range level {
				x, y := (r.X+r.W/2)/win.Scale, (r.Y+r.H/2)/win.Scale
				sc.Fit(m, panel)
				c := sc.Point(&ptr, m, "pointermove", x, y)
				want := new(Pointer).Event("pointermove", m, g, r.X+r.W/2, r.Y+r.H/2)
				if h, ok := c.(SetHover); !ok || !h.Hover.On || h.Hover != want.(SetHover).Hover {
					t.Errorf("preset %d: the pointer on unit %d.%d means %#v, want %#v",
						p, l, u, c, want)
				}
			}
		}
	}
}

// TestDeviceScale checks the scale a browser's factor gives, none included.
func TestDeviceScale(t *testing.T) {
	for _, c := range [][2]float64{{2, 2}, {1.5, 1.5}, {1, 1}, {0, 1}, {-1, 1}} {
		if got := DeviceScale(c[0]); got != c[1] {
			t.Errorf("factor %v: scale %v, want %v", c[0], got, c[1])
		}
	}
}
