package play

import (
	"testing"
)

// TestLossBoxKeepsOffTheButtons: the loss box keeps a gap from the canvas's buttons,
// as a text keeps one from another (textGap): on a Korean phone held sideways, Net B's
// backward pass set the box flush under the "+ sin x2" button (the fresh-eyes look).
func TestLossBoxKeepsOffTheButtons(t *testing.T) {
	defer SetLanguage{Lang: English}.apply(nil)
	checked := 0
	for _, lang := range []Lang{English, Korean} {
		SetLanguage{Lang: lang}.apply(nil)
		for p := range Presets() {
			for _, win := range []window{{844, 390, 1}, {390, 844, 1}, {1280, 800, 1}} {
				m := NewSession()
				mustApply(t, m, UsePreset{Index: p})
				for m.Anim.Done != PhaseBackward {
					mustApply(t, m, StepPhase{Instant: true})
				}
				s := pageScene(t, m, win)
				if s.LossBox.text < 0 || !s.texts[s.LossBox.text].ok {
					continue
				}
				if len(s.Overlay.buttons) > 0 {
					checked++
				}
				box := s.texts[s.LossBox.text].box
				g := textGap * s.Geo.Scale
				near := Rect{X: box.X - g, Y: box.Y - g, W: box.W + 2*g, H: box.H + 2*g}
				for _, b := range s.Overlay.buttons {
					if b.Rect.Overlaps(near) {
						t.Errorf("%v, preset %d, %v: the loss box %v lies within %g of a "+
							"button %v", lang, p, win, box, g, b.Rect)
					}
				}
			}
		}
	}
	if checked == 0 {
		t.Fatal("no loss box placed beside the canvas's buttons: the test checked nothing")
	}
}
