package play

import (
	"strings"
	"testing"

	"nnplay/core"
)

// columnNamesActivation reports whether level lv's column in s has a small label over
// its units, centred in it, that names activation act: its label without parameters or
// its short form.
func columnNamesActivation(s *Scene, lv int, act core.Activation) bool {
	col := s.Geo.Nodes[lv][0]
	short, _, _ := strings.Cut(act.Label(), "(")
	for _, l := range s.Labels {
		cx := l.Box.X + l.Box.W/2
		if l.Size == Small && cx > col.X && cx < col.X+col.W && l.Box.Y < col.Y &&
			(strings.Contains(l.Text, short) || l.Text == ActivationShort(act)) {
			return true
		}
	}
	return false
}

// TestDeepColumnsNameTheirActivation lays out the deep presets, Net B's six hidden layers
// and the Sigmoid stack's eight, with each activation, in look13's windows: every
// column with room for its activation's short form ("Leaky", "σ"), in its share or,
// where the subtitles may take two rows, in two, names it. (At 900x500 "LeakyReLU" was
// too wide even for two columns' room, and at 844x390 the Sigmoid stack named only the
// selected column's.)
func TestDeepColumnsNameTheirActivation(t *testing.T) {
	for _, win := range look13Windows {
		for _, p := range []int{1, 2} {
			for _, act := range core.Activations() {
				m := NewSession()
				mustApply(t, m, UsePreset{Index: p})
				mustApply(t, m, SetHiddenActivation{Act: act})
				s := pageScene(t, m, win)
				share, staggered := s.subtitleRoom()
				room := max(share, staggered)
				var missing []int
				for lv := 1; lv < len(s.Geo.Nodes); lv++ {
					a := m.Layer(lv - 1).Activation()
					if s.Fonts.Face(Small).Width(ActivationShort(a)) <= room &&
						!columnNamesActivation(s, lv, a) {
						missing = append(missing, lv)
					}
				}
				if missing != nil {
					t.Errorf("%v, preset %d, %s: columns %v name no activation", win, p,
						act.Label(), missing)
				}
			}
		}
	}
}
