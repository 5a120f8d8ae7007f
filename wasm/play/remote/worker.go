package remote

import (
	"fmt"
	"slices"
	"time"

	"nnplay/core"
	"nnplay/wasm/play/sheet"
)

// Bounds of a step that explodes. A step that would take a parameter beyond ±ParamBound,
// or whose training point's loss passes LossBound, is not learning but running away:
// training pauses before it, with the parameters as they were.
//
// ParamBound: the sliders reach ±5, and every preset with every activation on every
// data set, trained 400 epochs at learning rates up to 0.3, keeps its parameters within
// ±10. A weight of 1000 would make a tanh or sigmoid unit a step over a width of 0.001
// of the plane, far finer than the data's spacing, so no network here needs one. The
// bound also keeps every number finite: with parameters within ±1000, 9 layers of 8
// units and features up to 36, no forward or backward pass exceeds about 1e105, far
// below float64's 1.8e308, so nothing the page shows can overflow.
//
// LossBound: targets are ±1 (0 or 1 for BCE), so a network that answers 0 everywhere
// loses at most 1 per point; a point's loss of a million means an output more than a
// thousand away from its target.
const (
	ParamBound = 1e3
	LossBound  = 1e6
)

// BlowUpFactor is how far above its starting value the training loss may climb before
// Play stops: a network that ends up worse than it started, by this much, is not
// learning but overshooting. Healthy runs of the presets at learning rates up to 1 stay
// below 1.35 times their start; at 3 and above they pass 1.5 on most data.
const BlowUpFactor = 1.5

// Worker trains jobs: Put hands it the page's messages, Run trains a slice and says how
// far it got. Its zero value waits for a job.
type Worker struct {
	job    *Job
	tr     *core.Trainer
	params []core.Param // the job's, named once: Parameters formats names

	running bool
	// owed: the page has taken the last frame (or has a new job) and waits for the next;
	// until then the worker trains on and sends nothing, so that frames never queue up
	// on a page that draws slower than the worker trains.
	owed bool
	// heat: the page wants the pictures and meters in the next frame; signs: the
	// output pictured as its sign.
	heat, signs bool
	// trained counts the samples trained since the last frame sent.
	trained int
	frame   Frame
	out     []byte
	// answer is the frame that answers a sweep asked for, until Serve returns it.
	answer []byte
	sweep  *core.Heatmap
	pics   sheet.Sheet // the sweep's pictures
	diag   core.Diagnoser
	scan   *core.Trace
	guard  Guard
	pace   Pace
	// checked is when the training loss was last checked for a blow-up.
	checked time.Time
	// now reads the clock; tests stop it.
	now func() time.Time
}

// Put takes one message from the page: a job, which replaces whatever the worker was
// training, a stop, an acknowledgement, or a sweep, which stops training and is
// answered by the next Serve.
func (w *Worker) Put(msg []byte) error {
	if len(msg) == 0 {
		return fmt.Errorf("remote: an empty message")
	}
	r := reader{b: msg[1:]}
	switch msg[0] {
	case kindStop:
		if v := r.u32(); r.err == nil && (w.job == nil || v >= w.job.Version) {
			w.running = false
		}
		return r.err
	case kindAck:
		v, heat, signs, ms := r.u32(), r.bool(), r.bool(), r.f64()
		if r.err == nil && w.running && v == w.job.Version {
			w.owed, w.heat, w.signs = true, heat, signs
			w.pace.Heard(ms, w.clock()())
		}
		return r.err
	case kindJob:
		j, err := decodeJob(&r)
		if err != nil {
			return err
		}
		w.start(j)
		return nil
	case kindSweep:
		j, err := decodeJob(&r)
		if err != nil {
			return err
		}
		w.running = false
		w.answer = w.sweepOf(j)
		return nil
	}
	return fmt.Errorf("remote: a message of kind %q", msg[0])
}

// start sets up the trainer, the sweeps and the buffers for job j.
func (w *Worker) start(j *Job) {
	w.job, w.running, w.owed, w.heat, w.signs = j, true, true, true, j.Signs
	w.tr = &core.Trainer{Net: j.Net, Loss: j.Loss,
		Opt:       NewSGD(j.Net.Parameters(), j.LR, j.L1, j.L2),
		BatchSize: j.BatchSize, X: j.X, T: j.T, Epoch: j.Epoch, Sample: j.Sample}
	w.params = j.Net.Parameters()
	w.pace.NewWork()
	w.fitSweep(j)
	w.scan = core.NewTrace(j.Net)
	w.frame, w.trained = Frame{Version: j.Version}, 0
	w.checked = time.Time{}
}

// fitSweep makes the sweep's grid job j's.
func (w *Worker) fitSweep(j *Job) {
	if h := w.sweep; h == nil || h.N != j.HeatN || h.Min != j.HeatMin || h.Max != j.HeatMax ||
		!slices.Equal(h.Features, j.Features) {
		// A job comes with every change the learner makes, a slider's drag included, and
		// a sweep ten times a second at the slower speeds: the sweep's megabytes are made
		// again only when the grid changes.
		w.sweep = core.NewHeatmap(j.HeatN, j.HeatMin, j.HeatMax, j.Features)
	}
}

// sweepOf returns the frame that answers a sweep of job j: j's version, parameters and
// position as they came, with the heatmaps and meters of its network.
func (w *Worker) sweepOf(j *Job) []byte {
	w.fitSweep(j)
	f := &w.frame
	f.Version, f.Stop, f.Trained, f.Position = j.Version, Running, 0, j.Position
	f.Params, f.Grads = f.Params[:0], f.Grads[:0]
	for _, p := range j.Net.Parameters() {
		f.Params, f.Grads = append(f.Params, p.Value), append(f.Grads, p.Grad)
	}
	w.signs = j.Signs
	w.refresh(j)
	w.out = EncodeFrame(f, w.out)
	return w.out
}

// Slice is how long Serve trains: about a frame, so that a message waits no longer than
// that.
const Slice = 15 * time.Millisecond

// Serve is the worker module's one entry: it takes the page's message msg, if any, then
// answers a sweep asked for, or trains for a Slice unless Pace rests through a probe.
// It returns the frame to post to the page, or nil, and how long to rest before the next
// call; more is false when there is nothing to do until the page's next message. A
// message it cannot read is a bug of the page's: it panics, the worker stops, and the
// page trains on its own thread.
func (w *Worker) Serve(msg []byte) (frame []byte, rest time.Duration, more bool) {
	if len(msg) > 0 {
		if err := w.Put(msg); err != nil {
			panic(err)
		}
	}
	if a := w.answer; a != nil {
		w.answer = nil
		return a, 0, w.running
	}
	now := w.clock()
	t0 := now()
	if !w.running {
		return nil, 0, false
	}
	if w.pace.Probing(t0) {
		return w.send(), 0, false
	}
	seen := w.epoch()
	frame = w.Run(Slice)
	return frame, w.pace.RestAfter(now().Sub(t0), w.epoch()-seen), w.running
}

// Running reports whether the worker has a job to train.
func (w *Worker) Running() bool { return w.running }

// Run trains whole epochs for about budget and returns the frame that says where they
// got when the page waits for one or training has stopped, and nil otherwise. The
// frame is the Worker's and the next Run overwrites it.
func (w *Worker) Run(budget time.Duration) []byte {
	if !w.running {
		return nil
	}
	now := w.clock()
	t0 := now()
	n := len(w.tr.X)
	for trained := 0; w.running && (trained == 0 || now().Sub(t0) < budget); {
		k := w.advance(n - w.tr.Sample)
		trained += k
		w.trained += k
	}
	w.job.Epoch, w.job.Sample = w.tr.Epoch, w.tr.Sample
	if t := now(); w.running && t.Sub(w.checked) >= RefreshEvery {
		w.checked = t
		w.checkBlowUp()
	}
	if !w.running {
		// The page hears of the stop at once, whether or not it has taken the last frame.
		w.owed = true
	}
	return w.send()
}

// send returns the frame of where training stands when the page waits for one, or nil.
func (w *Worker) send() []byte {
	if !w.owed || w.job == nil {
		return nil
	}
	f := &w.frame
	f.HasHeat = false
	if w.heat || f.Stop == BlewUp {
		w.refresh(w.job)
	}
	f.Params, f.Grads = f.Params[:0], f.Grads[:0]
	for _, p := range w.params {
		f.Params, f.Grads = append(f.Params, p.Value), append(f.Grads, p.Grad)
	}
	f.Position, f.Trained = w.job.Position, w.trained
	w.out = EncodeFrame(f, w.out)
	w.owed, w.heat, w.trained = false, false, 0
	return w.out
}

func (w *Worker) clock() func() time.Time {
	if w.now != nil {
		return w.now
	}
	return time.Now
}

// advance trains the next k samples a batch at a time, as the page's own training
// does (Guard), and returns the samples trained. Before a batch that runs away it
// stops with the state as it was before the batch: Halted.
func (w *Worker) advance(k int) int {
	j := w.job
	done, h := w.guard.Advance(w.tr, k, &j.SamplesSeen, w.epochsDone)
	if h != nil {
		w.running, w.frame.Stop = false, Halted
	}
	return done
}

// epochsDone records the loss curve when an epoch has ended, as the page does.
func (w *Worker) epochsDone() {
	j := w.job
	if w.tr.Epoch != j.EpochSeen {
		j.EpochSeen = w.tr.Epoch
		if j.History.Offer() {
			j.History.Record(w.epoch(), w.loss(j.X, j.T), w.loss(j.XTest, j.TTest))
		}
	}
}

// epoch is the number of epochs trained, fractional between epochs, as the page counts.
func (w *Worker) epoch() float64 {
	return float64(w.job.SamplesSeen) / float64(len(w.job.X))
}

func (w *Worker) loss(xs, ts [][]float64) float64 {
	return w.job.Net.MeanLoss(w.scan, xs, ts, w.job.Loss)
}

// refresh computes the pictures of the heatmaps and the meters of job j's network into
// the frame.
func (w *Worker) refresh(j *Job) {
	f := &w.frame
	w.sweep.Run(j.Net)
	if !w.pics.Fits(j.Net, j.HeatN) {
		w.pics.Layout(j.Net.Sizes(), j.HeatN)
	}
	f.HasHeat, f.Signs = true, w.signs
	f.Pix = w.pics.All(w.sweep, w.signs, f.Pix[:0])
	f.Diag = *w.diag.Run(j.Net, j.X, j.T, j.Loss)
}

// checkBlowUp stops training when the training loss has blown up, as the page's check
// would.
func (w *Worker) checkBlowUp() {
	j := w.job
	if w.epoch() < 1 || len(j.History.Points) == 0 {
		return
	}
	if start := j.History.Points[0].Train; w.loss(j.X, j.T) > BlowUpFactor*start {
		w.running, w.frame.Stop = false, BlewUp
	}
}
