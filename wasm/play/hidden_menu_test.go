package play

import (
	"fmt"
	"strings"
	"testing"

	"nnplay/core"
)

// TestHiddenMenuSaysMixed: in every lesson with the "activation of the hidden layers"
// menu, one layer set apart in the network panel left the menu's value at "", so that it
// showed nothing (the fresh-eyes look, lesson 4). The menu now holds an honest entry for
// what the layers are, in both languages, and choosing a real entry still sets every
// hidden layer.
func TestHiddenMenuSaysMixed(t *testing.T) {
	found := 0
	for id := 1; id <= MaxLesson; id++ {
		for part := 0; part < 4; part++ {
			m := NewSession()
			if m.Apply(OpenLesson{ID: id, Part: part}) != nil || hiddenField(m) == nil {
				continue
			}
			found++
			where := fmt.Sprintf("lesson %d part %d", id, part)
			var apart core.Activation = core.Tanh{} // layer 0 apart from layer 1
			if m.Net.Layers[1].Act.Name() == apart.Name() {
				apart = core.Sigmoid{}
			}
			apply(t, m, SetActivation{Layer: 0, Act: apart})
			for _, l := range []Lang{English, Korean} {
				show(l)
				f := hiddenField(m)
				label, ok := optionLabel(f, f.Value)
				if !ok {
					t.Errorf("%s in %s: the menu's value %q is none of its entries", where, l.Code(),
						f.Value)
				}
				if !strings.Contains(label, SayIn(l, HiddenMixed)) {
					t.Errorf("%s in %s: layers that differ read %q", where, l.Code(), label)
				}
			}
			show(English)
			f := hiddenField(m)
			c, err := f.Set(f.Options[0].Value)
			if err != nil {
				t.Fatalf("%s: choosing %q: %v", where, f.Options[0].Value, err)
			}
			apply(t, m, c)
			layers := m.Net.Layers
			for l := range layers[:len(layers)-1] {
				if n := layers[l].Activation().Name(); n != f.Options[0].Value {
					t.Errorf("%s: after choosing %q, hidden layer %d is %s", where,
						f.Options[0].Value, l, n)
				}
			}
			if f := hiddenField(m); f.Value != f.Options[0].Value {
				t.Errorf("%s: the menu shows %q after choosing %q", where, f.Value,
					f.Options[0].Value)
			}
			if _, ok := optionLabel(hiddenField(m), HiddenMixedValue); ok {
				t.Errorf("%s: the menu still offers %q for layers that agree", where,
					HiddenMixedValue)
			}
		}
	}
	if found < 2 {
		t.Fatalf("found the hidden layers' menu in %d lesson parts", found)
	}
}

// hiddenField returns the lesson's "activation of the hidden layers" menu, or nil.
func hiddenField(m *Session) *Field {
	for _, f := range LessonFields(m) {
		if f.ID == "lesson-hidden" {
			return &f
		}
	}
	return nil
}

// optionLabel returns the label of f's entry of value v.
func optionLabel(f *Field, v string) (string, bool) {
	for _, o := range f.Options {
		if o.Value == v {
			return o.Label, true
		}
	}
	return "", false
}
