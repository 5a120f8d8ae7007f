//go:build js && wasm

package main

import (
	"fmt"
	"math"
	"runtime/debug"
	"sync"
	"syscall/js"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"nnplay/wasm/play"
)

// Game is the ebiten game: Update applies intents and input to the model, Draw paints
// the model and changes nothing.
type Game struct {
	// mu guards the model. Update, Draw and the training loop each hold it for the
	// whole of their work; in the browser's single thread it is never contended, and
	// it keeps the rule "one piece of code at a time changes the model" explicit.
	mu      sync.Mutex
	wake    chan struct{} // starts the training loop
	m       *play.Model
	intents chan any
	panel   *panel

	scale      float64 // canvas pixels per CSS pixel
	w, h       int     // canvas size in canvas pixels
	geo        play.Geometry
	panelRect  [4]float64
	seen       int // the model version last drawn
	seenHeat   int // the heatmap generation last turned into textures
	lastUpdate time.Time
	shape      string // the network's level sizes the layout was made for
	layoutDone bool   // geo matches the canvas and the panel
	dirty      bool   // the next Draw must paint
	dragPlane  bool   // the pointer is moving the input point

	view      *play.View // what Draw shows, taken from the model in Update
	meter     meter
	clock     float64 // seconds since start, for moving pulses
	pics      pictures
	batch     batch        // this frame's anti-aliased shapes
	texts     []queuedText // this frame's text
	textVS    []ebiten.Vertex
	textIS    []uint16
	points    *ebiten.Image // the data points, drawn once per data set and layout
	pointsKey pointsKey
	backdrops []play.Rect // this frame's label backgrounds
	fonts     fonts
	capture   chan []byte // receives the next frame's PNG when a save is asked for
	stats     stats
}

// stats are the page's own timings, read by the test API.
type stats struct {
	frames       int     // frames Draw painted
	updates      int     // Update calls
	updateMS     float64 // last Update's duration
	trainMS      float64 // of it: training
	applyMS      float64 // of it: applying intents (model changes, heatmap, meters)
	viewMS       float64 // of it: the input point's pass, losses and the selected unit's z
	picsMS       float64 // of it: turning heatmaps into textures
	panelMS      float64 // of it: writing the model into the panel
	drawMS       float64 // last painted frame's Draw duration
	firstFrameMS float64 // performance.now() when the first frame was painted
	// Sums since the test API last read them, for averages per frame.
	sumUpdate, sumDraw, sumTrain, sumPics float64
	loopMS                                float64 // time the training loop worked, between frames
	nUpdates, nDraws                      int
}

func newGame() *Game {
	g := &Game{m: play.NewModel(), intents: make(chan any, 256), scale: 1, wake: make(chan struct{}, 1)}
	g.panel = newPanel(g.send)
	g.fonts = newFonts()
	on(js.Global(), "resize", func(js.Value) { g.send(relayout{}) })
	onKeys(g.send)
	onPointer(g.send)
	go g.trainLoop()
	return g
}

// trainSlice is how long the training loop works before it lets the browser render.
const trainSlice = 6 * time.Millisecond

// trainLoop trains between frames while Play runs as fast as possible. In a
// software-rendered browser a frame waits tens of milliseconds for the GPU process
// while the page's thread sits idle; the loop trains in slices of trainSlice in that
// time, computes the heatmaps ten times a second, and sleeps after each slice so that
// the browser renders and ebiten updates on time. Slower speeds train in Update, one
// sample, batch or epoch per frame, as they promise.
func (g *Game) trainLoop() {
	for {
		g.mu.Lock()
		active := g.m.Playing && g.m.Speed == play.SpeedMax
		if active {
			t := time.Now()
			g.meter.trained(g.m.TrainFor(trainSlice), len(g.m.Train))
			g.m.RefreshIfDue(time.Now())
			g.stats.loopMS += msSince(t)
		}
		g.mu.Unlock()
		if active {
			time.Sleep(time.Millisecond) // return to the browser: it renders, then calls us back
		} else {
			<-g.wake
		}
	}
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

// Update applies the intents queued since the last frame, moves the Step animation
// and slow training on, and prepares what Draw shows. It is the only place that changes
// the model, besides the training loop between frames.
func (g *Game) Update() error {
	g.mu.Lock()
	defer g.mu.Unlock()
	defer g.survive("Update")
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
	dt := 0.0
	if !g.lastUpdate.IsZero() {
		dt = start.Sub(g.lastUpdate).Seconds()
	}
	g.lastUpdate = start
	g.clock += dt
	g.m.AdvanceAnim(dt)
	t := time.Now()
	if g.m.Playing && g.m.Speed == play.SpeedMax {
		select { // the training loop does this speed, between frames
		case g.wake <- struct{}{}:
		default:
		}
	} else {
		g.meter.trained(g.m.Tick(start, 0), len(g.m.Train))
	}
	g.stats.trainMS = msSince(t)
	if g.m.Version() != g.seen {
		if sizes := fmt.Sprint(g.m.Sizes()); sizes != g.shape {
			g.shape = sizes // a preset changed the network: place it again
			g.place()
		}
		t = time.Now()
		g.view = g.m.View()
		g.stats.viewMS = msSince(t)
		if g.m.HeatGen() != g.seenHeat {
			t = time.Now()
			g.pics.refresh(g.m)
			g.seenHeat = g.m.HeatGen()
			g.stats.picsMS = msSince(t)
			g.stats.sumPics += g.stats.picsMS
		}
		t = time.Now()
		g.panel.sync(g.m)
		g.stats.panelMS = msSince(t)
		g.seen = g.m.Version()
		g.dirty = true
	}
	if g.meter.due(start) {
		g.panel.training.sync(g.m, g.meter.fps, g.meter.eps)
	}
	if g.m.Playing || g.m.Anim.Playing() {
		g.dirty = true // pulses move every frame
	}
	g.stats.updateMS = msSince(start)
	g.stats.sumUpdate += g.stats.updateMS
	g.stats.sumTrain += g.stats.trainMS
	g.stats.nUpdates++
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
	case togglePlay:
		g.handle(play.Play{On: !g.m.Playing})
	case key:
		switch v {
		case " ":
			g.handle(togglePlay{})
		case "ArrowRight":
			g.handle(play.StepPhase{})
		}
	case dataIntent:
		if err := g.m.Apply(play.SetData{Config: g.panel.training.dataConfig(g.m)}); err != nil {
			setText(g.panel.status, err.Error())
		}
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
			// A press on a training point picks exactly that point, for Step.
			if i := g.m.NearestTrain(); i >= 0 && len(g.m.Train) > 0 {
				p := g.m.Train[i]
				px, py := g.geo.PlanePoint(p.X1, p.X2)
				if math.Hypot(px-x, py-y) <= 6*g.scale {
					x1, x2 = p.X1, p.X2
				}
			}
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

// Draw paints the model when it changed since the last frame and leaves the screen as
// it was otherwise. It only reads.
func (g *Game) Draw(screen *ebiten.Image) {
	g.mu.Lock()
	defer g.mu.Unlock()
	defer g.survive("Draw")
	if !g.dirty {
		return // the screen keeps the last frame: an idle page paints nothing
	}
	start := time.Now()
	g.paint(screen)
	g.dirty = false
	g.stats.frames++
	g.meter.painted()
	if g.stats.frames == 1 {
		g.stats.firstFrameMS = js.Global().Get("performance").Call("now").Float()
		js.Global().Get("document").Get("body").Get("classList").Call("add", "ready")
	}
	if g.capture != nil {
		g.capture <- encodeScreen(screen)
		g.capture = nil
	}
	g.stats.drawMS = msSince(start)
	g.stats.sumDraw += g.stats.drawMS
	g.stats.nDraws++
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

// meter measures the frames painted and the epochs trained per second, over the last
// half second.
type meter struct {
	since    time.Time
	frames   int
	samples  float64
	fps, eps float64
}

func (m *meter) painted() { m.frames++ }

func (m *meter) trained(samples, perEpoch int) {
	if perEpoch > 0 {
		m.samples += float64(samples) / float64(perEpoch)
	}
}

// due reports whether half a second has passed, updating the rates when it has.
func (m *meter) due(now time.Time) bool {
	if m.since.IsZero() {
		m.since = now
		return true
	}
	d := now.Sub(m.since).Seconds()
	if d < 0.5 {
		return false
	}
	m.fps, m.eps = float64(m.frames)/d, m.samples/d
	m.frames, m.samples, m.since = 0, 0, now
	return true
}

// survive turns a panic into a message on the page and in the console, so that a bug
// in one frame neither freezes the page nor goes unnoticed by the tests.
func (g *Game) survive(where string) {
	if r := recover(); r != nil {
		msg := fmt.Sprintf("nnplay: internal error in %s: %v", where, r)
		js.Global().Get("console").Call("error", msg+"\n"+string(debug.Stack()))
		setText(g.panel.status, msg+". Reload the page; please report it.")
		g.m.Playing = false
	}
}
