package play

import "testing"

// TestSceneBuiltAgainInAnotherPane builds one scene, as the page does frame after frame,
// in the Step's update on a phone and then in each other tab: what a frame without the
// network leaves of the last frame's texts must not be read. (The gradient bars' texts of
// the network's frame were read in the next tab's: index out of range in Update.)
func TestSceneBuiltAgainInAnotherPane(t *testing.T) {
	m := NewSession()
	updateDone(m)
	win := window{390, 844, 1}
	s := &Scene{}
	for p := PaneNetwork; p < paneCount; p++ {
		for _, q := range []Pane{PaneNetwork, p} {
			m.Apply(ShowPane{Pane: q})
			s.Build(m, pageGeometry(m, win), testFontsAt(t, win.Scale), 0)
			if m.Pane != PaneNetwork && (len(s.GradBars) > 0 || s.barsCaption >= 0) {
				t.Errorf("pane %d after the network's: %d gradient bars, their caption %d",
					m.Pane, len(s.GradBars), s.barsCaption)
			}
		}
	}
}
