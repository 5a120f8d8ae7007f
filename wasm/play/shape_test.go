package play

import (
	"strings"
	"testing"
)

// TestShapeFaultsSayWhichCount: a linear module's weight or bias of another shape than
// its features say names the count at fault, a row's values, the rows or the bias's
// values, in both languages (it holds the words while core.ShapeError's kinds change).
func TestShapeFaultsSayWhichCount(t *testing.T) {
	defer speak(English)
	linear := func(w, b string) string {
		return `{"format":"nnplay/1","modules":[{"type":"linear","in_features":2,` +
			`"out_features":1,"weight":` + w + `,"bias":` + b + `}]}`
	}
	for _, c := range []struct{ text, en, ko string }{
		{linear("[[1,2,3]]", "null"), "module 0, field weight: the number of values in row 0 " +
			"is 3, and in_features is 2: they must be equal",
			"0번 모듈, weight: 0번 행의 값은 3개, in_features는 2입니다: 둘이 같아야 합니다"},
		{linear("[[1,2],[3,4]]", "null"), "module 0, field weight: the number of rows is 2, " +
			"and out_features is 1: they must be equal",
			"0번 모듈, weight: 행은 2개, out_features는 1입니다: 둘이 같아야 합니다"},
		{linear("[[1,2]]", "[1,2,3]"), "module 0, field bias: the number of values is 3, " +
			"and out_features is 1: they must be equal",
			"0번 모듈, bias: 값은 3개, out_features는 1입니다: 둘이 같아야 합니다"},
	} {
		for _, l := range Langs() {
			speak(l)
			got := Explain(NewSession().Apply(LoadFile{Kind: ModelFile, Name: "m.json",
				Text: c.text}))
			if want := map[Lang]string{English: c.en, Korean: c.ko}[l]; !strings.Contains(got,
				want) {
				t.Errorf("in %v: %q, want %q", l, got, want)
			}
		}
	}
}
