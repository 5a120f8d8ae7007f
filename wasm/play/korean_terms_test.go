package play

import (
	"regexp"
	"strings"
	"testing"
)

// TestKoreanTerms checks the Korean words against the tutorial's (tutorial-ko.txt): one
// string never calls a layer both "layer" and 층 (the tutorial says Linear layer, and 층
// where it counts: 2층의), 레슨 is no word of the tutorial (a lesson is 단원, one word
// everywhere), and the Step button is quoted (‘한 단계’) where a sentence presses it, as
// the other buttons are. The fresh-eyes look found all three in lesson 4's sentences.
func TestKoreanTerms(t *testing.T) {
	bare := regexp.MustCompile(`(^|[^은닉출력}0-9])층`) // 층 not counted, not 은닉층 or 출력층
	check := func(key, ko string) {
		if strings.Contains(ko, "layer") && bare.MatchString(ko) {
			t.Errorf("%s mixes layer and 층: %q", key, ko)
		}
		if strings.Contains(ko, "레슨") {
			t.Errorf("%s says 레슨: %q", key, ko)
		}
		if strings.Contains(ko, "한 단계를 누르") {
			t.Errorf("%s presses the Step button unquoted: %q", key, ko)
		}
	}
	for m := Msg(0); m < msgCount; m++ {
		check(SayIn(English, m), SayIn(Korean, m))
	}
	for m := range lessonTable {
		check(SayIn(English, m), SayIn(Korean, m))
	}
	for key, e := range pageText {
		check(key, e.ko)
	}
}
