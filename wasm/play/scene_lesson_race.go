package play

import (
	"image/color"
	"math"
	"strconv"

	"nnplay/plots/palette"
)

// Lesson 5's board: the runners' training loss per epoch on one chart with the target
// line, what each has reached, and beside them the cost of f and f' per call on this
// machine.

// raceInks colour the runners as the exported race figure does.
var raceInks = []color.RGBA{palette.Premultiplied(palette.Orange),
	palette.Premultiplied(palette.Blue), palette.Premultiplied(palette.Green),
	palette.Premultiplied(palette.Purple)}

func (s *Scene) raceBoard(r *raceLesson) {
	sc, b := s.Geo.Scale, s.Geo.Lesson
	lh := s.Fonts.Face(Small).LineHeight
	shape := strconv.Itoa(Race.Sizes[0])
	for _, n := range Race.Sizes[1:] {
		shape += "-" + strconv.Itoa(n)
	}
	s.write(Normal, prioTitle, Ink, b.X, b.Y, alignLeft, Say(RaceBoardTitle, Num(Race.Target)),
		Say(RaceBoardTitleShort))
	s.write(Small, prioReadout, SoftInk, b.X, b.Y+s.boardTitle(), alignLeft,
		Say(RaceBoardSetup, shape, shortNum(Race.LR)), Say(RaceBoardSetupShort, shape))
	top := b.Y + s.boardTitle() + lh + 6*sc
	// The chart and, beside it or under it, the runners and the cost table.
	side := math.Min(300*sc, b.W*0.36)
	chart := Rect{X: b.X + 44*sc, Y: top + 4*sc, W: b.W - side - 60*sc, H: b.Y + b.H - top - 3*lh}
	table := Rect{X: b.X + b.W - side, Y: top, W: side, H: b.Y + b.H - top}
	if b.W < 560*sc {
		rows := float64(2*len(RaceActivations)+3) * lh
		chart = Rect{X: b.X + 44*sc, Y: top + 4*sc, W: b.W - 52*sc, H: b.H - (top - b.Y) - rows - 3*lh}
		table = Rect{X: b.X, Y: chart.Y + chart.H + 2*lh, W: b.W, H: rows}
	}
	if chart.H < 40*sc || chart.W < 60*sc {
		return
	}
	s.raceChart(r, chart)
	s.raceTable(r, table)
}

// raceChart draws the runners' losses.
func (s *Scene) raceChart(r *raceLesson, chart Rect) {
	sc := s.Geo.Scale
	epochs, top := 10, 0.0
	for _, run := range r.Runs {
		epochs = max(epochs, len(run.Loss)-1)
		for _, l := range run.Loss {
			top = math.Max(top, l)
		}
	}
	p := plotArea{Rect: chart, X0: 0, X1: float64(epochs), Y0: 0, Y1: math.Max(top*1.05, 0.1)}
	s.axes(p)
	s.Sketch.Hairlines = append(s.Sketch.Hairlines, Line{X0: chart.X, Y0: p.Y(Race.Target),
		X1: chart.X + chart.W, Y1: p.Y(Race.Target), Width: s.Geo.Scale, Color: SoftInk})
	s.write(Small, prioReadout, SoftInk, chart.X+chart.W/2, chart.Y+chart.H+2*sc, alignCenter,
		Say(RaceEpochs))
	paths := len(s.Sketch.Paths)
	defer func() { s.raceTarget(p, s.Sketch.Paths[paths:]) }()
	if !r.Started {
		s.write(Normal, prioTitle, Ink, chart.X+chart.W/2, chart.Y+chart.H/3, alignCenter,
			Say(RaceNotStarted), Say(RaceNotStartedShort)).ownedBy(ownBoard)
		return
	}
	for k, run := range r.Runs {
		dash := 0
		if k == 3 {
			dash = 3 // LeakyReLU runs under ReLU: dashed, both show
		}
		path := s.Sketch.path(2.2*sc, raceInks[k])
		path.Points = curve(path.Points, len(run.Loss)-1, dash, func(e int) (float64, float64, bool) {
			return p.X(float64(e)), p.Y(run.Loss[e]), true
		})
		if run.Reached < 0 {
			continue
		}
		x, y := p.X(float64(run.Reached)), p.Y(run.Loss[run.Reached])
		if dash > 0 { // a ring, as its line is dashed: ReLU's dot shows inside it
			s.Sketch.Rings = append(s.Sketch.Rings, Ring{X: x, Y: y, R: 6.5 * sc, Width: 2 * sc,
				Color: raceInks[k]})
		} else {
			s.Sketch.Dots = append(s.Sketch.Dots, Dot{X: x, Y: y, R: 4 * sc, Color: raceInks[k]})
		}
	}
}

// raceTarget names the target line at the first of its ends, above it then below it, or
// else its middle, that no runner's line (runs), dot or ring crosses: the last runner
// reaches the target at the chart's right end, which the label took.
func (s *Scene) raceTarget(p plotArea, runs []Path) {
	sc, lh := s.Geo.Scale, s.Fonts.Face(Small).LineHeight
	text := Say(RaceTarget, Num(Race.Target))
	w, y := s.Fonts.Face(Small).Width(text), p.Y(Race.Target)
	clear := func(b Rect) bool {
		for _, d := range s.Sketch.Dots {
			if b.Overlaps(Rect{X: d.X - d.R, Y: d.Y - d.R, W: 2 * d.R, H: 2 * d.R}) {
				return false
			}
		}
		for _, d := range s.Sketch.Rings {
			if g := d.R + d.Width/2; b.Overlaps(Rect{X: d.X - g, Y: d.Y - g, W: 2 * g, H: 2 * g}) {
				return false
			}
		}
		for _, q := range runs {
			g := q.Width / 2
			b := Rect{X: b.X - g, Y: b.Y - g, W: b.W + 2*g, H: b.H + 2*g}
			for k := 1; k < len(q.Points); k++ {
				a, c := q.Points[k-1], q.Points[k]
				if !c.Move && b.Crossed(a.X, a.Y, c.X, c.Y) {
					return false
				}
			}
		}
		return true
	}
	r := p.Rect
	spot := Rect{X: r.X + r.W - 4*sc - w, Y: y - lh - 2*sc, W: w, H: lh}
	for _, x := range []float64{r.X + r.W - 4*sc - w, r.X + 4*sc, r.X + (r.W-w)/2} {
		if b := (Rect{X: x, Y: y - lh - 2*sc, W: w, H: lh}); clear(b) {
			spot = b
			break
		}
		if b := (Rect{X: x, Y: y + 2*sc, W: w, H: lh}); b.Y+lh <= r.Y+r.H && clear(b) {
			spot = b
			break
		}
	}
	s.write(Small, prioLegend, SoftInk, spot.X, spot.Y, alignLeft, text).ownedBy(ownBoard)
}

// raceTable lists the runners, each with the epoch it reached the target, and the cost
// table.
func (s *Scene) raceTable(r *raceLesson, t Rect) {
	sc := s.Geo.Scale
	f := s.Fonts.Face(Small)
	lh := f.LineHeight
	y := t.Y
	for k, act := range RaceActivations {
		text := Say(RaceWaiting, act.Label())
		if k < len(r.Runs) {
			run := r.Runs[k]
			last := Num(run.Loss[len(run.Loss)-1])
			switch {
			case run.Reached >= 0:
				text = Say(RaceReached, act.Label(), strconv.Itoa(run.Reached))
			case r.Finished || run.stopped:
				text = Say(RaceNever, act.Label(), strconv.Itoa(len(run.Loss)-1), last)
			default:
				text = Say(RaceRunning, act.Label(), last)
			}
		}
		s.legendLine(t.X, y, raceInks[k], k == 3, text)
		y += lh + 2*sc
	}
	y += lh / 2
	s.write(Small, prioReadout, Ink, t.X, y, alignLeft, Say(CostTitle), Say(CostTitleShort))
	y += lh
	var relu [2]float64
	if len(r.Cost.NS) > raceReLU {
		relu = r.Cost.NS[raceReLU]
	}
	for k, act := range RaceActivations {
		if !r.Cost.Done() {
			if k == 0 {
				s.write(Small, prioReadout, SoftInk, t.X, y, alignLeft, Say(CostMeasuring))
			}
			break
		}
		ns := r.Cost.NS[k]
		f, fp := Num(ns[0]), Num(ns[1])
		row := Say(CostRowOwn, act.Label(), f, fp) // ReLU's own
		switch q := (ns[0] + ns[1]) / (relu[0] + relu[1]); {
		case k == raceReLU: // the yardstick (relu above)
		case q < costNoise && q > 1/costNoise:
			row = Say(CostRowNear, act.Label(), f, fp)
		case costSide(ns[0]/relu[0]) == costSide(ns[1]/relu[1]):
			row = Say(CostRow, act.Label(), f, fp, Num(q))
		}
		s.write(Small, prioReadout, Ink, t.X, y, alignLeft, row,
			Say(CostRowShort, act.Label(), f, fp))
		y += lh
	}
	if r.Cost.Done() {
		n := strconv.FormatFloat(costNoise, 'g', -1, 64) // "1.5"
		s.write(Small, prioReadout, SoftInk, t.X, y, alignLeft, Say(CostNote, n),
			Say(CostNoteShort, n))
	}
}

// costSide says on which side of ReLU's time, beyond costNoise, a time's ratio q to it
// lies: 1 slower, -1 faster, 0 within the noise. The table claims a ratio only where f's
// and f′'s sides agree: on a busy machine one disturbed cell of ReLU's (its f′ once read
// 112 ns beside its f's 35) made Leaky ReLU "0.47× ReLU", its f 0.90× ReLU's.
func costSide(q float64) int {
	switch {
	case q >= costNoise:
		return 1
	case q <= 1/costNoise:
		return -1
	}
	return 0
}
