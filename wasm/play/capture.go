package play

import (
	"bytes"
	"image"
	"image/png"
)

// CanvasPNG encodes as PNG the part of a canvas the learner sees: area (in canvas
// pixels; not the strip under the panel) of the w x h canvas whose RGBA pixels are pix.
// It returns the PNG and its size.
func CanvasPNG(pix []byte, w, h int, area Rect) (file []byte, width, height int, err error) {
	full := &image.RGBA{Pix: pix, Stride: 4 * w, Rect: image.Rect(0, 0, w, h)}
	seen := image.Rect(int(area.X+0.5), int(area.Y+0.5), int(area.X+area.W+0.5),
		int(area.Y+area.H+0.5))
	img := full.SubImage(seen)
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return nil, 0, 0, CanvasEncodeFailed.With(err.Error())
	}
	return buf.Bytes(), img.Bounds().Dx(), img.Bounds().Dy(), nil
}
