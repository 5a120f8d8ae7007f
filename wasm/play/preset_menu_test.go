package play

import (
	"strconv"
	"testing"
	"time"

	"nnplay/core"
)

// TestPresetMenuFollowsTheNetwork: the "start from" menu shows the preset the network has
// the shape and activations of, and a choice of its own otherwise, so that every preset
// can be picked again (the fresh-eyes look: a Net B link and a reshaped Net A both said
// "Net A", and picking Net A then did nothing).
func TestPresetMenuFollowsTheNetwork(t *testing.T) {
	menu := presetControl(t)
	m := NewSession()
	values := func() (vs []string) {
		for _, o := range menu.Choices(m) {
			vs = append(vs, o.Value)
		}
		return vs
	}
	for i := range Presets() {
		mustApply(t, m, UsePreset{Index: i})
		if got := menu.Show(m); got != strconv.Itoa(i) {
			t.Errorf("preset %d: the menu shows %q", i, got)
		}
		if got := values(); len(got) != len(Presets()) {
			t.Errorf("preset %d: the menu offers %q, only the presets", i, got)
		}
	}
	for _, edit := range []Command{
		SetUnits{Level: 1, N: 5}, SetHiddenLayers{N: 3},
		SetActivation{Layer: 0, Act: core.ReLU{}}, SetBiasEnabled{Layer: 1, On: false},
	} {
		m = NewSession()
		mustApply(t, m, edit)
		got, offered := menu.Show(m), values()
		if got != PresetCustomValue || len(offered) != len(Presets())+1 ||
			offered[len(offered)-1] != PresetCustomValue {
			t.Errorf("%#v: the menu shows %q of %q, wants its own choice", edit, got, offered)
		}
		cmd, err := menu.Command(strconv.Itoa(0))
		if err != nil {
			t.Fatal(err)
		}
		mustApply(t, m, cmd)
		if got := menu.Show(m); got != "0" {
			t.Errorf("%#v, then Net A: the menu shows %q", edit, got)
		}
	}
	m = NewSession() // more inputs keep the preset, as UsePreset keeps them
	mustApply(t, m, SetFeature{Feature: core.X1Squared, On: true})
	if got := menu.Show(m); got != "0" {
		t.Errorf("Net A with x1²: the menu shows %q", got)
	}
}

func presetControl(t *testing.T) Control {
	for _, c := range Controls() {
		if c.ID == "preset" {
			if c.Show == nil || c.Choices == nil {
				t.Fatal("the preset menu shows no value and no choices of its own")
			}
			return c
		}
	}
	t.Fatal("no preset menu")
	return Control{}
}

// TestPresetMenuKeptFollowsTheNetwork: the preset menu keeps its choices and markup between
// syncs (it is synced every frame of Play), and works them out again on one session as
// the network is reshaped, set to a preset, trained and spoken of in another language.
func TestPresetMenuKeptFollowsTheNetwork(t *testing.T) {
	defer speak(English)
	menu := presetControl(t)
	m := NewSession()
	check := func(step, shown string, n int, label string) {
		t.Helper()
		opts := menu.Choices(m)
		if got := menu.Show(m); got != shown || len(opts) != n ||
			opts[n-1].Label != label || menu.ChoicesHTML(m) != OptionsHTML(opts) {
			t.Errorf("%s: the menu shows %q of %v\n%s", step, got, opts, menu.ChoicesHTML(m))
		}
	}
	n := len(Presets())
	check("Net A", "0", n, Presets()[n-1].Label(2))
	mustApply(t, m, SetUnits{Level: 1, N: 5})
	check("5 units", PresetCustomValue, n+1, Say(PresetCustom, "2-5-2-1"))
	mustApply(t, m, SetHiddenLayers{N: 3})
	check("3 layers", PresetCustomValue, n+1, Say(PresetCustom, "2-5-2-2-1"))
	mustApply(t, m, UsePreset{Index: 1})
	check("Net B", "1", n, Presets()[n-1].Label(2))
	mustApply(t, m, SetActivation{Layer: 0, Act: core.Tanh{}})
	// The network's own shape reads as the presets' do, under Net B's "2-8x6-1" (review19:
	// "2-8-8-8-8-8-8-1"); two layers of a size read as themselves, as above.
	check("Net B, tanh", PresetCustomValue, n+1, Say(PresetCustom, "2-8x6-1"))
	apply(t, m, SetActivation{Layer: 0, Act: core.ReLU{}}, Play{On: true})
	m.TrainFor(time.Millisecond)
	check("Net B again, trained", "1", n, Presets()[n-1].Label(2))
	apply(t, m, Play{On: false}, SetLanguage{Lang: Korean})
	check("Net B in Korean", "1", n, Presets()[n-1].Label(2))
	mustApply(t, m, SetBiasEnabled{Layer: 2, On: false})
	check("no bias, Korean", PresetCustomValue, n+1,
		SayIn(Korean, PresetCustom, "2-8x6-1"))
}
