package play

import (
	"strings"
	"testing"
)

// TestDerivativeIsWrittenWithAPrime: the page writes f's derivative one way, f′ with a
// prime, as the lessons, the bands ("saturated: f′ ≈ 0"), lesson 4's board ("×f′",
// "sigmoid′ ≤ 0.25") and PyTorch's docs do. teach39 read, in one unit's view, "f'(z) =
// 1.00" with an apostrophe under "saturated: f′ ≈ 0" with a prime, and the chain rule
// and the legends with the apostrophe.
func TestDerivativeIsWrittenWithAPrime(t *testing.T) {
	for m := Msg(0); m < msgEnd; m++ {
		e := m.entry()
		for _, s := range []string{e.en, e.ko} {
			if strings.Contains(s, "f'") {
				t.Errorf("message %d writes f' with an apostrophe: %q", m, s)
			}
		}
	}
}
