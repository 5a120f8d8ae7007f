package play

import (
	"slices"
	"strings"
	"testing"

	"nnplay/core"
)

// TestEditsKeepWeights: + and − on units and layers, and the feature toggles, keep every
// weight between two units that stay and every bias of a unit that stays.
func TestEditsKeepWeights(t *testing.T) {
	for _, c := range []struct {
		cmd   Command
		sizes []int
		// keep maps a kept weight: layer, unit and input in the new network from those
		// in the old; nil keeps them where they were. layer maps a layer, whose units
		// keep their biases, to its place in the new network (-1: gone); nil keeps it.
		keep  func(l, i, j int) (int, int, int, bool)
		layer func(l int) int
	}{
		{AddUnit{Level: 1}, []int{2, 5, 2, 1}, nil, nil},
		{RemoveUnit{Level: 1}, []int{2, 3, 2, 1}, nil, nil},
		{AddUnit{Level: 2}, []int{2, 4, 3, 1}, nil, nil},
		{SetUnits{Level: 2, N: 8}, []int{2, 4, 8, 1}, nil, nil},
		{SetFeature{Feature: core.X1X2, On: true}, []int{3, 4, 2, 1}, nil, nil},
		{SetFeature{Feature: core.X1, On: false}, []int{1, 4, 2, 1},
			func(l, i, j int) (int, int, int, bool) {
				if l == 0 {
					return l, i, j - 1, j > 0
				}
				return l, i, j, true
			}, nil},
		{AddLayer{}, []int{2, 4, 2, 2, 1}, func(l, i, j int) (int, int, int, bool) {
			return l, i, j, l < 2 // the output's weights now start at the new layer: drawn
		}, func(l int) int { return l + l/2 }},
		{RemoveLayer{}, []int{2, 4, 1}, func(l, i, j int) (int, int, int, bool) {
			return l, i, j, l < 1
		}, func(l int) int { return []int{0, -1, 1}[l] }},
	} {
		m := NewSession()
		m.Apply(Select{Unit: Unit{Level: 2, Index: 1}})
		rng := core.NewRNG(7)
		for _, p := range m.Net.Parameters() { // every value apart from every other
			for k := range p.Value {
				p.Value[k] = rng.Uniform(-1, 1)
			}
		}
		old := m.Net.Clone()
		if err := m.Apply(c.cmd); err != nil {
			t.Fatalf("%#v: %v", c.cmd, err)
		}
		if !slices.Equal(m.Sizes(), c.sizes) {
			t.Errorf("%#v: sizes %v, want %v", c.cmd, m.Sizes(), c.sizes)
		}
		for l, layer := range old.Layers {
			for i, row := range layer.Linear.Weight {
				for j, w := range row {
					nl, ni, nj, kept := l, i, j, true
					if c.keep != nil {
						nl, ni, nj, kept = c.keep(l, i, j)
					}
					if !kept || nl >= len(m.Net.Layers) {
						continue
					}
					lin := m.Layer(nl).Linear
					if ni < lin.Out && nj < lin.In && lin.Weight[ni][nj] != w {
						t.Errorf("%#v: weight %d[%d][%d] %v became %v", c.cmd, l, i, j, w,
							lin.Weight[ni][nj])
					}
				}
				nl := l
				if c.layer != nil {
					nl = c.layer(l)
				}
				if nl >= 0 && i < m.Layer(nl).Linear.Out &&
					m.Layer(nl).Linear.Bias[i] != layer.Linear.Bias[i] {
					t.Errorf("%#v: bias %d[%d] changed", c.cmd, l, i)
				}
			}
		}
		if len(m.Trainer.Opt.Params()) != len(m.Net.Parameters()) || !m.valid(m.Selected) ||
			len(m.XTrain[0]) != m.Sizes()[0] || len(m.Heat().Features) != m.Sizes()[0] {
			t.Errorf("%#v: the trainer, selection, data or sweep did not follow", c.cmd)
		}
		m.Apply(Play{On: true})
		m.Tick(clock, 0) // and it trains in its new shape
		if m.Diverged != nil || m.Epoch() != 1 {
			t.Errorf("%#v: training after it: %v", c.cmd, m.Diverged)
		}
	}
}

// TestEditLimits: the edits that would leave Playground's limits are refused with a
// message, and the network stays as it was.
func TestEditLimits(t *testing.T) {
	defer speak(English)
	for _, c := range []struct {
		setup []Command
		cmd   Command
		says  string
	}{
		{[]Command{SetUnits{Level: 1, N: 8}}, AddUnit{Level: 1}, "at most 8 units"},
		{[]Command{SetUnits{Level: 2, N: 1}}, RemoveUnit{Level: 2}, "at least one unit"},
		{[]Command{SetHiddenLayers{N: 8}}, AddLayer{}, "at most 8 hidden layers"},
		{[]Command{SetHiddenLayers{N: 0}}, RemoveLayer{}, "no hidden layer"},
		{nil, SetHiddenLayers{N: 9}, "0 to 8 hidden layers, not 9"},
		{nil, SetHiddenLayers{N: -1}, "not -1"},
		{nil, SetUnits{Level: 1, N: 0}, "1 to 8 units, not 0"},
		{nil, SetUnits{Level: 1, N: 1000000}, "not 1000000"},
		{nil, SetUnits{Level: 3, N: 2}, "level 3 is not a hidden layer"},
		{nil, AddUnit{Level: 0}, "level 0 is not a hidden layer"},
		{nil, RemoveUnit{Level: -4}, "not a hidden layer"},
		{[]Command{SetFeature{Feature: core.X2}}, SetFeature{Feature: core.X1},
			"at least one input"},
		{nil, SetFeature{Feature: 7, On: true}, "no input feature 7"},
	} {
		m := NewSession()
		for _, s := range c.setup {
			if err := m.Apply(s); err != nil {
				t.Fatalf("%#v: %v", s, err)
			}
		}
		before, v := m.Net.String()+modelText(t, m.Net), m.Version()
		err := m.Apply(c.cmd)
		if err == nil || !strings.Contains(err.Error(), c.says) {
			t.Errorf("%#v: %v, want %q", c.cmd, err, c.says)
		}
		if m.Net.String()+modelText(t, m.Net) != before || m.Version() != v {
			t.Errorf("%#v changed the network", c.cmd)
		}
		speak(Korean)
		if strings.ContainsAny(Explain(err), "abcdefghijklmnopqrstuvwxyz") {
			t.Errorf("%#v in Korean: %q", c.cmd, Explain(err))
		}
		speak(English)
	}
}

// TestEditKeepsSwitchedOffBiases: a layer whose bias is off keeps its units' biases for
// when it is switched on again, through + and −.
func TestEditKeepsSwitchedOffBiases(t *testing.T) {
	m := NewSession()
	bias := slices.Clone(m.Layer(0).Linear.Bias)
	m.Apply(SetBiasEnabled{Layer: 0, On: false})
	m.Apply(AddUnit{Level: 1})
	m.Apply(RemoveUnit{Level: 1})
	m.Apply(RemoveUnit{Level: 1})
	m.Apply(SetBiasEnabled{Layer: 0, On: true})
	if got := m.Layer(0).Linear.Bias; !slices.Equal(got, bias[:3]) {
		t.Errorf("biases %v, want %v", got, bias[:3])
	}
	m.Apply(SetBiasEnabled{Layer: 0, On: false})
	m.Apply(AddUnit{Level: 1})
	m.Apply(SetBiasEnabled{Layer: 0, On: true})
	if got := m.Layer(0).Linear.Bias; len(got) != 4 || got[3] != 0.1 {
		t.Errorf("the new unit's bias: %v", got)
	}
}
