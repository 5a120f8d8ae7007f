package play

import (
	"strconv"

	"nnplay/core"
)

// keptMenu is a menu's choices and their markup, worked out again only when what they
// are made of changes: the panel syncs the preset, language and learning-rate menus every
// frame of Play, and their choices change only with the network's shape, the page's
// language and the learning rate.
type keptMenu struct {
	made   bool
	lang   Lang
	kept   bool       // LanguageKept() when made (the language menu)
	layers []layerKey // the network's shape when made (the preset menu)
	preset int        // presetOf() when made (the preset menu)
	lr     float64    // the learning rate when made (the learning-rate menu)
	opts   []Option
	html   string
}

// layerKey is what the preset menu reads of a layer: its size, activation and bias.
type layerKey struct {
	in, out int
	act     core.Activation
	bias    bool
}

// keyOf returns what the preset menu reads of layer l.
func keyOf(l *core.Layer) layerKey {
	return layerKey{l.Linear.In, l.Linear.Out, l.Activation(), l.Linear.HasBias()}
}

// presetMenu returns the preset menu (presets, presetShown) of the network now.
func (m *Session) presetMenu() *keptMenu {
	k := &m.menus.preset
	same := k.made && k.lang == Language() && len(k.layers) == len(m.Net.Layers)
	for i := 0; same && i < len(k.layers); i++ {
		same = k.layers[i] == keyOf(&m.Net.Layers[i])
	}
	if !same {
		k.made, k.lang, k.layers = true, Language(), k.layers[:0]
		for i := range m.Net.Layers {
			k.layers = append(k.layers, keyOf(&m.Net.Layers[i]))
		}
		k.preset = m.presetOf()
		k.opts = presets(m, k.preset)
		k.html = OptionsHTML(k.opts)
	}
	return k
}

// langMenu returns the language menu (langChoices) of the page's language now.
func (m *Session) langMenu() *keptMenu {
	k := &m.menus.lang
	if !k.made || k.lang != Language() || k.kept != LanguageKept() {
		k.made, k.lang, k.kept = true, Language(), LanguageKept()
		k.opts = langChoices()
		k.html = OptionsHTML(k.opts)
	}
	return k
}

// lrMenu returns the learning-rate menu (learningRates) of the rate now.
func (m *Session) lrMenu() *keptMenu {
	k := &m.menus.lr
	if !k.made || k.lr != m.LR {
		k.made, k.lr = true, m.LR
		k.opts = learningRates(m.LR)
		k.html = OptionsHTML(k.opts)
	}
	return k
}

// presetList are the presets, made once: the preset menu is synced every frame of Play.
var presetList = Presets()

// presets are the preset menu's choices: the presets, and the network on the page when
// it is none of them (preset is presetOf), so that the menu shows what the canvas does
// and any preset can be picked (a change event) from it. A preset keeps the features
// the learner ticked, as Playground keeps its inputs whatever the network: each name
// counts the inputs it would have (Preset.Label).
func presets(m *Session, preset int) (o []Option) {
	for i, p := range presetList {
		o = append(o, Option{Value: strconv.Itoa(i), Label: p.Label(m.Sizes()[0])})
	}
	if preset < 0 {
		o = append(o, Option{Value: PresetCustomValue,
			Label: Say(PresetCustom, core.ShapeText(m.Sizes()))})
	}
	return o
}

// presetShown is the preset menu's value: the preset the network is, else its own.
func presetShown(m *Session) string {
	if i := m.presetMenu().preset; i >= 0 {
		return strconv.Itoa(i)
	}
	return PresetCustomValue
}
