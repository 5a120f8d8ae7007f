package figure

import (
	"bytes"
	"encoding/json"
	"testing"

	"nnplay/core"
	"nnplay/plots"
	"nnplay/wasm/play"
)

// TestTheExportNamesItsMarksOnce: Export PNG's figure names the unit's z marks one
// way, in its legend beside their glyphs, with the page's words, and its title names the
// unit and its activation. The title said "z at 250 training points, large: at the input
// point" above a legend of "z marks (250) on f(z) and f'(z)" and "highlighted z on f(z)
// and f'(z)" (mend22's brief).
func TestTheExportNamesItsMarksOnce(t *testing.T) {
	defer speak(t, play.English)
	for _, c := range []struct {
		lang                    play.Lang
		title, marks, highlight string
	}{
		{play.English, "layer 1, unit 0: Tanh()", "z at 250 training points",
			"z at the input point"},
		{play.Korean, "1층 유닛 0: Tanh()", "학습 데이터 250개의 z", "입력 점의 z"},
	} {
		speak(t, c.lang)
		r, err := play.Export(play.NewSession())
		if err != nil {
			t.Fatal(err)
		}
		spec, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		got, err := ActivationPNG(string(spec))
		if err != nil {
			t.Fatal(err)
		}
		want, err := plots.Activation(core.Tanh{}, plots.ActivationOptions{Marks: r.Marks,
			Highlight: r.Highlight, Title: c.title, MarksName: c.marks,
			HighlightName: c.highlight, Lang: c.lang.Code()})
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := plots.Write(&buf, want, 800, 600, "png"); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, buf.Bytes()) {
			t.Errorf("%s: the figure is not titled %q with the marks named %q and %q "+
				"(its title: %q)", c.lang.Code(), c.title, c.marks, c.highlight, r.Title)
		}
	}
}

// speak makes l the page's language.
func speak(t *testing.T, l play.Lang) {
	if err := play.NewSession().Apply(play.SetLanguage{Lang: l}); err != nil {
		t.Fatal(err)
	}
}
