package play

import (
	"testing"
	"time"
)

// TestClockCountsFrames: the first frame starts the clock at 0; each next one adds the
// time since the last.
func TestClockCountsFrames(t *testing.T) {
	var c Clock
	t0 := time.Unix(100, 0)
	if dt := c.Frame(t0); dt != 0 || c.Seconds != 0 {
		t.Errorf("first frame: dt %v, seconds %v, want 0, 0", dt, c.Seconds)
	}
	c.Frame(t0.Add(250 * time.Millisecond))
	if dt := c.Frame(t0.Add(time.Second)); dt != 0.75 || c.Seconds != 1 {
		t.Errorf("third frame: dt %v, seconds %v, want 0.75, 1", dt, c.Seconds)
	}
}
