package play

import (
	"fmt"
	"math"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"nnplay/core"
)

// TestStringTable checks that every message has its English and its Korean, with the
// same placeholders {1} to {n} in both and none skipped, and names none of our Go code: a
// learner knows PyTorch's names, not the engine's (lesson 2 said "core.Collapse folds the
// 2 layers into one").
func TestStringTable(t *testing.T) {
	placeholder := regexp.MustCompile(`\{(\d)\}`)
	ours := regexp.MustCompile(`\b(core|play|remote|plots)\.[A-Z]`)
	for m := Msg(0); m < msgEnd; m++ {
		e := m.entry()
		if e.en == "" || e.ko == "" {
			t.Errorf("message %d (%q, %q) lacks a language", m, e.en, e.ko)
		}
		if ours.MatchString(e.en) || ours.MatchString(e.ko) {
			t.Errorf("message %d (%q, %q) names our Go code", m, e.en, e.ko)
		}
		seen := map[string]map[int]bool{}
		for l, text := range map[string]string{"en": e.en, "ko": e.ko} {
			seen[l] = map[int]bool{}
			for _, p := range placeholder.FindAllStringSubmatch(text, -1) {
				n, _ := strconv.Atoi(p[1])
				seen[l][n] = true
			}
		}
		if fmt.Sprint(seen["en"]) != fmt.Sprint(seen["ko"]) {
			t.Errorf("message %d: English %q and Korean %q take other arguments", m, e.en, e.ko)
		}
		for n := 1; n <= len(seen["en"]); n++ {
			if !seen["en"][n] {
				t.Errorf("message %d (%q) skips {%d}", m, e.en, n)
			}
		}
		args := []string{"A", "B", "C", "D", "E", "F", "G", "H"}
		for _, l := range Langs() {
			if got := SayIn(l, m, args[:len(seen["en"])]...); strings.ContainsAny(got, "{}") {
				t.Errorf("message %d with all its arguments reads %q", m, got)
			}
		}
	}
}

func TestSay(t *testing.T) {
	for _, c := range []struct {
		l    Lang
		m    Msg
		args []string
		want string
	}{
		{English, InputTitle, nil, "Input"},
		{English, LayerTitle, []string{"2"}, "Layer 2"},
		{English, LinearSubtitle, []string{"2", "4", "Tanh"}, "Linear 2→4, Tanh"},
		{English, CanvasSaved, []string{"a.png", "3", "4"}, "Saved a.png (3×4)."},
		{English, LayerTitle, nil, "Layer {1}"}, // a missing argument shows
		{English, ChainRuleLine, []string{"1", "2"},
			"chain rule: dL/da × f′(z) = dL/dz: 1 × 2 = {3}"},
		{Korean, LayerTitle, []string{"2"}, "2층"},
		{Korean, SomeHiddenDead, []string{"3", "8"}, "은닉 유닛 8개 중 3개가 죽었습니다."},
	} {
		if got := SayIn(c.l, c.m, c.args...); got != c.want {
			t.Errorf("SayIn(%v, %d, %q) = %q, want %q", c.l, c.m, c.args, got, c.want)
		}
	}
	defer speak(English)
	speak(Korean)
	if Say(InputTitle) != "입력" {
		t.Errorf("Say in Korean: %q", Say(InputTitle))
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
		{"-2.5e-1", -0.25, ""},
		{"", 0, "type a number from -5 to 5"},
		{"abc", 0, `"abc" is not a number: type one from -5 to 5`},
		{"NaN", 0, "is not a number"},
		{"Infinity", 0, "is not a number"},
		{"0x1p2", 0, `"0x1p2" is not a number`},
		{"1_0", 0, `"1_0" is not a number`},
		{"1e400", 0, "1e400 is out of range"},
		{"1e-400", 0, "1e-400 is too small: it would become 0"},
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
	if fixedDecimals(0.123456, 4) != "0.1235" || fixedDecimals(-1.5, 8) != "-1.50000000" ||
		fixedDecimals(123456, 4) != Num(123456) || fixedDecimals(math.NaN(), 4) != "undefined" {
		t.Error("fixedDecimals")
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
	t.Cleanup(func() { speak(English) }) // the language menu's choices switch it
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
			m.Apply(SelectEdge{Layer: 1, Unit: 1, In: 2}) // the edge editor shows a weight
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

// TestFit checks the number boxes' digits: the full value when it fits, else rounded to
// as many digits as fit, never more characters than the box shows.
func TestFit(t *testing.T) {
	for _, c := range []struct {
		v    float64
		n    int
		want string
	}{
		{0.5, 9, "0.5"},
		// A rounded value keeps the digits of its negative: "0.148227" beside
		// "-0.295160" (look10: "0.1482268" beside "-0.295160", two rules by the sign).
		{0.47100275326, 9, "0.471003"},
		{-0.47100275326, 9, "-0.471003"},
		{0.1482268, 9, "0.148227"}, // in full it fits, its negative does not (review17)
		{-0.1482268, 9, "-0.148227"},
		{123.45678, 9, "123.4568"},
		{-4.999999999, 9, "-5.000000"},
		{4.999999999, 9, "5.000000"},
		{123456.789, 9, "123456.8"},
		{-123456.789, 9, "-123456.8"},
		{0.000123456789, 9, "1.23e-04"},
		{-0.000123456789, 9, "-1.23e-04"},
		{1e-300, 9, "1e-300"},
		{-1.23456789e-300, 9, "-1.2e-300"},
		{12345678.9, 9, "1.23e+07"},
		{math.NaN(), 9, "undefined"},
	} {
		got := Fit(c.v, c.n)
		if got != c.want || len(got) > c.n {
			t.Errorf("Fit(%v, %d) = %q, want %q", c.v, c.n, got, c.want)
		}
	}
}

// TestActivationParamEditor checks that every parameter of every activation in core's
// registry can be set through the panel's one command, within its range only.
func TestActivationParamEditor(t *testing.T) {
	edited := 0
	for _, a := range core.Activations() {
		m := NewSession()
		if err := m.Apply(SetActivation{Layer: 0, Act: a}); err != nil {
			t.Fatal(err)
		}
		for i, p := range a.Params() {
			v := p.Min + (p.Max-p.Min)/3
			before := m.Layer(0).Activation().Params()
			if err := m.Apply(SetActivationParam{Layer: 0, Param: i, Value: v}); err != nil {
				t.Errorf("%s = %v: %v", p.Name, v, err)
				continue
			}
			got := m.Layer(0).Activation()
			if got.Name() != a.Name() || got.Params()[i].Value != v {
				t.Errorf("after setting %s = %v the layer has %v", p.Name, v, got)
			}
			for j, q := range got.Params() {
				if j != i && q.Value != before[j].Value {
					t.Errorf("setting %s changed %s to %v", p.Name, q.Name, q.Value)
				}
			}
			if err := m.Apply(SetActivationParam{Layer: 0, Param: i, Value: p.Max + 1}); err == nil {
				t.Errorf("%s = %v accepted", p.Name, p.Max+1)
			}
			edited++
		}
		if err := m.Apply(SetActivationParam{Layer: 0, Param: len(a.Params())}); err == nil {
			t.Errorf("%s: a parameter past its last accepted", a.Name())
		}
	}
	if edited < 4 { // negative_slope, alpha, beta, threshold
		t.Errorf("%d parameters edited", edited)
	}
	groups := map[string]int{}
	for _, o := range ActivationOptions() {
		groups[o.Group]++
	}
	if groups[""] != len(core.CommonActivations()) || groups["more"] != len(core.MoreActivations()) {
		t.Errorf("activation menu groups %v", groups)
	}
}

// TestCopyRefusedSaysWhereTheLinkIs checks that the message of a refused copy names the
// button the link's box is under: it shows on the status line at the panel's top, and
// "the box below" was sections away.
func TestCopyRefusedSaysWhereTheLinkIs(t *testing.T) {
	defer speak(English)
	for _, l := range Langs() {
		speak(l)
		button, ok := PageText("copy-link")
		if got := Say(LinkCopyRefused); !ok || !strings.Contains(got, button) {
			t.Errorf("%s: %q does not name the button %q", l.Code(), got, button)
		}
	}
}
