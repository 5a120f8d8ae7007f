package play

import (
	"fmt"
	"testing"
)

// TestActivationViewKeepsItsCurve gives lesson 4's selected sigmoid unit a weight of 40,
// as a learner saturating it does, and lays the page out in both languages in three
// windows with the view beside the network (a phone shows it on a tab): the activation
// view's z range stays within three widths of the curve's own, so that the curve and f′
// keep a third of the plot, and the input point's z is marked inside the plot. (The
// range stretched to z, 59.7: the curves took a tenth of the plot.)
func TestActivationViewKeepsItsCurve(t *testing.T) {
	defer speak(English)
	m := NewSession()
	apply(t, m, OpenLesson{ID: 4}, Select{Unit: Unit{Level: 1, Index: 0}},
		SetWeight{Layer: 0, Unit: 0, In: 0, Value: 40})
	for _, lang := range Langs() {
		speak(lang)
		for _, win := range []window{{1280, 800, 1}, {900, 500, 1}, {1920, 1080, 1}} {
			s := pageScene(t, m, win)
			a := &s.Act
			where := fmt.Sprintf("%s, %v, z = %.4g", lang.Code(), win, a.Z)
			if !a.Shown || !a.HasMarker {
				t.Errorf("%s: no activation view or no marker", where)
				continue
			}
			lo, hi := a.Act.Range()
			if a.Z < hi+hi-lo {
				t.Errorf("%s: z within the curve's range: the test shows nothing", where)
			}
			if a.Hi-a.Lo > 3*(hi-lo) {
				t.Errorf("%s: the view spans z %.4g to %.4g, the curve %g to %g", where, a.Lo,
					a.Hi, lo, hi)
			}
			if p := a.Plot; a.Marker.X0 < p.X || a.Marker.X0 > p.X+p.W {
				t.Errorf("%s: the marker at x %.1f, off the plot %+v", where, a.Marker.X0, p)
			}
		}
	}
}
