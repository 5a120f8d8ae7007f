package play

// Spare keeps the worker's frames the page has read and is done with, so that the next
// frame is read into one of them: frames run to megabytes, and a new buffer for each
// would leave them all to the collector. Make it with make(Spare, n) to keep up to n.
type Spare chan []byte

// Take returns a buffer of n bytes: a spare one when one is large enough, else a new one.
func (s Spare) Take(n int) []byte {
	var buf []byte
	select {
	case buf = <-s:
	default:
	}
	if cap(buf) >= n {
		return buf[:n]
	}
	return make([]byte, n)
}

// Give keeps buf for a later Take, unless enough are kept already.
func (s Spare) Give(buf []byte) {
	select {
	case s <- buf:
	default:
	}
}
