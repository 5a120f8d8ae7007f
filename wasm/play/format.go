package play

import (
	"math"
	"strconv"
)

// Num formats a value for the canvas and the panel in at most about seven characters:
// "0.73", "-1.25", "12.3", "1.2e+04", "4.9e-03" (small values keep their digits). A value that is not a finite number reads
// "overflow" or "undefined", never NaN.
func Num(v float64) string {
	switch {
	case math.IsNaN(v):
		return "undefined"
	case math.IsInf(v, 1):
		return "overflow"
	case math.IsInf(v, -1):
		return "-overflow"
	}
	a := math.Abs(v)
	switch {
	case a == 0:
		return "0"
	case a < 0.01:
		return strconv.FormatFloat(v, 'e', 1, 64)
	case a < 10:
		return strconv.FormatFloat(v, 'f', 2, 64)
	case a < 1000:
		return strconv.FormatFloat(v, 'f', 1, 64)
	}
	return strconv.FormatFloat(v, 'e', 1, 64)
}

// Exact formats a value in full (shortest round-trip digits) for number boxes, where
// the learner may copy it; non-finite values read as in Num.
func Exact(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return Num(v)
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}
