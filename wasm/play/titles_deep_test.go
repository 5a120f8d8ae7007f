package play

import (
	"strconv"
	"testing"
)

// TestCrowdedTitlesNameTheLastLayer: where the columns' titles are too crowded to name
// every column, the last hidden layer keeps its title, so that the titles never read as
// a shorter stack than the corner's count. (At 900x500 the deep stack read L1…L7, then
// Out over 8 hidden columns: look8.)
func TestCrowdedTitlesNameTheLastLayer(t *testing.T) {
	defer speak(English)
	for _, lang := range Langs() {
		speak(lang)
		for _, win := range []window{{900, 500, 1}, {1280, 800, 1}, {390, 844, 1}} {
			m := NewSession()
			apply(t, m, UsePreset{Index: 2})
			s := pageScene(t, m, win)
			hidden := len(m.Net.Layers) - 1
			if last := Say(LayerTitleShort, strconv.Itoa(hidden)); !hasLabel(s, last) &&
				!hasLabel(s, Say(LayerTitle, strconv.Itoa(hidden))) {
				t.Errorf("%v, %v: no title %q over the last hidden layer", lang, win, last)
			}
		}
	}
}
