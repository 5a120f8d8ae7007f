package play

import (
	"strconv"
	"testing"

	"nnplay/core"
)

// TestFields checks the panel's fields built from the model: what each section holds,
// that each field's value is the model's and setting it changes the model, that a
// command's answer finds its field, and that a section is built again only when its
// words or shape change.
func TestFields(t *testing.T) {
	defer speak(English)
	m := NewSession()
	m.Apply(SetActivation{Layer: 1, Act: core.Softplus{Beta: 1, Threshold: 20}})
	kinds := ""
	for _, f := range LayerFields(m) {
		kinds += strconv.Itoa(int(f.Kind))
	}
	// Three layers: a legend, a switch, a menu each; Softplus's beta and threshold; the
	// hidden layers' menus of units.
	if want := "0122" + "012233" + "012"; kinds != want {
		t.Errorf("layer fields %s, want %s", kinds, want)
	}
	ids := map[string]Field{}
	for _, fs := range [][]Field{LayerFields(m), UnitFields(m), InputFields(m)} {
		for _, f := range fs {
			if _, dup := ids[f.ID]; dup {
				t.Errorf("two fields %s", f.ID)
			}
			ids[f.ID] = f
		}
	}
	if f := ids["w-0-0-1"]; f.Number != m.Layer(0).Linear.Weight[0][1] || !f.Slider {
		t.Errorf("weight field %+v", f)
	}
	if f := ids["act-1-param-1"]; f.Label != "threshold" || f.Number != 20 || f.Lo != 1 ||
		f.Hi != 100 || f.Name != "threshold of layer 2's Softplus" {
		t.Errorf("threshold field %+v", f)
	}
	for id, value := range map[string]string{"w-0-0-1": "0.25", "b-0-0": "-1.5", "input-x2": "2",
		"act-1-param-1": "10", "bias-2": "false", "act-0": "relu", "unit-select": "2,1"} {
		f := ids[id]
		cmd, err := f.Set(value)
		if err == nil {
			err = m.Apply(cmd)
		}
		if err != nil {
			t.Errorf("%s = %s: %v", id, value, err)
		}
		if id := FieldOf(cmd); id != "" && ids[id].Kind != Number {
			t.Errorf("%T's answer goes to %s, no number", cmd, id)
		}
	}
	if m.Layer(0).Linear.Weight[0][1] != 0.25 || m.Layer(0).Linear.Bias[0] != -1.5 ||
		m.Input[1] != 2 || m.Layer(1).Act != (core.Softplus{Beta: 1, Threshold: 10}) ||
		m.Layer(2).Linear.HasBias() || m.Layer(0).Act != (core.ReLU{}) ||
		m.Selected != (Unit{2, 1}) {
		t.Errorf("the fields did not set the model: %v, selected %v", m.Net, m.Selected)
	}
	if _, err := ids["w-0-0-1"].Set("1001"); err == nil || Explain(err) !=
		"1001 is out of range: type a number from −1000 to 1000" {
		t.Errorf("a weight of 1001: %v", err)
	}
	for _, c := range []Command{SetWeight{Layer: 0, Unit: 1, In: 1}, SetBias{Layer: 1, Unit: 1},
		SetInputAxis{Axis: 1}, SetActivationParam{Layer: 1, Param: 0}} {
		if id := FieldOf(c); id == "" {
			t.Errorf("%#v has no field", c)
		}
	}
	if FieldOf(Reset{}) != "" || FieldOf(SetInputAxis{Axis: 2}) != "" {
		t.Error("a command without a field has one")
	}
	// The key follows words and shape, not values.
	key := fieldsKey(UnitFields(m))
	m.Apply(SetWeight{Layer: 1, Unit: 1, In: 0, Value: 1})
	if fieldsKey(UnitFields(m)) != key {
		t.Error("a new value changes the unit section's key")
	}
	speak(Korean)
	if fieldsKey(UnitFields(m)) == key {
		t.Error("a new language keeps the unit section's key")
	}
	if f := UnitFields(m)[1]; f.Label != "w[1][0], 1층 유닛 0에서 오는 가중치" {
		t.Errorf("a weight's label in Korean: %q", f.Label)
	}
}
