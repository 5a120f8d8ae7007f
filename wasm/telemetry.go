//go:build js && wasm

package main

import (
	"runtime"
	"time"
)

// telemetry is the page's own timings and rates, read by the test API ("perf" and
// "stats") and shown in the panel (frames/s, epochs/s).
type telemetry struct {
	frames       int     // frames Draw painted
	updates      int     // Update calls
	updateMS     float64 // last Update's duration
	trainMS      float64 // of it: training
	applyMS      float64 // of it: applying intents (model changes, heatmap, meters)
	viewMS       float64 // of it: the input point's pass, losses and the selected unit's z
	picsMS       float64 // of it: turning heatmaps into textures
	panelMS      float64 // of it: writing the model into the panel
	sceneMS      float64 // of it: building the scene
	drawMS       float64 // last painted frame's Draw duration
	firstFrameMS float64 // performance.now() when the first frame was painted
	// Sums since the test API last read them, for averages per frame.
	sumUpdate, sumDraw, sumTrain, sumPics float64
	loopMS                                float64 // time the training loop worked, between frames
	nUpdates, nDraws                      int
	meter                                 meter
}

// updated records an Update that took ms.
func (t *telemetry) updated(ms float64) {
	t.updateMS = ms
	t.sumUpdate += ms
	t.sumTrain += t.trainMS
	t.nUpdates++
}

// drawn records a painted frame whose Draw took ms.
func (t *telemetry) drawn(ms float64) {
	t.frames++
	t.meter.frames++
	t.drawMS = ms
	t.sumDraw += ms
	t.nDraws++
}

// pictured records the pictures' refresh.
func (t *telemetry) pictured(ms float64) {
	t.picsMS = ms
	t.sumPics += ms
}

// perf returns the averages per frame since the last call, and the allocations and
// garbage collections so far.
func (t *telemetry) perf(epoch float64) map[string]any {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	per := func(sum float64, n int) float64 { return sum / float64(max(1, n)) }
	out := map[string]any{
		"updates": t.nUpdates, "frames": t.nDraws,
		"update_ms": per(t.sumUpdate, t.nUpdates), "train_ms": per(t.sumTrain, t.nUpdates),
		"draw_ms": per(t.sumDraw, t.nDraws), "pics_ms_per_update": per(t.sumPics, t.nUpdates),
		"work_ms_per_frame": per(t.sumUpdate+t.sumDraw, t.nDraws),
		"mallocs":           ms.Mallocs, "num_gc": ms.NumGC, "heap_mb": float64(ms.HeapAlloc) / 1e6,
		"between_frames_ms": t.loopMS, "fps": t.meter.fps, "epochs_per_s": t.meter.eps, "epoch": epoch,
	}
	t.sumUpdate, t.sumDraw, t.sumTrain, t.sumPics, t.nUpdates, t.nDraws, t.loopMS = 0, 0, 0, 0, 0, 0, 0
	return out
}

// stats returns the last frame's timings.
func (t *telemetry) stats(version int) map[string]any {
	return map[string]any{
		"frames": t.frames, "updates": t.updates, "update_ms": t.updateMS, "draw_ms": t.drawMS,
		"first_frame_ms": t.firstFrameMS, "version": version, "apply_ms": t.applyMS,
		"view_ms": t.viewMS, "pics_ms": t.picsMS, "panel_ms": t.panelMS, "scene_ms": t.sceneMS,
		"train_ms": t.trainMS, "fps": t.meter.fps, "epochs_per_s": t.meter.eps,
	}
}

func msSince(t time.Time) float64 { return float64(time.Since(t).Microseconds()) / 1000 }

// meter measures the frames painted and the epochs trained per second, over the last
// half second.
type meter struct {
	since    time.Time
	frames   int
	samples  float64
	fps, eps float64
}

func (m *meter) trained(samples, perEpoch int) {
	if perEpoch > 0 {
		m.samples += float64(samples) / float64(perEpoch)
	}
}

// due reports whether half a second has passed, updating the rates when it has.
func (m *meter) due(now time.Time) bool {
	if m.since.IsZero() {
		m.since = now
		return true
	}
	d := now.Sub(m.since).Seconds()
	if d < 0.5 {
		return false
	}
	m.fps, m.eps = float64(m.frames)/d, m.samples/d
	m.frames, m.samples, m.since = 0, 0, now
	return true
}
