package play

import (
	"fmt"
	"image/color"
	"math"
	"slices"
	"strings"
	"testing"

	"nnplay/core"
)

// fitWindows are windows from 320 to 1920 CSS pixels wide, every 40 and every 3 from 761
// to 800 (where the canvas beside the panel is narrowest), and from 360 to 1080 high.
func fitWindows() []window {
	var ws []window
	widths := []float64{}
	for w := 320.0; w <= 1920; w += 40 {
		widths = append(widths, w)
	}
	for w := 761.0; w <= 800; w += 3 {
		widths = append(widths, w)
	}
	for _, w := range widths {
		for _, h := range []float64{360, 500, 667, 800, 1080} {
			ws = append(ws, window{w, h, 1})
		}
	}
	return ws
}

// TestViewsReadAtEverySize lays out the canvas after 51 epochs, in English and Korean,
// with Tanh, ReLU6 and LeakyReLU, at every size of fitWindows (each pane of a tabbed
// canvas), and checks that the f(z) view and the loss chart show what they show whole:
// each shaded band's key lies within the plot, and on its band where its name fits
// there; every line sample of a legend has its word beside it; and, as everywhere
// (checkLayout, checkEssentials), no text is cut, hidden or left out that must show.
// Under Node a third of the windows are laid out (laidOutHere), each in some pair of
// activation and language. (At 761-800 px wide the Tanh band's key ran out of the plot
// to the canvas's edge and the other band's was left out; at 900x500 the chart's dashed
// "test" sample stood without its word, under "epoch 51"; a phone on its side, 640x360,
// left the plane 14 pixels and its units 10 beside it, and, tabbed, the band of + and −
// pushed the units into the column titles.)
func TestViewsReadAtEverySize(t *testing.T) {
	defer speak(English)
	scenes := 0
	for ai, act := range []core.Activation{core.Tanh{}, core.ReLU6{}, core.DefaultLeakyReLU} {
		m := NewSession()
		mustApply(t, m, SetActivation{Layer: 0, Act: act})
		train(m, 51)
		for _, lang := range Langs() {
			speak(lang)
			for wi, win := range fitWindows() {
				if !laidOutHere(ai+int(lang), wi) {
					continue
				}
				for p := PaneNetwork; p <= PaneChart; p++ {
					m.Apply(ShowPane{Pane: p})
					s := pageScene(t, m, win)
					if !s.Geo.Tabbed && p > PaneNetwork {
						break // the same scene as the network pane's
					}
					scenes++
					where := fmt.Sprintf("%v, %s, %v, %s pane", act, lang.Code(), win, paneNames[p])
					checkBandKeys(t, where, s)
					checkLegends(t, where, s)
					checkLayout(t, where, s)
					checkEssentials(t, where, m, s)
				}
				m.Apply(ShowPane{Pane: PaneNetwork})
			}
		}
	}
	t.Logf("%d scenes laid out", scenes)
}

// checkBandKeys reports a key of a shaded band of the f(z) view that leaves its band,
// and a band wide enough for its name, or its short word, that has no key over it.
// (Clamped into the plot only, "saturated" spilled out of a band 24 pixels wide over the
// curves at 780x800.)
func checkBandKeys(t *testing.T, where string, s *Scene) {
	t.Helper()
	a := s.Act
	if !a.Shown {
		return
	}
	sc, face := s.Geo.Scale, s.Fonts.Face(Small)
	X := func(x float64) float64 { return a.Plot.X + (x-a.Lo)/(a.Hi-a.Lo)*a.Plot.W }
	for _, sp := range core.Spans(a.Act, a.Lo, a.Hi, actSamples+1) {
		if _, ok := RegionShade(sp.Region); !ok || sp.Region == core.Active {
			continue
		}
		name, word := Say(regionNames[sp.Region]), Say(regionWord(sp.Region))
		x0, x1 := X(sp.From), X(sp.To)
		keyed := false
		for _, l := range s.Labels {
			// A unit's badge may read as a band's name ("포화"), in its band's colour.
			if l.Color != Ink || l.Text != name && l.Text != word &&
				!strings.HasPrefix(l.Text, name+":") {
				continue
			}
			if l.Box.Y < a.Plot.Y-hair || l.Box.Y+l.Box.H > a.Plot.Y+a.Plot.H+hair ||
				l.Box.X+l.Box.W <= x0 || l.Box.X >= x1 { // another band's
				continue
			}
			if l.Box.X < x0-hair || l.Box.X+l.Box.W > x1+hair {
				t.Errorf("%s: the key %q at %+v leaves its band %.1f-%.1f", where, l.Text,
					l.Box, x0, x1)
			}
			keyed = true
		}
		if !keyed && math.Min(face.Width(name), face.Width(word))+4*sc <= x1-x0 {
			t.Errorf("%s: the %s band %.0f-%.0f has no key", where, name, x0, x1)
		}
	}
}

// checkLegends reports a line sample of the f(z) view's or the chart's legend drawn
// without its word right beside it, a sample that runs into a word, and an f(z) view
// with room for its legend (a plot 200 CSS pixels wide) that does not name its curves.
// (Placed at fixed offsets, the f(z) view's legend showed only on plots 300 wide: a
// phone's curves went unnamed.)
func checkLegends(t *testing.T, where string, s *Scene) {
	t.Helper()
	sc := s.Geo.Scale
	check := func(view string, samples []Line, words ...string) {
		for _, w := range words {
			found, beside := false, false
			for _, word := range s.Labels { // the same word may name a tab or a point too
				if word.Text != w {
					continue
				}
				found = true
				b := word.Box
				for _, l := range samples {
					if math.Abs(l.Y0-(b.Y+b.H/2)) > b.H/2 {
						continue
					}
					right := math.Max(l.X0, l.X1)
					beside = beside || right <= b.X && right >= b.X-7*sc
					if right > b.X && math.Min(l.X0, l.X1) < b.X+b.W {
						t.Errorf("%s: a sample of the %s's legend runs into %q", where, view, w)
					}
				}
			}
			switch {
			case !found && len(samples) > 0:
				t.Errorf("%s: the %s's legend draws its samples without %q", where, view, w)
			case found && len(samples) > 0 && !beside:
				t.Errorf("%s: the %s's %q has no sample right beside it", where, view, w)
			}
		}
	}
	if s.Act.Shown {
		check("f(z) view", s.Act.Legend, Say(FunctionLegend), Say(DerivativeLegend))
		// Without samples the curves are named by words in their own colours.
		named := func(ink color.RGBA, words ...string) bool {
			for _, l := range s.Labels {
				if l.Color == ink && slices.Contains(words, l.Text) && l.Box.Overlaps(s.Geo.ActView) {
					return true
				}
			}
			return false
		}
		if len(s.Act.Legend) == 0 && s.Act.Plot.W >= 100*sc &&
			!(named(FunctionInk, Say(FunctionLegend), Say(FunctionLegendShort)) &&
				named(DerivativeInk, Say(DerivativeLegend), Say(DerivativeLegendShort))) {
			t.Errorf("%s: the f(z) view's plot is %.0f wide and names no curve", where,
				s.Act.Plot.W)
		}
	}
	if s.Chart.Shown {
		check("loss chart", s.Chart.Legend, Say(ChartTrain), Say(ChartTest))
	}
}
