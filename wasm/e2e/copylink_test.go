package e2e

import (
	"fmt"
	"strings"
	"testing"

	cdpbrowser "github.com/chromedp/cdproto/browser"
)

// scrollOfJS is where element id is in the panel's view, in whole CSS pixels from the
// view's top, and whether it shows whole there: "top visible". (A line that appears
// above the view moves the panel's scroll, and the browser keeps what is in view in
// place: scroll anchoring.) Whole is to a pixel: the panel scrolls by whole pixels and
// its lines are not all whole, so a box scrolled to the view's edge may pass it by 0.1 px
// (the stall's box at 390x844: its bottom at 844.11 of 844).
const scrollOfJS = `(() => {
	const panel = document.getElementById('panel'), e = document.getElementById(%q);
	const p = panel.getBoundingClientRect(), r = e.getBoundingClientRect();
	const seen = r.height > 0 && r.top > p.top - 1 && r.bottom < p.bottom + 1;
	return Math.round(r.top - p.top) + ' ' + seen;
})()`

// TestCopyLinkKeepsThePanelsScroll: after Copy link, and after a refused copy, the panel
// stays where the learner is (Copy link where it was in view), and the answer shows
// beside the button, in view; the status line at the panel's top says it too, without
// pulling the panel's scroll to it. On a laptop and on a phone, whose panel is the lower
// part of the window.
func TestCopyLinkKeepsThePanelsScroll(t *testing.T) {
	t.Parallel()
	for _, win := range []struct{ w, h int }{{1280, 800}, {390, 844}} {
		p := reused(t, win.w, win.h)
		for _, allowed := range []bool{true, false} {
			where := fmt.Sprintf("%dx%d, clipboard allowed %v", win.w, win.h, allowed)
			p.clipboard(map[bool]cdpbrowser.PermissionSetting{
				true:  cdpbrowser.PermissionSettingGranted,
				false: cdpbrowser.PermissionSettingDenied}[allowed])
			p.eval(`document.getElementById('status').textContent = ''`)
			p.eval(`document.getElementById('copy-link').scrollIntoView({block: 'center'}), 1`)
			before := p.eval(fmt.Sprintf(scrollOfJS, "copy-link"))
			if !strings.HasSuffix(before, " true") {
				t.Fatalf("%s: Copy link is not in view: %s", where, before)
			}
			said := func() string {
				clipboardUse.Lock() // it writes the clipboard
				defer clipboardUse.Unlock()
				p.clickOn("#copy-link")
				return p.statusText()
			}()
			want := map[bool]string{true: "Copied the link", false: "did not let the page copy"}
			if !strings.Contains(said, want[allowed]) {
				t.Errorf("%s: the status line says %q", where, said)
			}
			if after := p.eval(fmt.Sprintf(scrollOfJS, "copy-link")); after != before {
				t.Errorf("%s: Copy link's place in the panel's view went from %s to %s",
					where, before, after)
			}
			if got := p.eval(fmt.Sprintf(scrollOfJS, "share-status")); !strings.HasSuffix(got,
				" true") {
				t.Errorf("%s: the answer beside Copy link is not in view: %s", where, got)
			}
			if got := p.eval(`document.getElementById('share-status').textContent`); got != said {
				t.Errorf("%s: beside Copy link: %q, the status line: %q", where, got, said)
			}
		}
		// The learner's next action that works empties the status line; the share section's
		// line keeps its report until the section's next, as the export section's does.
		said := p.eval(`document.getElementById('share-status').textContent`)
		p.tick("#show-test")
		p.waitFor(`document.getElementById('status').textContent === ''`)
		if got := p.eval(`document.getElementById('share-status').textContent`); got != said {
			t.Errorf("%dx%d: after another action the share line says %q", win.w, win.h, got)
		}
		p.noProblems()
	}
}
