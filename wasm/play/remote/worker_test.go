package remote

import (
	"runtime"
	"testing"
)

// TestJobsKeepTheSweep: every change the learner makes sends a job, as often as every
// frame while a slider is dragged; a job on the same grid reuses the heatmaps' storage
// rather than leave its megabytes to the collector each time.
func TestJobsKeepTheSweep(t *testing.T) {
	j := testJob(t)
	j.HeatN = 200 // 5 units over 200² points: 1.6 MB of heatmaps
	msg := EncodeJob(j)
	var w Worker
	if err := w.Put(msg); err != nil {
		t.Fatal(err)
	}
	w.Run(0)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for range 10 {
		if err := w.Put(msg); err != nil {
			t.Fatal(err)
		}
		w.Run(0)
	}
	runtime.ReadMemStats(&after)
	heat := 8 * 200 * 200 * 5
	if per := int(after.TotalAlloc-before.TotalAlloc) / 10; per > heat/2 {
		t.Errorf("a job on the same grid allocates %d bytes; its heatmaps are %d", per, heat)
	}
}
