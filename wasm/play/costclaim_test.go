package play

import "testing"

// TestCostTableClaimsNoRatioItsColumnsDisagree: a ratio to ReLU is claimed only where
// f and f′ both lie beyond costNoise of ReLU's, on the same side. teach39's run, on a
// machine busy with two browser tests, measured ReLU's f′ at 112.2 ns beside its f at
// 34.6 (each a compare and a select), and the table read "LeakyReLU(0.01): f 31.2 ns,
// f′ 37.9 ns, 0.47× ReLU" under the title "ReLU … costs less": Leaky ReLU's f was
// 0.90× ReLU's, its f′ 0.34×, and the sum's 0.47 was the one disturbed cell of ReLU's.
// Such a row gives its times and claims nothing; a row whose columns agree keeps its
// ratio, and one within the noise its ≈.
func TestCostTableClaimsNoRatioItsColumnsDisagree(t *testing.T) {
	defer speak(English)
	for _, lang := range Langs() {
		speak(lang)
		m := openLesson(t, 5, 0)
		r := m.Lesson.Race
		// Sigmoid within the noise in sum, Tanh slower in both, ReLU, Leaky ReLU mixed.
		r.Cost.NS = [][2]float64{{61, 67.3}, {176.6, 190.8}, {34.6, 112.2}, {31.2, 37.9}}
		for !r.Cost.Done() {
			r.Cost.slice++
		}
		s := sceneAt(t, m, 1280, 800, 1)
		relu := 34.6 + 112.2
		rows := []struct {
			k    int
			want string
			not  string
		}{
			{0, Say(CostRowNear, "Sigmoid", Num(61), "67.3"), ""},
			{1, Say(CostRow, "Tanh", "176.6", "190.8", Num((176.6+190.8)/relu)), ""},
			{3, Say(CostRowOwn, "LeakyReLU(0.01)", "31.2", "37.9"),
				Say(CostRow, "LeakyReLU(0.01)", "31.2", "37.9", Num((31.2+37.9)/relu))},
		}
		for _, c := range rows { // the long row, or the short where it does not fit
			ns := r.Cost.NS[c.k]
			short := Say(CostRowShort, RaceActivations[c.k].Label(), Num(ns[0]), Num(ns[1]))
			if !hasLabel(s, c.want) && !hasLabel(s, short) {
				t.Errorf("%v: the table has no %q", lang, c.want)
			}
			if c.not != "" && hasLabel(s, c.not) {
				t.Errorf("%v: the table says %q, though f is %.2f× ReLU's and f′ %.2f×",
					lang, c.not, 31.2/34.6, 37.9/112.2)
			}
		}
	}
}
