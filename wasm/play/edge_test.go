package play

import (
	"fmt"
	"testing"

	"nnplay/core"
)

// TestEveryEdgeHasItsEditor picks each edge of the default network, and of one fed
// every feature, in every window: the editor opens beside each, clear of the buttons,
// the texts and the edge's own units (checkControls). On a phone an edge into the
// first unit of the first layer once left the editor no room at all.
func TestEveryEdgeHasItsEditor(t *testing.T) {
	for _, all := range []bool{false, true} {
		m := NewSession()
		if all {
			for _, f := range core.AllFeatures() {
				apply(t, m, SetFeature{Feature: f, On: true})
			}
		}
		for l, layer := range m.Net.Layers {
			for i := range layer.Linear.Out {
				for j := range layer.Linear.In {
					apply(t, m, SelectEdge{Layer: l, Unit: i, In: j})
					for _, win := range windows {
						where := fmt.Sprintf("%d features, edge %d/%d/%d, %v", len(m.Features),
							l, i, j, win)
						s := pageScene(t, m, win)
						checkControls(t, where, m, s)
					}
				}
			}
		}
	}
}
