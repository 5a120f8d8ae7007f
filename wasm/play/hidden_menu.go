package play

import "nnplay/core"

// HiddenMixedValue is the value of the hidden layers' menu (hiddenMenu) while the layers'
// activations differ: the network panel sets one layer at a time.
const HiddenMixedValue = "mixed"

// hiddenChoices returns the hidden layers' menu's entries, the activations acts, and its
// value. A menu whose value is none of its entries shows nothing (the fresh-eyes look,
// lesson 4, after one layer was set to ReLU in the network panel), so the layers'
// activation joins the entries when it is none of acts, and "mixed" when they differ.
// Neither is a choice that does anything: a menu's change event never fires for the
// entry it shows, and any of acts still sets every hidden layer.
func hiddenChoices(m *Session, acts []core.Activation) ([]Option, string) {
	opts := make([]Option, 0, len(acts)+1)
	for _, a := range acts {
		opts = append(opts, Option{Value: a.Name(), Label: ActivationLabel(a)})
	}
	v := hiddenActivation(m)
	for _, o := range opts {
		if o.Value == v {
			return opts, v
		}
	}
	if v != "" {
		return append(opts, Option{Value: v, Label: ActivationLabel(m.Net.Layers[0].Act)}), v
	}
	return append(opts, Option{Value: HiddenMixedValue, Label: Say(HiddenMixed)}),
		HiddenMixedValue
}
