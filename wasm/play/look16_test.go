package play

import (
	"slices"
	"strings"
	"testing"

	"nnplay/core"
)

// TestCopyLinkSaysTheWeightsStayBehind: a link without the weights opens with the weights
// its setup draws (Setup.Network), and when the page's weights are others, Copy link says
// so and names the box that puts them in. look16 added sin x1 to the first network, copied
// the link and opened it: the new input's weights, drawn by the page's edit, came back
// others (0.413424 read 0.471003), and nothing had said the link would not hold them.
func TestCopyLinkSaysTheWeightsStayBehind(t *testing.T) {
	defer speak(English)
	for _, l := range Langs() {
		speak(l)
		box, _ := PageText("share-weights")
		said := func(m *Session) string {
			mustApply(t, m, SetPageAddress{URL: "https://example.org/"})
			return Explain(m.Apply(Copied{OK: true}))
		}
		same := func(m *Session) bool {
			return slices.Equal(WeightsOf(m.Setup(false).Network()), WeightsOf(m.Net))
		}
		m := NewSession()
		if !same(m) {
			t.Fatalf("%s: a fresh page's link does not draw its weights", l.Code())
		}
		if got := said(m); strings.Contains(got, box) {
			t.Errorf("%s: a link that opens with the page's own weights says %q", l.Code(), got)
		}
		mustApply(t, m, SetFeature{Feature: core.SinX1, On: true})
		if same(m) {
			t.Fatalf("%s: the edited network's link draws its weights: no case", l.Code())
		}
		if got := said(m); !strings.Contains(got, box) {
			t.Errorf("%s: a link that opens with other weights says only %q", l.Code(), got)
		}
		mustApply(t, m, SetShareWeights{On: true})
		if got := said(m); strings.Contains(got, box) {
			t.Errorf("%s: a link with the weights says %q", l.Code(), got)
		}
	}
}

// TestAnotherHeaderIsNamedAHeader: a data file whose first line is a header of other names
// (pandas writes "x1,x2,y") is refused as a header, with the header the page reads, not as
// a bad number. look16's "x1,x2,y" read: line 1, x1: "x1" is not a plain decimal. A line
// with a number in it is still a line of data, and the page's own header still loads.
func TestAnotherHeaderIsNamedAHeader(t *testing.T) {
	defer speak(English)
	for _, l := range Langs() {
		speak(l)
		load := func(text string) string {
			return Explain(NewSession().Apply(LoadFile{Kind: DataFile, Name: "d.csv", Text: text}))
		}
		notNumber := decimalReason(core.ErrNotDecimal).With(`"x"`).In(l)
		notNumber = notNumber[strings.Index(notNumber, `"x"`)+3:] // the reason's own words,
		notNumber, _, _ = strings.Cut(notNumber, "(")             // without its examples
		for _, head := range []string{"x1,x2,y", "label,x1,x2", "a, b, c", "x1,x2,label,id"} {
			got := load(head + "\n1,2,1\n3,4,-1\n")
			if strings.Contains(got, notNumber) || !strings.Contains(got, "x1,x2,value") {
				t.Errorf("%s: header %q: %q", l.Code(), head, got)
			}
		}
		if got := load("1,oops,1\n3,4,-1\n"); !strings.Contains(got, notNumber) {
			t.Errorf("%s: a line of data with a bad value says %q", l.Code(), got)
		}
		if got := load("x1,x2,label\n1,2,1\n3,4,-1\n"); strings.Contains(got, "x1,x2,value") {
			t.Errorf("%s: the page's own header says %q", l.Code(), got)
		}
	}
}

// TestFullWidthDigitsAreNumbers: a number typed with an East Asian keyboard's full-width
// forms ("１.５", "－０．２５") is the number, as the panel's boxes read it. look16 typed
// "１.５" into lesson 3's z and read: "１.５" is not a number.
func TestFullWidthDigitsAreNumbers(t *testing.T) {
	for in, want := range map[string]float64{
		"１.５": 1.5, "－０．２５": -0.25, "１ｅ－３": 1e-3, "＋２": 2, " ３ ": 3,
	} {
		if got, err := ParseValue(in, -6, 6); err != nil || got != want {
			t.Errorf("ParseValue(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	if _, err := ParseValue("１ａ", -6, 6); err == nil {
		t.Error(`ParseValue("１ａ") took a full-width letter`)
	}
}

// TestModelFileFaultsSayWhyInKorean: a model file's module refused for its shape, an unknown
// or missing field or an unknown type says why in Korean too, with the numbers and names
// English gives. look16's Korean page said only "올바른 모듈이 아닙니다" (not a valid
// module) for each, where English said "row 0 has 3 values, want in_features = 2".
func TestModelFileFaultsSayWhyInKorean(t *testing.T) {
	defer speak(English)
	linear := `{"type":"linear","in_features":2,"out_features":1,"weight":%s,"bias":null}`
	file := func(mod string) string { return `{"format":"nnplay/1","modules":[` + mod + `]}` }
	for _, c := range []struct {
		mod   string
		words []string // what the Korean must name
	}{
		{strings.Replace(linear, "%s", "[[1,2,3]]", 1), []string{"0", "3", "in_features", "2"}},
		{strings.Replace(linear, "%s", "[[1,2],[3,4]]", 1), []string{"2", "out_features", "1"}},
		{`{"type":"relu","inplace":true}`, []string{"inplace", "type"}},
		{`{"type":"linear","in_features":2,"out_features":1,"bias":null}`, []string{"weight"}},
		{`{"type":"swish"}`, []string{"swish"}},
		{`{"type":7}`, []string{"7"}},
		{`{"type":"leaky_relu","negative_slope":"0.1"}`, []string{`"0.1"`}},
		{strings.Replace(strings.Replace(linear, "%s", "[[1,2]]", 1), `"in_features":2`,
			`"in_features":"2"`, 1), []string{`"2"`, "1", "4096"}},
		{strings.Replace(linear, "%s", `"x"`, 1), []string{"1", "2", "문자열(string)"}},
		{strings.Replace(linear, "%s", "[[1,1e999]]", 1), []string{"1e999"}},
		{strings.Replace(strings.Replace(linear, "%s", "[[1,2]]", 1), `"bias":null`,
			`"bias":[1,"a"]`, 1), []string{"1", "string"}},
		{`{"type":"leaky_relu","negative_slope":5}`, []string{"negative_slope", "5", "1"}},
		// A module that is no object, and an activation out of its place.
		{`7`, []string{"JSON"}},
		{`{"type":"relu"},` + strings.Replace(linear, "%s", "[[1,2]]", 1), []string{"ReLU()",
			"linear"}},
		{strings.Replace(linear, "%s", "[[1,2]]", 1) + `,{"type":"relu"},{"type":"tanh"}`,
			[]string{"Tanh()", "linear"}},
		// What stands where a number is wanted, named in Korean (with JSON's word).
		{strings.Replace(strings.Replace(linear, "%s", "[[1,2]]", 1), `"bias":null`,
			`"bias":[[1]]`, 1), []string{"목록(array)"}},
		{strings.Replace(linear, "%s", "[[true,2]]", 1), []string{"true나 false(bool)"}},
		{strings.Replace(strings.Replace(linear, "%s", "[[1,2]]", 1), `"bias":null`,
			`"bias":{}`, 1), []string{"객체(object)"}},
		{strings.Replace(linear, "%s", "[1,2]", 1), []string{"수(number)"}},
		// A layer whose in_features are not the previous layer's out_features.
		{strings.Replace(linear, "%s", "[[1,2]]", 1) + "," +
			strings.Replace(linear, "%s", "[[1,2]]", 1), []string{"in_features", "2",
			"out_features", "1"}},
		// A number where a list is wanted is a number found, not one out of range.
		{strings.Replace(linear, "%s", "[1,2]", 1), []string{"1", "2"}},
		{strings.Replace(strings.Replace(linear, "%s", "[[1,2]]", 1), `"bias":null`,
			`"bias":3`, 1), []string{"1"}},
	} {
		speak(English)
		en := Explain(NewSession().Apply(LoadFile{Kind: ModelFile, Name: "m.json", Text: file(c.mod)}))
		speak(Korean)
		ko := Explain(NewSession().Apply(LoadFile{Kind: ModelFile, Name: "m.json", Text: file(c.mod)}))
		if strings.Contains(ko, SayIn(Korean, ModuleInvalid)) {
			t.Errorf("%s: Korean says only %q where English says %q", c.mod, ko, en)
			continue
		}
		if strings.Contains(ko, "범위") || strings.Contains(en, "out of range") {
			t.Errorf("%s: a number out of range? %q, %q", c.mod, en, ko)
		}
		for _, w := range c.words {
			if !strings.Contains(ko, w) {
				t.Errorf("%s: %q does not name %q", c.mod, ko, w)
			}
		}
	}
}
