package core

import (
	"errors"
	"testing"
)

// TestAMisspeltFieldIsNamed: a field missing beside one the module or the file does not
// have, near it in spelling, is said as both: {"typ":"relu"} said only that "type" is
// missing, and {"type":"linear","in_feature":2,…} only that "in_feature" is not a field.
// A missing field beside nothing like it stays missing, and an unknown field beside
// nothing missing stays unknown.
func TestAMisspeltFieldIsNamed(t *testing.T) {
	lin := `"weight":[[1,2]],"bias":null`
	for _, c := range []struct {
		in, field, unknown string
	}{
		{`{"typ":"relu"}`, "type", "typ"},
		{`{"Type":"relu"}`, "type", "Type"},
		{`{"tpye":"relu"}`, "type", "tpye"},
		{`{"type":"linear","in_feature":2,"out_features":1,` + lin + `}`, "in_features",
			"in_feature"},
		{`{"type":"linear","in_features":2,"out_features":1,"weights":[[1,2]],"bias":null}`,
			"weight", "weights"},
		{`{"type":"leaky_relu","negative_slop":0.1}`, "negative_slope", "negative_slop"},
		{`{"kind":"relu"}`, "type", ""},
		{`{"type":"linear","in_features":2,"out_features":1,"weight":[[1,2]]}`, "bias", ""},
		{`{"type":"tanh","zz":1}`, "zz", ""},
	} {
		_, err := ParseModel([]byte(`{"format":"nnplay/1","modules":[` + c.in + `]}`))
		var (
			me *ModuleError
			ms *MisspeltFieldError
		)
		if !errors.As(err, &me) || me.Field != c.field {
			t.Errorf("%s: %v, want field %q", c.in, err, c.field)
			continue
		}
		if got := errors.As(err, &ms); got != (c.unknown != "") ||
			got && (ms.Missing != c.field || ms.Unknown != c.unknown) {
			t.Errorf("%s: %v, want %q misspelt as %q", c.in, err, c.field, c.unknown)
		}
		if c.unknown != "" && !errors.Is(err, ErrFieldMissing) {
			t.Errorf("%s: %v is not a missing field", c.in, err)
		}
	}
	_, err := ParseModel([]byte(`{"format":"nnplay/1","module":[]}`))
	var (
		fe *ModelError
		ms *MisspeltFieldError
	)
	if !errors.As(err, &fe) || fe.Fault != ModelFieldMissing || fe.Field != "modules" ||
		!errors.As(err, &ms) || ms.Unknown != "module" {
		t.Errorf(`"module" for "modules": %v`, err)
	}
}
