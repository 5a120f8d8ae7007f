package play

// Reset puts the session back as a fresh page in a new browser context starts it, for
// the test API's "reset": Playground's default session (NewSession), then what the page
// tells it as it starts with nothing stored: its language l (the browser's), its
// address url and no lesson's task done. The page keeps its training worker, as a fresh
// page starts one, but the worker stops: the session's link to it moves its job version
// on at the next ToWorker, and until then its frames, of an older state, are dropped, so
// that nothing it trained lands after the reset. Every generation counter moves on too,
// so that the canvas lays out, computes and draws everything again.
func (m *Session) Reset(l Lang, url string) {
	m.become(NewSession())
	m.book, m.Share = lessonBook{}, Share{} // which become keeps; free play's kept copy too
	for _, start := range []Command{StartLanguage{Lang: l}, SetPageAddress{url}, LoadProgress{}} {
		if err := m.Apply(start); Refusal(err) != nil { // an address's Notice: not the API's
			panic(err) // l is one of the languages: only a bug fails here
		}
	}
}
