package play

import (
	"image/color"
	"testing"
)

// sceneCases are the moments BenchmarkScene and BenchmarkPaint measure: Playground's
// default network (Net A) at rest, Net B (2-8x6-1) during Play at one epoch per frame,
// whose edges show the gradient, and Net B and the deep sigmoid stack in the middle of
// each Step phase, whose edges, pulses and labels move every frame.
var sceneCases = []struct {
	name  string
	setup func(m *Session)
}{
	{"net-a-rest", func(*Session) {}},
	{"net-b-play", func(m *Session) {
		m.Apply(UsePreset{Index: 1})
		m.Apply(Play{On: true})
	}},
	{"net-b-forward", stepAt(1, 1, 0.5)},
	{"net-b-loss", stepAt(1, 2, 0.5)},
	{"net-b-backward", stepAt(1, 3, 0.5)},
	{"net-b-update", stepAt(1, 4, 0.5)},
	{"deep-forward", stepAt(2, 1, 0.5)},
	{"deep-backward", stepAt(2, 3, 0.5)},
}

// stepAt returns a setup that picks preset p, selects a hidden unit, and presses Step
// presses times, the last phase played for part of its length.
func stepAt(p, presses int, part float64) func(m *Session) {
	return func(m *Session) {
		m.Apply(UsePreset{Index: p})
		m.Apply(Select{Unit: Unit{1, 0}})
		for k := 0; k < presses; k++ {
			m.Apply(StepPhase{})
			if k < presses-1 {
				m.AdvanceAnim(100)
			}
		}
		m.AdvanceAnim(part * phaseSecs)
	}
}

// benchSession returns a session set up by setup, its page layout at 1280x800 and its
// fonts.
func benchSession(b testing.TB, setup func(m *Session)) (*Session, Geometry, *Fonts) {
	m := NewSession()
	setup(m)
	fonts, err := NewFonts(1)
	if err != nil {
		b.Fatal(err)
	}
	return m, pageGeometry(m, windows[0]), fonts
}

// BenchmarkScene measures building the scene of a frame; the model's view is computed
// once, outside the loop, as Update does.
func BenchmarkScene(b *testing.B) {
	for _, c := range sceneCases {
		b.Run(c.name, func(b *testing.B) {
			m, geo, fonts := benchSession(b, c.setup)
			var s Scene
			s.Build(m, geo, fonts, 0)
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				s.Build(m, geo, fonts, float64(i)/60)
			}
		})
	}
}

// nullCanvas draws nothing: BenchmarkPaint measures the batching alone.
type nullCanvas struct{}

func (nullCanvas) Clear(color.RGBA)         {}
func (nullCanvas) DrawFlat(*Mesh)           {}
func (nullCanvas) DrawSmooth(*Mesh)         {}
func (nullCanvas) DrawLines(*Mesh)          {}
func (nullCanvas) Shades() bool             { return true }
func (nullCanvas) DrawSprites(*Mesh)        {}
func (nullCanvas) DrawText(*Mesh, FontSize) {}
func (nullCanvas) Disc(Dot)                 {}
func (nullCanvas) Points(*PlaneView)        {}

// BenchmarkPaint measures turning a built scene into the meshes of its draw calls, as
// Draw does every frame the scene changed; in steady state it allocates nothing.
func BenchmarkPaint(b *testing.B) {
	for _, c := range sceneCases {
		b.Run(c.name, func(b *testing.B) {
			m, geo, fonts := benchSession(b, c.setup)
			var s Scene
			s.Build(m, geo, fonts, 0)
			var pics Pictures
			pics.Refresh(m)
			bt := Batcher{Canvas: nullCanvas{}, Pics: &pics, Fonts: fonts}
			s.Paint(&bt)
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				s.Paint(&bt)
			}
		})
	}
}
