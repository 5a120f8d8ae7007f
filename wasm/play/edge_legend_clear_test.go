package play

import (
	"slices"
	"testing"
)

// TestEdgeLegendClearsTheUnits: the legend of the edges keeps the clearance other texts
// keep from the units, in every preset and Step moment and while Play trains fast, in
// both languages, landscape and upright. At 844x390 it lay flush on the top row of
// units (its box ended where they began), in EN and KO, during Step's update and during
// Play (look8 item 4, z-844-en-upd.png).
func TestEdgeLegendClearsTheUnits(t *testing.T) {
	defer speak(English)
	for _, lang := range Langs() {
		speak(lang)
		for _, win := range []window{{844, 390, 1}, {1280, 800, 1}, {900, 500, 1},
			{1920, 1080, 1}, {390, 844, 1}, {375, 667, 1}} {
			for p := range Presets() {
				moments := stepMoments(len(presetSession(t, p, Unit{}).Net.Layers))
				moments = append(moments, moment{"fast play", func(m *Session) {
					m.Apply(SetSpeed{Speed: SpeedEpoch})
					m.Apply(Play{On: true})
				}})
				for _, mo := range moments {
					m := presetSession(t, p, Unit{})
					mo.set(m)
					s := pageScene(t, m, win)
					forms := edgeLegends[s.EdgeMode]
					said := []string{Say(forms[0]), Say(forms[1])}
					for _, l := range s.Labels {
						if !slices.Contains(said, l.Text) {
							continue
						}
						d := clearance * win.Scale
						near := Rect{l.Box.X - d, l.Box.Y - d, l.Box.W + 2*d, l.Box.H + 2*d}
						for _, u := range s.Units {
							if near.Overlaps(u.Rect) {
								t.Errorf("%s, %v, preset %d, %s: the legend %q at %v lies over "+
									"unit %v at %v", lang.Code(), win, p, mo.name, l.Text, l.Box,
									u.Unit, u.Rect)
							}
						}
					}
				}
			}
		}
	}
}
