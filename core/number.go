package core

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// IsFinite reports whether v is a number: neither NaN nor an infinity.
func IsFinite(v float64) bool { return v-v == 0 }

// MinusSign is the sign (U+2212) that typeset text writes before a negative number, and
// the page, its canvas and the figures write for a hyphen-minus: "−6", "1e−05". A number a
// learner copies from any of them keeps it, so what reads the learner's numbers (the
// number boxes, the data files) takes it for "-".
const MinusSign = "\u2212"

// Why ParseDecimal refuses a text; a *DecimalError wraps one of them.
var (
	// ErrNotDecimal is a text that is not a plain decimal number: words, "inf" and
	// "nan", Go's hexadecimal floats ("0x1p2") and digit separators ("1_0").
	ErrNotDecimal = errors.New("is not a plain decimal number (digits with an optional sign, " +
		"point and exponent, such as -0.25 or 1.5e-3)")
	// ErrTooLarge is a decimal beyond the largest float64, about ±1.8e308.
	ErrTooLarge = errors.New("is too large: numbers go up to about 1.8e308")
	// ErrTooSmall is a nonzero decimal closer to 0 than the smallest float64, which
	// would silently become 0.
	ErrTooSmall = errors.New("is too small: it would become 0 (the smallest size a " +
		"nonzero number can have is about 5e-324)")
)

// DecimalError says which text ParseDecimal refused and why.
type DecimalError struct {
	Text string // the text, shortened to 24 characters for messages
	Err  error  // ErrNotDecimal, ErrTooLarge or ErrTooSmall
}

// Error says what went wrong, as `core: "0x1p2" is not a plain decimal number ...`.
func (e *DecimalError) Error() string { return fmt.Sprintf("core: %q %v", e.Text, e.Err) }

// Unwrap returns the reason.
func (e *DecimalError) Unwrap() error { return e.Err }

// ParseDecimal reads a number as a learner types it or a data file holds it: an
// optional sign, digits with an optional decimal point (".5" and "5." are fine), and an
// optional exponent ("e-3", "E+2"), with surrounding white space ignored. It refuses
// everything else that Go's strconv.ParseFloat would read ("inf", "NaN", "0x1p2",
// "1_0"), and values it would change without a word: beyond ±1.8e308, or nonzero but
// so small they would round to 0 ("1e-400"). Negative zero reads as 0. Errors are
// *DecimalError.
func ParseDecimal(s string) (float64, error) {
	t := strings.TrimSpace(s)
	nonzero, ok := scanDecimal(t)
	if !ok {
		return 0, decimalError(s, ErrNotDecimal)
	}
	v, err := strconv.ParseFloat(t, 64)
	switch {
	case err != nil && errors.Is(err, strconv.ErrRange) && math.IsInf(v, 0):
		return 0, decimalError(s, ErrTooLarge)
	case err != nil:
		return 0, decimalError(s, ErrNotDecimal) // unreachable after scanDecimal
	case v == 0 && nonzero:
		return 0, decimalError(s, ErrTooSmall)
	}
	return v + 0, nil // -0 + 0 is +0
}

// scanDecimal reports whether s is [+-] digits [. digits] [(e|E) [+-] digits] with at
// least one digit before the exponent, and whether any of those digits is not 0.
func scanDecimal(s string) (nonzero, ok bool) {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	digits, point := 0, false
	for ; i < len(s); i++ {
		c := s[i]
		if isDigit(c) {
			digits++
			nonzero = nonzero || c != '0'
			continue
		}
		if c != '.' || point {
			break
		}
		point = true
	}
	if digits == 0 {
		return false, false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		start := i
		for i < len(s) && isDigit(s[i]) {
			i++
		}
		if i == start {
			return false, false
		}
	}
	return nonzero, i == len(s)
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func decimalError(s string, why error) *DecimalError {
	if r := []rune(s); len(r) > 24 {
		s = string(r[:21]) + "..."
	}
	return &DecimalError{Text: s, Err: why}
}
