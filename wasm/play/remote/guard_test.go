package remote

import (
	"testing"

	"nnplay/core"
)

// TestGuardHaltsBeforeAParameterRunsAway: a batch whose step would take a weight past
// ±ParamBound halts with that weight, its index and the value the step would have
// written, and leaves the parameters, the position and the samples seen as they were
// before the batch; a step to the bound itself trains on.
func TestGuardHaltsBeforeAParameterRunsAway(t *testing.T) {
	for _, c := range []struct {
		target float64
		halts  bool
		weight float64 // after the step taken
	}{
		{target: 1400, halts: true},    // w = 0 + 1 × 1400: past 1000
		{target: 1000, weight: 1000},   // exactly at the bound
		{target: -1000.5, halts: true}, // just past -1000
	} {
		l := core.NewLinear(1, 1, true, core.NewRNG(1))
		l.Weight[0][0], l.Bias[0] = 0, 0
		net := core.NewSequential(l)
		// Half the squared error of one point at x = 1: the gradient of w and of b is
		// the error, and the learning rate 1 moves each by all of it. The loss, 980,000
		// at most, stays below LossBound: only the bound stops the step.
		tr := &core.Trainer{Net: net, Loss: core.HalfMSELoss{}, BatchSize: 2,
			X: [][]float64{{1}, {1}}, T: [][]float64{{c.target}, {c.target}}}
		tr.Opt = NewSGD(net.Parameters(), 1, 0, 0)
		var g Guard
		seen := int64(0)
		done, h := g.Advance(tr, 2, &seen, func() {})
		if !c.halts {
			if h != nil || done != 2 || l.Weight[0][0] != c.weight {
				t.Errorf("target %v: halt %+v, %d trained, w %v; want none, 2, %v",
					c.target, h, done, l.Weight[0][0], c.weight)
			}
			continue
		}
		if h == nil || h.Err != nil || h.Param != 0 || h.Index != 0 ||
			h.Value != c.target || !h.Kept {
			t.Fatalf("target %v: halt %+v, want weight 0[0] at %v, kept", c.target, h, c.target)
		}
		if done != 0 || seen != 0 || tr.Sample != 0 || tr.Epoch != 0 ||
			l.Weight[0][0] != 0 || l.Bias[0] != 0 || l.WeightGrad[0][0] != 0 {
			t.Errorf("target %v: after the halt %d trained, %d seen, at %d.%d, w %v b %v "+
				"grad %v; want the state before the batch", c.target, done, seen, tr.Epoch,
				tr.Sample, l.Weight[0][0], l.Bias[0], l.WeightGrad[0][0])
		}
	}
}

// TestTrainersAreBoundWhereTheyAreMade: the worker's trainer steps with the bound and the
// regularization of the job it starts on, and Guard.Advance refuses, as a programmer's
// error, an optimizer that NewSGD did not make: it once trained one without the bound,
// so that a runaway step went through (mend21; review17 had it set on every call).
func TestTrainersAreBoundWhereTheyAreMade(t *testing.T) {
	var w Worker
	j := testJob(t)
	j.L1, j.L2 = 0.001, 0.003
	if err := w.Put(EncodeJob(j)); err != nil {
		t.Fatal(err)
	}
	if o := w.tr.Opt; o.Bound != ParamBound || o.L1 != j.L1 || o.L2 != j.L2 || o.LR != j.LR {
		t.Fatalf("the worker's optimizer is %+v, want bound ±%v, L1 %v, L2 %v, lr %v",
			o, ParamBound, j.L1, j.L2, j.LR)
	}
	net := core.NewSequential(core.NewLinear(1, 1, true, core.NewRNG(1)))
	tr := &core.Trainer{Net: net, Loss: core.HalfMSELoss{}, BatchSize: 1,
		X: [][]float64{{1}}, T: [][]float64{{1}}, Opt: core.NewSGD(net.Parameters(), 0.1)}
	defer func() {
		if recover() == nil {
			t.Errorf("Advance trained with an optimizer without the bound")
		}
	}()
	var g Guard
	seen := int64(0)
	g.Advance(tr, 1, &seen, func() {})
}
