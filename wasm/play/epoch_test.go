package play

import (
	"strings"
	"testing"
)

// TestEpochSaysPartsOfAnEpoch plays at one sample per frame for 55% of an epoch and
// more: the panel's readout, the loss chart's title and a pause's words say the
// epochs trained with the part of an epoch begun, never rounded up to an epoch not yet
// done. (At 0.55 epochs they said 1.)
func TestEpochSaysPartsOfAnEpoch(t *testing.T) {
	defer speak(English)
	m := NewSession()
	smallGrids(m)
	n := len(m.Train)
	for _, c := range []struct {
		samples int
		want    string
	}{
		{0, "0"}, {(n*55 + 99) / 100, "0.55"}, {n * 268 / 1000, "0.27"}, {n - 1, "0.99"}, {n, "1"},
		{(n*125 + 99) / 100, "1.25"},
		// One Step at batch size 1 moves 1/250 of an epoch: "0.00" looked as if nothing
		// happened (look11); the digits go on until the part begun shows.
		{1, "0.004"}, {n + 1, "1.004"}, {2, "0.01"},
	} {
		m.SamplesSeen = int64(c.samples)
		if got := shown(t, m, "out-epoch", ""); got != c.want {
			t.Errorf("%d samples of %d: the panel says epoch %q, want %q", c.samples, n,
				got, c.want)
		}
		s := pageScene(t, m, window{1280, 800, 1})
		title := ""
		for _, l := range s.Labels {
			if strings.HasPrefix(l.Text, "Loss ") {
				title = l.Text
			}
		}
		if !strings.HasSuffix(title, "epoch "+c.want) {
			t.Errorf("%d samples of %d: the chart says %q, want epoch %s", c.samples, n,
				title, c.want)
		}
		// The axis's end names no epoch the title has not reached (at epoch 0 it said
		// "epoch 1": look8).
		if hasLabel(s, "epoch 1") != (c.samples >= n) {
			t.Errorf("%d samples of %d: the axis's end \"epoch 1\" shown %v under %q",
				c.samples, n, hasLabel(s, "epoch 1"), title)
		}
	}
	m.SamplesSeen = int64((n*55 + 99) / 100)
	m.pause(PausedLossOverflow.With(), false)
	if w := Explain(m.Diverged); !strings.HasPrefix(w, "Training paused at epoch 0.55:") {
		t.Errorf("a pause at 0.55 epochs says %q", w)
	}
}
