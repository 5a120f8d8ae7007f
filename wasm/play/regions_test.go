package play

import (
	"math"
	"strconv"
	"strings"
	"testing"

	"nnplay/core"
	"nnplay/plots/palette"
)

// badges returns the badge texts of every unit of layer l (level l+1) in s, by unit.
func badges(s *Scene, l int) map[int][]string {
	out := map[int][]string{}
	for _, u := range s.Units {
		if u.Unit.Level != l+1 {
			continue
		}
		for _, lb := range s.Labels {
			cx, cy := lb.Box.Center()
			if u.Rect.Contains(cx, cy) {
				out[u.Unit.Index] = append(out[u.Unit.Index], lb.Text)
			}
		}
	}
	return out
}

// TestBadgesFollowCoresRegions sets layer 1 to LeakyReLU, ReLU and Tanh with the same
// weights and checks each unit's badge against core's diagnostics: LeakyReLU's negative
// side is leaky, never saturated and never dead; ReLU's is dead; tanh's tails saturate.
// (Every LeakyReLU unit used to read "sat 39–44%".)
func TestBadgesFollowCoresRegions(t *testing.T) {
	for _, c := range []struct {
		act  core.Activation
		word string // the badge's word for the region its negative side is in
	}{
		{core.LeakyReLU{NegativeSlope: 0.01}, "leaky"},
		{core.ReLU{}, "dead"},
		{core.Tanh{}, "sat"},
	} {
		m := NewSession()
		m.Apply(SetActivation{Layer: 0, Act: c.act})
		// Unit 1 below 0 at every point, unit 2 on about half of them.
		m.Apply(SetBias{Layer: 0, Unit: 0, Value: -5})
		m.Apply(SetWeight{Layer: 0, Unit: 0, In: 0, Value: 0.1})
		m.Apply(SetWeight{Layer: 0, Unit: 0, In: 1, Value: 0.1})
		m.Apply(SetBias{Layer: 0, Unit: 1, Value: 0})
		s := pageScene(t, m, windows[1])
		got := badges(s, 0)
		ld := m.Diag.Layers[0]
		for i := range ld.Dead {
			var want []string
			switch {
			case ld.Dead[i]:
				want = []string{Say(DeadBadge)}
			case ld.SaturatedFraction[i] >= 0.05:
				want = []string{Say(SaturatedBadge, percent0(ld.SaturatedFraction[i]))}
			case ld.LeakyFraction[i] >= 0.05:
				want = []string{Say(LeakyBadge, percent0(ld.LeakyFraction[i]))}
			}
			if strings.Join(got[i], "|") != strings.Join(want, "|") {
				t.Errorf("%v, unit %d: badges %q, want %q (dead %v, saturated %.2f, leaky %.2f)",
					c.act, i, got[i], want, ld.Dead[i], ld.SaturatedFraction[i], ld.LeakyFraction[i])
			}
		}
		var words []string
		for _, bs := range got {
			for _, b := range bs {
				words = append(words, strings.Fields(b)[0])
			}
		}
		if all := strings.Join(words, " "); !strings.Contains(all, c.word) {
			t.Errorf("%v: no %q badge among %q", c.act, c.word, all)
		}
		if _, isLeaky := c.act.(core.LeakyReLU); isLeaky && strings.Contains(
			strings.Join(words, " "), "sat") {
			t.Errorf("%v: a unit reads saturated: %q", c.act, words)
		}
		// The activation view names the region at the input point as core does.
		m.Apply(Select{Unit: Unit{1, 0}})
		s = pageScene(t, m, windows[1])
		z := m.View().Trace.Layers[0].Z[0]
		region := Say(regionNames[core.RegionOf(c.act, z)])
		if !labelContains(s, "("+region+")") {
			t.Errorf("%v at z = %v: the activation view does not say %q", c.act, z, region)
		}
	}
}

func percent0(f float64) string { return strconv.FormatFloat(100*f, 'f', 0, 64) }

func labelContains(s *Scene, part string) bool {
	for _, l := range s.Labels {
		if strings.Contains(l.Text, part) {
			return true
		}
	}
	return false
}

// TestShadesAreTheFiguresRegions checks, for every activation, that the activation view
// shades exactly the spans core.Spans finds over the view's z range, the exported
// figure's rule, each in the figure's fill (palette.RegionFill) premultiplied for
// ebiten, and leaves the active spans clear.
func TestShadesAreTheFiguresRegions(t *testing.T) {
	for _, act := range core.Activations() {
		m := NewSession()
		m.Apply(SetActivation{Layer: 0, Act: act})
		s := pageScene(t, m, windows[0])
		a := s.Act
		if !a.Shown {
			t.Fatalf("%v: no activation view", act)
		}
		zOf := func(x float64) float64 { return a.Lo + (x-a.Plot.X)/a.Plot.W*(a.Hi-a.Lo) }
		var want []core.Span
		for _, sp := range core.Spans(act, a.Lo, a.Hi, 801) { // plots' own sampling
			if _, ok := palette.RegionFill(sp.Region); ok {
				want = append(want, sp)
			}
		}
		if len(a.Shades) != len(want) {
			t.Errorf("%v: %d shaded bands, the figure shades %d: %+v", act, len(a.Shades),
				len(want), want)
			continue
		}
		tol := (a.Hi - a.Lo) * 1e-6
		for k, b := range a.Shades {
			w := want[k]
			fill, _ := palette.RegionFill(w.Region)
			if from, to := zOf(b.X), zOf(b.X+b.W); math.Abs(from-w.From) > tol ||
				math.Abs(to-w.To) > tol || b.Color != palette.Premultiplied(fill) {
				t.Errorf("%v: band %d shades z from %v to %v in %v; the figure %v to %v (%v) in %v",
					act, k, from, to, b.Color, w.From, w.To, w.Region, palette.Premultiplied(fill))
			}
			if b.Y != a.Plot.Y || b.H != a.Plot.H {
				t.Errorf("%v: band %d does not span the plot's height", act, k)
			}
		}
	}
}

// TestDeadMeansEveryPoint checks that the activation view never calls a ReLU unit dead
// at the input point because its z is below 0 there: dead, as the greyed units and
// lesson 6 say it, is f′ = 0 on every training point. (The view read "(dead)" at any
// z < 0, beside a unit alive on half the points.)
func TestDeadMeansEveryPoint(t *testing.T) {
	defer SetLanguage{Lang: English}.apply(nil)
	for _, lang := range []Lang{English, Korean} {
		SetLanguage{Lang: lang}.apply(nil)
		m := NewSession()
		mustApply(t, m, SetActivation{Layer: 0, Act: core.ReLU{}})
		mustApply(t, m, SetBias{Layer: 0, Unit: 1, Value: 0})
		mustApply(t, m, Select{Unit: Unit{1, 1}})
		mustApply(t, m, SetInput{X1: 0, X2: 0})
		w := m.Layer(0).Linear.Weight[1]
		mustApply(t, m, SetInput{X1: -3 * math.Copysign(1, w[0]), X2: -3 * math.Copysign(1, w[1])})
		if z := m.View().Trace.Layers[0].Z[1]; z >= 0 {
			t.Fatalf("z = %v at the input point, not below 0", z)
		}
		if m.Diag.Layers[0].Dead[1] {
			t.Fatal("the unit is dead on every training point")
		}
		s := pageScene(t, m, windows[0])
		for _, word := range []string{Say(DeadBadge), Say(DeadBadgeShort)} {
			if labelContains(s, word) {
				t.Errorf("%v: a unit alive on some training points reads %q", lang, word)
			}
		}
	}
}
