package play

import (
	"errors"
	"strings"
	"testing"
)

// TestAFileInTheOtherLoaderSaysWhereItGoes: a data set picked in Load model… is told
// that it looks like a data file (CSV) and where data files load, and a model file
// picked in Load CSV… that it looks like a model file (JSON) and where models load, in
// both languages, by its name or by what it holds; the page keeps what it had. (Earlier
// a CSV in the model's picker read only "not a model file: a model file is a JSON
// object", and a model in the data's "data file, line 1: bare \" in non-quoted-field".)
func TestAFileInTheOtherLoaderSaysWhereItGoes(t *testing.T) {
	defer speak(English)
	csv := "x1,x2,label\n1,2,1\n2,3,-1\n"
	_, model, _, _ := NewSession().ExportText("model")
	toData := map[Lang][]string{
		English: {"looks like a data file (CSV)", "“Load CSV…” in the “Data” section"},
		Korean:  {"데이터 파일(CSV)로 보입니다", "‘CSV 불러오기…’", "‘데이터’"}}
	toModel := map[Lang][]string{
		English: {"looks like a model file (JSON)", "“Load model…” in the “Share and files” section"},
		Korean:  {"모델 파일(JSON)로 보입니다", "‘모델 불러오기…’", "‘공유와 파일’"}}
	for _, c := range []struct {
		name string
		load LoadFile
		want map[Lang][]string
	}{
		{"a CSV as a model", LoadFile{Kind: ModelFile, Name: "d.csv", Text: csv}, toData},
		{"a CSV named .txt", LoadFile{Kind: ModelFile, Name: "d.txt", Text: "1,2,1\n2,2,-1\n"},
			toData},
		{"data named otherwise", LoadFile{Kind: ModelFile, Name: "points", Text: csv}, toData},
		{"a bad CSV by its name", LoadFile{Kind: ModelFile, Name: "D.CSV", Text: "1,2\n"},
			toData},
		{"a model as data", LoadFile{Kind: DataFile, Name: "m.json", Text: model}, toModel},
		{"a model named otherwise", LoadFile{Kind: DataFile, Name: "m", Text: " " + model},
			toModel},
		{"a bad model by its name", LoadFile{Kind: DataFile, Name: "m.JSON", Text: "{"},
			toModel},
	} {
		for _, l := range Langs() {
			speak(l)
			m := NewSession()
			before, v := modelText(t, m.Net), m.Version()
			err := m.Apply(c.load)
			got := Explain(err)
			if err == nil || errors.As(err, new(Notice)) || !strings.HasPrefix(got,
				clipText(c.load.Name)+": ") {
				t.Errorf("%s in %v: %q", c.name, l, got)
			}
			for _, w := range c.want[l] {
				if !strings.Contains(got, w) {
					t.Errorf("%s in %v: %q, want %q in it", c.name, l, got, w)
				}
			}
			if modelText(t, m.Net) != before || m.Version() != v || m.custom.points != nil {
				t.Errorf("%s in %v changed the page", c.name, l)
			}
		}
	}
	// A file of its loader's kind that is faulty says its own fault, not the other's.
	for _, c := range []LoadFile{{Kind: ModelFile, Name: "m.json", Text: "not json"},
		{Kind: DataFile, Name: "d.csv", Text: "1,2,1\n3,oops,1\n"}} {
		if got := Explain(NewSession().Apply(c)); strings.Contains(got, "looks like") {
			t.Errorf("%s: %q", c.Name, got)
		}
	}
}
