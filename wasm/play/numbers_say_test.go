package play

import (
	"regexp"
	"strings"
	"testing"
)

// bareNumber matches a label that is a number, or a move of one, and nothing that says
// what it is: "0.02", "-1e-3", "0.145", "→0.149", "0.067→0.068".
var bareNumber = regexp.MustCompile(`^(→ ?)?-?[0-9.]+(e-?[0-9]+)?(→-?[0-9.]+(e-?[0-9]+)?)?$`)

// checkNumbersSay reports, in the Step's update, a number in the network's pane that
// does not say what it is (a bar's size says it where the bars' caption is placed) and a
// move that wraps: on a phone "0.02" under a meter whose |dL/dW| the list of moves had
// taken, and the output unit's moves as "0.145" over "→0.149", without their "w"; on a
// laptop "w 0.1234" over "→ 0.1240".
func checkNumbersSay(t *testing.T, where string, m *Session, s *Scene) {
	t.Helper()
	if !s.shows(m, PaneNetwork) || !s.step(m).showsUpdate() {
		return
	}
	caption := false
	for _, l := range s.Labels {
		caption = caption || l.Text == Say(GradBarsCaption) || l.Text == Say(GradBarsCaptionShort)
	}
	net := s.Geo.Net
	net.W += 16 * s.Geo.Scale // the margin the list and the loss box may take
	for i := range s.texts {
		tx := &s.texts[i]
		if !tx.ok || !owns(net, tx.box) { // the other views' axes say what they are
			continue
		}
		form := s.formsOf(tx)[tx.form]
		if strings.Contains(form, "\n") && strings.Contains(form, "→") && !tx.list {
			t.Errorf("%s: the move %q wraps", where, form)
			continue
		}
		for line := range strings.SplitSeq(form, "\n") {
			if !bareNumber.MatchString(line) {
				continue
			}
			bar := false
			for _, b := range s.GradBars {
				bar = bar || line == Num(b.Norm)
			}
			if !bar || !caption {
				t.Errorf("%s: %q at %+v does not say what it is", where, line, tx.box)
			}
		}
	}
}
