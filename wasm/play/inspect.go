package play

import (
	"fmt"
	"strconv"
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
	inspectGrads(&b, m, m.Selected.Level-1)
	return b.String()
}

// inspectGrads prints, once the Step's backward pass has reached layer l and through
// its update, the gradients PyTorch's loss.backward() leaves in the layer's .grad: the
// mean over the batch (StepRecord.Grad, which the update applies), as print shows them.
// The canvas's edges show one point's during the backward pass, and the comment says
// which loss these are of.
func inspectGrads(b *strings.Builder, m *Session, l int) {
	st := stepNow(&m.Anim)
	if !st.backwardDone(l) || len(st.rec.Grad) != len(m.Net.Parameters()) {
		return
	}
	idx := 0
	for _, layer := range m.Net.Layers[:l] {
		idx++
		if layer.Linear.HasBias() {
			idx++
		}
	}
	lin := m.Layer(l).Linear
	rows := make([][]float64, lin.Out)
	for i := range rows {
		rows[i] = st.rec.Grad[idx][i*lin.In : (i+1)*lin.In]
	}
	fmt.Fprintf(b, "\n>>> loss.backward()  # %s\n>>> print(layer.weight.grad)\n%s",
		Say(InspectBackward, strconv.Itoa(len(st.rec.Batch))),
		gradTensor(core.FormatParameter(rows)))
	if lin.HasBias() {
		fmt.Fprintf(b, "\n>>> print(layer.bias.grad)\n%s",
			gradTensor(core.FormatParameterVector(st.rec.Grad[idx+1])))
	}
}

// gradTensor turns a parameter as print shows it ("Parameter containing:\ntensor(...,
// requires_grad=True)") into its gradient's print: the same tensor with no suffix, as a
// .grad (a leaf that requires no grad) prints.
func gradTensor(param string) string {
	t := strings.TrimPrefix(param, "Parameter containing:\n")
	return t[:strings.LastIndexByte(t, ',')] + ")"
}
