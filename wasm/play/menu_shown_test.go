package play

import (
	"slices"
	"testing"
)

// TestMenusShowOneOfTheirChoices: every menu of the panel shows a value it offers, for
// the setups a learner can reach: a select whose value is none of its options shows
// blank. A link may carry any learning rate in (0, 10], not only Playground's menu of
// them (mend18 saw a blank learning-rate menu with lr=1e-6).
func TestMenusShowOneOfTheirChoices(t *testing.T) {
	for _, open := range []Command{
		OpenLink{Hash: ""},
		OpenLink{Hash: "lr=1e-6"},
		OpenLink{Hash: "lr=0.05&batch=7"},
		OpenLink{Hash: "lr=7&data=xor"},
		SetLR{LR: 0.25},
		UsePreset{Index: 1},
	} {
		m := NewSession()
		mustApply(t, m, open)
		for _, c := range Controls() {
			opts := c.Options
			if c.Choices != nil {
				opts = c.Choices(m)
			}
			if len(opts) == 0 || c.Show == nil {
				continue
			}
			shown := c.Show(m)
			if !slices.ContainsFunc(opts, func(o Option) bool { return o.Value == shown }) {
				t.Errorf("after %#v the menu %q shows %q, which it does not offer", open, c.ID,
					shown)
			}
		}
	}
}
