package play

import (
	"strings"
	"testing"
)

// TestStepHintNamesTheBatch: the keys' hint says what the Step's own text says, that the
// step starts at the training point nearest the input point and updates with a batch.
// look12 read "Step trains on the training point nearest the input point." beside the
// Step's "the update uses the mean gradient of 10 points".
func TestStepHintNamesTheBatch(t *testing.T) {
	for l, words := range map[Lang][]string{
		English: {"nearest the input point", "batch"},
		Korean:  {"가장 가까운 학습 데이터", "배치"},
	} {
		hint := pageText["keys-hint"].in(l)
		for _, w := range words {
			if !strings.Contains(hint, w) {
				t.Errorf("%v: the hint %q does not say %q", l, hint, w)
			}
		}
		if strings.Contains(hint, "trains on the training point") {
			t.Errorf("%v: the hint %q says the step trains on one point", l, hint)
		}
	}
}
