package play

import (
	"strings"
	"testing"
)

// TestDatasetNamesAreWords: the data set menu names each set in words in each language,
// never by its code name, and marks the regression sets as such.
func TestDatasetNamesAreWords(t *testing.T) {
	defer speak(English)
	mark := map[Lang]string{English: "(regression)", Korean: "(회귀)"}
	for _, l := range Langs() {
		speak(l)
		for _, o := range datasetChoices(NewSession()) {
			if o.Label == o.Value || strings.Contains(o.Label, "_") {
				t.Errorf("%v: %s is named %q", l, o.Value, o.Label)
			}
			regression := o.Group == Say(problemWords[Regression])
			if strings.Contains(o.Label, mark[l]) != regression {
				t.Errorf("%v: %q in %q, regression %v", l, o.Label, o.Group, regression)
			}
		}
	}
}
