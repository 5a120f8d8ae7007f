//go:build js && wasm

package main

import (
	"bytes"
	"encoding/json"
	"image"
	"image/png"
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
		g.panel.exportMsg.show(err)
		return
	}
	b, _ := json.Marshal(spec)
	g.panel.exportMsg.show(play.ExportRendering.With(spec.File))
	js.Global().Get("nnplayBoot").Call("exportPlot", string(b))
}

// readPixels copies the canvas's pixels; the PNG is encoded off the frame.
func readPixels(screen *ebiten.Image) []byte {
	b := screen.Bounds()
	pix := make([]byte, 4*b.Dx()*b.Dy())
	screen.ReadPixels(pix)
	return pix
}

// deliverCapture waits for the next frame's pixels, encodes the canvas area the learner
// sees (area, in canvas pixels: not the strip under the panel) as PNG and hands it to
// the boot script's download.
func (g *Game) deliverCapture(ch chan []byte, area play.Rect) {
	pix := <-ch
	w, h := g.screen.w, g.screen.h
	full := &image.RGBA{Pix: pix, Stride: 4 * w, Rect: image.Rect(0, 0, w, h)}
	seen := image.Rect(int(area.X+0.5), int(area.Y+0.5), int(area.X+area.W+0.5),
		int(area.Y+area.H+0.5))
	img := full.SubImage(seen)
	w, h = img.Bounds().Dx(), img.Bounds().Dy()
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		g.panel.exportMsg.show(play.CanvasEncodeFailed.With(err.Error()))
		return
	}
	arr := js.Global().Get("Uint8Array").New(buf.Len())
	js.CopyBytesToJS(arr, buf.Bytes())
	const file = "nnplay-canvas.png"
	js.Global().Get("nnplayBoot").Call("download", file, arr, "image/png")
	g.panel.exportMsg.show(play.CanvasSaved.With(file, w, h))
}
