package play

import (
	"fmt"
	"testing"

	"nnplay/core"
)

// The moments a learner can reach, and the windows the page is seen in: the helpers of
// the tests that sweep every preset, Step phase and window size.

// window is a browser window: its size in CSS pixels and its device scale.
type window struct {
	W, H, Scale float64
}

func (w window) String() string { return fmt.Sprintf("%gx%g@%g", w.W, w.H, w.Scale) }

// windows are the sizes issue 9 names: a laptop, a desktop, a phone and a laptop with a
// high-density display.
var windows = []window{{1280, 800, 1}, {1920, 1080, 1}, {390, 844, 1}, {1280, 800, 2}}

// panelAt is where the side panel sits in a window of w x h CSS pixels, as
// web/style.css places it: 380 pixels on the right, or the bottom 46% of a window at
// most 760 pixels wide.
func panelAt(w, h float64) Rect {
	if w <= 760 {
		return Rect{Y: h * 0.54, W: w, H: h * 0.46}
	}
	return Rect{X: w - 380, W: 380, H: h}
}

// pageGeometry lays m out as the page does in window win.
func pageGeometry(m *Session, win window) Geometry {
	a := FreeArea(win.W, win.H, panelAt(win.W, win.H))
	s := win.Scale
	return LayoutFor(m, Rect{X: a.X * s, Y: a.Y * s, W: a.W * s, H: a.H * s}, s)
}

// pageScene builds m's scene as the page shows it in window win.
func pageScene(t testing.TB, m *Session, win window) *Scene {
	t.Helper()
	s := &Scene{}
	s.Build(m, pageGeometry(m, win), testFontsAt(t, win.Scale), 0)
	return s
}

// testFontsAt returns the canvas's fonts at a device scale, made once per scale.
func testFontsAt(t testing.TB, scale float64) *Fonts {
	t.Helper()
	if f, ok := testFonts[scale]; ok {
		return f
	}
	f, err := NewFonts(scale)
	if err != nil {
		t.Fatal(err)
	}
	testFonts[scale] = f
	return f
}

// moment is a state of the page: how to reach it from a fresh session.
type moment struct {
	name string
	set  func(m *Session)
}

// stepMoments are every phase of a Step, while it plays and once it has played out,
// and the page at rest before it.
func stepMoments(layers int) []moment {
	press := func(n int, secs float64) func(m *Session) {
		return func(m *Session) {
			for k := 0; k < n; k++ {
				m.Apply(StepPhase{})
				if k < n-1 {
					m.AdvanceAnim(100)
				}
			}
			m.AdvanceAnim(secs)
		}
	}
	return []moment{
		{"rest", func(*Session) {}},
		{"forward, first layer", press(1, beatSecs*0.3)},
		{"forward, half way", press(1, beatSecs*(float64(layers)/2+0.6))},
		{"forward, last layer", press(1, beatSecs*(float64(layers)-0.2))},
		{"forward done", press(1, 100)},
		{"loss", press(2, phaseSecs/2)},
		{"loss done", press(2, 100)},
		{"backward, output", press(3, beatSecs*0.7)},
		{"backward, half way", press(3, beatSecs*(float64(layers)/2+0.6))},
		{"backward done", press(3, 100)},
		{"update", press(4, phaseSecs/2)},
		{"update done", press(4, 100)},
	}
}

// presetSession returns a fresh session on preset p with unit u selected (when it
// exists).
func presetSession(t testing.TB, p int, u Unit) *Session {
	t.Helper()
	m := NewSession()
	if err := m.Apply(UsePreset{Index: p}); err != nil {
		t.Fatal(err)
	}
	if m.valid(u) && u.Level > 0 {
		m.Apply(Select{Unit: u})
	}
	return m
}

// selections are the units the sweeps select: the first hidden unit, the last unit of
// the last hidden layer and the output.
func selections(m *Session) []Unit {
	sizes := m.Sizes()
	last := len(sizes) - 1
	return []Unit{{1, 0}, {last - 1, sizes[last-1] - 1}, {last, 0}}
}

// stepCase is a case of stepLayouts: where names it for a message; mo is the i-th of
// the n moments of its Step.
type stepCase struct {
	where string
	lang  Lang
	act   core.Activation
	mo    moment
	i, n  int
	win   window
}

// stepLayouts calls fn for every language of langs, network of 1 to 6 hidden layers with
// each activation of acts (nil: the page's default), moment of the Step that keep
// accepts (the i-th of n), selected unit (selections) and window of wins, with a session
// in that state (stepSessions). It speaks English again after.
func stepLayouts(t *testing.T, langs []Lang, acts []core.Activation,
	keep func(mo moment, i, n int) bool, wins []window, fn func(c stepCase, m *Session)) {
	t.Helper()
	stepSessions(t, langs, acts, keep, func(c stepCase, m *Session) {
		where := c.where
		for _, win := range wins {
			c.where, c.win = fmt.Sprintf("%s, %v", where, win), win
			fn(c, m)
		}
	})
}

// stepSessions calls fn once for every case of stepLayouts but the window (c.win is zero
// and c.where does not name one), in its language. Under Node, where the same layouts
// take three to four times as long, each pair of a language and an activation lays out
// two of the six depths, every depth among the pairs (laidOutHere: a sweep of one pair
// sees a third of them); the native run lays out all of them. It speaks English again
// after.
func stepSessions(t *testing.T, langs []Lang, acts []core.Activation,
	keep func(mo moment, i, n int) bool, fn func(c stepCase, m *Session)) {
	t.Helper()
	defer speak(English)
	for li, lang := range langs {
		speak(lang)
		for hidden := 1; hidden <= 6; hidden++ {
			for ai, act := range acts {
				if !laidOutHere(li*len(acts)+ai, hidden) {
					continue
				}
				probe := columnsSession(t, hidden, act, Unit{})
				moments := stepMoments(hidden + 1)
				for i, mo := range moments {
					if !keep(mo, i, len(moments)) {
						continue
					}
					for _, u := range selections(probe) {
						m := columnsSession(t, hidden, act, u)
						mo.set(m)
						fn(stepCase{fmt.Sprintf("%s, %d hidden, %v, %s, unit %d/%d",
							lang.Code(), hidden, act, mo.name, u.Level, u.Index),
							lang, act, mo, i, len(moments), window{}}, m)
					}
				}
			}
		}
	}
}

// updateDone plays the Step of m's network out to the end of its update.
func updateDone(m *Session) {
	moments := stepMoments(len(m.Sizes()) - 1)
	moments[len(moments)-1].set(m) // "update done"
}

// presetUpdates calls fn with the Step's update played out on every preset, with each of
// its selections and a unit in the middle selected; where names the case.
func presetUpdates(t *testing.T, fn func(where string, m *Session)) {
	t.Helper()
	for p := range Presets() {
		probe := presetSession(t, p, Unit{})
		for _, u := range append(selections(probe), Unit{len(probe.Sizes()) / 2, 2}) {
			m := presetSession(t, p, u)
			updateDone(m)
			fn(fmt.Sprintf("preset %d, unit %v", p, u), m)
		}
	}
}

// everyMoment keeps every moment of the Step; restAndDone the page at rest and once the
// backward pass and the update have played out.
func everyMoment(moment, int, int) bool { return true }
func restAndDone(mo moment, _, _ int) bool {
	return mo.name == "rest" || mo.name == "backward done" || mo.name == "update done"
}
