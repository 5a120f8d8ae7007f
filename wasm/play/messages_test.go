package play

import (
	"math"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"nnplay/core"
)

// TestStringTable checks that every message has its English text and that its
// placeholders are {1} to {n} with none missing.
func TestStringTable(t *testing.T) {
	placeholder := regexp.MustCompile(`\{(\d)\}`)
	for m := Msg(0); m < msgCount; m++ {
		e := table[m]
		if e.en == "" {
			t.Errorf("message %d has no English", m)
		}
		seen := map[int]bool{}
		for _, p := range placeholder.FindAllStringSubmatch(e.en, -1) {
			n, _ := strconv.Atoi(p[1])
			seen[n] = true
		}
		for n := 1; n <= len(seen); n++ {
			if !seen[n] {
				t.Errorf("message %d (%q) skips {%d}", m, e.en, n)
			}
		}
		args := []string{"A", "B", "C", "D", "E", "F"}
		if got := Say(m, args[:len(seen)]...); strings.ContainsAny(got, "{}") {
			t.Errorf("message %d with all its arguments reads %q", m, got)
		}
	}
}

func TestSay(t *testing.T) {
	for _, c := range []struct {
		m    Msg
		args []string
		want string
	}{
		{InputTitle, nil, "Input"},
		{LayerTitle, []string{"2"}, "Layer 2"},
		{LinearSubtitle, []string{"2", "4", "Tanh"}, "Linear 2→4, Tanh"},
		{CanvasSaved, []string{"a.png", "3", "4"}, "Saved a.png (3×4)."},
		{LayerTitle, nil, "Layer {1}"}, // a missing argument shows
		{ChainRuleLine, []string{"1", "2"}, "chain rule: dL/da × f'(z) = dL/dz: 1 × 2 = {3}"},
	} {
		if got := Say(c.m, c.args...); got != c.want {
			t.Errorf("Say(%d, %q) = %q, want %q", c.m, c.args, got, c.want)
		}
	}
}

// TestNames checks the menu words play owns: one class name per activation and a
// label per loss (labels, formulas and ranges are core's, tested there).
func TestNames(t *testing.T) {
	want := map[string]string{
		"identity": "Identity", "sigmoid": "Sigmoid", "tanh": "Tanh", "relu": "ReLU",
		"leaky_relu": "LeakyReLU", "relu6": "ReLU6", "elu": "ELU", "gelu": "GELU", "silu": "SiLU",
		"softplus": "Softplus",
	}
	for _, a := range core.Activations() {
		if got := ActivationLabel(a); got != want[a.Name()] {
			t.Errorf("%s: label %q, want %q", a.Name(), got, want[a.Name()])
		}
	}
	for _, l := range core.Losses() {
		if LossLabel(l) == l.String() {
			t.Errorf("%s has no label in the table", l.Name())
		}
	}
}

// TestParseNumber checks the number boxes' reading and their messages.
func TestParseNumber(t *testing.T) {
	for _, c := range []struct {
		in   string
		want float64
		msg  string
	}{
		{" -1.5 ", -1.5, ""},
		{"5", 5, ""},
		{"", 0, "type a number from -5 to 5"},
		{"abc", 0, `"abc" is not a number: type one from -5 to 5`},
		{"NaN", 0, "is not a number"},
		{"Infinity", 0, "is not a number"},
		{"1e400", 0, "is out of range"},
		{"7", 0, "7 is out of range: type a number from -5 to 5"},
		{"12345678901234567890", 0, "1234567890123... is out of range"},
	} {
		v, err := ParseNumber(c.in, 5)
		switch {
		case c.msg == "" && (err != nil || v != c.want):
			t.Errorf("%q: %v, %v; want %v", c.in, v, err, c.want)
		case c.msg != "" && (err == nil || !strings.Contains(err.Error(), c.msg)):
			t.Errorf("%q: %v; want an error saying %q", c.in, err, c.msg)
		}
	}
	if FourDecimals(0.123456) != "0.1235" || FourDecimals(123.4) != "123.4" ||
		FourDecimals(math.NaN()) != "undefined" {
		t.Error("FourDecimals")
	}
}

// TestControlsMatchThePage checks the panel's bindings: every element exists in
// index.html, every menu choice makes a command the model accepts, and every control
// shows a value its menu offers.
func TestControlsMatchThePage(t *testing.T) {
	html, err := os.ReadFile("../../index.html")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, c := range Controls() {
		key := c.ID + " " + c.Attr
		if seen[key] {
			t.Errorf("%s is bound twice", key)
		}
		seen[key] = true
		for _, id := range []string{c.ID, c.Echo} {
			if id != "" && !strings.Contains(string(html), `id="`+id+`"`) {
				t.Errorf("index.html has no element #%s", id)
			}
		}
		if (c.Command == nil) != (c.Event == "") {
			t.Errorf("%s: event %q without a command, or the other way", c.ID, c.Event)
		}
		for _, o := range c.Options {
			m := NewSession()
			cmd, err := c.Command(o.Value)
			if err == nil {
				err = m.Apply(cmd)
			}
			if err != nil {
				t.Errorf("%s: choice %q: %v", c.ID, o.Value, err)
			}
			if c.Show != nil && c.Show(m) != o.Value {
				t.Errorf("%s: after choosing %q it shows %q", c.ID, o.Value, c.Show(m))
			}
		}
		if c.Command != nil && len(c.Options) == 0 && c.Event != "click" && c.ID != "unit-select" {
			m := NewSession()
			v := c.Show(m)
			if cmd, err := c.Command(v); err != nil || m.Apply(cmd) != nil || c.Show(m) != v {
				t.Errorf("%s: its own value %q does not round-trip: %v", c.ID, v, err)
			}
			if _, err := c.Command("words"); err == nil {
				t.Errorf("%s accepts words", c.ID)
			}
		}
	}
	m := NewSession()
	for _, o := range UnitOptions(m) {
		cmd, err := SelectValue(o.Value)
		if err != nil || m.Apply(cmd) != nil || m.Selected.Value() != o.Value ||
			o.Label != m.UnitName(m.Selected) {
			t.Errorf("unit menu choice %+v: %v", o, err)
		}
	}
	if len(UnitOptions(m)) != 4+2+1 {
		t.Errorf("the unit menu lists %d units", len(UnitOptions(m)))
	}
}

// TestDataControls checks the commands that change one setting of the data.
func TestDataControls(t *testing.T) {
	m := NewSession()
	for _, c := range []Command{
		SetDataKind{Kind: core.Spiral}, SetNoise{Percent: 20}, SetTrainPct{Percent: 70},
	} {
		if err := m.Apply(c); err != nil {
			t.Fatal(err)
		}
	}
	if m.Data.Kind != core.Spiral || m.Data.Noise != 20 || m.Data.TrainPct != 70 ||
		len(m.Train) != 350 {
		t.Errorf("data %+v with %d training points", m.Data, len(m.Train))
	}
	if err := m.Apply(SetNoise{Percent: 80}); err == nil || m.Data.Noise != 20 {
		t.Errorf("noise 80: %v, noise now %v", err, m.Data.Noise)
	}
	if err := m.Apply(SetInputAxis{Axis: 1, Value: 2.5}); err != nil || m.Input[1] != 2.5 {
		t.Errorf("SetInputAxis: %v, input %v", err, m.Input)
	}
	for _, bad := range []Command{SetInputAxis{Axis: 2, Value: 1}, SetInputAxis{Value: 7}} {
		if err := m.Apply(bad); err == nil {
			t.Errorf("%#v accepted", bad)
		}
	}
}
