package play

import (
	"bytes"
	"math"
	"testing"
	"time"

	"nnplay/core"
	"nnplay/wasm/play/remote"
	"nnplay/wasm/play/sheet"
)

// sameMeters reports whether the meters d are, bit for bit, those of net over m's
// training points.
func sameMeters(m *Session, d *core.Diagnostics, net *core.Sequential) bool {
	var dg core.Diagnoser
	want := dg.Run(net, m.XTrain, m.TTrain, m.Loss)
	if len(d.Layers) != len(want.Layers) {
		return false
	}
	for l, w := range want.Layers {
		g := d.Layers[l]
		if math.Float64bits(g.GradNorm) != math.Float64bits(w.GradNorm) ||
			!sameBits(g.SaturatedFraction, w.SaturatedFraction) ||
			!sameBits(g.WeightGrad, w.WeightGrad) {
			return false
		}
	}
	return true
}

// TestWorkerHeatmapsAreStaged plays the deep sigmoid stack in the worker with a
// texture: a frame's heatmaps are painted into the sheet not shown a band a frame and
// shown whole, with their meters, once every band is painted. The sheet drawn from is,
// bit for bit, the pictures of the parameters of the frame that brought the heatmaps,
// the meters shown are theirs, and the sheet never changes between refreshes; no frame
// uploads more than a band; heatmaps are shown within a frame per band of their
// coming; the page asks for none while it paints some. A weight moved while heatmaps
// are staged is shown at once, uploaded whole, and the heatmaps staged are never shown.
func TestWorkerHeatmapsAreStaged(t *testing.T) {
	m, pics, tex := withPictures(2, true)
	fastInWorker(m)
	var w remote.Worker
	band := 4 * pics.W * sheet.UnitsY(HeatmapSize) // the plane's band, the largest
	bands := pics.Bands(m)
	now := time.Unix(0, 0)
	var staged *core.Sequential // the parameters of the heatmaps staged
	since, shows := 0, 0
	frame := func(f int) {
		now = now.Add(RefreshEvery / 2)
		before := bytes.Clone(tex.shown(pics))
		shown := m.HeatGen()
		tex.frame = 0
		msg := m.ToWorker(now)
		since++
		if m.HeatGen() != shown { // the canvas's changed()
			if !m.Staged() || pics.Refresh(m) {
				t.Fatalf("frame %d: the worker's heatmaps shown were not staged", f)
			}
			shows++
			if since > bands {
				t.Errorf("frame %d: heatmaps took %d frames to show, more than %d", f, since, bands)
			}
			if !bytes.Equal(tex.shown(pics), picturesOf(m, staged)) {
				t.Fatalf("frame %d: the sheet shown is not the parameters' of its heatmaps", f)
			}
			if !sameMeters(m, m.Diag, staged) {
				t.Fatalf("frame %d: the meters shown are not the parameters' of the heatmaps", f)
			}
		} else if !bytes.Equal(tex.shown(pics), before) {
			t.Fatalf("frame %d: the sheet shown changed with no refresh", f)
		}
		if tex.frame > band {
			t.Fatalf("frame %d uploaded %d bytes, more than a band's %d", f, tex.frame, band)
		}
		if msg != nil {
			if err := w.Put(msg); err != nil {
				t.Fatal(err)
			}
		}
		out := w.Run(0)
		if out == nil {
			return
		}
		painting, shown := m.remote.bands > 0, m.HeatGen()
		if _, err := m.FromWorker(out); err != nil {
			t.Fatal(err)
		}
		if m.HeatGen() != shown {
			t.Fatalf("frame %d: the worker's heatmaps were shown as they came", f)
		}
		if m.remote.frame.HasHeat {
			if painting {
				t.Fatalf("frame %d: the page asked for heatmaps while it painted some", f)
			}
			staged, since = m.Net.Clone(), 0
		}
	}
	for f := 0; f < 6*bands; f++ {
		frame(f)
	}
	if shows < 3 {
		t.Fatalf("%d heatmaps shown in %d frames", shows, 6*bands)
	}
	for m.remote.bands == 0 || m.remote.band < 2 {
		frame(-1)
	}
	m.Apply(SetWeight{Layer: 1, Unit: 2, In: 3, Value: 4.5})
	if m.Staged() || pics.Refresh(m) {
		t.Fatal("a weight moved: the pictures are not a frame's, and the shape is the same")
	}
	want := picturesOf(m, m.Net)
	for f := 0; f <= bands; f++ {
		if !bytes.Equal(tex.shown(pics), want) {
			t.Fatalf("frame %d after the weight moved: the sheet shown is not its", f)
		}
		shown := m.HeatGen()
		m.ToWorker(now.Add(time.Duration(f) * time.Millisecond))
		if m.HeatGen() != shown {
			t.Fatalf("frame %d after the weight moved: heatmaps staged before were shown", f)
		}
	}
}
