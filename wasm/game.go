//go:build js && wasm

package main

import (
	"math"
	"syscall/js"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"nnplay/wasm/play"
)

// Game is the ebiten game: Update applies intents and input to the model, Draw paints
// the model and changes nothing.
type Game struct {
	m       *play.Model
	intents chan any
	panel   *panel

	scale      float64 // canvas pixels per CSS pixel
	w, h       int     // canvas size in canvas pixels
	geo        play.Geometry
	panelRect  [4]float64
	seen       int  // the model version last drawn
	layoutDone bool // geo matches the canvas and the panel
	dirty      bool // the next Draw must paint
	dragPlane  bool // the pointer is moving the input point

	view      *play.View // what Draw shows, taken from the model in Update
	pics      pictures
	batch     batch        // this frame's anti-aliased shapes
	texts     []queuedText // this frame's text
	backdrops []play.Rect  // this frame's label backgrounds
	fonts     fonts
	capture   chan []byte // receives the next frame's PNG when a save is asked for
	stats     stats
}

// stats are the page's own timings, read by the test API.
type stats struct {
	frames        int     // frames Draw painted
	updates       int     // Update calls
	updateMS      float64 // last Update's duration
	applyMS       float64 // of it: applying intents (model changes, heatmap, meters)
	viewMS        float64 // of it: the input point's pass, losses and the selected unit's z
	picsMS        float64 // of it: turning heatmaps into textures
	panelMS       float64 // of it: writing the model into the panel
	drawMS        float64 // last painted frame's Draw duration
	firstFrameMS  float64 // performance.now() when the first frame was painted
	lastFrameTime time.Time
}

func newGame() *Game {
	g := &Game{m: play.NewModel(), intents: make(chan any, 256), scale: 1}
	g.panel = newPanel(g.send)
	g.fonts = newFonts()
	on(js.Global(), "resize", func(js.Value) { g.send(relayout{}) })
	onKeys(g.send)
	onPointer(g.send)
	return g
}

// send queues an intent for the next Update. DOM callbacks call it from their own
// goroutine; when the queue is full the oldest input is already stale, so it drops.
func (g *Game) send(v any) {
	select {
	case g.intents <- v:
	default:
	}
}

// relayout asks Update to measure the panel and place everything again.
type relayout struct{}

// exportPNG asks for the selected unit's activation figure; saveCanvas for a PNG of
// the canvas.
type (
	exportPNG  struct{}
	saveCanvas struct{}
)

func (g *Game) Update() error {
	start := time.Now()
	g.stats.updates++
	for done := false; !done; {
		select {
		case v := <-g.intents:
			g.handle(v)
		default:
			done = true
		}
	}
	g.stats.applyMS = msSince(start)
	if !g.layoutDone {
		g.place()
	}
	if g.m.Version() != g.seen {
		t := time.Now()
		g.view = g.m.View()
		g.stats.viewMS = msSince(t)
		t = time.Now()
		g.pics.refresh(g.m)
		g.stats.picsMS = msSince(t)
		t = time.Now()
		g.panel.sync(g.m)
		g.stats.panelMS = msSince(t)
		g.seen = g.m.Version()
		g.dirty = true
	}
	g.stats.updateMS = msSince(start)
	return nil
}

// handle carries out one intent.
func (g *Game) handle(v any) {
	switch v := v.(type) {
	case play.Command:
		err := g.m.Apply(v)
		if row := g.panel.rowFor(v); row != nil {
			if err != nil {
				row.showError(err.Error())
			} else {
				row.clearError()
			}
		} else if err != nil {
			setText(g.panel.status, err.Error())
		}
	case setInputAxis:
		in := g.m.Input
		in[v.axis] = v.value
		if err := g.m.Apply(play.SetInput{X1: in[0], X2: in[1]}); err != nil {
			g.panel.input[v.axis].showError(err.Error())
		}
	case pointerEvent:
		g.pointer(v)
	case relayout:
		g.layoutDone = false
	case exportPNG:
		g.exportActivation()
	case saveCanvas:
		g.capture = make(chan []byte, 1)
		g.dirty = true
		go g.deliverCapture(g.capture)
	case apiCall:
		v.run(g)
	}
}

// place measures the panel and lays the canvas out in the free area beside it.
func (g *Game) place() {
	x, y, w, h := g.panel.bounds()
	g.panelRect = [4]float64{x, y, w, h}
	s := g.scale
	cw, ch := float64(g.w)/s, float64(g.h)/s
	area := play.Rect{W: cw, H: ch}
	switch {
	case w > 0 && x > cw/3: // panel on the right
		area.W = x
	case w > 0 && y > ch/3: // panel at the bottom
		area.H = y
	case w > 0 && x+w < cw*2/3: // panel on the left
		area.X, area.W = x+w, cw-(x+w)
	}
	area = play.Rect{X: area.X * s, Y: area.Y * s, W: area.W * s, H: area.H * s}
	g.geo = play.Layout(g.m.Sizes(), area, s)
	g.layoutDone = true
	g.dirty = true
}

// pointerEvent is a press, move or release on the canvas, in CSS pixels. DOM pointer
// events stand for mouse, touch and pen alike, and as queued intents a press and its
// release in the same frame are both seen.
type pointerEvent struct {
	kind string // "pointerdown", "pointermove" or "pointerup"
	x, y float64
}

// onPointer sends the canvas's pointer events as intents.
func onPointer(send func(any)) {
	for _, kind := range []string{"pointerdown", "pointermove", "pointerup", "pointercancel"} {
		kind := kind
		on(document, kind, func(e js.Value) {
			if e.Get("target").Get("tagName").String() != "CANVAS" {
				return
			}
			r := e.Get("target").Call("getBoundingClientRect")
			send(pointerEvent{kind: kind, x: e.Get("clientX").Float() - r.Get("left").Float(), y: e.Get("clientY").Float() - r.Get("top").Float()})
		})
	}
}

// pointer carries out a pointer event: a press on a unit selects it; a press on the
// plane moves the input point there and keeps moving it while dragged.
func (g *Game) pointer(e pointerEvent) {
	x, y := e.x*g.scale, e.y*g.scale
	switch e.kind {
	case "pointerdown":
		if u, ok := g.geo.UnitAt(x, y); ok && u.Level > 0 {
			g.handle(play.Select{Unit: u})
			return
		}
		if x1, x2, ok := g.geo.PlaneAt(x, y); ok {
			g.dragPlane = true
			g.handle(play.SetInput{X1: x1, X2: x2})
		}
	case "pointermove":
		if !g.dragPlane {
			return
		}
		r := g.geo.Plane
		x = math.Max(r.X, math.Min(r.X+r.W-1, x))
		y = math.Max(r.Y, math.Min(r.Y+r.H-1, y))
		if x1, x2, ok := g.geo.PlaneAt(x, y); ok {
			g.handle(play.SetInput{X1: x1, X2: x2})
		}
	default:
		g.dragPlane = false
	}
}

func (g *Game) Draw(screen *ebiten.Image) {
	if !g.dirty {
		return // the screen keeps the last frame: an idle page paints nothing
	}
	start := time.Now()
	g.paint(screen)
	g.dirty = false
	g.stats.frames++
	if g.stats.frames == 1 {
		g.stats.firstFrameMS = js.Global().Get("performance").Call("now").Float()
		js.Global().Get("document").Get("body").Get("classList").Call("add", "ready")
	}
	if g.capture != nil {
		g.capture <- encodeScreen(screen)
		g.capture = nil
	}
	g.stats.drawMS = msSince(start)
	g.stats.lastFrameTime = time.Now()
}

// Layout makes the canvas as many pixels as the screen has: CSS size times the device
// scale, so lines and text are sharp on high-density displays.
func (g *Game) Layout(outsideWidth, outsideHeight int) (int, int) {
	s := ebiten.Monitor().DeviceScaleFactor()
	if s <= 0 {
		s = 1
	}
	w, h := int(float64(outsideWidth)*s), int(float64(outsideHeight)*s)
	if w != g.w || h != g.h || s != g.scale {
		g.w, g.h, g.scale = w, h, s
		g.layoutDone = false
		if s != g.fonts.scale {
			g.fonts = newFontsAt(s)
		}
	}
	return w, h
}

func msSince(t time.Time) float64 { return float64(time.Since(t).Microseconds()) / 1000 }
