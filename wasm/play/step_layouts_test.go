package play

import (
	"runtime"
	"slices"
	"strings"
	"testing"

	"nnplay/core"
)

// stepCheck is a check that TestStepLayouts makes of the scene of each case it names:
// its languages, activations (nil: the page's default), moments of the Step (keep, as
// stepLayouts takes it) and windows.
type stepCheck struct {
	name  string
	langs []Lang
	acts  []core.Activation
	keep  func(mo moment, i, n int) bool
	wins  []window
	check func(where string, m *Session, s *Scene)
}

// TestStepLayouts lays out networks of 1 to 6 hidden layers, Tanh and ReLU, in English
// and Korean, at every moment of a Step, with the first hidden unit, the last hidden unit
// or the output selected, in every window, and makes each check below of the cases it
// names (under Node a part of them: laidOutHere). Each scene is built once, for all the
// checks that look at it.
func TestStepLayouts(t *testing.T) {
	both, tanhReLU := []Lang{English, Korean}, []core.Activation{nil, core.ReLU{}}
	every := append(windows, window{1024, 768, 1})
	lastTwo := func(_ moment, i, n int) bool { return i >= n-2 }
	mixed, layouts, unread, weights := 0, 0, 0, 0
	sweepStepLayouts(t, []stepCheck{
		// Every text keeps clear of the columns it does not belong to (checkMargins), and
		// the loss box of every unit and of the room its numbers take (checkLossBoxClear,
		// checkColumnsRead). (On a phone with 6 hidden layers the selected unit's numbers
		// and weights crowded the input column and its edges; at 1280x800 with 6 ReLU
		// layers the bias lines under the units reached into the edges of the next
		// column; the loss box hid values and touched units: 2,316 violations.)
		{"labels keep to their column", both, tanhReLU, everyMoment,
			[]window{{1280, 800, 1}, {390, 844, 1}, {1280, 800, 2}},
			func(where string, m *Session, s *Scene) {
				checkMargins(t, where, s)
				checkLossBoxClear(t, where, s)
				checkColumnsRead(t, where, s)
				checkBadgesShown(t, where, m, s)
				checkLayout(t, where, s)
				checkEssentials(t, where, m, s)
				checkBars(t, where, m, s)
			}},
		// At rest, after the backward pass and after the update, the labels on the
		// selected unit's edges say their numbers one way: all in the same form, never
		// "dL/dw 0.16" on one edge beside a bare "-0.02" on the next.
		{"edge labels say their numbers alike", both, tanhReLU, restAndDone, every,
			func(where string, m *Session, s *Scene) {
				layouts++
				if forms := edgeForms(s); len(forms) > 1 {
					mixed++
					t.Errorf("%s: the edges read %v", where, forms)
				}
			}},
		// The edges' legend names what their widths and colours say: on a phone the
		// backward phase's edges carry bare gradients ("2.2e-07"), so the legend must show
		// there too, in a shorter form where the long one does not fit. (Before, the
		// English legend was left out at 390x844 in every mode: longer than the room
		// beside the column titles.)
		{"edge legend always shows", both, []core.Activation{nil}, restAndDone,
			[]window{{390, 844, 1}, {1280, 800, 1}},
			func(where string, m *Session, s *Scene) {
				if !hasLegend(s) {
					t.Errorf("%s: no legend of the edges", where)
				}
			}},
		// Every weight the update labels reads old → new: the new value's line lies right
		// under its old value's. (On a crowded phone and with many layers on a laptop, the
		// shortest form was a bare "→ 0.0665": 112 such labels in these layouts.)
		{"update keeps the old weight", both, tanhReLU, lastTwo, every,
			func(where string, m *Session, s *Scene) { checkMoves(t, where, m, s) }},
		// The move of every incoming weight of the selected unit can be read: on its
		// edge, else in the list of the unit's moves (checkMovesRead).
		{"update of the selected unit reads", both, tanhReLU, lastTwo, every,
			func(where string, m *Session, s *Scene) {
				u, w := checkMovesRead(t, where, m, s)
				unread, weights = unread+u, weights+w
			}},
		// In the update every number says what it is, on one line (checkNumbersSay).
		{"numbers say what they are", both, tanhReLU, lastTwo,
			append([]window{{375, 667, 1}}, every...),
			func(where string, m *Session, s *Scene) { checkNumbersSay(t, where, m, s) }},
	})
	t.Logf("%d of %d layouts mix the forms of their edges' labels", mixed, layouts)
	t.Logf("%d of %d weights' moves show nowhere", unread, weights)
}

// sweepStepLayouts goes through the cases of stepLayouts that any of checks names and
// makes each check that names a case of that case's scene, built once; a check's
// messages begin with its name.
func sweepStepLayouts(t *testing.T, checks []stepCheck) {
	t.Helper()
	var langs []Lang
	var acts []core.Activation
	var wins []window
	for _, c := range checks {
		langs, acts, wins = union(langs, c.langs), union(acts, c.acts), union(wins, c.wins)
	}
	anyKeeps := func(mo moment, i, n int) bool {
		return slices.ContainsFunc(checks, func(c stepCheck) bool { return c.keep(mo, i, n) })
	}
	stepLayouts(t, langs, acts, anyKeeps, wins, func(sc stepCase, m *Session) {
		var s *Scene
		for _, c := range checks {
			if !slices.Contains(c.langs, sc.lang) || !slices.Contains(c.acts, sc.act) ||
				!slices.Contains(c.wins, sc.win) || !c.keep(sc.mo, sc.i, sc.n) {
				continue
			}
			if s == nil {
				s = pageScene(t, m, sc.win)
			}
			c.check(c.name+": "+sc.where, m, s)
		}
	})
}

// laidOutHere reports whether a sweep of the layouts lays out case k of the cases of
// group g (stepLayouts: a network of k hidden layers for the pair g of a language
// and an activation): always natively, and under Node (GOARCH wasm) every third case of
// each group, from one group to the next the next third, so that every case is laid out
// in some group.
func laidOutHere(g, k int) bool {
	return runtime.GOARCH != "wasm" || (g+k)%3 == 0
}

// union returns a with the elements of b it lacks appended, in b's order.
func union[E comparable](a, b []E) []E {
	for _, e := range b {
		if !slices.Contains(a, e) {
			a = append(a, e)
		}
	}
	return a
}

// hasLegend reports whether a label of s says what the edges are, in any form.
func hasLegend(s *Scene) bool {
	prefix := Say(EdgesWeightLegend)[:strings.Index(Say(EdgesWeightLegend), ":")+1]
	for _, l := range s.Labels {
		if strings.HasPrefix(l.Text, prefix) {
			return true
		}
	}
	return false
}
