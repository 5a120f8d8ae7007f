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
