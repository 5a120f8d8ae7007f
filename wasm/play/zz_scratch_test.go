package play

import (
	"fmt"
	"testing"
)

func TestScratchLessons(t *testing.T) {
	for id := 1; id <= MaxLesson; id++ {
		for part := 0; part < max(1, len(lessons[id].Parts)); part++ {
			for _, lang := range Langs() {
				speak(lang)
				m := NewSession()
				if err := m.Apply(OpenLesson{ID: id, Part: part}); err != nil {
					t.Fatal(err)
				}
				for _, win := range windows {
					s := &Scene{}
					s.Build(m, m.Layout(pageArea(win), win.Scale), testFontsAt(t, win.Scale), 0)
					where := fmt.Sprintf("lesson %d.%d %v %v", id, part, lang, win)
					checkLayout(t, where, s)
					if win.W == 1280 && win.Scale == 1 {
						t.Logf("%s: %d labels, sketch shown %v", where, len(s.Labels), s.Sketch.Shown)
						for _, l := range s.Labels {
							if l.Box.X >= s.Geo.Lesson.X && l.Box.Y >= s.Geo.Lesson.Y {
								t.Logf("   %q", l.Text)
							}
						}
					}
				}
			}
		}
	}
	speak(English)
}

func pageArea(win window) Rect {
	a := FreeArea(win.W, win.H, panelAt(win.W, win.H))
	s := win.Scale
	return Rect{X: a.X * s, Y: a.Y * s, W: a.W * s, H: a.H * s}
}
