package play

import (
	"image/color"
	"slices"
	"testing"
)

// ebitenBuffers is a Canvas that hands each call over as the page's canvas does, padded
// to its Room, and counts the times ebiten's buffers would be made anew: ebiten keeps
// one for the vertices and one for the indices of the image drawn on, and makes each
// again at exactly a call's size when the call outgrows it.
type ebitenBuffers struct {
	room           Room
	vertices, idx  int
	grown, biggest int
}

func (e *ebitenBuffers) draw(m *Mesh) {
	m.Parts(func(call []Vertex, callIs []uint16) {
		vs, is := e.room.Pad(call, callIs)
		nv, ni := len(vs), len(is)
		if nv < len(call) || ni < len(callIs) || ni%3 != 0 ||
			!slices.Equal(vs[:len(call)], call) || !slices.Equal(is[:len(callIs)], callIs) {
			panic("a call handed over short, changed or in part triangles")
		}
		for _, k := range is[len(callIs):] {
			if k != 0 { // the padding's triangles: empty, on vertex 0
				panic("a padding triangle draws")
			}
		}
		if nv > e.vertices || ni > e.idx {
			e.grown++
		}
		e.vertices, e.idx = max(e.vertices, nv), max(e.idx, ni)
		e.biggest = max(e.biggest, len(call))
	})
}

func (e *ebitenBuffers) Clear(color.RGBA)             {}
func (e *ebitenBuffers) DrawFlat(m *Mesh)             { e.draw(m) }
func (e *ebitenBuffers) DrawSmooth(m *Mesh)           { e.draw(m) }
func (e *ebitenBuffers) DrawSprites(m *Mesh)          { e.draw(m) }
func (e *ebitenBuffers) DrawText(m *Mesh, _ FontSize) { e.draw(m) }
func (e *ebitenBuffers) Disc(Dot)                     {}
func (e *ebitenBuffers) Points(*PlaneView)            {}

// TestSlowPlayRarelyOutgrowsBuffers plays Net B and the deep stack at one sample per
// frame, whose pulses change size every frame, and at one epoch per frame, whose loss
// curve grows, painting every frame at 1280x800: after the first 20 frames, ebiten's
// buffers are made anew at most twice in 280 frames. Each call handed over at its own
// size made them anew 279 times at one epoch per frame and 5 at one sample per frame
// (the deep stack; up to 2 MB each: 127 and 153 KB of garbage a frame in bench-page).
func TestSlowPlayRarelyOutgrowsBuffers(t *testing.T) {
	fonts, err := NewFonts(1)
	if err != nil {
		t.Fatal(err)
	}
	for _, preset := range []int{1, 2} {
		for _, speed := range []Speed{SpeedSample, SpeedEpoch} {
			p := newSlowPlay(t, preset, speed)
			geo := pageGeometry(p.m, windows[0])
			var s Scene
			var gpu ebitenBuffers
			b := Batcher{Canvas: &gpu, Pics: p.pics, Fonts: fonts}
			grown := 0
			for f := range 300 {
				p.frame()
				p.m.View()
				s.Build(p.m, geo, fonts, float64(f)/60)
				s.Paint(&b)
				if f == 20 {
					grown = gpu.grown
				}
			}
			if n := gpu.grown - grown; n > 2 {
				t.Errorf("preset %d at %v: ebiten's buffers were made anew %d times in 280 "+
					"frames (the largest call %d vertices)", preset, speed, n, gpu.biggest)
			}
		}
	}
}
