package play

import (
	"strings"
	"testing"
)

// TestMessagesSayWhatIsWrong: a refused link field, model file or data file is refused
// with the reason that applies, worded as its neighbours are, in both languages.
func TestMessagesSayWhatIsWrong(t *testing.T) {
	defer speak(English)
	model := func(w string) string {
		return `{"format":"nnplay/1","modules":[{"type":"linear","in_features":2,` +
			`"out_features":1,"weight":[[` + w + `,1]],"bias":null}]}`
	}
	png := "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\b\x06"
	for _, c := range []struct {
		name string
		c    Command
		want map[Lang][]string
		not  []string
	}{
		{"seed=-1", OpenLink{Hash: "#seed=-1"}, map[Lang][]string{
			English: {"seed", "out of range"}, Korean: {"seed", "범위를 벗어났습니다"}},
			[]string{"not a number", "수가 아닙니다"}},
		{"batch=-3", OpenLink{Hash: "#batch=-3"}, map[Lang][]string{
			English: {"batch", "out of range", "from 1 to 30"}, Korean: {"batch", "범위"}}, nil},
		{"NaN in a model", LoadFile{Kind: ModelFile, Name: "m.json", Text: model("NaN")},
			map[Lang][]string{English: {"NaN", "finite"}, Korean: {"NaN", "유한한"}},
			[]string{"JSON object", "JSON 객체"}},
		{"a weight of 2000", LoadFile{Kind: ModelFile, Name: "m.json", Text: model("2000")},
			map[Lang][]string{English: {"module 0, field weight, entry 0: 2000 is beyond ±1000"},
				Korean: {"0번 모듈", "weight", "2000"}}, []string{"0.weight"}},
		{"a PNG as CSV", LoadFile{Kind: DataFile, Name: "p.csv", Text: png},
			map[Lang][]string{English: {"p.csv", "not a text file"},
				Korean: {"p.csv", "문자로 된 파일이 아닙니다"}}, []string{"fields", "필드"}},
	} {
		for _, l := range Langs() {
			speak(l)
			got := Explain(NewSession().Apply(c.c))
			for _, w := range c.want[l] {
				if !strings.Contains(got, w) {
					t.Errorf("%s in %v: %q, want %q in it", c.name, l, got, w)
				}
			}
			for _, w := range c.not {
				if strings.Contains(got, w) {
					t.Errorf("%s in %v: %q says %q", c.name, l, got, w)
				}
			}
		}
	}
}
