package play

import (
	"fmt"
	"image/color"
	"strings"
	"testing"
)

// recorder is a Painter that writes down what it is asked to paint.
type recorder struct {
	calls []string
	rings []Ring // each "ring" call's ring
	paths []Path // each "path" call's path
}

func (r *recorder) add(f string, a ...any)     { r.calls = append(r.calls, fmt.Sprintf(f, a...)) }
func (r *recorder) Clear(c color.RGBA)         { r.add("clear") }
func (r *recorder) Fill(x Rect, c color.RGBA)  { r.add("fill %v", c) }
func (r *recorder) Stroke(s Stroke)            { r.add("stroke") }
func (r *recorder) Hairline(l Line)            { r.add("hairline") }
func (r *recorder) Line(l Line)                { r.add("line %v", l.Color) }
func (r *recorder) Circle(d Dot)               { r.add("circle") }
func (r *recorder) Ring(x Ring)                { r.add("ring"); r.rings = append(r.rings, x) }
func (r *recorder) Path(p Path)                { r.add("path"); r.paths = append(r.paths, p) }
func (r *recorder) Sprite(d Dot)               { r.add("sprite") }
func (r *recorder) Disc(d Dot)                 { r.add("disc") }
func (r *recorder) UnitPicture(u Unit, x Rect) { r.add("unit %d/%d", u.Level, u.Index) }
func (r *recorder) PlanePicture(x Rect)        { r.add("plane") }
func (r *recorder) Points(p *PlaneView)        { r.add("points %d", len(p.Points)) }
func (r *recorder) Flush()                     { r.add("flush") }
func (r *recorder) Labels(ls []Label)          { r.add("labels %d", len(ls)) }
func (r *recorder) count(prefix string) (n int) {
	for _, c := range r.calls {
		if strings.HasPrefix(c, prefix) {
			n++
		}
	}
	return n
}

// TestPaint: Paint clears first, paints every edge, unit, curve and control of the scene,
// flushes the smooth shapes before the backdrops, and writes the labels last.
func TestPaint(t *testing.T) {
	m := NewSession()
	apply(t, m, SelectEdge{Layer: 1, Unit: 0, In: 2}, SetProblem{Problem: Regression},
		SetShowTest{On: true})
	s := pageScene(t, m, windows[0])
	var r recorder
	s.Paint(&r)
	last := len(r.calls) - 1
	if r.calls[0] != "clear" || r.calls[last] != fmt.Sprintf("labels %d", len(s.Labels)) {
		t.Errorf("first %q, last %q", r.calls[0], r.calls[last])
	}
	flush := strings.Index(strings.Join(r.calls, "|"), "flush")
	if r.count("flush") != 1 || flush < 0 {
		t.Fatal("no single flush")
	}
	for _, c := range r.calls[len(r.calls)-1-len(s.Backdrops) : last] {
		if c != fmt.Sprintf("fill %v", White) {
			t.Errorf("between the flush and the labels: %q", c)
		}
	}
	// Lines: the edges; in the overlay the picked edge's two outlines and the buttons'
	// strokes, a − and a + (three strokes) for the layers and for each of the two hidden
	// layers; the plane's cross; the legends and the activation's marker.
	units := 0
	for _, n := range m.Sizes() {
		units += n
	}
	if r.count("unit ") != units || r.count("plane") != 1 ||
		r.count("points ") != 1 || r.count("path") != 4 {
		t.Errorf("%d pictures, %d planes, %d paths", r.count("unit "), r.count("plane"),
			r.count("path"))
	}
	wantLines := len(s.Edges) + len(s.Overlay.Lines) + 2 + len(s.Chart.Legend) + len(s.Act.Legend)
	if s.Act.HasMarker {
		wantLines++
	}
	if got := r.count("line "); got != wantLines || len(s.Overlay.Lines) != 2+3*3 {
		t.Errorf("%d lines, want %d; %d in the overlay", got, wantLines, len(s.Overlay.Lines))
	}
	if r.count("fill ") < len(s.Overlay.Boxes)+len(s.Panels) || len(s.Overlay.Boxes) != 32 {
		t.Errorf("the scale's %d boxes", len(s.Overlay.Boxes))
	}
	if got := strings.Join(r.calls, "|"); strings.Index(got, "labels") < flush {
		t.Error("labels before the flush")
	}
}
