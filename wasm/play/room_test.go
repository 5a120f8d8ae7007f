package play

import (
	"image/color"
	"testing"

	"nnplay/cmd/ebitenpatch/grow"
	"nnplay/wasm/play/remote"
)

// ebitenBuffers is a Canvas that hands each call over as the page's canvas does, at its
// own size, to the scratch buffers of the copy of ebiten the page is built with: one for
// the vertices and one for the indices of the image drawn on, sized by package grow
// (cmd/ebitenpatch). It counts the times they are made anew.
type ebitenBuffers struct {
	vertices []struct{} // as many as ebiten's floats (12 a vertex)
	indices  []struct{}
	grown    int
	biggest  int
}

func (e *ebitenBuffers) draw(m *Mesh) {
	m.Parts(func(vs []Vertex, is []uint16) {
		nv, ni := cap(e.vertices), cap(e.indices)
		e.vertices = grow.Slice(e.vertices, 12*len(vs))
		e.indices = grow.Slice(e.indices, len(is))
		if cap(e.vertices) != nv || cap(e.indices) != ni {
			e.grown++
		}
		e.biggest = max(e.biggest, len(vs))
	})
}

func (e *ebitenBuffers) Clear(color.RGBA)             {}
func (e *ebitenBuffers) DrawFlat(m *Mesh)             { e.draw(m) }
func (e *ebitenBuffers) DrawSmooth(m *Mesh)           { e.draw(m) }
func (e *ebitenBuffers) DrawLines(m *Mesh)            { e.draw(m) }
func (e *ebitenBuffers) Shades() bool                 { return true }
func (e *ebitenBuffers) DrawSprites(m *Mesh)          { e.draw(m) }
func (e *ebitenBuffers) DrawText(m *Mesh, _ FontSize) { e.draw(m) }
func (e *ebitenBuffers) Disc(Dot)                     {}
func (e *ebitenBuffers) Points(*PlaneView)            {}

// TestSlowPlayRarelyOutgrowsBuffers plays Net B and the deep stack at one sample per
// frame, whose pulses change size every frame, and at one epoch per frame, whose loss
// curve grows, painting every frame at 1280x800: after the first 20 frames, ebiten's
// buffers are made anew at most twice in 140 frames. Sized as ebiten 2.8.8 sizes them,
// at exactly a call's size, they were made anew in 139 of the 140 frames at one epoch
// per frame (up to 2 MB each: 127 and 153 KB of garbage a frame in bench-page). The
// worker sweeps no heatmaps here: the pictures are a quad each whatever they show, and
// the sweeps were most of the test's time.
func TestSlowPlayRarelyOutgrowsBuffers(t *testing.T) {
	fonts, err := NewFonts(1)
	if err != nil {
		t.Fatal(err)
	}
	sweep := remote.EncodeSweep(nil, NewSession().job(0))[0]
	for _, preset := range []int{1, 2} {
		for _, speed := range []Speed{SpeedSample, SpeedEpoch} {
			p := newSlowPlay(t, preset, speed)
			p.loop.Post = func(b []byte) {
				if b[0] != sweep {
					p.post(b)
				}
			}
			geo := pageGeometry(p.m, windows[0])
			var s Scene
			var gpu ebitenBuffers
			b := Batcher{Canvas: &gpu, Pics: p.pics, Fonts: fonts}
			grown := 0
			for f := range 160 {
				p.frame()
				p.m.View()
				s.Build(p.m, geo, fonts, float64(f)/60)
				s.Paint(&b)
				if f == 20 {
					grown = gpu.grown
				}
			}
			if n := gpu.grown - grown; n > 2 {
				t.Errorf("preset %d at %v: ebiten's buffers were made anew %d times in 140 "+
					"frames (the largest call %d vertices)", preset, speed, n, gpu.biggest)
			}
		}
	}
}
