package play

import (
	"errors"
	"regexp"
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
				do := func(c Command) { // a Notice is an answer; a refusal leaves the case
					t.Helper()
					if err := m.Apply(c); Refusal(err) != nil {
						t.Fatalf("%s, own %v (again %v): %#v refused: %v", shown, own, again, c,
							err)
					}
				}
				cmd, err := chooseData(shown)
				if err != nil {
					t.Fatal(err)
				}
				do(cmd)
				do(LoadFile{Kind: DataFile, Name: "d.csv", Text: files[own]})
				if again { // loaded on the other set, then chosen again from the menu
					do(cmd)
					do(UseOwnData{})
				}
				s := m.Setup(false)
				if errs := s.Check(); len(errs) > 0 || s.Problem != own {
					t.Errorf("%s, own %v (again %v): the link %q is refused: %v",
						shown, own, again, s.Hash(), fieldErrors(errs))
				}
				do(SetPageAddress{URL: "x"})
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

// TestCSVTakesItsOwnExamples: the numbers a refused CSV's words give as examples, as the
// page shows them (its minus sign is U+2212), are numbers the CSV reader takes.
func TestCSVTakesItsOwnExamples(t *testing.T) {
	defer speak(English)
	for _, l := range Langs() {
		speak(l)
		said := Explain(NewSession().Apply(LoadFile{Kind: DataFile, Name: "d.csv",
			Text: "1,2,1\n0.5,oops,1\n"}))
		examples := regexp.MustCompile(`−[0-9.]+|[0-9.]+e−[0-9]+`).FindAllString(said, -1)
		if len(examples) != 2 {
			t.Fatalf("%v: no examples in %q", l, said)
		}
		text := "1,2,1\n" + examples[0] + "," + examples[1] + ",1\n"
		if err := NewSession().Apply(LoadFile{Kind: DataFile, Name: "d.csv", Text: text}); err != nil &&
			!errors.As(err, new(Notice)) {
			t.Errorf("%v: %q is refused: %s", l, text, Explain(err))
		}
	}
}

// TestTheStatusLineKeepsTheRestOfAnEndedStepsAnswer: an edit that ends a Step and has
// something of its own to say (a data file loaded) keeps that on the status line, which
// leaves the Step's end to the Step's text.
func TestTheStatusLineKeepsTheRestOfAnEndedStepsAnswer(t *testing.T) {
	defer speak(English)
	speak(English)
	m := NewSession()
	mustApply(t, m, StepPhase{Instant: true})
	c := LoadFile{Kind: DataFile, Name: "p.csv", Text: ownPoints}
	var line Status
	line.Answer(c, m.Apply(c), false)
	if said := Explain(line.Err()); !strings.Contains(said, "p.csv") || stepEnded(line.Err()) {
		t.Errorf("the status line says %q", said)
	}
	if s := StepInfo(m); !strings.Contains(s, "Step ended: you changed the data") {
		t.Errorf("the Step's text says %q", s)
	}
}
