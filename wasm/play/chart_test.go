package play

import (
	"strings"
	"testing"

	"nnplay/core"
)

// TestChartHoldsTheLoss: the loss chart's axis reaches the loss its title shows, also
// when the loss rose without a new epoch (a weight typed in, another loss picked).
func TestChartHoldsTheLoss(t *testing.T) {
	m := NewSession()
	for i := range 3 {
		mustApply(t, m, SetWeight{Layer: len(m.Net.Layers) - 1, Unit: 0, In: i % 2,
			Value: 4.5})
	}
	mustApply(t, m, SetBias{Layer: len(m.Net.Layers) - 1, Unit: 0, Value: 4.5})
	v := m.View()
	s := pageScene(t, m, window{1280, 800, 1})
	if !s.Chart.Shown {
		t.Fatal("no chart")
	}
	if s.Chart.Top < v.TrainLoss || s.Chart.Top < v.TestLoss {
		t.Errorf("the chart's axis ends at %v; the losses are %v and %v", s.Chart.Top,
			v.TrainLoss, v.TestLoss)
	}
}

// TestActivationViewKeysItsShades: the activation view names each shaded band by what it
// means, and says what the units' badges count, in both languages.
func TestActivationViewKeysItsShades(t *testing.T) {
	defer speak(English)
	for _, c := range []struct {
		act  core.Activation
		want map[Lang][]string
	}{
		{core.Tanh{}, map[Lang][]string{English: {"saturated: f′ ≈ 0", "badge"},
			Korean: {"포화: f′ ≈ 0", "배지"}}},
		{core.LeakyReLU{NegativeSlope: 0.01}, map[Lang][]string{English: {"leaky: f′ = 0.01"},
			Korean: {"작은 기울기: f′ = 0.01"}}},
		{core.ReLU{}, map[Lang][]string{English: {"dead: f′ = 0"}, Korean: {"죽음: f′ = 0"}}},
	} {
		for _, l := range Langs() {
			speak(l)
			m := NewSession()
			mustApply(t, m, SetActivation{Layer: 0, Act: c.act})
			mustApply(t, m, Select{Unit: Unit{Level: 1, Index: 0}})
			s := pageScene(t, m, window{1280, 800, 1})
			for _, w := range c.want[l] {
				found := false
				for _, lb := range s.Labels {
					found = found || strings.Contains(lb.Text, w)
				}
				if !found {
					t.Errorf("%v in %v: no %q in the activation view", c.act, l, w)
				}
			}
		}
	}
}

// TestGradientBarsInSight: every gradient bar lies within the canvas area, at every size
// and shape (the output's bar ran off the right edge on a phone).
func TestGradientBarsInSight(t *testing.T) {
	for _, win := range []window{{1280, 800, 1}, {390, 844, 1}, {1920, 1080, 1}} {
		for hidden := 0; hidden <= 8; hidden += 2 {
			m := NewSession()
			mustApply(t, m, SetHiddenLayers{N: hidden})
			s := pageScene(t, m, win)
			if len(s.GradBars) != hidden+1 {
				t.Errorf("%v, %d hidden: %d bars", win, hidden, len(s.GradBars))
			}
			for _, b := range s.GradBars {
				if !within(b.Track.Rect, s.Geo.Area) {
					t.Errorf("%v, %d hidden: layer %d's bar %+v leaves %+v", win, hidden,
						b.Layer, b.Track.Rect, s.Geo.Area)
				}
			}
		}
	}
}
