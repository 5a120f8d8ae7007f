package play

import (
	"strconv"
	"testing"

	"nnplay/core"
)

// TestCurveZOnePrecision checks that lesson 3's z box and its plot show z alike: a z
// typed or dragged to 5.7647059 is the 5.76 the plot's readout shows, in the box too.
func TestCurveZOnePrecision(t *testing.T) {
	for _, z := range []float64{5.7647059, -0.123456, 2, 0.004} {
		m := openLesson(t, 3, 0)
		apply(t, m, SetCurveZ{Z: z})
		var box string
		for _, f := range LessonFields(m) {
			if f.ID == "lesson-z" {
				box = Exact(f.Number)
			}
		}
		shown := Num(m.Lesson.Curve.Z)
		a, err1 := strconv.ParseFloat(box, 64)
		b, err2 := strconv.ParseFloat(shown, 64)
		if err1 != nil || err2 != nil || a != b {
			t.Errorf("z = %g: the box holds %q, the plot shows %q", z, box, shown)
		}
		if c := m.Lesson.Curve; !hasLabel(pageScene(t, m, windows[0]), Say(ActivationReadout,
			shown, Num(c.Act.Forward(c.Z)), Num(c.Act.Derivative(c.Z)),
			Say(regionNames[core.RegionOf(c.Act, c.Z)]))) {
			t.Errorf("z = %g: the plot does not read z = %s", z, shown)
		}
	}
}
