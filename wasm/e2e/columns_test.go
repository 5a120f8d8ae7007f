package e2e

import (
	"fmt"
	"strings"
	"testing"
)

// columnsLink is free play's link with n hidden layers (4 units, then 2 each) of
// activation act.
func columnsLink(n int, act string) string {
	layers := "4" + strings.Repeat(",2", n-1)
	acts := strings.Repeat(act+",", n) + "tanh"
	bias := strings.TrimSuffix(strings.Repeat("1,", n+1), ",")
	return "#data=circle&noise=0&train=50&seed=1&problem=classification&features=x1,x2" +
		"&layers=" + layers + "&acts=" + acts + "&bias=" + bias + "&init=1&lr=0.03&batch=10" +
		"&loss=half_mse&reg=none&rate=0&discretize=0&showtest=0"
}

// TestLabelsKeepToTheirColumn opens networks of 1 to 6 hidden layers (ReLU on a laptop,
// Tanh on a phone), in English and Korean, at rest and, with 6, after each phase of a
// Step; it leaves a screenshot of each in test-artifacts/
// (columns-N-ACT-PHASE-LANG-SIZE.png) and checks that the texts the page reports keep
// the rules and a clearance from the units of the columns they do not belong to.
func TestLabelsKeepToTheirColumn(t *testing.T) {
	t.Parallel()
	for _, win := range lessonWindows {
		t.Run(win.name, func(t *testing.T) {
			t.Parallel()
			p := open(t, false, win.w, win.h)
			act := "relu"
			if win.w < 760 {
				act = "tanh"
			}
			for _, lang := range []string{"en", "ko"} {
				p.call("lang", lang, nil)
				for n := 1; n <= 6; n++ {
					v := p.layout().Version
					p.eval(fmt.Sprintf(`location.hash = %q, 1`, columnsLink(n, act)))
					p.waitFor(fmt.Sprintf(`window.nnplay.call('state').then(s => `+
						`JSON.parse(s).sizes.length === %d)`, n+2))
					s := p.waitLayout(v)
					for phase := 0; phase <= 4 && (phase == 0 || n == 6); phase++ {
						if phase > 0 {
							v := s.Version
							p.call("step", map[string]bool{"instant": true}, nil)
							s = p.waitLayout(v)
						}
						where := fmt.Sprintf("columns-%d-%s-%d-%s-%s", n, act, phase, lang,
							win.name)
						p.screenshot(where)
						checkLabels(t, where, s)
						checkClearance(t, where, s)
					}
				}
			}
			p.noProblems()
		})
	}
}

// clearance is the room, in CSS pixels, a text of the network keeps from the units of
// the columns it does not belong to (the column whose units span its centre, if any).
const clearance = 3

// checkClearance reports a text of the network, below the tops of its units, that comes
// nearer than clearance to a unit of another column.
func checkClearance(t *testing.T, where string, s layoutState) {
	t.Helper()
	top, right := 1e9, -1e9
	for _, col := range s.Units {
		for _, u := range col {
			top, right = min(top, u[1]), max(right, u[0]+u[2])
		}
	}
	for _, l := range s.Labels {
		cx, cy := center(l.Box)
		if cy < top || cx > right {
			continue // the titles and legends above, the other views beside
		}
		own := -1
		for lv, col := range s.Units {
			if len(col) > 0 && cx >= col[0][0] && cx <= col[0][0]+col[0][2] {
				own = lv
			}
		}
		if len(s.Units[0]) > 0 && cx < s.Units[0][0][0] {
			own = 0 // left of the inputs, against the canvas's edge: an input's name
		}
		b := l.Box
		near := []float64{b[0] - clearance, b[1] - clearance, b[2] + 2*clearance,
			b[3] + 2*clearance}
		for lv, col := range s.Units {
			for i, u := range col {
				if lv != own && boxesClash(near, u) {
					t.Errorf("%s: %q at %v comes within %d of unit %d/%d at %v", where,
						l.Text, b, clearance, lv, i, u)
				}
			}
		}
	}
}
