package play

import (
	"fmt"
	"testing"
)

// TestDeepStackLabelsStayPut checks the unit numbers of lessons 4 and 6, whose stacks
// are deep: a unit's numbers go under it, never beside it onto the edges (at 1280 x 800
// layer 2 unit 3's "a =" drifted onto them in lesson 6); on a phone a unit not selected
// shows no second line, and in lesson 4's ten columns not even its value.
func TestDeepStackLabelsStayPut(t *testing.T) {
	for _, id := range []int{4, 6} {
		for _, state := range []string{"as opened", "at work"} {
			m := openLesson(t, id, 0)
			if state == "at work" {
				atWork(t, m)
			}
			for _, win := range []window{{1280, 800, 1}, {390, 844, 1}} {
				apply(t, m, ShowPane{Pane: PaneNetwork})
				s := pageScene(t, m, win)
				where := fmt.Sprintf("lesson %d %s, %v", id, state, win)
				checkLayout(t, where, s)
				checkEssentials(t, where, m, s)
				// Which units, not selected, show each text: a label of that text is one
				// of theirs (the selected unit's own texts are left out).
				owners := map[string][]Rect{}
				focused, details := map[string]bool{}, map[string]bool{}
				for _, u := range s.Units {
					for _, text := range []string{u.Value, u.Detail, numberOf(u.Value)} {
						switch {
						case text == "" || u.Unit.Level == 0:
						case u.Unit == m.Selected:
							focused[text] = true
						default:
							owners[text] = append(owners[text], u.Rect)
							details[text] = details[text] || text == u.Detail
						}
					}
				}
				for _, l := range s.Labels {
					rs := owners[l.Text]
					if cx, cy := l.Box.Center(); len(rs) == 0 || focused[l.Text] ||
						!s.Geo.Net.Contains(cx, cy) {
						continue // another view's text, such as an axis's "6.00"
					}
					if s.Geo.Tabbed && (details[l.Text] || id == 4) {
						t.Errorf("%s: %q of a unit not selected shows on a phone", where, l.Text)
						continue
					}
					under := false
					cx, _ := l.Box.Center()
					for _, r := range rs {
						under = under || (cx >= r.X && cx <= r.X+r.W)
					}
					if !under {
						t.Errorf("%s: %q sits beside its unit, at x %.0f, not under it", where,
							l.Text, cx)
					}
				}
			}
		}
	}
}
