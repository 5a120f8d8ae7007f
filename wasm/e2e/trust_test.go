package e2e

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// The browser side of issue 9: what a learner sees can be trusted.

// label is a text the canvas draws, as the state API reports it: its box in CSS pixels.
type label struct {
	Text string    `json:"text"`
	Box  []float64 `json:"box"`
}

// layoutState is the part of the state API's answer about where texts and views are.
type layoutState struct {
	Version int           `json:"version"`
	Area    []float64     `json:"area"`
	Units   [][][]float64 `json:"units"`
	Labels  []label       `json:"labels"`
	Tab     string        `json:"tab"`
	Tabs    []label       `json:"tabs"`
	Chart   []float64     `json:"chart"`
	Plane   []float64     `json:"plane"`
	ActView []float64     `json:"act_view"`
	Step    struct {
		Done    string `json:"done"`
		Playing bool   `json:"playing"`
	} `json:"step"`
	Meters []struct {
		Dead []bool `json:"dead"`
	} `json:"meters"`
}

func (p *page) layout() layoutState { return stateAs[layoutState](p) }

// waitLayout waits until the model's version passes v and a frame shows it.
func (p *page) waitLayout(v int) layoutState {
	p.t.Helper()
	p.waitPast(v)
	return p.layout()
}

func boxesClash(a, b []float64) bool {
	const hair = 0.01
	return a[0]+hair < b[0]+b[2] && b[0]+hair < a[0]+a[2] && a[1]+hair < b[1]+b[3] &&
		b[1]+hair < a[1]+a[3]
}

// checkLabels reports texts that the page says overlap, leave the canvas area or cover
// a unit they do not belong to (whose picture does not hold their centre).
func checkLabels(t *testing.T, where string, s layoutState) {
	t.Helper()
	if len(s.Labels) < 10 {
		t.Errorf("%s: the page reports %d texts", where, len(s.Labels))
		return
	}
	a := s.Area
	for i, l := range s.Labels {
		b := l.Box
		if b[0] < a[0]-0.01 || b[1] < a[1]-0.01 || b[0]+b[2] > a[0]+a[2]+0.01 ||
			b[1]+b[3] > a[1]+a[3]+0.01 {
			t.Errorf("%s: %q at %v leaves the canvas area %v", where, l.Text, b, a)
		}
		for _, o := range s.Labels[i+1:] {
			if boxesClash(b, o.Box) {
				t.Errorf("%s: %q and %q overlap", where, l.Text, o.Text)
			}
		}
		cx, cy := b[0]+b[2]/2, b[1]+b[3]/2
		for lv, level := range s.Units {
			for i, u := range level {
				mine := cx >= u[0] && cx < u[0]+u[2] && cy >= u[1] && cy < u[1]+u[3]
				if boxesClash(b, u) && !mine {
					t.Errorf("%s: %q covers unit %d/%d", where, l.Text, lv, i)
				}
			}
		}
	}
}

// stepPhases leaves a screenshot of every preset after each phase of a Step in
// test-artifacts/, in a window of issue 9 (w x h CSS pixels at a device scale; each
// window's test, TestStepPhases..., has a page of its own), and checks that no unit is
// blank and that the texts the page reports, at rest too, keep the rules the native
// test checks (wasm/play's TestLabelsNeverOverlap). On the phone it then taps through
// the canvas's tabs and saves the canvas (phoneReachesEveryView, saveCanvasSavesWhatIsSeen).
// Step's phases play out at once. At device scale 2 the freshly loaded page is first
// checked as highDensity checks it, then reset.
func stepPhases(t *testing.T, w, h int, scale float64) {
	name := fmt.Sprintf("%dx%d@%g", w, h, scale)
	p := scaledOrPooled(t, w, h, scale)
	if scale == 2 { // a fresh load at scale 2, as highDensity checks it; then reset
		highDensity(t, p)
		if err := p.reset(); err != nil {
			t.Fatalf("resetting the page after highDensity: %v", err)
		}
	}
	p.resize(w, h, scale)
	for preset := 0; preset < 4; preset++ {
		s := p.layout()
		p.choose("preset", fmt.Sprint(preset))
		s = p.waitLayout(s.Version)
		for _, phase := range []string{"rest", "forward", "loss", "backward", "update"} {
			if phase != "rest" {
				p.call("step", map[string]bool{"instant": true}, nil)
				s = p.waitLayout(s.Version)
				if s.Step.Done != phase || s.Step.Playing {
					t.Fatalf("%s, preset %d: Step shows %q (playing %v), want %s done",
						name, preset, s.Step.Done, s.Step.Playing, phase)
				}
			}
			where := fmt.Sprintf("%s, preset %d, %s", name, preset, phase)
			checkLabels(t, where, s)
			if phase != "rest" { // the screenshots are of the phases
				img := p.screenshot(fmt.Sprintf("labels-%s-preset%d-%s", name, preset, phase))
				checkUnitsDrawn(t, where, img, s, scale)
			}
		}
	}
	if w == 390 {
		phoneReachesEveryView(t, p)
		saveCanvasSavesWhatIsSeen(t, p, "phone")
	}
	p.noProblems()
}

// resize makes the page's window w x h CSS pixels at a device scale and waits until the
// page has laid itself out for it: its canvas area ends where the panel starts.
func (p *page) resize(w, h int, scale float64) {
	p.t.Helper()
	p.do(chromedp.EmulateViewport(int64(w), int64(h), chromedp.EmulateScale(scale)))
	p.waitFor(fmt.Sprintf(`(() => {
		const r = document.getElementById('panel').getBoundingClientRect();
		const right = r.left > innerWidth / 3 ? r.left : innerWidth;
		const bottom = r.top > innerHeight / 3 ? r.top : innerHeight;
		return window.nnplay.call('state').then(s => { const a = JSON.parse(s).area;
			return innerWidth === %d && devicePixelRatio === %g &&
				Math.abs(a[0] + a[2] - right) < 1 && Math.abs(a[1] + a[3] - bottom) < 1 })
	})()`, w, scale))
}

// checkUnitsDrawn reports a unit whose picture is blank: white or background. (A dead
// unit is greyed out on purpose.)
func checkUnitsDrawn(t *testing.T, where string, img image.Image, s layoutState, scale float64) {
	t.Helper()
	for lv, level := range s.Units {
		for i, r := range level {
			if lv > 0 && s.Meters[lv-1].Dead[i] {
				continue
			}
			inner := []float64{scale * (r[0] + 3), scale * (r[1] + 3), scale * (r[2] - 6),
				scale * (r[3] - 6)}
			if inner[2] < 4 || inner[3] < 4 {
				continue
			}
			if ink := inkIn(img, inner); ink < int(inner[2]*inner[3]*0.3) {
				t.Errorf("%s: unit %d/%d is blank (%d drawn pixels)", where, lv, i, ink)
			}
		}
	}
}

// phoneReachesEveryView taps each of the canvas's tabs on a page at 390 x 844 CSS
// pixels, where the canvas shows one view at a time: each shows its view, drawn, the
// loss chart among them, and the texts keep the rules. It leaves the network shown. (A
// phone used to have no loss chart at all.)
func phoneReachesEveryView(t *testing.T, p *page) {
	t.Helper()
	s := p.layout()
	if len(s.Tabs) != 4 {
		t.Fatalf("the phone's canvas has %d tabs, want 4 (network, plane, activation, loss)",
			len(s.Tabs))
	}
	// Train a little, so the loss chart has a curve.
	p.eval(`document.getElementById('play').click()`)
	p.waitFor(`window.nnplay.call('state').then(s => JSON.parse(s).epoch >= 3)`)
	p.eval(`document.getElementById('play').click()`)
	for _, tab := range s.Tabs {
		x, y := center(tab.Box)
		s = p.layout()
		p.click(x, y)
		s = p.waitLayout(s.Version)
		img := p.screenshot("phone-tab-" + strings.ReplaceAll(tab.Text, "(", ""))
		var view []float64
		switch s.Tab {
		case "network": // from the first input to the output
			first, out := s.Units[0][0], s.Units[len(s.Units)-1][0]
			view = []float64{first[0], first[1], out[0] + out[2] - first[0], first[3]}
		case "plane":
			view = s.Plane
		case "activation":
			view = s.ActView
		case "chart":
			view = s.Chart
		}
		if len(view) != 4 || view[2] < 100 {
			t.Errorf("tab %q shows %q, whose view is %v", tab.Text, s.Tab, view)
			continue
		}
		if ink := inkIn(img, view); ink < 400 {
			t.Errorf("tab %q: its view %v has %d drawn pixels", tab.Text, view, ink)
		}
		checkLabels(t, "phone, tab "+tab.Text, s)
	}
	if s.Tab != "chart" || len(s.Chart) != 4 || s.Chart[2] < 300 {
		t.Errorf("the last tab shows %q with the chart at %v", s.Tab, s.Chart)
	}
	x, y := center(s.Tabs[0].Box)
	p.click(x, y)
	p.waitLayout(s.Version)
}

// saveCanvasSavesWhatIsSeen saves the canvas: the PNG is the canvas area the learner
// sees, not the strip under the panel, and its edges hold drawing. (TestExports saves it
// at 1280 x 800.)
func saveCanvasSavesWhatIsSeen(t *testing.T, p *page, name string) {
	t.Helper()
	s := p.layout()
	p.eval(`document.getElementById('save-canvas').click()`)
	saved := p.waitDownload("nnplay-canvas.png")
	os.WriteFile(filepath.Join(artifacts, "saved-canvas-"+name+".png"), saved, 0o644)
	img, err := png.Decode(bytes.NewReader(saved))
	if err != nil {
		t.Fatal(err)
	}
	a := s.Area
	if b := img.Bounds(); b.Dx() != int(a[2]+0.5) || b.Dy() != int(a[3]+0.5) {
		t.Errorf("%s: the saved canvas is %v, want the area %v x %v", name, b, a[2], a[3])
	}
	b := img.Bounds()
	for _, edge := range [][]float64{
		{float64(b.Dx()) * 0.75, 0, float64(b.Dx()) * 0.25, float64(b.Dy())}, // right
		{0, float64(b.Dy()) * 0.75, float64(b.Dx()), float64(b.Dy()) * 0.25}, // bottom
	} {
		if ink := inkIn(img, edge); ink < 500 {
			t.Errorf("%s: the saved canvas's edge %v has %d drawn pixels", name, edge, ink)
		}
	}
}

// TestAPIRejectsBadArguments calls the test API with missing and wrong arguments: each
// call settles, rejected with a message; the page stays whole: good calls work, the
// status line holds no internal error, and training and drawing go on. (A select
// without arguments panicked inside Update: the promise never settled and the page
// said "internal error … Reload the page" for good.)
func TestAPIRejectsBadArguments(t *testing.T) {
	t.Parallel()
	p := reused(t, 1280, 800)
	// A call that never settles is named before eval's own guard against a hang fires.
	never := fmt.Sprintf(`new Promise((_, no) => setTimeout(() => no('no answer in %v'), %d))`,
		hang/2, (hang / 2).Milliseconds())
	settle := func(call string) string {
		return p.eval(`Promise.race([` + call + `, ` + never + `]).then(` +
			`v => 'resolved: ' + v, e => 'rejected: ' + e)`)
	}
	for _, call := range []string{
		`nnplay.call('select')`,
		`nnplay.call('select', 'x')`,
		`nnplay.call('select', [1])`,
		`nnplay.call('select', [1.5, 0])`,
		`nnplay.call('select', [99, 0])`,
		`nnplay.call('select', [0, 0])`,
		`nnplay.call('select', {level: 1})`,
		`nnplay.call('select', [1, 'a'])`,
		`nnplay.call('state', 5)`,
		`nnplay.call('step', {instant: 'yes'})`,
		`nnplay.call('nope')`,
		`nnplay.call()`,
		`nnplay.call(5)`,
	} {
		got := settle(call)
		if !strings.HasPrefix(got, "rejected: ") || len(got) < len("rejected: ")+10 ||
			strings.Contains(got, "no answer") {
			t.Errorf("%s: %s", call, got)
		}
	}
	if got := settle(`nnplay.call('select', [2, 1])`); !strings.HasPrefix(got, "resolved") {
		t.Errorf("a good select: %s", got)
	}
	var st trainState
	p.call("state", nil, &st)
	if st.Selected[0] != 2 || st.Selected[1] != 1 {
		t.Errorf("selected %v after a good select", st.Selected)
	}
	p.eval(`document.getElementById('play').click()`)
	p.waitFor(`window.nnplay.call('state').then(s => JSON.parse(s).epoch >= 5)`)
	frames := st.Frames
	p.call("state", nil, &st)
	if st.Frames <= frames {
		t.Error("the page stopped drawing")
	}
	if status := p.eval(`document.getElementById('status').textContent`); strings.Contains(
		status, "internal error") {
		t.Errorf("the status line says %q", status)
	}
	p.noProblems()
}
