package e2e

import (
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"nnplay/core"
)

// ctl is the test API's state with issue 11's controls: the canvas's buttons, the
// problem, the regularization, the features, the toggles and the picked edge.
type ctl struct {
	Model     json.RawMessage `json:"model"`
	Sizes     []int           `json:"sizes"`
	Selected  []int           `json:"selected"`
	Dataset   string          `json:"dataset"`
	TrainSize int             `json:"train_size"`
	BatchSize int             `json:"batch_size"`
	LR        float64         `json:"lr"`
	Units     [][][]float64   `json:"units"`
	Plane     []float64       `json:"plane"`
	Area      []float64       `json:"area"`
	Tab       string          `json:"tab"`
	Labels    []struct {
		Text string    `json:"text"`
		Box  []float64 `json:"box"`
	} `json:"labels"`
	Buttons []struct {
		Name    string    `json:"name"`
		Box     []float64 `json:"box"`
		Enabled bool      `json:"enabled"`
	} `json:"buttons"`
	Problem    string   `json:"problem"`
	Reg        string   `json:"reg"`
	RegRate    float64  `json:"reg_rate"`
	Features   []string `json:"features"`
	Discretize bool     `json:"discretize"`
	ShowTest   bool     `json:"show_test"`
	Edge       []int    `json:"edge"`
	Link       string   `json:"link"`
	Version    int      `json:"version"`
}

func (p *page) ctl() ctl { return stateAs[ctl](p) }

// waitCtl waits until the model's version passes v and a frame shows it.
func (p *page) waitCtl(v int) ctl {
	p.t.Helper()
	p.waitPast(v)
	return p.ctl()
}

// net reads the page's network from its model file.
func (s ctl) net(t *testing.T) *core.Sequential {
	t.Helper()
	n, err := core.ParseModel(s.Model)
	if err != nil {
		t.Fatalf("the page's model: %v", err)
	}
	return n
}

// button returns the box of the canvas's button name ("layer+", "unit-1", "chip x1²").
func (s ctl) button(t *testing.T, name string) []float64 {
	t.Helper()
	for _, b := range s.Buttons {
		if b.Name == name {
			return b.Box
		}
	}
	t.Fatalf("no button %q on the canvas: %+v", name, s.Buttons)
	return nil
}

// pressButton clicks the canvas's button name with the mouse and waits for the page's
// answer: a new version of the model.
func (p *page) pressButton(name string) ctl {
	p.t.Helper()
	s := p.ctl()
	p.click(center(s.button(p.t, name)))
	return p.waitCtl(s.Version)
}

// pressRefused clicks the canvas's button name, which the page must refuse, and
// returns what the status line says then.
func (p *page) pressRefused(name string) string {
	p.t.Helper()
	p.eval(`document.getElementById('status').textContent = ''`)
	p.click(center(p.ctl().button(p.t, name)))
	return p.statusText()
}

// statusText waits for the status line to say something and returns it.
func (p *page) statusText() string {
	p.t.Helper()
	p.waitFor(`document.getElementById('status').textContent !== ''`)
	return p.eval(`document.getElementById('status').textContent`)
}

// tick clicks the element selector names with the mouse, scrolled into view first, as
// a learner does in the panel.
func (p *page) tick(selector string) {
	p.t.Helper()
	p.eval(`document.querySelector('` + selector + `').scrollIntoView({block: 'center'})`)
	p.clickOn(selector)
}

// keeps reports the weights of before that after lost: weight [i][j] of layer l of
// before must be weight [rows[i]][cols[j]] of after (-1: gone).
func keeps(t *testing.T, where string, before, after *core.Sequential, l int, rows, cols []int) {
	t.Helper()
	b, a := before.Layers[l].Linear, after.Layers[l].Linear
	for i := range b.Weight {
		for j := range b.Weight[i] {
			if rows[i] < 0 || cols[j] < 0 {
				continue
			}
			if got := a.Weight[rows[i]][cols[j]]; got != b.Weight[i][j] {
				t.Errorf("%s: layer %d's weight [%d][%d] was %v, is now %v", where, l, i, j,
					b.Weight[i][j], got)
			}
		}
	}
}

func upTo(n, total int) []int {
	ix := make([]int, total)
	for i := range ix {
		ix[i] = i
		if i >= n {
			ix[i] = -1
		}
	}
	return ix
}

// playgroundControls (TestPlaygroundControls) drives TensorFlow Playground's controls
// (issue 11, items 1 to 6) through the page's own controls, with the mouse: the
// canvas's + and − and its feature chips, the panel's menus and checkboxes, an edge
// picked and its slider. The units and inputs that stay keep their weights; what the
// page cannot do is refused with a message in its language and changes nothing. It
// leaves screenshots of the new controls on a laptop and a phone in English and
// Korean, and checks that the canvas's texts stay clear of each other and of the
// buttons.
func playgroundControls(t *testing.T) {
	p := reused(t, 1280, 800)
	s := p.ctl()
	if !slices.Equal(s.Sizes, []int{2, 4, 2, 1}) ||
		!slices.Equal(s.Features, []string{"x1", "x2"}) {
		t.Fatalf("the default page: %v %v", s.Sizes, s.Features)
	}
	pickEdge(t, p)
	layersAndUnits(t, p)
	features(t, p)
	trainingRule(t, p)
	controlShots(t, p)
	p.noProblems()
}

// pickEdge hovers an edge (its weight shows), clicks it (the editor opens beside it,
// the panel selects its unit), moves the editor's slider (the weight and the panel's
// box follow) and closes the editor.
func pickEdge(t *testing.T, p *page) {
	s := p.ctl()
	from, to := s.Units[0][0], s.Units[1][1]
	x0, y0 := from[0]+from[2], from[1]+from[3]/2
	x1, y1 := to[0], to[1]+to[3]/2
	x, y := x0+(x1-x0)*0.3, y0+(y1-y0)*0.3
	w := s.net(t).Layers[0].Linear.Weight[1][0]
	// The selected unit's weights are written on their edges; a hovered edge adds its own.
	weights := `window.nnplay.call('state').then(s => JSON.parse(s).labels.filter(
		l => l.text.startsWith('w ')).length)`
	n, _ := strconv.Atoi(p.eval(weights))
	p.do(chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, x, y))
	p.waitFor(fmt.Sprintf(`%s.then(n => n === %d)`, weights, n+1))

	p.click(x, y)
	p.waitFor(`window.nnplay.call('state').then(s => JSON.parse(s).edge !== null) &&
		!document.getElementById('edge-editor').hidden`)
	s = p.ctl()
	if !slices.Equal(s.Edge, []int{0, 1, 0}) || !slices.Equal(s.Selected, []int{1, 1}) {
		t.Fatalf("a click on the edge from x1 to unit 1/1 picked %v and selected %v", s.Edge,
			s.Selected)
	}
	var ed []float64
	json.Unmarshal([]byte(p.eval(`(r => JSON.stringify([r.left, r.top, r.width, r.height]))(`+
		`document.getElementById('edge-editor').getBoundingClientRect())`)), &ed)
	shown, _ := strconv.ParseFloat(p.eval(`document.getElementById('edge-value').textContent`), 64)
	if math.Abs(shown-w) > 0.01 || !strings.Contains(p.eval(
		`document.getElementById('edge-name').textContent`), "x1") {
		t.Errorf("the editor shows %v for the weight %v", shown, w)
	}
	// Beside the edge: its middle within reach, and neither of its units covered.
	mx, my := (x0+x1)/2, (y0+y1)/2
	if len(ed) != 4 || math.Hypot(ed[0]+ed[2]/2-mx, ed[1]+ed[3]/2-my) > 200 ||
		boxesClash(ed, from) || boxesClash(ed, to) {
		t.Errorf("the editor at %v is not beside the edge's middle (%.0f, %.0f)", ed, mx, my)
	}
	for _, b := range s.Buttons {
		if boxesClash(ed, b.Box) {
			t.Errorf("the editor at %v covers the button %s", ed, b.Name)
		}
	}
	p.eval(setJS("edge-range", "1.25", "input", "1"))
	s = p.waitCtl(s.Version)
	if got := s.net(t).Layers[0].Linear.Weight[1][0]; got != 1.25 {
		t.Errorf("the editor's slider at 1.25 set the weight to %v", got)
	}
	p.waitFor(`document.getElementById('w-0-1-0-num')?.value === '1.25' &&
		document.getElementById('edge-value').textContent === '1.25'`)
	p.clickOn("#edge-close")
	p.waitFor(`document.getElementById('edge-editor').hidden`)
	if s := p.ctl(); s.Edge != nil {
		t.Errorf("the editor closed, the edge %v stays picked", s.Edge)
	}
	closeAsAPopup(t, p, x, y)
}

// closeAsAPopup checks that the editor of the edge at (x, y) closes as a popup does:
// with Escape, from the canvas and from its own slider, the canvas keeping the keys,
// and with a press on the canvas off every edge, here the loss chart (look10: only its
// × closed it). A weight typed beyond the slider's ±5 stays as typed when the editor
// opens, and the editor reads it with the panel's digits.
func closeAsAPopup(t *testing.T, p *page, x, y float64) {
	focused := `(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : ''))(document.activeElement)`
	open := func() {
		p.click(x, y)
		p.waitFor(`!document.getElementById('edge-editor').hidden`)
	}
	for _, on := range []string{"canvas", "input#edge-range"} {
		open()
		if on != "canvas" {
			p.do(chromedp.Focus(chromedp.CSS("#edge-range")))
		}
		if got := p.eval(focused); got != on {
			t.Fatalf("the keys are on %s, not %s", got, on)
		}
		p.do(chromedp.KeyEvent(kb.Escape))
		p.waitFor(`document.getElementById('edge-editor').hidden`)
		if got := p.eval(focused); got != "canvas" {
			t.Errorf("Escape on %s closed the editor and left the keys on %s", on, got)
		}
	}
	open()
	c := p.layout().Chart
	p.click(c[0]+c[2]/2, c[1]+c[3]/2)
	p.waitFor(`document.getElementById('edge-editor').hidden`)
	v := p.ctl().Version
	p.typeInto("w-0-1-0-num", "-7.25")
	if got := p.waitCtl(v).net(t).Layers[0].Linear.Weight[1][0]; got != -7.25 {
		t.Errorf("the weight typed as -7.25 is %v", got)
	}
	open()
	s := p.ctl()
	shown := p.eval(`(r => r.min + ' ' + r.max + ' ' + r.value + ' ' +
		document.getElementById('edge-value').textContent)(document.getElementById('edge-range'))`)
	if got := s.net(t).Layers[0].Linear.Weight[1][0]; got != -7.25 ||
		!strings.HasSuffix(strings.ReplaceAll(shown, "−", "-"), " -7.25 -7.25") {
		t.Errorf("the editor opened on a weight of -7.25 shows %q, and the weight is %v",
			shown, got)
	}
	p.clickOn("#edge-close")
	p.waitFor(`document.getElementById('edge-editor').hidden`)
	p.typeInto("w-0-1-0-num", "1.25")
}

// layersAndUnits adds and removes units and layers with the canvas's + and − and the
// panel's menus, up to the limits, which are refused.
func layersAndUnits(t *testing.T, p *page) {
	before := p.ctl()
	s := p.pressButton("unit+1")
	if !slices.Equal(s.Sizes, []int{2, 5, 2, 1}) {
		t.Fatalf("unit+1: %v", s.Sizes)
	}
	keeps(t, "unit+1", before.net(t), s.net(t), 0, upTo(4, 4), upTo(2, 2))
	keeps(t, "unit+1", before.net(t), s.net(t), 1, upTo(2, 2), upTo(4, 4))

	before = s
	s = p.pressButton("unit-2")
	if !slices.Equal(s.Sizes, []int{2, 5, 1, 1}) {
		t.Fatalf("unit-2: %v", s.Sizes)
	}
	keeps(t, "unit-2", before.net(t), s.net(t), 1, upTo(1, 2), upTo(5, 5))
	keeps(t, "unit-2", before.net(t), s.net(t), 2, upTo(1, 1), upTo(1, 2))

	before = s
	s = p.pressButton("layer+")
	if !slices.Equal(s.Sizes, []int{2, 5, 1, 2, 1}) {
		t.Fatalf("layer+: %v", s.Sizes)
	}
	keeps(t, "layer+", before.net(t), s.net(t), 0, upTo(5, 5), upTo(2, 2))
	keeps(t, "layer+", before.net(t), s.net(t), 1, upTo(1, 1), upTo(5, 5))
	s = p.pressButton("layer-")
	if !slices.Equal(s.Sizes, []int{2, 5, 1, 1}) {
		t.Fatalf("layer-: %v", s.Sizes)
	}

	// The panel's menus, to the limits; the canvas's + past them is refused.
	p.choose("hidden-layers", "8")
	s = p.waitCtl(s.Version)
	if len(s.Sizes) != 10 {
		t.Fatalf("8 hidden layers from the panel: %v", s.Sizes)
	}
	if got := p.pressRefused("layer+"); !strings.Contains(got, "at most 8 hidden layers") {
		t.Errorf("a ninth hidden layer: the page says %q", got)
	}
	p.choose("hidden-layers", "2")
	s = p.waitCtl(s.Version)
	p.choose("units-0", "8")
	s = p.waitCtl(s.Version)
	if !slices.Equal(s.Sizes, []int{2, 8, 1, 1}) {
		t.Fatalf("8 units from the panel: %v", s.Sizes)
	}
	if got := p.pressRefused("unit+1"); !strings.Contains(got, "at most 8 units") {
		t.Errorf("a ninth unit: the page says %q", got)
	}
	if got := p.pressRefused("unit-2"); !strings.Contains(got, "at least one unit") {
		t.Errorf("removing a layer's last unit: the page says %q", got)
	}
	if after := p.ctl(); string(after.Model) != string(s.Model) {
		t.Error("the refused clicks changed the network")
	}
	p.choose("units-0", "4")
	s = p.waitCtl(s.Version)
	p.choose("units-1", "2")
	s = p.waitCtl(s.Version)
	if !slices.Equal(s.Sizes, []int{2, 4, 2, 1}) {
		t.Fatalf("back to 4 and 2 units: %v", s.Sizes)
	}
}

// features feeds x1² with its chip on the canvas, stops feeding x1 with a click on its
// input unit, and feeds sin x2 from the panel's checkbox.
func features(t *testing.T, p *page) {
	before := p.ctl()
	s := p.pressButton("chip x1²")
	if !slices.Equal(s.Features, []string{"x1", "x2", "x1²"}) || s.Sizes[0] != 3 {
		t.Fatalf("the x1² chip: %v %v", s.Features, s.Sizes)
	}
	keeps(t, "chip x1²", before.net(t), s.net(t), 0, upTo(4, 4), []int{0, 1})
	if p.eval(`String(document.getElementById('feature-x1sq').checked)`) != "true" {
		t.Error("the panel's x1² checkbox does not follow the chip")
	}

	before = s
	p.click(center(s.Units[0][0]))
	s = p.waitCtl(s.Version)
	if !slices.Equal(s.Features, []string{"x2", "x1²"}) {
		t.Fatalf("a click on x1's unit: %v", s.Features)
	}
	keeps(t, "x1 off", before.net(t), s.net(t), 0, upTo(4, 4), []int{-1, 0, 1})

	before = s
	p.tick("#feature-sinx2")
	s = p.waitCtl(s.Version)
	if !slices.Equal(s.Features, []string{"x2", "x1²", "sin x2"}) {
		t.Fatalf("the panel's sin x2: %v", s.Features)
	}
	keeps(t, "sin x2", before.net(t), s.net(t), 0, upTo(4, 4), []int{0, 1})
	p.tick("#feature-x1")
	s = p.waitCtl(s.Version)
	p.tick("#feature-x1sq")
	s = p.waitCtl(s.Version)
	p.tick("#feature-sinx2")
	s = p.waitCtl(s.Version)
	if !slices.Equal(s.Features, []string{"x1", "x2"}) {
		t.Fatalf("back to x1 and x2 from the panel: %v", s.Features)
	}
	p.tick("#feature-x2")
	s = p.waitCtl(s.Version)
	p.eval(`document.getElementById('status').textContent = ''`)
	p.click(center(s.Units[0][0]))
	if got := p.statusText(); !strings.Contains(got, "at least one input feature") {
		t.Errorf("removing the last input: the page says %q", got)
	}
	if after := p.ctl(); !slices.Equal(after.Features, []string{"x1"}) {
		t.Errorf("the last input removed: %v", after.Features)
	}
	p.tick("#feature-x2")
	p.waitCtl(s.Version)
	// The learner's next action worked: the refusal goes.
	if got := p.eval(`document.getElementById('status').textContent`); got != "" {
		t.Errorf("after a feature switched on, the status line still says %q", got)
	}
}

// trainingRule sets the regularization (the PyTorch export trains with it), the
// problem type (the data set menu and the output's scale follow) and the toggles (the
// plane changes).
func trainingRule(t *testing.T, p *page) {
	s := p.ctl()
	p.choose("reg", "l1")
	p.choose("reg-rate", "0.01")
	s = p.waitCtl(s.Version)
	var py string
	p.call("export", "pytorch", &py)
	if s.Reg != "l1" || s.RegRate != 0.01 || !strings.Contains(py, "L1 = 0.01") {
		t.Errorf("L1 0.01: the page has %s %v", s.Reg, s.RegRate)
	}
	p.choose("reg", "none")
	s = p.waitCtl(s.Version)

	// The data set menu holds each problem's data sets under its name; regression
	// shows the output's value scale, and a data set of the other problem switches back.
	groups := `[...document.querySelectorAll('#dataset optgroup')].map(g => g.label + ': ' +
		[...g.children].map(o => o.value).join(',')).join('; ')`
	if got := p.eval(groups); got != "classification: circle,xor,gauss,spiral; "+
		"regression: plane,multi_gauss" {
		t.Errorf("the data set menu: %s", got)
	}
	p.choose("problem", "regression")
	s = p.waitCtl(s.Version)
	if s.Problem != "regression" || s.Dataset != "plane" || !hasLabel(s, "value -1") ||
		p.eval(`document.getElementById('dataset').value`) != "plane" {
		t.Errorf("regression: %s, data set %s, value scale %v", s.Problem, s.Dataset,
			hasLabel(s, "value -1"))
	}
	p.choose("dataset", "circle")
	s = p.waitCtl(s.Version)
	if s.Problem != "classification" || s.Dataset != "circle" || hasLabel(s, "value -1") ||
		p.eval(`document.getElementById('problem').value`) != "classification" {
		t.Errorf("circle chosen in regression: %s, data set %s", s.Problem, s.Dataset)
	}

	plain := p.screenshot("controls-plane-plain")
	p.tick("#discretize")
	s = p.waitCtl(s.Version)
	discrete := p.screenshot("controls-plane-discretized")
	if !s.Discretize || differing(plain, discrete, s.Plane) < 500 {
		t.Errorf("Discretize output: %v, %d pixels changed", s.Discretize,
			differing(plain, discrete, s.Plane))
	}
	p.tick("#show-test")
	s = p.waitCtl(s.Version)
	p.ctl()
	tested := p.screenshot("controls-plane-test-data")
	if !s.ShowTest || differing(discrete, tested, s.Plane) < 100 {
		t.Errorf("Show test data: %v, %d pixels changed", s.ShowTest,
			differing(discrete, tested, s.Plane))
	}
	p.tick("#discretize")
	p.tick("#show-test")
	p.waitFor(`window.nnplay.call('state').then(s => !JSON.parse(s).discretize &&
		!JSON.parse(s).show_test)`)
}

func hasLabel(s ctl, prefix string) bool {
	for _, l := range s.Labels {
		if strings.HasPrefix(l.Text, prefix) {
			return true
		}
	}
	return false
}

// controlShots leaves screenshots of the new controls (the canvas's buttons and chips,
// an edge picked with its editor, the value scale of a regression, the panel's share
// section) on a laptop and a phone in both languages, and checks that the canvas's
// texts keep clear of each other and of the buttons, and that the editor and the panel
// do not cover each other. In Korean a refusal is Korean.
func controlShots(t *testing.T, p *page) {
	defer p.call("lang", "en", nil)
	for _, lang := range []string{"en", "ko"} {
		p.call("lang", lang, nil)
		for _, win := range [][2]int{{1280, 800}, {390, 844}} {
			name := fmt.Sprintf("controls-%s-%dx%d", lang, win[0], win[1])
			p.resize(win[0], win[1], 1)
			s := p.ctl()
			p.call("select", []int{1, 0}, nil)
			if s.Tab != "" && s.Tab != "network" {
				p.t.Fatalf("%s: the canvas shows %s", name, s.Tab)
			}
			// Pick the edge from x2 to the first unit.
			from, to := s.Units[0][1], s.Units[1][0]
			x0, y0 := from[0]+from[2], from[1]+from[3]/2
			x1, y1 := to[0], to[1]+to[3]/2
			p.click(x0+(x1-x0)*0.3, y0+(y1-y0)*0.3)
			s = p.waitCtl(s.Version)
			if !slices.Equal(s.Edge, []int{0, 0, 1}) {
				t.Fatalf("%s: the click picked %v", name, s.Edge)
			}
			p.waitFor(`!document.getElementById('edge-editor').hidden`)
			p.screenshot(name + "-edge")
			checkControls(t, name, p, s)
			p.clickOn("#edge-close")

			p.choose("problem", "regression")
			s = p.waitCtl(s.Version)
			if s.Tab != "" {
				p.clickOn(`body`) // focus
				p.click(center(tabBox(t, p, "plane")))
				p.waitFor(`window.nnplay.call('state').then(s => JSON.parse(s).tab === 'plane')`)
				s = p.ctl()
			}
			p.screenshot(name + "-regression")
			checkControls(t, name+" regression", p, s)
			if !hasLabel(s, map[string]string{"en": "value -1", "ko": "값 -1"}[lang]) {
				t.Errorf("%s: no value scale", name)
			}
			p.choose("problem", "classification")
			s = p.waitCtl(s.Version)
			if s.Tab != "" {
				p.click(center(tabBox(t, p, "network")))
				p.waitFor(`window.nnplay.call('state').then(s => JSON.parse(s).tab === 'network')`)
			}
			p.eval(`document.getElementById('share-section').scrollIntoView({block: 'center'})`)
			p.screenshot(name + "-panel")
			checkPanelControls(t, name, p)
		}
		p.resize(1280, 800, 1)
		p.choose("hidden-layers", "8")
		refused := p.pressRefused("layer+")
		want := map[string]string{"en": "at most 8 hidden layers", "ko": "은닉층은 8개까지"}[lang]
		if !strings.Contains(refused, want) {
			t.Errorf("%s: a ninth layer is refused with %q", lang, refused)
		}
		p.screenshot("controls-" + lang + "-1280x800-eight-layers")
		checkControls(t, lang+" eight layers", p, p.ctl())
		p.choose("hidden-layers", "2")
	}
}

// tabBox returns the box of the phone's canvas tab of view pane.
func tabBox(t *testing.T, p *page, pane string) []float64 {
	t.Helper()
	var s struct {
		Tabs []struct {
			Box []float64 `json:"box"`
		} `json:"tabs"`
	}
	p.call("state", nil, &s)
	i := map[string]int{"network": 0, "plane": 1, "activation": 2, "chart": 3}[pane]
	if i >= len(s.Tabs) {
		t.Fatalf("no tab %s: %+v", pane, s.Tabs)
	}
	return s.Tabs[i].Box
}

// checkControls reports canvas texts that overlap each other or a button they do not
// belong to, buttons that leave the canvas area or sit under the panel, and an edge
// editor under the panel.
func checkControls(t *testing.T, where string, p *page, s ctl) {
	t.Helper()
	a := s.Area
	for i, l := range s.Labels {
		for _, o := range s.Labels[i+1:] {
			if boxesClash(l.Box, o.Box) {
				t.Errorf("%s: %q and %q overlap", where, l.Text, o.Text)
			}
		}
		for _, b := range s.Buttons {
			// A chip's own word is inside it.
			if boxesClash(l.Box, b.Box) && !strings.Contains(b.Name, "chip") {
				t.Errorf("%s: %q covers the button %s", where, l.Text, b.Name)
			}
		}
	}
	for _, b := range s.Buttons {
		r := b.Box
		if r[0] < a[0] || r[1] < a[1] || r[0]+r[2] > a[0]+a[2]+0.01 || r[1]+r[3] > a[1]+a[3]+0.01 {
			t.Errorf("%s: the button %s at %v leaves the canvas area %v", where, b.Name, r, a)
		}
	}
	if p.eval(`String(document.getElementById('edge-editor').hidden)`) == "false" {
		var ed, panel []float64
		json.Unmarshal([]byte(p.eval(`(r => JSON.stringify([r.left, r.top, r.width, r.height]))(`+
			`document.getElementById('edge-editor').getBoundingClientRect())`)), &ed)
		json.Unmarshal([]byte(p.eval(`(r => JSON.stringify([r.left, r.top, r.width, r.height]))(`+
			`document.getElementById('panel').getBoundingClientRect())`)), &panel)
		if boxesClash(ed, panel) || ed[0] < a[0] || ed[1] < a[1] || ed[0]+ed[2] > a[0]+a[2]+0.5 ||
			ed[1]+ed[3] > a[1]+a[3]+0.5 {
			t.Errorf("%s: the edge editor at %v leaves the canvas area %v (panel %v)", where, ed,
				a, panel)
		}
	}
}

// checkPanelControls reports a control of the panel's Playground rows and share
// section that is cut by the panel's edge or overlaps another.
func checkPanelControls(t *testing.T, where string, p *page) {
	t.Helper()
	bad := p.eval(`(() => {
		const panel = document.getElementById('panel').getBoundingClientRect();
		const ids = ['reg', 'reg-rate', 'problem', 'discretize', 'show-test', 'hidden-layers',
			'feature-x1', 'feature-sinx2', 'share-weights', 'copy-link', 'save-model',
			'load-model', 'export-pytorch', 'load-data'];
		const boxes = ids.map(id => {
			const el = document.getElementById(id);
			const box = el.type === 'checkbox' || el.type === 'file' ? el.parentElement : el;
			return [id, box.getBoundingClientRect()];
		});
		const out = [];
		for (const [id, r] of boxes) {
			if (r.width === 0 || r.left < panel.left - 0.5 || r.right > panel.right + 0.5)
				out.push(id + ' is cut: ' + JSON.stringify(r));
		}
		for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
			const [a, r] = boxes[i], [b, q] = boxes[j];
			if (r.left + 0.5 < q.right && q.left + 0.5 < r.right && r.top + 0.5 < q.bottom &&
				q.top + 0.5 < r.bottom) out.push(a + ' overlaps ' + b);
		}
		return out.join('; ');
	})()`)
	if bad != "" {
		t.Errorf("%s: %s", where, bad)
	}
}
