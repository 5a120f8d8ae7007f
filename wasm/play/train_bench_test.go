package play

import (
	"testing"
	"time"
)

// BenchmarkTrainEpoch measures Play's training at one epoch per frame, without the
// heatmaps: Net A and Net B on circle, batch 10, each batch checked before the learner
// sees it (advance).
func BenchmarkTrainEpoch(b *testing.B) {
	for _, c := range []struct {
		name   string
		preset int
	}{{"net-a", 0}, {"net-b", 1}} {
		b.Run(c.name, func(b *testing.B) {
			m := NewSession()
			m.Apply(UsePreset{Index: c.preset})
			m.Apply(SetLR{LR: 0.01})
			m.Apply(SetSpeed{Speed: SpeedEpoch})
			m.Apply(Play{On: true})
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N && m.Playing; i++ {
				m.TrainFor(time.Millisecond)
			}
		})
	}
}
