package play

import (
	"testing"

	"nnplay/wasm/play/remote"
)

// TestLossFlat reads made-up loss curves: a stall is a loss that has moved less than
// StallFlat over StallEpochs epochs and is still above half where it started; the
// epochs it says are the whole flat stretch (the banner said "flat for the last 24
// epochs" of a loss flat for 1,700).
func TestLossFlat(t *testing.T) {
	curve := func(start float64, epochs int, at func(e int) float64) remote.History {
		h := remote.History{Points: []remote.LossPoint{{Epoch: 0, Train: start}}}
		for e := 1; e <= epochs; e++ {
			h.Points = append(h.Points, remote.LossPoint{Epoch: float64(e), Train: at(e)})
		}
		return h
	}
	flatAt := func(v float64) func(int) float64 { return func(int) float64 { return v } }
	for _, c := range []struct {
		name   string
		h      remote.History
		flat   bool
		epochs int
	}{
		{"flat since epoch 1", curve(0.7, 40, flatAt(0.6)), true, 39},
		{"flat from the start", curve(0.6, 40, flatAt(0.6)), true, 40},
		{"flat since epoch 25", curve(0.7, 60, func(e int) float64 {
			return max(0.6, 0.7-0.004*float64(e))
		}), true, 36},
		{"drifting 2% over the span", curve(0.7, 40, func(e int) float64 {
			return 0.6 * (1 - 0.001*float64(e))
		}), false, 0},
		{"flat below half its start", curve(0.7, 40, flatAt(0.3)), false, 0},
		{"flat for fewer epochs than a stall takes", curve(0.7, StallEpochs-1, flatAt(0.6)),
			false, 0},
		{"a thinned curve, one point every 15 epochs", remote.History{Points: []remote.LossPoint{
			{Epoch: 0, Train: 0.7}, {Epoch: 15, Train: 0.6}, {Epoch: 30, Train: 0.6},
			{Epoch: 45, Train: 0.6}}}, true, 30},
		{"a thinned curve, flat all along", remote.History{Points: []remote.LossPoint{
			{Epoch: 0, Train: 0.6}, {Epoch: 15, Train: 0.6}, {Epoch: 30, Train: 0.6},
			{Epoch: 45, Train: 0.6}}}, true, 45},
		{"a thinned curve that fell within its last 30 epochs", remote.History{
			Points: []remote.LossPoint{{Epoch: 0, Train: 0.7}, {Epoch: 15, Train: 0.65},
				{Epoch: 30, Train: 0.6}, {Epoch: 45, Train: 0.6}}}, false, 0},
	} {
		m := NewSession()
		m.History = c.h
		flat, _, epochs := m.lossFlat()
		if flat != c.flat || epochs != c.epochs {
			t.Errorf("%s: flat %v over %d epochs, want %v over %d", c.name, flat, epochs,
				c.flat, c.epochs)
		}
	}
}
