package remote

import (
	"math"
	"reflect"
	"testing"
	"time"

	"nnplay/core"
)

// testJob is a job on the circle data with awkward numbers in it: a LeakyReLU of its
// own slope, a layer without bias, gradients half way through a batch, NaN and -0 in
// the test rows and a loss curve part thinned.
func testJob(t *testing.T) *Job {
	t.Helper()
	pts, err := core.Generate(core.Circle, 60, 0, core.NewRNG(3))
	if err != nil {
		t.Fatal(err)
	}
	fs := []core.Feature{core.X1, core.X2, core.X1X2}
	leaky, err := core.LeakyReLU{}.WithParams(0.2)
	if err != nil {
		t.Fatal(err)
	}
	net := core.MLP([]int{3, 5, 3, 1}, core.Tanh{}, core.Tanh{}, core.InitPlayground, 7)
	net.Layers[0].Act = leaky
	net.Layers[1].Linear.SetBias(false)
	j := &Job{
		Version: 41, Net: net, Loss: core.HalfMSELoss{}, LR: 0.03, L2: 0.001, BatchSize: 7,
		X: core.Inputs(pts[:40], fs), T: core.Targets(pts[:40], core.HalfMSELoss{}),
		XTest: core.Inputs(pts[40:], fs), TTest: core.Targets(pts[40:], core.HalfMSELoss{}),
		Features: fs, HeatN: 9, HeatMin: -6, HeatMax: 6,
		Position: Position{Epoch: 3, Sample: 11, EpochSeen: 3, SamplesSeen: 131},
	}
	j.XTest[0][1], j.TTest[1][0] = math.NaN(), math.Copysign(0, -1)
	for e := range 9 {
		if j.History.Offer() {
			j.History.Record(float64(e), 1/float64(e+1), math.Inf(1))
		}
	}
	for _, p := range net.Parameters() {
		g := make([]float64, len(p.Grad))
		for i := range g {
			g[i] = float64(i) / 3
		}
		j.Grads = append(j.Grads, g)
	}
	return j
}

// same reports whether two values hold the same bits everywhere (NaN equal to NaN).
func same(a, b any) bool {
	return reflect.DeepEqual(bits(reflect.ValueOf(a)), bits(reflect.ValueOf(b)))
}

// bits turns every float64 in v into its bits, so that DeepEqual compares them exactly.
func bits(v reflect.Value) any {
	switch v.Kind() {
	case reflect.Float64:
		return math.Float64bits(v.Float())
	case reflect.Slice:
		out := make([]any, v.Len())
		for i := range out {
			out[i] = bits(v.Index(i))
		}
		return out
	case reflect.Pointer:
		if v.IsNil() {
			return nil
		}
		return bits(v.Elem())
	case reflect.Struct:
		out := make([]any, 0, v.NumField())
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				out = append(out, bits(v.Field(i)))
			}
		}
		return out
	}
	if v.CanInterface() {
		return v.Interface()
	}
	return nil
}

// TestJobCrossesExactly sends a job through its message: every number comes back with
// its bits, the network with its activations, bias switches and parameters.
func TestJobCrossesExactly(t *testing.T) {
	j := testJob(t)
	msg := EncodeJob(j)
	r := reader{b: msg[1:]}
	got, err := decodeJob(&r)
	if err != nil {
		t.Fatal(err)
	}
	if got.Net.String() != j.Net.String() {
		t.Errorf("network\n%s\nwant\n%s", got.Net, j.Net)
	}
	for i, p := range j.Net.Parameters() {
		q := got.Net.Parameters()[i]
		if !same(p.Value, q.Value) || !same(j.Grads[i], q.Grad) {
			t.Errorf("parameter %s: %v %v, want %v %v", p.Name, q.Value, q.Grad, p.Value, j.Grads[i])
		}
	}
	got.Net, j.Net = nil, nil
	if !same(got, j) || got.History.every != j.History.every || got.History.calls != j.History.calls {
		t.Errorf("job\n%+v\nwant\n%+v", got, j)
	}
	if got.Loss != j.Loss || !reflect.DeepEqual(got.Features, j.Features) {
		t.Errorf("loss %v features %v, want %v %v", got.Loss, got.Features, j.Loss, j.Features)
	}
}

// TestFrameCrossesExactly sends the frame a worker trained through its message and
// back into a frame that held other numbers.
func TestFrameCrossesExactly(t *testing.T) {
	var w Worker
	if err := w.Put(EncodeJob(testJob(t))); err != nil {
		t.Fatal(err)
	}
	msg := w.Run(time.Millisecond)
	if !w.frame.HasHeat || w.frame.Trained == 0 {
		t.Fatalf("the first frame has heat %v and trained %d", w.frame.HasHeat, w.frame.Trained)
	}
	old := Frame{Params: [][]float64{{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}},
		Pix: []byte{1, 2, 3, 4}, Signs: true}
	if err := DecodeFrame(msg, &old); err != nil {
		t.Fatal(err)
	}
	if !same(old, w.frame) {
		t.Errorf("frame\n%+v\nwant\n%+v", old, w.frame)
	}
}

// TestMessagesRefuseDamage cuts and corrupts messages: each is refused with an error,
// never a panic or a state half read.
func TestMessagesRefuseDamage(t *testing.T) {
	var w Worker
	job := EncodeJob(testJob(t))
	if err := w.Put(job); err != nil {
		t.Fatal(err)
	}
	frame := append([]byte(nil), w.Run(time.Millisecond)...)
	for n := range len(job) {
		var fresh Worker
		if fresh.Put(job[:n]) == nil {
			t.Fatalf("a job cut to %d of %d bytes was taken", n, len(job))
		}
	}
	for n := 0; n < len(frame); n += 7 {
		var f Frame
		if DecodeFrame(frame[:n], &f) == nil {
			t.Fatalf("a frame cut to %d of %d bytes was taken", n, len(frame))
		}
	}
	for i := 0; i < len(job); i += 3 {
		bad := append([]byte(nil), job...)
		bad[i] ^= 0xff
		var fresh Worker
		_ = fresh.Put(bad) // may be taken when only a number changed: it must not panic
	}
	if err := w.Put([]byte("X")); err == nil {
		t.Error("a message of an unknown kind was taken")
	}
}

// TestStopStopsOnlyNewerJobs: a stop older than the job the worker trains is stale.
func TestStopStopsOnlyNewerJobs(t *testing.T) {
	var w Worker
	if err := w.Put(EncodeJob(testJob(t))); err != nil {
		t.Fatal(err)
	}
	if w.Put(EncodeStop(40)); !w.Running() {
		t.Error("a stop of version 40 stopped job 41")
	}
	if w.Put(EncodeStop(42)); w.Running() || w.Run(time.Millisecond) != nil {
		t.Error("a stop of version 42 left job 41 training")
	}
}

// TestByteOrderPaths: the bulk copy of a little-endian machine and the element by
// element path write and read the same bytes.
func TestByteOrderPaths(t *testing.T) {
	vs := []float64{1.5, math.Inf(-1), math.NaN(), math.Copysign(0, -1), 5e-324, math.Pi}
	var fast, slow writer
	fast.f64s(vs)
	native := littleEndian
	littleEndian = false
	defer func() { littleEndian = native }()
	slow.f64s(vs)
	if string(fast.b) != string(slow.b) {
		t.Fatalf("the paths write\n%v\n%v", fast.b, slow.b)
	}
	for _, le := range []bool{false, true} {
		littleEndian = le
		r := reader{b: fast.b}
		if got := r.f64s(nil); r.err != nil || !same(got, vs) {
			t.Errorf("little-endian path %v reads %v (%v), want %v", le, got, r.err, vs)
		}
	}
}
