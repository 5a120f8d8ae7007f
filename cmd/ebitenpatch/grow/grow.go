// Package grow sizes the scratch buffers in which ebiten's copy (cmd/ebitenpatch) hands
// a draw call's vertices and indices over. ebiten 2.8.8 makes each buffer anew at exactly
// the size of a call that outgrows it, so that a page whose largest call grows by a few
// vertices a frame (Play's pulses, a loss curve a point longer) made a new one almost every
// frame, megabytes of garbage; the copy grows them as append does.
package grow

// Slice returns s resliced to length n, or, where its capacity is short of n, a new slice
// of length n whose capacity is at least twice s's: a buffer that grows to n is made anew
// about log2(n) times.
func Slice[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, max(n, 2*cap(s)))
	}
	return s[:n]
}
