package e2e

import (
	"fmt"
	"image"
	"slices"
	"testing"
)

// colourShare returns the share of the pixels of box r (x, y, w, h, shrunk by inset) of
// img that have one of its n most common colours.
func colourShare(img image.Image, r []float64, inset, n int) float64 {
	count := map[[3]uint32]int{}
	total := 0
	for y := int(r[1]) + inset; y < int(r[1]+r[3])-inset; y++ {
		for x := int(r[0]) + inset; x < int(r[0]+r[2])-inset; x++ {
			c, g, b, _ := img.At(x, y).RGBA()
			count[[3]uint32{c >> 8, g >> 8, b >> 8}]++
			total++
		}
	}
	var ns []int
	for _, k := range count {
		ns = append(ns, k)
	}
	slices.Sort(ns)
	slices.Reverse(ns)
	top := 0
	for _, k := range ns[:min(n, len(ns))] {
		top += k
	}
	return float64(top) / float64(max(1, total))
}

// TestDiscretizeDuringFastPlay plays Net A as fast as possible, training in the worker
// at the smallest learning rate (so that the output stays a smooth gradient), and turns
// Discretize on and off again during Play: in every screenshot while it is on, the
// plane's picture and the output unit's show two colours (the output's sign) and
// nothing of the gradient, while the worker trains on and sends pictures; off, the
// gradient is back. (Only the native test, TestDiscretizeWhileAFrameIsOnItsWay, covered
// Discretize with the worker.)
func TestDiscretizeDuringFastPlay(t *testing.T) {
	t.Parallel()
	p := reused(t, 1280, 800)
	p.eval(`(s => { s.value = s.options[0].value; s.dispatchEvent(new Event('change')) })` +
		`(document.getElementById('lr'))`)
	p.playFast("worker", 20)
	// shows takes a screenshot a few frames after the page says Discretize is on (or off)
	// and returns the share of the plane's and the output unit's pixels in their two
	// most common colours, and the epoch.
	shows := func(name string, on bool) (plane, unit, epoch float64) {
		t.Helper()
		p.waitFor(fmt.Sprintf(`window.nnplay.call('state').then(s => JSON.parse(s).discretize `+
			`=== %v)`, on))
		p.waitFor(fmt.Sprintf(`window.nnplay.call('state').then(s => JSON.parse(s).frames > %d)`,
			p.state().Frames+3))
		s := p.state()
		img := p.screenshot(name)
		at, e := p.where()
		if at != "worker" {
			t.Fatalf("%s: training runs on the %q, not in the worker", name, at)
		}
		out := s.Units[len(s.Units)-1][0]
		return colourShare(img, s.Plane, 2, 2), colourShare(img, out, 2, 2), e
	}
	const sharp, smooth = 0.75, 0.5 // two colours' share: Discretize on at least, off at most
	plane, unit, last := shows("discretize-off", false)
	if plane > smooth || unit > smooth {
		t.Fatalf("before Discretize, two colours cover %.2f of the plane and %.2f of the "+
			"output unit: the test cannot tell the pictures apart", plane, unit)
	}
	p.tick("#discretize")
	for i := range 3 {
		plane, unit, e := shows(fmt.Sprintf("discretize-on-%d", i), true)
		if plane < sharp || unit < sharp {
			t.Errorf("Discretize on, at epoch %v: two colours cover %.2f of the plane and "+
				"%.2f of the output unit, want %v", e, plane, unit, sharp)
		}
		if e <= last {
			t.Errorf("Discretize on: the worker stopped at epoch %v", e)
		}
		last = e
	}
	p.tick("#discretize")
	if plane, unit, e := shows("discretize-off-again", false); plane > smooth || unit > smooth {
		t.Errorf("Discretize off again, at epoch %v: two colours cover %.2f of the plane and "+
			"%.2f of the output unit", e, plane, unit)
	}
	p.noProblems()
}
