package play

import (
	"strings"
	"testing"
)

// TestPointLineKept: the plane's line of the input point was formatted on every scene
// build, while the inputs' own lines were kept (inputLine); it is made again only when
// the point or the language changes.
func TestPointLineKept(t *testing.T) {
	defer show(Language())
	show(English)
	var l pointLine
	at := [2]float64{1.4953, -0.9979}
	if got := l.text(at); got != "input point (1.495, -0.998)" {
		t.Fatalf("the line reads %q", got)
	}
	if n := testing.AllocsPerRun(100, func() { l.text(at) }); n != 0 {
		t.Errorf("the same point's line allocates %v times a build", n)
	}
	if got := l.text([2]float64{2, -0.9979}); !strings.Contains(got, "(2.000, -0.998)") {
		t.Errorf("a moved point's line reads %q", got)
	}
	show(Korean)
	if got := l.text([2]float64{2, -0.9979}); !strings.HasPrefix(got, "입력 점") {
		t.Errorf("in Korean the line reads %q", got)
	}
}
