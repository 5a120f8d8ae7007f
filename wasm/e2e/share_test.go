package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image/color"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"

	"nnplay/core"
	"nnplay/plots/palette"
)

// tab opens url in a new tab of p's browser, a fresh page with nothing of p's but the
// browser's storage, and waits for its first frame.
func (p *page) tab(url string) *page {
	p.t.Helper()
	ctx, cancel := chromedp.NewContext(p.ctx)
	p.t.Cleanup(cancel)
	q := &page{t: p.t, ctx: ctx, dl: p.dl, url: url}
	if err := chromedp.Listen(ctx, func(ev any) {}); err != nil {
		p.t.Fatalf("a new tab: %v", err)
	}
	q.listen()
	q.do(chromedp.EmulateViewport(1280, 800), chromedp.Navigate(url))
	q.waitFor(`document.body.classList.contains('ready')`)
	return q
}

// chartStarts checks that the loss chart of a page opened at epoch 0 shows where its
// network stands: the first point of the curve, the train loss in palette.Function and
// the test loss in palette.Derivative, near the top of the plot, which fits the losses,
// and above the chart's legend. (A link opened with an empty chart: a line of one point
// draws nothing.)
func chartStarts(t *testing.T, p *page) {
	t.Helper()
	r := p.layout().Chart
	if len(r) != 4 {
		t.Fatalf("no loss chart: %v", r)
	}
	img := p.screenshot("link-opens-chart")
	count := func(c color.NRGBA) int {
		n := 0
		for y := int(r[1] + 20); y < int(r[1]+r[3]/2); y++ { // under the title
			for x := int(r[0]); x < int(r[0]+r[2]); x++ {
				cr, cg, cb, _ := img.At(x, y).RGBA()
				d := math.Abs(float64(cr>>8)-float64(c.R)) + math.Abs(float64(cg>>8)-float64(c.G)) +
					math.Abs(float64(cb>>8)-float64(c.B))
				if d < 60 {
					n++
				}
			}
		}
		return n
	}
	if train, test := count(palette.Function), count(palette.Derivative); train < 8 || test < 8 {
		t.Errorf("the loss chart at epoch 0 shows %d pixels of the train loss and %d of the "+
			"test loss, want its first point of each", train, test)
	}
}

// clipboardUse is held by a test that writes the clipboard, and by one that writes and
// reads it back until it has: the browser's clipboard is one for all its tabs, and
// TestCopyLinkFromDiskSaysWhereItOpens, run beside TestShareLinksAndFiles, put its
// file:// link there between the latter's copy and its read (review19).
var clipboardUse sync.Mutex

// clipboard lets the page write the clipboard, and read it for the test, or refuses.
func (p *page) clipboard(setting cdpbrowser.PermissionSetting) {
	p.t.Helper()
	for _, name := range []string{"clipboard-write", "clipboard-read"} {
		_, err := chromedp.CallBrowser(p.ctx, cdpbrowser.SetPermission,
			cdpbrowser.SetPermissionParams{Permission: &cdpbrowser.PermissionDescriptor{Name: name,
				AllowWithoutSanitization: setting == cdpbrowser.PermissionSettingGranted},
				Setting: setting, Origin: server(),
				BrowserContextID: chromedp.FromContext(p.ctx).BrowserContextID})
		if err != nil {
			p.t.Fatalf("%s %s: %v", name, setting, err)
		}
	}
}

// exported returns what the test API's export call answers for kind.
func (p *page) exported(kind string) string {
	p.t.Helper()
	var s string
	p.call("export", kind, &s)
	return s
}

// upload feeds the file input id a file named name holding text, as a learner's pick.
func (p *page) upload(id, name string, text []byte) {
	p.t.Helper()
	path := filepath.Join(p.t.TempDir(), name)
	if err := os.WriteFile(path, text, 0o644); err != nil {
		p.t.Fatal(err)
	}
	p.eval(`document.getElementById('status').textContent = ''`)
	p.do(chromedp.SetUploadFiles(chromedp.ID(id), []string{path}))
}

// drop drops a file named name holding text on the canvas, as a learner's drag from
// the desktop does: a drop event with a DataTransfer.
func (p *page) drop(name, text string) {
	p.t.Helper()
	p.eval(`document.getElementById('status').textContent = ''`)
	p.eval(fmt.Sprintf(`(() => { const dt = new DataTransfer();
		dt.items.add(new File([%q], %q));
		const target = document.querySelector('canvas');
		target.dispatchEvent(new DragEvent('dragover', {dataTransfer: dt, bubbles: true,
			cancelable: true}));
		return target.dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true,
			cancelable: true})) })()`, text, name))
}

// shareLinksAndFiles (TestShareLinksAndFiles) drives sharing and files (issue 11, items 7
// to 10) through the page's own controls: Copy link to the clipboard and, refused, to its box; the
// link opened in a fresh tab restores the page exactly, its weights bit for bit; a
// hostile link is refused field by field in the page's language, as text; Save model
// and Load model by picker and by drop, a bad file and one too large refused with the
// network unchanged; the learner's CSV by picker and by drop, a bad line named; Export
// PyTorch; and the test API's export, which answers what each button gives.
func shareLinksAndFiles(t *testing.T) {
	p := reused(t, 1280, 800)
	exportCall(t, p)
	link := shareLink(t, p)
	copyRefused(t, p, link)
	hostileLink(t, p)
	modelFiles(t, p)
	ownData(t, p)
	pytorchFile(t, p)
	p.noProblems()
}

// exportCall checks the test API's export: each kind, and bad arguments refused.
func exportCall(t *testing.T, p *page) {
	net, err := core.ParseModel([]byte(p.exported("model")))
	if err != nil || !slices.Equal(net.Sizes(), []int{2, 4, 2, 1}) {
		t.Errorf("export model: %v, %v", net, err)
	}
	if py := p.exported("pytorch"); !strings.Contains(py, "nn.Sequential(") {
		t.Errorf("export pytorch: %.200s", py)
	}
	if url := p.exported("url"); !strings.HasPrefix(url, p.url+"#data=circle&") {
		t.Errorf("export url: %s", url)
	}
	for _, args := range []string{`'png'`, `['model']`, `undefined`, `{kind: 'url'}`} {
		got := p.eval(`window.nnplay.call('export', ` + args + `).then(() => 'accepted', e => e)`)
		if !strings.Contains(got, `export takes one of ["pytorch" "model" "url"]`) {
			t.Errorf("export %s: %q", args, got)
		}
	}
}

// shareLink sets the page up through its controls, trains it a step, copies its link
// with the weights and opens it in a fresh tab, which must be the same page. It
// returns the link.
func shareLink(t *testing.T, p *page) string {
	p.clipboard(cdpbrowser.PermissionSettingGranted)
	s := p.ctl()
	p.choose("dataset", "xor")
	p.eval(setJS("noise", "20", "change", "1"))
	p.choose("lr", "0.1")
	p.choose("reg", "l2")
	p.choose("reg-rate", "0.003")
	p.choose("units-0", "5")
	p.choose("act-1", "relu")
	s = p.waitCtl(s.Version)
	p.tick("#feature-sinx1")
	s = p.waitCtl(s.Version)
	p.tick("#discretize")
	s = p.waitCtl(s.Version)
	p.tick("#show-test")
	s = p.waitCtl(s.Version)
	for range 4 { // a whole step: the weights are no longer those the seed draws
		p.call("step", map[string]bool{"instant": true}, nil)
		s = p.waitCtl(s.Version)
	}
	p.tick("#share-weights")
	p.waitFor(`location.hash.includes('&weights=')`)
	p.eval(`document.getElementById('status').textContent = ''`)
	clipboardUse.Lock() // from the copy to reading it back
	unlock := sync.OnceFunc(clipboardUse.Unlock)
	defer unlock()
	p.tick("#copy-link")
	// Served by this computer (httptest's 127.0.0.1), the link opens here only, and it says so.
	if got, want := p.statusText(), "Copied the link to the clipboard. The page's address ("+
		p.eval(`location.origin`)+") is on this computer, so its link opens on this computer "+
		"only: to share it, put the page on a server other computers reach."; got != want {
		t.Errorf("Copy link says %q, want %q", got, want)
	}
	link := p.eval(`navigator.clipboard.readText()`)
	unlock()
	if want := p.exported("url"); link != want || link != p.eval(`location.href`) {
		t.Errorf("the clipboard holds\n%s\nthe export gives\n%s\nthe address is\n%s", link, want,
			p.eval(`location.href`))
	}
	s = p.ctl()
	if !strings.Contains(s.Link, "data=xor&noise=20&") || s.Reg != "l2" || s.RegRate != 0.003 ||
		!slices.Equal(s.Sizes, []int{3, 5, 2, 1}) || !s.Discretize || !s.ShowTest ||
		!strings.Contains(s.Link, "acts=tanh,relu,tanh") || s.LR != 0.1 {
		t.Errorf("the page set up through its controls: %+v", s.Link)
	}

	q := p.tab(link)
	chartStarts(t, q)
	got := q.ctl()
	if string(got.Model) != string(s.Model) || got.Link != s.Link || q.exported("url") != link {
		t.Errorf("the link opened in a fresh tab:\n%s\n%s\nwant\n%s\n%s", got.Link, got.Model,
			s.Link, s.Model)
	}
	if !sameWeights(t, got.net(t), s.net(t)) {
		t.Error("the fresh tab's weights are not the link's, bit for bit")
	}
	var pd, qd points
	p.call("data", nil, &pd)
	q.call("data", nil, &qd)
	if fmt.Sprint(pd) != fmt.Sprint(qd) || got.Problem != s.Problem ||
		!slices.Equal(got.Features, s.Features) || got.Dataset != "xor" {
		t.Error("the fresh tab's data or features are not the link's")
	}
	for id, want := range map[string]string{"reg": "l2", "reg-rate": "0.003", "lr": "0.1",
		"dataset": "xor", "problem": "classification"} {
		if v := q.eval(`document.getElementById('` + id + `').value`); v != want {
			t.Errorf("the fresh tab's menu %s shows %q, want %q", id, v, want)
		}
	}
	if q.eval(`String(document.getElementById('feature-sinx1').checked && `+
		`document.getElementById('discretize').checked && `+
		`document.getElementById('show-test').checked)`) != "true" {
		t.Error("the fresh tab's checkboxes are not the link's")
	}
	q.noProblems()
	return link
}

// points are the training data as the test API's data call gives them.
type points struct{ X, T [][]float64 }

// sameWeights compares every parameter of a and b bit for bit.
func sameWeights(t *testing.T, a, b *core.Sequential) bool {
	t.Helper()
	pa, pb := a.Parameters(), b.Parameters()
	if len(pa) != len(pb) {
		return false
	}
	for i := range pa {
		if len(pa[i].Value) != len(pb[i].Value) {
			return false
		}
		for j, v := range pa[i].Value {
			if math.Float64bits(v) != math.Float64bits(pb[i].Value[j]) {
				return false
			}
		}
	}
	return true
}

// copyRefused: where the browser refuses the clipboard, the link shows in a box under
// Copy link, to copy by hand.
func copyRefused(t *testing.T, p *page, link string) {
	p.clipboard(cdpbrowser.PermissionSettingDenied)
	p.eval(`document.getElementById('status').textContent = ''`)
	p.tick("#copy-link")
	p.waitFor(`!document.getElementById('link-box').hidden`)
	if got := p.eval(`document.getElementById('link-box').value`); got != link {
		t.Errorf("the link's box holds %q, want %q", got, link)
	}
	if got := p.statusText(); !strings.Contains(got, "did not let the page copy") {
		t.Errorf("a refused copy says %q", got)
	}
	p.screenshot("share-copy-refused")
}

// hostileLink opens links full of markup and absurd values: each bad field is refused
// by name in the page's language, shown as text; the good fields apply, the rest keep
// their defaults. A hash changed on an open page applies too.
func hostileLink(t *testing.T, p *page) {
	hash := `#data=<img src=x onerror=window.pwned=1>&lr=<b>3</b>&layers=3,99,9,9,9,9,9,9,9,9` +
		`&batch=5&noise=1e999&loss=<script>window.pwned=2</script>&<i>=1&weights=AAAA` +
		`&features=x2,x1`
	for _, lang := range []string{"en", "ko"} {
		p.eval(`localStorage.setItem('nnplay-lang', '` + lang + `')`)
		q := p.tab(p.url + hash)
		msg := q.statusText()
		for _, want := range []string{"<img src=x onerror=window.pwned=1>", "<b>3</b>", "layers",
			"noise", "<script>window.pwned=2</script>", "<i>", "weights", "features",
			map[string]string{"en": "keep their defaults", "ko": "기본값"}[lang]} {
			if !strings.Contains(msg, want) {
				t.Errorf("%s: the refusal %q does not name %q", lang, msg, want)
			}
		}
		if got := q.eval(`String(document.querySelectorAll('img, b, script:not([src])').length + ` +
			`document.getElementById('status').children.length) + typeof window.pwned`); got !=
			"0undefined" {
			t.Errorf("%s: the link's markup became HTML: %s", lang, got)
		}
		s := q.ctl()
		if s.BatchSize != 5 || s.LR != 0.03 || s.Dataset != "circle" ||
			!slices.Equal(s.Sizes, []int{2, 4, 2, 1}) ||
			!slices.Equal(s.Features, []string{"x1", "x2"}) {
			t.Errorf("%s: the good field and the defaults: %+v", lang, s)
		}
		q.screenshot("share-hostile-link-" + lang)
		// Switched to the other language, the line says the refusal again in it: it went.
		other := map[string]string{"en": "ko", "ko": "en"}[lang]
		q.choose("lang", other)
		q.waitFor(fmt.Sprintf(`document.documentElement.lang === '%s'`, other))
		said := map[string]string{"en": "keep their defaults", "ko": "기본값"}[other]
		if got := q.eval(`document.getElementById('status').textContent`); !strings.Contains(
			got, "<b>3</b>") || !strings.Contains(got, said) {
			t.Errorf("%s: after a switch to %s the line says %q", lang, other, got)
		}
		q.noProblems()
	}
	p.eval(`localStorage.setItem('nnplay-lang', 'en')`)

	v := p.ctl().Version
	p.eval(`location.hash = 'data=gauss&noise=25&layers=3'`)
	s := p.waitCtl(v)
	if s.Dataset != "gauss" || !slices.Equal(s.Sizes, []int{2, 3, 1}) ||
		!strings.Contains(s.Link, "noise=25") {
		t.Errorf("a new hash: %s %v %s", s.Dataset, s.Sizes, s.Link)
	}
}

// modelFiles saves the model, loads another by the picker and a third by a drop, and
// refuses a bad file, naming its field, and a file too large, by its size; the network
// stays as it was after each refusal.
func modelFiles(t *testing.T, p *page) {
	s := p.ctl()
	p.tick("#save-model")
	saved := p.waitDownload("nnplay-model.json")
	if string(saved) != p.exported("model") || !strings.Contains(p.statusText(),
		"Saved nnplay-model.json") {
		t.Errorf("Save model saved\n%s\nthe export gives\n%s", saved, p.exported("model"))
	}
	// Another network: the saved one with a weight changed and a layer more.
	net, err := core.ParseModel(saved)
	if err != nil {
		t.Fatal(err)
	}
	net.Layers[0].Linear.Weight[0][0] = 0.123456789012345
	err = net.InsertLayer(1, 3, core.ReLU{}, true, core.InitPlayground, core.NewRNG(1))
	if err != nil {
		t.Fatal(err)
	}
	net.Layers[0].Linear.Weight[0][1] = 100 // beyond the sliders' ±5: files hold ±1000
	var b bytes.Buffer
	core.WriteModel(&b, net)
	// A value typed and refused before the file comes must not stay over the file's.
	box := `document.getElementById('w-0-0-1-num')`
	p.call("select", []int{1, 0}, nil)
	p.waitFor(box + ` !== null`)
	p.typeInto("w-0-0-1-num", "2000")
	p.waitFor(`document.getElementById('w-0-0-1-msg').textContent !== ''`)
	p.upload("load-model", "mine.json", b.Bytes())
	if got := p.statusText(); !strings.HasPrefix(got, "Loaded the model mine.json: 2-3-3-1") {
		t.Errorf("loading mine.json says %q", got)
	}
	s = p.ctl()
	var compact bytes.Buffer
	json.Compact(&compact, b.Bytes())
	if string(s.Model) != compact.String() || !sameWeights(t, s.net(t), net) {
		t.Errorf("the page's model after Load model:\n%s\nthe file:\n%s", s.Model, b.String())
	}
	p.call("select", []int{1, 0}, nil)
	for end := time.Now().Add(hang); time.Now().Before(end) &&
		p.eval(box+`?.value`) != "100"; {
		time.Sleep(50 * time.Millisecond)
	}
	shown := `[document.getElementById('w-0-0-1-range').max,
		document.getElementById('w-0-0-1-range').value,
		document.getElementById('w-0-0-1-msg').textContent, ` + box + `.value].join(' ')`
	if got := p.eval(shown); got != "100 100  100" {
		t.Errorf("the loaded weight 100: slider max, value and message %q", got)
	}
	p.typeInto("w-0-0-1-num", "-250")
	s = p.waitCtl(s.Version)
	if w := s.net(t).Layers[0].Linear.Weight[0][1]; w != -250 {
		t.Errorf("typing -250 into the weight's box: it is %v", w)
	}

	for _, bad := range []struct{ name, text, says string }{
		{"old.json", `{"format": "nnplay/0", "modules": []}`, `field "format" must be "nnplay/1"`},
		{"extra.json", strings.Replace(b.String(), `"modules"`, `"<i>x</i>": 1, "modules"`, 1),
			`"<i>x</i>"`},
		{"net.json", strings.Replace(b.String(), `"weight"`, `"wieght"`, 1), "wieght"},
		{"big.json", `{"format": "nnplay/1", "pad": "` + strings.Repeat("x", 1<<20) + `"}`,
			"the file is 1.0 MB, and the page reads files of this kind up to 1.0 MB"},
	} {
		p.upload("load-model", bad.name, []byte(bad.text))
		if got := p.statusText(); !strings.HasPrefix(got, bad.name+": ") ||
			!strings.Contains(got, bad.says) {
			t.Errorf("%s: the page says %q, want %q", bad.name, got, bad.says)
		}
		if got := p.ctl(); string(got.Model) != string(s.Model) {
			t.Errorf("%s refused changed the network", bad.name)
		}
	}
	if p.eval(`String(document.getElementById('status').children.length)`) != "0" {
		t.Error("a file's field became HTML")
	}

	p.drop("dropped.json", string(saved))
	if got := p.statusText(); !strings.HasPrefix(got, "Loaded the model dropped.json: 2-3-1") {
		t.Errorf("the dropped model says %q", got)
	}
	compact.Reset()
	json.Compact(&compact, saved)
	if got := p.ctl(); string(got.Model) != compact.String() {
		t.Errorf("the dropped model is not the page's:\n%s", got.Model)
	}
}

// ownData loads a CSV of classes by the picker and one of values by a drop (the data
// set menu shows each, the problem follows), and refuses a bad line, naming it.
func ownData(t *testing.T, p *page) {
	var classes, values strings.Builder
	classes.WriteString("x1,x2,label\n")
	for i := range 40 {
		a := float64(i) * 0.7
		x1, x2 := 4*math.Cos(a), 4*math.Sin(a)*float64(i%3)/2
		label := 1
		if i%2 == 1 {
			label = -1
		}
		fmt.Fprintf(&classes, "%.3f,%.3f,%d\n", x1, x2, label)
		fmt.Fprintf(&values, "%.3f,%.3f,%.3f\n", x1, x2, math.Sin(a))
	}
	p.upload("load-data", "classes.csv", []byte(classes.String()))
	if got := p.statusText(); !strings.HasPrefix(got, "Loaded classes.csv: 40 points") {
		t.Errorf("loading classes.csv says %q", got)
	}
	s := p.ctl()
	option := `(d => d.value + ' ' + d.selectedOptions[0].textContent)(` +
		`document.getElementById('dataset'))`
	if got := p.eval(option); got != "own classes.csv (40 points)" ||
		s.Problem != "classification" {
		t.Errorf("the data set menu shows %q, the problem is %s", got, s.Problem)
	}
	var d points
	p.call("data", nil, &d)
	if len(d.T) != 20 {
		t.Errorf("40 points, half for training: %d", len(d.T))
	}

	p.drop("values.csv", values.String())
	if got := p.statusText(); !strings.HasPrefix(got, "Loaded values.csv: 40 points") {
		t.Errorf("dropping values.csv says %q", got)
	}
	s = p.ctl()
	if got := p.eval(option); got != "own values.csv (40 points)" || s.Problem != "regression" {
		t.Errorf("the data set menu shows %q, the problem is %s", got, s.Problem)
	}
	p.call("data", nil, &d)
	bad := "x1,x2,label\n1,2,1\n1,<b>abc</b>,1\n"
	p.upload("load-data", "bad.csv", []byte(bad))
	if got := p.statusText(); !strings.Contains(got, "bad.csv") ||
		!strings.Contains(got, "line 3") ||
		!strings.Contains(got, "x2") {
		t.Errorf("a bad line says %q", got)
	}
	p.call("lang", "ko", nil)
	p.upload("load-data", "bad.csv", []byte(bad))
	if got := p.statusText(); !strings.Contains(got, "bad.csv: 데이터 파일 3번째 줄, x2") {
		t.Errorf("a bad line in Korean says %q", got)
	}
	p.upload("load-model", "old.json", []byte(`{"format": "nnplay/0", "modules": []}`))
	if got := p.statusText(); got != `old.json: "format" 필드는 "nnplay/1"여야 합니다` {
		t.Errorf("a bad model file in Korean says %q", got)
	}
	p.call("lang", "en", nil)
	var after points
	p.call("data", nil, &after)
	if fmt.Sprint(after) != fmt.Sprint(d) || p.eval(option) !=
		"own values.csv (40 points)" {
		t.Error("the refused CSV changed the data")
	}
	p.eval(`document.getElementById('status').textContent = ''`)
	p.tick("#copy-link")
	if got := p.statusText(); !strings.Contains(got, "cannot carry your own data") {
		t.Errorf("a link of one's own data says %q", got)
	}
	p.screenshot("share-own-data")
}

// pytorchFile saves the PyTorch program, which must be what the test API's export
// answers, and runs it in Debian's PyTorch for no epoch: its loss is the page's.
func pytorchFile(t *testing.T, p *page) {
	p.choose("dataset", "circle")
	p.tick("#export-pytorch")
	py := p.waitDownload("nnplay_model.py")
	if string(py) != p.exported("pytorch") {
		t.Errorf("Export PyTorch saved a file that is not the export's:\n%.300s", py)
	}
	if got := p.statusText(); !strings.HasPrefix(got, "Saved nnplay_model.py: run it with") {
		t.Errorf("Export PyTorch says %q", got)
	}
	path := filepath.Join(p.dl, "nnplay_model.py")
	ctx, cancel := context.WithTimeout(context.Background(), hang)
	defer cancel()
	out, err := exec.CommandContext(ctx, "/usr/bin/python3", path, "1").CombinedOutput()
	if err != nil {
		t.Fatalf("python3 nnplay_model.py 1: %v\n%s", err, out)
	}
	first, _, _ := strings.Cut(string(out), "\n")
	f := strings.Fields(first)
	if len(f) != 4 || f[0] != "epoch" || f[1] != "0" || f[2] != "loss" {
		t.Fatalf("python3 nnplay_model.py 1 printed %q", out)
	}
	loss, _ := strconv.ParseFloat(f[3], 64)
	if s := p.ctl(); math.Abs(loss-trainLoss(t, p)) > 1e-9 {
		t.Errorf("PyTorch's loss at epoch 0 is %v, the page's %v (%s)", loss, trainLoss(t, p),
			s.Dataset)
	}
}

func trainLoss(t *testing.T, p *page) float64 {
	var s struct {
		TrainLoss float64 `json:"train_loss"`
	}
	p.call("state", nil, &s)
	return s.TrainLoss
}

// TestAStatusGoesWithItsThing: a line of the panel that answers an action goes when
// what it speaks of goes, or when a newer answer about the same thing comes. look39
// found Export PyTorch's "Saved nnplay_model.py: run it with …" beside its hidden button
// in lesson 3, and a dropped picture's refusal on the status line while the share
// section's line still refused the data set picked in Load model….
func TestAStatusGoesWithItsThing(t *testing.T) {
	t.Parallel()
	p := reused(t, 1280, 800)
	p.downloads()
	const share = `document.getElementById('share-status').textContent`
	p.tick("#export-pytorch")
	p.waitFor(share + `.startsWith('Saved nnplay_model.py')`)
	p.call("lesson", 3, nil)
	p.waitFor(`document.getElementById('export-pytorch').hidden`)
	if got := p.eval(share); got != "" {
		t.Errorf("in lesson 3, beside the hidden Export PyTorch: %q", got)
	}
	p.call("lesson", 0, nil)
	p.upload("load-model", "d.csv", []byte("x1,x2,label\n1,2,1\n2,3,-1\n"))
	p.waitFor(share + `.startsWith('d.csv: ')`)
	p.drop("photo.png", "\x89PNG")
	if got := p.statusText(); !strings.HasPrefix(got, "photo.png: ") {
		t.Fatalf("the dropped picture: %q", got)
	}
	if got := p.eval(share); got != "" {
		t.Errorf("beside the picture's refusal, the share section's line says %q", got)
	}
	p.noProblems()
}
