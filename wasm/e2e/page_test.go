package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"nnplay/core"
)

// model decodes the network of a snapshot.
func model(t *testing.T, s state) *core.Sequential {
	t.Helper()
	net, err := core.ParseModel(s.Model)
	if err != nil {
		t.Fatal(err)
	}
	return net
}

// inkIn counts the pixels of img inside r (CSS pixels) that are neither background nor
// near white: drawn content.
func inkIn(img image.Image, r []float64) int {
	n := 0
	for y := int(r[1]); y < int(r[1]+r[3]); y++ {
		for x := int(r[0]); x < int(r[0]+r[2]); x++ {
			cr, cg, cb, _ := img.At(x, y).RGBA()
			if cr>>8 < 235 || cg>>8 < 235 || cb>>8 < 235 {
				n++
			}
		}
	}
	return n
}

// hues counts Playground-orange and Playground-blue pixels in img.
func hues(img image.Image, r []float64) (orange, blue int) {
	for y := int(r[1]); y < int(r[1]+r[3]); y++ {
		for x := int(r[0]); x < int(r[0]+r[2]); x++ {
			cr, cg, cb, _ := img.At(x, y).RGBA()
			rr, gg, bb := int(cr>>8), int(cg>>8), int(cb>>8)
			if rr > 200 && gg > 110 && gg < 190 && bb < 90 {
				orange++
			}
			if bb > 150 && rr < 80 && gg > 80 && gg < 160 {
				blue++
			}
		}
	}
	return
}

func differing(a, b image.Image, r []float64) int {
	n := 0
	for y := int(r[1]); y < int(r[1]+r[3]); y++ {
		for x := int(r[0]); x < int(r[0]+r[2]); x++ {
			r1, g1, b1, _ := a.At(x, y).RGBA()
			r2, g2, b2, _ := b.At(x, y).RGBA()
			if absDiff(r1, r2) > 8<<8 || absDiff(g1, g2) > 8<<8 || absDiff(b1, b2) > 8<<8 {
				n++
			}
		}
	}
	return n
}

func absDiff(a, b uint32) uint32 {
	if a > b {
		return a - b
	}
	return b - a
}

// checkDrawn asserts that the canvas shows the network, the plane with its data and
// the activation view, from pixels.
func checkDrawn(t *testing.T, img image.Image, s state) {
	t.Helper()
	for l, level := range s.Units {
		for i, r := range level {
			inner := []float64{r[0] + 4, r[1] + 4, r[2] - 8, r[3] - 8}
			if ink := inkIn(img, inner); ink < int(inner[2]*inner[3]*0.3) {
				t.Errorf("unit %d/%d at %v has %d drawn pixels: its picture is missing", l, i, r, ink)
			}
		}
	}
	orange, blue := hues(img, s.Plane)
	if orange < 300 || blue < 300 {
		t.Errorf(
			"the plane shows %d orange and %d blue pixels: the data points are missing",
			orange,
			blue,
		)
	}
	if ink := inkIn(img, s.ActView); ink < 500 {
		t.Errorf("the activation view has %d drawn pixels", ink)
	}
	// The panel's side stays the panel's: the canvas area ends where it starts.
	if right := s.Area[0] + s.Area[2]; right > 1280-380+1 {
		t.Errorf("the canvas area ends at x = %v, under the panel", right)
	}
}

func TestLoadsOverHTTPAndFromDisk(t *testing.T) {
	t.Parallel()
	for _, disk := range []bool{false, true} {
		name := map[bool]string{false: "http", true: "file"}[disk]
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			p := open(t, disk, 1280, 800)
			s := p.state()
			img := p.screenshot("page-" + name)
			checkDrawn(t, img, s)
			if s.Frames < 1 {
				t.Error("no frame painted")
			}
			if body := p.eval(`document.body.innerText`); strings.Contains(body, "NaN") {
				t.Error("the page shows NaN")
			}
			if got := p.eval(`getComputedStyle(document.getElementById('loading')).display`); got != "none" {
				t.Errorf("the loading screen is still shown (%s)", got)
			}
			var st struct {
				FirstFrameMS float64 `json:"first_frame_ms"`
				Shaded       bool    `json:"shaded"`
			}
			p.call("stats", nil, &st)
			t.Logf("%s: first frame %.0f ms after navigation", name, st.FirstFrameMS)
			if !st.Shaded { // the copy of ebiten lacks kage.Line: cmd/ebitenpatch
				t.Error("the edges are not drawn by the page's line shader")
			}
			// Only the page's own folder is ever asked for.
			resources := `performance.getEntriesByType('resource').map(e => e.name).join('\n')`
			for _, u := range strings.Split(p.eval(resources), "\n") {
				if u != "" && !strings.HasPrefix(u, strings.TrimSuffix(p.url, "index.html")) &&
					!strings.HasPrefix(u, "data:") &&
					!strings.HasPrefix(u, "blob:") {
					t.Errorf("request outside the page's folder: %s", u)
				}
			}
			p.noProblems()
		})
	}
}

func TestLoadingFailureSaysWhatToDo(t *testing.T) {
	t.Parallel()
	checkBuild(t)
	p := launch(t) // a blank tab: loading the playground first would test nothing more
	// The boot script with the build hidden: the page must say to run make.
	p.do(chromedp.Navigate(server() + "/wasm/e2e/testdata/nobuild.html"))
	p.waitFor(`!document.getElementById('loading-error').hidden`)
	msg := p.eval(`document.getElementById('loading-error').textContent`)
	if !strings.Contains(msg, "run make") && !strings.Contains(msg, "Run make") {
		t.Errorf("failure message %q does not say to run make", msg)
	}
}

// TestSelectAndDragAWeight clicks a unit on the canvas, moves one of its weight
// sliders, and checks the model and the canvas follow.
func TestSelectAndDragAWeight(t *testing.T) {
	t.Parallel()
	p := reused(t, 1280, 800)
	s := p.state()
	// Layer 2's second unit (level 2, index 1).
	x, y := center(s.Units[2][1])
	before := p.screenshot("before-drag")
	p.click(x, y)
	s = p.waitVersion(s.Version)
	if s.Selected[0] != 2 || s.Selected[1] != 1 {
		t.Fatalf("selected %v after clicking level 2 unit 1", s.Selected)
	}
	if got := p.eval(`document.getElementById('unit-select').value`); got != "2,1" {
		t.Errorf("the unit menu shows %q", got)
	}
	// Drag: a series of input events on the slider of w[1][3] (from layer 1's unit 4).
	id := "w-1-1-3-range"
	for _, v := range []string{"0.5", "1.5", "2.75", "3.25"} {
		p.eval(setJS(id, v, "input", "1"))
	}
	deadline := time.Now().Add(hang)
	for {
		s = p.state()
		if model(t, s).Layers[1].Linear.Weight[1][3] == 3.25 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("weight is %v, want 3.25", model(t, s).Layers[1].Linear.Weight[1][3])
		}
		time.Sleep(30 * time.Millisecond)
	}
	if got := p.eval(`document.getElementById('w-1-1-3-num').value`); got != "3.25" {
		t.Errorf("the number box shows %q", got)
	}
	p.waitFor(
		fmt.Sprintf(`window.nnplay.call('stats').then(s => JSON.parse(s).frames > %d)`, s.Frames-1))
	after := p.screenshot("after-drag")
	// The unit's picture, its edges and the output all change.
	if d := differing(before, after, s.Units[2][1]); d < 200 {
		t.Errorf("only %d pixels of the unit changed", d)
	}
	if d := differing(before, after, s.Plane); d < 1000 {
		t.Errorf("only %d pixels of the output plane changed", d)
	}
	if !strings.Contains(p.eval(`document.getElementById('inspect').textContent`), "3.2500") {
		t.Error("the PyTorch print does not show the new weight")
	}
	p.noProblems()
}

func TestBadValuesAreRefused(t *testing.T) {
	t.Parallel()
	p := reused(t, 1280, 800)
	s := p.state()
	w0 := model(t, s).Layers[0].Linear.Weight[0][0]
	set := func(v string) string {
		msg := `document.getElementById('w-0-0-0-msg').textContent`
		return p.eval(setJS("w-0-0-0-num", v, "change", msg))
	}
	for _, bad := range []string{
		"abc", "", "NaN", "Infinity", "-Infinity", "1001", "-1e9", "1e400", "0x10",
	} {
		msg := set(bad)
		if msg == "" {
			t.Errorf("%q: no message", bad)
		}
		if p.eval(`document.getElementById('w-0-0-0-num').getAttribute('aria-invalid')`) != "true" {
			t.Errorf("%q: the box is not marked invalid", bad)
		}
	}
	time.Sleep(200 * time.Millisecond)
	if got := model(t, p.state()).Layers[0].Linear.Weight[0][0]; got != w0 {
		t.Errorf("a refused value changed the weight to %v", got)
	}
	if strings.Contains(p.eval(`document.body.innerText`), "NaN") &&
		!strings.Contains(p.eval(`document.getElementById('w-0-0-0-msg').textContent`), "NaN") {
		t.Error("the page shows NaN outside a message about it")
	}
	if msg := set(" -1.5 "); msg != "" {
		t.Errorf("a good value left the message %q", msg)
	}
	deadline := time.Now().Add(hang)
	for model(t, p.state()).Layers[0].Linear.Weight[0][0] != -1.5 {
		if time.Now().After(deadline) {
			t.Fatal("a good typed value did not reach the model")
		}
		time.Sleep(30 * time.Millisecond)
	}
	p.noProblems()
}

func TestBiasToggleRemovesTheBias(t *testing.T) {
	t.Parallel()
	p := reused(t, 1280, 800)
	s := p.state()
	p.eval(`document.getElementById('bias-0').click()`)
	s = p.waitVersion(s.Version)
	net := model(t, s)
	if net.Layers[0].Linear.HasBias() {
		t.Fatal("layer 1 still has a bias")
	}
	// z of layer 1 at the input point is now W x alone.
	w := net.Layers[0].Linear.Weight
	if z, want := s.Layers[0].Z[0], w[0][0]*s.X[0]+w[0][1]*s.X[1]; math.Abs(z-want) > 1e-12 {
		t.Errorf("z = %v, want W x = %v", z, want)
	}
	inspect := p.eval(`document.getElementById('inspect').textContent`)
	if !strings.Contains(inspect, "bias=False") ||
		!strings.Contains(inspect, ">>> print(layer.bias)\nNone") {
		t.Errorf("inspect shows:\n%s", inspect)
	}
	if p.eval(`document.getElementById('b-0-0-range') === null`) != "true" {
		t.Error("the bias slider is still there")
	}
	p.eval(`document.getElementById('bias-0').click()`)
	s = p.waitVersion(s.Version)
	if b := model(t, s).Layers[0].Linear.Bias; b == nil || b[0] != 0.1 {
		t.Errorf("bias back as %v, want the 0.1 it had", b)
	}
	p.noProblems()
}

func TestActivationMenu(t *testing.T) {
	t.Parallel()
	p := reused(t, 1280, 800)
	s := p.state()
	p.choose("act-0", "relu")
	s = p.waitVersion(s.Version)
	if a := model(t, s).Layers[0].Act; a != (core.ReLU{}) {
		t.Fatalf("layer 1 activation %v, want ReLU", a)
	}
	p.choose("act-0", "leaky_relu")
	s = p.waitVersion(s.Version)
	// LeakyReLU's one parameter, negative_slope, gets a box: the editor follows core's
	// registry.
	if p.eval(`document.querySelector('label[for=act-0-param-0-num]').textContent`) !=
		"negative_slope" {
		t.Error("LeakyReLU's slope box is missing")
	}
	p.typeInto("act-0-param-0-num", "steep")
	if p.eval(`document.getElementById('act-0-param-0-msg').textContent`) == "" {
		t.Error("a bad slope gives no message")
	}
	p.typeInto("act-0-param-0-num", "0.2")
	s = p.waitVersion(s.Version)
	if a := model(t, s).Layers[0].Act; a != (core.LeakyReLU{NegativeSlope: 0.2}) {
		t.Errorf("layer 1 activation %v, want LeakyReLU(0.2)", a)
	}
	p.noProblems()
}

func TestClickThePlaneMovesTheInput(t *testing.T) {
	t.Parallel()
	p := reused(t, 1280, 800)
	s := p.state()
	r := s.Plane
	// A quarter in from the left, a quarter down: x1 = -3, x2 = 3.
	p.click(r[0]+r[2]/4, r[1]+r[3]/4)
	s = p.waitVersion(s.Version)
	if math.Abs(s.Input[0]+3) > 0.1 || math.Abs(s.Input[1]-3) > 0.1 {
		t.Errorf("input (%v, %v), want about (-3, 3)", s.Input[0], s.Input[1])
	}
	if got := p.eval(`document.getElementById('input-x1-num').value`); !strings.HasPrefix(got, "-3") &&
		!strings.HasPrefix(got, "-2.9") {
		t.Errorf("the x1 box shows %q", got)
	}
	p.noProblems()
}

// TestStartLeavesFocus: the program's start leaves the keyboard's focus where it is.
// ebiten focused its canvas as it started, taking the focus from a learner already in
// the panel: the rest of what they typed went to the canvas, and a space played.
func TestStartLeavesFocus(t *testing.T) {
	t.Parallel()
	p := open(t, false, 1280, 800)
	if tag := p.eval(`document.activeElement.tagName`); tag != "BODY" {
		t.Errorf("after the start the focus is on a %s, not where it was (the page)", tag)
	}
}

func TestKeyboardAndTouch(t *testing.T) {
	t.Parallel()
	p := reused(t, 1280, 800)
	s := p.state()
	// Keyboard: typing a unit's name in the unit menu selects it (a closed menu's
	// type-ahead; arrow keys open the list on Linux), and a focused slider steps
	// with the arrow keys.
	p.do(
		chromedp.Focus(chromedp.CSS("#unit-select")),
		chromedp.SendKeys(chromedp.CSS("#unit-select"), "layer 1, unit 1"),
	)
	s = p.waitVersion(s.Version)
	if s.Selected[0] != 1 || s.Selected[1] != 1 {
		t.Errorf("typing in the unit menu selected %v, want [1 1]", s.Selected)
	}
	// The menu is built again for the new unit: it keeps the focus, or the rest of what
	// the learner types goes to the page, where a space plays.
	if at := p.eval(`document.activeElement.id`); at != "unit-select" || p.train().Playing {
		t.Errorf("after typing in the unit menu the focus is on %q; playing: %v", at,
			p.train().Playing)
	}
	w := model(t, s).Layers[0].Linear.Weight[1][0]
	p.do(chromedp.Focus(chromedp.CSS("#w-0-1-0-range")), chromedp.KeyEvent(kb.ArrowRight))
	s = p.waitVersion(s.Version)
	want := math.Round(w*100)/100 + 0.01
	if got := model(t, s).Layers[0].Linear.Weight[1][0]; math.Abs(got-want) > 0.011 {
		t.Errorf("ArrowRight on the slider: weight %v from %v", got, w)
	}
	// Touch: a tap on a unit selects it.
	x, y := center(s.Units[1][3])
	p.do(chromedp.Func(func(ctx context.Context, tgt *chromedp.Target) error {
		pts := []*input.TouchPoint{{X: x, Y: y}}
		start := input.DispatchTouchEventParams{Type: input.DispatchTouchEventTypeTouchStart,
			TouchPoints: pts}
		if _, err := chromedp.Call(ctx, input.DispatchTouchEvent, start); err != nil {
			return err
		}
		end := input.DispatchTouchEventParams{Type: input.DispatchTouchEventTypeTouchEnd,
			TouchPoints: []*input.TouchPoint{}}
		_, err := chromedp.Call(ctx, input.DispatchTouchEvent, end)
		return err
	}))
	s = p.waitVersion(s.Version)
	if s.Selected[0] != 1 || s.Selected[1] != 3 {
		t.Errorf("a tap on unit 1/3 selected %v", s.Selected)
	}
	p.noProblems()
}

// waitDownload waits for a finished download and returns its bytes.
func (p *page) waitDownload(name string) []byte {
	p.t.Helper()
	path := filepath.Join(p.dl, name)
	deadline := time.Now().Add(hang)
	for time.Now().Before(deadline) {
		if b, err := os.ReadFile(path); err == nil && len(b) > 0 {
			if _, err := os.Stat(path + ".crdownload"); err != nil {
				return b
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	p.t.Fatalf(
		"no download %s (status: %s)",
		name,
		p.eval(`document.getElementById('export-status').textContent`),
	)
	return nil
}

func TestExports(t *testing.T) {
	t.Parallel()
	for _, disk := range []bool{false, true} {
		name := map[bool]string{false: "http", true: "file"}[disk]
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			p := fromDiskOrPool(t, disk, 1280, 800)
			start := time.Now()
			p.eval(`document.getElementById('export-png').click()`)
			b := p.waitDownload("activation-layer1-unit0-tanh.png")
			t.Logf(
				"%s: Export PNG took %v including the plot module's first load",
				name,
				time.Since(start).Round(time.Millisecond),
			)
			img, err := png.Decode(bytes.NewReader(b))
			if err != nil {
				t.Fatal(err)
			}
			if img.Bounds().Dx() != 800 || img.Bounds().Dy() != 600 {
				t.Errorf("exported %v, want 800x600", img.Bounds())
			}
			if disk {
				os.WriteFile(filepath.Join(artifacts, "export-activation-tanh.png"), b, 0o644)
			}
			st := p.eval(`document.getElementById('export-status').textContent`)
			if !strings.Contains(st, "Saved activation-layer1-unit0-tanh.png") {
				t.Errorf("status %q", st)
			}
			p.eval(`document.getElementById('save-canvas').click()`)
			c, err := png.Decode(bytes.NewReader(p.waitDownload("nnplay-canvas.png")))
			if err != nil {
				t.Fatal(err)
			}
			// The canvas area the learner sees, without the strip under the panel.
			if c.Bounds().Dx() != 900 || c.Bounds().Dy() != 800 {
				t.Errorf("canvas PNG %v, want 900x800", c.Bounds())
			}
			if ink := inkIn(c, p.state().Plane); ink < 10000 {
				t.Errorf("the saved canvas has %d drawn pixels on the plane", ink)
			}
			// It holds what the canvas shows (a transparent capture passed the check above).
			shot := p.screenshot("save-canvas-" + name)
			if d := differing(c, shot, []float64{0, 0, 900, 800}); d > 900*8 {
				t.Errorf("the saved canvas differs from the page's in %d pixels", d)
			}
			p.noProblems()
		})
	}
}

// TestIdleAndDragFrames checks that an idle page paints nothing, and reports the
// frame rate and the page's own work while a slider is dragged.
func TestIdleAndDragFrames(t *testing.T) {
	t.Parallel()
	p := reused(t, 1280, 800)
	var a, b struct {
		Frames   int     `json:"frames"`
		Updates  int     `json:"updates"`
		UpdateMS float64 `json:"update_ms"`
		DrawMS   float64 `json:"draw_ms"`
	}
	// Once the reset's last frames are painted, 1.5 s without one. A loaded machine paints
	// them late (they were taken to be done half a second after the reset's first frame):
	// the quiet 1.5 s are looked for, up to the guard against a hang.
	p.call("stats", nil, &a)
	for deadline := time.Now().Add(hang); ; a = b {
		time.Sleep(1500 * time.Millisecond)
		p.call("stats", nil, &b)
		if b.Frames == a.Frames {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("an idle page painted frames in every 1.5 s for %v (%d in the last)", hang,
				b.Frames-a.Frames)
		}
	}
	// Then none at all while the game loop runs 180 more updates, one a display frame:
	// 3 s at 60 Hz, longer on a loaded machine, which slows the page's work and its ticks
	// alike. The poll above ends at its first quiet window, which a page that repaints
	// every 2 s finds within a few tries (review21).
	p.waitFor(fmt.Sprintf(`window.nnplay.call('stats').then(s => JSON.parse(s).updates > %d)`,
		b.Updates+180))
	if p.call("stats", nil, &a); a.Frames != b.Frames {
		t.Errorf("an idle page painted %d frames in %d updates of its game loop",
			a.Frames-b.Frames, a.Updates-b.Updates)
	}
	// Drag: one input event per animation frame for two seconds, and ten at least.
	res := p.eval(`new Promise(done => {
		const r = document.getElementById('w-0-0-0-range');
		const t0 = performance.now(); let i = 0;
		window.nnplay.call('stats').then(s0 => {
			const f0 = JSON.parse(s0).frames;
			(function step() {
				r.value = String(Math.sin(i++ / 10) * 4); r.dispatchEvent(new Event('input', {bubbles: true}));
				if (performance.now() - t0 < 2000 || i < 10) { requestAnimationFrame(step); return; }
				window.nnplay.call('stats').then(s1 => {
					const s = JSON.parse(s1);
					done(JSON.stringify({frames: s.frames - f0,
						fps: (s.frames - f0) / ((performance.now() - t0) / 1000),
						events: i, update_ms: s.update_ms, draw_ms: s.draw_ms,
						parts: [s.apply_ms, s.view_ms, s.pics_ms, s.panel_ms]}));
				});
			})();
		});
	})`)
	var drag struct {
		Frames   int     `json:"frames"`
		FPS      float64 `json:"fps"`
		Events   int     `json:"events"`
		UpdateMS float64 `json:"update_ms"`
		DrawMS   float64 `json:"draw_ms"`
		Parts    []float64
	}
	if err := json.Unmarshal([]byte(res), &drag); err != nil {
		t.Fatal(err)
	}
	t.Logf(
		"dragging a slider: %.1f fps over %d input events; last Update %.2f ms "+
			"(apply, view, textures, panel: %v), last Draw %.2f ms",
		drag.FPS,
		drag.Events,
		drag.UpdateMS,
		drag.Parts,
		drag.DrawMS,
	)
	// The rate is reported above, not asserted: on a loaded machine it is a floor.
	if drag.Frames < 1 {
		t.Errorf("dragging a slider over %d input events painted no frame", drag.Events)
	}
	// One event per animation frame, and a frame is painted and counted at most once in
	// each (two more for the stats calls' own frames).
	if drag.Frames > drag.Events+2 {
		t.Errorf("%d frames counted in %d animation frames", drag.Frames, drag.Events)
	}
	p.noProblems()
}

// TestReportSizes logs the build's sizes for the record: each module raw, gzipped as make
// writes it and cmd/serve sends it, and as the script a page opened from disk loads. (It
// reads what the build wrote rather than compress the modules again: 1.7 CPU-s.)
func TestReportSizes(t *testing.T) {
	t.Parallel()
	checkBuild(t)
	for _, f := range []string{"web/main.wasm", "web/plots.wasm", "web/worker.wasm"} {
		var sizes [3]int64
		for i, ext := range []string{"", ".gz", ".js"} {
			st, err := os.Stat(filepath.Join(root, f+ext))
			if err != nil {
				t.Fatalf("%v: run make", err)
			}
			sizes[i] = st.Size()
		}
		t.Logf("%s: %d bytes raw, %d gzip, %d as a script for file://", f, sizes[0], sizes[1],
			sizes[2])
	}
}

// highDensity checks a page freshly loaded on a device-scale-2 display, where the canvas
// has twice the pixels: units are drawn, and a click at a unit's CSS position selects it.
// TestStepPhases1280x800At2 calls it on its page before the Step's phases: a load at
// scale 2 costs Chromium some 5 CPU-s.
func highDensity(t *testing.T, p *page) {
	t.Helper()
	s := p.state()
	img := p.screenshot("scale-2")
	if img.Bounds().Dx() != 2560 {
		t.Fatalf("screenshot %v, want 2560 pixels wide", img.Bounds())
	}
	x, y := center(s.Units[2][1])
	p.click(x, y)
	if s = p.waitVersion(s.Version); s.Selected[0] != 2 || s.Selected[1] != 1 {
		t.Errorf("a click at the unit's CSS position selected %v", s.Selected)
	}
	r := s.Units[1][0]
	big := []float64{2 * (r[0] + 3), 2 * (r[1] + 3), 2 * (r[2] - 6), 2 * (r[3] - 6)}
	if ink := inkIn(img, big); ink < int(big[2]*big[3]*0.3) {
		t.Errorf("unit 1/0 has %d drawn device pixels", ink)
	}
	p.noProblems()
}

// TestNarrowScreen loads the page in a phone-sized window, where the panel becomes a
// sheet at the bottom: the canvas and its units stay clear of the panel. (A display of
// device scale 2: highDensity.)
func TestNarrowScreen(t *testing.T) {
	t.Parallel()
	p := reused(t, 420, 860)
	s := p.state()
	p.screenshot("phone")
	top := p.eval(`document.getElementById('panel').getBoundingClientRect().top`)
	var panelTop float64
	json.Unmarshal([]byte(top), &panelTop)
	if bottom := s.Area[1] + s.Area[3]; bottom > panelTop+1 {
		t.Errorf("the canvas area ends at y = %v, under the panel at %v", bottom, panelTop)
	}
	for _, level := range s.Units {
		for _, r := range level {
			if r[1]+r[3] > panelTop || r[0]+r[2] > 420 {
				t.Errorf("unit %v is under the panel or off the screen", r)
			}
		}
	}
	p.noProblems()
}
