package play

import "testing"

// TestDeadBadgeOutsideIsShort: a dead unit's badge that finds no room inside its unit
// says its short form beside it, as narrow as English "dead", so that it stays with its
// unit. (At 900x500 the Korean "죽은 유닛", three times its unit's width, lay under Net
// B's dead unit across its layer's edges, where English "dead" sat over it: look8.)
func TestDeadBadgeOutsideIsShort(t *testing.T) {
	defer speak(English)
	for _, lang := range Langs() {
		speak(lang)
		m := NewSession()
		apply(t, m, UsePreset{Index: 1})
		for range 3 {
			apply(t, m, StepPhase{Instant: true})
		}
		s := pageScene(t, m, window{900, 500, 1})
		dead := 0
		for _, u := range s.Units {
			if !u.Dead {
				continue
			}
			dead++
			if !badged(s, u.Rect) {
				t.Errorf("%v: the dead unit at %v has no badge over it or on it", lang, u.Rect)
			}
			for _, l := range s.Labels {
				if l.Text == Say(DeadBadge) && !l.Box.Within(u.Rect) &&
					Say(DeadBadge) != Say(DeadBadgeShort) {
					t.Errorf("%v: %q outside its unit %v at %v, not %q", lang, l.Text,
						u.Rect, l.Box, Say(DeadBadgeShort))
				}
			}
		}
		if dead == 0 {
			t.Fatalf("%v: Net B has no dead unit at its Step", lang)
		}
	}
}

// badged reports whether a dead badge, long or short, lies on unit r or just above or
// below it: its middle over the unit, less than a line of its own height away.
func badged(s *Scene, r Rect) bool {
	for _, l := range s.Labels {
		if l.Text != Say(DeadBadge) && l.Text != Say(DeadBadgeShort) {
			continue
		}
		mid, b := l.Box.X+l.Box.W/2, l.Box
		gap := max(r.Y-(b.Y+b.H), b.Y-(r.Y+r.H), 0)
		if mid >= r.X && mid <= r.X+r.W && gap < b.H {
			return true
		}
	}
	return false
}
