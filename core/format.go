package core

import (
	"math"
	"strconv"
	"strings"
)

// pyFloat formats v as Python's repr(float) does: shortest round-trip digits, always
// with a decimal point or exponent ("1.0", "0.01", "1e-05", "1e+16").
func pyFloat(v float64) string {
	switch {
	case math.IsNaN(v):
		return "nan"
	case math.IsInf(v, 1):
		return "inf"
	case math.IsInf(v, -1):
		return "-inf"
	}
	// The decimal exponent of the shortest digits picks the style, as in Python.
	e := strconv.FormatFloat(v, 'e', -1, 64)
	exp, _ := strconv.Atoi(e[strings.IndexByte(e, 'e')+1:])
	if v != 0 && (exp < -4 || exp >= 16) {
		return e // Go, like Python, writes at least two exponent digits.
	}
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if !strings.ContainsAny(s, ".") {
		s += ".0"
	}
	return s
}

// tensorFormatter reproduces PyTorch's _Formatter for floating tensors with the default
// print options (precision 4, linewidth 80): integer mode when every value is integral,
// scientific mode when the magnitudes span more than 1000x, exceed 1e8 or go below 1e-4,
// fixed four decimals otherwise, and one width for every element.
type tensorFormatter struct {
	intMode, sciMode bool
	width            int
}

func newTensorFormatter(vals []float64) tensorFormatter {
	f := tensorFormatter{intMode: true, width: 1}
	minAbs, maxAbs := math.Inf(1), 0.0
	var nz []float64
	for _, v := range vals {
		if v != 0 && IsFinite(v) {
			nz = append(nz, v)
			minAbs = math.Min(minAbs, math.Abs(v))
			maxAbs = math.Max(maxAbs, math.Abs(v))
			if v != math.Ceil(v) {
				f.intMode = false
			}
		}
	}
	if len(nz) == 0 {
		return f
	}
	wide := maxAbs/minAbs > 1000 || maxAbs > 1e8
	if f.intMode {
		f.sciMode = wide
	} else {
		f.sciMode = wide || minAbs < 1e-4
	}
	for _, v := range nz {
		n := len(f.raw(v))
		if f.intMode && !f.sciMode {
			n = len(strconv.FormatFloat(v, 'f', 0, 64)) + 1
		}
		f.width = max(f.width, n)
	}
	return f
}

func (f tensorFormatter) raw(v float64) string {
	switch {
	case math.IsNaN(v):
		return "nan"
	case math.IsInf(v, 1):
		return "inf"
	case math.IsInf(v, -1):
		return "-inf"
	case f.sciMode:
		return pyExp(v, 4)
	case f.intMode:
		return strconv.FormatFloat(v, 'f', 0, 64) + "."
	}
	return strconv.FormatFloat(v, 'f', 4, 64)
}

func (f tensorFormatter) format(v float64) string {
	s := f.raw(v)
	if n := f.width - len(s); n > 0 {
		s = strings.Repeat(" ", n) + s
	}
	return s
}

// pyExp formats like Python's '{:.Ne}': a two-digit exponent at least.
func pyExp(v float64, prec int) string {
	return strconv.FormatFloat(v, 'e', prec, 64)
}

const (
	printLinewidth = 80
	tensorPrefix   = "tensor("
)

// vectorString lays one row out as PyTorch does, wrapping at the line width.
func (f tensorFormatter) vectorString(row []float64, indent int) string {
	perLine := max(1, (printLinewidth-indent)/(f.width+2))
	var b strings.Builder
	b.WriteByte('[')
	for i, v := range row {
		if i > 0 {
			if i%perLine == 0 {
				b.WriteString(",\n")
				b.WriteString(strings.Repeat(" ", indent+1))
			} else {
				b.WriteString(", ")
			}
		}
		b.WriteString(f.format(v))
	}
	b.WriteByte(']')
	return b.String()
}

// FormatParameter prints a weight matrix ([out][in]) the way print(layer.weight) does in
// PyTorch for a float32 parameter: "Parameter containing:\ntensor([[...]], requires_grad=True)".
func FormatParameter(m [][]float64) string {
	return "Parameter containing:\n" + addSuffix(matrixBody(m), len(tensorPrefix))
}

// FormatParameterVector prints a bias vector the way print(layer.bias) does in PyTorch.
func FormatParameterVector(v []float64) string {
	return "Parameter containing:\n" + addSuffix(vectorBody(v), len(tensorPrefix))
}

// FormatTensor prints a matrix ([rows][cols]) the way print does a float32 tensor that
// requires no grad, such as a parameter's .grad after loss.backward(): "tensor([[...]])",
// the parameter's print without its first line and its suffix.
func FormatTensor(m [][]float64) string { return matrixBody(m) + ")" }

// FormatTensorVector prints a vector as FormatTensor prints a matrix: "tensor([...])".
func FormatTensorVector(v []float64) string { return vectorBody(v) + ")" }

// matrixBody is a matrix's print up to its closing parenthesis: "tensor([[...]]".
func matrixBody(m [][]float64) string {
	var all []float64
	for _, r := range m {
		all = append(all, r...)
	}
	f := newTensorFormatter(all)
	indent := len(tensorPrefix)
	rows := make([]string, len(m))
	for i, r := range m {
		rows[i] = f.vectorString(r, indent+1)
	}
	return tensorPrefix + "[" + strings.Join(rows, ",\n"+strings.Repeat(" ", indent+1)) + "]"
}

// vectorBody is a vector's print up to its closing parenthesis: "tensor([...]".
func vectorBody(v []float64) string {
	return tensorPrefix + newTensorFormatter(v).vectorString(v, len(tensorPrefix))
}

// addSuffix appends ", requires_grad=True)", on a new line when it would pass the line
// width, as PyTorch's _add_suffixes does.
func addSuffix(s string, indent int) string {
	const suffix = "requires_grad=True"
	lastLine := len(s) - strings.LastIndexByte(s, '\n') + 1
	if lastLine+len(suffix)+2 > printLinewidth {
		return s + ",\n" + strings.Repeat(" ", indent) + suffix + ")"
	}
	return s + ", " + suffix + ")"
}
