package play

import (
	"maps"
	"slices"
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

// TestAStatusGoesWithItsThing: an answer on the panel's lines goes when the control it
// speaks of is hidden, and when a newer answer about the same thing comes on another
// line. look39 found Export PyTorch's "Saved nnplay_model.py …" beside its button hidden
// in lesson 3, and a dropped picture's refusal on the top line while the share
// section's line still refused the data set picked in Load model….
func TestAStatusGoesWithItsThing(t *testing.T) {
	says := func(s *Status, l StatusLine) bool {
		err, _, _ := s.Changed(l)
		return err != nil
	}
	for kind, about := range exportTopics {
		for id := 1; id <= MaxLesson; id++ {
			m := NewSession()
			var s Status
			s.Exported(kind, ExportDone(kind, "f"))
			line := ShareLine
			if kind == "figure" || kind == "canvas" {
				line = ExportLine
			}
			if err, seek, ok := s.Changed(line); err == nil || !seek || !ok {
				t.Fatalf("%s: the line says %v, seek %v, changed %v", kind, err, seek, ok)
			}
			c := OpenLesson{ID: id}
			s.Answer(c, m.Apply(c), false)
			s.Tidy(m)
			hidden := about.control != "" && hiders()[about.control](m) != ""
			if _, _, ok := s.Changed(line); says(&s, line) == hidden || ok != hidden {
				t.Errorf("%s in lesson %d, its button hidden %v: the line says %v (changed %v)",
					kind, id, hidden, s.lines[line].err, ok)
			}
		}
	}
	// Every topic's control is one the panel hides: Tidy calls its Show.
	topics := slices.Collect(maps.Values(exportTopics))
	for _, c := range []Command{LoadFile{Kind: ModelFile}, LoadFile{Kind: DataFile},
		Refuse{Kind: ModelFile}, Refuse{Kind: DataFile}, Copied{}, Copied{OK: true}} {
		topics = append(topics, topicOf(c))
	}
	for _, about := range topics {
		if about.control != "" && hiders()[about.control] == nil {
			t.Errorf("no control hides %q", about.control)
		}
	}
	m := NewSession()
	var s Status
	do := func(c Command) {
		s.Answer(c, m.Apply(c), false)
		s.Tidy(m)
	}
	do(LoadFile{Kind: ModelFile, Name: "d.csv", Text: "1,2,1\n2,2,-1\n"})
	if !says(&s, ShareLine) || !says(&s, TopLine) {
		t.Fatal("a CSV refused in Load model… is said on neither line")
	}
	do(Refuse{Err: FileRefused.With("photo.png", UnknownFileKind.With())})
	if said := Explain(s.Err()); !strings.HasPrefix(said, "photo.png") || says(&s, ShareLine) {
		t.Errorf("after a dropped picture the top line says %q, the share line %v", said,
			s.lines[ShareLine].err)
	}
	do(LoadFile{Kind: ModelFile, Name: "bad.json", Text: "{"})
	do(LoadFile{Kind: DataFile, Name: "d.csv", Text: "1,2,1\n2,2,-1\n"})
	if !says(&s, TopLine) || says(&s, ShareLine) {
		t.Errorf("after a data set loaded, the share line still says %v", s.lines[ShareLine].err)
	}
	// An answer about something else leaves the share line as it was.
	s.Exported("model", ExportDone("model", "nnplay-model.json"))
	do(LoadFile{Kind: DataFile, Name: "e.csv", Text: "1,2,1\n2,2,-1\n"})
	s.Exported("canvas", ExportDone("canvas", "c.png"))
	if !says(&s, ShareLine) || !says(&s, ExportLine) {
		t.Error("a data set loaded took Save model's answer away")
	}
	// An export asked for leaves the line as it is until its answer comes: a line
	// emptied in between made the panel jump.
	s.Exported("model", ExportDone("model", "nnplay-model.json"))
	s.Changed(ShareLine)
	do(AskExport{Kind: "url"})
	if _, _, changed := s.Changed(ShareLine); changed {
		t.Error("Copy link pressed emptied the share line before the clipboard answered")
	}
}

// TestTheLinkBoxGoesWithItsScene: Copy link refused by the clipboard shows the link in
// a box, and the share line says to copy it from there; a lesson opened or left makes
// another scene, whose link is another, and the box and its words go (the box showed
// free play's link in a lesson, under "copy the link from the box").
func TestTheLinkBoxGoesWithItsScene(t *testing.T) {
	for _, c := range []Command{OpenLesson{ID: 2}, OpenLesson{ID: 0}} {
		m := NewSession()
		if c.(OpenLesson).ID == 0 {
			m.Apply(OpenLesson{ID: 1})
		}
		var s Status
		copied := Copied{URL: m.ShareURL()}
		s.Answer(copied, m.Apply(copied), false)
		s.Tidy(m)
		if err, _, _ := s.Changed(ShareLine); m.Share.Fallback == "" || err == nil {
			t.Fatalf("a refused copy: box %q, line %v", m.Share.Fallback, err)
		}
		s.Answer(c, m.Apply(c), false)
		s.Tidy(m)
		if err, _, _ := s.Changed(ShareLine); m.Share.Fallback != "" || err != nil {
			t.Errorf("%+v: the box holds %q, the line says %v", c, m.Share.Fallback, err)
		}
	}
}

// TestAModelLoadedAtAStepsEndEmptiesTheShareLine: a model loaded while a Step runs is
// answered with nothing (the Step's end says it), and the share line's "Saved
// nnplay-model.json." goes all the same (look10 found it standing after a load).
func TestAModelLoadedAtAStepsEndEmptiesTheShareLine(t *testing.T) {
	m := NewSession()
	var s Status
	_, text, _, _ := m.ExportText("model")
	s.Exported("model", ExportDone("model", "nnplay-model.json"))
	m.Apply(StepPhase{Instant: true})
	c := LoadFile{Kind: ModelFile, Name: "m.json", Text: text}
	err := m.Apply(c)
	if err != nil {
		t.Fatalf("a model loaded at a Step's end says %v: the Step's end says it", err)
	}
	s.Answer(c, err, false)
	if err, _, changed := s.Changed(ShareLine); err != nil || !changed {
		t.Errorf("the share line still says %v", err)
	}
}
