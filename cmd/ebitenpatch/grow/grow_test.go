package grow

import "testing"

// A buffer asked for one element more each time is made anew about log2(n) times, keeps
// its memory while a call fits, and always has the length asked for.
func TestSliceGrowsGeometrically(t *testing.T) {
	var s []int32
	made := 0
	for n := 1; n <= 100_000; n++ {
		before := cap(s)
		if n%7 == 0 && len(s) > 0 {
			s[0] = 1 // a call smaller than the last keeps the buffer
			if got := Slice(s, n/2); &got[0] != &s[0] || len(got) != n/2 {
				t.Fatalf("Slice(%d) of a buffer of %d made a new one", n/2, cap(s))
			}
		}
		s = Slice(s, n)
		if len(s) != n {
			t.Fatalf("Slice(%d) has length %d", n, len(s))
		}
		if cap(s) != before {
			made++
		}
	}
	if made > 18 {
		t.Errorf("a buffer grown to 100,000 one at a time was made %d times, want <= 18", made)
	}
}
