package core

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
)

// Limits on user data files: more is almost surely a mistake and would stall the page.
const (
	MaxCSVBytes = 8 << 20
	MaxCSVRows  = 100000
)

// CSVError names the line and field of a bad value in a data file.
type CSVError struct {
	Line  int    // 1-based line in the file
	Field string // "x1", "x2" or "label"; "" for the line as a whole
	Err   error
}

// Error says what went wrong and where.
func (e *CSVError) Error() string {
	if e.Field == "" {
		return fmt.Sprintf("core: csv line %d: %v", e.Line, e.Err)
	}
	return fmt.Sprintf("core: csv line %d, field %s: %v", e.Line, e.Field, e.Err)
}

// Unwrap returns the underlying error.
func (e *CSVError) Unwrap() error { return e.Err }

// FewRowsError is a data file of fewer than the two points a data set needs.
type FewRowsError struct{ Rows int }

// Error says how many rows the file has.
func (e *FewRowsError) Error() string {
	return fmt.Sprintf("core: csv has %d data rows, want at least 2", e.Rows)
}

// FieldCountError is a line of a data file with other than the three fields x1,x2,label.
type FieldCountError struct{ Fields int }

// Error says how many fields the line has.
func (e *FieldCountError) Error() string {
	return fmt.Sprintf("has %d fields, want 3 (x1,x2,label)", e.Fields)
}

var csvFields = [3]string{"x1", "x2", "label"}

// ErrCSVHeader is a first line of names, none of them a number, other than ReadCSV's
// header: pandas writes "x1,x2,y", or ",x1,x2,y" with its index. Its words are not read
// as bad numbers, and its columns may be in another order: it is refused as a header.
var ErrCSVHeader = errors.New("is a header other than x1,x2,label (or x1,x2,value)")

// ReadCSV reads points from comma-separated lines "x1,x2,label", with an optional
// header line (see IsCSVHeader) and an optional UTF-8 byte-order mark, which spreadsheets
// write. Values are plain decimals (see ParseDecimal), whose minus sign may also be
// U+2212, which typeset text (the page too) prints and a copied number keeps; labels are
// +1/-1 for classes or real values for regression, as in Playground. A bad line gives a
// *CSVError naming the line and the field; nothing is returned with it.
func ReadCSV(r io.Reader) ([]Point, error) {
	lr := &io.LimitedReader{R: r, N: MaxCSVBytes + 1}
	br := bufio.NewReader(lr)
	if bom, err := br.Peek(3); err == nil && string(bom) == "\uFEFF" {
		br.Discard(3)
	}
	cr := csv.NewReader(br)
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	cr.ReuseRecord = true
	var ps []Point
	first := true
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if lr.N <= 0 {
			return nil, fmt.Errorf("core: csv file is larger than %d MB", MaxCSVBytes>>20)
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, &CSVError{Line: pe.Line, Err: pe.Err}
			}
			return nil, fmt.Errorf("core: reading csv: %w", err)
		}
		line, _ := cr.FieldPos(0)
		if first {
			first = false
			if IsCSVHeader(rec) {
				continue
			}
			if isNames(rec) {
				return nil, &CSVError{Line: line, Err: ErrCSVHeader}
			}
		}
		if len(rec) != 3 {
			return nil, &CSVError{Line: line, Err: &FieldCountError{Fields: len(rec)}}
		}
		var v [3]float64
		for i, f := range rec {
			x, err := ParseDecimal(strings.ReplaceAll(f, MinusSign, "-"))
			if err != nil {
				de := decimalError(f, err.(*DecimalError).Err) // the text as the file has it
				err = fmt.Errorf("%q %w", de.Text, de.Err)
				return nil, &CSVError{Line: line, Field: csvFields[i], Err: err}
			}
			v[i] = x
		}
		if len(ps) == MaxCSVRows {
			return nil, &CSVError{Line: line, Err: fmt.Errorf("more than %d rows", MaxCSVRows)}
		}
		ps = append(ps, Point{v[0], v[1], v[2]})
	}
	if lr.N <= 0 {
		return nil, fmt.Errorf("core: csv file is larger than %d MB", MaxCSVBytes>>20)
	}
	if len(ps) < 2 {
		return nil, &FewRowsError{Rows: len(ps)}
	}
	return ps, nil
}

// IsCSVHeader reports whether a record is ReadCSV's optional header: x1,x2,label, or
// x1,x2,value for a regression's points, in any case and with spaces around the names.
func IsCSVHeader(rec []string) bool {
	if len(rec) != 3 {
		return false
	}
	name := func(i int) string { return strings.ToLower(strings.TrimSpace(rec[i])) }
	return name(0) == "x1" && name(1) == "x2" && (name(2) == "label" || name(2) == "value")
}

// isNames reports whether rec is a line of names: two fields or more, none of them a
// number, and a letter among them. A line of one field ("1;2;1", "a;b;c") is a file of
// other separators, which the field count tells.
func isNames(rec []string) bool {
	letter := false
	for _, f := range rec {
		_, err := ParseDecimal(strings.ReplaceAll(f, MinusSign, "-"))
		if !errors.Is(err, ErrNotDecimal) {
			return false
		}
		letter = letter || strings.IndexFunc(f, unicode.IsLetter) >= 0
	}
	return len(rec) >= 2 && letter
}

// IsClassification reports whether every label is +1 or -1.
func IsClassification(points []Point) bool {
	for _, p := range points {
		if p.Label != 1 && p.Label != -1 {
			return false
		}
	}
	return len(points) > 0
}
