package e2e

import "testing"

// The longest tests, started first: go test starts the tests of a package in the order
// of their files' names and then of their place in the file, and a test's subtests only
// after every test before them has started. This file's name comes first, and the tests
// in it are in the order of their length, longest first (each takes 20 to 50 seconds of
// the two cores' time, where most others take under ten), so that the run ends with
// short tests side by side, never with one long test alone. Their bodies live with the
// tests of the same part of the page.

func TestLessonsEnglish(t *testing.T) {
	t.Parallel()
	lessons(t, "en")
}

func TestLessonsKorean(t *testing.T) {
	t.Parallel()
	lessons(t, "ko")
}

func TestPlaygroundControls(t *testing.T) {
	t.Parallel()
	playgroundControls(t)
}

func TestShareLinksAndFiles(t *testing.T) {
	t.Parallel()
	shareLinksAndFiles(t)
}

func TestStepPhases1920x1080(t *testing.T) {
	t.Parallel()
	stepPhases(t, 1920, 1080, 1)
}

func TestStepPhases1280x800At2(t *testing.T) {
	t.Parallel()
	stepPhases(t, 1280, 800, 2)
}

func TestStepPhases390x844(t *testing.T) {
	t.Parallel()
	stepPhases(t, 390, 844, 1)
}

func TestStepPhases1280x800(t *testing.T) {
	t.Parallel()
	stepPhases(t, 1280, 800, 1)
}
