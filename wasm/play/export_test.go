package play

import (
	"errors"
	"testing"
)

// TestTheExportCountsItsMarks: Export PNG's legend counts the training points the unit's
// z is marked at, in the page's words and numbers: a data file of two points trains on
// one, and the legend read "z at 1 training points".
func TestTheExportCountsItsMarks(t *testing.T) {
	defer speak(English)
	for _, c := range []struct {
		data     string
		en, ko   string
		training int
	}{
		{"1,1,1\n-1,-1,-1\n", "z at 1 training point", "학습 데이터 1개의 z", 1},
		{ownPoints, "z at 5 training points", "학습 데이터 5개의 z", 5},
	} {
		for _, l := range Langs() {
			speak(l)
			m := NewSession()
			if err := m.Apply(LoadFile{Kind: DataFile, Name: "d.csv", Text: c.data}); !errors.As(err,
				new(Notice)) {
				t.Fatalf("loading %q: %v", c.data, err)
			}
			mustApply(t, m, Select{Unit: Unit{Level: 1, Index: 0}})
			r, err := Export(m)
			if err != nil {
				t.Fatal(err)
			}
			want := map[Lang]string{English: c.en, Korean: c.ko}[l]
			if len(r.Marks) != c.training || r.MarksName != want {
				t.Errorf("%s, %d training points: the legend names %d marks %q, want %q",
					l.Code(), len(m.Train), len(r.Marks), r.MarksName, want)
			}
		}
	}
}
