package core

import (
	"fmt"
	"math"
)

// Loss measures one sample's output y against its target t. A batch's loss is the
// mean of its samples' losses, PyTorch's reduction='mean'.
type Loss interface {
	// Forward returns the sample's loss.
	Forward(y, t []float64) float64
	// Backward writes dL/dy of the sample's loss into dy.
	Backward(y, t, dy []float64)
	// Name is the loss's name in the page and the CLI: "mse", "half_mse" or
	// "bce_with_logits".
	Name() string
	// Formula is one output's loss written out for the lesson, with y the output and
	// t the target: "0.5 (y - t)²" for HalfMSELoss.
	Formula() string
	String() string
}

// MSELoss is PyTorch's nn.MSELoss: the mean of (y - t)^2 over the outputs.
type MSELoss struct{}

// HalfMSELoss is TensorFlow Playground's square loss: the mean of 0.5*(y - t)^2 over
// the outputs, whose gradient is y - t.
type HalfMSELoss struct{}

// BCEWithLogitsLoss is PyTorch's nn.BCEWithLogitsLoss: y is a logit, t a probability
// in [0, 1], and the loss is the mean over the outputs of
// max(y,0) - y*t + log(1 + exp(-|y|)), which never overflows.
type BCEWithLogitsLoss struct{}

// Losses lists the losses a menu offers.
func Losses() []Loss { return []Loss{HalfMSELoss{}, MSELoss{}, BCEWithLogitsLoss{}} }

// LossByName returns the loss whose Name is name.
func LossByName(name string) (Loss, error) {
	for _, l := range Losses() {
		if l.Name() == name {
			return l, nil
		}
	}
	return nil, fmt.Errorf("core: unknown loss %q (want half_mse, mse or bce_with_logits)", name)
}

// Forward returns the sample's MSELoss.
func (MSELoss) Forward(y, t []float64) float64 {
	s := 0.0
	for i, v := range y {
		d := v - t[i]
		s += d * d
	}
	return s / float64(len(y))
}

// Backward writes dL/dy of MSELoss into dy.
func (MSELoss) Backward(y, t, dy []float64) {
	k := 2 / float64(len(y))
	for i, v := range y {
		dy[i] = k * (v - t[i])
	}
}

// Forward returns the sample's HalfMSELoss.
func (HalfMSELoss) Forward(y, t []float64) float64 {
	s := 0.0
	for i, v := range y {
		d := v - t[i]
		s += 0.5 * d * d
	}
	return s / float64(len(y))
}

// Backward writes dL/dy of HalfMSELoss into dy.
func (HalfMSELoss) Backward(y, t, dy []float64) {
	n := float64(len(y))
	for i, v := range y {
		dy[i] = (v - t[i]) / n
	}
}

// Forward returns the sample's BCEWithLogitsLoss.
func (BCEWithLogitsLoss) Forward(y, t []float64) float64 {
	s := 0.0
	for i, v := range y {
		s += math.Max(v, 0) - v*t[i] + math.Log1p(exp(-math.Abs(v)))
	}
	return s / float64(len(y))
}

// Backward is (sigmoid(y) - t)/n, finite for every finite y.
func (BCEWithLogitsLoss) Backward(y, t, dy []float64) {
	n := float64(len(y))
	for i, v := range y {
		dy[i] = (sigmoid(v) - t[i]) / n
	}
}

// Name returns "mse".
func (MSELoss) Name() string { return "mse" }

// Name returns "half_mse".
func (HalfMSELoss) Name() string { return "half_mse" }

// Name returns "bce_with_logits".
func (BCEWithLogitsLoss) Name() string { return "bce_with_logits" }

// Formula returns "(y - t)²".
func (MSELoss) Formula() string { return "(y - t)²" }

// Formula returns "0.5 (y - t)²".
func (HalfMSELoss) Formula() string { return "0.5 (y - t)²" }

// Formula returns the stable form "max(y, 0) - y t + log(1 + exp(-|y|))".
func (BCEWithLogitsLoss) Formula() string { return "max(y, 0) - y t + log(1 + exp(-|y|))" }

// String returns "MSELoss()".
func (MSELoss) String() string { return "MSELoss()" }

// String returns "HalfMSELoss()".
func (HalfMSELoss) String() string { return "HalfMSELoss()" }

// String returns "BCEWithLogitsLoss()".
func (BCEWithLogitsLoss) String() string { return "BCEWithLogitsLoss()" }
