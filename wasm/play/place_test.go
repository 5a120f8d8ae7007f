package play

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestFreeBoxIsTheNearestFreeBox checks freeBox, which looks only at the rows and
// columns that can hold a box, against the plain search it stands for: every box that
// touches an edge of what is in the way, the nearest free one, the first on a tie. Seeded
// random scenes, crowded and sparse, with and without room.
func TestFreeBoxIsTheNearestFreeBox(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 12))
	area := Rect{X: 0, Y: 0, W: 600, H: 500}
	found := 0
	for k := range 400 {
		s := &Scene{Geo: Geometry{Area: area, Scale: 1 + float64(k%2)}}
		n := 1 + rng.IntN(120)
		for i := range n {
			r := Rect{X: rng.Float64()*620 - 10, Y: rng.Float64()*520 - 10,
				W: 5 + rng.Float64()*90, H: 5 + rng.Float64()*40}
			if i%3 == 0 {
				s.placed = append(s.placed, r)
			} else {
				s.block(r, i%4)
			}
		}
		want := Rect{X: rng.Float64() * 600, Y: rng.Float64() * 500,
			W: 10 + rng.Float64()*300, H: 10 + rng.Float64()*150}
		region := Rect{X: rng.Float64() * 100, Y: rng.Float64() * 100,
			W: 200 + rng.Float64()*450, H: 200 + rng.Float64()*450}
		owner := rng.IntN(5) - 1
		got, ok := s.freeBox(want, region, owner)
		wantBox, wantOK := plainFreeBox(s, want, region, owner)
		if ok {
			found++
		}
		if got != wantBox || ok != wantOK {
			t.Fatalf("scene %d: freeBox gives %v %v, the plain search %v %v", k, got, ok,
				wantBox, wantOK)
		}
	}
	if found < 100 || found > 300 {
		t.Errorf("%d scenes of 400 had room: the cases should mix both", found)
	}
}

// plainFreeBox is freeBox as it was first written: every candidate box, checked whole.
func plainFreeBox(s *Scene, want, r Rect, owner int) (Rect, bool) {
	w, h, gap := want.W, want.H, 4*s.Geo.Scale
	xs := []float64{want.X, r.X, r.X + r.W - w}
	ys := []float64{want.Y, r.Y, r.Y + r.H - h}
	edges := func(o Rect) {
		xs = append(xs, o.X-w-gap, o.X+o.W+gap)
		ys = append(ys, o.Y-h-gap, o.Y+o.H+gap)
	}
	for _, o := range s.obstacles {
		edges(o.r)
	}
	for _, p := range s.placed {
		edges(p)
	}
	best, bestD := Rect{}, math.Inf(1)
	for _, y := range ys {
		for _, x := range xs {
			b := Rect{X: x, Y: y, W: w, H: h}
			if d := math.Hypot(x-want.X, y-want.Y); d < bestD && b.Within(r) &&
				s.free(b, owner) {
				best, bestD = b, d
			}
		}
	}
	return best, bestD < math.Inf(1)
}

// TestFitLeansOnTheEdge checks the one rule by which fit moves a box off its spot: a box
// within textGap of the left or right edge of the texts' area, inside it or across it,
// may stand against that edge; one further away stays where it is, or is not placed.
// (Three special cases in unitNumbers did this for one text each: the lines beside a
// unit by the right edge, the output's lines, an input's name at the left edge.)
func TestFitLeansOnTheEdge(t *testing.T) {
	for _, sc := range []float64{1, 2} {
		area := Rect{X: 0, Y: 0, W: 300 * sc, H: 200 * sc}
		// A box 40 wide at x, with an obstacle from ox to ox+10, in a text area from
		// textGap to 300-textGap (CSS pixels).
		for _, c := range []struct {
			name  string
			x, ox float64
			ok    bool
			x0    float64 // where the box stands, when placed
		}{
			{"inside, free", 100, -50, true, 100},
			{"across the left edge by 2", textGap - 2, -50, true, textGap},
			{"across the left edge by 3", textGap - 3, -50, true, textGap},
			{"across the left edge by 4", textGap - 4, -50, false, 0},
			{"across the right edge by 3", 300 - 40 - textGap + 3, -50, true, 257},
			{"across the right edge by 4", 300 - 40 - textGap + 4, -50, false, 0},
			{"near the right edge, blocked on its left", 255, 247, true, 257},
			{"near the left edge, blocked on its right", 5, 44, true, textGap},
			{"4 from the right edge, blocked", 253, 247, false, 0},
		} {
			s := &Scene{Geo: Geometry{Area: area, Scale: sc}}
			s.block(Rect{X: c.ox * sc, Y: 0, W: 10 * sc, H: 200 * sc}, 5)
			tx := s.write(Small, prioValue, Ink, c.x*sc, 50*sc, alignLeft, "x")
			got, ok := s.fit(tx, 40*sc, 13*sc, false)
			if ok != c.ok || ok && math.Abs(got.X-c.x0*sc) > 1e-9 {
				t.Errorf("scale %g, %s: fit gives %+v %v, want x %g %v", sc, c.name, got, ok,
					c.x0*sc, c.ok)
			}
		}
	}
}
