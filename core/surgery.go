package core

import (
	"errors"
	"fmt"
	"slices"
)

// Network surgery: TensorFlow Playground's + and − buttons, which add and remove hidden
// layers and their units, and its feature toggles, which add and remove input columns.
// Playground draws the whole network anew after each; here every weight between two
// units that stay is kept, and so is the bias of every unit that stays.
//
// Units are named by level, as a drawing shows them: level 0 holds the inputs, level
// l >= 1 the outputs of Linear layer l-1 (s.Layers[l-1]), and the last level the
// network's outputs. A weight connects a unit of one level to a unit of the next.
//
// New weights and biases come from init and rng: a layer that gains units or inputs is
// filled as init would fill a fresh layer of its new shape (every value drawn, row by
// row, then the bias, so the draws follow the new shape), then every kept value is
// copied back; layers are drawn input side first. Removing draws nothing. Every
// gradient of the network is cleared, since a batch in progress belongs to the old
// shape. Layers that stay keep their identity (the same *Linear), activation and bias
// switch; an optimizer holding the old parameters must be rebuilt, as after SetBias.
// Traces reshape themselves on their next use.
//
// On error the network is unchanged.

// TensorFlow Playground's limits, which surgery keeps: at most MaxHiddenLayers hidden
// layers, and from 1 to MaxUnits units in a level. A network read from a file may be
// larger: surgery can still shrink it, but not grow it.
const (
	MaxHiddenLayers = 8
	MaxUnits        = 8
)

// InsertUnit adds a unit to level at position at (0 to the level's size; its size adds
// one at the end, which Playground's + does), shifting later units up. On a hidden
// level, the new unit's incoming weights and bias and its outgoing weights are drawn;
// on level 0 it is a new input column, whose weights into level 1 are drawn; on the
// output level, a new output with drawn weights and bias.
func (s *Sequential) InsertUnit(level, at int, init Init, rng *RNG) error {
	if err := s.checkLevel(level); err != nil {
		return err
	}
	n := s.Sizes()[level]
	switch {
	case at < 0 || at > n:
		return fmt.Errorf("core: level %d has %d units: no position %d to insert at", level, n, at)
	case n >= MaxUnits:
		return fmt.Errorf("core: level %d already has %d units, the most a level may have",
			level, n)
	}
	if err := canDraw(init, rng); err != nil {
		return err
	}
	grown := inserting(n, at)
	if level > 0 {
		l := s.Layers[level-1].Linear
		l.remap(grown, keeping(l.In, -1), init, rng)
	}
	if level < len(s.Layers) {
		l := s.Layers[level].Linear
		l.remap(keeping(l.Out, -1), grown, init, rng)
	}
	s.ZeroGrad()
	return nil
}

// RemoveUnit removes unit unit of level level with its incoming weights and bias and its
// outgoing weights; on level 0 it removes an input column. A level keeps at least one
// unit.
func (s *Sequential) RemoveUnit(level, unit int) error {
	if err := s.checkLevel(level); err != nil {
		return err
	}
	n := s.Sizes()[level]
	switch {
	case unit < 0 || unit >= n:
		return fmt.Errorf("core: level %d has no unit %d (it has %d)", level, unit, n)
	case n == 1:
		return fmt.Errorf("core: unit %d is the only unit of level %d", unit, level)
	}
	shrunk := keeping(n, unit)
	if level > 0 {
		l := s.Layers[level-1].Linear
		l.remap(shrunk, keeping(l.In, -1), Init{}, nil)
	}
	if level < len(s.Layers) {
		l := s.Layers[level].Linear
		l.remap(keeping(l.Out, -1), shrunk, Init{}, nil)
	}
	s.ZeroGrad()
	return nil
}

// InsertLayer adds a hidden level of units units (1 to MaxUnits) at level level (1 to
// the output's level: at the output's level it goes just before the output, which
// Playground's + does), shifting later levels up. Its Linear layer, with or without
// bias and followed by act (nil for none), is drawn whole. The layer after it keeps its
// units' biases and activation, but its weights, which now start at units it was never
// connected to, are drawn.
func (s *Sequential) InsertLayer(level, units int, act Activation, bias bool, init Init,
	rng *RNG) error {
	hidden := len(s.Layers) - 1
	switch {
	case level < 1 || level > len(s.Layers):
		return fmt.Errorf("core: a hidden layer goes at level 1 to %d, not level %d",
			len(s.Layers), level)
	case hidden >= MaxHiddenLayers:
		return fmt.Errorf("core: the network already has %d hidden layers, the most it may have",
			hidden)
	case units < 1 || units > MaxUnits:
		return fmt.Errorf("core: a hidden layer has 1 to %d units, not %d", MaxUnits, units)
	}
	if act != nil {
		if err := validActivation(act); err != nil {
			return fmt.Errorf("core: %v: %w", act.Label(), err)
		}
	}
	if err := canDraw(init, rng); err != nil {
		return err
	}
	l := newLinear(s.Sizes()[level-1], units, bias)
	init.apply(l, rng)
	next := s.Layers[level-1].Linear
	next.remap(keeping(next.Out, -1), drawing(units), init, rng)
	s.Layers = slices.Insert(s.Layers, level-1, Layer{Linear: l, Act: act})
	s.ZeroGrad()
	return nil
}

// RemoveLayer removes hidden level level (1 to the number of hidden layers) with the
// Linear layer and activation that compute it. The previous level then feeds the next
// one directly: the next layer keeps its units' biases and its activation, and its
// weights, which now start at units it was never connected to, are drawn; no weight of
// the removed layer survives. Removing the last hidden layer connects the inputs to the
// output this way: the output keeps its bias and activation, and its weights from the
// inputs are drawn.
func (s *Sequential) RemoveLayer(level int, init Init, rng *RNG) error {
	hidden := len(s.Layers) - 1
	switch {
	case hidden == 0:
		return fmt.Errorf("core: level %d is not a hidden layer: the network has none", level)
	case level < 1 || level > hidden:
		return fmt.Errorf("core: level %d is not a hidden layer (they are levels 1 to %d)",
			level, hidden)
	}
	if err := canDraw(init, rng); err != nil {
		return err
	}
	next := s.Layers[level].Linear
	next.remap(keeping(next.Out, -1), drawing(s.Sizes()[level-1]), init, rng)
	s.Layers = slices.Delete(s.Layers, level-1, level)
	s.ZeroGrad()
	return nil
}

// checkLevel says why level is not one of the network's.
func (s *Sequential) checkLevel(level int) error {
	if level < 0 || level > len(s.Layers) {
		return fmt.Errorf("core: the network has no level %d (levels 0 to %d)", level, len(s.Layers))
	}
	return nil
}

// canDraw says why init cannot draw new values: a random init needs a generator.
func canDraw(init Init, rng *RNG) error {
	if rng == nil && init.kind != initZeros && init.kind != initConstant {
		return errors.New("core: drawing new weights with " + init.String() + " needs a generator")
	}
	return nil
}

// keeping returns the old indices 0..n-1 without skip (none for -1).
func keeping(n, skip int) []int {
	idx := make([]int, 0, n)
	for i := range n {
		if i != skip {
			idx = append(idx, i)
		}
	}
	return idx
}

// inserting returns the old indices 0..n-1 with a new one (-1) at position at.
func inserting(n, at int) []int { return slices.Insert(keeping(n, -1), at, -1) }

// drawing returns n new indices.
func drawing(n int) []int {
	idx := make([]int, n)
	for i := range idx {
		idx[i] = -1
	}
	return idx
}

// remap rebuilds l in place with len(rows) outputs and len(cols) inputs: output i is old
// output rows[i] and input j old input cols[j], keeping the weights between them and
// the output's bias; an index -1 marks a new output or input, whose values are those
// init draws for a fresh layer of the new shape. Gradients are cleared.
func (l *Linear) remap(rows, cols []int, init Init, rng *RNG) {
	c := newLinear(len(cols), len(rows), l.HasBias())
	if slices.Contains(rows, -1) || slices.Contains(cols, -1) {
		init.apply(c, rng)
	}
	for i, oi := range rows {
		if oi < 0 {
			continue
		}
		for j, oj := range cols {
			if oj >= 0 {
				c.Weight[i][j] = l.Weight[oi][oj]
			}
		}
		if c.Bias != nil {
			c.Bias[i] = l.Bias[oi]
		}
	}
	*l = *c
}
