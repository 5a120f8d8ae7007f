package remote

import (
	"errors"

	"nnplay/core"
)

// Halt says why Guard.Advance stopped before a batch: core refused a step that is not
// finite (Err), or one that would take a parameter past ±ParamBound (Param >= 0: value
// Index of parameter Param of Net.Parameters would have become Value, which is finite),
// or else the training point's loss Loss passed LossBound or is not a number. Kept says
// that the parameters are as they were before the batch: always after a refused step,
// and after a loss's halt when the batch had changed them and was taken back.
type Halt struct {
	Err          error
	Param, Index int
	Value, Loss  float64
	Kept         bool
}

// Guard trains a batch at a time and stops before a batch that runs away: the one
// training loop of the page and of its worker, so that both stop at the same batch with
// the same state. It keeps a copy of the parameters to take a batch back; its zero
// value is ready.
type Guard struct{ keep [][]float64 }

// Advance trains the next k samples of tr a batch at a time, checking each batch before
// anyone sees it. When core refuses a step that is not finite, or the step explodes
// (ParamBound, LossBound), the parameters go back to what they were before the batch,
// training rewinds to the batch's first sample with its gradients cleared, the samples
// of the batch counted in seen before are taken off it, and Advance says why. seen
// counts the samples trained; after is called after every part of a batch that passed,
// to record the loss curve when an epoch has ended. It returns the samples trained.
// tr's optimizer refuses a step beyond ParamBound in its own pass over the values: it
// must be made by NewSGD, as the page's and the worker's are, and Advance panics on
// another, a programmer's error that would let a runaway step through.
func (g *Guard) Advance(tr *core.Trainer, k int, seen *int64, after func()) (int, *Halt) {
	if tr.Opt.Bound != ParamBound {
		panic("remote: Guard.Advance with an optimizer that NewSGD did not make")
	}
	ps := tr.Opt.Params()
	done := 0
	for done < k {
		start, end := tr.BatchBounds(tr.Sample)
		n := min(k-done, end-tr.Sample)
		epoch, sample := tr.Epoch, tr.Sample
		updates := tr.Sample+n == end // the batch ends here: the optimizer steps
		if updates {
			g.save(ps)
		}
		h := g.check(tr.Advance(n), updates, tr.LastLoss())
		if h != nil {
			if h.Kept && h.Err == nil {
				g.restore(ps)
			}
			// The samples of the batch already counted are trained again from its start.
			tr.Epoch, tr.Sample = epoch, start
			tr.Opt.ZeroGrad()
			*seen -= int64(sample - start)
			return done, h
		}
		done += n
		*seen += int64(n)
		after()
	}
	return done, nil
}

// NewSGD returns the optimizer of a trainer Guard advances, the page's, the worker's and
// Step's: core's SGD over params at the learning rate lr with the regularization rates
// l1 and l2, bound at ±ParamBound.
func NewSGD(params []core.Param, lr, l1, l2 float64) *core.SGD {
	o := core.NewSGD(params, lr)
	o.Bound, o.L1, o.L2 = ParamBound, l1, l2
	return o
}

// check says why a part of a batch that core trained with error err halts, or nil:
// updates says that it ended the batch, so that the parameters changed, and loss is the
// training point's loss.
func (g *Guard) check(err error, updates bool, loss float64) *Halt {
	if err != nil {
		return StepHalt(err)
	}
	if !core.IsFinite(loss) || loss > LossBound {
		return &Halt{Param: -1, Loss: loss, Kept: updates}
	}
	return nil
}

// StepHalt says why core's refusal err of a step halts training: a parameter beyond the
// bound, or else err; the parameters are as before the step (Kept). Play's guard and
// Step's animation both ask it. (Apart from check: the error errors.As reads into lives
// on the heap, and check runs after every part of a batch.)
func StepHalt(err error) *Halt {
	var far *core.BoundError
	if errors.As(err, &far) {
		return &Halt{Param: far.Which, Index: far.Index, Value: far.Value, Kept: true}
	}
	return &Halt{Err: err, Param: -1, Kept: true}
}

// save copies the parameters ps, reusing the buffers while the shapes stay.
func (g *Guard) save(ps []core.Param) {
	if len(g.keep) != len(ps) {
		g.keep = make([][]float64, len(ps))
	}
	for i, p := range ps {
		if len(g.keep[i]) != len(p.Value) {
			g.keep[i] = make([]float64, len(p.Value))
		}
		copy(g.keep[i], p.Value)
	}
}

// restore writes the saved parameters back into ps.
func (g *Guard) restore(ps []core.Param) {
	for i, p := range ps {
		copy(p.Value, g.keep[i])
	}
}
