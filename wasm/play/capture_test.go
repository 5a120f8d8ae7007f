package play

import (
	"bytes"
	"image"
	"image/png"
	"math/rand"
	"testing"
)

// TestCanvasPNGIsTheImagePNGWouldWrite: the canvas's PNG decodes to the pixels image/png's
// own PNG of the same area decodes to, opaque or not, for areas anywhere on the canvas.
func TestCanvasPNGIsTheImagePNGWouldWrite(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	const w, h = 61, 37
	for _, c := range []struct {
		name   string
		opaque bool
		area   Rect
	}{
		{"opaque, whole", true, Rect{0, 0, w, h}},
		{"opaque, a corner", true, Rect{10.4, 3.6, 30, 20}},
		{"translucent, whole", false, Rect{0, 0, w, h}},
		{"translucent, one pixel", false, Rect{60, 36, 1, 1}},
	} {
		pix := make([]byte, 4*w*h)
		for i := 0; i < len(pix); i += 4 {
			// Premultiplied, as the canvas's pixels are: no colour above its alpha.
			a := byte(255)
			if !c.opaque {
				a = byte(rng.Intn(256))
			}
			if rng.Intn(4) == 0 { // flat runs, as the canvas has
				copy(pix[i:i+4], pix[max(i-4, 0):max(i, 4)])
				continue
			}
			for k := range 3 {
				pix[i+k] = byte(rng.Intn(int(a) + 1))
			}
			pix[i+3] = a
		}
		file, gotW, gotH, err := CanvasPNG(pix, w, h, c.area)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		got, err := png.Decode(bytes.NewReader(file))
		if err != nil {
			t.Fatalf("%s: the PNG does not decode: %v", c.name, err)
		}
		full := &image.RGBA{Pix: pix, Stride: 4 * w, Rect: image.Rect(0, 0, w, h)}
		sub := full.SubImage(image.Rect(int(c.area.X+0.5), int(c.area.Y+0.5),
			int(c.area.X+c.area.W+0.5), int(c.area.Y+c.area.H+0.5)))
		var ref bytes.Buffer
		if err := png.Encode(&ref, sub); err != nil {
			t.Fatal(err)
		}
		want, _ := png.Decode(&ref)
		if gotW != want.Bounds().Dx() || gotH != want.Bounds().Dy() ||
			got.Bounds().Size() != want.Bounds().Size() {
			t.Fatalf("%s: %dx%d (%v), want %v", c.name, gotW, gotH, got.Bounds(), want.Bounds())
		}
		if got.ColorModel() != want.ColorModel() {
			t.Errorf("%s: colour model %T, want %T", c.name, got.ColorModel(), want.ColorModel())
		}
		gb, wb := got.Bounds(), want.Bounds()
		for y := 0; y < gb.Dy(); y++ {
			for x := 0; x < gb.Dx(); x++ {
				g, wt := got.At(gb.Min.X+x, gb.Min.Y+y), want.At(wb.Min.X+x, wb.Min.Y+y)
				if g != wt {
					t.Fatalf("%s: pixel %d,%d is %v, want %v", c.name, x, y, g, wt)
				}
			}
		}
	}
	if _, _, _, err := CanvasPNG(make([]byte, 4), 1, 1, Rect{0, 0, 0, 0}); err == nil {
		t.Error("an empty area encoded")
	}
}
