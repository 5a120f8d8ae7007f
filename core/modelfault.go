package core

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// The reasons a model file's module is refused that the page says in its own words: a
// ModuleError's Err is one of them, or another error core words in English only.

// ErrFieldMissing is a module's field that is not there.
var ErrFieldMissing = errors.New("is missing")

// MisspeltFieldError is a field that is missing beside one that is not a field and is
// near it in spelling, most likely the same field misspelt: a module's, or the
// file's. It is a missing field (errors.Is ErrFieldMissing).
type MisspeltFieldError struct{ Missing, Unknown string }

// Error says both, as "is missing; "typ" is not a field: did you mean "type"?".
func (e *MisspeltFieldError) Error() string {
	return fmt.Sprintf("is missing; %q is not a field: did you mean %q?", e.Unknown, e.Missing)
}

// Unwrap returns ErrFieldMissing.
func (e *MisspeltFieldError) Unwrap() error { return ErrFieldMissing }

// missing is the error of field, missing from obj: a *MisspeltFieldError when a field
// of obj that is none of known is near it in spelling (at most 2 runes to change,
// whatever their case, and fewer than field has), else ErrFieldMissing.
func missing(field string, obj map[string]json.RawMessage, known []string) error {
	best, bestD := "", 3
	for k := range obj {
		if slices.Contains(known, k) {
			continue
		}
		d := distance(strings.ToLower(k), field)
		if d < len(field) && (d < bestD || d == bestD && k < best) {
			best, bestD = k, d
		}
	}
	if best == "" {
		return ErrFieldMissing
	}
	return &MisspeltFieldError{Missing: field, Unknown: best}
}

// distance is the count of runes to insert, delete or change to turn a into b
// (Levenshtein's).
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	row := make([]int, len(rb)+1)
	for j := range row {
		row[j] = j
	}
	for i := range ra {
		diag := row[0]
		row[0] = i + 1
		for j := range rb {
			cost := 1
			if ra[i] == rb[j] {
				cost = 0
			}
			diag, row[j+1] = row[j+1], min(row[j+1]+1, row[j]+1, diag+cost)
		}
	}
	return row[len(rb)]
}

// UnknownFieldError is a module's field that its type does not have.
type UnknownFieldError struct{ Want []string } // the fields the type has

// Error names the fields the type has.
func (e *UnknownFieldError) Error() string {
	return fmt.Sprintf("unknown field (want %s)", strings.Join(e.Want, ", "))
}

// UnknownTypeError is a module's type that is neither "linear" nor an activation's name.
type UnknownTypeError struct{ Type string }

// Error names the type.
func (e *UnknownTypeError) Error() string { return fmt.Sprintf("unknown module type %q", e.Type) }

// ShapeError is a Linear module's weight or bias of another shape than its features say:
// which count is at fault (Kind), the weight's row at fault for RowLength, the count
// the file has and the count the features say.
type ShapeError struct {
	Kind      ShapeKind
	Row       int // for RowLength
	Got, Want int
}

// ShapeKind is which count of a Linear module's weight or bias is at fault.
type ShapeKind int

const (
	RowLength  ShapeKind = iota + 1 // a weight's row's values, which in_features says
	RowCount                        // the weight's rows, which out_features says
	BiasLength                      // the bias's values, which out_features says
)

// Error says the counts, as "row 0 has 3 values, want in_features = 2".
func (e *ShapeError) Error() string {
	switch e.Kind {
	case RowLength:
		return fmt.Sprintf("row %d has %s, want in_features = %d", e.Row,
			countOf(e.Got, "value"), e.Want)
	case RowCount:
		return fmt.Sprintf("has %s, want out_features = %d", countOf(e.Got, "row"), e.Want)
	}
	return fmt.Sprintf("has %s, want out_features = %d", countOf(e.Got, "value"), e.Want)
}

// ValueError is a module's field whose value is of another kind than the field takes: Got
// is the value as the file has it, shortened.
type ValueError struct {
	Got    string
	Want   ValueKind
	Lo, Hi int // an integer's range
}

// ValueKind is the kind of value a module's field takes.
type ValueKind int

const (
	WantString  ValueKind = iota + 1 // a module's type
	WantNumber                       // an activation's parameter
	WantInteger                      // in_features and out_features: from Lo to Hi
)

// Error says what the value is and what the field takes.
func (e *ValueError) Error() string {
	switch e.Want {
	case WantString:
		return fmt.Sprintf("is %s, want a string", e.Got)
	case WantInteger:
		return fmt.Sprintf("is %s, want an integer from %d to %d", e.Got, e.Lo, e.Hi)
	}
	return fmt.Sprintf("is %s, want a number", e.Got)
}

// ListError is a Linear module's weight or bias that is not a list of finite numbers of
// its shape: Rows is -1 for the bias, which may also be null. Err says why: a
// *DecimalError, a *json.UnmarshalTypeError, or nil for a weight of null.
type ListError struct {
	Rows, Cols int
	Err        error
}

// Error says the shape wanted and why.
func (e *ListError) Error() string {
	if e.Rows < 0 {
		return fmt.Sprintf("want null or a list of %s (%s)", countOf(e.Cols, "finite number"),
			jsonReason(e.Err))
	}
	return fmt.Sprintf("want a list of %s of %s (%s)", countOf(e.Rows, "row"),
		countOf(e.Cols, "finite number"), jsonReason(e.Err))
}

// ParamRangeError is an activation's parameter beyond its range.
type ParamRangeError struct {
	Name          string
	Value, Lo, Hi float64
}

// Error names the parameter, its value and its range.
func (e *ParamRangeError) Error() string {
	return fmt.Sprintf("%s is %v, want a number from %g to %g", e.Name, e.Value, e.Lo, e.Hi)
}

// ChainError is a Linear module's in_features other than the previous Linear's
// out_features.
type ChainError struct{ In, PrevOut int }

// Error says both counts.
func (e *ChainError) Error() string {
	return fmt.Sprintf("is %d, but the previous linear layer has out_features %d", e.In,
		e.PrevOut)
}

// ErrNotObject is a module that is not a JSON object.
var ErrNotObject = errors.New("is not a JSON object")

// PlaceError is an activation out of its place: before the first Linear module, or
// right after another activation (AfterActivation).
type PlaceError struct {
	Act             Activation
	AfterActivation bool
}

// Error names the activation and its place.
func (e *PlaceError) Error() string {
	if e.AfterActivation {
		return fmt.Sprintf("%v follows another activation; put a linear layer between them",
			e.Act)
	}
	return fmt.Sprintf("%v comes before the first linear layer", e.Act)
}
