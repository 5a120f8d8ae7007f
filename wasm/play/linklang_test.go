package play

import (
	"strings"
	"testing"
)

// TestLinkSpeaksItsLanguage: a link's lang opens the page in that language for this
// visit, without making it the learner's choice, which the page remembers only when the
// learner switches by hand (Chosen); the page's own link carries the language it shows,
// and a link of nothing but its language keeps free play as it is.
func TestLinkSpeaksItsLanguage(t *testing.T) {
	defer speak(English)
	m := NewSession()
	apply(t, m, StartLanguage{Lang: English}, SetLR{LR: 0.3})
	Chosen() // whatever an earlier test chose
	if l := m.Link(); !strings.Contains(l, "&lang=en&") {
		t.Errorf("the English page's link names no language: %s", l)
	}
	setup := m.Setup(true).Hash()
	apply(t, m, OpenLink{Hash: "#lang=ko"})
	if l, chosen := Chosen(); Language() != Korean || chosen {
		t.Errorf("#lang=ko: the page speaks %v; chosen %v (%v)", Language(), chosen, l)
	}
	if m.Setup(true).Hash() != setup || !strings.Contains(m.Link(), "&lang=ko&") {
		t.Errorf("#lang=ko changed free play or left the link:\n%s\n%s", setup, m.Link())
	}
	full := DefaultSetup()
	full.Lang = "en"
	apply(t, m, OpenLink{Hash: full.Hash()})
	if _, chosen := Chosen(); Language() != English || chosen || m.LR != 0.03 {
		t.Errorf("a full link with lang=en: %v, chosen %v, lr %v", Language(), chosen, m.LR)
	}
	if err := m.Apply(OpenLink{Hash: "lang=fr"}); err == nil || Language() != English {
		t.Errorf("lang=fr: %v, the page speaks %v", err, Language())
	}
	apply(t, m, SetLanguage{Lang: Korean})
	if l, chosen := Chosen(); l != Korean || !chosen {
		t.Errorf("switched by hand to Korean: Chosen says %v, %v", l, chosen)
	}
	if _, again := Chosen(); again {
		t.Error("Chosen said the same choice twice")
	}
	apply(t, m, SetLanguage{Lang: English}, StartLanguage{Lang: Korean})
	if _, chosen := Chosen(); chosen || Language() != Korean {
		t.Errorf("a start after a switch: chosen %v, %v", chosen, Language())
	}
}

// TestPageAddressDropsItsLanguage: the page's links carry one language, the hash's, so the
// address they start with drops a query's lang (index.html?lang=ko, switched to English,
// copied a link with both ?lang=ko and #...&lang=en) and keeps the rest of the query.
func TestPageAddressDropsItsLanguage(t *testing.T) {
	for _, c := range [][2]string{
		{"http://h/index.html?lang=ko", "http://h/index.html"},
		{"http://h/index.html?lang=ko#lr=0.1&lang=ko", "http://h/index.html"},
		{"http://h/?a=1&lang=en&b=2", "http://h/?a=1&b=2"},
		{"file:///x/index.html?b=2&lang=ko", "file:///x/index.html?b=2"},
		{"http://h/index.html?slang=1", "http://h/index.html?slang=1"},
		{"http://h/index.html", "http://h/index.html"},
	} {
		m := NewSession()
		apply(t, m, SetPageAddress{URL: c[0]})
		if m.Share.Base != c[1] {
			t.Errorf("%s: the links start with %s; want %s", c[0], m.Share.Base, c[1])
		}
	}
}

// TestLinkLanguageCanBeKept: while the page shows a link's language that its next plain
// visit will not speak, the language menu shows it as the link's, so that choosing the
// language itself keeps it (a menu says nothing when the learner picks the option it
// shows: a Korean link could not be kept without switching away and back).
func TestLinkLanguageCanBeKept(t *testing.T) {
	defer speak(English)
	var menu Control
	for _, c := range Controls() {
		if c.ID == "lang" {
			menu = c
		}
	}
	m := NewSession()
	choices := func() (shown string, values []string) {
		for _, o := range menu.Choices(m) {
			values = append(values, o.Value)
		}
		return menu.Show(m), values
	}
	apply(t, m, StartLanguage{Lang: Korean, Kept: "en"})
	shown, values := choices()
	if shown != "link" || strings.Join(values, ",") != "en,ko,link" ||
		menu.Choices(m)[2].Label != "한국어 (이 탭만)" {
		t.Errorf("a Korean link, English kept: the menu shows %q of %v", shown, menu.Choices(m))
	}
	// The option of the tab's own language, chosen (by a script: the menu shows it),
	// keeps the page as it is; it was refused as an unknown language "link".
	c, err := menu.Command("link")
	if err != nil {
		t.Fatalf("the menu's option %q is refused: %v", "link", err)
	}
	apply(t, m, c)
	if _, chosen := Chosen(); LanguageKept() || chosen || Language() != Korean {
		t.Errorf("the tab's own language chosen: kept %v, chosen %v, the page speaks %v",
			LanguageKept(), chosen, Language())
	}
	c, err = menu.Command("ko")
	if err != nil {
		t.Fatal(err)
	}
	apply(t, m, c)
	if l, chosen := Chosen(); l != Korean || !chosen {
		t.Errorf("Korean chosen in the menu: Chosen says %v, %v", l, chosen)
	}
	if shown, values := choices(); shown != "ko" || strings.Join(values, ",") != "en,ko" {
		t.Errorf("Korean kept: the menu shows %q of %v", shown, values)
	}
	apply(t, m, OpenLink{Hash: "#lang=en"})
	if shown, _ := choices(); shown != "link" {
		t.Errorf("an English link, Korean kept: the menu shows %q", shown)
	}
	apply(t, m, StartLanguage{Lang: English})
	if shown, values := choices(); shown != "en" || len(values) != 2 {
		t.Errorf("a start with nothing kept: the menu shows %q of %v", shown, values)
	}
}

// TestKeptElsewhere: another tab's choice (a storage event) is the kept language here too,
// so that this tab's menu offers the language it shows as its own and choosing it keeps
// it; a choice of this tab's not yet saved stays.
func TestKeptElsewhere(t *testing.T) {
	defer speak(English)
	m := NewSession()
	apply(t, m, StartLanguage{Lang: English, Kept: "en"}, KeptElsewhere{Kept: "ko"})
	if _, chosen := Chosen(); LanguageKept() || langShown(m) != "link" || chosen ||
		Language() != English {
		t.Errorf("Korean chosen in another tab: kept here %v, the menu shows %q, chosen %v",
			LanguageKept(), langShown(m), chosen)
	}
	apply(t, m, SetLanguage{Lang: English}, KeptElsewhere{Kept: "ko"})
	if l, chosen := Chosen(); l != English || !chosen || !LanguageKept() {
		t.Errorf("English chosen here before the other tab's Korean came: Chosen %v, %v", l,
			chosen)
	}
	apply(t, m, KeptElsewhere{Kept: "ko"}) // boot.js's word for a Korean browser, cleared
	if LanguageKept() {
		t.Error("storage cleared in a Korean browser: English is still kept")
	}
	apply(t, m, KeptElsewhere{Kept: "en"})
	if _, chosen := Chosen(); !LanguageKept() || chosen {
		t.Errorf("English saved in another tab: kept %v, chosen %v", LanguageKept(), chosen)
	}
}

// TestAnAddressInAnUnknownLanguageSaysSo: an address whose ?lang= the page has not
// (?lang=xx) opens in the language the page would show without it, as a hash's unknown
// lang= does (boot.js), and the status line says so, after what it said before, naming
// the language it opened in and the languages there are; it fell back silently (look10).
// A hash that names a language, known or not, wins and says nothing more (its own field
// refusal says it); so does a query's known one, or an empty ?lang=.
func TestAnAddressInAnUnknownLanguageSaysSo(t *testing.T) {
	defer SetLanguage{Lang: English}.apply(NewSession())
	for _, c := range []struct {
		url, code string // code: the language the line names, "" for none
		in        Lang
	}{
		{"http://h/index.html?lang=xx", "xx", English},
		{"http://h/index.html?lang=xx", "xx", Korean},
		{"file:///x/index.html?a=1&lang=fr#lr=0.1", "fr", English},
		{"http://h/index.html?lang=%ED%95%9C", "한", English},
		{"http://h/index.html?lang=", "", English},
		{"http://h/index.html?lang=xx&lang=ko", "", English},
		{"http://h/index.html?lang=xx#lr=0.1&lang=ko", "", English},
		{"http://h/index.html?lang=xx#lr=0.1&lang=zz", "", English},
		{"http://h/index.html?lang=ko", "", English},
		{"http://h/index.html?slang=xx", "", English},
	} {
		m := NewSession()
		mustApply(t, m, SetLanguage{Lang: c.in})
		var s Status
		for _, cmd := range []Command{OpenLink{Hash: "#seed=x"}, SetPageAddress{URL: c.url}} {
			s.Answer(cmd, m.Apply(cmd), false)
		}
		got := Explain(s.Err())
		want := map[Lang]string{English: "The address asks for the language “" + c.code +
			"”, which this page does not have, so the page opened in " +
			map[Lang]string{English: "English", Korean: "Korean"}[c.in] +
			". Its languages are en (English), ko (한국어).",
			// The particle follows 언어, not the code, whose reading decides it ("fr"은).
			Korean: "주소에 있는 언어(“" + c.code + "”)는 이 페이지에 없어 한국어로 열었습니다. " +
				"이 페이지의 언어: en (English), ko (한국어)."}[c.in]
		says := strings.Count(got, "The address asks") + strings.Count(got, "주소에 있는 언어")
		if c.code == "" && says != 0 || c.code != "" && (says != 1 ||
			!strings.Contains(got, ". "+want)) || !strings.Contains(got, "seed") {
			t.Errorf("%s in %v: the line says %q", c.url, c.in, got)
		}
	}
}
