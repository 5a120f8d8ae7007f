package play

import (
	"slices"
	"strings"
	"testing"

	"nnplay/core"
)

// TestLessonWordsHoldOnThePage checks the lessons' words against the page they speak
// of, in both languages: lesson 3's menu has the group its text names, holding every
// activation beyond the common ones; no lesson points to a side of the screen, which a
// phone's tabs do not keep; the panel's Training heading and its Play button are not
// one word.
func TestLessonWordsHoldOnThePage(t *testing.T) {
	defer speak(English)
	for _, lang := range Langs() {
		speak(lang)
		m := openLesson(t, 3, 0)
		var menu []Option
		for _, f := range LessonFields(m) {
			if f.ID == "lesson-act" {
				menu = f.Options
			}
		}
		group := Say(ActivationMoreGroup)
		grouped := 0
		for i, o := range menu {
			if (o.Group == group) != (i >= len(core.CommonActivations())) {
				t.Errorf("%v: lesson 3's menu has %s in group %q", lang, o.Value, o.Group)
			}
			if o.Group == group {
				grouped++
			}
		}
		if body := Say(CurveBody2); grouped == 0 || !strings.Contains(body, group) {
			t.Errorf("%v: lesson 3 says %q; its menu's group is %q with %d entries", lang, body,
				group, grouped)
		}
		for id := 1; id <= MaxLesson; id++ {
			l := lessons[id]
			words := l.Body
			for _, task := range l.Tasks {
				words = append(words, task.Text)
			}
			for _, w := range words {
				text := Say(w)
				for _, side := range []string{"오른쪽", "왼쪽", "on the right", "on the left",
					"right-hand", "left-hand"} {
					if strings.Contains(text, side) {
						t.Errorf("%v: lesson %d says %q, which a phone's tabs do not keep: %q",
							lang, id, side, text)
					}
				}
			}
		}
		if heading, _ := PageText("training"); heading == Say(PlayButton) {
			t.Errorf("%v: the Training heading and the Play button are both %q", lang, heading)
		}
	}
}

// TestLessonPanelWordsKeepTogether: in the lessons' sentences and tasks, which the
// browser wraps, "f′(z)" stays whole (at 390x844 it broke as "f′" / "(z)": look8), and
// in Korean a lesson's parts are not 단계, the Step button's word (한 단계).
func TestLessonPanelWordsKeepTogether(t *testing.T) {
	defer speak(English)
	for _, lang := range Langs() {
		speak(lang)
		for id := 1; id <= MaxLesson; id++ {
			l := lessons[id]
			msgs := slices.Clone(l.Body)
			for _, tk := range l.Tasks {
				msgs = append(msgs, tk.Text)
			}
			for _, m := range msgs {
				if s := Say(m); strings.Contains(s, "′(") {
					t.Errorf("%v, lesson %d: %q may break after the prime", lang, id, s)
				}
			}
			for _, p := range l.Parts {
				if s := Say(p); strings.Contains(s, "단계") {
					t.Errorf("%v, lesson %d: part %q reads as Step's word", lang, id, s)
				}
			}
		}
	}
}
