package play

import (
	"strings"
	"testing"
)

// TestAMisspeltFieldSaysBoth: a model file's field missing beside a near one it does not
// have says both, in both languages: {"typ":"relu"} read only "type: is missing", and
// never named "typ".
func TestAMisspeltFieldSaysBoth(t *testing.T) {
	defer speak(English)
	for _, c := range []struct {
		text   string
		en, ko string
	}{
		{`{"format":"nnplay/1","modules":[{"typ":"relu"}]}`,
			`module 0, field type: is missing; "typ" is not a field: did you mean "type"?`,
			`0번 모듈, type: 필드가 없습니다. "typ": 없는 필드입니다. "type" 필드를 잘못 쓴 것 같습니다`},
		{`{"format":"nnplay/1","module":[]}`,
			`field "modules" is missing; "module" is not a field: did you mean "modules"?`,
			`"modules" 필드가 없습니다. "module": 없는 필드입니다. "modules" 필드를 잘못 쓴 것 같습니다`},
	} {
		for _, l := range Langs() {
			speak(l)
			got := Explain(NewSession().Apply(LoadFile{Kind: ModelFile, Name: "m.json",
				Text: c.text}))
			if want := map[Lang]string{English: c.en, Korean: c.ko}[l]; !strings.Contains(got,
				want) {
				t.Errorf("%s in %v: %q, want %q", c.text, l, got, want)
			}
		}
	}
}
