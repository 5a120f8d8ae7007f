package core

import (
	"errors"
	"fmt"
)

// Trainer runs TensorFlow Playground's training loop: it walks the training samples in
// order, accumulates each sample's gradient with weight 1/batch, and steps the optimizer
// after every BatchSize samples and after the last sample of an epoch (a shorter final
// batch, as PyTorch's DataLoader with drop_last=False; Playground instead carries the
// leftover samples into the next epoch). With 250 samples and batch 10 the two agree.
type Trainer struct {
	Net       *Sequential
	Loss      Loss
	Opt       *SGD
	BatchSize int
	// X and T are the training inputs and targets, one row per sample.
	X, T [][]float64

	// Epoch counts completed epochs; Sample is the next sample's index in the epoch.
	Epoch, Sample int

	trace     *Trace // the last sample trained
	blk       *block // the samples of a batch, run through the network together
	perSample bool   // tests force the per-sample path to compare the two
	inBlock   bool   // the last sample went through blk: Trace is still to copy it
}

// Trace returns the record of the last sample trained: its forward and backward pass,
// with its own loss. HasBackward is false until a sample has been trained. The trace is
// the Trainer's and the next step overwrites it.
//
// A sample trained in a block is copied into the trace here, when asked for, rather
// than after every Advance: the page's worker trains a batch per call and reads only
// the loss (LastLoss), and the copy cost Net B's epoch 3% in wasm (5% natively). A
// block whose loss is not finite leaves the sample that made it so in the trace, as the
// per-sample path does.
func (tr *Trainer) Trace() *Trace {
	trace := tr.buffer()
	if tr.inBlock {
		tr.blk.trace(tr.Net, trace)
		tr.inBlock = false
	}
	return trace
}

// LastLoss returns the loss of the last sample trained, as Trace().Loss does, without
// copying the rest of its pass.
func (tr *Trainer) LastLoss() float64 {
	if tr.inBlock {
		return tr.blk.losses[tr.blk.n-1]
	}
	return tr.buffer().Loss
}

// buffer returns the trace as it stands, made on first use.
func (tr *Trainer) buffer() *Trace {
	if tr.trace == nil {
		tr.trace = NewTrace(tr.Net)
	}
	return tr.trace
}

// DivergedError reports that training produced a loss or an update that is not a finite
// number. Training stopped before changing any parameter with it.
type DivergedError struct {
	Epoch, Sample int
	Err           error
}

// Error says what went wrong and where.
func (e *DivergedError) Error() string {
	return fmt.Sprintf("core: training diverged at epoch %d, sample %d: %v", e.Epoch, e.Sample, e.Err)
}

// Unwrap returns the underlying error.
func (e *DivergedError) Unwrap() error { return e.Err }

// Advance trains on the next n samples, crossing batch and epoch boundaries as needed.
// On divergence it clears the batch's gradients, leaves every parameter as it was before
// the batch, rewinds to the batch's first sample and returns a *DivergedError.
func (tr *Trainer) Advance(n int) error {
	if len(tr.X) == 0 {
		return errors.New("core: no training samples")
	}
	trace := tr.buffer()
	trace.reshape(tr.Net)
	for n > 0 {
		k, err := tr.run(trace, n)
		if err != nil {
			return err
		}
		n -= k
	}
	return nil
}

// RunEpoch trains on the rest of the current epoch (all of it when Sample is 0).
func (tr *Trainer) RunEpoch() error {
	if len(tr.X) == 0 {
		return errors.New("core: no training samples")
	}
	trace := tr.buffer()
	trace.reshape(tr.Net)
	for {
		if _, err := tr.run(trace, len(tr.X)); err != nil {
			return err
		}
		if tr.Sample == 0 {
			return nil
		}
	}
}

// BatchBounds returns the first and one-past-last index of the batch that sample i of
// an epoch belongs to.
func (tr *Trainer) BatchBounds(i int) (start, end int) {
	b := max(tr.BatchSize, 1)
	start = i / b * b
	return start, min(start+b, len(tr.X))
}

// run trains on up to n samples from Sample, stopping at the end of its batch (and
// stepping the optimizer there), and returns how many it trained. trace is the
// network's, already shaped.
func (tr *Trainer) run(trace *Trace, n int) (int, error) {
	i := tr.Sample
	start, end := tr.BatchBounds(i)
	count := min(n, end-i)
	w := 1 / float64(end-start)
	if count > 1 && !tr.perSample {
		if !tr.blk.fits(tr.Net, count, true) {
			tr.blk = newBlock(tr.Net, max(count, tr.BatchSize), true)
		}
		if bad, _ := tr.blk.accumulate(tr.Net, tr.X[i:i+count], tr.T[i:i+count], tr.Loss, w); bad >= 0 {
			// The trace takes the sample whose loss is not finite, as the per-sample path's
			// does; the gradients it adds go with the batch diverged clears.
			tr.inBlock = false
			k := i + bad
			l := tr.Net.accumulate(trace, tr.X[k], tr.T[k], tr.Loss, w)
			return 0, tr.diverged(start, k, fmt.Errorf("the loss is %v", l))
		}
		tr.inBlock = true
	} else {
		tr.inBlock = false
		for k := i; k < i+count; k++ {
			if l := tr.Net.accumulate(trace, tr.X[k], tr.T[k], tr.Loss, w); !IsFinite(l) {
				return 0, tr.diverged(start, k, fmt.Errorf("the loss is %v", l))
			}
		}
	}
	tr.Sample += count
	if tr.Sample == end {
		err := tr.Opt.Step()
		tr.Opt.ZeroGrad()
		if err != nil {
			return 0, tr.diverged(start, end-1, err)
		}
		if tr.Sample == len(tr.X) {
			tr.Sample = 0
			tr.Epoch++
		}
	}
	return count, nil
}

// diverged clears the batch that began at start, rewinds to it and reports sample i.
func (tr *Trainer) diverged(start, i int, err error) error {
	tr.Opt.ZeroGrad()
	tr.Sample = start
	return &DivergedError{Epoch: tr.Epoch, Sample: i, Err: err}
}
