package play

import (
	"slices"
	"strings"
	"testing"

	"nnplay/core"
)

// TestCopyLinkSaysTheWeightsStayBehind: a link without the weights opens with the weights
// its setup draws (Setup.Network), and when the page's weights are others, Copy link says
// so and names the box that puts them in. look16 added sin x1 to the first network, copied
// the link and opened it: the new input's weights, drawn by the page's edit, came back
// others (0.413424 read 0.471003), and nothing had said the link would not hold them.
func TestCopyLinkSaysTheWeightsStayBehind(t *testing.T) {
	defer speak(English)
	for _, l := range Langs() {
		speak(l)
		box, _ := PageText("share-weights")
		said := func(m *Session) string {
			mustApply(t, m, SetPageAddress{URL: "https://example.org/"})
			return Explain(m.Apply(Copied{OK: true}))
		}
		same := func(m *Session) bool {
			return slices.Equal(WeightsOf(m.Setup(false).Network()), WeightsOf(m.Net))
		}
		m := NewSession()
		if !same(m) {
			t.Fatalf("%s: a fresh page's link does not draw its weights", l.Code())
		}
		if got := said(m); strings.Contains(got, box) {
			t.Errorf("%s: a link that opens with the page's own weights says %q", l.Code(), got)
		}
		mustApply(t, m, SetFeature{Feature: core.SinX1, On: true})
		if same(m) {
			t.Fatalf("%s: the edited network's link draws its weights: no case", l.Code())
		}
		if got := said(m); !strings.Contains(got, box) {
			t.Errorf("%s: a link that opens with other weights says only %q", l.Code(), got)
		}
		mustApply(t, m, SetShareWeights{On: true})
		if got := said(m); strings.Contains(got, box) {
			t.Errorf("%s: a link with the weights says %q", l.Code(), got)
		}
	}
}
