package play

import (
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestStepShowsItsPointsDigits: Step moves the input point onto its training point, e.g.
// #122 at (1.4953, -0.9979), and the page showed "(1.50, -1.00)" and "x2 = -1.00", so
// that a learner checking dL/dw = dL/dz × x by hand was off in the second digit (the
// fresh-eyes look). The Step's text names the point to four decimals, and the input
// units and the plane's line read the coordinates to three. Its negative coordinate
// reads with the minus sign in the text as on the canvas.
func TestStepShowsItsPointsDigits(t *testing.T) {
	defer speak(English)
	for _, l := range []Lang{English, Korean} {
		speak(l)
		m := NewSession()
		apply(t, m, StepPhase{Instant: true})
		p := m.Train[m.Anim.Record.Sample]
		info := StepInfo(m)
		// The panel's text writes the minus sign the canvas draws: it wrote ASCII
		// "-0.9979" in the panel's font, a hyphen, beside the canvas's "−0.998" (look8).
		if p.X1 >= 0 && p.X2 >= 0 {
			t.Fatalf("the Step's point (%v, %v) has no negative coordinate", p.X1, p.X2)
		}
		if strings.Contains(info, "-") || !strings.Contains(info, "−") {
			t.Errorf("%s: the Step's text %q writes no minus sign", l.Code(), info)
		}
		for _, x := range []float64{p.X1, p.X2} {
			if want := minusSigned(strconv.FormatFloat(x, 'f', 4, 64)); !strings.Contains(info, want) {
				t.Errorf("%s: the Step's text %q lacks the point's %s", l.Code(), info, want)
			}
		}
		win := window{1280, 800, 1}
		s := &Scene{}
		s.Build(m, pageGeometry(m, win), testFontsAt(t, win.Scale), 0)
		var inputs []string
		for _, u := range s.Units {
			if u.Unit.Level == 0 {
				inputs = append(inputs, u.Value)
			}
		}
		want := []string{"x1 = " + strconv.FormatFloat(p.X1, 'f', 3, 64),
			"x2 = " + strconv.FormatFloat(p.X2, 'f', 3, 64)}
		if strings.Join(inputs, "|") != strings.Join(want, "|") {
			t.Errorf("%s: the input units read %q, want %q", l.Code(), inputs, want)
		}
		plane := SayIn(l, InputPointLine, want[0][5:], want[1][5:])
		if !slices.ContainsFunc(s.Labels, func(lb Label) bool { return lb.Text == plane }) {
			t.Errorf("%s: the plane does not say %q", l.Code(), plane)
		}
	}
}
