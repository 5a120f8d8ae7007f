package play

import (
	"fmt"
	"math"
	"strings"
	"testing"
)

// TestInputNamesBesideTheirUnits checks that an input's name reads as its own unit's:
// under the unit (centred, or slid off the canvas's edge while the middle half of its box
// spans the unit's centre: againstEdge), or level with it. On short phones a name too
// wide to centre stood at the canvas's left edge under its unit, level with the gap
// before the next input: "x1" read as the second input's and "x2" as the first chip's.
func TestInputNamesBesideTheirUnits(t *testing.T) {
	for p := range Presets() {
		m := presetSession(t, p, Unit{})
		for _, win := range append(windows, window{375, 667, 1}, window{844, 390, 1},
			window{900, 500, 1}) {
			s := pageScene(t, m, win)
			for i, r := range s.Geo.Nodes[0] {
				name := FeatureLabel(m.Features[i])
				where := fmt.Sprintf("preset %d, %v, %s", p, win, name)
				found := false
				for k := range s.texts {
					tx := &s.texts[k]
					if !tx.ok {
						continue
					}
					shown := s.formsOf(tx)[tx.form]
					if shown != name && !strings.HasPrefix(shown, name+" =") &&
						!strings.HasPrefix(shown, name+"=") {
						continue
					}
					found = true
					b := tx.box
					// Under it: its box's middle half spans the unit's centre (againstEdge).
					centred := math.Abs(b.X+b.W/2-(r.X+r.W/2)) <= b.W/4+0.01 &&
						b.Y >= r.Y+r.H
					level := b.Y+b.H/2 > r.Y && b.Y+b.H/2 < r.Y+r.H
					if !centred && !level {
						t.Errorf("%s: %q at %+v, neither under nor beside its unit %+v",
							where, shown, b, r)
					}
				}
				if !found {
					t.Errorf("%s: the input is not named", where)
				}
			}
		}
	}
}

// TestInputValuesShow lays out the presets and networks of 1 to 8 hidden layers in a
// laptop's windows, in English and Korean, and checks that each input shows its value
// ("x2 = -1.00", or closed up, "x2=-1.00"), not its name alone: centred under a deep
// network's input column at 1280x800, "x2 = -1.00" reached a pixel past the canvas's
// edge, and x2 showed its name without its value.
func TestInputValuesShow(t *testing.T) {
	defer speak(English)
	var sessions []*Session
	for p := range Presets() {
		sessions = append(sessions, presetSession(t, p, Unit{}))
	}
	for h := 1; h <= 8; h++ {
		sessions = append(sessions, columnsSession(t, h, nil, Unit{1, 0}))
	}
	closed := 0 // values shown in the closed-up form, "x2=-1.00"
	for k, m := range sessions {
		for _, lang := range Langs() {
			speak(lang)
			for _, win := range []window{{1280, 800, 1}, {1280, 800, 2}, {1920, 1080, 1},
				{1024, 768, 1}, {900, 500, 1}, {780, 800, 1}} {
				s := pageScene(t, m, win)
				for i := range s.Geo.Nodes[0] {
					name := FeatureLabel(m.Features[i])
					if hasPrefix(s, name+"=") {
						closed++
					} else if !hasPrefix(s, name+" = ") {
						t.Errorf("network %d, %s, %v: %s shows no value", k, lang.Code(), win,
							name)
					}
				}
			}
		}
	}
	if closed == 0 {
		t.Error("no input showed its value closed up: the sweep misses that form")
	}
}

// hasPrefix reports whether a label of s begins with p.
func hasPrefix(s *Scene, p string) bool {
	for _, l := range s.Labels {
		if strings.HasPrefix(l.Text, p) {
			return true
		}
	}
	return false
}
