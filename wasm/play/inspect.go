package play

import (
	"fmt"
	"strings"

	"nnplay/core"
)

// Inspect prints the selected unit's layer as PyTorch does, as a Python session would
// show it (in lesson 1, the lesson's layer); it is empty when no unit is selected.
func Inspect(m *Session) string {
	if l := m.Lesson; l != nil && l.Linear != nil {
		return linearInspect(l.Linear) // lesson 1's layer
	}
	if m.Selected.Level == 0 {
		return ""
	}
	lin := m.Layer(m.Selected.Level - 1).Linear
	var b strings.Builder
	fmt.Fprintf(&b, ">>> layer\n%v\n>>> print(layer.weight)\n%s\n>>> print(layer.bias)\n", lin,
		core.FormatParameter(lin.Weight))
	if lin.HasBias() {
		b.WriteString(core.FormatParameterVector(lin.Bias))
	} else {
		b.WriteString("None")
	}
	return b.String()
}
