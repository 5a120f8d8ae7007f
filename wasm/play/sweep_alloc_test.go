package play

import (
	"runtime"
	"testing"
	"time"
)

// TestFirstSweepAfterANetworkChangeAllocatesLittle plays the deep sigmoid stack just
// chosen at one epoch a frame, after an idle frame, until its first sweep is shown:
// no frame of it allocates more than 64 KB (the sweep's heatmaps, 5.2 MB for this
// network, were made in the idle frame), where its heatmaps once came in one frame.
func TestFirstSweepAfterANetworkChangeAllocatesLittle(t *testing.T) {
	m := NewSession()
	m.Apply(SetSpeed{Speed: SpeedEpoch})
	m.Apply(Play{On: true})
	now := time.Unix(0, 0)
	frame := func() {
		now = now.Add(RefreshEvery / 3)
		m.Tick(now, 0)
		m.View()
	}
	for shown := m.HeatGen(); m.HeatGen() == shown; { // a sweep of Net A: its buffers
		frame()
	}
	m.Apply(UsePreset{Index: 2})
	frame() // the change's frame, with its refresh: Play stopped
	frame() // an idle frame
	m.Apply(Play{On: true})
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	most := uint64(0)
	for shown := m.HeatGen(); m.HeatGen() == shown; {
		var a, b runtime.MemStats
		runtime.ReadMemStats(&a)
		frame()
		runtime.ReadMemStats(&b)
		most = max(most, b.TotalAlloc-a.TotalAlloc)
	}
	runtime.ReadMemStats(&after)
	if all := after.TotalAlloc - before.TotalAlloc; most > 64<<10 {
		t.Errorf("a frame of the first sweep allocated %d KB (%d KB in all)", most>>10, all>>10)
	}
}
