package play

import (
	"testing"
	"time"
)

// benchNets are the page benchmark's three networks: Playground's default (Net A), Net B
// (2-8x6-1 ReLU) and the deep sigmoid stack (2-8x8-1), by their preset index.
var benchNets = []struct {
	name   string
	preset int
}{{"net-a", 0}, {"net-b", 1}, {"deep", 2}}

// BenchmarkRefresh measures one whole refresh of what Play recomputes ten times a
// second: the heatmap sweep, the meters and the pictures of the sheet.
func BenchmarkRefresh(b *testing.B) {
	for _, c := range benchNets {
		m := NewSession()
		m.Apply(UsePreset{Index: c.preset})
		var pics Pictures
		pics.Refresh(m)
		b.Run(c.name+"/sweep", func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				m.Heat().Run(m.Net)
			}
		})
		b.Run(c.name+"/meters", func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				m.diagnoser.Run(m.Net, m.XTrain, m.TTrain, m.Loss)
			}
		})
		b.Run(c.name+"/pictures", func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				pics.Refresh(m)
			}
		})
		b.Run(c.name+"/view", func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				m.gen++
				m.View()
			}
		})
	}
}

// BenchmarkTick measures one frame of Play's work in Update at each slow speed, sixty
// frames a second on the frame's clock (which leaves a frame no time to spare for a
// refresh under way: it does one step of it), with the most one frame took.
func BenchmarkTick(b *testing.B) {
	for _, c := range benchNets {
		for _, sp := range []Speed{SpeedSample, SpeedBatch, SpeedEpoch} {
			b.Run(c.name+"/"+sp.String(), func(b *testing.B) {
				m := NewSession()
				m.Apply(UsePreset{Index: c.preset})
				m.Apply(SetLR{LR: 0.01})
				m.Apply(SetSpeed{Speed: sp})
				m.Apply(Play{On: true})
				now := time.Unix(0, 0)
				for range 60 { // warm up a second: a refresh's buffers are made once
					now = now.Add(time.Second / 60)
					m.Tick(now, 0)
				}
				b.ReportAllocs()
				b.ResetTimer()
				var most time.Duration
				for i := 0; i < b.N && m.Playing; i++ {
					now = now.Add(time.Second / 60)
					t0 := time.Now()
					m.Tick(now, 0)
					m.View()
					most = max(most, time.Since(t0))
				}
				b.ReportMetric(float64(most.Microseconds()), "max-µs/frame")
			})
		}
	}
}
