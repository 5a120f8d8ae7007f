package play

import "nnplay/wasm/play/remote"

// Spare keeps the worker's frames the page has read and is done with, so that the next
// frame is read into one of them: frames run to megabytes, and a new buffer for each
// would leave them all to the collector. Make it with make(Spare, n) to keep up to n.
type Spare chan []byte

// Take returns a buffer of n bytes: a spare one when one is large enough, else a new one
// with room to grow. A frame grows a little with every point of the loss curve, up to
// remote.HistoryCap, so a buffer made to measure would be made again for every frame
// with heatmaps, megabytes each time.
func (s Spare) Take(n int) []byte {
	var buf []byte
	select {
	case buf = <-s:
	default:
	}
	if cap(buf) >= n {
		return buf[:n]
	}
	return make([]byte, n, n+n/8+spareRoom)
}

// spareRoom is the room a new buffer has beyond an eighth: a whole loss curve's points.
const spareRoom = remote.HistoryCap * 3 * 8

// Give keeps buf for a later Take, unless enough are kept already.
func (s Spare) Give(buf []byte) {
	select {
	case s <- buf:
	default:
	}
}
