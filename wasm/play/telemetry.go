package play

import (
	"runtime"
	"time"
)

// Telemetry is the page's own timings and rates: what each part of a frame cost,
// averages per frame for the test API's "perf" and "stats", and the frames painted and
// epochs trained per second for the panel. Durations are in milliseconds.
type Telemetry struct {
	// Frames counts the frames painted, Updates the Update calls.
	Frames, Updates int
	// UpdateMS is the last Update's duration; of it, TrainMS trained, ApplyMS applied
	// the intents, ViewMS computed the input point's pass and the losses, PicsMS turned
	// heatmaps into pictures, PanelMS wrote the panel and SceneMS built the scene.
	UpdateMS, TrainMS, ApplyMS, ViewMS, PicsMS, PanelMS, SceneMS float64
	// DrawMS is the last painted frame's Draw; FirstFrameMS the page's clock when the
	// first frame was painted.
	DrawMS, FirstFrameMS float64
	// LoopMS is the time the training loop worked between frames since the last Perf.
	LoopMS float64
	// Meter measures the rates.
	Meter Meter
	// Sums since the last Perf, for averages per frame.
	sumUpdate, sumDraw, sumTrain, sumPics float64
	nUpdates, nDraws                      int
}

// Updated records an Update that took ms.
func (t *Telemetry) Updated(ms float64) {
	t.UpdateMS = ms
	t.sumUpdate += ms
	t.sumTrain += t.TrainMS
	t.nUpdates++
}

// Drawn records a painted frame whose Draw took ms.
func (t *Telemetry) Drawn(ms float64) {
	t.Frames++
	t.Meter.frames++
	t.DrawMS = ms
	t.sumDraw += ms
	t.nDraws++
}

// Pictured records a refresh of the pictures that took ms.
func (t *Telemetry) Pictured(ms float64) {
	t.PicsMS = ms
	t.sumPics += ms
}

// Perf returns the averages per frame since the last call, with the allocations and
// garbage collections so far, and starts the sums again.
func (t *Telemetry) Perf(epoch float64) map[string]any {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	per := func(sum float64, n int) float64 { return sum / float64(max(1, n)) }
	out := map[string]any{
		"updates": t.nUpdates, "frames": t.nDraws,
		"update_ms": per(t.sumUpdate, t.nUpdates), "train_ms": per(t.sumTrain, t.nUpdates),
		"draw_ms": per(t.sumDraw, t.nDraws), "pics_ms_per_update": per(t.sumPics, t.nUpdates),
		"work_ms_per_frame": per(t.sumUpdate+t.sumDraw, t.nDraws),
		"mallocs":           ms.Mallocs, "num_gc": ms.NumGC, "heap_mb": float64(ms.HeapAlloc) / 1e6,
		"between_frames_ms": t.LoopMS, "fps": t.Meter.FPS, "epochs_per_s": t.Meter.EPS, "epoch": epoch,
	}
	t.sumUpdate, t.sumDraw, t.sumTrain, t.sumPics, t.nUpdates, t.nDraws, t.LoopMS = 0, 0, 0, 0, 0, 0, 0
	return out
}

// Stats returns the last frame's timings.
func (t *Telemetry) Stats(version int) map[string]any {
	return map[string]any{
		"frames": t.Frames, "updates": t.Updates, "update_ms": t.UpdateMS, "draw_ms": t.DrawMS,
		"first_frame_ms": t.FirstFrameMS, "version": version, "apply_ms": t.ApplyMS,
		"view_ms": t.ViewMS, "pics_ms": t.PicsMS, "panel_ms": t.PanelMS, "scene_ms": t.SceneMS,
		"train_ms": t.TrainMS, "fps": t.Meter.FPS, "epochs_per_s": t.Meter.EPS,
	}
}

// MSSince returns the milliseconds since t.
func MSSince(t time.Time) float64 { return float64(time.Since(t).Microseconds()) / 1000 }

// Meter measures the frames painted and the epochs trained per second, over the last
// half second.
type Meter struct {
	// FPS and EPS are the rates over the last half second measured.
	FPS, EPS float64
	since    time.Time
	frames   int
	epochs   float64
}

// Trained counts samples trained, of perEpoch samples an epoch.
func (m *Meter) Trained(samples, perEpoch int) {
	if perEpoch > 0 {
		m.epochs += float64(samples) / float64(perEpoch)
	}
}

// Due reports whether half a second has passed since the rates were last measured, and
// measures them again when it has; the first call starts the clock and reports true.
func (m *Meter) Due(now time.Time) bool {
	if m.since.IsZero() {
		m.since = now
		return true
	}
	d := now.Sub(m.since).Seconds()
	if d < 0.5 {
		return false
	}
	m.FPS, m.EPS = float64(m.frames)/d, m.epochs/d
	m.frames, m.epochs, m.since = 0, 0, now
	return true
}
