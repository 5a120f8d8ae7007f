package play

import (
	"fmt"
	"strings"

	"nnplay/core"
)

// Inspect prints the selected unit's layer as PyTorch does, as a Python session would
// show it (in lesson 1, the lesson's layer); it is empty when no unit is selected.
// During a Step it prints in a session's order: the layer as the step found it, then
// loss.backward() and the gradients once the backward pass has reached the layer, then,
// in the update, optimizer.step() and the layer updated.
func Inspect(m *Session) string {
	if l := m.Lesson; l != nil && l.Linear != nil {
		return linearInspect(l.Linear) // lesson 1's layer
	}
	if m.Selected.Level == 0 {
		return ""
	}
	l := m.Selected.Level - 1
	lin := m.Layer(l).Linear
	st := stepNow(&m.Anim)
	idx, known := gradIndex(m, st, l)
	var b strings.Builder
	fmt.Fprintf(&b, ">>> print(layer)\n%v\n", lin)
	if known && st.showsUpdate() { // the layer holds the update: as the step found it first
		var old []float64 // the bias, nil as lin.Bias is for a layer without one
		if lin.HasBias() {
			old = st.rec.Old[idx+1]
		}
		printParams(&b, rowsOf(st.rec.Old[idx], lin.In), old)
	} else {
		printParams(&b, lin.Weight, lin.Bias)
	}
	if !known {
		return strings.TrimSuffix(b.String(), "\n")
	}
	// The canvas's edges show one point's gradients during the backward pass; these are
	// the batch's mean (StepRecord.Grad), which the update applies, and the comment says
	// which loss they are of.
	fmt.Fprintf(&b, ">>> loss.backward()  # %s\n",
		Say(InspectBackward, pointCount(len(st.rec.Batch))))
	b.WriteString(">>> print(layer.weight.grad)\n" +
		core.FormatTensor(rowsOf(st.rec.Grad[idx], lin.In)) + "\n")
	if lin.HasBias() {
		b.WriteString(">>> print(layer.bias.grad)\n" +
			core.FormatTensorVector(st.rec.Grad[idx+1]) + "\n")
	}
	if st.showsUpdate() {
		b.WriteString(">>> optimizer.step()\n")
		printParams(&b, lin.Weight, lin.Bias)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// printParams writes print(layer.weight) of weight w ([out][in]) and print(layer.bias),
// None where bias is nil (a layer without one).
func printParams(b *strings.Builder, w [][]float64, bias []float64) {
	b.WriteString(">>> print(layer.weight)\n" + core.FormatParameter(w) +
		"\n>>> print(layer.bias)\n")
	if bias != nil {
		b.WriteString(core.FormatParameterVector(bias) + "\n")
	} else {
		b.WriteString("None\n")
	}
}

// gradIndex returns the index of layer l's weight in the Step's record (the order of
// Net.Parameters()), and whether the Step's backward pass has reached the layer: its
// gradients are known, from then through the update.
func gradIndex(m *Session, st stepState, l int) (int, bool) {
	if !st.backwardDone(l) || len(st.rec.Grad) != len(m.Net.Parameters()) {
		return 0, false
	}
	idx := 0
	for _, layer := range m.Net.Layers[:l] {
		idx++
		if layer.Linear.HasBias() {
			idx++
		}
	}
	return idx, true
}

// rowsOf returns flat, a matrix stored row after row, as its rows of in values.
func rowsOf(flat []float64, in int) [][]float64 {
	rows := make([][]float64, len(flat)/in)
	for i := range rows {
		rows[i] = flat[i*in : (i+1)*in]
	}
	return rows
}
