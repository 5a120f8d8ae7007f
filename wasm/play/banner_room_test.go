package play

import (
	"fmt"
	"testing"
	"time"
)

// TestStopBoxLeavesTheButtons: the box that says why training paused is shown, and it
// keeps off the canvas's buttons by the gap between texts, as the loss box does: at
// 844x390 and 390x844 look16 read it flush against "+ sin x2", as if it were the
// button's; and with Net B or the deep stack at 844x390, 375x667 and 900x500 the network
// left it no room, and training stopped with no word on the canvas (24 cases).
func TestStopBoxLeavesTheButtons(t *testing.T) {
	defer speak(English)
	for p := range 3 {
		probe := presetSession(t, p, Unit{})
		for _, u := range selections(probe) {
			m := presetSession(t, p, u)
			mustApply(t, m, SetLR{LR: 10})
			mustApply(t, m, SetSpeed{Speed: SpeedMax})
			mustApply(t, m, Play{On: true})
			now := time.Unix(0, 0)
			for f := 0; f < 100 && m.Playing; f++ {
				now = now.Add(RefreshEvery / 6)
				m.Tick(now, 0)
			}
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
