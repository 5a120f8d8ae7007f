package play

import (
	"testing"
	"time"

	"nnplay/core"
	"nnplay/wasm/play/remote"
	"nnplay/wasm/play/sheet"
)

// BenchmarkWorker measures the worker's parts for Net A, Net B and the deep sigmoid
// stack: an epoch of training, from the start (the loss curve takes a point each
// epoch) and late (after 3,000 epochs: one in 16), beside core's bare epoch; a frame
// with the pictures and meters, computed and encoded, and that frame's parts; and the
// page's reading and adopting of that frame.
func BenchmarkWorker(b *testing.B) {
	for _, c := range []struct {
		name   string
		preset int
	}{{"net-a", 0}, {"net-b", 1}, {"deep", 2}} {
		m := NewSession()
		m.Apply(UsePreset{Index: c.preset})
		fastInWorker(m)
		job := m.ToWorker(time.Now())
		var w, late remote.Worker
		if err := w.Put(job); err != nil {
			b.Fatal(err)
		}
		frame := w.Run(0)
		b.Run(c.name+"/epoch", func(b *testing.B) {
			b.ReportAllocs()
			for range b.N {
				w.Run(0)
			}
		})
		b.Run(c.name+"/epoch-late", func(b *testing.B) {
			if !late.Running() {
				if err := late.Put(job); err != nil {
					b.Fatal(err)
				}
				for range 3000 {
					late.Run(0)
				}
			}
			for range b.N {
				late.Run(0)
			}
		})
		tr := &core.Trainer{Net: m.Net.Clone(), Loss: m.Loss, BatchSize: m.BatchSize,
			X: m.XTrain, T: m.TTrain}
		tr.Opt = core.NewSGD(tr.Net.Parameters(), m.LR)
		tr.Opt.L1, tr.Opt.L2 = m.Trainer.Opt.L1, m.Trainer.Opt.L2
		b.Run(c.name+"/bare-epoch", func(b *testing.B) { // core's, without the worker's loop
			for range b.N {
				if err := tr.Advance(len(tr.X)); err != nil {
					b.Fatal(err)
				}
			}
		})
		ack := remote.EncodeAck(nil, m.remote.version, true, false, 16)
		b.Run(c.name+"/heat-frame", func(b *testing.B) {
			b.ReportAllocs()
			for range b.N {
				w.Put(ack)
				frame = w.Run(0)
			}
			b.SetBytes(int64(len(frame)))
		})
		// The heat frame's parts: the sweep, the meters, and the encoding of the frame.
		heat := core.NewHeatmap(m.Heat().N, m.Heat().Min, m.Heat().Max, m.Features)
		heat.Run(m.Net) // the sweep below may be left out (-bench)
		b.Run(c.name+"/sweep", func(b *testing.B) {
			for range b.N {
				heat.Run(m.Net)
			}
		})
		var d core.Diagnoser
		b.Run(c.name+"/meters", func(b *testing.B) {
			for range b.N {
				d.Run(m.Net, m.XTrain, m.TTrain, m.Loss)
			}
		})
		var pics sheet.Sheet
		pics.Layout(m.Sizes(), heat.N)
		var buf []byte
		b.Run(c.name+"/pictures", func(b *testing.B) {
			for range b.N {
				buf = pics.All(heat, false, buf[:0])
			}
		})
		f := remote.Frame{HasHeat: true, Pix: pics.All(heat, false, nil), Diag: *d.Run(m.Net,
			m.XTrain, m.TTrain, m.Loss)}
		for _, p := range m.Net.Parameters() {
			f.Params, f.Grads = append(f.Params, p.Value), append(f.Grads, p.Grad)
		}
		var out []byte
		b.Run(c.name+"/encode", func(b *testing.B) {
			for range b.N {
				out = remote.EncodeFrame(&f, out)
			}
			b.SetBytes(int64(len(out)))
		})
		b.Run(c.name+"/adopt", func(b *testing.B) {
			b.ReportAllocs()
			for range b.N {
				m.remote.gen = m.gen
				if _, err := m.FromWorker(frame); err != nil {
					b.Fatal(err)
				}
			}
			b.SetBytes(int64(len(frame)))
		})
	}
}
