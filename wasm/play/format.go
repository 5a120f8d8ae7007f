package play

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"nnplay/core"
)

// Num formats a value for the canvas and the panel in at most about seven characters:
// "0.73", "-1.25", "12.3", "1000", "1.2e+04", "4.9e-03" (small values keep their digits). A
// value that is not a finite number reads "overflow" or "undefined" in the page's
// language, never NaN.
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
	case a < 9999.5: // a weight of 1000, as far as a box takes: "1000", not "1.0e+03"
		return strconv.FormatFloat(v, 'f', 0, 64)
	}
	return strconv.FormatFloat(v, 'e', 1, 64)
}

// fixedDecimals formats v with d decimals, or as Num where it is 100,000 or more or not
// finite (moveDecimals' limit): the Step's update rule writes a move too small for
// moveNumbers with eight.
func fixedDecimals(v float64, d int) string {
	if !core.IsFinite(v) || math.Abs(v) >= 1e5 {
		return Num(v)
	}
	return strconv.FormatFloat(v, 'f', d, 64)
}

// coordNum formats a coordinate of the plane with d decimals where it is below 10, else
// as Num: Step moves the input point onto a training point such as (1.4953, -0.9979),
// and a learner checking dL/dw = dL/dz × x by hand was off in the second digit with
// Num's "1.50" and "-1.00". The Step's text names the point with stepPointDigits, the
// inputs and the plane, where room is scarcer, say its coordinates with inputDigits.
func coordNum(v float64, d int) string {
	if !core.IsFinite(v) || math.Abs(v) >= 10 {
		return Num(v)
	}
	return strconv.FormatFloat(v, 'f', d, 64)
}

// minusSigned returns a number Num or coordNum wrote with the minus sign (U+2212) for
// its hyphens, for the panel: its font draws "-" as a hyphen, shorter and higher than
// the minus the canvas's Go font draws for it ("-0.9979" in the Step's text beside the
// canvas's "−0.998").
func minusSigned(n string) string { return strings.ReplaceAll(n, "-", core.MinusSign) }

// signNumbers returns a text of the panel with the minus sign (U+2212) for each hyphen
// that signs a number: one before a digit or a point, after a start or a rune that is
// neither a letter nor a digit ("(-0.5)", "= -3", "0.5·-0.3", "→-0.3"), or in an
// exponent ("1.2e-05"). A hyphen in a word or a name keeps its place ("x1-x2",
// "Leaky-ReLU", "2026-12-01", Korean as well), and so does what a message quotes, which
// is what the learner typed ("\"-1x\"" as strconv.Quote writes it, “ab_-4x”).
func signNumbers(s string) string {
	if !strings.Contains(s, "-") {
		return s
	}
	var out strings.Builder
	var prev, prev2 rune // the two runes before; 0 at the start
	for i := 0; i < len(s); {
		if q := quoted(s[i:]); q != "" {
			out.WriteString(q)
			i, prev, prev2 = i+len(q), '"', 0
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == '-' && i+1 < len(s) && (isDigit(s[i+1]) || s[i+1] == '.') &&
			(prev == 0 || !unicode.IsLetter(prev) && !unicode.IsDigit(prev) ||
				(prev == 'e' || prev == 'E') && unicode.IsDigit(prev2)) {
			out.WriteString(core.MinusSign)
		} else {
			out.WriteString(s[i : i+n])
		}
		i, prev, prev2 = i+n, r, prev
	}
	return out.String()
}

// quoted returns the quotation s begins with, its marks included: "…" as strconv.Quote
// writes it (with \" inside) or “…”; "" when s begins with none that closes.
func quoted(s string) string {
	switch {
	case strings.HasPrefix(s, `"`):
		for j := 1; j < len(s); j++ {
			switch s[j] {
			case '\\':
				j++
			case '"':
				return s[:j+1]
			}
		}
	case strings.HasPrefix(s, "“"):
		if j := strings.Index(s, "”"); j > 0 {
			return s[:j+len("”")]
		}
	}
	return ""
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// The decimals of a coordinate (coordNum): the Step's training point, and the input
// point as the inputs and the plane show it.
const (
	stepPointDigits = 4
	inputDigits     = 3
)

// Exact formats a value in full (shortest round-trip digits) for number boxes, where
// the learner may copy it; non-finite values read as in Num.
func Exact(v float64) string {
	if !core.IsFinite(v) {
		return Num(v)
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}

// BoxChars is how many characters the panel's number boxes hold (Fit): web/style.css
// makes them that many ch wide, and their type is monospace.
const BoxChars = 9

// Fit formats v in at most n characters for a number box that shows n (n >= 7): in
// full (Exact) when that fits, else rounded to as many digits as fit in -|v|'s box, so
// that v and -v read with the same digits, as the panel's boxes stand in a column
// ("0.148227" beside "-0.295160", not "0.1482268"). A box shows Exact while it has focus.
func Fit(v float64, n int) string {
	s := Exact(v)
	if !math.Signbit(v) {
		n-- // the room of the minus sign -v takes
	}
	if len(s) <= n || !core.IsFinite(v) {
		return s
	}
	if a := math.Abs(v); a >= 1e-3 && a < 1e6 {
		for p := n; p >= 0; p-- {
			if s = strconv.FormatFloat(v, 'f', p, 64); len(s) <= n && s != "0" && s != "-0" {
				return s
			}
		}
	}
	for p := n; p >= 0; p-- {
		if s = strconv.FormatFloat(v, 'e', p, 64); len(s) <= n {
			return s
		}
	}
	return s
}

// ParseNumber reads a number typed into a box that holds values within ±limit; see
// ParseValue.
func ParseNumber(s string, limit float64) (float64, error) { return ParseValue(s, -limit, limit) }

// ParseValue reads a number typed into a box that holds values from lo to hi. It reads
// plain decimals only (core.ParseDecimal: sign, digits, point, exponent) and refuses
// empty text, words, Go's other number syntax, values that would round to 0 and values
// outside the range, with a Message for the learner. It takes the minus sign (U+2212)
// as a hyphen: the panel writes its numbers with it, and a learner may copy one. It
// takes full-width forms ("１.５") as their ASCII: a Korean or Japanese keyboard in
// full-width mode types them.
func ParseValue(s string, lo, hi float64) (float64, error) {
	l, h := shortNum(lo), shortNum(hi)
	t := strings.TrimSpace(s)
	if t == "" {
		return 0, NumberMissing.With(l, h)
	}
	v, err := core.ParseDecimal(strings.ReplaceAll(halfWidth(t), core.MinusSign, "-"))
	switch {
	case errors.Is(err, core.ErrTooSmall):
		return 0, NumberTooSmall.With(clip(t), l, h)
	case errors.Is(err, core.ErrTooLarge):
		return 0, NumberOutOfRange.With(clip(t), l, h)
	case err != nil:
		return 0, NumberNotANumber.With(strconv.Quote(clip(t)), l, h)
	case v < lo || v > hi:
		return 0, NumberOutOfRange.With(clip(t), l, h)
	}
	return v, nil
}

// halfWidth turns the full-width forms of ASCII (U+FF01 to U+FF5E) into ASCII.
func halfWidth(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '！' && r <= '～' {
			return r - '！' + '!'
		}
		return r
	}, s)
}

// shortNum formats a limit as %g does.
func shortNum(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }

// pastNum formats v, a value found beyond ±bound, as Num does, but with the decimals it
// takes to read beyond it, down to the first digit of how far: a weight of 1000 that a
// step moves to 1000.0213 reads "1000.02", not Num's "1000", which would say it was
// moved to the bound itself, and 1000.0000000654 reads "1000.00000007", neither in all
// its digits nor rounded to "1000.0000001", half as far again. A value within ±bound
// reads as in Num.
func pastNum(v, bound float64) string {
	if !core.IsFinite(v) || math.Abs(v) >= 1e4 || math.Abs(v) <= bound {
		return Num(v)
	}
	first := math.Ceil(-math.Log10(math.Abs(v) - bound)) // the excess's first decimal
	for d := int(max(0, min(first, 17))); d <= 17; d++ {
		// float64 holds about 13 decimals beside a thousand.
		s := strconv.FormatFloat(v, 'f', d, 64)
		if r, _ := strconv.ParseFloat(s, 64); math.Abs(r) > bound {
			if d > 0 { // an excess of 9.99e-10 rounds to "…0010"
				s = strings.TrimSuffix(strings.TrimRight(s, "0"), ".")
			}
			return s
		}
	}
	return Exact(v)
}

// clip shortens typed text to quote in a message.
func clip(s string) string {
	if r := []rune(s); len(r) > 16 {
		return string(r[:13]) + "..."
	}
	return s
}
