package play

import (
	"slices"
	"testing"
)

// TestEdgeLegendClearsTheUnits: the legend of the edges keeps the clearance other texts
// keep from the units, in every preset and Step moment and while Play trains fast, in
// both languages, landscape and upright. At 844x390 it lay flush on the top row of
// units (its box ended where they began), in EN and KO, during Step's update and during
// Play (look8 item 4, z-844-en-upd.png).
func TestEdgeLegendClearsTheUnits(t *testing.T) {
	legendCases(t, true, func(where string, s *Scene, said []string) {
		for _, l := range s.Labels {
			if !slices.Contains(said, l.Text) {
				continue
			}
			d := clearance * s.Geo.Scale
			near := Rect{l.Box.X - d, l.Box.Y - d, l.Box.W + 2*d, l.Box.H + 2*d}
			for _, u := range s.Units {
				if near.Overlaps(u.Rect) {
					t.Errorf("%s: the legend %q at %v lies over unit %v at %v", where, l.Text,
						l.Box, u.Unit, u.Rect)
				}
			}
		}
	})
}
