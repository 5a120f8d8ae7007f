package play

import (
	"encoding/json"
	"slices"
	"strings"
)

// What the panel writes in one piece: a call from Go to the page costs as much as the
// small write it makes, so the browser writes a menu's every choice (OptionsHTML) and
// the markup's every word (PageWords) in one call each, not an element at a time.

// OptionsHTML is the markup of a menu's choices: an <option> each, each run of them with
// a Group under an <optgroup> of that label. Values and labels are escaped: a label may
// hold the name of a learner's file.
func OptionsHTML(opts []Option) string {
	var b strings.Builder
	group := ""
	for _, o := range opts {
		if o.Group != group {
			if group != "" {
				b.WriteString("</optgroup>")
			}
			if group = o.Group; group != "" {
				b.WriteString(`<optgroup label="` + escapeHTML(group) + `">`)
			}
		}
		b.WriteString(`<option value="` + escapeHTML(o.Value) + `">` + escapeHTML(o.Label) +
			"</option>")
	}
	if group != "" {
		b.WriteString("</optgroup>")
	}
	return b.String()
}

var htmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;",
	"'", "&#39;")

// escapeHTML escapes text for an element's content or a quoted attribute's value.
func escapeHTML(s string) string { return htmlEscaper.Replace(s) }

// PageWords are the words of index.html in language l, as web/panel.js's speak takes
// them: a JSON object of each key of the markup's data-i18n attributes and its text.
func PageWords(l Lang) string {
	words := map[string]string{}
	for _, k := range PageKeys() {
		words[k] = pageText[k].in(l)
	}
	b, err := json.Marshal(words)
	if err != nil {
		panic(err) // a map of strings always encodes
	}
	return string(b)
}

// FieldsHTML is the markup of a panel section built from fields, which the panel writes
// in one call and then binds by id (a section built element by element cost the first
// frame some 500 calls into the page). A Legend opens a group, a fieldset titled by its
// Label, that holds the fields after it up to the next Legend; a Switch is a checkbox
// with its label; a Menu its label and a select of Options; a Number its label, its
// slider (ID-range, spanning Lo to Hi) when it has one, its box (ID-num, named Name when
// set) and its message line (ID-msg). Ids and words are escaped.
func FieldsHTML(fs []Field) string {
	var b strings.Builder
	open := false
	for _, f := range fs {
		id, label := escapeHTML(f.ID), escapeHTML(f.Label)
		switch f.Kind {
		case Legend:
			if open {
				b.WriteString("</fieldset>")
			}
			b.WriteString(`<fieldset class="layer" id="` + id + `"><legend>` + label +
				"</legend>")
			open = true
		case Switch:
			b.WriteString(`<label class="check"><input type="checkbox" id="` + id + `"> ` +
				label + "</label>")
		case Menu:
			b.WriteString(`<label class="menu">` + label + ` <select id="` + id + `">` +
				OptionsHTML(f.Options) + "</select></label>")
		case Number:
			b.WriteString(numberHTML(f, label))
		}
	}
	if open {
		b.WriteString("</fieldset>")
	}
	return b.String()
}

// NumberIDs are the ids of a Number field's elements, which FieldsHTML writes and the
// panel finds: its text box, its message line and its slider.
func (f Field) NumberIDs() (num, msg, rng string) {
	return f.ID + "-num", f.ID + "-msg", f.ID + "-range"
}

// numberHTML is FieldsHTML's Number, its label escaped.
func numberHTML(f Field, label string) string {
	num, msg, rng := f.NumberIDs()
	num, msg, rng = escapeHTML(num), escapeHTML(msg), escapeHTML(rng)
	class, box := "param inline", num
	slider := ""
	if f.Slider {
		class, box = "param", rng
		slider = `<input type="range" id="` + rng + `" min="` + Exact(f.Lo) + `" max="` +
			Exact(f.Hi) + `" step="0.01" aria-describedby="` + msg + `">`
	}
	name := ""
	if f.Name != "" {
		name = ` aria-label="` + escapeHTML(f.Name) + `"`
	}
	return `<div class="` + class + `"><label for="` + box + `">` + label + "</label>" + slider +
		`<input type="text" id="` + num + `" inputmode="decimal"` + name +
		` aria-describedby="` + msg + `" spellcheck="false" autocomplete="off">` +
		`<span class="msg" id="` + msg + `" role="status"></span></div>`
}

// SameBuild reports whether building fields f and g makes the same elements: the same
// id, kind, words and choices, whatever their values. The panel builds a section again
// only when one of its fields does not, as FieldsKey tells, without making a string.
func SameBuild(f, g Field) bool {
	return f.ID == g.ID && f.Kind == g.Kind && f.Label == g.Label && f.Name == g.Name &&
		f.Slider == g.Slider && slices.Equal(f.Options, g.Options)
}

// ShownAs is the property a Control's Show writes in an element of tag (its tagName) and
// type: a checkbox's "checked", a form control's "value", any other's "textContent".
func ShownAs(tag, typ string) string {
	switch {
	case typ == "checkbox":
		return "checked"
	case tag == "INPUT" || tag == "SELECT":
		return "value"
	}
	return "textContent"
}

// PropertyValue is what c's Show v sets property prop (ShownAs) to: a checkbox's checked
// is a bool; a text's numbers take the canvas's minus sign (signNumbers), but for a
// Verbatim control's (Inspect's PyTorch print). A value, which the learner types or
// picks, stays as typed.
func (c Control) PropertyValue(prop, v string) any {
	switch {
	case prop == "checked":
		return v == "true"
	case prop == "textContent" && !c.Verbatim:
		return signNumbers(v)
	}
	return v
}

// AnswersBeside reports whether c's answer shows on the share section's line too: the
// clipboard's answer to Copy link, an export one of its buttons asked for, and a model
// file loaded or refused, as Load model does there (else that line kept "Saved …" after
// a load, and the last file's answer after a file refused for its size).
func AnswersBeside(c Command) bool {
	switch c := c.(type) {
	case Copied, AskExport:
		return true
	case LoadFile:
		return c.Kind == ModelFile
	case Refuse:
		return c.Kind == ModelFile
	}
	return false
}
