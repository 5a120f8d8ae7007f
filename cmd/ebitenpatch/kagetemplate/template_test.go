package kagetemplate

import (
	"bytes"
	"testing"
	"text/template"
)

// execBoth runs text through text/template and this package with data and says where
// they differ.
func execBoth(t *testing.T, text string, data any) {
	t.Helper()
	var want, got bytes.Buffer
	if err := template.Must(template.New("t").Parse(text)).Execute(&want, data); err != nil {
		t.Fatalf("text/template: %v", err)
	}
	if err := Must(New("t").Parse(text)).Execute(&got, data); err != nil {
		t.Fatalf("%+v: %v", data, err)
	}
	if got.String() != want.String() {
		t.Errorf("%+v: wrote\n%q\ntext/template wrote\n%q", data, got.String(), want.String())
	}
}

func TestTemplates(t *testing.T) {
	type data struct {
		A, B, C int
		S, E    string
		T, F    bool
	}
	texts := []string{
		"",
		"no actions\n",
		"{{if .T}}t{{end}}{{if .F}}f{{end}}",
		"a{{if .T}}b{{else}}c{{end}}d",
		"{{if .F}}1{{else if eq .A .B}}2{{else if eq .A .C}}3{{else}}4{{end}}!",
		"{{if eq .A .B}}x{{if .S}}s{{else}}{{if .E}}e{{end}}n{{end}}y{{else}}z{{end}}",
		"{{if .A}}a{{end}}{{if .S}}s{{end}}{{if .E}}e{{end}}{{if eq .S .E}}=={{end}}",
		"{{if eq .T .F}}same{{else if .T}}t{{end}}\n{{ if  .T }}spaced{{ end }}",
	}
	for _, text := range texts {
		for _, d := range []data{{A: 1, B: 1, C: 2, S: "s", T: true},
			{A: 0, B: 1, C: 0}, {A: 2, B: 1, C: 2, E: "e", F: true}} {
			execBoth(t, text, d)
			execBoth(t, text, &d)
		}
	}
}

// Anything beyond ifs on fields is refused when parsed, so a new ebiten template stops
// the build rather than write a shader that differs from text/template's.
func TestRefuses(t *testing.T) {
	for _, text := range []string{
		"{{.A}}", "{{range .A}}{{end}}", "{{if .A}}", "{{end}}", "{{else}}", "{{if .A",
		"{{if .A}}{{else}}{{else}}{{end}}", "{{if .A | not}}{{end}}", "{{if ne .A .B}}{{end}}",
		"{{if .A.B}}{{end}}", "{{if eq .A}}{{end}}", "{{if .A}}{{else if}}{{end}}",
		"{{if .A}}{{else foo}}{{end}}", "{{- if .A}}{{end}}", "{{if .A}}{{end}}{{end}}",
		"{{/* comment */}}", "{{template \"x\"}}",
	} {
		if _, err := New("t").Parse(text); err == nil {
			t.Errorf("Parse(%q) took it", text)
		}
	}
	tm := Must(New("t").Parse("{{if .Missing}}x{{end}}{{if .L}}{{end}}"))
	for _, d := range []any{struct{ A int }{}, struct{ L []int }{}, 3, nil} {
		if err := tm.Execute(&bytes.Buffer{}, d); err == nil {
			t.Errorf("Execute(%#v) took it", d)
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("Must did not panic on an error")
		}
	}()
	Must(New("t").Parse("{{.A}}"))
}
