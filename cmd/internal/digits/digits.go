// Package digits writes numbers for the commands' tables and messages.
package digits

import "strconv"

// Grouped writes n with its thousands separated by commas: 12,438,854.
func Grouped[T ~int | ~int64](n T) string {
	if n < 0 {
		return "-" + Grouped(-int64(n))
	}
	s := strconv.FormatInt(int64(n), 10)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
