package play

import (
	"fmt"
	"testing"
)

// TestStopBoxLeavesTheButtons: the box that says why training paused is shown, and, as
// the loss box does, it keeps off the canvas's buttons by the gap between texts and
// leaves the units' numbers their room. At 844x390 and 390x844 look16 read it flush
// against "+ sin x2", as if it were the button's, and at 390x844 in the room under
// layer 1's last unit, whose "a = 0.85" gave way. With Net B or the deep stack at
// 844x390, 375x667 and 900x500 the network left it no room at all, and training stopped
// with no word on the canvas (24 cases).
func TestStopBoxLeavesTheButtons(t *testing.T) {
	defer speak(English)
	for p := range 3 {
		probe := presetSession(t, p, Unit{})
		for _, u := range selections(probe) {
			m := presetSession(t, p, u)
			playAtLR10(t, m)
			if m.Diverged == nil {
				t.Fatalf("preset %d, unit %v: training did not diverge", p, u)
			}
			for _, lang := range Langs() {
				speak(lang)
				for _, win := range look13Windows {
					s := pageScene(t, m, win)
					if !s.Banner.Shown {
						t.Errorf("preset %d, unit %v, %s, %v: no box", p, u, lang.Code(), win)
						continue
					}
					for _, o := range s.obstacles {
						if o.room && s.isUnit(o.owner) && o.r.Overlaps(s.Banner.Fill.Rect) {
							t.Errorf("preset %d, unit %v, %s, %v: the box %v takes unit %v's "+
								"room %v", p, u, lang.Code(), win, s.Banner.Fill.Rect,
								s.Units[o.owner].Unit, o.r)
						}
					}
					for _, b := range s.Geo.Buttons(m, nil) {
						if b.Rect.Inset(-textGap * s.Geo.Scale).Overlaps(s.Banner.Fill.Rect) {
							t.Errorf("%s", fmt.Sprintf("preset %d, unit %v, %s, %v: the box %v "+
								"covers the button %v", p, u, lang.Code(), win,
								s.Banner.Fill.Rect, b.Rect))
						}
					}
				}
			}
		}
	}
}
