package e2e

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestAnUnknownAddressLanguageIsSaid: ?lang=xx opens the page in the language the browser
// keeps, as #lang=xx does, and the status line says so, naming the page's languages (it
// fell back in silence: look10); the kept language stays. The page opens the hash before
// it reads the address, so that a hash that opens cleanly does not wipe the notice.
func TestAnUnknownAddressLanguageIsSaid(t *testing.T) {
	t.Parallel()
	p := open(t, false, 1280, 800)
	p.eval(`localStorage.setItem('nnplay-lang', 'ko'), 1`)
	for _, tail := range []string{"?lang=xx", "?lang=xx#lr=0.1"} {
		q := p.tab(p.url + tail)
		if w := q.words(); w.Lang != "ko" || w.Stored != "ko" {
			t.Errorf("%s: %+v", tail, w)
		}
		if said := q.statusText(); !strings.Contains(said, "언어(“xx”)는 이 페이지에 없어 한국어로") ||
			!strings.Contains(said, "en (English), ko (한국어)") {
			t.Errorf("%s: the status line says %q", tail, said)
		}
		q.noProblems()
	}
}

// TestCopyLinkFromDiskSaysWhereItOpens: from disk, Copy link says beside the button that
// its file:// link opens on this computer only (look10: it said nothing).
func TestCopyLinkFromDiskSaysWhereItOpens(t *testing.T) {
	t.Parallel()
	p := open(t, true, 1280, 800)
	clipboardUse.Lock() // it writes the clipboard
	defer clipboardUse.Unlock()
	p.tick("#copy-link")
	p.waitFor(`document.getElementById('share-status').textContent.includes(` +
		`'opens on this computer only')`)
	p.noProblems()
}

// TestReloadInALessonKeepsFreePlaysWeights: with "Put the weights in the link" ticked, a
// weight the learner typed in free play survives a reload in a lesson: the lesson's
// address left free play's weights out, and the reload drew them from the seed (mendL).
func TestReloadInALessonKeepsFreePlaysWeights(t *testing.T) {
	t.Parallel()
	p := open(t, false, 1280, 800)
	p.tick("#share-weights")
	p.eval(`(b => (b.value = '2.5', b.dispatchEvent(new Event('change')), 1))(` +
		`document.querySelector('#unit-params input[id$="-num"]'))`)
	p.waitFor(`location.hash.includes('weights=')`)
	model := func() string {
		var s struct {
			Model json.RawMessage `json:"model"`
		}
		p.call("state", nil, &s)
		return string(s.Model)
	}
	free := model()
	if !strings.Contains(free, "2.5") {
		t.Fatalf("the typed weight is not in the model: %s", free)
	}
	p.call("lesson", 2, nil)
	p.waitFor(`location.hash.includes('lesson=2') && location.hash.includes('weights=')`)
	p.do(chromedp.Reload())
	p.waitFor(`document.body.classList.contains('ready')`)
	p.waitFor(`window.nnplay.call('state').then(s => JSON.parse(s).lesson.id === 2)`)
	p.call("lesson", 0, nil)
	if back := model(); back != free {
		t.Errorf("free play after a reload in lesson 2:\n%s\nwant\n%s", back, free)
	}
	p.noProblems()
}
