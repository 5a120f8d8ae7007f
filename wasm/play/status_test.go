package play

import (
	"strings"
	"testing"

	"nnplay/core"
)

// TestStatusGoesOnTheNextSuccess plays the panel's status line through a session: a
// message stays while the page starts (its language, its address, hovers) and while the
// learner switches the language, which says it again in the new one, and goes with the
// learner's next action that works, a lesson included.
func TestStatusGoesOnTheNextSuccess(t *testing.T) {
	m := NewSession()
	var s Status
	do := func(c Command, onField bool) error {
		err := m.Apply(c)
		s.Answer(c, err, onField)
		return err
	}
	do(OpenLink{Hash: "#seed=<script>"}, false)
	if s.Err() == nil {
		t.Fatal("a refused link says nothing")
	}
	do(SetPageAddress{URL: "http://x/index.html"}, false)
	do(StartLanguage{Lang: English}, false)
	do(LoadProgress{Text: ""}, false)
	do(SetHover{}, false)
	if s.Err() == nil || !strings.Contains(Explain(s.Err()), "seed") {
		t.Fatalf("the page's own start-up commands wiped the link's message: %v", s.Err())
	}
	// A Korean learner given an English page switches to read the refusal in Korean.
	do(SetLanguage{Lang: Korean}, false)
	if s.Err() == nil || !strings.Contains(Explain(s.Err()), "seed") {
		t.Fatalf("a language switch wiped the link's message: %v", s.Err())
	}
	SetLanguage{Lang: English}.apply(m)
	for range 4 {
		do(RemoveLayer{}, false)
	}
	if got := Explain(s.Err()); !strings.Contains(got, "no hidden layer") {
		t.Fatalf("after too many removals the line says %q", got)
	}
	steps := []struct {
		name    string
		c       Command
		onField bool
	}{
		{"add a layer", AddLayer{}, false},
		{"an activation from its field", SetActivation{Layer: 0, Act: core.Tanh{}}, true},
		{"open a lesson", OpenLesson{ID: 1}, false},
	}
	for _, st := range steps {
		s.Show(NoLayerToRemove.With())
		if err := do(st.c, st.onField); err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		if s.Err() != nil {
			t.Errorf("%s worked, yet the line still says %q", st.name, Explain(s.Err()))
		}
	}
	SetLanguage{Lang: English}.apply(m)
	s.Show(nil)
	if err := do(SetWeight{Layer: 0, Unit: 0, In: 0, Value: 1e9}, true); err == nil {
		t.Fatal("a weight of 1e9 was taken")
	}
	if s.Err() != nil {
		t.Errorf("a field's refusal went to the line too: %q", Explain(s.Err()))
	}
}

// TestANoticeIsSaidOnce: the page's address sent twice (SetPageAddress again, as Reset
// sends it) says its notice once on the line, after a link's refusal or alone (mend21:
// tell added it again each time).
func TestANoticeIsSaidOnce(t *testing.T) {
	defer SetLanguage{Lang: English}.apply(NewSession())
	for _, link := range []string{"#seed=x", ""} {
		m := NewSession()
		var s Status
		cmds := []Command{OpenLink{Hash: link}, SetPageAddress{URL: "http://h/?lang=xx"},
			SetPageAddress{URL: "http://h/?lang=xx"}}
		for _, cmd := range cmds {
			s.Answer(cmd, m.Apply(cmd), false)
		}
		got := Explain(s.Err())
		if strings.Count(got, "The address asks") != 1 ||
			strings.Contains(got, "seed") != (link != "") {
			t.Errorf("link %q: the line says %q", link, got)
		}
	}
}
