package play

import (
	"fmt"
	"testing"
)

// TestTextsKeepOffTheButtons: no text but a button's own covers any of the button as it
// is drawn, its frame included (a stroke centred on its edge), in every preset and Step
// moment, in the windows of phones and laptops, in English and Korean; and the inputs
// keep their values where they showed them. On a phone "x2 = -1.00" stood flush on the
// "+ x1²" chip's edge, and its white box hid the top of the chip's frame.
func TestTextsKeepOffTheButtons(t *testing.T) {
	defer speak(English)
	near := 0 // texts within a pixel of a button's frame: the sweep reaches the tight case
	for _, lang := range Langs() {
		speak(lang)
		for _, c := range []struct {
			win    window
			values bool // every input showed its value before the rule: it still does
		}{{window{1280, 800, 1}, true}, {window{900, 500, 1}, true},
			{window{780, 800, 1}, true}, {window{390, 844, 1}, true},
			{window{375, 667, 1}, false}, {window{844, 390, 1}, false}} {
			win, values := c.win, c.values
			for p := range Presets() {
				for _, mo := range stepMoments(len(presetSession(t, p, Unit{}).Net.Layers)) {
					m := presetSession(t, p, Unit{})
					mo.set(m)
					s := pageScene(t, m, win)
					where := fmt.Sprintf("%s, %v, preset %d, %s", lang.Code(), win, p, mo.name)
					near += offButtons(t, s, where)
					for i := range s.Geo.Nodes[0] {
						name := FeatureLabel(m.Features[i])
						if values && !hasPrefix(s, name+" = ") && !hasPrefix(s, name+"=") {
							t.Errorf("%s: %s shows no value", where, name)
						}
					}
				}
			}
		}
	}
	if near == 0 {
		t.Error("no text stood within a pixel of a button: the sweep misses the tight case")
	}
}

// offButtons checks that no placed text of s but a button's own overlaps the button's
// frame as drawn, and returns how many stand within a pixel of one.
func offButtons(t *testing.T, s *Scene, where string) (near int) {
	t.Helper()
	for i, b := range s.Overlay.buttons {
		w := s.Geo.Scale / 2 // the frame's stroke, a pixel wide, is centred on the edge
		drawn := Rect{X: b.Rect.X - w, Y: b.Rect.Y - w, W: b.Rect.W + 2*w, H: b.Rect.H + 2*w}
		g := s.Geo.Scale
		close := Rect{X: drawn.X - g, Y: drawn.Y - g, W: drawn.W + 2*g, H: drawn.H + 2*g}
		for k := range s.texts {
			tx := &s.texts[k]
			if !tx.ok || tx.owner == ownButton-i {
				continue
			}
			if tx.box.Overlaps(drawn) {
				t.Errorf("%s: %q at %+v covers the button %v at %+v", where,
					s.formsOf(tx)[tx.form], tx.box, b, drawn)
			} else if tx.box.Overlaps(close) {
				near++
			}
		}
	}
	return near
}
