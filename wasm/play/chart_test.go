package play

import (
	"math"
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

// TestChartMarksItsFirstPoint: a network put on the page by a link opens at epoch 0 with
// one point of each curve, which a line cannot draw: the chart marks it, the train loss
// and the test loss where the axis puts them at epoch 0, and draws lines once there
// are two points. (The chart stood empty.)
func TestChartMarksItsFirstPoint(t *testing.T) {
	m := NewSession()
	mustApply(t, m, OpenLink{Hash: "data=xor&lr=0.1&seed=7"})
	s := pageScene(t, m, window{1280, 800, 1})
	c := &s.Chart
	if !c.Shown || len(m.History.Points) != 1 {
		t.Fatalf("chart shown %v, %d points", c.Shown, len(m.History.Points))
	}
	p := m.History.Points[0]
	y := func(l float64) float64 { return c.Plot.Y + c.Plot.H - l/c.Top*c.Plot.H }
	near := func(a, b float64) bool { return a-b < 0.01 && b-a < 0.01 }
	if !c.HasStart || c.TrainStart.R <= 0 || c.TestStart.R <= 0 ||
		!near(c.TrainStart.X, c.Plot.X) || !near(c.TrainStart.Y, y(p.Train)) ||
		!near(c.TestStart.X, c.Plot.X) || !near(c.TestStart.Y, y(p.Test)) {
		t.Errorf("at epoch 0 (train %v, test %v) the chart marks %v: %+v and %+v", p.Train,
			p.Test, c.HasStart, c.TrainStart, c.TestStart)
	}
	train(m, 1)
	s = pageScene(t, m, window{1280, 800, 1})
	if s.Chart.HasStart || len(s.Chart.Train.Points) < 2 || len(s.Chart.Test.Points) < 2 {
		t.Errorf("after an epoch: marks %v, lines of %d and %d points", s.Chart.HasStart,
			len(s.Chart.Train.Points), len(s.Chart.Test.Points))
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
		{core.ReLU{}, map[Lang][]string{English: {"inactive: f′ = 0"},
			Korean: {"비활성: f′ = 0"}}},
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

// TestChartStartMarksClearTheLabels: the marks of the loss chart's first point keep a
// pixel from every text on the canvas, the axis's numbers first, in every window and
// both languages. (At 1280x800 the test loss's ring touched the top number of the axis,
// which stood 4 pixels left of the axis the ring is centred on.)
func TestChartStartMarksClearTheLabels(t *testing.T) {
	defer speak(English)
	wins := append([]window{{780, 800, 1}, {375, 667, 1}, {900, 500, 1}}, windows...)
	for _, lang := range Langs() {
		speak(lang)
		for _, p := range []int{0, 1, 2} {
			m := NewSession()
			smallGrids(m)
			mustApply(t, m, UsePreset{Index: p})
			for _, win := range wins {
				s := pageScene(t, m, win)
				c := &s.Chart
				if !c.Shown {
					continue
				}
				if !c.HasStart {
					t.Fatalf("%v: no first point marked", win)
				}
				r, d := c.TestStart, c.TrainStart
				out := math.Max(r.R+r.Width/2, d.R) + win.Scale
				mark := Rect{X: r.X - out, Y: math.Min(r.Y, d.Y) - out, W: 2 * out,
					H: math.Abs(r.Y-d.Y) + 2*out}
				for _, l := range s.Labels {
					if l.Box.Overlaps(mark) {
						t.Errorf("%s, preset %d, %v: the first point's marks %+v touch %q %+v",
							lang.Code(), p, win, mark, l.Text, l.Box)
					}
				}
			}
		}
	}
}

// TestChartTopStaysNearTheLoss checks the axis's top on every plot the chart draws, at
// scales 1 to 3: finite, over the loss, and not so high that the curve shrinks to a
// sliver. (The lowest plot was 20 canvas pixels at any scale: at scale 2.5 its room for
// the first point's marks took all of it, and the top was +Inf.)
func TestChartTopStaysNearTheLoss(t *testing.T) {
	for _, sc := range []float64{1, 1.5, 2, 2.5, 3} {
		for h := minChartH * sc; h <= 300; h++ {
			top := chartTop(0.5, h, sc)
			if !core.IsFinite(top) || top < 0.5*1.05 || top > 0.5*2 {
				t.Errorf("scale %g, plot %g px high: the axis's top is %v for a loss of 0.5",
					sc, h, top)
			}
		}
	}
}

// TestChartEndsAtTheTitlesEpoch: a long run keeps ever fewer points of its loss curve,
// and the fresh-eyes look found the axis ending at the last point kept ("epoch 3217")
// under a title that said the epoch trained (3224): the axis reaches the epoch the
// title says.
func TestChartEndsAtTheTitlesEpoch(t *testing.T) {
	m := NewSession()
	mustApply(t, m, SetSpeed{Speed: SpeedEpoch})
	mustApply(t, m, Play{On: true})
	pts := &m.History.Points
	for len(*pts) < HistoryCap || (*pts)[len(*pts)-1].Epoch == m.Epoch() {
		m.train(0)
	}
	mustApply(t, m, Play{On: false})
	s := pageScene(t, m, window{1280, 800, 1})
	if want := Say(ChartEpoch, m.EpochText()); !hasLabel(s, want) {
		t.Errorf("the chart's axis does not end at %q, the title's epoch; its last point is "+
			"at %v", want, (*pts)[len(*pts)-1].Epoch)
	}
}
