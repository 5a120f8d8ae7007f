package remote

import (
	"bytes"
	"reflect"
	"runtime"
	"testing"

	"nnplay/core"
	"nnplay/wasm/play/sheet"
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

// TestWorkerAnswersASweep: a sweep asked while the worker trains stops the training and
// is answered at once with the pictures of the heatmaps (the output as its sign, as
// asked) and the meters of the sweep's network, bit for bit, under the sweep's
// version, its parameters unchanged.
func TestWorkerAnswersASweep(t *testing.T) {
	var w Worker
	if _, _, more := w.Serve(EncodeJob(testJob(t))); !more {
		t.Fatal("the worker does not train a job")
	}
	j := testJob(t)
	j.Version, j.Signs = 42, true
	out, _, more := w.Serve(EncodeSweep(nil, j))
	if out == nil || more || w.Running() {
		t.Fatalf("a sweep: answered %v, trains on %v", out != nil, more || w.Running())
	}
	var f Frame
	if err := DecodeFrame(out, &f); err != nil {
		t.Fatal(err)
	}
	want := core.NewHeatmap(j.HeatN, j.HeatMin, j.HeatMax, j.Features)
	want.Run(j.Net)
	var pics sheet.Sheet
	pics.Layout(j.Net.Sizes(), j.HeatN)
	var d core.Diagnoser
	if f.Version != 42 || f.Trained != 0 || !f.HasHeat || !f.Signs ||
		!bytes.Equal(f.Pix, pics.All(want, true, nil)) ||
		!reflect.DeepEqual(f.Diag, *d.Run(j.Net, j.X, j.T, j.Loss)) {
		t.Fatalf("the answer: version %d, %d trained, pictures %v, not the sweep's", f.Version,
			f.Trained, f.HasHeat)
	}
	for i, p := range j.Net.Parameters() {
		if !reflect.DeepEqual(f.Params[i], p.Value) {
			t.Errorf("the answer's %s are not the sweep's", p.Name)
		}
	}
	if out, _, _ := w.Serve(nil); out != nil {
		t.Error("the worker answered the sweep twice")
	}
}
