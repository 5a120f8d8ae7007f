package play

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"nnplay/core"
)

func TestOptionsHTML(t *testing.T) {
	for _, c := range []struct {
		opts []Option
		want string
	}{
		{nil, ""},
		{[]Option{{Value: "1", Label: "one"}, {Value: "2", Label: "two"}},
			`<option value="1">one</option><option value="2">two</option>`},
		// Runs of a group go under its <optgroup>; a choice after them goes back to the menu.
		{[]Option{{Value: "a", Label: "A"}, {Value: "b", Label: "B", Group: "g"},
			{Value: "c", Label: "C", Group: "g"}, {Value: "d", Label: "D", Group: "h"},
			{Value: "e", Label: "E"}},
			`<option value="a">A</option><optgroup label="g"><option value="b">B</option>` +
				`<option value="c">C</option></optgroup><optgroup label="h"><option value="d">D` +
				`</option></optgroup><option value="e">E</option>`},
		{[]Option{{Value: "own", Label: "x", Group: "mine"}},
			`<optgroup label="mine"><option value="own">x</option></optgroup>`},
		// A learner's file name is text, never markup.
		{[]Option{{Value: `"><script>`, Label: `<img src=x onerror=alert(1)> & 'q'`,
			Group: `"><b>`}},
			`<optgroup label="&#34;&gt;&lt;b&gt;"><option value="&#34;&gt;&lt;script&gt;">` +
				`&lt;img src=x onerror=alert(1)&gt; &amp; &#39;q&#39;</option></optgroup>`},
	} {
		if got := OptionsHTML(c.opts); got != c.want {
			t.Errorf("OptionsHTML(%v) =\n%s\nwant\n%s", c.opts, got, c.want)
		}
	}
}

// SameBuild tells what fieldsKey tells, field by field, for every section of the page
// in the states that change the sections' shape and words.
func TestSameBuildAgreesWithFieldsKey(t *testing.T) {
	defer SetLanguage{Lang: English}.apply(nil)
	var sections [][]Field
	m := NewSession()
	add := func() {
		sections = append(sections, LayerFields(m), UnitFields(m), InputFields(m), LessonFields(m))
	}
	add()
	for _, c := range []Command{Select{Unit: Unit{Level: 1, Index: 0}},
		SetWeight{Layer: 0, Unit: 0, In: 0, Value: 3}, Select{Unit: Unit{Level: 2, Index: 1}},
		SetActivation{Layer: 0, Act: core.DefaultLeakyReLU}, SetBiasEnabled{Layer: 1},
		SetUnits{Level: 1, N: 5}, OpenLesson{ID: 1}, OpenLesson{ID: 3},
		SetLanguage{Lang: Korean}} {
		if err := m.Apply(c); err != nil {
			t.Fatalf("%T: %v", c, err)
		}
		add()
	}
	pairs := 0
	for _, a := range sections {
		for _, b := range sections {
			for i := range min(len(a), len(b)) {
				key := fieldsKey(a[i:i+1]) == fieldsKey(b[i:i+1])
				if same := SameBuild(a[i], b[i]); same != key {
					t.Errorf("SameBuild(%s, %s) = %v, the keys say %v", a[i].ID, b[i].ID, same, key)
				}
				if key && a[i].ID != b[i].ID {
					t.Errorf("%s and %s have the same key", a[i].ID, b[i].ID)
				}
				pairs++
			}
		}
	}
	if pairs < 1000 {
		t.Errorf("only %d pairs compared", pairs)
	}
}

// fieldsKey sums up what building fs makes, the way the panel once told a section to
// build again: its ids, kinds, words and choices, not its values. SameBuild must agree.
func fieldsKey(fs []Field) string {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "%s %d %q %q %v|", f.ID, f.Kind, f.Label, f.Name, f.Slider)
		for _, o := range f.Options {
			fmt.Fprintf(&b, "%q %q %q,", o.Value, o.Label, o.Group)
		}
	}
	return b.String()
}

func TestActivationOptionsFollowTheLanguage(t *testing.T) {
	defer SetLanguage{Lang: English}.apply(nil)
	SetLanguage{Lang: English}.apply(nil)
	en := ActivationOptions()
	SetLanguage{Lang: Korean}.apply(nil)
	ko := ActivationOptions()
	last := len(en) - 1
	if len(en) != len(core.Activations()) || len(ko) != len(en) ||
		en[last].Group != SayIn(English, ActivationMoreGroup) ||
		ko[last].Group != SayIn(Korean, ActivationMoreGroup) || en[last].Group == ko[last].Group ||
		en[0] != (Option{Value: "identity", Label: "Identity"}) {
		t.Errorf("English %v\nKorean %v", en, ko)
	}
}

func TestPageWords(t *testing.T) {
	for _, l := range Langs() {
		var words map[string]string
		if err := json.Unmarshal([]byte(PageWords(l)), &words); err != nil {
			t.Fatal(err)
		}
		if len(words) != len(PageKeys()) {
			t.Errorf("%v: %d words for %d keys", l, len(words), len(PageKeys()))
		}
		for _, k := range PageKeys() {
			if words[k] != pageText[k].in(l) || words[k] == "" {
				t.Errorf("%v: %s is %q, want %q", l, k, words[k], pageText[k].in(l))
			}
		}
	}
}

func TestShownAs(t *testing.T) {
	for _, c := range []struct {
		tag, typ, prop string
		v              string
		want           any
	}{
		{"INPUT", "checkbox", "checked", "true", true},
		{"INPUT", "checkbox", "checked", "false", false},
		{"INPUT", "range", "value", "5", "5"},
		{"INPUT", "text", "value", "x", "x"},
		{"SELECT", "select-one", "value", "relu", "relu"},
		{"BUTTON", "button", "textContent", "Play", "Play"},
		{"OUTPUT", "output", "textContent", "5%", "5%"},
		{"DD", "", "textContent", "12", "12"},
	} {
		prop := ShownAs(c.tag, c.typ)
		if got := (Control{}).PropertyValue(prop, c.v); prop != c.prop || got != c.want {
			t.Errorf("%s %s: %s = %#v, want %s = %#v", c.tag, c.typ, prop, got, c.prop, c.want)
		}
	}
}

// TestAnswersBeside: the share section's line answers its buttons, Load model too: after
// a model was loaded it still read "Saved nnplay-model.json." (look10), and a model file
// refused before it is read (by its size) left the last file's answer there (look11). A
// data file's button is in the data section, and says its answer on the status line.
func TestAnswersBeside(t *testing.T) {
	for c, want := range map[Command]bool{Copied{OK: true}: true, Copied{}: true,
		AskExport{Kind: "model"}: true, AskExport{Kind: "pytorch"}: true, SetShowTest{}: false,
		SetHiddenLayers{N: 9}: false, LoadFile{Kind: ModelFile}: true,
		LoadFile{Kind: DataFile}: false, Refuse{}: false, Refuse{Kind: DataFile}: false,
		Refuse{Kind: ModelFile}: true} {
		if got := AnswersBeside(c); got != want {
			t.Errorf("AnswersBeside(%T) = %v", c, got)
		}
	}
}

// FieldsHTML writes each kind of field as the panel binds it: a group per Legend holding
// the fields after it, a number's label naming its slider when it has one, its box
// otherwise, and words and ids escaped.
func TestFieldsHTML(t *testing.T) {
	fs := []Field{
		{ID: "on", Kind: Switch, Label: "Bias <b>"},
		{ID: "l1", Kind: Legend, Label: "Layer & 1"},
		{ID: "act", Kind: Menu, Label: "f", Options: []Option{{Value: "relu", Label: "ReLU"}}},
		{ID: "w0", Kind: Number, Label: "w[0]", Name: `w "0"`, Slider: true, Lo: -5, Hi: 2.5},
		{ID: "l2", Kind: Legend, Label: "Layer 2"},
		{ID: "a", Kind: Number, Label: "α"},
	}
	want := `<label class="check"><input type="checkbox" id="on"> Bias &lt;b&gt;</label>` +
		`<fieldset class="layer" id="l1"><legend>Layer &amp; 1</legend>` +
		`<label class="menu">f <select id="act"><option value="relu">ReLU</option></select>` +
		`</label><div class="param"><label for="w0-range">w[0]</label>` +
		`<input type="range" id="w0-range" min="-5" max="2.5" step="0.01" ` +
		`aria-describedby="w0-msg"><input type="text" id="w0-num" inputmode="decimal" ` +
		`aria-label="w &#34;0&#34;" aria-describedby="w0-msg" spellcheck="false" ` +
		`autocomplete="off"><span class="msg" id="w0-msg" role="status"></span></div>` +
		`</fieldset><fieldset class="layer" id="l2"><legend>Layer 2</legend>` +
		`<div class="param inline"><label for="a-num">α</label><input type="text" id="a-num" ` +
		`inputmode="decimal" aria-describedby="a-msg" spellcheck="false" autocomplete="off">` +
		`<span class="msg" id="a-msg" role="status"></span></div></fieldset>`
	if got := FieldsHTML(fs); got != want {
		t.Errorf("FieldsHTML =\n%s\nwant\n%s", got, want)
	}
	if got := FieldsHTML(nil); got != "" {
		t.Errorf("FieldsHTML(nil) = %q", got)
	}
}

// Every element the panel binds by id (wasm/panel.go's bind) is in its section's markup
// once, for every section of the page in the states that change their shape.
func TestFieldsHTMLHoldsWhatThePanelBinds(t *testing.T) {
	defer SetLanguage{Lang: English}.apply(nil)
	m := NewSession()
	check := func(state string) {
		for _, fs := range [][]Field{LayerFields(m), UnitFields(m), InputFields(m),
			LessonFields(m)} {
			html := FieldsHTML(fs)
			for _, f := range fs {
				ids := []string{f.ID}
				if f.Kind == Number {
					num, msg, rng := f.NumberIDs()
					ids = []string{num, msg}
					if f.Slider {
						ids = append(ids, rng)
					}
				}
				for _, id := range ids {
					if n := strings.Count(html, ` id="`+escapeHTML(id)+`"`); n != 1 {
						t.Errorf("%s: id %q is in the markup %d times", state, id, n)
					}
				}
			}
		}
	}
	check("start")
	for _, c := range []Command{Select{Unit: Unit{Level: 1, Index: 0}},
		SetActivation{Layer: 0, Act: core.DefaultLeakyReLU}, Select{Unit: Unit{Level: 2, Index: 1}},
		OpenLesson{ID: 1}, OpenLesson{ID: 3}, SetLanguage{Lang: Korean}} {
		if err := m.Apply(c); err != nil {
			t.Fatalf("%T: %v", c, err)
		}
		check(fmt.Sprintf("after %T", c))
	}
}
