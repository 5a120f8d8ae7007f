package play

import "time"

// Clock is the page's time for moving pictures: the seconds its frames have run, from 0
// at the first. Its zero value is a clock that has not started.
type Clock struct {
	Seconds float64
	last    time.Time // the last frame's time
}

// Frame moves the clock to a frame at now and returns the seconds since the last frame
// (0 for the first).
func (c *Clock) Frame(now time.Time) (dt float64) {
	if !c.last.IsZero() {
		dt = now.Sub(c.last).Seconds()
	}
	c.last, c.Seconds = now, c.Seconds+dt
	return dt
}
