package plots

import (
	"strings"
	"testing"

	"golang.org/x/image/font/sfnt"

	"nnplay/core"
	"nnplay/wasm/play"
	"nnplay/wasm/play/kofont"
)

// TestKoreanFigures draws every kind of figure in Korean with the page's Korean font:
// the font holds every character of the figures' words, a Korean figure differs from
// the English one, and Korean needs the font and a known language.
func TestKoreanFigures(t *testing.T) {
	f, err := sfnt.Parse(kofont.OTF)
	if err != nil {
		t.Fatal(err)
	}
	var buf sfnt.Buffer
	for _, r := range WordRunes() {
		if i, err := f.GlyphIndex(&buf, r); (err != nil || i == 0) && r != ' ' {
			t.Errorf("the Korean font lacks %q of the figures' words: run make font", r)
		}
	}
	if _, err := Activation(core.Tanh{}, ActivationOptions{Lang: "fr"}); err == nil ||
		!strings.Contains(err.Error(), "unknown language") {
		t.Errorf("language fr: %v", err)
	}
	if err := UseKoreanFont([]byte("not a font")); err == nil {
		t.Error("UseKoreanFont took bytes that are not a font")
	}
	if err := UseKoreanFont(kofont.OTF); err != nil {
		t.Fatal(err)
	}
	for _, k := range Kinds() {
		if k.Name == "dead-relu" || k.Name == "activation-race" {
			continue // the training figures' words are checked through their builders below
		}
		o := Options{Act: core.DefaultLeakyReLU}
		en, err := k.Build(o)
		if err != nil {
			t.Fatal(err)
		}
		o.Lang = "ko"
		ko, err := k.Build(o)
		if err != nil {
			t.Fatalf("%s in Korean: %v", k.Name, err)
		}
		a, b := decode(t, render(t, en, 480, 360)), decode(t, render(t, ko, 480, 360))
		differ := 0
		for y := 0; y < 360; y++ {
			for x := 0; x < 480; x++ {
				if colorDistance(a.At(x, y), b.At(x, y)) > 24 {
					differ++
				}
			}
		}
		if differ < 300 {
			t.Errorf("%s: the Korean figure differs from the English one in %d pixels", k.Name, differ)
		}
	}
	race, err := ActivationRace(RaceOptions{Epochs: 5, Lang: "ko"})
	if err != nil || !strings.Contains(race.Title.Text, "활성화 함수 경주") {
		t.Errorf("the race in Korean: %v", err)
	}
	dead, err := DeadReLU(DeadReLUOptions{LRs: []float64{0.1}, Epochs: 1, Seeds: 1, TimeLen: 1,
		Lang: "ko"})
	if err != nil || !strings.Contains(dead.(grid).title, "죽은 ReLU 유닛") {
		t.Errorf("dead ReLU in Korean: %v", err)
	}
}

// TestFigureWordsAreThePages checks that a figure names an activation's regions with
// the page's words, in both languages.
func TestFigureWordsAreThePages(t *testing.T) {
	for _, c := range []struct {
		r   core.Region
		msg play.Msg
	}{
		{core.Active, play.RegionActive}, {core.Saturated, play.RegionSaturated},
		{core.Dead, play.RegionDead}, {core.Leaky, play.RegionLeaky},
	} {
		for _, l := range []struct {
			lang lang
			page play.Lang
		}{{lang{}, play.English}, {lang{korean: true}, play.Korean}} {
			if got, want := l.lang.band(c.r), play.SayIn(l.page, c.msg); got != want {
				t.Errorf("%v: the figures say %q, the page %q", c.r, got, want)
			}
		}
	}
}

// TestFiguresWriteShapesAsThePage: a figure names a network's shape as the page's preset
// menu does, "2-8x6-1"; the dead ReLU figure wrote "2 -> 8 x 6 -> 1" (mend22's brief).
func TestFiguresWriteShapesAsThePage(t *testing.T) {
	netB := ""
	for _, p := range play.Presets() {
		if p.Name == play.PresetNetB {
			netB = strings.Split(strings.TrimPrefix(p.Label(2), "Net B: "), ",")[0]
		}
	}
	if netB != "2-8x6-1" {
		t.Fatalf("the page names Net B's shape %q", netB)
	}
	if err := UseKoreanFont(kofont.OTF); err != nil {
		t.Fatal(err)
	}
	for _, lang := range Langs {
		dead, err := DeadReLU(DeadReLUOptions{LRs: []float64{0.1}, Epochs: 1, Seeds: 1,
			TimeLen: 1, Lang: lang})
		if err != nil || !strings.Contains(dead.(grid).title, "Net B ("+netB+")") &&
			!strings.Contains(dead.(grid).title, "Net B("+netB+")") {
			t.Errorf("%s: the dead ReLU figure's title: %q, %v", lang, dead.(grid).title, err)
		}
		race, err := ActivationRace(RaceOptions{Sizes: []int{2, 8, 8, 8, 1}, Epochs: 2,
			Lang: lang})
		if err != nil || !strings.Contains(race.Title.Text, " 2-8x3-1 ") {
			t.Errorf("%s: the race's title: %q, %v", lang, race.Title.Text, err)
		}
	}
}
