package play

import (
	"strings"
	"testing"

	"nnplay/core"
)

// TestParseNumberTakesPlainDecimals checks that a number box reads what a learner types
// as a decimal and refuses, with a message, what only Go reads as a number: hexadecimal
// floats and digit separators; and that a value too small to hold is refused, not made
// 0. (Go's syntax read "0x1p2" as 4 and "1_0" as 10, and "1e-400" became 0.) A minus
// sign as the panel prints it reads as a hyphen ("−0.25" was refused: review16).
func TestParseNumberTakesPlainDecimals(t *testing.T) {
	for _, c := range []struct {
		in   string
		want float64
		msg  string // part of the message; "" for a number read
	}{
		{"0.25", 0.25, ""},
		{"-.5", -0.5, ""},
		{"5.", 5, ""},
		{"+1.5e-3", 0.0015, ""},
		{"1E+0", 1, ""},
		{"-0", 0, ""},
		{"0e-400", 0, ""},
		{"1e-400", 0, "too small"},
		{"-2.5e-330", 0, "too small"},
		{"0x1p2", 0, "is not a number"},
		{"0x10", 0, "is not a number"},
		{"1_0", 0, "is not a number"},
		{"1,5", 0, "is not a number"},
		{"inf", 0, "is not a number"},
		{"1e", 0, "is not a number"},
		{"1e400", 0, "out of range"},
		// The minus sign the panel prints (U+2212), copied from a readout or a message.
		{"−0.25", -0.25, ""},
		{"1.2e−03", 0.0012, ""},
		{"−−1", 0, "is not a number"},
		{"−7", 0, "out of range"},
	} {
		v, err := ParseNumber(c.in, 5)
		switch {
		case c.msg == "" && (err != nil || v != c.want):
			t.Errorf("%q: %v, %v; want %v", c.in, v, err, c.want)
		case c.msg != "" && (err == nil || !strings.Contains(err.Error(), c.msg)):
			t.Errorf("%q: read as %v, error %v; want a message saying %q", c.in, v, err, c.msg)
		}
	}
}

// TestControlValues: the readers of the controls' values make the command of a value
// they read, and refuse, saying so, one they cannot.
func TestControlValues(t *testing.T) {
	defer speak(English)
	speak(English)
	for _, c := range []struct {
		read      func(string) (Command, error)
		good, bad string
		want      Command
	}{
		{number(setLR), "0.03", "fast", SetLR{LR: 0.03}},
		{integer(setBatch), "7", "7.5", SetBatch{Size: 7}},
		{toggle(func(on bool) Command { return SetShowTest{On: on} }), "true", "yes",
			SetShowTest{On: true}},
		{activation(func(a core.Activation) Command { return SetHiddenActivation{Act: a} }),
			"tanh", "swish", SetHiddenActivation{Act: core.Tanh{}}},
		{setReg, "l2", "l3", SetRegularization{Reg: RegL2}},
	} {
		if got, err := c.read(c.good); err != nil || got != c.want {
			t.Errorf("%q: %#v, %v; want %#v", c.good, got, err, c.want)
		}
		if got, err := c.read(c.bad); err == nil ||
			!strings.Contains(Explain(err), `"`+c.bad+`" is not a value this control takes`) {
			t.Errorf("%q: %#v, %v; want it refused", c.bad, got, err)
		}
	}
}
