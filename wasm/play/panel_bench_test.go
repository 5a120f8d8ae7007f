package play

import "testing"

// BenchmarkPanelSync is the Go side of the panel's sync in a frame of Play, as
// wasm/panel.go does it: every section's fields, compared with the last ones
// (SameBuild), and what every control shows.
func BenchmarkPanelSync(b *testing.B) {
	m := NewSession()
	m.Apply(Select{Unit: Unit{Level: 1, Index: 0}})
	cs := Controls()
	var last [4][]Field
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		m.Net.Layers[0].Linear.Weight[0][0] = float64(i) // as training moves it
		for s, fs := range [4][]Field{LayerFields(m), UnitFields(m), InputFields(m),
			LessonFields(m)} {
			same := len(fs) == len(last[s])
			for j := 0; same && j < len(fs); j++ {
				same = SameBuild(fs[j], last[s][j])
			}
			last[s] = fs
		}
		for _, c := range cs {
			if c.Choices != nil {
				c.ChoicesHTML(m)
			}
			if c.Show != nil {
				c.Show(m)
			}
		}
	}
}
