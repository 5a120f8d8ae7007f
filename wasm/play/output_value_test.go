package play

import (
	"fmt"
	"math"
	"slices"
	"testing"
)

// TestDeepStacksOutputShowsItsValue: at 1280x800 Net A's and Net B's output unit shows
// "a = ...", and the deep stack's (lesson 4) showed nothing (the fresh-eyes look): its
// value is wider than the column pitch allows, though the column before it, too crowded
// for numbers, leaves that room empty.
func TestDeepStacksOutputShowsItsValue(t *testing.T) {
	defer speak(English)
	for _, l := range Langs() {
		speak(l)
		for _, win := range []window{{1280, 800, 1}, {1920, 1080, 1}} {
			m := NewSession()
			apply(t, m, OpenLesson{ID: 4})
			for _, phase := range []string{"at rest", "backward"} {
				if phase == "backward" {
					for m.Anim.Done != PhaseBackward {
						apply(t, m, StepPhase{Instant: true})
					}
				}
				s := pageScene(t, m, win)
				where := fmt.Sprintf("%s, %v, %s", l.Code(), win, phase)
				out := len(s.Geo.Nodes) - 1
				for k, u := range s.Units {
					if u.Unit.Level != out {
						continue
					}
					v, x := s.columnValues[k], u.Rect.X+u.Rect.W/2
					if !slices.ContainsFunc(s.Labels, func(lb Label) bool {
						return lb.Text == v && math.Abs(lb.Box.X+lb.Box.W/2-x) < u.Rect.W
					}) {
						t.Errorf("%s: the output unit shows no value (%q)", where, u.Value)
					}
				}
			}
		}
	}
}
