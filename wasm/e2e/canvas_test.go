package e2e

import (
	"bytes"
	"encoding/json"
	"image/png"
	"testing"

	"nnplay/wasm/play"
)

// TestCanvasCoversOnlyTheFreeArea checks that the canvas ends where the panel starts,
// beside it on a laptop and above it on a phone: a software renderer pays for every
// canvas pixel in every frame, those under the panel as well. (That its WebGL context
// has no multisampling cannot be seen here: the tests' Chromium turns it off for every
// page, testFlags.)
func TestCanvasCoversOnlyTheFreeArea(t *testing.T) {
	t.Parallel()
	p := reused(t, 1280, 800)
	for _, size := range [][2]int{{1280, 800}, {390, 844}} {
		w, h := size[0], size[1]
		p.resize(w, h, 1)
		var got struct {
			Canvas, Panel [4]float64 // left, top, right, bottom
			Pixels        [2]int
		}
		out := p.eval(`(() => {
			const c = document.querySelector('canvas'), box = e => { const r =
				e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom] };
			return JSON.stringify({Canvas: box(c), Panel: box(document.getElementById('panel')),
				Pixels: [c.width, c.height]})
		})()`)
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatal(err)
		}
		c, q := got.Canvas, got.Panel
		want := [4]float64{0, 0, q[0], float64(h)} // beside the panel
		if w < 761 {
			want = [4]float64{0, 0, float64(w), q[1]} // above it
		}
		for i := range c {
			if d := c[i] - want[i]; d < -1 || d > 1 {
				t.Errorf("%dx%d: the canvas is %v (left, top, right, bottom), want %v: "+
					"the area the panel (%v) leaves free", w, h, c, want, q)
				break
			}
		}
		if px := [2]int{int(c[2] - c[0] + 0.5), int(c[3] - c[1] + 0.5)}; got.Pixels != px {
			t.Errorf("%dx%d: the canvas has %v pixels for %v CSS pixels", w, h, got.Pixels, px)
		}
	}
	p.noProblems()
}

// TestCanvasShowsTheScenesBackground compares the saved canvas, which the page paints on
// the scene's background, with the page as the browser shows it, where the page leaves
// the canvas transparent under the scene and the canvas's CSS background shows through:
// wherever the saved canvas is play.Background, so is the page, within a unit, but for
// the panel's shadow and the page's few controls over the canvas.
func TestCanvasShowsTheScenesBackground(t *testing.T) {
	t.Parallel()
	p := reused(t, 1280, 800)
	p.eval(`document.getElementById('save-canvas').click()`)
	saved, err := png.Decode(bytes.NewReader(p.waitDownload("nnplay-canvas.png")))
	if err != nil {
		t.Fatal(err)
	}
	shot := p.screenshot("canvas-background")
	bg := play.Background
	near := func(a uint32, b uint8) bool { return absDiff(a>>8, uint32(b)) <= 1 }
	blank, wrong := 0, 0
	for y := range saved.Bounds().Dy() {
		for x := range saved.Bounds().Dx() - 16 { // the panel's shadow
			r, g, b, _ := saved.At(x, y).RGBA()
			if r>>8 != uint32(bg.R) || g>>8 != uint32(bg.G) || b>>8 != uint32(bg.B) {
				continue
			}
			blank++
			if r, g, b, _ := shot.At(x, y).RGBA(); !near(r, bg.R) || !near(g, bg.G) ||
				!near(b, bg.B) {
				wrong++
			}
		}
	}
	if blank < 100_000 || wrong > blank/100 {
		t.Errorf("of the %d pixels of the saved canvas that are the background %v, %d are "+
			"not on the page", blank, bg, wrong)
	}
	p.noProblems()
}
