package play

import (
	"errors"
	"strings"
	"testing"
)

// TestLoadedWeightBeyondTheSlider loads a model file whose weight is 100 (files may hold
// up to ±ParamBound): the panel's field shows 100 on a slider wide enough for it, and
// every value the engine accepts can be typed there.
func TestLoadedWeightBeyondTheSlider(t *testing.T) {
	defer speak(English)
	speak(English)
	m := NewSession()
	text := `{"format":"nnplay/1","modules":[{"type":"linear","in_features":2,` +
		`"out_features":1,"weight":[[100,-0.5]],"bias":[-250]}]}`
	err := m.Apply(LoadFile{Kind: ModelFile, Name: "big.json", Text: text})
	if !errors.As(err, new(Notice)) {
		t.Fatal(err)
	}
	m.Apply(Select{Unit: Unit{Level: 1, Index: 0}})
	byID := map[string]Field{}
	for _, f := range UnitFields(m) {
		byID[f.ID] = f
	}
	for id, want := range map[string]float64{"w-0-0-0": 100, "b-0-0": -250, "w-0-0-1": -0.5} {
		f := byID[id]
		if f.Number != want || f.Lo > want || f.Hi < want {
			t.Errorf("%s: %v on a slider from %v to %v, want %v on it", id, f.Number, f.Lo, f.Hi,
				want)
		}
	}
	if f := byID["w-0-0-1"]; f.Lo != -ParamLimit || f.Hi != ParamLimit {
		t.Errorf("a weight of -0.5 has a slider from %v to %v, want ±%v", f.Lo, f.Hi, ParamLimit)
	}
	w := byID["w-0-0-0"]
	for _, typed := range []string{"100", "-1000", "999", "4"} {
		c, err := w.Set(typed)
		if err == nil {
			err = m.Apply(c)
		}
		if err != nil {
			t.Errorf("typing %s: %v", typed, Explain(err))
		}
	}
	if _, err := w.Set("1001"); err == nil || !strings.Contains(Explain(err), "−1000 to 1000") {
		t.Errorf("typing 1001: %v, want a refusal naming −1000 to 1000", err)
	}
}
