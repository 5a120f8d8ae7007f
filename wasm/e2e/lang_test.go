package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// words reads what the page says in a few places that each part of it writes: the
// static markup (a heading, a button), a bound control (Play), a menu built from play
// (the activation menu's "more" group, the speed menu), a field (the unit menu's
// label), the Step's line, the canvas's name and the document's title and language.
type words struct {
	Lang, Title, Heading, Step, Play, More, Speed, UnitLabel, StepInfo, Canvas, Status string
	Stored                                                                             string
}

func (p *page) words() words {
	p.t.Helper()
	var w words
	s := p.eval(`JSON.stringify({
		lang: document.documentElement.lang, title: document.title,
		heading: document.getElementById('train-h').textContent,
		step: document.getElementById('step').textContent,
		play: document.getElementById('play').textContent,
		more: document.querySelector('#act-0 optgroup')?.label,
		speed: document.querySelector('#speed option:checked').textContent,
		unitLabel: document.querySelector('label:has(> #unit-select)').firstChild.textContent.trim(),
		stepInfo: document.getElementById('step-info').textContent,
		canvas: document.querySelector('canvas').getAttribute('aria-label'),
		status: document.getElementById('w-1-1-3-msg')?.textContent,
		stored: String(localStorage.getItem('nnplay-lang'))})`)
	if err := json.Unmarshal([]byte(s), &w); err != nil {
		p.t.Fatal(err)
	}
	return w
}

// kept is what a switch of language must not change: the model, the selection, the
// input point, the Step and the training settings, and what the learner typed.
type kept struct {
	Model    json.RawMessage `json:"model"`
	Selected []int           `json:"selected"`
	Input    []float64       `json:"input"`
	LR       float64         `json:"lr"`
	Step     struct {
		Phase, Done string
		Sample      int
	} `json:"step"`
	Typed string
}

func (p *page) kept() kept {
	p.t.Helper()
	var k kept
	p.call("state", nil, &k)
	k.Typed = p.eval(`document.getElementById('w-1-1-3-num').value`)
	return k
}

// TestLanguageSwitch sets up a page with a model, a selection, a Step and a refused
// value, then switches to Korean through the test API and back through the panel's
// menu: every part of the page changes its words at once and nothing else changes. It
// leaves screenshots of both languages on a laptop and a phone.
func TestLanguageSwitch(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{1280, 800}, {390, 844}} {
		name := map[int]string{1280: "1280x800", 390: "390x844"}[size[0]]
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			p := reused(t, size[0], size[1])
			p.call("select", []int{2, 1}, nil)
			p.choose("lr", "0.1")
			p.choose("act-0", "leaky_relu")
			p.waitStep("forward")
			p.waitStep("loss")
			p.typeInto("w-1-1-3-num", "1001") // refused: beyond ±1000
			en := p.words()
			before := p.kept()
			if en.Lang != "en" || en.Heading != "Training" || en.Play != "Play" ||
				en.More != "more" || !strings.HasPrefix(en.StepInfo, "Step on training point") ||
				!strings.Contains(en.Status, "out of range") || en.UnitLabel != "unit" ||
				!strings.HasPrefix(en.Title, "nnplay: a neural network") || en.Stored != "null" ||
				!strings.HasPrefix(en.Canvas, "The network") {
				t.Errorf("English page: %+v", en)
			}
			shotEN := p.screenshot("lang-en-" + name)

			p.call("lang", "ko", nil)
			p.waitFor(`document.getElementById('train-h').textContent === '학습'`)
			ko := p.words()
			// The canvas says its labels again: its text changes, nothing else moves. A
			// loaded machine paints the switch late: the canvas is taken until it shows it,
			// up to the guard against a hang (it waited 300 ms).
			var s state
			p.call("state", nil, &s)
			shotKO := p.screenshot("lang-ko-" + name)
			for end := time.Now().Add(hang); differing(shotEN, shotKO, s.Area) < 500 &&
				time.Now().Before(end); shotKO = p.screenshot("lang-ko-" + name) {
				time.Sleep(250 * time.Millisecond) // a screenshot costs the cores
			}
			want := words{Lang: "ko", Title: "nnplay: 신경망의 순전파와 역전파",
				Heading: "학습",
				Step:    "한 단계", Play: "학습 시작", More: "그 밖의 함수", Speed: "프레임마다 1 에포크",
				UnitLabel: "유닛", Canvas: ko.Canvas, Stored: "ko", StepInfo: ko.StepInfo,
				Status: "1001: 범위를 벗어났습니다. −1000에서 1000 사이의 수를 입력하세요"}
			if ko != want || !strings.HasPrefix(ko.StepInfo, "학습 데이터 #") ||
				!strings.Contains(ko.StepInfo, "지금: 손실") || !strings.HasPrefix(ko.Canvas, "신경망") {
				t.Errorf("Korean page:\n got %+v\nwant %+v", ko, want)
			}
			after := p.kept()
			if string(after.Model) != string(before.Model) || after.LR != before.LR ||
				after.Typed != "1001" || after.Step != before.Step ||
				after.Selected[0] != before.Selected[0] || after.Selected[1] != before.Selected[1] ||
				after.Input[0] != before.Input[0] || after.Input[1] != before.Input[1] {
				t.Errorf("the switch changed the page's state:\n%+v\n%+v", before, after)
			}
			if d := differing(shotEN, shotKO, s.Area); d < 500 {
				t.Errorf("the canvas changed %d pixels with the language", d)
			}
			if body := p.eval(`document.getElementById('panel').innerText`); strings.Contains(body,
				"Training") || strings.Contains(body, "learning rate") {
				t.Errorf("English left in the Korean panel:\n%s", body)
			}

			rejected := p.eval(`window.nnplay.call('lang', 'fr').then(() => 'accepted', e => e)`)
			if !strings.Contains(rejected, "en(English)") {
				t.Errorf("lang fr: %q", rejected)
			}

			// Back to English through the panel's own menu.
			p.choose("lang", "en")
			p.waitFor(`document.getElementById('train-h').textContent === 'Training'`)
			back := p.words()
			en.Stored = "en"
			if back != en {
				t.Errorf("back in English:\n got %+v\nwant %+v", back, en)
			}
			if k := p.kept(); string(k.Model) != string(before.Model) || k.Typed != "1001" {
				t.Errorf("the switch back changed the page's state: %+v", k)
			}
			p.noProblems()
		})
	}
}

// TestLanguageRemembered reloads the page after a switch, and
// opens it in a Korean browser: the page speaks the remembered language, else the
// browser's, from its first frame.
func TestLanguageRemembered(t *testing.T) {
	t.Parallel()
	p := open(t, false, 1280, 800)
	p.call("lang", "ko", nil)
	p.visit(p.url)
	p.waitFor(`document.getElementById('train-h').textContent !== ''`)
	if w := p.words(); w.Lang != "ko" || w.Heading != "학습" {
		t.Errorf("after a reload: %+v", w)
	}
	p.eval(`localStorage.removeItem('nnplay-lang'), 1`)
	p.do(chromedp.Func(func(ctx context.Context, tgt *chromedp.Target) error {
		_, err := chromedp.Call(ctx, emulation.SetUserAgentOverride,
			emulation.SetUserAgentOverrideParams{UserAgent: "Mozilla/5.0 nnplay-test",
				AcceptLanguage: "ko-KR"})
		return err
	}))
	p.visit(p.url)
	p.waitFor(`document.getElementById('train-h').textContent !== ''`)
	if w := p.words(); w.Lang != "ko" || w.Play != "학습 시작" || w.Stored != "null" {
		t.Errorf("a Korean browser: %+v", w)
	}
	p.noProblems()
}

// TestLinkLanguage: a teacher's Korean link (?lang=ko, or the lang of a link the page
// copied) opens the page in Korean without touching the language the learner's browser
// remembers, which the next plain visit speaks; the page's link carries the language it
// shows; a switch by hand is remembered; a new hash's language applies, unremembered.
func TestLinkLanguage(t *testing.T) {
	t.Parallel()
	p := open(t, false, 1280, 800)
	p.eval(`localStorage.setItem('nnplay-lang', 'en'), 1`)
	q := p.tab(p.url + "?lang=ko")
	if w := q.words(); w.Lang != "ko" || w.Heading != "학습" || w.Stored != "en" {
		t.Errorf("?lang=ko: %+v", w)
	}
	link := q.exported("url")
	if !strings.Contains(link, "&lang=ko&") || !strings.Contains(q.eval(`location.hash`),
		"&lang=ko&") || strings.Contains(link, "?lang=") {
		t.Errorf("the Korean page's link %s, address %s", link, q.eval(`location.href`))
	}
	q.screenshot("link-lang-ko")
	// Switched to English, its links and its address name English alone: a link copied
	// from ?lang=ko held both ?lang=ko and #...&lang=en.
	q.choose("lang", "en")
	q.waitFor(`location.hash.includes('&lang=en&')`)
	if en, at := q.exported("url"), q.eval(`location.href`); strings.Contains(en, "lang=ko") ||
		strings.Contains(at, "lang=ko") || !strings.Contains(en, "&lang=en&") {
		t.Errorf("switched to English: the link %s, the address %s", en, at)
	}
	r := p.tab(p.url)
	if w := r.words(); w.Lang != "en" || w.Heading != "Training" || w.Stored != "en" {
		t.Errorf("a plain visit after the Korean link: %+v", w)
	}
	s := p.tab(link)
	if w := s.words(); w.Lang != "ko" || w.Play != "학습 시작" || w.Stored != "en" {
		t.Errorf("the copied Korean link: %+v", w)
	}
	r.choose("lang", "ko") // by hand: remembered
	r.waitFor(`localStorage.getItem('nnplay-lang') === 'ko'`)
	_, hash, _ := strings.Cut(strings.Replace(link, "&lang=ko&", "&lang=en&", 1), "#")
	r.eval(`location.hash = '` + hash + `', 1`)
	r.waitFor(`document.getElementById('train-h').textContent === 'Training'`)
	if w := r.words(); w.Lang != "en" || w.Stored != "ko" {
		t.Errorf("a new hash with lang=en: %+v", w)
	}
	// The menu shows the link's English as the link's; choosing English keeps it. (A menu
	// says nothing when the learner picks the option it shows.)
	menu := `document.getElementById('lang').value + '|' +
		document.querySelector('#lang option:checked').textContent`
	if got := r.eval(menu); got != "link|English (this tab only)" {
		t.Errorf("the menu of a link's English, Korean kept: %q", got)
	}
	r.choose("lang", "en")
	r.waitFor(`localStorage.getItem('nnplay-lang') === 'en'`)
	r.waitFor(`document.getElementById('lang').value === 'en'`)
	if n := r.eval(`String(document.querySelectorAll('#lang option').length)`); n != "2" {
		t.Errorf("English kept: the menu holds %s options", n)
	}
	for _, x := range []*page{p, q, r, s} {
		x.noProblems()
	}
}

// TestLanguageInTwoTabs: two tabs of the page share the kept language (localStorage
// "nnplay-lang"). A choice in one makes the other's menu say that the language it shows is
// no longer the kept one, so that choosing it there keeps it again: the learner's last
// choice, in either tab, is what the next plain visit speaks.
func TestLanguageInTwoTabs(t *testing.T) {
	t.Parallel()
	p := open(t, false, 1280, 800)
	q := p.tab(p.url)
	menu := `document.getElementById('lang').value + '|' +
		document.querySelector('#lang option:checked').textContent`
	stored := func(code string) string {
		return `localStorage.getItem('nnplay-lang') === '` + code + `'`
	}
	p.choose("lang", "ko")
	p.waitFor(stored("ko"))
	// Before, q's menu still read "en|English": English was picked already, and picking it
	// again said nothing, so the choice made last in q could not be made.
	q.waitFor(menu + ` === 'link|English (this tab only)'`)
	if w := q.words(); w.Lang != "en" || w.Heading != "Training" {
		t.Errorf("the English tab after Korean was chosen in the other: %+v", w)
	}
	q.choose("lang", "en")
	q.waitFor(stored("en"))
	q.waitFor(menu + ` === 'en|English'`)
	p.waitFor(menu + ` === 'link|한국어 (이 탭만)'`)
	p.choose("lang", "ko")
	p.waitFor(stored("ko"))
	q.waitFor(menu + ` === 'link|English (this tab only)'`)
	if w := p.tab(p.url).words(); w.Lang != "ko" || w.Stored != "ko" {
		t.Errorf("a plain visit after the choices in two tabs: %+v", w)
	}
	p.noProblems()
	q.noProblems()
}

// TestKoreanExport exports the selected unit's figure in Korean and in English: the
// Korean figure has Korean words (its pixels differ where the words are) and the export's
// messages speak Korean.
func TestKoreanExport(t *testing.T) {
	t.Parallel()
	p := reused(t, 1280, 800)
	figures := map[string]image.Image{}
	for _, lang := range []string{"ko", "en"} {
		p.call("lang", lang, nil)
		p.eval(`document.getElementById('export-png').click()`)
		b := p.waitDownload("activation-layer1-unit0-tanh.png")
		// the next takes the same name
		os.Remove(filepath.Join(p.dl, "activation-layer1-unit0-tanh.png"))
		img, err := png.Decode(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		figures[lang] = img
		os.WriteFile(filepath.Join(artifacts, "export-"+lang+".png"), b, 0o644)
		status := p.eval(`document.getElementById('export-status').textContent`)
		want := map[string]string{"ko": "activation-layer1-unit0-tanh.png 파일을 저장했습니다(800×600).",
			"en": "Saved activation-layer1-unit0-tanh.png (800×600)."}[lang]
		if status != want {
			t.Errorf("%s: export status %q, want %q", lang, status, want)
		}
	}
	// The title and the legend are the figure's top eighth; the curves are the same.
	top := []float64{0, 0, 800, 75}
	if d := differing(figures["ko"], figures["en"], top); d < 500 {
		t.Errorf("the Korean figure's title and legend differ from the English in %d pixels", d)
	}
	p.noProblems()
}

// TestLanguageSwitchInAFocusedBox switches the language from the menu while a number
// box of the panel has the keyboard's focus, as a keyboard user does: the panel's
// fields are built again in the new words, and the box's listeners must outlive the
// blur that removing the focused box fires ("call to released function" before).
func TestLanguageSwitchInAFocusedBox(t *testing.T) {
	t.Parallel()
	p := reused(t, 1280, 800)
	box := p.eval(`(b => { b.focus(); b.value = '1e6';
		b.dispatchEvent(new Event('change', {bubbles: true})); return b.id })(
		document.querySelector('#panel input[type=text][id$="-num"]'))`)
	if box == "" {
		t.Fatal("the panel has no number box")
	}
	p.eval(`(b => { b.focus(); return document.activeElement === b })(
		document.getElementById('` + box + `'))`)
	p.choose("lang", "ko")
	p.waitFor(`document.getElementById('train-h').textContent === '학습'`)
	p.choose("lang", "en")
	p.waitFor(`document.getElementById('train-h').textContent === 'Training'`)
	p.noProblems()
}
