//go:build js && wasm

package main

import (
	"encoding/json"
	"syscall/js"

	"github.com/hajimehoshi/ebiten/v2"

	"nnplay/wasm/play"
)

// exportActivation asks the boot script to render the selected unit's activation with
// its marks (z at the input point, then at every training point) and download it. The
// plot module loads on the first export, so the page starts without its fonts.
func (g *Game) exportActivation() {
	spec, err := play.Export(g.m)
	if err != nil {
		g.panel.sayExported("figure", err)
		return
	}
	b, _ := json.Marshal(spec)
	g.panel.sayExported("figure", play.ExportRendering.With(spec.File))
	js.Global().Get("nnplayBoot").Call("exportPlot", string(b))
}

// readPixels copies the canvas's pixels; the PNG is encoded off the frame.
func readPixels(screen *ebiten.Image) []byte {
	b := screen.Bounds()
	pix := make([]byte, 4*b.Dx()*b.Dy())
	screen.ReadPixels(pix)
	return pix
}

// deliverCapture waits for the next frame's pixels and hands the PNG of the canvas area
// the learner sees (area, in canvas pixels) to the boot script's download.
func (g *Game) deliverCapture(ch chan []byte, area play.Rect) {
	file, w, h, err := play.CanvasPNG(<-ch, g.screen.W, g.screen.H, area)
	say := func(err error) { // off the frame: the panel's lines are the Game's
		g.mu.Lock()
		defer g.mu.Unlock()
		g.panel.sayExported("canvas", err)
	}
	if err != nil {
		say(err)
		return
	}
	arr := js.Global().Get("Uint8Array").New(len(file))
	js.CopyBytesToJS(arr, file)
	const name = "nnplay-canvas.png"
	js.Global().Get("nnplayBoot").Call("download", name, arr, "image/png")
	say(play.CanvasSaved.With(name, w, h))
}
