package plots

import (
	"strings"
	"testing"
)

// TestFiguresWriteThePrime: the figures write f's derivative f′ with a prime, as the
// page's canvas, its lessons and PyTorch's docs do; teach39 found "inactive: f'(z) = 0"
// and "f(z) and f'(z)" with an apostrophe in the Export PNG beside the page's f′.
func TestFiguresWriteThePrime(t *testing.T) {
	for i, w := range words {
		for _, s := range []string{w.en, w.ko} {
			if strings.Contains(s, "f'") {
				t.Errorf("word %d writes f' with an apostrophe: %q", i, s)
			}
		}
	}
}
