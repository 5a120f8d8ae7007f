//go:build js && wasm

package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"image"
	"image/png"
	"syscall/js"

	"github.com/hajimehoshi/ebiten/v2"

	"nnplay/core"
	"nnplay/wasm/play"
)

// exportActivation asks the boot script to render the selected unit's activation with
// its marks (z at the input point, then at every training point) and download it. The
// plot module loads on the first export, so the page starts without its fonts.
func (g *Game) exportActivation() {
	u := g.m.Selected
	if u.Level == 0 {
		setText(g.panel.exportMsg, "Select a unit first.")
		return
	}
	act := g.m.Layer(u.Level - 1).Activation()
	data, err := core.MarshalActivation(act)
	if err != nil {
		setText(g.panel.exportMsg, err.Error())
		return
	}
	spec := play.ExportRequest{
		Activation: data,
		Marks:      g.view.SelectedZ,
		Highlight:  []float64{g.view.Trace.Layers[u.Level-1].Z[u.Index]},
		Title:      fmt.Sprintf("%s: %v; z at %d training points, large: at the input point", g.m.UnitName(u), act, len(g.view.SelectedZ)),
		Width:      800,
		Height:     600,
		File:       "activation-" + act.Name() + ".png",
	}
	b, _ := json.Marshal(spec)
	setText(g.panel.exportMsg, "Rendering "+spec.File+"…")
	js.Global().Get("nnplayBoot").Call("exportPlot", string(b))
}

// encodeScreen copies the canvas's pixels; the PNG is encoded off the frame.
func encodeScreen(screen *ebiten.Image) []byte {
	b := screen.Bounds()
	pix := make([]byte, 4*b.Dx()*b.Dy())
	screen.ReadPixels(pix)
	return pix
}

// deliverCapture waits for the next frame's pixels, encodes them as PNG and hands them
// to the boot script's download.
func (g *Game) deliverCapture(ch chan []byte) {
	pix := <-ch
	img := &image.RGBA{Pix: pix, Stride: 4 * g.w, Rect: image.Rect(0, 0, g.w, g.h)}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		setText(g.panel.exportMsg, "Could not encode the canvas: "+err.Error())
		return
	}
	arr := js.Global().Get("Uint8Array").New(buf.Len())
	js.CopyBytesToJS(arr, buf.Bytes())
	js.Global().Get("nnplayBoot").Call("download", "nnplay-canvas.png", arr, "image/png")
	setText(g.panel.exportMsg, fmt.Sprintf("Saved nnplay-canvas.png (%d×%d).", g.w, g.h))
}

func imageRect(x0, y0, x1, y1 int) image.Rectangle { return image.Rect(x0, y0, x1, y1) }
