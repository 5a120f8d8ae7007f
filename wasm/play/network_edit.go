package play

import (
	"slices"

	"nnplay/core"
)

// Editing the network as TensorFlow Playground's + and − and its feature toggles do,
// through core's surgery: every weight between two units that stay is kept, and so is
// every bias; what is new is drawn with Playground's init. Training goes on from where
// it was, with the new shape.

// Commands that change the network's shape.
type (
	// AddLayer adds a hidden layer of two units just before the output, with the
	// activation of the last hidden layer (Tanh when there is none), as Playground's +.
	AddLayer struct{}
	// RemoveLayer removes the last hidden layer, as Playground's −.
	RemoveLayer struct{}
	// SetHiddenLayers adds or removes hidden layers at the end until there are N.
	SetHiddenLayers struct{ N int }
	// AddUnit adds a unit at the end of hidden level Level (1 is the first hidden layer).
	AddUnit struct{ Level int }
	// RemoveUnit removes the last unit of hidden level Level.
	RemoveUnit struct{ Level int }
	// SetUnits adds or removes units at the end of hidden level Level until it has N.
	SetUnits struct{ Level, N int }
	// SetFeature feeds input feature Feature to the network, or stops feeding it.
	SetFeature struct {
		Feature core.Feature
		On      bool
	}
)

// newLayerUnits is how many units a layer added by + has, as in Playground.
const newLayerUnits = 2

func (AddLayer) apply(m *Session) error {
	hidden := len(m.Net.Layers) - 1
	if hidden >= core.MaxHiddenLayers {
		return TooManyLayers.With(core.MaxHiddenLayers)
	}
	var act core.Activation = core.Tanh{}
	if hidden > 0 {
		act = m.Layer(hidden - 1).Act
	}
	err := m.Net.InsertLayer(hidden+1, newLayerUnits, act, true, core.InitPlayground, m.drawer())
	return m.edited(err)
}

func (RemoveLayer) apply(m *Session) error {
	hidden := len(m.Net.Layers) - 1
	if hidden == 0 {
		return NoLayerToRemove.With()
	}
	return m.edited(m.Net.RemoveLayer(hidden, core.InitPlayground, m.drawer()))
}

func (c SetHiddenLayers) apply(m *Session) error {
	if c.N < 0 || c.N > core.MaxHiddenLayers {
		return LayersRange.With(core.MaxHiddenLayers, c.N)
	}
	for len(m.Net.Layers)-1 < c.N {
		if err := (AddLayer{}).apply(m); err != nil {
			return err
		}
	}
	for len(m.Net.Layers)-1 > c.N {
		if err := (RemoveLayer{}).apply(m); err != nil {
			return err
		}
	}
	return nil
}

func (c AddUnit) apply(m *Session) error {
	if err := m.hiddenLevel(c.Level); err != nil {
		return err
	}
	n := m.Sizes()[c.Level]
	if n >= core.MaxUnits {
		return TooManyUnits.With(core.MaxUnits)
	}
	lin := m.Layer(c.Level - 1).Linear
	if err := m.Net.InsertUnit(c.Level, n, core.InitPlayground, m.drawer()); err != nil {
		return m.edited(err)
	}
	if b, ok := m.stash[lin]; ok { // the bias is off: its new unit's is Playground's 0.1
		m.stash[lin] = append(b, 0.1)
	}
	return m.edited(nil)
}

func (c RemoveUnit) apply(m *Session) error {
	if err := m.hiddenLevel(c.Level); err != nil {
		return err
	}
	n := m.Sizes()[c.Level]
	if n == 1 {
		return LastUnit.With()
	}
	lin := m.Layer(c.Level - 1).Linear
	if err := m.Net.RemoveUnit(c.Level, n-1); err != nil {
		return m.edited(err)
	}
	if b, ok := m.stash[lin]; ok {
		m.stash[lin] = b[:n-1]
	}
	return m.edited(nil)
}

func (c SetUnits) apply(m *Session) error {
	if err := m.hiddenLevel(c.Level); err != nil {
		return err
	}
	if c.N < 1 || c.N > core.MaxUnits {
		return UnitsRange.With(core.MaxUnits, c.N)
	}
	for m.Sizes()[c.Level] < c.N {
		if err := (AddUnit{Level: c.Level}).apply(m); err != nil {
			return err
		}
	}
	for m.Sizes()[c.Level] > c.N {
		if err := (RemoveUnit{Level: c.Level}).apply(m); err != nil {
			return err
		}
	}
	return nil
}

func (c SetFeature) apply(m *Session) error {
	if c.Feature < 0 || int(c.Feature) >= len(featureKeys) {
		return UnknownFeature.With(int(c.Feature))
	}
	i := slices.Index(m.Features, c.Feature)
	switch {
	case c.On == (i >= 0):
		return nil
	case !c.On && len(m.Features) == 1:
		return LastFeature.With()
	case !c.On:
		if err := m.Net.RemoveUnit(0, i); err != nil {
			return m.edited(err)
		}
		m.Features = slices.Delete(slices.Clone(m.Features), i, i+1)
	default:
		at, _ := slices.BinarySearch(m.Features, c.Feature) // m.Features is kept sorted
		if err := m.Net.InsertUnit(0, at, core.InitPlayground, m.drawer()); err != nil {
			return m.edited(err)
		}
		m.Features = slices.Insert(slices.Clone(m.Features), at, c.Feature)
	}
	m.retarget()
	return m.edited(nil)
}

// hiddenLevel says why level is not a hidden level of the network.
func (m *Session) hiddenLevel(level int) error {
	if level < 1 || level >= len(m.Net.Layers) {
		return NotHiddenLevel.With(level)
	}
	return nil
}

// edited brings the session up to the network's new shape after surgery that gave err
// (core refuses only what the checks above already refuse, and then changes nothing).
func (m *Session) edited(err error) error {
	if err != nil {
		return err
	}
	m.reshaped(ChangedShape)
	m.rebuild()
	return nil
}

// drawer is the generator of new units' and layers' weights, seeded from InitSeed when
// first needed.
func (m *Session) drawer() *core.RNG {
	if m.surgery == nil {
		m.surgery = core.NewRNG(m.InitSeed + 0x5eed)
	}
	return m.surgery
}
