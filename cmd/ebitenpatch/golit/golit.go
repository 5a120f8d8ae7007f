// Package golit writes Go values as Go source: composite literals that build the same
// value, to compare with reflect.DeepEqual. cmd/ebitenpatch writes ebiten's built-in
// shader programs (shaderir.Program values) with it, so that the page links neither
// ebiten's shader compiler nor go/parser.
//
// It writes what the compiler can lay out as data: each pointer to a struct becomes a
// package-level variable, one per distinct value (so equal blocks of several programs
// share one), and the literal refers to its address. It knows booleans, numbers,
// strings, structs, slices, arrays, pointers to structs and go/constant's values (but
// big integers and floats); a non-zero unexported field, a map, a func or any other
// interface is an error, as the copy could not be equal.
package golit

import (
	"fmt"
	"go/constant"
	"math"
	"math/big"
	"reflect"
	"sort"
	"strconv"
	"strings"
)

// A Writer writes values of one generated file and the variables they share.
type Writer struct {
	prefix  string            // of the variables' names
	imports map[string]string // path -> name, as the file must import them
	vars    map[string]string // a variable's literal -> its name
	decls   []string
}

// NewWriter returns a Writer whose variables are named prefix0, prefix1, ...
func NewWriter(prefix string) *Writer {
	return &Writer{prefix: prefix, imports: map[string]string{}, vars: map[string]string{}}
}

var constantValue = reflect.TypeFor[constant.Value]()

// Expr returns a Go expression of v's value; the variables and imports it needs are
// in Decls and Imports.
func (w *Writer) Expr(v any) (string, error) {
	var b strings.Builder
	if err := w.value(&b, reflect.ValueOf(v), true); err != nil {
		return "", err
	}
	return b.String(), nil
}

// Decls returns the variables the expressions so far refer to, one declaration a line.
func (w *Writer) Decls() string { return strings.Join(w.decls, "") }

// Imports returns the import paths the expressions and variables use, sorted.
func (w *Writer) Imports() []string {
	var out []string
	for p := range w.imports {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}

// typeName is t as the file spells it, importing its package.
func (w *Writer) typeName(t reflect.Type) (string, error) {
	if t.Name() != "" {
		if t.PkgPath() == "" {
			return t.Name(), nil
		}
		name := t.PkgPath()[strings.LastIndex(t.PkgPath(), "/")+1:]
		if p, ok := w.usedName(name); ok && p != t.PkgPath() {
			return "", fmt.Errorf("golit: two packages named %s: %s and %s", name, p, t.PkgPath())
		}
		w.imports[t.PkgPath()] = name
		return name + "." + t.Name(), nil
	}
	switch t.Kind() {
	case reflect.Slice:
		e, err := w.typeName(t.Elem())
		return "[]" + e, err
	case reflect.Array:
		e, err := w.typeName(t.Elem())
		return fmt.Sprintf("[%d]%s", t.Len(), e), err
	case reflect.Pointer:
		e, err := w.typeName(t.Elem())
		return "*" + e, err
	}
	return "", fmt.Errorf("golit: cannot name type %s", t)
}

func (w *Writer) usedName(name string) (string, bool) {
	for p, n := range w.imports {
		if n == name {
			return p, true
		}
	}
	return "", false
}

// value writes v. typed says whether the literal must name its type: an element of a
// slice, array or pointer literal may leave it out, and a field of a basic kind takes an
// untyped constant.
func (w *Writer) value(b *strings.Builder, v reflect.Value, typed bool) error {
	t := v.Type()
	if t == constantValue {
		return w.constant(b, v)
	}
	name := ""
	if typed && t.Name() != "" && t.PkgPath() != "" && t.Kind() != reflect.Struct {
		n, err := w.typeName(t)
		if err != nil {
			return err
		}
		name = n
		b.WriteString(name + "(")
		defer b.WriteString(")")
	}
	switch t.Kind() {
	case reflect.Bool:
		b.WriteString(strconv.FormatBool(v.Bool()))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		b.WriteString(strconv.FormatInt(v.Int(), 10))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
		reflect.Uintptr:
		b.WriteString(strconv.FormatUint(v.Uint(), 10))
	case reflect.Float32, reflect.Float64:
		f := v.Float()
		if math.IsNaN(f) || math.IsInf(f, 0) || f == 0 && math.Signbit(f) {
			return fmt.Errorf("golit: no literal for %v", f)
		}
		b.WriteString(strconv.FormatFloat(f, 'g', -1, t.Bits()))
	case reflect.String:
		b.WriteString(strconv.Quote(v.String()))
	case reflect.Struct:
		return w.structLit(b, v, typed)
	case reflect.Slice:
		if v.IsNil() {
			b.WriteString("nil")
			return nil
		}
		return w.elems(b, v)
	case reflect.Array:
		return w.elems(b, v)
	case reflect.Pointer:
		return w.pointer(b, v)
	default:
		return fmt.Errorf("golit: cannot write a %s", t)
	}
	return nil
}

func (w *Writer) structLit(b *strings.Builder, v reflect.Value, typed bool) error {
	t := v.Type()
	if typed {
		n, err := w.typeName(t)
		if err != nil {
			return err
		}
		b.WriteString(n)
	}
	b.WriteString("{")
	first := true
	for i := range t.NumField() {
		f := v.Field(i)
		if f.IsZero() {
			continue
		}
		if !t.Field(i).IsExported() {
			return fmt.Errorf("golit: %s.%s is unexported and not zero", t, t.Field(i).Name)
		}
		if !first {
			b.WriteString(", ")
		}
		first = false
		b.WriteString(t.Field(i).Name + ": ")
		if err := w.value(b, f, needsType(f.Type())); err != nil {
			return err
		}
	}
	b.WriteString("}")
	return nil
}

// needsType says whether a field or element of type t must name its type: a struct,
// slice or array literal must; a number or string is an untyped constant.
func needsType(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Struct, reflect.Slice, reflect.Array:
		return true
	}
	return false
}

func (w *Writer) elems(b *strings.Builder, v reflect.Value) error {
	n, err := w.typeName(v.Type())
	if err != nil {
		return err
	}
	b.WriteString(n + "{")
	for i := range v.Len() {
		if i > 0 {
			b.WriteString(", ")
		}
		e := v.Index(i)
		if err := w.value(b, e, e.Kind() != reflect.Struct && e.Kind() != reflect.Pointer &&
			needsType(e.Type())); err != nil {
			return err
		}
	}
	b.WriteString("}")
	return nil
}

// pointer writes the address of a package-level variable holding what v points to.
func (w *Writer) pointer(b *strings.Builder, v reflect.Value) error {
	if v.IsNil() {
		b.WriteString("nil")
		return nil
	}
	if v.Elem().Kind() != reflect.Struct {
		return fmt.Errorf("golit: cannot write a %s", v.Type())
	}
	var lit strings.Builder
	if err := w.value(&lit, v.Elem(), true); err != nil {
		return err
	}
	name, ok := w.vars[lit.String()]
	if !ok {
		name = w.prefix + strconv.Itoa(len(w.vars))
		w.vars[lit.String()] = name
		w.decls = append(w.decls, "var "+name+" = "+lit.String()+"\n")
	}
	b.WriteString("&" + name)
	return nil
}

// constant writes a go/constant value as the call that makes the same representation.
func (w *Writer) constant(b *strings.Builder, v reflect.Value) error {
	if v.IsNil() {
		b.WriteString("nil")
		return nil
	}
	w.imports["go/constant"] = "constant"
	c := v.Interface().(constant.Value)
	switch x := constant.Val(c).(type) {
	case bool:
		fmt.Fprintf(b, "constant.MakeBool(%t)", x)
	case string:
		fmt.Fprintf(b, "constant.MakeString(%q)", x)
	case int64:
		fmt.Fprintf(b, "constant.MakeInt64(%d)", x)
	case *big.Rat:
		if !x.Num().IsInt64() || !x.Denom().IsInt64() {
			return fmt.Errorf("golit: no literal for %v", x)
		}
		w.imports["math/big"] = "big"
		fmt.Fprintf(b, "constant.Make(big.NewRat(%d, %d))", x.Num().Int64(), x.Denom().Int64())
	default:
		return fmt.Errorf("golit: cannot write the constant %v (%T)", c, x)
	}
	return nil
}
