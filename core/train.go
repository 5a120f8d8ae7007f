package core

import (
	"errors"
	"fmt"
	"math"
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
}

// DivergedError reports that training produced a loss or an update that is not a finite
// number. Training stopped before changing any parameter with it.
type DivergedError struct {
	Epoch, Sample int
	Err           error
}

func (e *DivergedError) Error() string {
	return fmt.Sprintf("core: training diverged at epoch %d, sample %d: %v", e.Epoch, e.Sample, e.Err)
}

func (e *DivergedError) Unwrap() error { return e.Err }

// Advance trains on the next n samples, crossing batch and epoch boundaries as needed.
// On divergence it clears the batch's gradients, leaves every parameter as it was before
// the batch, rewinds to the batch's first sample and returns a *DivergedError.
func (tr *Trainer) Advance(n int) error {
	if len(tr.X) == 0 {
		return errors.New("core: no training samples")
	}
	trace := tr.Net.Trace()
	trace.reshape(tr.Net)
	for ; n > 0; n-- {
		if err := tr.sample(trace); err != nil {
			return err
		}
	}
	return nil
}

// RunEpoch trains on the rest of the current epoch (all of it when Sample is 0).
func (tr *Trainer) RunEpoch() error {
	if len(tr.X) == 0 {
		return errors.New("core: no training samples")
	}
	trace := tr.Net.Trace()
	trace.reshape(tr.Net)
	for {
		if err := tr.sample(trace); err != nil {
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

// sample trains on the next sample; trace is the network's, already shaped.
func (tr *Trainer) sample(trace *Trace) error {
	i := tr.Sample
	start, end := tr.BatchBounds(i)
	l := tr.Net.accumulate(trace, tr.X[i], tr.T[i], tr.Loss, 1/float64(end-start))
	if math.IsNaN(l) || math.IsInf(l, 0) {
		tr.Opt.ZeroGrad()
		tr.Sample = start
		return &DivergedError{Epoch: tr.Epoch, Sample: i, Err: fmt.Errorf("the loss is %v", l)}
	}
	tr.Sample++
	if tr.Sample == end {
		err := tr.Opt.Step()
		tr.Opt.ZeroGrad()
		if err != nil {
			tr.Sample = start
			return &DivergedError{Epoch: tr.Epoch, Sample: i, Err: err}
		}
		if tr.Sample == len(tr.X) {
			tr.Sample = 0
			tr.Epoch++
		}
	}
	return nil
}
