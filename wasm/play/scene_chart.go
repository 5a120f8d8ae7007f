package play

import (
	"math"
	"strconv"

	"nnplay/core"
)

// ChartView is the loss chart: the train (solid) and test (dashed) loss against the
// epoch in Plot, from 0 to Top. Shown is false when there is no room for it. A curve
// of one point, as a link or a reset opens at epoch 0, draws no line: its point is
// marked instead (HasStart), the train loss a disc and the test loss a ring around
// it, so that the two show where they meet.
type ChartView struct {
	Shown       bool
	Plot        Rect
	Frame       Stroke
	Top         float64
	Train, Test Path
	HasStart    bool
	TrainStart  Dot
	TestStart   Ring
	Legend      []Line
}

// startRoom is the room, in CSS pixels, the loss chart keeps around its first point's
// marks (a ring of radius 5, stroked 1.5 wide): between the axis and its numbers, and
// under the plot's top.
const startRoom = 8

// minChartH is the lowest plot, in CSS pixels, the chart draws.
const minChartH = 20

// chartTop is the axis's top for losses up to top in a plot h canvas pixels high at
// scale sc (h at least minChartH × sc): 5% over top, or more where the plot is low, so
// that the first point's marks (a ring of 5 and its stroke) stay under the plot's top,
// clear of the title above it.
func chartTop(top, h, sc float64) float64 {
	return math.Max(top*1.05, top*h/(h-startRoom*sc))
}

func (s *Scene) chart(m *Session, v *View) {
	c, r, sc := &s.Chart, s.Geo.Chart, s.Geo.Scale
	nf, sf := s.Fonts.Face(Normal), s.Fonts.Face(Small)
	c.Shown = false
	if r.W < 60 || r.H < 50 || !s.shows(m, PaneChart) {
		return
	}
	epoch := m.EpochText()
	s.write(Normal, prioTitle, Ink, r.X, r.Y, alignLeft,
		Say(ChartTitle, Num(v.TrainLoss), Num(v.TestLoss), epoch),
		Say(ChartTitleShort, Num(v.TrainLoss), Num(v.TestLoss)))
	plot := Rect{X: r.X + 38*sc, Y: r.Y + nf.LineHeight + 4*sc, W: r.W - 44*sc,
		H: r.H - nf.LineHeight - sf.LineHeight - 10*sc}
	// The axis ends at the whole epochs the title says: a long run keeps ever fewer
	// points, and its last may be a few epochs back ("epoch 3217" under 3224).
	pts := m.History.Points
	last := math.Max(1, math.Floor(m.Epoch()))
	if len(pts) > 0 {
		last = math.Max(last, pts[len(pts)-1].Epoch)
	}
	// The legend goes between the axis's "0" and "epoch N", else on a line of its own
	// under them: it hid its "test" under "epoch 51" where the chart is narrow.
	end := Say(ChartEpoch, strconv.FormatFloat(last, 'f', 0, 64))
	if m.Epoch() < 1 && (len(pts) == 0 || pts[len(pts)-1].Epoch < 1) {
		end = "" // the axis spans one epoch, but names none the title has not reached
	}
	wTrain, wTest := sf.Width(Say(ChartTrain)), sf.Width(Say(ChartTest))
	legend := 20*sc + wTrain + 14*sc + 20*sc + wTest
	from, to := plot.X+sf.Width("0")+10*sc, plot.X+plot.W-sf.Width(end)-10*sc
	own := to-from >= legend
	if !own {
		plot.H -= sf.LineHeight
	}
	if plot.H < minChartH*sc {
		return
	}
	c.Shown, c.Plot, c.Frame = true, plot, Stroke{Rect: plot, Width: sc, Color: Hairline}
	s.block(plot, ownChartPlot)
	// The axis holds the history and the loss of the moment, which the title shows: a
	// weight typed in or another loss changes it before the next epoch's point.
	top := m.History.Range()
	for _, l := range []float64{v.TrainLoss, v.TestLoss} {
		if core.IsFinite(l) {
			top = math.Max(top, l)
		}
	}
	top = chartTop(math.Max(top, 1e-3), plot.H, sc)
	c.Top = top
	series := func(pick func(LossPoint) float64) func(k int) (float64, float64, bool) {
		return func(k int) (float64, float64, bool) {
			p := pts[k]
			l := pick(p)
			y := plot.Y + plot.H - math.Min(1, l/top)*plot.H
			return plot.X + p.Epoch/last*plot.W, y, core.IsFinite(l)
		}
	}
	train := func(p LossPoint) float64 { return p.Train }
	test := func(p LossPoint) float64 { return p.Test }
	c.Train = Path{Points: curve(c.Train.Points[:0], len(pts)-1, 0, series(train)),
		Width: 1.8 * sc, Color: FunctionInk}
	c.Test = Path{Points: curve(c.Test.Points[:0], len(pts)-1, 3, series(test)),
		Width: 1.8 * sc, Color: DerivativeInk}
	c.HasStart = len(pts) == 1
	if c.HasStart {
		x, y, ok := series(train)(0)
		c.TrainStart = Dot{X: x, Y: y, R: 3 * sc, Color: FunctionInk}
		if !ok {
			c.TrainStart.R = 0
		}
		x, y, ok = series(test)(0)
		c.TestStart = Ring{X: x, Y: y, R: 5 * sc, Width: 1.5 * sc, Color: DerivativeInk}
		if !ok {
			c.TestStart.R = 0
		}
	}
	// The axis's numbers stand clear of the first point's marks, centred on the axis.
	s.write(Small, prioReadout, SoftInk, plot.X-startRoom*sc, plot.Y, alignRight, Num(top))
	s.write(Small, prioReadout, SoftInk, plot.X-startRoom*sc, plot.Y+plot.H-sf.LineHeight,
		alignRight, "0")
	by := plot.Y + plot.H + 2*sc
	s.write(Small, prioReadout, SoftInk, plot.X, by, alignLeft, "0")
	if end != "" {
		s.write(Small, prioReadout, SoftInk, plot.X+plot.W, by, alignRight, end)
	}
	lx := from + (to-from-legend)/2
	if !own {
		lx, by = plot.X+(plot.W-legend)/2, by+sf.LineHeight
	}
	ly := by + sf.LineHeight/2
	c.Legend = append(c.Legend[:0], Line{X0: lx, Y0: ly, X1: lx + 16*sc, Y1: ly, Width: 1.8 * sc,
		Color: FunctionInk})
	s.write(Small, prioLegend, SoftInk, lx+20*sc, by, alignLeft, Say(ChartTrain))
	lx += 20*sc + wTrain + 14*sc
	c.Legend = dashes(c.Legend, lx, ly, 16, 1.8, sc, DerivativeInk)
	s.write(Small, prioLegend, SoftInk, lx+20*sc, by, alignLeft, Say(ChartTest))
}
