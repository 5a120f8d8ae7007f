package play

import (
	"image/color"
)

// Scene is what the canvas shows at one moment: every unit, edge, pulse, curve and
// label, placed in canvas pixels. Update builds it (Build) after the model, the layout
// or the animation moved; Draw only turns it into pixels, in this order: the flat
// shapes and pictures view by view, then the smooth shapes (lines, dots, rings, paths)
// in the same order, then the Backdrops, then the Labels. Its slices are reused from
// one Build to the next, so a steady frame allocates little.
type Scene struct {
	Geo   Geometry
	Fonts *Fonts

	// EdgeMode says what the edges encode. Edges are the network's, layer by layer,
	// unit by unit, input by input.
	EdgeMode EdgeMode
	Edges    []Edge
	// Units are every unit, level by level (inputs first).
	Units []UnitView
	// Pulses are the dots moving along the edges.
	Pulses []Pulse
	// GradBars are, under each layer, the size of its gradient.
	GradBars []GradBar
	// BadgeMarks are squares in the ink of a badge that found no room: one in its unit's
	// corner, and one before each line of the note that says what they mark.
	BadgeMarks []Box

	Plane   PlaneView
	Act     ActView
	Chart   ChartView
	LossBox LossBox
	Banner  Banner
	// Sketch is the open lesson's board (scene_lesson.go).
	Sketch Sketch
	// Panels are boxes drawn filled and framed over the views: the tabs of a tabbed
	// canvas (Geometry.Tabbed), one per Pane, the one shown brighter; the banner.
	Panels []Panel

	// Labels are every text the canvas draws, with its box, none over another; Backdrops
	// are white boxes drawn under the labels that sit on busy ground.
	Labels    []Label
	Backdrops []Rect
	// Overlay is what the canvas's controls and legends add (canvas_controls.go).
	Overlay Overlay

	weightParam []int     // each layer's weight's index in Net.Parameters(), during a Step
	moves       movesKept // the Step's update's moves of the selected unit and their list
	listed      []int     // the moves the list shows this frame (listForms)
	barsCaption int       // the gradient bars' caption's index in texts, -1 for none
	// columnValues are, unit by unit, the value each one's column shows (columnValue), and
	// rooms, level by level, where its numbers go (numberRoom): worked out once a frame as
	// the units are laid out, and read where their numbers are written and kept room for.
	columnValues  []string
	rooms         []numberRoom
	inputLines    []inputLine // the inputs' values, kept from frame to frame
	inputTexts    []int       // the inputs' lines' indices in texts (inputAlts)
	pointLine     pointLine   // the plane's line of the input point, kept alike
	edgeWords     []edgeWords // the edges' labels' words, kept alike (edgeWordsFor)
	edgeWordsNext int         // the next of edgeWords to make again, once it is full
	rule          ruleLine    // the Step's update line, kept for its record
	digits        digitsKept  // the selected unit's moves' decimals (moveDigitsOf)
	movesHidden   []int       // the edges' moves the list took over (listForms, keepMoves)
	badges        *badgeWords
	badgeRefs     []badgeRef // the badges asked for, to mark those not placed (markBadges)

	// The layout of the texts (place.go): what was asked for, in what order it is
	// placed, what is placed and what texts must keep clear of.
	texts      []text
	owners     []int // the obstacles of one level's units, while they are laid out
	formPool   []string
	spotPool   []spot
	order      []int
	ranked     []int     // a group's texts by rank (placeFewer)
	labelSizes []float64 // what the selected unit's edges' labels show, by size
	byLabel    []int     // the selected unit's inputs, largest label first
	placed     []Rect
	obstacles  []obstacle
	xs, ys     []float64
	cols       []float64 // freeBox's columns inside its region
	band       []Rect    // what crosses a row of freeBox's search
	ins        []Rect    // what freeBox's boxes must stay clear of
}

// Panel is a box, filled and framed.
type Panel struct {
	Fill  Box
	Frame Stroke
}

// Label is one text the canvas draws.
type Label struct {
	Text string
	Size FontSize
	// Box is where the text goes, in canvas pixels: its left, its top, its advance
	// width and its line height.
	Box   Rect
	Color color.RGBA
}

// Line is a straight stroke from (X0, Y0) to (X1, Y1), Width canvas pixels wide.
type Line struct {
	X0, Y0, X1, Y1, Width float64
	Color                 color.RGBA
}

// Dot is a filled circle.
type Dot struct {
	X, Y, R float64
	Color   color.RGBA
}

// Ring is a stroked circle.
type Ring struct {
	X, Y, R, Width float64
	Color          color.RGBA
}

// Box is a filled rectangle.
type Box struct {
	Rect
	Color color.RGBA
}

// Stroke is a stroked rectangle.
type Stroke struct {
	Rect
	Width float64
	Color color.RGBA
}

// Path is a polyline of Width canvas pixels; a point with Move set starts a new run.
type Path struct {
	Points []PathPoint
	Width  float64
	Color  color.RGBA
}

// PathPoint is one point of a Path.
type PathPoint struct {
	X, Y float64
	Move bool
}

// curve appends to pts the polyline through samples 0 to n: at(k) returns sample k's
// point and whether it can be drawn (a sample that cannot breaks the line). With
// dash > 0 every other run of dash samples is left out: a dashed line.
func curve(pts []PathPoint, n, dash int, at func(k int) (x, y float64, ok bool)) []PathPoint {
	started := false
	for k := 0; k <= n; k++ {
		x, y, ok := at(k)
		if !ok || (dash > 0 && (k/dash)%2 == 1) {
			started = false
			continue
		}
		pts = append(pts, PathPoint{X: x, Y: y, Move: !started})
		started = true
	}
	return pts
}

// align says where a label's x is: its left end, its centre or its right end.
type align int

const (
	alignLeft align = iota
	alignCenter
	alignRight
)

// Build computes the scene of m laid out in geo, with text measured in fonts; clock is
// the seconds since the page started, which moves the pulses of slow Play.
func (s *Scene) Build(m *Session, geo Geometry, fonts *Fonts, clock float64) {
	s.Geo, s.Fonts = geo, fonts
	s.Labels, s.Backdrops = s.Labels[:0], s.Backdrops[:0]
	s.texts, s.obstacles, s.inputTexts = s.texts[:0], s.obstacles[:0], s.inputTexts[:0]
	s.formPool, s.spotPool = s.formPool[:0], s.spotPool[:0]
	s.Overlay.reset()
	v := m.View()
	st := s.step(m)
	s.tabs(m)
	s.network(m, v, st)
	s.pulses(m, st, clock)
	s.plane(m)
	s.valueScale(m)
	s.activation(m, v, st)
	s.chart(m, v)
	s.lesson(m, st)
	loss := s.lossBox(m, st)
	banner := s.banner(m)
	s.place(m)
	s.LossBox.Shown = loss >= 0 && s.texts[loss].ok
	if s.LossBox.Shown {
		s.LossBox.Frame.Rect = s.texts[loss].box.Inset(s.LossBox.Frame.Width / 2)
	}
	if banner >= 0 && !s.texts[banner].ok {
		banner--
	}
	s.Banner.Shown = banner >= 0 && s.texts[banner].ok
	if s.Banner.Shown {
		s.Banner.Fill.Rect, s.Banner.Frame.Rect = s.texts[banner].box, s.texts[banner].box
		s.Panels = append(s.Panels, s.Banner.Panel)
	}
}

// shows reports whether pane p is on the canvas.
func (s *Scene) shows(m *Session, p Pane) bool { return s.Geo.Shows(p, m.Pane) }

// tabs lays out the tabs of a tabbed canvas.
func (s *Scene) tabs(m *Session) {
	s.Panels = s.Panels[:0]
	if !s.Geo.Tabbed {
		return
	}
	sc, lh := s.Geo.Scale, s.Fonts.Face(Normal).LineHeight
	for p, r := range s.Geo.Tabs {
		if s.Geo.Hidden[p] {
			continue
		}
		t := Panel{Fill: Box{Rect: r, Color: Background},
			Frame: Stroke{Rect: r, Width: sc, Color: Hairline}}
		ink := SoftInk
		if Pane(p) == m.Pane {
			t.Fill.Color, t.Frame.Color, t.Frame.Width, ink = White, Ink, 1.5*sc, Ink
		}
		s.Panels = append(s.Panels, t)
		own := s.block(r, ownTab-p)
		s.write(Normal, prioChrome, ink, r.X+r.W/2, r.Y+(r.H-lh)/2, alignCenter,
			Say(paneWords[p])).ownedBy(own)
	}
}

// banner writes, over the view on screen, why training stopped or stalls: a box with a
// short message (the panel has it in full).
func (s *Scene) banner(m *Session) int {
	long, short := DivergedBanner, DivergedBannerShort
	if atTheEdge(m.Diverged) {
		long = DivergedEdgeBanner
	}
	if m.Diverged == nil {
		st, ok := m.stalled()
		if !ok {
			return -1
		}
		long, short = StallBanner, StallBannerShort
		if st.dying {
			long = StallDeadBanner
		}
	}
	sc, normal := s.Geo.Scale, s.Fonts.Face(Normal)
	region := s.Geo.Net
	for _, p := range []Pane{PaneNetwork, PanePlane, PaneActivation, PaneChart} {
		if s.shows(m, p) {
			region = [...]Rect{s.Geo.Net, s.Geo.Plane, s.Geo.ActView, s.Geo.Chart}[p]
			break
		}
	}
	s.Banner.Fill.Color = BannerFill
	s.Banner.Frame = Stroke{Width: sc, Color: BannerEdge}
	s.write(Normal, prioBlock, BannerInk, region.X, region.Y+normal.LineHeight*3.6, alignLeft,
		Say(long), Say(short)).pad(8*sc, 4*sc).anywhere(region).ownedBy(ownBanner)
	first := len(s.texts)
	s.write(Normal, prioBlock, BannerInk, region.X, region.Y+normal.LineHeight*3.6, alignLeft,
		Say(short)).pad(8*sc, 4*sc).anywhere(s.Geo.Area).ownedBy(ownBanner).alt = first
	return len(s.texts) - 1
}

// Banner is the divergence banner: a box over the view on screen with the message in
// it, one of the Panels when Shown.
type Banner struct {
	Shown bool
	Panel
}
