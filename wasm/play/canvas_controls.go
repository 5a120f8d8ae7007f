package play

import (
	"image/color"
	"math"
	"slices"
	"strconv"
	"strings"

	"nnplay/core"
	"nnplay/wasm/play/sheet"
)

// The canvas's own controls, where TensorFlow Playground puts them: a band above the
// network with − and + for the hidden layers (its first row) and for the units of each
// hidden layer (its second row, over the layer's column), and the input column holding
// every feature in Playground's order, a unit for each one the network is fed and a
// chip to click for each other. A click on an input unit stops feeding it; a click on
// an edge picks its weight (edge.go). The panel has every one of these too.

// Sizes of the controls, in CSS pixels.
const (
	controlsBand = 52 // the band above the network: two rows
	controlRow   = 25 // from one row's top to the next's
	buttonSide   = 20 // a button's side, smaller where columns are close
	chipPitch    = 22 // from a chip's top to the next's
	chipHeight   = 18
	chipWidth    = 48 // at least, where the column leaves room
)

// LayoutFor lays out m's network as Layout does, with the band of + and − above it and
// a chip in the input column for every feature m does not feed; in a lesson, the
// lesson's views without them (lesson_layout.go).
func LayoutFor(m *Session, area Rect, scale float64) Geometry {
	if m.Lesson != nil {
		g := lessonLayout(m.Sizes(), area, scale, m.views())
		g.shape = shapeOf(m)
		return g
	}
	fed := make([]bool, len(featureKeys))
	for _, f := range m.Features {
		if f >= 0 && int(f) < len(fed) {
			fed[f] = true
		}
	}
	g := layout(m.Sizes(), fed, area, scale)
	g.shape = shapeOf(m)
	return g
}

// Stale reports whether g was laid out for another network, features or lesson part
// than m's: the page lays the canvas out again. The game asks in every Update, so it
// allocates nothing.
func (g Geometry) Stale(m *Session) bool { return !g.shape.of(m) }

// shape is what a layout was made for: the network's sizes, the features fed and the
// lesson's part.
type shape struct {
	sizes        []int
	features     []core.Feature
	lesson, part int // the lesson's ID and part; ID 0 out of the lessons
}

func shapeOf(m *Session) shape {
	s := shape{sizes: m.Sizes(), features: slices.Clone(m.Features)}
	if l := m.Lesson; l != nil {
		s.lesson, s.part = l.ID, l.Part
	}
	return s
}

// of reports whether s is m's shape.
func (s shape) of(m *Session) bool {
	if len(s.sizes) != len(m.Net.Layers)+1 || s.sizes[0] != m.Net.In() ||
		!slices.Equal(s.features, m.Features) {
		return false
	}
	for i, l := range m.Net.Layers {
		if s.sizes[i+1] != l.Linear.Out {
			return false
		}
	}
	lesson, part := 0, 0
	if l := m.Lesson; l != nil {
		lesson, part = l.ID, l.Part
	}
	return s.lesson == lesson && s.part == part
}

// placeInputs lays the input column out anew with every feature in Playground's order:
// each fed one's unit (units, in order, one unit pitch apart and tall high with its
// numbers), and a chip for each other, centred on the column in usable height from top.
// It returns the chips' places, by feature; a chip that would run past the usable height
// gets none (the panel feeds every feature too). room is the distance to the next column.
func placeInputs(units []Rect, fed []bool, top, usable, pitch, tall, room, scale float64) []Rect {
	chips := make([]Rect, len(fed))
	if len(units) == 0 {
		return chips
	}
	h := 0.0
	for i, on := range fed {
		switch {
		case on && i == len(fed)-1:
			h += tall
		case on:
			h += pitch
		default:
			h += chipPitch * scale
		}
	}
	x, n := units[0].X, units[0].W
	w := math.Max(n, math.Min(chipWidth*scale, room-6*scale))
	y, k := top+math.Max(0, usable-h)/2, 0
	for f, on := range fed {
		if on && k < len(units) {
			units[k] = Rect{X: x, Y: y, W: n, H: n}
			k++
			y += pitch
			continue
		}
		if y+chipHeight*scale <= top+usable {
			chips[f] = Rect{X: x, Y: y, W: w, H: chipHeight * scale}
		}
		y += chipPitch * scale
	}
	return chips
}

// keepOffEdges moves the chips left, as far as left, all by the same, and narrows each where it
// must, to keep it off the edges from the input units to the next column's units (next), drawn as
// wide as an edge gets and to the selected unit's ring: at 900x500 Net B's edges from x2 to its
// lower units ran over "+ x1²" and "+ x2²", as wide as the column let them (look14).
func keepOffEdges(chips, units, next []Rect, left, scale float64) {
	pad := (EdgeWidth(math.Inf(1))/2 + 2) * scale
	x, originalW := math.Inf(1), 0.0
	for f, c := range chips {
		if c.W == 0 {
			continue
		}
		originalW = c.W // placeInputs makes them alike
		lo, hi, right := c.Y-pad, c.Y+c.H+pad, c.X+c.W
		for _, u := range units {
			x0, y0 := u.X+u.W+scale/2, u.Y+u.H/2
			for _, v := range next {
				x1, y1 := v.X-3.5*scale, v.Y+v.H/2
				y := y0 // where the edge comes into the chip's band, if it does
				switch {
				case y0 < lo && y1 >= lo:
					y = lo
				case y0 > hi && y1 <= hi:
					y = hi
				case y0 < lo || y0 > hi:
					continue
				}
				right = math.Min(right, x0+(y-y0)*(x1-x0)/(y1-y0+1e-9)-pad)
			}
		}
		chips[f].W = right - c.X // for now, its right end
		x = math.Min(x, math.Max(left, right-c.W))
	}
	for f, c := range chips { // all from one left side, as wide as they were or may be
		if c.H != 0 {
			w := math.Max(0, math.Min(c.X+c.W-x, originalW))
			chips[f] = Rect{X: x, Y: c.Y, W: w, H: c.H}
		}
	}
}

// ButtonKind is what one of the canvas's buttons does.
type ButtonKind int

const (
	LayerMinus  ButtonKind = iota // remove the last hidden layer
	LayerPlus                     // add a hidden layer before the output
	UnitMinus                     // remove a unit of a hidden layer
	UnitPlus                      // add a unit to a hidden layer
	FeatureChip                   // feed a feature to the network
)

// Button is one of the canvas's buttons: where it is, what it does (to hidden level
// Level, or to feature Feature) and whether it can now.
type Button struct {
	Rect    Rect
	Kind    ButtonKind
	Level   int
	Feature core.Feature
	Enabled bool
}

// Command is what a click on the button means. A button that cannot act now still
// sends its command, whose refusal says why.
func (b Button) Command() Command {
	switch b.Kind {
	case LayerMinus:
		return RemoveLayer{}
	case LayerPlus:
		return AddLayer{}
	case UnitMinus:
		return RemoveUnit{Level: b.Level}
	case UnitPlus:
		return AddUnit{Level: b.Level}
	}
	return SetFeature{Feature: b.Feature, On: true}
}

// Buttons appends the canvas's buttons for m to dst: the hidden layers' − and +, each
// hidden layer's, then the chips; none when the network is not on the canvas or the
// layout has no band for them.
func (g Geometry) Buttons(m *Session, dst []Button) []Button {
	if g.Controls.H == 0 || !g.Shows(PaneNetwork, m.Pane) || len(g.Nodes) < 2 {
		return dst
	}
	sc, sizes := g.Scale, m.Sizes()
	hidden := len(sizes) - 2
	side := buttonSide * sc
	y := g.Controls.Y + 3*sc
	dst = append(dst,
		Button{Rect: Rect{g.Net.X, y, side, side}, Kind: LayerMinus, Enabled: hidden > 0},
		Button{Rect: Rect{g.Net.X + side + 4*sc, y, side, side}, Kind: LayerPlus,
			Enabled: hidden < core.MaxHiddenLayers})
	// Each layer's − and + sit side by side over its column, 4 pixels apart; where the
	// columns are too close for them to keep 6 pixels from the next column's, the row goes.
	side = math.Min((g.Pitch()-10*sc)/2, buttonSide*sc)
	y += controlRow * sc
	for lv := 1; lv <= hidden && side >= 12*sc; lv++ {
		r := g.Nodes[lv][0]
		cx := r.X + r.W/2
		dst = append(dst,
			Button{Rect: Rect{cx - 2*sc - side, y, side, side}, Kind: UnitMinus, Level: lv,
				Enabled: sizes[lv] > 1},
			Button{Rect: Rect{cx + 2*sc, y, side, side}, Kind: UnitPlus, Level: lv,
				Enabled: sizes[lv] < core.MaxUnits})
	}
	for f, r := range g.Chips {
		if r.W > 0 {
			dst = append(dst, Button{Rect: r, Kind: FeatureChip, Feature: core.Feature(f),
				Enabled: true})
		}
	}
	return dst
}

// buttonAt returns the index in Buttons of the button at (x, y).
func (g Geometry) buttonAt(m *Session, x, y float64) (int, bool) {
	for i, b := range g.Buttons(m, nil) {
		if b.Rect.Contains(x, y) {
			return i, true
		}
	}
	return 0, false
}

// controlAt returns the command of a press on one of the canvas's controls at (x, y): a
// button, an input unit (which stops feeding its feature) or an edge (which picks its
// weight); nil elsewhere.
func (g Geometry) controlAt(m *Session, x, y float64) Command {
	h := g.HoverAt(m, x, y)
	switch {
	case h.Button > 0:
		return g.Buttons(m, nil)[h.Button-1].Command()
	case h.On && h.Edge:
		return SelectEdge{Layer: h.Unit.Level - 1, Unit: h.Unit.Index, In: h.In}
	case h.On && h.Unit.Level == 0 && h.Unit.Index < len(m.Features):
		return SetFeature{Feature: m.Features[h.Unit.Index]}
	}
	return nil
}

// Cursor is the pointer's look over what it hovers: "pointer" over what a click acts on.
func (m *Session) Cursor() string {
	if m.Hover.On {
		return "pointer"
	}
	return ""
}

// controls lays out the canvas's buttons (boxes and their − and + strokes), the chips'
// words, the hidden layers' count and, on a hovered input unit, what a click does.
func (s *Scene) controls(m *Session) {
	sc := s.Geo.Scale
	o := &s.Overlay
	o.buttons = s.Geo.Buttons(m, o.buttons[:0])
	for i, b := range o.buttons {
		hot := m.Hover.Button == i+1
		fill, edge, ink := White, Hairline, SoftInk
		switch {
		case !b.Enabled:
			fill, ink = Background, Hairline
		case hot:
			fill, edge, ink = ButtonHot, Ink, Ink
		}
		s.Panels = append(s.Panels, Panel{Fill: Box{Rect: b.Rect, Color: fill},
			Frame: Stroke{Rect: b.Rect, Width: sc, Color: edge}})
		// Texts keep off the button as drawn, with the outer half of its frame (a stroke
		// centred on the edge): a white box flush on the edge of the "+ x1²" chip hid the
		// top of its frame on a phone.
		own := s.block(b.Rect.Inset(-sc/2), ownButton-i)
		cx, cy := b.Rect.Center()
		arm := b.Rect.W * 0.28
		switch b.Kind {
		case LayerPlus, UnitPlus:
			o.Lines = append(o.Lines, Line{X0: cx, Y0: cy - arm, X1: cx, Y1: cy + arm,
				Width: 1.6 * sc, Color: ink})
			fallthrough
		case LayerMinus, UnitMinus:
			o.Lines = append(o.Lines, Line{X0: cx - arm, Y0: cy, X1: cx + arm, Y1: cy,
				Width: 1.6 * sc, Color: ink})
		case FeatureChip:
			lh := s.Fonts.Face(Small).LineHeight
			name := FeatureLabel(b.Feature)
			s.write(Small, prioTitle, ink, cx, cy-lh/2, alignCenter, "+ "+name, name).ownedBy(own)
		}
	}
	if len(o.buttons) >= 2 {
		plus := o.buttons[1].Rect
		n := strconv.Itoa(len(m.Net.Layers) - 1)
		lh := s.Fonts.Face(Small).LineHeight
		s.write(Small, prioTitle, Ink, plus.X+plus.W+6*sc, plus.Y+(plus.H-lh)/2, alignLeft,
			Say(HiddenLayersLabel, n), n)
	}
	s.featureHint(m)
}

// featureHint writes, by a hovered input unit, that a click stops feeding its feature.
func (s *Scene) featureHint(m *Session) {
	h := m.Hover
	if !h.On || h.Edge || h.Button > 0 || h.Unit.Level != 0 || h.Unit.Index >= len(m.Features) ||
		h.Unit.Index >= len(s.Geo.Nodes[0]) || s.Geo.Controls.H == 0 {
		return
	}
	sc, lh := s.Geo.Scale, s.Fonts.Face(Small).LineHeight
	r := s.Geo.Nodes[0][h.Unit.Index]
	text := Say(RemoveFeatureHint, FeatureLabel(m.Features[h.Unit.Index]))
	s.write(Small, prioFocus, Ink, r.X+r.W+4*sc, r.Y+r.H/2-lh/2, alignLeft, text).
		at(spot{r.X, r.Y - lh - 3*sc, alignLeft}, spot{r.X, r.Y + r.H + 2*sc, alignLeft}).
		backdrop(3*sc, sc)
}

// valueScale writes, for a regression, the output's colour scale from -1 to 1 beside
// the plane's title: the value each colour stands for.
func (s *Scene) valueScale(m *Session) {
	p, o, sc := &s.Plane, &s.Overlay, s.Geo.Scale
	if !p.Shown || m.Problem != Regression || p.Rect.W < 150*sc {
		return
	}
	f := s.Fonts.Face(Small)
	w, h := 64*sc, 8*sc
	x := p.Rect.X + p.Rect.W - f.Width("1") - 4*sc - w
	y := p.Rect.Y - 4*sc - s.Fonts.Face(Normal).LineHeight/2 - h/2
	const steps = 32
	for k := 0; k < steps; k++ {
		v := -1 + 2*(float64(k)+0.5)/steps
		o.Boxes = append(o.Boxes, Box{Rect: Rect{X: x + w*float64(k)/steps, Y: y, W: w / steps,
			H: h}, Color: sheet.Diverging(v)})
	}
	bar := Rect{X: x, Y: y, W: w, H: h}
	o.Strokes = append(o.Strokes, Stroke{Rect: bar, Width: sc, Color: Hairline})
	own := s.block(bar, ownScale)
	ty := y + h/2 - f.LineHeight/2
	s.write(Small, prioTitle, SoftInk, x-3*sc, ty, alignRight, Say(ValueScaleFrom), "-1").
		ownedBy(own)
	s.write(Small, prioTitle, SoftInk, x+w+3*sc, ty, alignLeft, "1").ownedBy(own)
}

// Overlay is what the canvas's controls and legends add over the views: flat boxes and
// frames, smooth lines, and the place kept for the edge editor (Editor, in canvas
// pixels; empty when no edge is picked or the network is not on the canvas).
type Overlay struct {
	Boxes   []Box
	Strokes []Stroke
	Lines   []Line
	Editor  Rect
	buttons []Button
}

// reset empties the overlay for the next scene.
func (o *Overlay) reset() {
	o.Boxes, o.Strokes, o.Lines, o.Editor = o.Boxes[:0], o.Strokes[:0], o.Lines[:0], Rect{}
}

// ButtonHot fills the button the pointer is on.
var ButtonHot = color.RGBA{0xee, 0xf5, 0xfb, 0xff}

// String names the button for tests: "layer+", "unit-2", "chip x1²".
func (b Button) String() string {
	kinds := [...]string{"layer-", "layer+", "unit-", "unit+", "chip"}
	s := kinds[b.Kind]
	if b.Kind == UnitMinus || b.Kind == UnitPlus {
		s += strconv.Itoa(b.Level)
	}
	if b.Kind == FeatureChip {
		s += " " + strings.ReplaceAll(FeatureLabel(b.Feature), " ", "")
	}
	return s
}
