package play

import "testing"

// TestSpareReusesFrames: a frame given back is read into again when it is large enough,
// a smaller one is not, and a full Spare forgets what it cannot keep.
func TestSpareReusesFrames(t *testing.T) {
	s := make(Spare, 1)
	a := s.Take(100)
	if len(a) != 100 {
		t.Fatalf("Take(100) gave %d bytes", len(a))
	}
	s.Give(a)
	if b := s.Take(60); len(b) != 60 || &b[0] != &a[0] {
		t.Errorf("a spare frame of 100 bytes was not read into for 60")
	}
	s.Give(a[:10:10])
	if b := s.Take(60); len(b) != 60 || &b[0] == &a[0] {
		t.Errorf("a spare of 10 bytes was used for 60")
	}
	s.Give(a)
	s.Give(make([]byte, 5)) // full: dropped, not blocking
	if n := testing.AllocsPerRun(100, func() { s.Give(s.Take(100)) }); n != 0 {
		t.Errorf("taking and giving back a spare frame allocates %v times", n)
	}
}
