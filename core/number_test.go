package core

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"testing"
)

// ParseDecimal reads what a learner types or a file holds: plain decimals only, and
// never a value silently changed (rounded to 0, read as hex, split by underscores).
func TestParseDecimal(t *testing.T) {
	for in, want := range map[string]float64{
		"0": 0, "-0": 0, "+1.5": 1.5, "-0.25": -0.25, "1.5e-3": 1.5e-3, "2E+2": 200, "7": 7,
		".5": 0.5, "5.": 5, " 0.3 ": 0.3, "1e308": 1e308, "5e-324": 5e-324, "2.2e-308": 2.2e-308,
		"0e-400": 0, "0.000e999": 0, "-1.7976931348623157e308": -math.MaxFloat64,
		"00012": 12, "1e-05": 1e-5,
	} {
		got, err := ParseDecimal(in)
		if err != nil || got != want || (got == 0 && math.Signbit(got)) {
			t.Errorf("ParseDecimal(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for in, want := range map[string]error{
		"":         ErrNotDecimal,
		"  ":       ErrNotDecimal,
		"abc":      ErrNotDecimal,
		"0x1p2":    ErrNotDecimal,
		"0x10":     ErrNotDecimal,
		"1_0":      ErrNotDecimal,
		"1,5":      ErrNotDecimal,
		"inf":      ErrNotDecimal,
		"-Inf":     ErrNotDecimal,
		"+Inf":     ErrNotDecimal,
		"infinity": ErrNotDecimal,
		"NaN":      ErrNotDecimal,
		"nan":      ErrNotDecimal,
		".":        ErrNotDecimal,
		"-":        ErrNotDecimal,
		"e5":       ErrNotDecimal,
		"1e":       ErrNotDecimal,
		"1e+":      ErrNotDecimal,
		"1.2.3":    ErrNotDecimal,
		"1 2":      ErrNotDecimal,
		"--1":      ErrNotDecimal,
		"1e5.5":    ErrNotDecimal,
		"١٢":       ErrNotDecimal, // Arabic-Indic digits
		"1e999":    ErrTooLarge,
		"-2e308":   ErrTooLarge,
		"1e-400":   ErrTooSmall,
		"-3e-330":  ErrTooSmall,
	} {
		got, err := ParseDecimal(in)
		var de *DecimalError
		if !errors.Is(err, want) || !errors.As(err, &de) || got != 0 {
			t.Errorf("ParseDecimal(%q) = %v, %v; want %v", in, got, err, want)
			continue
		}
		if msg := err.Error(); !strings.HasPrefix(msg, "core: ") || strings.Contains(msg, "\n") {
			t.Errorf("ParseDecimal(%q): message %q", in, msg)
		}
	}
	_, err := ParseDecimal("1e-400")
	if msg := err.Error(); !strings.Contains(msg, `"1e-400"`) || !strings.Contains(msg, "5e-324") {
		t.Errorf("underflow message %q names neither the text nor the smallest size", msg)
	}
	_, err = ParseDecimal(strings.Repeat("9", 5000))
	if msg := err.Error(); len(msg) > 200 {
		t.Errorf("a long text makes a %d-character message", len(msg))
	}
}

// FuzzParseDecimal checks that what ParseDecimal accepts is finite, is what
// strconv.ParseFloat reads, and that every float's shortest form reads back exactly.
func FuzzParseDecimal(f *testing.F) {
	for _, s := range []string{"0", "-1.5e-3", "0x1p2", "1_0", "1e-400", ".5", "inf", "1e999",
		"+.e1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseDecimal(s)
		if err != nil {
			if v != 0 {
				t.Fatalf("ParseDecimal(%q) = %v with error %v", s, v, err)
			}
			return
		}
		if !IsFinite(v) {
			t.Fatalf("ParseDecimal(%q) = %v", s, v)
		}
		want, perr := strconv.ParseFloat(strings.TrimSpace(s), 64)
		if perr != nil || want != v {
			t.Fatalf("ParseDecimal(%q) = %v, strconv reads %v, %v", s, v, want, perr)
		}
		for _, form := range []byte{'g', 'e', 'f'} {
			text := strconv.FormatFloat(v, form, -1, 64)
			if back, err := ParseDecimal(text); err != nil || back != v {
				t.Fatalf("%q (%v) reads back as %v, %v", text, v, back, err)
			}
		}
	})
}
