package play

import (
	"strings"
	"testing"

	"nnplay/core"
)

// TestUnitsCountFromZero checks that every text naming a unit numbers it as PyTorch
// indexes it, from 0, as the Step's moves and the panel's rows do (w[1][0], b[1]): the
// f(z) view's title, the unit menu, the panel's weight rows, the edge editor and the
// messages that refuse a unit, in English and Korean. (The f(z) view said "layer 2,
// unit 2" of the unit whose moves read b[1].)
func TestUnitsCountFromZero(t *testing.T) {
	defer speak(English)
	for _, c := range []struct {
		lang                                            Lang
		unit, from, edge, output, noUnit, noUnitInLayer string
	}{
		{English, "layer 2, unit 1", "w[1][3] from layer 1, unit 3", "w[1][3] ← layer 1, unit 3",
			"output 1",
			"there is no unit 9 in level 1 to select", "layer 1 has no unit 9"},
		{Korean, "2층 유닛 1", "w[1][3], 1층 유닛 3에서 오는 가중치", "w[1][3] ← 1층 유닛 3",
			"출력 1",
			"선택할 수 있는 유닛이 아닙니다: 단계 1의 유닛 9", "1층에 없는 유닛입니다: 유닛 9"},
	} {
		speak(c.lang)
		m := NewSession()
		mustApply(t, m, Select{Unit: Unit{Level: 2, Index: 1}})
		updateDone(m)
		s := pageScene(t, m, window{1280, 800, 1})
		titled := false
		for _, l := range s.Labels {
			titled = titled || strings.HasPrefix(l.Text, c.unit+":")
		}
		if !titled {
			t.Errorf("%s: no f(z) view titled %q", c.lang.Code(), c.unit)
		}
		if f := UnitFields(m)[4]; f.Label != c.from {
			t.Errorf("%s: the panel's weight row reads %q, want %q", c.lang.Code(), f.Label, c.from)
		}
		if o := UnitOptions(m)[4+1]; o.Label != c.unit {
			t.Errorf("%s: the unit menu lists %q, want %q", c.lang.Code(), o.Label, c.unit)
		}
		mustApply(t, m, SelectEdge{Layer: 1, Unit: 1, In: 3})
		if got := edgeName(m); got != c.edge {
			t.Errorf("%s: the edge editor reads %q, want %q", c.lang.Code(), got, c.edge)
		}
		if err := m.Apply(Select{Unit: Unit{Level: 1, Index: 9}}); err == nil ||
			err.Error() != c.noUnit {
			t.Errorf("%s: selecting unit 9 of level 1: %v", c.lang.Code(), err)
		}
		if err := m.Apply(SetBias{Layer: 0, Unit: 9}); err == nil || err.Error() != c.noUnitInLayer {
			t.Errorf("%s: the bias of unit 9 of layer 1: %v", c.lang.Code(), err)
		}
		two := NewSession() // a network of two outputs, as a loaded model may have
		rng := core.NewRNG(1)
		two.Net = core.NewSequential(core.NewLinear(2, 4, true, rng), core.Tanh{},
			core.NewLinear(4, 2, true, rng))
		if got := two.UnitName(Unit{Level: 2, Index: 1}); got != c.output {
			t.Errorf("%s: the second output is %q, want %q", c.lang.Code(), got, c.output)
		}
	}
}
