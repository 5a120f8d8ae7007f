package play

import (
	"strings"
	"testing"
)

// TestEveryLinkRefusalSaysWhatTheFieldWants: a refused field of a link says what the
// field takes in words a learner can act on, in both languages (mend21: weights=AAAA
// read "(allowed: 25)", 25 of nothing named, and lesson=abc said no range at all).
func TestEveryLinkRefusalSaysWhatTheFieldWants(t *testing.T) {
	nan := strings.Repeat("_", 267) // 25 float64s of all ones: NaNs
	for hash, want := range map[string][2]string{
		"weights=AAAA": {"weights “AAAA” has the wrong number of entries (this network has " +
			"25 weights and biases)", "(이 신경망의 가중치와 bias는 25개입니다)"},
		"weights=" + nan: {"(this network has 25 weights and biases)",
			"(이 신경망의 가중치와 bias는 25개입니다)"},
		"lesson=abc": {"lesson “abc” is not a number (a lesson from 1 to 6, or 0 for free " +
			"play)", "(단원 번호 1부터 6까지, 자유 실습은 0)"},
		"lesson=9": {"(a lesson from 1 to 6, or 0 for free play)",
			"(단원 번호 1부터 6까지, 자유 실습은 0)"},
		"layers=4,4&acts=tanh": {"(3, one per Linear layer)", "(Linear 층마다 하나씩 3개)"},
		"layers=4&bias=1":      {"(2, one per Linear layer)", "(Linear 층마다 하나씩 2개)"},
		"acts=leaky_relu:,tanh": {"(the activation's parameters: 1)",
			"(활성화 함수의 매개변수: 1개)"},
		"acts=leaky_relu:x,tanh":   {"(allowed: from -1 to 1)", "(가능한 값: -1부터 1까지)"},
		"seed=x":                   {"(allowed: from 0 to 18,446,744,073,709,551,615)", "0부터"},
		"batch=x":                  {"(allowed: from 1 to 30)", "(가능한 값: 1부터 30까지)"},
		"rate=x":                   {"(allowed: 0, 0.001, 0.003,", "(가능한 값: 0, 0.001,"},
		"layers=x":                 {"(from 1 to 8 units in each hidden layer)", "(은닉층마다 유닛 수: 1부터 8까지)"},
		"layers=1,1,1,1,1,1,1,1,1": {"(from 0 to 8 hidden layers)", "(은닉층 수: 0부터 8까지)"},
		"features=":                {"(from 1 to 7 input features)", "(입력 특성 수: 1부터 7까지)"},
		"features=x2,x1": {"(each at most once, in this order: x1, x2, x1sq,",
			"(겹치지 않게, 이 순서로: x1, x2, x1sq,"},
		"lesson=2&part=x": {"part “x” is not a number (this lesson's parts: from 1 to 3)",
			"(이 단원의 부 번호: 1부터 3까지)"},
		"lesson=1&part=9": {"(this lesson's parts: 1)", "(이 단원의 부 번호: 1)"},
		"#" + strings.Repeat("a", MaxHashLength+1): {"(at most 8192 characters)",
			"(8192자까지)"},
	} {
		_, errs := ParseHash(hash)
		en, ko := fieldErrors(errs).In(English), fieldErrors(errs).In(Korean)
		if !strings.Contains(en, want[0]) || !strings.Contains(ko, want[1]) {
			t.Errorf("%.40s says %q and %q", hash, en, ko)
		}
	}
	// Every refusal whose reason does not say it all carries what the field wants.
	sayItAll := map[HashReason]bool{HashRepeated: true, HashBadEscape: true,
		HashNeedsNetwork: true}
	for _, hash := range []string{"lesson=x", "init=x", "seed=x", "batch=x", "part=x",
		"layers=x", "layers=0", "acts=leaky_relu:x", "acts=elu:1:2", "rate=x", "noise=x",
		"train=x", "lr=x", "bias=2", "weights=AAAA", "weights=" + nan, "data=x",
		"problem=x", "features=x2,x1", "features=q", "loss=x", "reg=x", "discretize=x",
		"showtest=x", "lang=x", "acts=x", "layers=1&acts=tanh", "data=plane&problem=0"} {
		_, errs := ParseHash(hash)
		for _, e := range errs {
			if e.Want.IsZero() && !sayItAll[e.Reason] {
				t.Errorf("%s: %q says nothing of what the field wants", hash, e.In(English))
			}
		}
	}
}
