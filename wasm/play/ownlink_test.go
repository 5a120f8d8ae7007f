package play

import (
	"strings"
	"testing"
)

// TestOwnDataLinkOpens: with the learner's own data, of either problem type, loaded or
// chosen again while the page showed a data set of either type, the address names a
// setup its own parser takes as it is, and Copy link names the data set it opens.
func TestOwnDataLinkOpens(t *testing.T) {
	defer speak(English)
	speak(English)
	files := map[Problem]string{
		Classification: "x1,x2,label\n0,0,1\n1,1,-1\n2,2,1\n-1,3,-1\n",
		Regression:     "x1,x2,label\n0,0,0.5\n1,1,-0.25\n2,2,3\n-1,3,2\n",
	}
	for _, shown := range []string{"circle", "plane"} {
		for _, own := range []Problem{Classification, Regression} {
			for _, again := range []bool{false, true} {
				m := NewSession()
				cmd, _ := chooseData(shown)
				m.Apply(cmd)
				if again { // loaded on the other set, then chosen again from the menu
					m.Apply(LoadFile{Kind: DataFile, Name: "d.csv", Text: files[own]})
					cmd, _ = chooseData(shown)
					m.Apply(cmd)
					m.Apply(UseOwnData{})
				} else {
					m.Apply(LoadFile{Kind: DataFile, Name: "d.csv", Text: files[own]})
				}
				s := m.Setup(false)
				if errs := s.Check(); len(errs) > 0 || s.Problem != own {
					t.Errorf("%s, own %v (again %v): the link %q is refused: %v",
						shown, own, again, s.Hash(), fieldErrors(errs))
				}
				m.Apply(SetPageAddress{URL: "x"})
				said := Explain(m.Apply(Copied{OK: true}))
				if want := SayIn(English, datasetWords[s.Data.Kind]); !strings.Contains(said,
					"the data set "+want) {
					t.Errorf("%s, own %v: Copy link says %q, the link opens %s", shown, own,
						said, want)
				}
			}
		}
	}
}
