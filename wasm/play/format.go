package play

import (
	"errors"
	"math"
	"strconv"
	"strings"

	"nnplay/core"
)

// Num formats a value for the canvas and the panel in at most about seven characters:
// "0.73", "-1.25", "12.3", "1.2e+04", "4.9e-03" (small values keep their digits). A
// value that is not a finite number reads "overflow" or "undefined", never NaN.
func Num(v float64) string {
	switch {
	case math.IsNaN(v):
		return Say(NumUndefined)
	case math.IsInf(v, 1):
		return Say(NumOverflow)
	case math.IsInf(v, -1):
		return "-" + Say(NumOverflow)
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

// FourDecimals formats a weight with four decimals, enough to see one Step's update
// move it: at a small learning rate a step moves a weight by less than Num's two. A
// value of 100 or more, or not finite, reads as in Num.
func FourDecimals(v float64) string {
	if !core.IsFinite(v) || math.Abs(v) >= 100 {
		return Num(v)
	}
	return strconv.FormatFloat(v, 'f', 4, 64)
}

// Exact formats a value in full (shortest round-trip digits) for number boxes, where
// the learner may copy it; non-finite values read as in Num.
func Exact(v float64) string {
	if !core.IsFinite(v) {
		return Num(v)
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}

// ParseNumber reads a number typed into a box: a plain decimal as core.ParseDecimal
// reads it (sign, digits, point, exponent). It refuses empty text, words, NaN and
// infinities, Go's other number syntax ("0x1p2", "1_0"), a nonzero value too small to
// hold (it would become 0) and values outside ±limit, with a message for the learner.
func ParseNumber(s string, limit float64) (float64, error) {
	lo, hi := shortNum(-limit), shortNum(limit)
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, errors.New(Say(NumberMissing, lo, hi))
	}
	v, err := core.ParseDecimal(s)
	switch {
	case errors.Is(err, core.ErrTooSmall):
		return 0, errors.New(Say(NumberTooSmall, clip(s), lo, hi))
	case errors.Is(err, core.ErrTooLarge):
		return 0, errors.New(Say(NumberOutOfRange, clip(s), lo, hi))
	case err != nil:
		return 0, errors.New(Say(NumberNotANumber, strconv.Quote(clip(s)), lo, hi))
	case v < -limit || v > limit:
		return 0, errors.New(Say(NumberOutOfRange, clip(s), lo, hi))
	}
	return v, nil
}

// shortNum formats a limit as %g does.
func shortNum(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }

// clip shortens typed text to quote in a message.
func clip(s string) string {
	if len(s) > 16 {
		return s[:13] + "..."
	}
	return s
}
