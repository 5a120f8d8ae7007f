//go:build js && wasm

package main

import (
	"fmt"
	"runtime/debug"
	"sync"
	"syscall/js"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"nnplay/wasm/play"
	"nnplay/wasm/play/kage"
)

// Game is the ebiten game: Update applies intents to the model and builds the scene,
// Draw and DrawFinalScreen paint the scene and change nothing.
type Game struct {
	// mu guards the model. Update, Draw and the training loop each hold it for the
	// whole of their work; in the browser's single thread it is never contended, and
	// it keeps the rule "one piece of code at a time changes the model" explicit.
	mu      sync.Mutex
	m       *play.Session
	intents chan any
	loop    play.Loop // trains at every speed: in Update, between frames or in the worker
	panel   *panel
	pointer play.Pointer

	screen play.Screen
	scene  play.Scene
	canvas *canvas
	clock  play.Clock // for moving pulses
	seen   int        // the model version the scene shows
	heat   int        // the heatmap generation the pictures show
	dirty  bool       // the next Draw must paint
	fresh  bool       // Draw readied a frame: DrawFinalScreen counts it
	// capture receives the next frame's pixels when a save is asked for.
	capture chan []byte
	tel     play.Telemetry
	failed  bool // a frame failed: the status line says so until a good command
}

func newGame() *Game {
	s := deviceScale()
	g := &Game{m: play.NewSession(), intents: make(chan any, 256),
		screen: play.Screen{Scale: s}}
	// boot.js set <html lang> before the program started: the canvas draws its glyphs
	// (play.NewFontsIn) and the panel speaks it from the first frame.
	lang := play.BrowserLang(document.Get("documentElement").Get("lang").String())
	g.canvas = newCanvas(s, lang)
	g.m.SetStage(&g.canvas.pics)
	g.panel = newPanel(g.send, lang)
	on(js.Global(), "resize", func(js.Value) { g.send(relayout{}) })
	onKeys(g.send)
	onPointer(g.send)
	worker := js.Global().Get("nnplayBoot").Call("startWorker", js.FuncOf(g.fromWorker))
	post := func(b []byte) {
		msg := js.Global().Get("Uint8Array").New(len(b))
		js.CopyBytesToJS(msg, b)
		worker.Invoke(msg)
	}
	g.loop = play.Loop{Lock: &g.mu, M: g.m, Tel: &g.tel, Post: post, Survive: g.survive,
		Spare: make(play.Spare, 2)}
	go g.loop.Run()
	return g
}

// send queues an intent for the next Update. DOM callbacks call it from their own
// goroutine; when the queue is full the oldest input is already stale, so it drops.
func (g *Game) send(v any) { g.offer(v) }

// offer is send, reporting whether the intent was queued.
func (g *Game) offer(v any) bool {
	select {
	case g.intents <- v:
		return true
	default:
		return false
	}
}

// Intents of the page besides play's commands.
type (
	// relayout asks Update to measure the panel and place everything again.
	relayout struct{}
	// exportPNG asks for the selected unit's activation figure.
	exportPNG struct{}
	// saveCanvas asks for a PNG of the canvas.
	saveCanvas struct{}
	// workerSaid is what the training worker said (web/bootworker.js): "ready", "failed",
	// or a frame.
	workerSaid struct {
		word  string
		frame []byte
	}
)

// fromWorker hears the training worker.
func (g *Game) fromWorker(_ js.Value, args []js.Value) any {
	said := workerSaid{word: args[0].String()}
	if args[0].Type() != js.TypeString { // a frame: read into a spare buffer
		said.frame = g.loop.Spare.Take(args[0].Length())
		js.CopyBytesToGo(said.frame, args[0])
	}
	// Neither drops as stale input does: a lost word or frame would stall the worker,
	// which sends the next frame only when this one is taken.
	go func() { g.intents <- said }()
	return nil
}

// Update applies the intents queued since the last frame, moves the Step animation
// and slow training on, and builds the scene Draw shows. It is the only place that
// changes the model, besides the training loop between frames.
func (g *Game) Update() error {
	g.mu.Lock()
	defer g.mu.Unlock()
	defer g.survive("Update")
	start := time.Now()
	tel := &g.tel
	tel.Begin()
	for done := false; !done; {
		select {
		case v := <-g.intents:
			g.handle(v)
		default:
			done = true
		}
	}
	if l := play.Language(); !g.canvas.fonts.Speaks(l) { // switched: rasterise its glyphs
		g.canvas.setFonts(g.canvas.fonts.Scale, l)
		g.dirty = true
	}
	tel.ApplyMS = play.MSSince(start)
	g.fit()
	g.m.AdvanceAnim(g.clock.Frame(start))
	t := time.Now()
	if err := g.loop.Frame(start); err != nil { // a worker's frame unread: a bug
		js.Global().Get("console").Call("error", err.Error())
	}
	tel.TrainMS = play.MSSince(t)
	if g.m.Version() != g.seen {
		g.changed()
	}
	if tel.Meter.Due(start) {
		g.panel.syncControls(g.m, tel.Meter.FPS, tel.Meter.EPS)
	}
	if g.m.Playing || g.m.Anim.Playing() {
		g.dirty = true // pulses move every frame
	}
	if g.dirty {
		t = time.Now()
		g.scene.Build(g.m, g.screen.Geo, g.canvas.fonts, g.clock.Seconds)
		tel.SceneMS = play.MSSince(t)
		g.panel.overlay(&g.scene, g.m)
	}
	tel.Updated(play.MSSince(start), g.m.SweepSpent())
	return nil
}

// changed brings the layout, the view, the pictures and the panel up to a new version
// of the model.
func (g *Game) changed() {
	tel := &g.tel
	g.fit() // the network or its features may have changed
	t := time.Now()
	g.m.View()
	tel.ViewMS = play.MSSince(t)
	if g.m.HeatGen() != g.heat {
		t = time.Now()
		g.canvas.pics.Refresh(g.m)
		g.heat = g.m.HeatGen()
		tel.Pictured(play.MSSince(t))
	}
	t = time.Now()
	g.panel.sync(g.m)
	tel.PanelMS = play.MSSince(t)
	if !g.m.Playing {
		g.panel.showLink(g.m.Share.Base, g.m.Link())
	}
	g.seen = g.m.Version()
	g.dirty = true
}

// handle carries out one intent.
func (g *Game) handle(v any) {
	switch v := v.(type) {
	case play.Command:
		err := g.m.Apply(v)
		g.panel.report(v, err)
		if kind := g.m.PendingExport(); kind != "" {
			g.export(kind)
		}
		if _, hover := v.(play.SetHover); !hover {
			g.recovered(err)
		}
	case pointerEvent: // read against the layout of this frame's commands
		g.fit()
		if c := g.screen.Point(&g.pointer, g.m, v.kind, v.x, v.y); c != nil {
			g.handle(c)
		}
	case relayout:
		g.screen.Placed = false
	case exportPNG:
		g.exportActivation()
	case saveCanvas:
		g.capture = make(chan []byte, 1)
		g.dirty = true
		go g.deliverCapture(g.capture, g.screen.Geo.Area)
	case apiCall:
		g.recovered(v.run(g))
	case workerSaid: // a frame is taken after the frame's commands (play.Loop.Hear)
		g.loop.Hear(v.word, v.frame)
	}
}

// recovered clears the status line's report of a failed frame once a command or call
// has gone through: the page works again.
func (g *Game) recovered(err error) {
	if g.failed && err == nil {
		g.panel.say(nil)
		g.failed = false
	}
}

// prepare applies the page's starting intents and writes and lays out the panel while
// the GPU process is still busy starting (main), not after ebiten's WebGL set-up.
func (g *Game) prepare() {
	g.mu.Lock()
	defer g.mu.Unlock()
	defer g.survive("prepare")
	for len(g.intents) > 0 {
		g.handle(<-g.intents)
	}
	g.m.View()
	g.panel.sync(g.m)
	g.panel.bounds() // lays the panel out
}

// fit lays the canvas out again, in the free area beside the panel, where its layout is
// not the model's (play.Screen.Fit).
func (g *Game) fit() {
	if g.screen.Fit(g.m, g.panel.bounds) {
		g.dirty = true
	}
}

// Draw readies a frame when the scene changed since the last one: DrawFinalScreen paints
// it. It only reads.
func (g *Game) Draw(screen *ebiten.Image) {
	g.mu.Lock()
	defer g.mu.Unlock()
	defer g.survive("Draw")
	if !g.dirty {
		return // ebiten shows no new frame: an idle page paints nothing
	}
	// ebiten shows a frame only when its screen image changed: a dot marks it. The scene
	// goes straight on the canvas, except for a capture, which reads this image.
	screen.DrawImage(whitePixel, nil)
	g.dirty, g.fresh = false, true
	if g.capture != nil {
		g.canvas.batch.Canvas = painter{canvas: g.canvas, dst: screen}
		g.scene.Paint(&g.canvas.batch)
		g.capture <- readPixels(screen)
		g.capture = nil
	}
}

// DrawFinalScreen paints the scene on the canvas in each frame ebiten shows, where its
// own would copy its screen image there: a pass over every canvas pixel. ebiten clears
// the canvas first, and shows a frame three more times after the last change; only the
// frames Draw readied count.
func (g *Game) DrawFinalScreen(screen ebiten.FinalScreen, _ *ebiten.Image, _ ebiten.GeoM) {
	g.mu.Lock()
	defer g.mu.Unlock()
	defer g.survive("DrawFinalScreen")
	start, fresh := time.Now(), g.fresh
	g.canvas.batch.Canvas = painter{canvas: g.canvas, dst: screen, screen: true}
	g.scene.Paint(&g.canvas.batch)
	g.fresh = false
	if !fresh {
		return
	}
	if g.tel.Frames == 0 {
		// Not sooner: SwiftShader would link it before the page shows. Without it (the copy
		// of ebiten compiles it: cmd/ebitenpatch), the lines stay feathered.
		g.canvas.meshes.lines, _ = ebiten.NewShader([]byte(kage.Line)) // nil where it fails
		mark("first-frame")
		g.tel.FirstFrameMS = js.Global().Get("performance").Call("now").Float()
		js.Global().Get("document").Get("body").Get("classList").Call("add", "ready")
	}
	g.tel.Drawn(play.MSSince(start), g.canvas.meshes.lines != nil)
}

// Layout makes the canvas as many pixels as the screen has (play.Screen.Resize), with
// its text rasterised for the device scale.
func (g *Game) Layout(outsideWidth, outsideHeight int) (int, int) {
	s := deviceScale()
	if s != g.canvas.fonts.Scale {
		g.canvas.setFonts(s, g.canvas.fonts.Lang)
	}
	return g.screen.Resize(outsideWidth, outsideHeight, s)
}

// deviceScale is the screen's device pixels per CSS pixel.
func deviceScale() float64 { return play.DeviceScale(ebiten.Monitor().DeviceScaleFactor()) }

// survive turns a panic into a message on the page and in the console, so that a bug
// in one frame neither freezes the page nor goes unnoticed by the tests.
func (g *Game) survive(where string) {
	if r := recover(); r != nil {
		msg := fmt.Sprintf("nnplay: internal error in %s: %v", where, r)
		js.Global().Get("console").Call("error", msg+"\n"+string(debug.Stack()))
		g.panel.say(play.InternalError.With(msg))
		g.m.Playing = false
		g.failed = true
	}
}
