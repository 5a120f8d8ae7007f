package play

import (
	"slices"
	"strings"
	"testing"

	"nnplay/core"
)

// TestParseCall checks the test API's calls with good, missing and wrong arguments.
func TestParseCall(t *testing.T) {
	for _, c := range []struct {
		name, args string
		want       Command // for a call accepted
		msg        string  // part of the message, for a call refused
	}{
		{"state", "", nil, ""},
		{"state", "null", nil, ""},
		{"history", "", nil, ""},
		{"select", "[2, 1]", Select{Unit: Unit{2, 1}}, ""},
		{"select", "[2.0, 0]", Select{Unit: Unit{2, 0}}, ""},
		{"step", "", StepPhase{}, ""},
		{"step", `{"instant": true}`, StepPhase{Instant: true}, ""},
		{"state", "5", nil, "state takes no arguments"},
		{"select", "", nil, "select takes [level, unit]"},
		{"select", `"x"`, nil, "select takes [level, unit]"},
		{"select", "[1]", nil, "1 numbers"},
		{"select", "[1.5, 0]", nil, "1.5 is not a whole number"},
		{"select", "[1e300, 0]", nil, "not a whole number"},
		{"select", `[1, "a"]`, nil, "select takes"},
		{"select", `{"level": 1}`, nil, "select takes"},
		{"select", "[1, 2] [3]", nil, "more than one value"},
		{"step", `{"instant": "yes"}`, nil, "step takes"},
		{"step", `{"fast": true}`, nil, "unknown field"},
		{"export", `"pytorch"`, nil, ""},
		{"export", `"url"`, nil, ""},
		{"export", "", nil, `export takes one of ["pytorch" "model" "url"], not `},
		{"export", `"png"`, nil, `not "png"`},
		{"export", `["model"]`, nil, "export takes one of"},
		{"export", `"model" "url"`, nil, "export takes one of"},
		{"nope", "", nil, `unknown call "nope"`},
		{"", "", nil, "unknown call"},
	} {
		call, err := ParseCall(c.name, c.args)
		switch {
		case c.msg == "" && (err != nil || call.Command != c.want || call.Name != c.name):
			t.Errorf("%s(%s): %+v, %v; want %+v", c.name, c.args, call, err, c.want)
		case c.msg != "" && (err == nil || !strings.Contains(err.Error(), c.msg)):
			t.Errorf("%s(%s): %v; want an error saying %q", c.name, c.args, err, c.msg)
		}
	}
}

// FuzzParseCall checks that no name or arguments make ParseCall panic, that what it
// accepts is a known call, and that a select it accepts goes through Apply without a
// panic either, refused with a message when the unit does not exist.
func FuzzParseCall(f *testing.F) {
	for _, s := range [][2]string{
		{"select", "[2, 1]"}, {"select", ""}, {"select", "[1.5, 0]"}, {"select", "[-1, 9]"},
		{"step", `{"instant": true}`}, {"state", "5"}, {"nope", "{}"}, {"select", "[[1], {}]"},
		{"select", "[1e400, 0]"}, {"step", "[true]"}, {"\x00", "\xff"},
	} {
		f.Add(s[0], s[1])
	}
	m := NewSession()
	f.Fuzz(func(t *testing.T, name, args string) {
		call, err := ParseCall(name, args)
		if err != nil {
			if err.Error() == "" {
				t.Error("a refusal without a message")
			}
			return
		}
		known := false
		for _, n := range APICalls {
			known = known || n == call.Name
		}
		if !known {
			t.Errorf("accepted the unknown call %q", name)
		}
		if sel, ok := call.Command.(Select); ok {
			if err := m.Apply(sel); err != nil && err.Error() == "" {
				t.Error("a select refused without a message")
			}
		}
	})
}

// TestExportCall checks that the test API's export answers what the page's buttons
// export: the model file, the PyTorch program and the link, each of the page's network
// as it is now.
func TestExportCall(t *testing.T) {
	m := NewSession()
	m.Apply(SetPageAddress{URL: "http://127.0.0.1:8080/index.html#old"})
	m.Apply(AddUnit{Level: 1})
	m.Apply(SetShareWeights{On: true})
	for _, kind := range ExportKinds {
		call, err := ParseCall("export", `"`+kind+`"`)
		if err != nil || call.Export != kind {
			t.Fatalf("export %s: %+v, %v", kind, call, err)
		}
		got, err := call.Answer(m, Geometry{}, nil, &Telemetry{})
		if err != nil {
			t.Fatalf("export %s: %v", kind, err)
		}
		_, want, _, _ := m.ExportText(kind)
		if got != want || want == "" {
			t.Errorf("export %s answered %.80q, the button exports %.80q", kind, got, want)
		}
	}
	got, _ := Call{Name: "export", Export: "model"}.Answer(m, Geometry{}, nil, &Telemetry{})
	net, err := core.ParseModel([]byte(got.(string)))
	if err != nil || !slices.Equal(net.Sizes(), m.Sizes()) {
		t.Errorf("the exported model file reads back as %v, %v; the page has %v", net, err,
			m.Sizes())
	}
	url, _ := Call{Name: "export", Export: "url"}.Answer(m, Geometry{}, nil, &Telemetry{})
	if want := "http://127.0.0.1:8080/index.html#" + m.Link(); url != want {
		t.Errorf("export url: %q, want %q", url, want)
	}
	py, _ := Call{Name: "export", Export: "pytorch"}.Answer(m, Geometry{}, nil, &Telemetry{})
	if !strings.Contains(py.(string), "nn.Sequential(") {
		t.Errorf("export pytorch: %.200s", py)
	}
	if _, err := (Call{Name: "export", Export: "png"}).Answer(m, Geometry{}, nil,
		&Telemetry{}); err == nil {
		t.Error("export png answered without an error")
	}
}
