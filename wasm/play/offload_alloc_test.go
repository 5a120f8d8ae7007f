package play

import (
	"runtime"
	"testing"
	"time"

	"nnplay/wasm/play/remote"
)

// TestSteadyFastPlayAllocatesNothing plays each preset at SpeedMax in the worker, as
// the page does (its frames read into a Spare, the heatmaps staged into Pictures and
// shown, the view made), until its heatmaps have come three times, and then for 30
// frames more, in which no frame allocates: steady frames leave Go's collector, which
// stops the page's only thread, nothing to do.
func TestSteadyFastPlayAllocatesNothing(t *testing.T) {
	for preset := range 3 {
		m, pics, _ := withPictures(preset, true)
		fastInWorker(m)
		var w remote.Worker
		spare := make(Spare, 2)
		now := time.Unix(0, 0)
		var worker uint64 // the worker's allocations: its own module's, not the page's
		var ms runtime.MemStats
		frame := func() {
			now = now.Add(RefreshEvery / 3)
			shown := m.HeatGen()
			if msg := m.ToWorker(now); msg != nil {
				if err := w.Put(msg); err != nil {
					t.Fatal(err)
				}
			}
			if m.HeatGen() != shown {
				pics.Refresh(m)
			}
			m.View()
			runtime.ReadMemStats(&ms)
			before := ms.Mallocs
			out := w.Run(0)
			runtime.ReadMemStats(&ms)
			worker += ms.Mallocs - before
			if out != nil {
				b := spare.Take(len(out))
				copy(b, out)
				if _, err := m.FromWorker(b); err != nil {
					t.Fatal(err)
				}
				spare.Give(b)
			}
		}
		for shows, last := 0, m.HeatGen(); shows < 3; {
			frame()
			if m.HeatGen() != last {
				shows, last = shows+1, m.HeatGen()
			}
		}
		var a, b runtime.MemStats
		w0 := worker
		for f := range 30 {
			runtime.ReadMemStats(&a)
			wf := worker
			frame()
			runtime.ReadMemStats(&b)
			if n := b.Mallocs - a.Mallocs - (worker - wf); n > 0 {
				t.Errorf("preset %d, frame %d: the page allocated %d times", preset, f, n)
			}
		}
		if n := worker - w0; n > 0 {
			t.Errorf("preset %d: the worker allocated %d times in 30 frames", preset, n)
		}
	}
}
