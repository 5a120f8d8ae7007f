package core

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"sort"
	"strconv"
)

// ModelFormat is the format tag of the model file written by WriteModel.
const ModelFormat = "nnplay/1"

// Limits on model files: beyond them a file is refused with an error rather than
// allowed to exhaust the page's memory.
//
// MaxModelBytes is checked before any parsing. Parsing allocates up to about 37 bytes
// per byte of file, in the costliest shape (weight rows of one number each, "[0],": a
// slice per four bytes, and the model's own rows after); a 32 MB file cost 884 MB. 1 MB
// costs at most about 40 MB, which a phone's browser tab can spare beside the page, and
// holds some 50,000 weights written in full precision: far more than the page can draw,
// whose networks have a few hundred.
const (
	MaxModelBytes = 1 << 20
	MaxModules    = 256
	MaxFeatures   = 4096
)

// The model file is JSON: a Sequential as its PyTorch module list, in order.
//
//	{"format":"nnplay/1","modules":[
//	{"type":"linear","in_features":2,"out_features":4,"weight":[[...],...],"bias":[...]},
//	{"type":"tanh"},
//	{"type":"leaky_relu","negative_slope":0.1}
//	]}
//
// "bias" is null for bias=False. Activation parameters are written in full:
// leaky_relu has negative_slope, elu has alpha, softplus has beta and threshold.
type linearJSON struct {
	Type   string      `json:"type"`
	In     int         `json:"in_features"`
	Out    int         `json:"out_features"`
	Weight [][]float64 `json:"weight"`
	Bias   []float64   `json:"bias"`
}

// WriteModel writes s as a model file. Numbers are written shortest-round-trip, so
// ReadModel gives back the identical model, bit for bit. It refuses a model holding
// NaN or infinite values, which JSON cannot carry.
func WriteModel(w io.Writer, s *Sequential) error {
	var b bytes.Buffer
	b.WriteString(`{"format":"` + ModelFormat + `","modules":[`)
	for i, m := range s.Modules() {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteByte('\n')
		var v any
		switch m := m.(type) {
		case *Linear:
			if f, err := nonFinite(m); err != nil {
				return &ModuleError{Index: i, Field: f, Err: err}
			}
			v = linearJSON{Type: "linear", In: m.In, Out: m.Out, Weight: m.Weight, Bias: m.Bias}
		case Activation:
			v = activationJSON(m)
		}
		enc, err := json.Marshal(v)
		if err != nil {
			return &ModuleError{Index: i, Err: err}
		}
		b.Write(enc)
	}
	b.WriteString("\n]}\n")
	_, err := w.Write(b.Bytes())
	return err
}

func nonFinite(l *Linear) (field string, err error) {
	for i, r := range l.Weight {
		for j, v := range r {
			if !IsFinite(v) {
				return "weight", fmt.Errorf("weight[%d][%d] is %v", i, j, v)
			}
		}
	}
	for i, v := range l.Bias {
		if !IsFinite(v) {
			return "bias", fmt.Errorf("bias[%d] is %v", i, v)
		}
	}
	return "", nil
}

// activationJSON is an activation's object in the model file: its type and every
// parameter, by PyTorch's name.
func activationJSON(a Activation) map[string]any {
	m := map[string]any{"type": a.Name()}
	for _, p := range a.Params() {
		m[p.Name] = p.Value
	}
	return m
}

// ReadModel reads a model file written by WriteModel. Anything wrong (not JSON, an
// unknown format or module type, a missing or unknown field, a wrong shape, sizes over
// the limits, a non-finite number) gives an error that names the module index and the
// field; the reader never panics.
func ReadModel(r io.Reader) (*Sequential, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxModelBytes+1))
	if err != nil {
		return nil, fmt.Errorf("core: reading model: %w", err)
	}
	return ParseModel(data)
}

// ModelError says what is wrong with a model file as a whole, before any of its modules
// is read (a module's fault is a ModuleError): which check refused it, the top-level
// field at fault ("" for the file as a whole) and why, in English. The page says each
// Fault in its own languages.
type ModelError struct {
	Fault ModelFault
	Field string
	Err   error // for ModelNotObject, it wraps encoding/json's error when there is one
}

// Error says what went wrong and where.
func (e *ModelError) Error() string {
	if e.Field == "" {
		return fmt.Sprintf("core: model file %v", e.Err)
	}
	return fmt.Sprintf("core: model file, field %q: %v", e.Field, e.Err)
}

// Unwrap returns the underlying error.
func (e *ModelError) Unwrap() error { return e.Err }

// ModelFault is which check of a model file's top level refused it.
type ModelFault int

const (
	ModelTooLarge       ModelFault = iota + 1 // larger than MaxModelBytes
	ModelNotObject                            // not a JSON object
	ModelFieldUnknown                         // Field is none of "format" and "modules"
	ModelFieldMissing                         // Field is missing
	ModelOtherFormat                          // "format" is not ModelFormat
	ModelModulesNotList                       // "modules" is not a list of objects
	ModelTooManyModules                       // more than MaxModules modules
	ModelNoModules                            // "modules" is an empty list: no layer
)

// ParseModel reads a model file from memory; see ReadModel. A fault of the file as a
// whole gives a *ModelError, checked in this order: its size, that it is a JSON object,
// unknown fields (the first by name), missing fields, "format", "modules" (a list, not
// empty, of at most MaxModules). A fault of a
// module gives a *ModuleError.
func ParseModel(data []byte) (*Sequential, error) {
	if len(data) > MaxModelBytes {
		return nil, &ModelError{Fault: ModelTooLarge, Err: fmt.Errorf(
			"is larger than %d MB, the most the page takes", MaxModelBytes>>20)}
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil || top == nil {
		why := errors.New("is not a JSON object (null)")
		if err != nil {
			why = fmt.Errorf("is not a JSON object: %w", err)
		}
		return nil, &ModelError{Fault: ModelNotObject, Err: why}
	}
	if err := checkFields(top, "format", "modules"); err != nil {
		fe := err.(*fieldError) // checkFields says which field
		fault := ModelFieldUnknown
		if _, ok := top[fe.field]; !ok {
			fault = ModelFieldMissing
		}
		return nil, &ModelError{Fault: fault, Field: fe.field, Err: fe.err}
	}
	var format string
	if err := json.Unmarshal(top["format"], &format); err != nil || format != ModelFormat {
		return nil, &ModelError{Fault: ModelOtherFormat, Field: "format",
			Err: fmt.Errorf("is %s, want %q", clip(top["format"]), ModelFormat)}
	}
	var raws []json.RawMessage
	if err := json.Unmarshal(top["modules"], &raws); err != nil || raws == nil {
		return nil, &ModelError{Fault: ModelModulesNotList, Field: "modules",
			Err: errors.New("is not a list of modules")}
	}
	if len(raws) == 0 {
		return nil, &ModelError{Fault: ModelNoModules, Field: "modules",
			Err: errors.New("is an empty list: a model has at least one linear layer")}
	}
	if len(raws) > MaxModules {
		return nil, &ModelError{Fault: ModelTooManyModules,
			Err: fmt.Errorf("has %d modules, at most %d allowed", len(raws), MaxModules)}
	}
	mods := make([]Module, len(raws))
	for i, raw := range raws {
		m, err := parseModule(raw)
		if err != nil {
			var fe *fieldError
			if errors.As(err, &fe) {
				return nil, &ModuleError{Index: i, Field: fe.field, Err: fe.err}
			}
			return nil, &ModuleError{Index: i, Err: err}
		}
		mods[i] = m
	}
	return FromModules(mods)
}

// parseModule reads one module; its errors carry the field but not yet the index.
func parseModule(raw json.RawMessage) (Module, error) {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(raw, &obj); err != nil || obj == nil {
		return nil, ErrNotObject
	}
	typRaw, ok := obj["type"]
	if !ok {
		return nil, &fieldError{"type", missing("type", obj, nil)}
	}
	var typ string
	if err := json.Unmarshal(typRaw, &typ); err != nil {
		return nil, &fieldError{"type", &ValueError{Got: clip(typRaw), Want: WantString}}
	}
	if typ == "linear" {
		return parseLinear(obj)
	}
	act, err := ActivationByName(typ)
	if err != nil {
		return nil, &fieldError{"type", &UnknownTypeError{typ}}
	}
	var params []string
	for _, p := range act.Params() {
		params = append(params, p.Name)
	}
	if err := checkFields(obj, append([]string{"type"}, params...)...); err != nil {
		return nil, err
	}
	vals := make([]float64, len(params))
	for i, p := range params {
		var v decimal
		if err := json.Unmarshal(obj[p], &v); err != nil {
			var de *DecimalError
			if errors.As(err, &de) {
				return nil, &fieldError{p, fmt.Errorf("%q %w", de.Text, de.Err)}
			}
			return nil, &fieldError{p, &ValueError{Got: clip(obj[p]), Want: WantNumber}}
		}
		vals[i] = float64(v)
	}
	act, err = act.WithParams(vals...)
	if err != nil {
		return nil, errors.Unwrap(err) // the parameter's complaint; the caller names the module
	}
	return act, nil
}

func parseLinear(obj map[string]json.RawMessage) (*Linear, error) {
	if err := checkFields(obj, "type", "in_features", "out_features", "weight", "bias"); err != nil {
		return nil, err
	}
	var in, out int
	for _, f := range []struct {
		name string
		v    *int
	}{{"in_features", &in}, {"out_features", &out}} {
		if err := json.Unmarshal(obj[f.name], f.v); err != nil || *f.v < 1 || *f.v > MaxFeatures {
			err := &ValueError{Got: clip(obj[f.name]), Want: WantInteger, Lo: 1, Hi: MaxFeatures}
			return nil, &fieldError{f.name, err}
		}
	}
	var w [][]decimal
	if err := json.Unmarshal(obj["weight"], &w); err != nil || w == nil {
		return nil, &fieldError{"weight", &ListError{Rows: out, Cols: in, Err: err}}
	}
	if len(w) != out {
		err := &ShapeError{Kind: RowCount, Got: len(w), Want: out}
		return nil, &fieldError{"weight", err}
	}
	for i, r := range w {
		if len(r) != in {
			err := &ShapeError{Kind: RowLength, Row: i, Got: len(r), Want: in}
			return nil, &fieldError{"weight", err}
		}
	}
	var b []decimal
	if err := json.Unmarshal(obj["bias"], &b); err != nil {
		return nil, &fieldError{"bias", &ListError{Rows: -1, Cols: out, Err: err}}
	}
	if b != nil && len(b) != out {
		err := &ShapeError{Kind: BiasLength, Got: len(b), Want: out}
		return nil, &fieldError{"bias", err}
	}
	l := newLinear(in, out, b != nil)
	for i, r := range w {
		for j, v := range r {
			l.Weight[i][j] = float64(v)
		}
	}
	for i, v := range b {
		l.Bias[i] = float64(v)
	}
	if f, err := nonFinite(l); err != nil {
		return nil, &fieldError{f, err}
	}
	return l, nil
}

// checkFields requires exactly the wanted fields in obj.
func checkFields(obj map[string]json.RawMessage, want ...string) error {
	var unknown []string
	for k := range obj {
		if !contains(want, k) {
			unknown = append(unknown, k)
		}
	}
	// A missing field beside an unknown one near it says both: "in_feature" is most
	// likely in_features misspelt.
	for _, k := range want {
		if _, ok := obj[k]; !ok {
			if err := missing(k, obj, want); len(unknown) == 0 || err != ErrFieldMissing {
				return &fieldError{k, err}
			}
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		return &fieldError{unknown[0], &UnknownFieldError{want}}
	}
	return nil
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// clip quotes a raw JSON value for an error message, shortened.
func clip(raw json.RawMessage) string {
	s := string(raw)
	if s == "" {
		return "missing"
	}
	if len(s) > 40 {
		s = s[:37] + "..."
	}
	return s
}

func jsonReason(err error) string {
	if err == nil {
		return "got null"
	}
	var de *DecimalError
	if errors.As(err, &de) {
		return fmt.Sprintf("%q %v", de.Text, de.Err)
	}
	var ute *json.UnmarshalTypeError
	if errors.As(err, &ute) {
		// decimal reads every number itself (an overflow is a *DecimalError): a "number"
		// here is one where a list is wanted.
		return "found " + ute.Value
	}
	return err.Error()
}

// decimal is a number of a model file, read by ParseDecimal: JSON's grammar already
// refuses hexadecimal, "inf" and "NaN", but encoding/json turns 1e-400 into 0 without a
// word.
type decimal float64

// UnmarshalJSON reads one JSON number. Anything else, null included (which
// encoding/json would leave as 0), is refused as a type error.
func (d *decimal) UnmarshalJSON(b []byte) error {
	if len(b) == 0 || (b[0] != '-' && !isDigit(b[0])) {
		kind := map[byte]string{
			'"': "string", 't': "bool", 'f': "bool", 'n': "null", '{': "object", '[': "array",
		}
		return &json.UnmarshalTypeError{Value: kind[b[0]], Type: reflect.TypeFor[float64]()}
	}
	v, err := ParseDecimal(string(b))
	*d = decimal(v)
	return err
}

// fieldError is a module's error before its index is known.
type fieldError struct {
	field string
	err   error
}

// Error says what went wrong and where.
func (e *fieldError) Error() string { return fmt.Sprintf("field %q: %v", e.field, e.err) }

// MarshalActivation writes an activation as the model file writes it, for example
// {"negative_slope":0.1,"type":"leaky_relu"}.
func MarshalActivation(a Activation) ([]byte, error) {
	if err := validActivation(a); err != nil {
		return nil, fmt.Errorf("core: %w", err)
	}
	return json.Marshal(activationJSON(a))
}

// UnmarshalActivation reads an activation written by MarshalActivation, with the model
// reader's checks: a known type, exactly its parameters, valid values.
func UnmarshalActivation(data []byte) (Activation, error) {
	m, err := parseModule(data)
	if err != nil {
		var fe *fieldError
		if errors.As(err, &fe) {
			return nil, fmt.Errorf("core: activation, field %q: %v", fe.field, fe.err)
		}
		return nil, fmt.Errorf("core: activation %v", err)
	}
	a, ok := m.(Activation)
	if !ok {
		return nil, errors.New("core: a linear module is not an activation")
	}
	return a, nil
}

// countOf writes n and a noun that takes an s in the plural: "1 row", "2 rows".
func countOf(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}
