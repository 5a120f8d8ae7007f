package play

import (
	"math"
	"strconv"
	"strings"
)

// Lesson 4's board: the backward pass at one training point, layer by layer from the
// output: the two factors that take a layer's dL/dz from the one above, the weights'
// (Wᵀ) and f′(z)'s, and the size of dL/dz there, on a log bar, which the product of the
// factors drives down by orders of magnitude in the sigmoid stack. Its numbers have
// three significant digits, so that a row checks by hand from the one above. While
// Step's backward pass plays, a layer's row fills in when the pass reaches it. Under
// it, the selected unit's own chain rule.

// vanishBarLo and vanishBarHi bound the rows' log bars: |dL/dz| from 1e-10 to 1.
const (
	vanishBarLo = -10
	vanishBarHi = 0
)

func (s *Scene) vanishBoard(m *Session, st stepState) {
	k, sc, r := &s.Sketch, s.Geo.Scale, s.Geo.Lesson
	small := s.Fonts.Face(Small)
	lh := small.LineHeight
	c := chainOf(m, st)
	n := strconv.Itoa(c.Sample) // X's row, from 0 as the units are
	s.write(Normal, prioTitle, Ink, r.X, r.Y, alignLeft, Say(VanishBoardTitle, n),
		Say(VanishBoardTitleShort, n))
	y := r.Y + s.boardTitle()
	if m.stepRefused() { // the rows are the network as it is, not a step's
		s.write(Small, prioFocus, BannerInk, r.X, y, alignLeft, Say(VanishBoardRefused))
		y += lh
	}
	rule := Say(VanishBoardRule, "")
	if b, ok := hiddenBound(m); ok {
		rule = Say(VanishBoardRule, Say(b))
	}
	s.write(Small, prioReadout, SoftInk, r.X, y, alignLeft, rule, Say(VanishBoardRuleShort))
	y += lh
	s.write(Small, prioReadout, SoftInk, r.X, y, alignLeft, Say(VanishBoardSizes),
		Say(VanishBoardSizesShort))
	y += lh + 4*sc
	colW := r.X + small.Width(Say(VanishRowLayer, "8")) + 10*sc
	colF := colW + small.Width(Say(VanishRowW, "0.888")) + 10*sc
	colDZ := colF + small.Width(Say(VanishRowFPrime, "0.888")) + 10*sc
	barX := colDZ + small.Width(Say(VanishRowDZ, "8.88e-05")) + 10*sc
	barW := r.X + r.W - barX
	s.write(Small, prioReadout, SoftInk, barX, y, alignLeft, Say(VanishBarCaption),
		"1e-10 … 1")
	y += lh
	rowH := lh + 4*sc
	layers := len(c.Rows)
	for l := layers - 1; l >= 0; l-- {
		if y+rowH > r.Y+r.H-2*lh {
			break
		}
		row := c.Rows[l]
		name := Say(VanishRowLayer, strconv.Itoa(l+1))
		if l == layers-1 {
			name = Say(VanishRowOutput)
		}
		s.write(Small, prioReadout, Ink, r.X, y, alignLeft, name)
		if st.rec != nil && !st.backwardDone(l) {
			s.write(Small, prioReadout, SoftInk, colF, y, alignLeft, Say(VanishRowWaiting))
			y += rowH
			continue
		}
		if !math.IsNaN(row.W) {
			s.write(Small, prioFocus, Ink, colW, y, alignLeft, Say(VanishRowW, chainNum(row.W)))
		}
		if !math.IsNaN(row.F) {
			s.write(Small, prioFocus, Ink, colF, y, alignLeft,
				Say(VanishRowFPrime, chainNum(row.F)))
		}
		s.write(Small, prioFocus, Ink, colDZ, y, alignLeft, Say(VanishRowDZ, chainNum(row.DZ)))
		if barW > 20*sc {
			track := Rect{X: barX, Y: y + lh/2 - 3*sc, W: barW, H: 6 * sc}
			frac := 0.0
			if row.DZ > 0 {
				frac = clamp((math.Log10(row.DZ)-vanishBarLo)/(vanishBarHi-vanishBarLo), 0, 1)
			}
			k.Boxes = append(k.Boxes, Box{Rect: track, Color: GradTrack},
				Box{Rect: Rect{X: track.X, Y: track.Y, W: track.W * frac, H: track.H},
					Color: GradFill})
		}
		y += rowH
	}
	s.vanishUnit(m, st, c, y+4*sc)
}

// vanishUnit writes the selected unit's chain rule at the board's training point:
// dL/dz = dL/da × f'(z), which a saturated unit's tiny f'(z) makes vanish. During a
// Step it waits, as the board's rows do, for the backward pass to reach the unit.
func (s *Scene) vanishUnit(m *Session, st stepState, c Chain, y float64) {
	u := m.Selected
	if u.Level == 0 || st.rec != nil && !st.backwardDone(u.Level-1) {
		return
	}
	r := s.Geo.Lesson
	lt := c.Trace.Layers[u.Level-1]
	fp := m.Layer(u.Level - 1).Activation().Derivative(lt.Z[u.Index])
	da, dz := Num(lt.DA[u.Index]), Num(lt.DZ[u.Index])
	s.write(Small, prioFocus, Ink, r.X, y, alignLeft,
		Say(VanishUnit, m.UnitName(u), Num(fp), da, dz), Say(VanishUnitShort, Num(fp), dz))
}

// chainNum formats a number of the board with three significant digits: with two, as
// Num gives them, 0.02 may be 0.015 and a row does not check from the one above. It
// keeps trailing zeros, so that every number shows its three ("1.00" beside "0.939":
// "1" read as another kind of number). Under 1e-4 it writes an exponent, as %g does.
// From 1000 to a million it gives the whole number ("1234", not "1.23e+03", where a
// learner set a weight of 1000), and a value that is not finite reads as Num says it.
func chainNum(v float64) string {
	switch a := math.Abs(v); {
	case math.IsNaN(v) || math.IsInf(v, 0):
		return Num(v)
	case a >= 999.5 && a < 1e6:
		return strconv.FormatFloat(v, 'f', 0, 64)
	}
	e := strconv.FormatFloat(v, 'e', 2, 64) // "9.99e-01": the exponent after rounding
	if x, _ := strconv.Atoi(e[strings.IndexByte(e, 'e')+1:]); x >= -4 && x < 3 {
		return strconv.FormatFloat(v, 'f', 2-x, 64)
	}
	return e
}
