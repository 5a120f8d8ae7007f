package play

import (
	"strings"
	"testing"
)

// TestKoreanStepAndPresetWords: the fresh-eyes look read "다시 누르면 다음은 업데이트
// 과정입니다" and "sigmoid를 깊게 쌓은 층" as awkward Korean: Step's text says where the
// next press goes ("다시 누르면 업데이트로 넘어갑니다"), and the deep stack is a network
// of layers, not a layer.
func TestKoreanStepAndPresetWords(t *testing.T) {
	defer show(English)
	show(Korean)
	m := NewSession()
	for _, next := range []string{"손실로", "역전파로", "업데이트로", "새 학습 단계의 순전파로"} {
		mustApply(t, m, StepPhase{Instant: true})
		if s := StepInfo(m); !strings.HasSuffix(s, "다시 누르면 "+next+" 넘어갑니다.") {
			t.Errorf("the Step's text ends %q, not with where the next press goes (%s)", s, next)
		}
	}
	if p := Presets()[2].Label(2); p != "sigmoid를 깊게 쌓은 신경망: 2-8x8-1" {
		t.Errorf("the deep stack's preset reads %q", p)
	}
}
