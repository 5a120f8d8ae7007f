package core

import "testing"

// The reference workloads: one epoch of Playground's rule (250 samples, batch 10) and
// one 100 x 100 heatmap sweep over [-6, 6]^2, for Net A (2-4-2-1 tanh) and Net B
// (2-8x6-1 ReLU, tanh out). Run with -benchmem: every one allocates nothing.

func benchEpoch(b *testing.B, r reference) {
	tr := r.trainer()
	if err := tr.RunEpoch(); err != nil { // warm up: buffers allocated once
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := tr.RunEpoch(); err != nil {
			b.Fatal(err)
		}
	}
}

func benchHeatmap(b *testing.B, r reference) {
	h := NewHeatmap(100, -6, 6, []Feature{X1, X2})
	h.Run(r.net)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		h.Run(r.net)
	}
}

// deepStack puts the page's deep sigmoid stack (2-8x8-1, sigmoid hidden, tanh out) in
// reference r's place: lesson 4's network, whose sigmoids cost most of its time.
func deepStack(r reference) reference {
	sizes := []int{2, 8, 8, 8, 8, 8, 8, 8, 8, 1}
	r.net = MLP(sizes, Sigmoid{}, Tanh{}, InitPlayground, 1)
	return r
}

// BenchmarkEpochDeep and BenchmarkHeatmapDeep are the reference workloads on the deep
// sigmoid stack.
func BenchmarkEpochDeep(b *testing.B)   { benchEpoch(b, deepStack(loadReference(b, "B"))) }
func BenchmarkHeatmapDeep(b *testing.B) { benchHeatmap(b, deepStack(loadReference(b, "B"))) }

func BenchmarkEpochNetA(b *testing.B)   { benchEpoch(b, loadReference(b, "A")) }
func BenchmarkEpochNetB(b *testing.B)   { benchEpoch(b, loadReference(b, "B")) }
func BenchmarkHeatmapNetA(b *testing.B) { benchHeatmap(b, loadReference(b, "A")) }
func BenchmarkHeatmapNetB(b *testing.B) { benchHeatmap(b, loadReference(b, "B")) }

// benchMeanLoss is one point of the loss curve: the mean loss over the training and
// the test points, as the page and its worker record it after an epoch.
func benchMeanLoss(b *testing.B, r reference) {
	scan := NewTrace(r.net)
	r.net.MeanLoss(scan, r.xTrain, r.tTrain, HalfMSELoss{})
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r.net.MeanLoss(scan, r.xTrain, r.tTrain, HalfMSELoss{})
		r.net.MeanLoss(scan, r.xTest, r.tTest, HalfMSELoss{})
	}
}

func BenchmarkMeanLossNetB(b *testing.B) { benchMeanLoss(b, loadReference(b, "B")) }
func BenchmarkMeanLossDeep(b *testing.B) { benchMeanLoss(b, deepStack(loadReference(b, "B"))) }

// BenchmarkDiagnosticsNetB is the per-frame cost of the dead/saturated meters and the
// gradient bars over the 250 training points.
func BenchmarkDiagnosticsNetB(b *testing.B) {
	r := loadReference(b, "B")
	var d Diagnoser
	d.Run(r.net, r.xTrain, r.tTrain, HalfMSELoss{})
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d.Run(r.net, r.xTrain, r.tTrain, HalfMSELoss{})
	}
}

// BenchmarkEpochPaths trains Net B and the deep stack through the block path (a batch
// of samples at a time) and the per-sample path, in one binary: the block path is
// taken for every network only while it is the faster of the two in wasm.
func BenchmarkEpochPaths(b *testing.B) {
	for _, c := range []struct {
		name string
		r    reference
	}{{"B", loadReference(b, "B")}, {"deep", deepStack(loadReference(b, "B"))}} {
		for _, perSample := range []bool{false, true} {
			name := c.name + "/block"
			if perSample {
				name = c.name + "/per-sample"
			}
			b.Run(name, func(b *testing.B) {
				tr := c.r.trainer()
				tr.perSample = perSample
				for i := 0; i < b.N; i++ {
					if err := tr.RunEpoch(); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
