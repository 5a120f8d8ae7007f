package remote

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"unsafe"
)

// The messages are flat little-endian bytes: whole numbers as uint32 or uint64, every
// float64 as its IEEE 754 bits, so that a number crosses bit for bit, NaN and all.
// Slices carry their length first.

// writer appends a message's fields to b.
type writer struct{ b []byte }

func (w *writer) u32(v uint32) { w.b = binary.LittleEndian.AppendUint32(w.b, v) }
func (w *writer) int(v int)    { w.b = binary.LittleEndian.AppendUint64(w.b, uint64(int64(v))) }
func (w *writer) f64(v float64) {
	w.b = binary.LittleEndian.AppendUint64(w.b, math.Float64bits(v))
}

func (w *writer) f64s(vs []float64) {
	w.int(len(vs))
	if littleEndian && len(vs) > 0 {
		w.b = append(w.b, unsafe.Slice((*byte)(unsafe.Pointer(&vs[0])), 8*len(vs))...)
		return
	}
	for _, v := range vs {
		w.f64(v)
	}
}

func (w *writer) rows(rs [][]float64) {
	w.int(len(rs))
	for _, r := range rs {
		w.f64s(r)
	}
}

func (w *writer) str(s string) {
	w.int(len(s))
	w.b = append(w.b, s...)
}

func (w *writer) bool(v bool) {
	if v {
		w.b = append(w.b, 1)
	} else {
		w.b = append(w.b, 0)
	}
}

// reader takes a message's fields from b in the order a writer wrote them. The first
// field that does not fit sets err; after it every read gives zero, so a decoder reads
// on and checks err once.
type reader struct {
	b   []byte
	err error
}

// errShort says that a message ended before its fields did.
var errShort = errors.New("remote: the message is cut short")

func (r *reader) take(n int) []byte {
	if r.err != nil || n < 0 || n > len(r.b) {
		if r.err == nil {
			r.err = errShort
		}
		return nil
	}
	p := r.b[:n]
	r.b = r.b[n:]
	return p
}

func (r *reader) u32() uint32 {
	if p := r.take(4); p != nil {
		return binary.LittleEndian.Uint32(p)
	}
	return 0
}

func (r *reader) int() int {
	if p := r.take(8); p != nil {
		return int(int64(binary.LittleEndian.Uint64(p)))
	}
	return 0
}

func (r *reader) f64() float64 {
	if p := r.take(8); p != nil {
		return math.Float64frombits(binary.LittleEndian.Uint64(p))
	}
	return 0
}

// count reads a length and refuses one that the rest of the message cannot hold,
// each element taking at least size bytes.
func (r *reader) count(size int) int {
	n := r.int()
	if r.err == nil && (n < 0 || n > len(r.b)/size) {
		r.err = fmt.Errorf("remote: a length of %d does not fit the message", n)
	}
	if r.err != nil {
		return 0
	}
	return n
}

// f64s reads a slice into dst's storage when it is large enough.
func (r *reader) f64s(dst []float64) []float64 {
	n := r.count(8)
	p := r.take(8 * n)
	if cap(dst) < n {
		dst = make([]float64, n)
	}
	dst = dst[:n]
	if littleEndian && n > 0 {
		// The heatmaps are most of a frame: on a little-endian machine (wasm among
		// them) their bytes are already float64s, and one copy reads them.
		copy(unsafe.Slice((*byte)(unsafe.Pointer(&dst[0])), 8*n), p)
		return dst
	}
	for i := range dst {
		dst[i] = math.Float64frombits(binary.LittleEndian.Uint64(p[8*i:]))
	}
	return dst
}

// littleEndian is true where a float64 is stored as its bits little-endian.
var littleEndian = binary.NativeEndian.Uint16([]byte{1, 0}) == 1

func (r *reader) rows(dst [][]float64) [][]float64 {
	n := r.count(8)
	if cap(dst) < n {
		dst = make([][]float64, n)
	}
	dst = dst[:n]
	for i := range dst {
		dst[i] = r.f64s(dst[i])
	}
	return dst
}

func (r *reader) str() string { return string(r.take(r.count(1))) }

func (r *reader) bool() bool {
	p := r.take(1)
	return p != nil && p[0] == 1
}
