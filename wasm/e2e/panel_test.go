package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"nnplay/core"
)

// overflowJS lists what sticks out sideways in the panel: the panel scrolling
// sideways, an element reaching past the panel's inner edges, and an element whose own
// content is wider than it (a number box's digits), but for one that scrolls sideways
// to show it, as Inspect's code view does: its lines are whole, not cut.
const overflowJS = `(() => {
	const panel = document.getElementById('panel'), out = [];
	const measure = document.createElement('canvas').getContext('2d');
	const name = (e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
		(e.className && typeof e.className === 'string' ? '.' + e.className : '');
	if (panel.scrollWidth > panel.clientWidth) {
		out.push('panel: scrollWidth ' + panel.scrollWidth + ' > ' + panel.clientWidth);
	}
	const box = panel.getBoundingClientRect();
	const left = box.left + panel.clientLeft, right = left + panel.clientWidth;
	for (const e of panel.querySelectorAll('*')) {
		const r = e.getBoundingClientRect();
		if (r.width === 0 || getComputedStyle(e).visibility === 'hidden') continue;
		if (r.right > right + 0.5 || r.left < left - 0.5) {
			out.push(name(e) + ': from ' + r.left.toFixed(1) + ' to ' + r.right.toFixed(1) +
				', the panel from ' + left.toFixed(1) + ' to ' + right.toFixed(1));
		}
		const scrolls = ['auto', 'scroll'].includes(getComputedStyle(e).overflowX);
		if (e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0 && e.tagName !== 'SELECT' &&
			!scrolls) {
			out.push(name(e) + ': scrollWidth ' + e.scrollWidth + ' > ' + e.clientWidth +
				(e.value !== undefined ? ' (' + e.value + ')' : ''));
		}
		// A menu shows its choice whole: the text, its padding and the arrow fit.
		if (e.tagName === 'SELECT' && e.selectedIndex >= 0) {
			const st = getComputedStyle(e);
			measure.font = st.font;
			const text = e.options[e.selectedIndex].text;
			const need = measure.measureText(text).width + parseFloat(st.paddingLeft) +
				parseFloat(st.paddingRight) + 20;
			if (need > e.clientWidth + 0.5) {
				out.push(name(e) + ': "' + text + '" needs ' + need.toFixed(0) + ' of ' +
					e.clientWidth);
			}
		}
	}
	return JSON.stringify(out);
})()`

// coverJS scrolls the panel to its middle with a message on the status line and lists
// the panel's texts the status box lies over.
const coverJS = `(() => {
	const panel = document.getElementById('panel'), st = document.getElementById('status');
	st.textContent = 'the network has at most 8 hidden layers';
	panel.scrollTop = (panel.scrollHeight - panel.clientHeight) / 2;
	const s = st.getBoundingClientRect(), out = [];
	for (const e of panel.querySelectorAll('label, p, h2, h3, span, select, input, button')) {
		if (e === st || st.contains(e) || e.contains(st)) continue;
		const r = e.getBoundingClientRect();
		if (r.width === 0 || r.height === 0) continue;
		if (r.left < s.right && s.left < r.right && r.top < s.bottom && s.top < r.bottom) {
			out.push((e.id || e.tagName.toLowerCase()) + ' ' +
				JSON.stringify(e.textContent.slice(0, 30)));
		}
	}
	st.textContent = '';
	panel.scrollTop = 0;
	return JSON.stringify(out);
})()`

// TestPanelFits checks, on a laptop, a large screen and a phone and in both languages,
// with the longest menus, the deep preset's Inspect and long numbers in the boxes, that
// nothing in the panel is cut or scrolls sideways; and that a number box shows as many
// digits as fit and its full value while it has focus.
func TestPanelFits(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{1280, 800}, {1920, 1080}, {390, 844}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			t.Parallel()
			p := reused(t, size[0], size[1])
			var atStart []string // the default menus: Net A, half squared error
			json.Unmarshal([]byte(p.eval(overflowJS)), &atStart)
			for _, pr := range atStart {
				t.Errorf("at start: %s", pr)
			}
			p.choose("preset", "2") // the deep sigmoid stack: 8 × 8 weights
			p.choose("dataset", "multi_gauss")
			p.choose("speed", "3")
			p.call("select", []int{3, 0}, nil)
			p.choose("act-1", "softplus")
			// A weight with more digits than the box holds.
			p.typeInto("w-2-0-1-num", "0.4710027532")
			p.waitFor(`document.getElementById('inspect').textContent.includes('0.4710')`)
			for _, lang := range []string{"en", "ko"} {
				name := fmt.Sprintf("%dx%d-%s", size[0], size[1], lang)
				if lang != "en" {
					p.call("lang", lang, nil)
				}
				p.waitFor(`document.documentElement.lang === '` + lang + `'`)
				time.Sleep(200 * time.Millisecond)
				p.eval(`document.getElementById('panel').scrollTop = 0, 1`)
				p.screenshot("panel-" + name)
				for _, part := range []string{"network", "unit", "inspect"} {
					p.eval(`document.getElementById('` + part + `-section').scrollIntoView(), 1`)
					p.screenshot("panel-" + name + "-" + part)
				}
				var covered []string
				json.Unmarshal([]byte(p.eval(coverJS)), &covered)
				if len(covered) > 0 {
					t.Errorf("%s: the status box covers %d texts: %v", lang, len(covered), covered)
				}
				var problems []string
				json.Unmarshal([]byte(p.eval(overflowJS)), &problems)
				for _, pr := range problems {
					t.Errorf("%s: %s", lang, pr)
				}
				box := `document.getElementById('w-2-0-1-num')`
				if v := p.eval(box + `.value`); v != "0.471003" { // as -0.471003: Fit
					t.Errorf("%s: the box shows %q, want 0.471003", lang, v)
				}
				// A click in the box, as a learner's, focuses it; one on a heading leaves it.
				p.eval(box + `.scrollIntoView({block: 'center'}), 1`)
				p.clickOn(`#w-2-0-1-num`)
				if v := p.eval(box + `.value`); v != "0.4710027532" {
					t.Errorf("%s: the focused box shows %q, want the full 0.4710027532", lang, v)
				}
				p.clickOn(`#unit-h`)
				if v := p.eval(box + `.value`); v != "0.471003" {
					t.Errorf("%s: the box shows %q after it lost focus", lang, v)
				}
			}
			p.noProblems()
		})
	}
}

// TestKeyboardLeavesTheCanvas clicks the canvas and presses Tab, Shift+Tab and Escape
// as real keys: each takes focus off the canvas (Escape to the panel), though ebiten
// prevents the default of every key pressed on it. The canvas has a role and a name in
// each language, and a touch drag on the plane moves the input point and never
// scrolls.
func TestKeyboardLeavesTheCanvas(t *testing.T) {
	t.Parallel()
	p := reused(t, 1280, 800)
	s := p.state()
	focused := `(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : ''))(document.activeElement)`
	// An empty spot of the canvas: between the network and the plane, near the top.
	x, y := s.Plane[0]-20, s.Plane[1]+5
	for _, c := range []struct {
		name string
		key  chromedp.Action[chromedp.Void]
		want string // the focused element after, or "" for anything but the canvas
	}{
		{"Tab", chromedp.KeyEvent(kb.Tab), ""},
		{"Shift+Tab", chromedp.KeyEvent(kb.Tab, chromedp.KeyModifiers(kb.ModifierShift)), ""},
		{"Escape", chromedp.KeyEvent(kb.Escape), "aside#panel"},
	} {
		p.click(x, y)
		if got := p.eval(focused); got != "canvas" {
			t.Fatalf("a click on the canvas focuses %s", got)
		}
		p.do(c.key)
		got := p.eval(focused)
		if got == "canvas" || (c.want != "" && got != c.want) {
			t.Errorf("%s on the canvas: focus on %s, want %s", c.name, got,
				map[bool]string{true: c.want, false: "anything but the canvas"}[c.want != ""])
		}
	}
	// Space still plays and pauses from the canvas.
	p.click(x, y)
	p.do(chromedp.KeyEvent(" "))
	p.waitFor(`document.getElementById('play').getAttribute('aria-pressed') === 'true'`)
	p.do(chromedp.KeyEvent(" "))
	canvas := `document.querySelector('canvas')`
	if ta := p.eval(`getComputedStyle(` + canvas + `).touchAction`); ta != "none" {
		t.Errorf("the canvas's touch-action is %q, want none", ta)
	}
	// A touch drag across the plane: the input point follows to its end.
	s = p.state()
	r := s.Plane
	x0, y0 := r[0]+r[2]*0.25, r[1]+r[3]*0.75
	p.do(chromedp.Func(func(ctx context.Context, tgt *chromedp.Target) error {
		touch := func(kind input.DispatchTouchEventType, x, y float64) error {
			pts := []*input.TouchPoint{{X: x, Y: y}}
			if kind == input.DispatchTouchEventTypeTouchEnd {
				pts = []*input.TouchPoint{}
			}
			_, err := chromedp.Call(ctx, input.DispatchTouchEvent,
				input.DispatchTouchEventParams{Type: kind, TouchPoints: pts})
			return err
		}
		if err := touch(input.DispatchTouchEventTypeTouchStart, x0, y0); err != nil {
			return err
		}
		for k := 1.0; k <= 10; k++ {
			x, y := x0+r[2]*0.05*k, y0-r[3]*0.05*k
			if err := touch(input.DispatchTouchEventTypeTouchMove, x, y); err != nil {
				return err
			}
		}
		return touch(input.DispatchTouchEventTypeTouchEnd, 0, 0)
	}))
	// The drag ends half a plane right and up of where it began: x1 = 3, x2 = 3. The
	// page takes the moves in its frames, which a loaded machine paints late (it waited
	// 200 ms after the first move's frame): it is asked until the guard against a hang.
	off := func(s state) bool {
		return (s.Input[0]-3)*(s.Input[0]-3) > 0.04 || (s.Input[1]-3)*(s.Input[1]-3) > 0.04
	}
	for deadline := time.Now().Add(hang); off(s) && time.Now().Before(deadline); {
		time.Sleep(50 * time.Millisecond)
		s = p.state()
	}
	// And there it stays: the touch's end, which the page may take a frame after the last
	// move, must not move it. The poll stops at its first answer at (3, 3) (review21).
	if !off(s) {
		var at struct{ Updates int }
		p.call("stats", nil, &at)
		p.waitFor(fmt.Sprintf(`window.nnplay.call('stats').then(s => JSON.parse(s).updates > %d)`,
			at.Updates+10))
		s = p.state()
	}
	if off(s) {
		t.Errorf("after the drag the input point is %v, want about (3, 3)", s.Input)
	}
	if sy := p.eval(`String(window.scrollY + document.scrollingElement.scrollTop)`); sy != "0" {
		t.Errorf("the page scrolled by %s", sy)
	}
	for lang, name := range map[string]string{"en": "The network", "ko": "신경망"} {
		p.call("lang", lang, nil)
		p.waitFor(`document.documentElement.lang === '` + lang + `'`)
		if r, n := p.eval(canvas+`.getAttribute('role')`),
			p.eval(canvas+`.getAttribute('aria-label')`); r != "img" || !strings.HasPrefix(n, name) {
			t.Errorf("%s: the canvas is role %q named %q", lang, r, n)
		}
	}
	p.noProblems()
}

// TestActivationParameterEditor picks activations with one and two parameters: a box
// appears for each, named by core's registry, and a typed value changes only it.
func TestActivationParameterEditor(t *testing.T) {
	t.Parallel()
	p := reused(t, 1280, 800)
	s := p.state()
	groups := p.eval(`[...document.querySelectorAll('#act-1 optgroup')].map(g => g.label + ': ' +
		[...g.children].map(o => o.value).join(' ')).join('; ')`)
	if groups != "more: elu gelu silu softplus" {
		t.Errorf("the activation menu's groups: %q", groups)
	}
	for _, c := range []struct {
		act    string
		labels []string
		set    int
		value  string
		want   core.Activation
	}{
		{"elu", []string{"alpha"}, 0, "0.5", core.ELU{Alpha: 0.5}},
		{"softplus", []string{"beta", "threshold"}, 1, "10", core.Softplus{Beta: 1, Threshold: 10}},
		{"leaky_relu", []string{"negative_slope"}, 0, "-0.25", core.LeakyReLU{NegativeSlope: -0.25}},
		{"tanh", nil, 0, "", core.Tanh{}},
	} {
		p.choose("act-1", c.act)
		s = p.waitVersion(s.Version)
		var labels []string
		json.Unmarshal([]byte(p.eval(`JSON.stringify([...document.querySelectorAll(
			'#layer-1 .param label')].map(l => l.textContent))`)), &labels)
		if strings.Join(labels, " ") != strings.Join(c.labels, " ") {
			t.Errorf("%s: parameter rows %q, want %q", c.act, labels, c.labels)
		}
		if c.value != "" {
			p.typeInto("act-1-param-"+strconv.Itoa(c.set)+"-num", c.value)
			s = p.waitVersion(s.Version)
		}
		if got := model(t, s).Layers[1].Act; got != c.want {
			t.Errorf("%s: layer 2's activation is %v, want %v", c.act, got, c.want)
		}
	}
	p.choose("act-1", "softplus")
	p.waitVersion(s.Version)
	p.typeInto("act-1-param-0-num", "500")
	msg := p.eval(`document.getElementById('act-1-param-0-msg').textContent`)
	if msg != "500 is out of range: type a number from 0.01 to 100" {
		t.Errorf("beta 500: %q", msg)
	}
	p.noProblems()
}

// clickOn clicks the middle of the element the CSS selector names, with the mouse.
func (p *page) clickOn(selector string) {
	p.t.Helper()
	var r []float64
	json.Unmarshal([]byte(p.eval(`(r => JSON.stringify([r.left, r.top, r.width, r.height]))(`+
		`document.querySelector('`+selector+`').getBoundingClientRect())`)), &r)
	if len(r) != 4 {
		p.t.Fatalf("no element %s", selector)
	}
	p.click(r[0]+r[2]/2, r[1]+r[3]/2)
}

// goFuncsJS, run before the page's scripts, marks each function the Go program hands to
// JavaScript (js.FuncOf) and keeps the Go instance in window.nnplayTestGo, so that the
// test can count the functions alive: held in the instance's values until released.
const goFuncsJS = `(() => {
	let real;
	Object.defineProperty(globalThis, 'Go', {configurable: true,
		get() { return real; },
		set(cls) {
			real = class extends cls {
				constructor(...a) {
					super(...a);
					window.nnplayTestGo = this;
					const wrap = this._makeFuncWrapper;
					this._makeFuncWrapper = (id) => {
						const f = wrap.call(this, id);
						f.nnplayGoFunc = true;
						return f;
					};
				}
			};
		}});
})()`

// goFuncsAlive counts the Go functions the page's JavaScript holds (goFuncsJS).
const goFuncsAlive = `window.nnplayTestGo._values.filter(v => v && v.nnplayGoFunc).length`

// TestPanelRebuildsReleaseTheirListeners rebuilds the panel's sections built from play's
// Fields many times (the layers' section with each change of depth, the selected unit's
// with each unit of another layer) and counts the Go functions the page holds: a section
// built again releases its old fields' listeners, so the count does not grow (but for
// the few the collector has yet to finalize). (Each rebuild left its listeners behind:
// 159 functions grew to 1,006 in forty rebuilds.)
func TestPanelRebuildsReleaseTheirListeners(t *testing.T) {
	t.Parallel()
	p := newPage(t)
	p.beforeScripts(goFuncsJS)
	p.load(false, 1280, 800, 1)
	rebuild := func(n int) {
		for i := 0; i < n; i++ {
			v := p.state().Version
			p.choose("hidden-layers", strconv.Itoa(1+i%3))
			p.waitPast(v)
			v = p.state().Version
			p.call("select", []int{1 + i%2, 0}, nil)
			p.waitPast(v)
		}
	}
	// A released function's JavaScript side goes when Go's collector finalizes it: calls
	// of the test API with arguments of 16 MB, which Go copies and refuses, make it run.
	alive := func() int {
		for i := 0; i < 6; i++ {
			p.eval(`window.nnplay.call('select', 'x'.repeat(16 << 20)).catch(() => 0)`)
		}
		n, _ := strconv.Atoi(p.eval(goFuncsAlive))
		return n
	}
	rebuild(2) // every section built once
	before := alive()
	// Each rebuild leaked about 20 functions before they were released: 12 rebuilds
	// would add some 250.
	rebuild(6)
	after := alive()
	t.Logf("Go functions alive: %d, after 12 rebuilds %d", before, after)
	if before == 0 || after > before+20 {
		t.Errorf("Go functions alive: %d, after 12 rebuilds of the panel's sections %d",
			before, after)
	}
	p.noProblems()
}
