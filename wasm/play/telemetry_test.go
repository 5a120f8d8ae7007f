package play

import (
	"math"
	"testing"
	"time"
)

// TestPaintingCountsOnce: an Update whose training painted 2 ms of staged pictures (timed
// with the session's sweeps) counts them with the pictures, in the averages as in the
// frame's cost, and neither with the training nor with the sweeps.
func TestPaintingCountsOnce(t *testing.T) {
	var tel Telemetry
	tel.Begin()
	tel.TrainMS = 5
	tel.Painted(2 * time.Millisecond)
	tel.Updated(6, 2*time.Millisecond)
	tel.Drawn(1, false)
	p := tel.Perf(0)
	w := p["worst"].(FrameCost)
	for _, c := range []struct {
		name      string
		got, want float64
	}{
		{"train_ms", p["train_ms"].(float64), 3},
		{"pics_ms_per_update", p["pics_ms_per_update"].(float64), 2},
		{"sweep_ms", p["sweep_ms"].(float64), 0},
		{"the frame's training", w.TrainMS, 3},
		{"the frame's pictures", w.PicsMS, 2},
		{"the frame's sweep", w.SweepMS, 0},
	} {
		if math.Abs(c.got-c.want) > 1e-9 {
			t.Errorf("%s: %v ms, want %v", c.name, c.got, c.want)
		}
	}
}
