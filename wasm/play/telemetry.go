package play

import (
	"runtime"
	"runtime/metrics"
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
	// Shaded says the page's line shader (kage.Line, made after the first frame) drew
	// the last frame painted, or will draw the next: the canvas Shades; else the edges
	// are feathered triangles.
	Shaded bool
	// paintMS is the part of the last Update's TrainMS that painted the pictures of
	// heatmaps staged (Loop.Frame): the frame's cost counts it with the pictures.
	paintMS float64
	// Meter measures the rates.
	Meter Meter
	// Sums since the last Perf, for averages per frame.
	sumUpdate, sumDraw, sumTrain, sumPics, sumSweep float64
	nUpdates, nDraws                                int
	// frame is the work of the frame being made; worst the costliest painted since the
	// last Perf.
	frame, worst FrameCost
	swept        time.Duration // the session's SweepSpent at the last Update's end
	gc           [2]metrics.Sample
}

// FrameCost is what one painted frame's work went to, in ms: the Updates since the
// frame painted before it, and its Draw. Perf reports the costliest frame since its last
// call, so that a benchmark reading Perf every frame learns what each slow frame did.
type FrameCost struct {
	WorkMS  float64 `json:"work_ms"`
	Updates int     `json:"updates"`
	// Of the work: training, with the share of a heatmap sweep done in the frame
	// (SweepMS, part of TrainMS: the grid and the meters swept on the page); the view;
	// the pictures, painted at once or a band at a time as a sweep or the worker's
	// heatmaps are staged; the panel; the scene; the Draw.
	TrainMS float64 `json:"train_ms"`
	SweepMS float64 `json:"sweep_ms"`
	ViewMS  float64 `json:"view_ms"`
	PicsMS  float64 `json:"pics_ms"`
	PanelMS float64 `json:"panel_ms"`
	SceneMS float64 `json:"scene_ms"`
	DrawMS  float64 `json:"draw_ms"`
	// GCs counts the garbage collections that ended during the frame's work, AllocKB
	// what it allocated.
	GCs     int     `json:"gcs"`
	AllocKB float64 `json:"alloc_kb"`
}

// Begin records that an Update begins: the parts of the last Update start again at 0.
func (t *Telemetry) Begin() {
	t.Updates++
	t.ViewMS, t.PicsMS, t.PanelMS, t.SceneMS, t.paintMS = 0, 0, 0, 0, 0
	if t.frame.Updates == 0 {
		t.frame = FrameCost{}
		t.startFrame()
	}
}

// startFrame counts the frame's collections and allocation from now on.
func (t *Telemetry) startFrame() {
	gcs, alloc := t.collector()
	t.frame.GCs, t.frame.AllocKB = -gcs, -alloc
}

// collector reads the garbage collections so far and the KB allocated.
func (t *Telemetry) collector() (int, float64) {
	if t.gc[0].Name == "" {
		t.gc[0].Name, t.gc[1].Name = "/gc/cycles/total:gc-cycles", "/gc/heap/allocs:bytes"
	}
	metrics.Read(t.gc[:])
	return int(t.gc[0].Value.Uint64()), float64(t.gc[1].Value.Uint64()) / 1024
}

// Updated records an Update that took ms; swept is the session's SweepSpent.
func (t *Telemetry) Updated(ms float64, swept time.Duration) {
	if t.frame.Updates == 0 { // a Perf during the Update started the frame again
		t.startFrame()
	}
	t.UpdateMS = ms
	t.sumUpdate += ms
	t.sumTrain += t.TrainMS - t.paintMS
	t.nUpdates++
	f := &t.frame
	f.Updates++
	f.WorkMS += ms
	f.TrainMS += t.TrainMS - t.paintMS
	sweep := float64((swept-t.swept).Microseconds())/1000 - t.paintMS
	f.SweepMS += sweep
	t.sumSweep += sweep
	f.ViewMS += t.ViewMS
	f.PicsMS += t.PicsMS + t.paintMS
	f.PanelMS += t.PanelMS
	f.SceneMS += t.SceneMS
	t.swept = swept
}

// Drawn records a painted frame whose Draw took ms, its edges drawn by the line shader
// if shaded.
func (t *Telemetry) Drawn(ms float64, shaded bool) {
	t.Shaded = shaded
	t.Frames++
	t.Meter.frames++
	t.DrawMS = ms
	t.sumDraw += ms
	t.nDraws++
	f := &t.frame
	gcs, alloc := t.collector()
	if f.Updates == 0 { // a Draw with no Update before it
		f.GCs, f.AllocKB = -gcs, -alloc
	}
	f.WorkMS += ms
	f.DrawMS = ms
	f.GCs += gcs
	f.AllocKB += alloc
	if f.WorkMS >= t.worst.WorkMS {
		t.worst = *f
	}
	t.frame = FrameCost{}
}

// Painted records that d of the training's time in the Update went to painting the
// pictures of heatmaps staged: the frame's cost counts it with the pictures, not with
// the training or the sweep.
func (t *Telemetry) Painted(d time.Duration) {
	ms := float64(d.Microseconds()) / 1000
	t.paintMS += ms
	t.sumPics += ms
}

// Pictured records a refresh of the pictures that took ms.
func (t *Telemetry) Pictured(ms float64) {
	t.PicsMS = ms
	t.sumPics += ms
}

// Perf returns the averages per frame since the last call, with the allocations and
// garbage collections so far, and starts the sums again. Its sweep_ms is the time the
// page's thread spent sweeping heatmaps' grids and meters in frames since the last
// call, all told.
func (t *Telemetry) Perf(epoch float64) map[string]any {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	per := func(sum float64, n int) float64 { return sum / float64(max(1, n)) }
	out := map[string]any{
		"updates": t.nUpdates, "frames": t.nDraws,
		"update_ms": per(t.sumUpdate, t.nUpdates), "train_ms": per(t.sumTrain, t.nUpdates),
		"draw_ms": per(t.sumDraw, t.nDraws), "pics_ms_per_update": per(t.sumPics, t.nUpdates),
		"sweep_ms":          t.sumSweep,
		"work_ms_per_frame": per(t.sumUpdate+t.sumDraw, t.nDraws),
		"mallocs":           ms.Mallocs, "alloc_mb": float64(ms.TotalAlloc) / 1e6, "num_gc": ms.NumGC,
		"heap_mb":           float64(ms.HeapAlloc) / 1e6,
		"between_frames_ms": t.LoopMS, "fps": t.Meter.FPS, "epochs_per_s": t.Meter.EPS, "epoch": epoch,
		"worst": t.worst,
	}
	if t.nDraws == 0 { // an idle page's Updates since the last call are no frame's work
		t.frame = FrameCost{}
	}
	t.sumUpdate, t.sumDraw, t.sumTrain, t.sumPics, t.nUpdates, t.nDraws, t.LoopMS = 0, 0, 0, 0, 0, 0, 0
	t.sumSweep = 0
	t.worst = FrameCost{}
	return out
}

// Stats returns the last frame's timings.
func (t *Telemetry) Stats(version int) map[string]any {
	return map[string]any{
		"frames": t.Frames, "updates": t.Updates, "update_ms": t.UpdateMS, "draw_ms": t.DrawMS,
		"first_frame_ms": t.FirstFrameMS, "version": version, "apply_ms": t.ApplyMS,
		"view_ms": t.ViewMS, "pics_ms": t.PicsMS, "panel_ms": t.PanelMS, "scene_ms": t.SceneMS,
		"train_ms": t.TrainMS, "fps": t.Meter.FPS, "epochs_per_s": t.Meter.EPS,
		"shaded": t.Shaded,
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
