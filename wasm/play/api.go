package play

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
)

// Call is one call of the page's test API, window.nnplay.call(name, args), with its
// arguments checked: Name, for "select" and "step" the command it carries out, and for
// "export" the kind of export (one of ExportKinds).
type Call struct {
	Name    string
	Command Command
	Export  string
}

// APICalls are the test API's calls: the reads, which take no arguments, and the
// commands, "select" ([level, unit], two whole numbers), "step" (no arguments, or
// {"instant": true} for a phase played out at once), "lang" ("en" or "ko", the
// page's language; it answers {"lang": code}), "export" ("pytorch", "model" or "url"),
// which answers the text that Export PyTorch or Save model would download, or that Copy
// link would copy, as a JSON string, and the lessons' "lessons" (no arguments: [{"id",
// "title", "done"}] in the page's language) and "lesson" (a lesson's number, 1 to
// MaxLesson, or 0 for free play; it answers {"lesson": id}), and "reset" (no
// arguments), which puts the page back as a fresh load in a new browser context shows it
// (the session's part is Session.Reset) and answers null.
var APICalls = []string{"state", "perf", "stats", "data", "history", "select", "step", "lang",
	"export", "lessons", "lesson", "reset"}

// ParseCall checks a call of the test API: name, and args as JSON ("" or "null" when
// the caller gave none). It refuses, saying why, a call it does not know and arguments
// that do not fit; it never panics, whatever it is given.
func ParseCall(name, args string) (Call, error) {
	c := Call{Name: name}
	none := args == "" || args == "null"
	switch name {
	case "state", "perf", "stats", "data", "history", "reset":
		if !none {
			return c, fmt.Errorf("nnplay: %s takes no arguments, not %s", name, clip(args))
		}
	case "select":
		u, err := parseUnit(args)
		if err != nil {
			return c, fmt.Errorf("nnplay: select takes [level, unit], two whole numbers "+
				"(level 1 is the first layer), not %s: %w", clip(args), err)
		}
		c.Command = Select{Unit: u}
	case "step":
		var o struct {
			Instant bool `json:"instant"`
		}
		if !none {
			if err := strict(args, &o); err != nil {
				return c, fmt.Errorf(`nnplay: step takes no arguments or {"instant": true}, `+
					"not %s: %w", clip(args), err)
			}
		}
		c.Command = StepPhase{Instant: o.Instant}
	case "lang":
		var code string
		if err := strict(args, &code); err != nil {
			code = args
		}
		l, err := ParseLang(code)
		if err != nil {
			return c, err
		}
		c.Command = SetLanguage{Lang: l}
	case "export":
		var kind string
		if strict(args, &kind) != nil || !slices.Contains(ExportKinds, kind) {
			return c, fmt.Errorf("nnplay: export takes one of %q, not %s", ExportKinds, clip(args))
		}
		c.Export = kind
	default:
		if lc, ok, err := parseLessonCall(name, args); ok {
			return lc, err
		}
		return c, fmt.Errorf("nnplay: unknown call %q; the calls are %v", clip(name), APICalls)
	}
	return c, nil
}

// parseUnit reads [level, unit].
func parseUnit(args string) (Unit, error) {
	var xs []json.Number
	if err := strict(args, &xs); err != nil {
		return Unit{}, err
	}
	if len(xs) != 2 {
		return Unit{}, fmt.Errorf("%d numbers", len(xs))
	}
	var n [2]int
	for i, x := range xs {
		v, err := x.Float64()
		if err != nil || v != math.Trunc(v) || math.Abs(v) > 1e6 {
			return Unit{}, fmt.Errorf("%s is not a whole number", x)
		}
		n[i] = int(v)
	}
	return Unit{Level: n[0], Index: n[1]}, nil
}

// strict decodes one JSON value into v: numbers as written, no unknown fields, nothing
// after it.
func strict(s string, v any) error {
	d := json.NewDecoder(bytes.NewReader([]byte(s)))
	d.UseNumber()
	d.DisallowUnknownFields()
	if err := d.Decode(v); err != nil {
		return err
	}
	if d.More() {
		return errors.New("more than one value")
	}
	return nil
}

// Answer carries out the call on m and returns its answer, for the page to send as
// JSON: the state of m laid out in geo with scene's texts, the telemetry's figures, the
// training data, the loss history, or nothing for a command.
func (c Call) Answer(m *Session, geo Geometry, scene *Scene, tel *Telemetry) (any, error) {
	switch c.Name {
	case "state":
		s := Snapshot(m, geo, scene)
		s.Frames = tel.Frames
		return s, nil
	case "perf":
		return tel.Perf(m.Epoch()), nil
	case "stats":
		return tel.Stats(m.Version()), nil
	case "data":
		return map[string]any{"x": m.XTrain, "t": m.TTrain, "features": len(m.Features)}, nil
	case "history":
		return m.History.Points, nil
	case "lang":
		err := m.Apply(c.Command)
		return map[string]string{"lang": Language().Code()}, err
	case "export":
		_, text, _, err := m.ExportText(c.Export)
		return text, err
	case "lessons":
		return Lessons(m), nil
	case "lesson":
		err := m.Apply(c.Command)
		return map[string]int{"lesson": c.Command.(OpenLesson).ID}, err
	case "reset":
		return nil, nil // the page has reset it, the session through Reset
	}
	return nil, m.Apply(c.Command)
}
