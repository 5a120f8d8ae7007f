// Package remote trains the page's network in another thread (a Web Worker running its
// own small wasm module) and carries the training state between the page and it.
//
// The page sends a Job: the whole training state, under a version that grows with every
// job. The worker trains it as the page would at its fastest speed, with the same loop
// and the same rules for a step that runs away (Guard), and answers with a Frame: the
// parameters it reached, the position in the data, the loss curve and, when the page
// asks, the heatmaps and meters. It sends a frame only when the page has taken the last
// one and said so (an Ack, which also says how long the page's last frame took, so
// that the worker rests as long as the page's frames need: Pace); in between it trains
// on. The page adopts a frame only when it carries the version of the last job it sent,
// so that a frame trained from an old state never overwrites a change the learner has
// made since. A Stop ends training. At the slower speeds the page trains itself and
// sends a sweep (EncodeSweep): the worker answers with the heatmaps and meters of the
// parameters it carries. Every number crosses as its float64 bits: what the page shows
// is what the worker computed. The heatmaps cross as their pictures, painted by the
// worker (package sheet), so that the page's thread only uploads them.
//
// The package imports core and sheet only, so that the worker module stays small.
package remote

import (
	"fmt"
	"slices"
	"time"

	"nnplay/core"
)

// Message kinds, the first byte of every message.
const (
	kindJob   = 'J'
	kindStop  = 'S'
	kindAck   = 'A'
	kindFrame = 'F'
	kindSweep = 'H'
)

// RefreshEvery is how often training recomputes the heatmaps and meters: ten times a
// second.
const RefreshEvery = 100 * time.Millisecond

// maxHeatN bounds the heatmaps' grid: the page's is 100 points a side.
const maxHeatN = 400

// Job is the training state the page hands the worker. Net, X and T are the job's own:
// the worker trains them in place.
type Job struct {
	Version uint32
	Net     *core.Sequential
	Loss    core.Loss
	// LR, L1 and L2 are SGD's learning rate and Playground's regularization rates.
	LR, L1, L2 float64
	BatchSize  int
	// X, T are the training rows, XTest, TTest the test rows the loss curve reads.
	X, T, XTest, TTest [][]float64
	// Features and the grid (HeatN points a side over [HeatMin, HeatMax]²) make the
	// heatmaps.
	Features         []core.Feature
	HeatN            int
	HeatMin, HeatMax float64
	// Signs: the pictures show the output as its sign (the page's Discretize).
	Signs bool
	Position
	// Grads are the gradients accumulated so far in the current batch, one slice per
	// parameter in Net.Parameters' order.
	Grads [][]float64
}

// Position is where training stands: the trainer's epoch and sample, the samples
// trained since the last reset, the epoch the loss curve last saw, and the curve.
type Position struct {
	Epoch, Sample, EpochSeen int
	SamplesSeen              int64
	History                  History
}

// Stop says why the worker stopped training on its own; the page takes it from there.
type Stop byte

const (
	// Running: the worker trains on.
	Running Stop = iota
	// Halted: the next batch runs away (ParamBound, LossBound, a step that is not
	// finite). The frame holds the state before it; the page trains that batch itself
	// and pauses with its own message, as it would have without the worker.
	Halted
	// BlewUp: the training loss has climbed BlowUpFactor above where it started. The
	// page's own check, on the same numbers, pauses.
	BlewUp
)

// Frame is what the worker answers after a slice of training.
type Frame struct {
	Version uint32
	Stop    Stop
	// Trained counts the samples trained since the previous frame.
	Trained int
	Position
	// Params and Grads are every parameter's values and gradients, in
	// Net.Parameters' order.
	Params, Grads [][]float64
	// Pix is the pictures of every unit's activation over the grid, painted as the
	// page's sheet.Sheet paints them (sheet.Sheet.All, with Signs as the job or the
	// last acknowledgement asked), and Diag the meters over the training points; both
	// are left out (HasHeat false) between refreshes.
	HasHeat bool
	Signs   bool
	Pix     []byte
	Diag    core.Diagnostics
}

// EncodeStop returns the message that stops training; version makes frames still on
// their way stale.
func EncodeStop(version uint32) []byte {
	w := writer{b: []byte{kindStop}}
	w.u32(version)
	return w.b
}

// EncodeAck returns the message that says the page has taken the last frame of job
// version and waits for the next, with the pictures and meters when heat (the output
// pictured as its sign when signs), appended to buf[:0]; ms is how long the page's
// last frame took (Pace).
func EncodeAck(buf []byte, version uint32, heat, signs bool, ms float64) []byte {
	w := writer{b: append(buf[:0], kindAck)}
	w.u32(version)
	w.bool(heat)
	w.bool(signs)
	w.f64(ms)
	return w.b
}

// EncodeJob returns j as a message.
func EncodeJob(j *Job) []byte {
	w := writer{b: []byte{kindJob}}
	w.job(j)
	return w.b
}

// EncodeSweep returns the message that asks for the heatmaps and meters of j's network
// and nothing else, appended to buf[:0]: the page trains itself at the slower speeds,
// and the worker sweeps for it. The worker stops training, if it trained, and answers
// with a frame of version j.Version that holds them (and j's parameters and position,
// unchanged).
func EncodeSweep(buf []byte, j *Job) []byte {
	w := writer{b: append(buf[:0], kindSweep)}
	w.job(j)
	return w.b
}

// job appends j's fields.
func (w *writer) job(j *Job) {
	w.u32(j.Version)
	w.int(len(j.Net.Layers))
	for _, l := range j.Net.Layers {
		lin := l.Linear
		w.int(lin.In)
		w.int(lin.Out)
		w.bool(lin.HasBias())
		w.bool(l.Act != nil)
		if l.Act != nil {
			w.str(l.Act.Name())
			w.int(len(l.Act.Params()))
			for _, p := range l.Act.Params() {
				w.f64(p.Value)
			}
		}
	}
	ps := j.Net.Parameters()
	for _, p := range ps {
		w.f64s(p.Value)
	}
	w.str(j.Loss.Name())
	w.f64(j.LR)
	w.f64(j.L1)
	w.f64(j.L2)
	w.int(j.BatchSize)
	w.rows(j.X)
	w.rows(j.T)
	w.rows(j.XTest)
	w.rows(j.TTest)
	w.int(len(j.Features))
	for _, f := range j.Features {
		w.int(int(f))
	}
	w.int(j.HeatN)
	w.f64(j.HeatMin)
	w.f64(j.HeatMax)
	w.bool(j.Signs)
	w.position(&j.Position)
	w.rows(j.Grads)
}

// decodeJob reads a job message's fields after its kind.
func decodeJob(r *reader) (*Job, error) {
	j := &Job{Version: r.u32()}
	nl := r.count(18)
	var mods []core.Module
	for range nl {
		in, out, bias := r.int(), r.int(), r.bool()
		if r.err == nil && (in < 1 || out < 1 || in > 1<<12 || out > 1<<12) {
			return nil, fmt.Errorf("remote: a layer of %d x %d", out, in)
		}
		if r.err != nil {
			return nil, r.err
		}
		mods = append(mods, core.NewLinear(in, out, bias, core.NewRNG(1)))
		if r.bool() {
			a, err := core.ActivationByName(r.str())
			params := make([]float64, r.count(8))
			for i := range params {
				params[i] = r.f64()
			}
			if err == nil && len(params) > 0 {
				a, err = a.WithParams(params...)
			}
			if err != nil {
				return nil, err
			}
			mods = append(mods, a)
		}
	}
	if r.err != nil {
		return nil, r.err
	}
	net, err := core.FromModules(mods)
	if err != nil {
		return nil, err
	}
	j.Net = net
	for _, p := range net.Parameters() {
		v := r.f64s(nil)
		if r.err == nil && len(v) != len(p.Value) {
			return nil, fmt.Errorf("remote: parameter %s has %d values, not %d",
				p.Name, len(v), len(p.Value))
		}
		copy(p.Value, v)
	}
	if j.Loss, err = core.LossByName(r.str()); err != nil && r.err == nil {
		return nil, err
	}
	j.LR, j.L1, j.L2, j.BatchSize = r.f64(), r.f64(), r.f64(), r.int()
	j.X, j.T, j.XTest, j.TTest = r.rows(nil), r.rows(nil), r.rows(nil), r.rows(nil)
	j.Features = make([]core.Feature, r.count(8))
	for i := range j.Features {
		j.Features[i] = core.Feature(r.int())
		if r.err == nil && !slices.Contains(core.AllFeatures(), j.Features[i]) {
			return nil, fmt.Errorf("remote: feature %d", j.Features[i])
		}
	}
	j.HeatN, j.HeatMin, j.HeatMax, j.Signs = r.int(), r.f64(), r.f64(), r.bool()
	r.position(&j.Position)
	j.Grads = r.rows(nil)
	if r.err != nil {
		return nil, r.err
	}
	return j, j.check()
}

// check refuses a job whose parts do not fit together.
func (j *Job) check() error {
	ps := j.Net.Parameters()
	switch {
	case len(j.X) == 0 || len(j.X) != len(j.T) || len(j.XTest) != len(j.TTest):
		return fmt.Errorf("remote: %d training rows for %d targets", len(j.X), len(j.T))
	case len(j.Features) != j.Net.In():
		return fmt.Errorf("remote: %d features for %d inputs", len(j.Features), j.Net.In())
	case j.BatchSize < 1 || j.HeatN < 2 || j.HeatN > maxHeatN || !(j.HeatMin < j.HeatMax):
		return fmt.Errorf("remote: batch %d, heatmap %d over [%v, %v]",
			j.BatchSize, j.HeatN, j.HeatMin, j.HeatMax)
	case j.Sample < 0 || j.Sample >= len(j.X) || len(j.Grads) != len(ps):
		return fmt.Errorf("remote: sample %d of %d, %d gradients for %d parameters",
			j.Sample, len(j.X), len(j.Grads), len(ps))
	}
	for _, rows := range [][][]float64{j.X, j.XTest} {
		for _, x := range rows {
			if len(x) != j.Net.In() {
				return fmt.Errorf("remote: a row of %d inputs for %d", len(x), j.Net.In())
			}
		}
	}
	for _, rows := range [][][]float64{j.T, j.TTest} {
		for _, t := range rows {
			if len(t) != j.Net.Out() {
				return fmt.Errorf("remote: a target of %d for %d outputs", len(t), j.Net.Out())
			}
		}
	}
	for i, p := range ps {
		if len(j.Grads[i]) != len(p.Grad) {
			return fmt.Errorf("remote: %d gradients for %s", len(j.Grads[i]), p.Name)
		}
		copy(p.Grad, j.Grads[i])
	}
	return nil
}

func (w *writer) position(p *Position) {
	w.int(p.Epoch)
	w.int(p.Sample)
	w.int(p.EpochSeen)
	w.int(int(p.SamplesSeen))
	w.int(p.History.every)
	w.int(p.History.calls)
	w.int(len(p.History.Points))
	for _, pt := range p.History.Points {
		w.f64(pt.Epoch)
		w.f64(pt.Train)
		w.f64(pt.Test)
	}
}

func (r *reader) position(p *Position) {
	p.Epoch, p.Sample, p.EpochSeen, p.SamplesSeen = r.int(), r.int(), r.int(), int64(r.int())
	p.History.every, p.History.calls = r.int(), r.int()
	n := r.count(24)
	p.History.Points = p.History.room()
	for range min(n, HistoryCap) {
		p.History.Points = append(p.History.Points, LossPoint{r.f64(), r.f64(), r.f64()})
	}
	if n > HistoryCap && r.err == nil {
		r.err = fmt.Errorf("remote: a loss curve of %d points", n)
	}
}

// EncodeFrame returns f as a message, appended to buf[:0].
func EncodeFrame(f *Frame, buf []byte) []byte {
	w := writer{b: append(buf[:0], kindFrame)}
	w.u32(f.Version)
	w.b = append(w.b, byte(f.Stop))
	w.int(f.Trained)
	w.position(&f.Position)
	w.rows(f.Params)
	w.rows(f.Grads)
	w.bool(f.HasHeat)
	if f.HasHeat {
		w.bool(f.Signs)
		w.int(len(f.Pix))
		w.b = append(w.b, f.Pix...)
		w.int(f.Diag.Points)
		w.int(len(f.Diag.Layers))
		for _, l := range f.Diag.Layers {
			w.f64s(l.DeadFraction)
			w.f64s(l.SaturatedFraction)
			w.f64s(l.LeakyFraction)
			w.int(len(l.Dead))
			for _, d := range l.Dead {
				w.bool(d)
			}
			w.f64(l.GradNorm)
			w.f64(l.BiasGradNorm)
			w.f64s(l.WeightGrad)
		}
	}
	return w.b
}

// DecodeFrame reads a frame message into f, reusing f's storage.
func DecodeFrame(b []byte, f *Frame) error {
	if len(b) == 0 || b[0] != kindFrame {
		return fmt.Errorf("remote: not a frame")
	}
	r := reader{b: b[1:]}
	f.Version = r.u32()
	if p := r.take(1); p != nil {
		f.Stop = Stop(p[0])
	}
	f.Trained = r.int()
	r.position(&f.Position)
	f.Params = r.rows(f.Params)
	f.Grads = r.rows(f.Grads)
	if f.HasHeat = r.bool(); f.HasHeat {
		f.Signs = r.bool()
		f.Pix = append(f.Pix[:0], r.take(r.count(1))...)
		f.Diag.Points = r.int()
		n := r.count(8)
		if cap(f.Diag.Layers) < n {
			f.Diag.Layers = make([]core.LayerDiagnostics, n)
		}
		f.Diag.Layers = f.Diag.Layers[:n]
		for i := range f.Diag.Layers {
			l := &f.Diag.Layers[i]
			l.DeadFraction = r.f64s(l.DeadFraction)
			l.SaturatedFraction = r.f64s(l.SaturatedFraction)
			l.LeakyFraction = r.f64s(l.LeakyFraction)
			l.Dead = l.Dead[:0]
			for range r.count(1) {
				l.Dead = append(l.Dead, r.bool())
			}
			l.GradNorm, l.BiasGradNorm = r.f64(), r.f64()
			l.WeightGrad = r.f64s(l.WeightGrad)
		}
	}
	if r.err == nil && len(r.b) != 0 {
		r.err = fmt.Errorf("remote: %d bytes after the frame", len(r.b))
	}
	return r.err
}
