package play

import (
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"testing"
	"time"
)

// TestRaceTargetLabelIsClear checks that lesson 5's "target 0.05" is crossed by no
// runner's line and covers no runner's dot, while the race runs and once it is over, in
// every window. (It sat at the right end of the target line, where the last runner
// always reaches the target: the chart ends at that epoch.)
func TestRaceTargetLabelIsClear(t *testing.T) {
	m := openLesson(t, 5, 0)
	apply(t, m, StartRace{})
	check := func(when string) {
		for _, win := range append(windows, window{1024, 768, 1}) {
			s := pageScene(t, m, win)
			found := false
			for _, l := range s.Labels {
				if l.Text != Say(RaceTarget, Num(Race.Target)) {
					continue
				}
				found = true
				for _, p := range s.Sketch.Paths {
					for k := 1; k < len(p.Points); k++ {
						a, b := p.Points[k-1], p.Points[k]
						if b.Move {
							continue
						}
						if segmentMeets(Line{X0: a.X, Y0: a.Y, X1: b.X, Y1: b.Y, Width: p.Width},
							l.Box) {
							t.Fatalf("%s, %v: a runner's line crosses %q at %+v", when, win, l.Text,
								l.Box)
						}
					}
				}
				for _, d := range s.Sketch.Dots {
					c := Rect{X: d.X - d.R, Y: d.Y - d.R, W: 2 * d.R, H: 2 * d.R}
					if clash(c, l.Box) {
						t.Fatalf("%s, %v: %q covers a runner's dot at (%g, %g)", when, win, l.Text,
							d.X, d.Y)
					}
				}
				for _, r := range s.Sketch.Rings {
					g := r.R + r.Width/2
					if clash(Rect{X: r.X - g, Y: r.Y - g, W: 2 * g, H: 2 * g}, l.Box) {
						t.Fatalf("%s, %v: %q covers a runner's ring at (%g, %g)", when, win, l.Text,
							r.X, r.Y)
					}
				}
			}
			if !found {
				t.Errorf("%s, %v: the chart does not name its target", when, win)
			}
		}
	}
	for i := 0; !m.Lesson.Race.Finished; i++ {
		if i > 10*Race.MaxEpochs {
			t.Fatal("the race never finished")
		}
		m.lessonTick(time.Now().Add(time.Millisecond))
		if i%7 == 0 {
			check(fmt.Sprintf("epoch %d", len(m.Lesson.Race.Runs[0].Loss)-1))
		}
	}
	check("at the end")
}

// TestRectCrossed checks Rect.Crossed against sampling the segment finely, on seeded
// random segments and boxes: 2,000 natively, the first 200 of them under Node, where
// the same float64 arithmetic takes seven times as long (1.5 s) and the native run
// checks them all.
func TestRectCrossed(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 5))
	crossed, n := 0, 2000
	if runtime.GOARCH == "wasm" {
		n = 200
	}
	for k := range n {
		r := Rect{X: rng.Float64() * 50, Y: rng.Float64() * 50, W: 1 + rng.Float64()*30,
			H: 1 + rng.Float64()*30}
		x0, y0, x1, y1 := rng.Float64()*100, rng.Float64()*100, rng.Float64()*100,
			rng.Float64()*100
		if k%10 == 0 {
			x1 = x0 // vertical
		}
		inside, near := false, false // near: within 0.01 of r
		in, around := r.Inset(1e-3), Rect{r.X - 0.01, r.Y - 0.01, r.W + 0.02, r.H + 0.02}
		// A point inside is near too: once one is, neither can change.
		for i := 0; i <= 20000 && !inside; i++ {
			f := float64(i) / 20000
			x, y := x0+(x1-x0)*f, y0+(y1-y0)*f
			inside = inside || in.Contains(x, y)
			near = near || around.Contains(x, y)
		}
		got := r.Crossed(x0, y0, x1, y1)
		if inside && !got || got && !near {
			t.Fatalf("%+v: (%g, %g)-(%g, %g): Crossed says %v, sampling %v", r, x0, y0, x1, y1,
				got, inside)
		}
		if got {
			crossed++
		}
	}
	if crossed < n/10 || crossed > n-n/10 {
		t.Errorf("%d of %d segments crossed: the cases should mix both", crossed, n)
	}
}

// TestRaceMarkersAllShow runs lesson 5's race to its end and checks, in every window,
// that each runner that reached the target shows its marker: none lies half or more
// under a marker drawn after it. (ReLU and Leaky ReLU reach the target at the same epoch with
// the same loss: Leaky ReLU's dot hid ReLU's.)
func TestRaceMarkersAllShow(t *testing.T) {
	m := openLesson(t, 5, 0)
	apply(t, m, StartRace{})
	for i := 0; !m.Lesson.Race.Finished; i++ {
		if i > 10*Race.MaxEpochs {
			t.Fatal("the race never finished")
		}
		m.lessonTick(time.Now().Add(time.Millisecond))
	}
	reached := 0
	for _, run := range m.Lesson.Race.Runs {
		if run.Reached >= 0 {
			reached++
		}
	}
	for _, win := range append(windows, window{1024, 768, 1}) {
		s := pageScene(t, m, win)
		ds, rs := s.Sketch.Dots, s.Sketch.Rings
		if len(ds)+len(rs) != reached {
			t.Errorf("%v: %d markers for %d runners that reached the target", win,
				len(ds)+len(rs), reached)
		}
		// A dot half or more under a later dot, or under a later ring's stroke, is hidden;
		// inside a ring's hole it shows.
		for a, d := range ds {
			for _, b := range ds[a+1:] {
				if math.Hypot(d.X-b.X, d.Y-b.Y) < b.R {
					t.Errorf("%v: a dot at (%.1f, %.1f) lies half or more under the next", win,
						d.X, d.Y)
				}
			}
			for _, r := range rs {
				dist := math.Hypot(d.X-r.X, d.Y-r.Y)
				if dist+d.R > r.R-r.Width/2 && dist < r.R+r.Width/2 {
					t.Errorf("%v: a dot at (%.1f, %.1f) lies under a ring's stroke", win, d.X, d.Y)
				}
			}
		}
		for a, r := range rs {
			for _, b := range rs[a+1:] {
				if math.Hypot(r.X-b.X, r.Y-b.Y) < r.Width {
					t.Errorf("%v: two rings at (%.1f, %.1f) lie one on the other", win, r.X, r.Y)
				}
			}
		}
	}
}

// TestCostTableClaimsOnlyWhatIsCertain: a runner's time within costNoise of ReLU's reads
// as ReLU's, within the noise of timings this small, never as a ratio that could make
// Leaky ReLU "0.87× ReLU" on one run and 1.1× on the next (look8); a time beyond it
// keeps its ratio.
func TestCostTableClaimsOnlyWhatIsCertain(t *testing.T) {
	defer speak(English)
	for _, lang := range Langs() {
		speak(lang)
		m := openLesson(t, 5, 0)
		r := m.Lesson.Race
		// As look8's run, but Sigmoid's f′ 28, not 20: slower in both columns, its row keeps
		// its ratio (with 20 its columns disagreed, and no row here claimed one).
		r.Cost.NS = [][2]float64{{30, 28}, {25, 20}, {15, 16.8}, {15, 12.5}}
		for !r.Cost.Done() {
			r.Cost.slice++
		}
		s := sceneAt(t, m, 1280, 800, 1)
		relu := 15 + 16.8
		for k, act := range RaceActivations {
			ratio := Say(CostRow, act.Label(), Num(r.Cost.NS[k][0]), Num(r.Cost.NS[k][1]),
				Num((r.Cost.NS[k][0]+r.Cost.NS[k][1])/relu))
			// Sigmoid 1.82×; Tanh 1.42× and Leaky ReLU 0.86× lie within the noise.
			if claims := k == 0; hasLabel(s, ratio) != claims {
				t.Errorf("%v, %s: the table says %q: %v", lang, act.Label(), ratio, !claims)
			}
		}
		// ReLU's own row gives each time its unit, as the others do (look10: "ReLU: f
		// 10.1, f′ 12.6 ns" beside "f 22.1 ns, f′ 26.8 ns").
		ns := r.Cost.NS[raceReLU]
		own := Say(CostRowOwn, RaceActivations[raceReLU].Label(), Num(ns[0]), Num(ns[1]))
		if !hasLabel(s, own) {
			t.Errorf("%v: ReLU's row is not %q", lang, own)
		}
	}
}
