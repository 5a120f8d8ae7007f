package play

import (
	"math"
	"slices"
	"strings"
	"testing"
)

// checkBars reports, in the network's pane of s, a gradient bar that a text or its white
// box covers (a text that takes the bars' room, the list of moves, takes a bar whole with
// its size: takeBars), a bar's size shown where its bar is not drawn, and a bare size,
// "0.02", shown where the bars' caption, which says it is |dL/dW|, is not (sayBars).
func checkBars(t *testing.T, where string, m *Session, s *Scene) {
	t.Helper()
	if m.Diag == nil || !s.shows(m, PaneNetwork) {
		return
	}
	for _, b := range s.GradBars {
		for _, l := range s.Labels {
			if clash(b.Track.Rect, l.Box) {
				t.Errorf("%s: %q covers the gradient bar of layer %d", where, l.Text, b.Layer)
			}
		}
		for _, r := range s.Backdrops {
			if clash(b.Track.Rect, r) {
				t.Errorf("%s: a white box %+v covers the gradient bar of layer %d", where, r,
					b.Layer)
			}
		}
	}
	caption := hasLabel(s, Say(GradBarsCaption)) || hasLabel(s, Say(GradBarsCaptionShort))
	band := s.Geo.Net.Y + s.Geo.Net.H - s.Geo.Bars
	for l, ld := range m.Diag.Layers {
		bare := Num(ld.GradNorm)
		col := s.Geo.Nodes[l+1]
		drawn := slices.ContainsFunc(s.GradBars, func(b GradBar) bool { return b.Layer == l })
		said := false
		for _, lb := range s.Labels {
			x, _ := lb.Box.Center()
			if lb.Box.Y < band || math.Abs(x-(col[0].X+col[0].W/2)) > 1 ||
				lb.Text != bare && lb.Text != Say(GradBarLabel, bare) {
				continue
			}
			if !drawn {
				t.Errorf("%s: %q, the size of layer %d's gradient, shows without its bar",
					where, lb.Text, l)
			}
			if lb.Text == bare && !caption {
				t.Errorf("%s: %q, the size of layer %d's gradient, does not say what it is",
					where, lb.Text, l)
			}
			said = true
		}
		// A bar alone, its size and the caption taken (by the update's list of moves and
		// the loss box at 900x500), is a grey stroke that says nothing.
		if drawn && !said && !caption {
			t.Errorf("%s: layer %d's gradient bar shows with neither its size nor the "+
				"caption", where, l)
		}
	}
}

// TestBarsSayWhatTheyMeasure: during a Step the edges carry the one training point's
// dL/dw, while the bars are the size of the mean gradient over the whole training set, and
// the fresh-eyes look found that nothing said which: the caption a window places says it
// is the training set's, in both languages, on a laptop and on a phone.
func TestBarsSayWhatTheyMeasure(t *testing.T) {
	defer show(English)
	for _, l := range []struct {
		lang Lang
		says string
	}{{English, "training set"}, {Korean, "학습 데이터"}} {
		show(l.lang)
		for _, size := range [][2]float64{{1280, 800}, {390, 844}} {
			m := NewSession()
			for m.Anim.Done != PhaseBackward {
				mustApply(t, m, StepPhase{Instant: true})
			}
			s := sceneAt(t, m, size[0], size[1], 1)
			said := false
			for _, c := range []string{Say(GradBarsCaption), Say(GradBarsCaptionShort)} {
				said = said || hasLabel(s, c) && strings.Contains(c, l.says)
			}
			if !said {
				t.Errorf("%v at %v: no caption of the bars says %q", l.lang, size, l.says)
			}
		}
	}
}
