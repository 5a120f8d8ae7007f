package play

import (
	"errors"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/image/font/sfnt"

	"nnplay/core"
	"nnplay/wasm/play/kofont"
	"nnplay/wasm/play/latinfont"
)

// speak switches the page's language, as the language menu does.
func speak(l Lang) {
	if err := NewSession().Apply(SetLanguage{Lang: l}); err != nil {
		panic(err)
	}
}

func TestLanguages(t *testing.T) {
	for code, want := range map[string]Lang{"en": English, "ko": Korean} {
		if l, err := ParseLang(code); err != nil || l != want || l.Code() != code {
			t.Errorf("ParseLang(%q) = %v, %v", code, l, err)
		}
	}
	for _, bad := range []string{"", "fr", "KO", "ko-KR"} {
		if _, err := ParseLang(bad); err == nil || !strings.Contains(err.Error(), "en (English)") {
			t.Errorf("ParseLang(%q): %v", bad, err)
		}
	}
	for tag, want := range map[string]Lang{"ko": Korean, "ko-KR": Korean, "KO-kr": Korean,
		"en-US": English, "kok": English, "": English, "fr": English} {
		if got := BrowserLang(tag); got != want {
			t.Errorf("BrowserLang(%q) = %v", tag, got)
		}
	}
	if err := NewSession().Apply(SetLanguage{Lang: 7}); err == nil || Language() != English {
		t.Errorf("language 7: %v, now %v", err, Language())
	}
}

// TestMessagesSayThemselvesWhenRead checks that a refused command's message, made in
// one language, reads in the language of the moment: the page's open messages follow a
// switch.
func TestMessagesSayThemselvesWhenRead(t *testing.T) {
	defer speak(English)
	m := NewSession()
	err := m.Apply(SetWeight{Layer: 0, Unit: 0, In: 0, Value: 1001})
	if got := Explain(err); got != "a weight must be between −1000 and 1000" {
		t.Errorf("English: %q", got)
	}
	speak(Korean)
	if got := Explain(err); got != "가중치 값은 −1000에서 1000 사이여야 합니다" {
		t.Errorf("Korean: %q", got)
	}
	nested := Sentences{PausedAt.With(3), PausedBlowUp.With("0.9", 1.5, "0.5"),
		SomeHiddenDead.With(2, 6), LRTooHigh.With(3.0)}
	if got := nested.In(English); !strings.Contains(got, "(0.5). 2 of 6 hidden units are dead. "+
		"The learning rate 3 is") {
		t.Errorf("nested message: %q", got)
	}
	if got := Explain(fmt.Errorf("wrapped: %w", nested)); !strings.HasPrefix(got, "에포크 3에서") {
		t.Errorf("nested message in Korean: %q", got)
	}
}

// TestExplainSaysCoresErrors checks that the errors core gives for typed numbers, data
// files and model files read through the table in both languages.
func TestExplainSaysCoresErrors(t *testing.T) {
	_, decErr := core.ParseDecimal("0x1p2")
	_, csvErr := core.ReadCSV(strings.NewReader("x1,x2,label\n1,2,1\n3,abc,1\n"))
	_, csvShape := core.ReadCSV(strings.NewReader("1,2\n3,4,1\n"))
	_, modErr := core.ParseModel([]byte(`{"format":"nnplay/1","modules":[` +
		`{"type":"linear","in_features":1,"out_features":1,"weight":[[1]],"bias":[0]},` +
		`{"type":"leaky_relu","negative_slope":1e-400}]}`))
	for _, c := range []struct {
		err    error
		en, ko string
	}{
		{decErr, `"0x1p2" is not a plain decimal number`, `"0x1p2": 보통의 십진수가 아닙니다`},
		{csvErr, `data file, line 3, x2: "abc" is not a plain decimal`,
			`데이터 파일 3번째 줄, x2: "abc": 보통의 십진수가 아닙니다`},
		{csvShape, "data file, line 1: a line holds 3 values, x1,x2,label, and this one holds 2",
			"데이터 파일 1번째 줄: 한 줄에는 x1,x2,label 값 3개가"},
		{modErr, `model file, module 1, field negative_slope: "1e-400" is too small`,
			`모델 파일 1번 모듈, negative_slope: "1e-400": 너무 작아서 0이 됩니다`},
		{fmt.Errorf("wrapped: %w", NoSuchLayer.With(4)), "the network has no layer 4",
			"신경망에 없는 층입니다: 4층"},
	} {
		if c.err == nil {
			t.Fatalf("no error for %q", c.en)
		}
		for l, want := range map[Lang]string{English: c.en, Korean: c.ko} {
			if got := explainIn(l, c.err); !strings.Contains(got, want) ||
				(l == Korean && strings.Contains(got, "core:")) {
				t.Errorf("%v: %q, want %q in it", l, got, want)
			}
		}
	}
	if got := Explain(errors.New("plain")); got != "plain" {
		t.Errorf("a plain error reads %q", got)
	}
}

// TestPageTextMatchesThePage checks index.html against the static text: every key it
// names exists, every key is used, and the markup holds no words of its own.
func TestPageTextMatchesThePage(t *testing.T) {
	b, err := os.ReadFile("../../index.html")
	if err != nil {
		t.Fatal(err)
	}
	html := string(b)
	used := map[string]bool{}
	for _, m := range regexp.MustCompile(`data-i18n(?:-title|-aria-label)?="([^"]*)"`).
		FindAllStringSubmatch(html, -1) {
		used[m[1]] = true
		if _, ok := pageText[m[1]]; !ok {
			t.Errorf("index.html names key %q, which the page's text lacks", m[1])
		}
	}
	for _, k := range PageKeys() {
		e := pageText[k]
		if !used[k] {
			t.Errorf("key %q is in no element of index.html", k)
		}
		if e.en == "" || e.ko == "" {
			t.Errorf("key %q lacks a language: %+v", k, e)
		}
	}
	// Words only through the keys: no text between tags but the name and the readouts'
	// starting numbers, and no tooltip or accessible name written out.
	body := html[strings.Index(html, "<body>"):]
	body = regexp.MustCompile(`(?s)<!--.*?-->`).ReplaceAllString(body, "")
	for _, m := range regexp.MustCompile(`>([^<]+)<`).FindAllStringSubmatch(body, -1) {
		switch s := strings.TrimSpace(m[1]); s {
		case "", "nnplay", "0", "-":
		default:
			t.Errorf("index.html writes %q itself: give its element a data-i18n key", s)
		}
	}
	if m := regexp.MustCompile(` (?:title|aria-label)="`).FindString(body); m != "" {
		t.Errorf("index.html writes an attribute %q itself: use data-i18n-*", m)
	}
	defer speak(English)
	speak(Korean)
	if s, ok := PageText("training"); !ok || s != "학습" {
		t.Errorf("PageText in Korean: %q, %v", s, ok)
	}
}

// TestFontsHaveEveryGlyph checks that every character of the table is in the Go font's
// subset or in the Korean subset, and in the canvas's atlas.
func TestFontsHaveEveryGlyph(t *testing.T) {
	var buf sfnt.Buffer
	fonts := map[string][]byte{"Go": latinfont.TTF, "Korean": kofont.OTF}
	has := map[string]*sfnt.Font{}
	for name, data := range fonts {
		f, err := sfnt.Parse(data)
		if err != nil {
			t.Fatalf("%s font: %v", name, err)
		}
		has[name] = f
	}
	in := func(f *sfnt.Font, r rune) bool {
		i, err := f.GlyphIndex(&buf, r)
		return err == nil && i != 0
	}
	var missing []rune
	for _, r := range TableRunes() {
		if !in(has["Go"], r) && !in(has["Korean"], r) && r != wordJoiner {
			missing = append(missing, r)
		}
	}
	if len(missing) > 0 {
		t.Fatalf("the fonts lack %q, which the string table uses: run make font to make "+
			"the Korean subset (wasm/play/kofont) again", string(missing))
	}
	a, err := NewAtlas(11)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range TableRunes() {
		if _, ok := a.Glyphs[r]; !ok && r != ' ' && r != '\n' {
			t.Errorf("the atlas lacks %q", r)
		}
	}
	if g, _ := a.Glyphs['층']; g.Advance < 9 || g.Advance > 12 || g.Src.Dy() < 7 {
		t.Errorf("층 at 11 px: %+v", g)
	}
}

// allowedOnCanvas are the Latin words the canvas may show in Korean: PyTorch's class
// and parameter names and its formulas' words, the names of inputs (sin x1 among them)
// and derivatives, and "bias", which the tutorial keeps in English.
var allowedOnCanvas = func() map[string]bool {
	ok := map[string]bool{}
	for _, w := range strings.Fields("Linear Identity Sigmoid Tanh ReLU LeakyReLU ReLU6 ELU " +
		"GELU SiLU Softplus negative_slope alpha beta threshold approximate none " +
		"x1 x2 sin z a b w y t f e exp log max min erf sqrt if else where or dL dz dw dW da dy " +
		"bias MSELoss BCEWithLogitsLoss") {
		ok[w] = true
	}
	return ok
}()

// TestNoEnglishOnTheKoreanCanvas builds the scene in Korean for every preset, with each
// activation and at each Step phase, on a desktop and a phone, and checks that every
// label speaks Korean but for the technical words of allowedOnCanvas, and that the
// atlas draws every character of it.
func TestNoEnglishOnTheKoreanCanvas(t *testing.T) {
	defer speak(English)
	speak(Korean)
	word := regexp.MustCompile(`[A-Za-z][A-Za-z0-9_]*`)
	moments := map[string]func(m *Session){
		"rest": func(*Session) {},
		"output": func(m *Session) {
			m.Apply(Select{Unit: Unit{Level: len(m.Net.Layers), Index: 0}})
		},
		"forward":  func(m *Session) { m.Apply(StepPhase{}); m.AdvanceAnim(beatSecs * 1.5) },
		"loss":     func(m *Session) { steps(m, 2) },
		"backward": func(m *Session) { steps(m, 3) },
		"update":   func(m *Session) { steps(m, 3); m.Apply(StepPhase{}) },
		"updated":  func(m *Session) { steps(m, 4) },
		"playing": func(m *Session) {
			m.Apply(SetSpeed{Speed: SpeedSample})
			m.Apply(Play{On: true})
			m.Tick(clock, 0)
		},
		"diverged": func(m *Session) {
			m.Apply(SetLR{LR: 10})
			m.Apply(Play{On: true})
			for k := 0; k < 40 && m.Playing; k++ {
				m.Tick(clock, 0)
			}
		},
	}
	for p := range Presets() {
		acts := []core.Activation{nil, core.ReLU{}, core.DefaultLeakyReLU, core.ELU{Alpha: 1}}
		for _, act := range acts {
			for name, moment := range moments {
				if name == "diverged" && act != nil {
					continue // training to divergence once per preset is enough
				}
				m := NewSession()
				m.Apply(UsePreset{Index: p})
				if act != nil {
					m.Apply(SetActivation{Layer: 0, Act: act})
					m.Apply(SetBias{Layer: 0, Unit: 0, Value: -5})
				}
				moment(m)
				for _, size := range [][3]float64{{1280, 800, 1}, {390, 844, 1}} {
					s := sceneAt(t, m, size[0], size[1], size[2])
					for _, l := range s.Labels {
						for _, w := range word.FindAllString(l.Text, -1) {
							if !allowedOnCanvas[w] {
								t.Errorf("preset %d, %v, %s at %v: %q says %q in English",
									p, act, name, size, l.Text, w)
							}
						}
						for _, r := range l.Text {
							if _, ok := s.Fonts.Face(l.Size).Glyphs[r]; !ok && r != ' ' {
								t.Errorf("%q: the atlas lacks %q", l.Text, r)
							}
						}
					}
				}
			}
		}
	}
}
