package play

import (
	"strings"
	"testing"

	"nnplay/core"
)

// TestEveryColumnNamesItsActivation builds the network with each activation on every
// layer, the output's too, in every window: each layer's column has a subtitle under its
// title naming the activation, and the columns say it the same way, all with "Linear
// in→out" or all without. (On a phone the output of a LeakyReLU network had none, as
// "LeakyReLU(0.01)" was too wide for its column, and SiLU's columns read "Linear 2→4,
// SiLU" beside the output's bare "SiLU".)
func TestEveryColumnNamesItsActivation(t *testing.T) {
	for _, win := range windows {
		for _, act := range core.Activations() {
			m := columnsSession(t, 2, act, Unit{})
			mustApply(t, m, SetActivation{Layer: len(m.Net.Layers) - 1, Act: act})
			s := pageScene(t, m, win)
			short, _, _ := strings.Cut(act.Label(), "(")
			withLinear := 0
			for lv := 1; lv < len(s.Geo.Nodes); lv++ {
				col := s.Geo.Nodes[lv][0]
				named := false
				for _, l := range s.Labels {
					cx := l.Box.X + l.Box.W/2
					if l.Size == Small && cx > col.X && cx < col.X+col.W &&
						l.Box.Y < s.Geo.Nodes[lv][0].Y && strings.Contains(l.Text, short) {
						named = true
						if strings.HasPrefix(l.Text, "Linear") {
							withLinear++
						}
					}
				}
				if !named {
					t.Errorf("%v, %s: column %d names no activation", win, act.Label(), lv)
				}
			}
			if withLinear != 0 && withLinear != len(s.Geo.Nodes)-1 {
				t.Errorf("%v, %s: %d of %d columns say Linear", win, act.Label(), withLinear,
					len(s.Geo.Nodes)-1)
			}
		}
	}
}
