package play

import "testing"

// BenchmarkScene measures building the scene of a frame: Playground's default network
// at rest, and Net B (2-8x6-1) during Play at one epoch per frame, whose edges show the
// gradient; the model's view is computed once, outside the loop, as Update does.
func BenchmarkScene(b *testing.B) {
	for _, c := range []struct {
		name  string
		setup func(m *Session)
	}{
		{"net-a-rest", func(*Session) {}},
		{"net-b-play", func(m *Session) {
			m.Apply(UsePreset{Index: 1})
			m.Apply(Play{On: true})
		}},
	} {
		b.Run(c.name, func(b *testing.B) {
			m := NewSession()
			c.setup(m)
			fonts, err := NewFonts(1)
			if err != nil {
				b.Fatal(err)
			}
			geo := Layout(m.Sizes(), Rect{W: 900, H: 800}, 1)
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
