package e2e

import "testing"

func TestLookAtThePage(t *testing.T) {
	p := open(t, false, 1280, 800)
	p.screenshot("first-look")
	p.noProblems()
	t.Logf("%+v", p.state().Units)
}
