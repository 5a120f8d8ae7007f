package play

import (
	"errors"

	"nnplay/core"
)

// Command is one intent of the learner: move a weight, switch an activation, pick a
// unit. The browser turns DOM and pointer events into commands; Apply carries them out
// and refuses bad ones with a message, leaving the model as it was.
type Command interface {
	apply(m *Session) error
}

// Apply carries out c. On error the model is unchanged and the error says why, in
// words for the page; a Notice is not an error but what a command that was carried out
// has to say.
func (m *Session) Apply(c Command) error {
	m.ending = stepEnd{}
	err := c.apply(m)
	if Refusal(err) != nil {
		return err
	}
	m.version++
	if _, ok := c.(looksOnly); !ok {
		m.gen++
		m.endStaleStep()
	}
	m.noteStepEnded(c)
	m.noteProgress()
	m.withdrawStaleOffer()
	return err
}

// looksOnly is a command that changes only how the canvas looks (a hover, a tab): the
// views' numbers stay as they were.
type looksOnly interface{ looksOnly() }

// SetWeight sets the weight into unit Unit of Linear layer Layer from its input In.
type SetWeight struct {
	Layer, Unit, In int
	Value           float64
}

// SetBias sets the bias of unit Unit of Linear layer Layer.
type SetBias struct {
	Layer, Unit int
	Value       float64
}

// SetBiasEnabled turns Linear layer Layer's bias on or off (PyTorch's bias=True or
// False). Turning it back on restores the values it had.
type SetBiasEnabled struct {
	Layer int
	On    bool
}

// SetActivation sets the activation after Linear layer Layer.
type SetActivation struct {
	Layer int
	Act   core.Activation
}

// SetInput moves the point whose forward pass the canvas shows.
type SetInput struct {
	X1, X2 float64
}

// Select picks the unit whose weights, bias and activation the panel shows.
type Select struct {
	Unit Unit
}

func (c SetWeight) apply(m *Session) error {
	lin, err := m.linear(c.Layer)
	if err != nil {
		return err
	}
	if c.Unit < 0 || c.Unit >= lin.Out || c.In < 0 || c.In >= lin.In {
		return NoSuchWeight.With(c.Layer+1, c.Unit, c.In)
	}
	if err := checkValue(AWeight, c.Value, ParamBound); err != nil {
		return err
	}
	lin.Weight[c.Unit][c.In] = c.Value
	m.Refresh()
	return nil
}

// edit is the weight, the same for every move of its slider's drag (dragged).
func (c SetWeight) edit() Command {
	c.Value = 0
	return c
}

func (c SetBias) apply(m *Session) error {
	lin, err := m.linear(c.Layer)
	if err != nil {
		return err
	}
	if !lin.HasBias() {
		return NoBiasInLayer.With(c.Layer + 1)
	}
	if c.Unit < 0 || c.Unit >= lin.Out {
		return NoSuchUnitInLayer.With(c.Layer+1, c.Unit)
	}
	if err := checkValue(ABias, c.Value, ParamBound); err != nil {
		return err
	}
	lin.Bias[c.Unit] = c.Value
	m.Refresh()
	return nil
}

// edit is the bias, the same for every move of its slider's drag (dragged).
func (c SetBias) edit() Command {
	c.Value = 0
	return c
}

func (c SetBiasEnabled) apply(m *Session) error {
	lin, err := m.linear(c.Layer)
	if err != nil {
		return err
	}
	if lin.HasBias() == c.On {
		return nil
	}
	if c.On {
		lin.SetBias(true)
		if old, ok := m.stash[lin]; ok {
			copy(lin.Bias, old)
			delete(m.stash, lin)
		}
	} else {
		m.stash[lin] = append([]float64(nil), lin.Bias...)
		lin.SetBias(false)
	}
	m.rebuild()
	return nil
}

func (c SetActivation) apply(m *Session) error {
	if _, err := m.linear(c.Layer); err != nil {
		return err
	}
	if c.Act == nil {
		return NoActivationGiven.With()
	}
	probe := []core.Module{core.NewLinear(1, 1, false, core.NewRNG(1)), c.Act}
	if _, err := core.FromModules(probe); err != nil {
		return ActivationRefused.With(c.Act.String(), errors.Unwrap(err))
	}
	m.Net.Layers[c.Layer].Act = c.Act
	m.Refresh()
	return nil
}

func (c SetInput) apply(m *Session) error {
	if err := checkValue("x1", c.X1, InputLimit); err != nil {
		return err
	}
	if err := checkValue("x2", c.X2, InputLimit); err != nil {
		return err
	}
	m.Input = [2]float64{c.X1, c.X2}
	return nil
}

func (c Select) apply(m *Session) error {
	if c.Unit.Level == 0 || !m.valid(c.Unit) {
		return NoUnitToSelect.With(c.Unit.Index, c.Unit.Level)
	}
	m.Selected = c.Unit
	return nil
}

// linear returns Linear layer l or says it does not exist.
func (m *Session) linear(l int) (*core.Linear, error) {
	if l < 0 || l >= len(m.Net.Layers) {
		return nil, NoSuchLayer.With(l + 1)
	}
	return m.Net.Layers[l].Linear, nil
}
