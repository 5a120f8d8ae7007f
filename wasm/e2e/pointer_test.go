package e2e

import (
	"fmt"
	"math"
	"testing"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// TestDragReleasedOverThePanelEnds drags the input point off the canvas onto the
// panel, releases the button there and moves the mouse back over the output plane with
// no button held: the drag has ended, so the point stays where the drag left it. (The
// release, over the panel, never reached the page's pointer, and the point followed
// every move of the mouse after.)
func TestDragReleasedOverThePanelEnds(t *testing.T) {
	t.Parallel()
	p := reused(t, 1280, 800)
	s := p.state()
	pl := s.Plane
	at := func(x, y float64) (float64, float64) {
		return pl[0] + (x+6)/12*pl[2], pl[1] + (6-y)/12*pl[3]
	}
	held := func(e *input.DispatchMouseEventParams) { e.Buttons = 1 }
	x, y := at(s.Input[0], s.Input[1])
	px, py := 1100.0, 300.0 // on the panel, 380 pixels wide on the right
	p.do(chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, x, y),
		chromedp.MouseEvent(input.DispatchMouseEventTypeMousePressed, x, y, chromedp.ButtonLeft,
			chromedp.ClickCount(1), held),
		chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, (x+px)/2, (y+py)/2,
			chromedp.ButtonLeft, held),
		chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, px, py, chromedp.ButtonLeft,
			held),
		chromedp.MouseEvent(input.DispatchMouseEventTypeMouseReleased, px, py,
			chromedp.ButtonLeft, chromedp.ClickCount(1)))
	s = p.waitVersion(s.Version)
	left := s.Input
	updates := func() string {
		return `window.nnplay.call('stats').then(s => JSON.parse(s).updates)`
	}
	for _, to := range [][2]float64{{-3, -3}, {3, 4}} {
		hx, hy := at(to[0], to[1])
		p.do(chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, hx, hy))
		n := p.eval(updates())
		p.waitFor(fmt.Sprintf(`%s.then(u => u > %s + 5)`, updates(), n))
	}
	s = p.state()
	if math.Abs(s.Input[0]-left[0]) > 1e-9 || math.Abs(s.Input[1]-left[1]) > 1e-9 {
		t.Errorf("after the release over the panel the input point moved with the mouse: "+
			"%v, then %v", left, s.Input)
	}
}

// TestHoverEndsOffTheCanvas rests the mouse on an edge, whose weight the canvas then
// labels, and moves it onto the panel: the label goes. (It stayed, with the edge's
// highlight, after the mouse had left the canvas.)
func TestHoverEndsOffTheCanvas(t *testing.T) {
	t.Parallel()
	p := reused(t, 1280, 800)
	s := p.ctl()
	from, to := s.Units[0][0], s.Units[1][1]
	x0, y0 := from[0]+from[2], from[1]+from[3]/2
	x1, y1 := to[0], to[1]+to[3]/2
	weights := `window.nnplay.call('state').then(s => JSON.parse(s).labels.filter(
		l => l.text.startsWith('w ')).length)`
	n := p.eval(weights)
	p.do(chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, x0+(x1-x0)*0.3,
		y0+(y1-y0)*0.3))
	p.waitFor(fmt.Sprintf(`%s.then(n => n === %s + 1)`, weights, n))
	p.do(chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, 1100, 300))
	p.waitFor(fmt.Sprintf(`%s.then(n => n === %s)`, weights, n))
}

// TestMoveRightAfterAShapeChange picks a preset of another shape and moves the pointer
// over the canvas in the same task, so that both land in one frame: the move is read
// against the network the preset made. (It was read against the layout of the network
// before, whose levels were fewer, and Update failed: index out of range.)
func TestMoveRightAfterAShapeChange(t *testing.T) {
	t.Parallel()
	p := reused(t, 1280, 800)
	for _, preset := range []string{"2", "0", "1", "2"} {
		s := p.ctl()
		p.eval(`(() => { const b = document.getElementById('preset'); b.value = '` + preset +
			`'; b.dispatchEvent(new Event('change', {bubbles: true}));
			const c = document.querySelector('canvas');
			for (let k = 0; k < 40; k++) c.dispatchEvent(new PointerEvent('pointermove',
				{clientX: 20 + 12 * k, clientY: 60 + 17 * k, bubbles: true})); })()`)
		p.waitCtl(s.Version)
	}
	p.noProblems()
}
