package play

import (
	"fmt"
	"strings"
	"testing"
)

// TestStepSaysWhichPointsItsBatchIs: the Step's batch is its point and the points after
// it (prepareStep), #122 to #131 on the fresh page, not the batch of ten that holds the
// point in training's order (#120 to #129, as Play and the exported PyTorch program
// take them). teach39, checking the update against PyTorch with the exported program,
// read "updates with its batch" (Korean: "그 데이터가 든 배치", the batch the point is
// in) and "the mean gradient of 10 points", took X[120:130] and got other numbers: the
// step's numbers matched only with X[122:132]. The panel names the points, and near the
// end of the data, where the batch wraps to #0, says so.
func TestStepSaysWhichPointsItsBatchIs(t *testing.T) {
	defer speak(English)
	for _, c := range []struct {
		lang Lang
		span string // with the first and last point
		wrap string // with the first, the last before the end and the last
	}{
		{English, "10 points, #%d to #%d", "10 points, #%d to #%d and #0 to #%d"},
		{Korean, "데이터 10개(#%d~#%d)", "데이터 10개(#%d~#%d, #0~#%d)"},
	} {
		speak(c.lang)
		m := NewSession()
		apply(t, m, StepPhase{}) // the forward pass of the point nearest the input point
		b := m.Anim.Record.Batch
		if b[len(b)-1] != b[0]+len(b)-1 {
			t.Fatalf("the fresh page's batch %v wraps", b)
		}
		if want := fmt.Sprintf(c.span, b[0], b[len(b)-1]); !strings.Contains(StepInfo(m),
			want) {
			t.Errorf("%v: %q does not say %q", c.lang, StepInfo(m), want)
		}
		n := len(m.Train)
		last := m.Train[n-3] // a batch of #n-3, #n-2, #n-1, #0 … #6
		m = NewSession()
		apply(t, m, SetInput{X1: last.X1, X2: last.X2}, StepPhase{})
		if got := m.Anim.Record.Batch; got[0] != n-3 || got[3] != 0 {
			t.Fatalf("the step on #%d has batch %v", n-3, got)
		}
		if want := fmt.Sprintf(c.wrap, n-3, n-1, 6); !strings.Contains(StepInfo(m), want) {
			t.Errorf("%v: %q does not say %q", c.lang, StepInfo(m), want)
		}
		hint := pageText["keys-hint"].in(c.lang)
		for _, wrong := range []string{"its batch", "그 데이터가 든 배치"} {
			if strings.Contains(hint, wrong) {
				t.Errorf("%v: the keys' hint %q says %q: the batch is the point and the "+
					"points after it", c.lang, hint, wrong)
			}
		}
	}
}

// TestBatchPointsNameAOnePointEnd: a wrapped batch whose end before #0, or whose part
// from #0, is one point names that point once: a batch of two from the last point read
// "#249 to #249 and #0 to #0" (review39).
func TestBatchPointsNameAOnePointEnd(t *testing.T) {
	defer speak(English)
	for _, c := range []struct {
		lang  Lang
		batch []int
		want  string
	}{
		{English, []int{249, 0}, "2 points, #249 and #0"},
		{English, []int{249, 0, 1}, "3 points, #249 and #0 to #1"},
		{English, []int{248, 249, 0}, "3 points, #248 to #249 and #0"},
		{English, []int{3, 4}, "2 points, #3 to #4"},
		{Korean, []int{249, 0}, "데이터 2개(#249, #0)"},
		{Korean, []int{248, 249, 0, 1}, "데이터 4개(#248~#249, #0~#1)"},
	} {
		speak(c.lang)
		if got := batchPoints(c.batch, 250); got != c.want {
			t.Errorf("%v %v: %q, want %q", c.lang, c.batch, got, c.want)
		}
	}
}
