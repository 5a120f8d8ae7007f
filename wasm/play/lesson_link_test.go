package play

import (
	"errors"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestLessonLinkCarriesFreePlay checks that a link copied in a lesson carries free
// play's setup, kept aside, and the lesson: opened, it opens the lesson, and free play
// then comes back with the learner's settings.
func TestLessonLinkCarriesFreePlay(t *testing.T) {
	m := NewSession()
	apply(t, m, SetPageAddress{URL: "http://example.org/index.html#old"}, SetLR{LR: 0.3})
	apply(t, m, OpenLesson{ID: 3})
	url := m.ShareURL()
	base, hash, _ := strings.Cut(url, "#")
	if base != "http://example.org/index.html" {
		t.Errorf("the link in lesson 3 is %q: its address is lost", url)
	}
	s, errs := ParseHash(hash)
	if len(errs) > 0 || s.Lesson != 3 || s.LR != 0.3 {
		t.Fatalf("the link in lesson 3 is %q: lesson %d, lr %g, %v", hash, s.Lesson, s.LR, errs)
	}
	n := NewSession()
	apply(t, n, OpenLink{Hash: "#" + hash})
	if n.Lesson == nil || n.Lesson.ID != 3 {
		t.Fatalf("the link opened lesson %+v", n.Lesson)
	}
	if n.Link() != hash {
		t.Errorf("the page that opened %q shows %q", hash, n.Link())
	}
	apply(t, n, OpenLesson{ID: 0})
	if n.LR != 0.3 {
		t.Errorf("free play came back with lr %g, the link's was 0.3", n.LR)
	}
	// A lesson's link leaves free play's weights out: TestLessonLinkLeavesOutTheWeights.
}

// TestLessonLinkFields checks that a link with a lesson and other fields applies the
// fields to free play, kept aside, and reports the refused ones as a link without a
// lesson does.
func TestLessonLinkFields(t *testing.T) {
	free := NewSession()
	want := free.Apply(OpenLink{Hash: "#lr=0.1&units=9"})
	m := NewSession()
	err := m.Apply(OpenLink{Hash: "#lr=0.1&units=9&lesson=2"})
	var n Notice
	if !errors.As(err, &n) || !strings.Contains(err.Error(), "units") ||
		want == nil || err.Error() != want.Error() {
		t.Errorf("#lr=0.1&units=9&lesson=2 says %v; without lesson=2, %v", err, want)
	}
	if m.Lesson == nil || m.Lesson.ID != 2 {
		t.Fatalf("the link opened lesson %+v", m.Lesson)
	}
	apply(t, m, OpenLesson{ID: 0})
	if m.LR != 0.1 {
		t.Errorf("free play came back with lr %g, the link's was 0.1", m.LR)
	}
	// A lesson's link alone keeps free play as it is.
	apply(t, m, OpenLink{Hash: "#lesson=4"})
	apply(t, m, OpenLesson{ID: 0})
	if m.LR != 0.1 {
		t.Errorf("#lesson=4 changed free play's lr to %g", m.LR)
	}
}

// TestLessonLinkKeepsThePart: the link of a lesson's part opens that part, and so does
// a reload of the page's address. (Lesson 2's part 2 opened at part 1: look8.) A part
// the lesson lacks is refused as any bad field is.
func TestLessonLinkKeepsThePart(t *testing.T) {
	m := NewSession()
	apply(t, m, OpenLesson{ID: 2}, OpenPart{Part: 1})
	link := m.Link()
	n := NewSession()
	apply(t, n, OpenLink{Hash: "#" + link})
	if n.Lesson == nil || n.Lesson.ID != 2 || n.Lesson.Part != 1 {
		t.Fatalf("%q opened lesson %+v, not lesson 2's part 2", link, n.Lesson)
	}
	if n.Link() != link {
		t.Errorf("the page that opened %q shows %q", link, n.Link())
	}
	apply(t, n, OpenPart{Part: 0})
	if strings.Contains(n.Link(), "part=") {
		t.Errorf("the first part's link %q names its part", n.Link())
	}
	for _, hash := range []string{"lesson=2&part=4", "lesson=4&part=2", "lesson=2&part=0",
		"lesson=2&part=-1", "lesson=2&part=x", "lesson=2&part=99999999999999999999999",
		"part=2"} {
		_, errs := ParseHash(hash)
		if len(errs) != 1 || errs[0].Field != "part" {
			t.Errorf("%q: refused %v, not its part", hash, errs)
		}
		err := NewSession().Apply(OpenLink{Hash: hash})
		if err == nil || !strings.Contains(err.Error(), "part") {
			t.Errorf("%q says %v", hash, err)
		}
	}
	// The range a refusal gives is the lesson's own, whatever the part asked.
	for hash, want := range map[string]Want{"lesson=1&part=4": fromTo("1", "1"),
		"lesson=1&part=2": fromTo("1", "1"), "lesson=2&part=0": fromTo("1", "3"),
		"lesson=2&part=9":                       fromTo("1", "3"),
		"lesson=4&part=99999999999999999999999": fromTo("1", "1")} {
		want = want.of(WantPart)
		if _, errs := ParseHash(hash); len(errs) != 1 || !reflect.DeepEqual(errs[0].Want, want) {
			t.Errorf("%q: refused %+v, want the range %s", hash, errs, want)
		}
	}
}

// TestLessonsKeepTheExports: Save canvas shows in every lesson, and Export PNG in each
// lesson whose units the learner selects, where it exports the selected unit's figure.
// (In a lesson both were hidden, with the rest of the sections it does not use: look8.)
func TestLessonsKeepTheExports(t *testing.T) {
	for id := 0; id <= MaxLesson; id++ {
		m := NewSession()
		mustApply(t, m, OpenLesson{ID: id})
		units := m.Lesson == nil || slices.Contains(m.Lesson.def().sections(0), "unit")
		shown := map[string]bool{}
		for _, c := range Controls() {
			if c.Attr == "hidden" && c.Show != nil {
				shown[c.ID] = c.Show(m) == ""
			}
		}
		if sec, ok := shown["export-section"]; ok && !sec {
			t.Errorf("lesson %d hides Save canvas", id)
		}
		if hint, ok := shown["export-hint"]; !ok || hint != units {
			t.Errorf("lesson %d: Export PNG's hint shown %v, units to select %v", id, hint, units)
		}
		if png, ok := shown["export-png"]; !ok || png != units {
			t.Errorf("lesson %d: Export PNG shown %v, units to select %v", id, png, units)
		}
		if _, err := Export(m); units && err != nil {
			t.Errorf("lesson %d: Export PNG says %v", id, err)
		}
	}
}

// TestABadPartStillOpensTheLesson: a link whose part the lesson lacks opens the lesson at
// its first part, as the refusal promises ("those settings keep their defaults"), and
// says why. (A teacher's mistyped #lesson=2&part=9 opened free play: look10.)
func TestABadPartStillOpensTheLesson(t *testing.T) {
	for hash, id := range map[string]int{"#lesson=2&part=9": 2, "#lesson=1&part=-1": 1,
		"#lesson=3&part=99999999999999999999": 3, "#lesson=2&part=1.5": 2,
		"#lesson=2&part=0": 2, "#lesson=5&part=x&lang=en": 5} {
		m := NewSession()
		err := m.Apply(OpenLink{Hash: hash})
		var n Notice
		if !errors.As(err, &n) || !strings.Contains(err.Error(), "part") {
			t.Errorf("%s says %v, not a notice about its part", hash, err)
		}
		if m.Lesson == nil || m.Lesson.ID != id || m.Lesson.Part != 0 {
			t.Errorf("%s opened %+v, not lesson %d at its first part", hash, m.Lesson, id)
		}
	}
}

// TestPartButtonsSayWhichIsPressed: the open lesson's part buttons are a toggle group,
// and assistive tech hears which one is pressed: aria-pressed "true" on the open part's,
// "false" on the others shown, kept in step as the learner opens another part. (They
// said it by colour alone: look9 read aria-pressed null on all three.)
func TestPartButtonsSayWhichIsPressed(t *testing.T) {
	m := NewSession()
	mustApply(t, m, OpenLesson{ID: 2})
	for part := 0; part < 3; part++ {
		mustApply(t, m, OpenPart{Part: part})
		pressed := map[string]string{}
		for _, c := range Controls() {
			if c.Attr == "aria-pressed" && strings.HasPrefix(c.ID, "lesson-part-") {
				pressed[c.ID] = c.Show(m)
			}
		}
		for i := 1; i <= 3; i++ {
			id := "lesson-part-" + strconv.Itoa(i)
			if want := strconv.FormatBool(i == part+1); pressed[id] != want {
				t.Errorf("part %d open: %s aria-pressed %q, want %q", part+1, id, pressed[id],
					want)
			}
		}
	}
}

// TestLessonsCopyTheirLink: Copy link shows in every lesson, as a learner expects a
// lesson's link (at its part) to be copied from the lesson; what shares free play's
// model (the weights in the link, Save and Load model, Export PyTorch) shows in free
// play only. (In a lesson the share section was hidden whole: Copy link sits with them.)
func TestLessonsCopyTheirLink(t *testing.T) {
	for id := 0; id <= MaxLesson; id++ {
		m := NewSession()
		mustApply(t, m, OpenLesson{ID: id})
		hidden := map[string]bool{} // by the controls that hide an element
		bound := map[string]bool{}
		for _, c := range Controls() {
			if c.Attr == "hidden" && c.Show != nil {
				hidden[c.ID] = hidden[c.ID] || c.Show(m) != ""
				bound[c.ID] = true
			}
		}
		if hidden["share-section"] || hidden["copy-link"] {
			t.Errorf("lesson %d: Copy link hidden (its section %v)", id, hidden["share-section"])
		}
		for _, f := range []string{"share-weights-row", "save-model", "load-model-row",
			"export-pytorch", "share-hint"} {
			if !bound[f] || hidden[f] != (id != 0) {
				t.Errorf("lesson %d: %s hidden %v (bound %v)", id, f, hidden[f], bound[f])
			}
		}
	}
	m := NewSession()
	apply(t, m, OpenLesson{ID: 2}, OpenPart{Part: 1})
	for _, c := range Controls() {
		if c.ID == "copy-link" && c.Event == "click" {
			cmd, err := c.Command("")
			if err != nil {
				t.Fatal(err)
			}
			mustApply(t, m, cmd)
		}
	}
	if !strings.Contains(m.ShareURL(), "lesson=2&part=2") {
		t.Errorf("Copy link in lesson 2's part 2 copies %q", m.ShareURL())
	}
}

// TestLessonLinkLeavesOutTheWeights: Copy link in a lesson carries no weights, since the
// box that asks for them shows in free play only, and back in free play the link carries
// them again as the box still says. (A box ticked in free play put free play's weights,
// 276 characters of them, into lesson 2's link under a box the learner could not see:
// review16.) The address keeps them: a reload in the lesson, which opens the address,
// brings free play back with its weights, as a reload in free play does (mendL: the
// lesson's address left them out, and a reload lost the learner's weights).
func TestLessonLinkLeavesOutTheWeights(t *testing.T) {
	m := NewSession()
	apply(t, m, SetPageAddress{URL: "http://example.org/index.html"}, SetShareWeights{On: true})
	apply(t, m, SetWeight{Layer: 0, Unit: 0, In: 0, Value: 1.25})
	if s, _ := ParseHash(m.Link()); s.Weights == nil || s.Weights[0] != 1.25 {
		t.Fatalf("free play with the box ticked: the link is %q", m.Link())
	}
	for _, id := range []int{1, 2, 4} {
		apply(t, m, OpenLesson{ID: id})
		_, copied, _ := strings.Cut(m.ShareURL(), "#")
		if strings.Contains(copied, "weights=") || !strings.Contains(copied, "lesson=") {
			t.Errorf("lesson %d: Copy link copies %q", id, copied)
		}
		reloaded := NewSession()
		apply(t, reloaded, OpenLink{Hash: m.Link()})
		apply(t, reloaded, OpenLesson{ID: 0})
		if reloaded.Net.Layers[0].Linear.Weight[0][0] != 1.25 || !reloaded.Share.Weights {
			t.Errorf("lesson %d, reloaded: free play's weight %v, box %v (address %q)", id,
				reloaded.Net.Layers[0].Linear.Weight[0][0], reloaded.Share.Weights, m.Link())
		}
		apply(t, m, OpenLesson{ID: 0})
		if s, _ := ParseHash(m.Link()); s.Weights == nil || s.Weights[0] != 1.25 {
			t.Errorf("free play again after lesson %d: the link is %q", id, m.Link())
		}
	}
}
