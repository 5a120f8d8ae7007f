package play

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"nnplay/core"
)

// TestInspectPrintsTheStepsGradients plays the default network's Step and checks that
// Inspect prints the selected layer's .weight.grad and .bias.grad as PyTorch prints a
// gradient ("tensor([[...]])", no "Parameter containing", no requires_grad) once the
// backward pass has reached the layer and through the update, each number the batch's
// mean gradient the update applies, in English and Korean; and nothing of the kind
// before, nor .bias.grad for a layer without a bias.
func TestInspectPrintsTheStepsGradients(t *testing.T) {
	defer speak(English)
	// From which moment each layer's gradients are known.
	from := map[int]string{0: "backward done", 2: "backward, output"}
	number := regexp.MustCompile(`-?\d+\.\d*(e[+-]\d+)?`)
	for _, lang := range Langs() {
		speak(lang)
		for _, bias := range []bool{true, false} {
			for l, first := range from {
				known := false
				for _, mo := range stepMoments(3) {
					known = known || mo.name == first
					m := NewSession()
					if !bias {
						mustApply(t, m, SetBiasEnabled{Layer: l})
					}
					mustApply(t, m, Select{Unit: Unit{Level: l + 1, Index: 0}})
					mo.set(m)
					got := Inspect(m)
					where := lang.Code() + ", layer " + strconv.Itoa(l) + ", " + mo.name
					_, grad, shown := strings.Cut(got, ">>> print(layer.weight.grad)\n")
					if shown != known {
						t.Errorf("%s: .grad shown %v:\n%s", where, shown, got)
						continue
					}
					if !known {
						continue
					}
					grad, _, _ = strings.Cut(grad, "\n>>> optimizer.step()") // the update's
					comment := Say(InspectBackward, pointCount(len(m.Anim.Record.Batch)))
					if !strings.Contains(got, ">>> loss.backward()  # "+comment+"\n") {
						t.Errorf("%s: no loss.backward() saying %q:\n%s", where, comment, got)
					}
					w, b, hasBias := strings.Cut(grad, "\n>>> print(layer.bias.grad)\n")
					if hasBias != bias || strings.Contains(grad, "requires_grad") ||
						!strings.HasPrefix(w, "tensor([[") || !strings.HasSuffix(w, "]])") ||
						strings.Count(w, "\n")+1 != m.Layer(l).Linear.Out {
						t.Errorf("%s: the gradients print as\n%s", where, grad)
						continue
					}
					idx := 0
					for _, layer := range m.Net.Layers[:l] {
						idx += 2
						if !layer.Linear.HasBias() {
							idx--
						}
					}
					want := [][]float64{m.Anim.Record.Grad[idx]}
					texts := []string{w}
					if bias {
						want = append(want, m.Anim.Record.Grad[idx+1])
						texts = append(texts, b)
						if !strings.HasPrefix(b, "tensor([") || !strings.HasSuffix(b, "])") {
							t.Errorf("%s: .bias.grad prints as %q", where, b)
						}
					}
					for k, text := range texts {
						nums := number.FindAllString(text, -1)
						if len(nums) != len(want[k]) {
							t.Errorf("%s: %d numbers in %q, want %d", where, len(nums), text,
								len(want[k]))
							continue
						}
						for i, s := range nums {
							v, _ := strconv.ParseFloat(s, 64)
							if math.Abs(v-want[k][i]) > 5e-5*math.Max(1, math.Abs(want[k][i])) &&
								math.Abs(v-want[k][i]) > 5e-4*math.Abs(want[k][i]) {
								t.Errorf("%s: %s reads %v, the mean gradient is %v", where, s, v,
									want[k][i])
							}
						}
					}
				}
			}
		}
	}
}

// TestInspectPrintsInSessionOrder: during the Step's update Inspect prints what a PyTorch
// session prints in that order: the layer's weights and bias before the step, then
// loss.backward() and the gradients, then optimizer.step() and the updated weights and
// bias. It printed the updated weights first, above the loss.backward() that came
// before them (mendI's brief). Before the update there is no optimizer.step().
func TestInspectPrintsInSessionOrder(t *testing.T) {
	for _, mo := range stepMoments(3) {
		m := NewSession()
		mustApply(t, m, Select{Unit: Unit{Level: 1, Index: 0}})
		mo.set(m)
		got := Inspect(m)
		st := stepNow(&m.Anim)
		stepped := strings.Index(got, ">>> optimizer.step()\n")
		if !st.showsUpdate() {
			if stepped >= 0 {
				t.Errorf("%s: optimizer.step() before the update:\n%s", mo.name, got)
			}
			continue
		}
		rec := m.Anim.Record
		lin := m.Layer(0).Linear
		old := make([][]float64, lin.Out)
		for i := range old {
			old[i] = rec.Old[0][i*lin.In : (i+1)*lin.In]
		}
		want := ">>> print(layer.weight)\n" + core.FormatParameter(old) +
			"\n>>> print(layer.bias)\n" + core.FormatParameterVector(rec.Old[1]) + "\n"
		backward := strings.Index(got, ">>> loss.backward()")
		if !strings.Contains(got, want) || strings.Index(got, want) > backward ||
			stepped < backward {
			t.Errorf("%s: not in a session's order (the old weights, backward, step):\n%s",
				mo.name, got)
			continue
		}
		after := ">>> optimizer.step()\n>>> print(layer.weight)\n" +
			core.FormatParameter(lin.Weight) + "\n>>> print(layer.bias)\n" +
			core.FormatParameterVector(lin.Bias)
		if !strings.HasSuffix(got, after) {
			t.Errorf("%s: the updated layer is not printed last:\n%s\nwant it to end\n%s",
				mo.name, got, after)
		}
	}
}

// TestInspectWritesItsLinesOneWay: every line Inspect types at the prompt is a print()
// or a call, as in a script pasted into Python, in free play at each moment of a Step and
// in lesson 1: free play typed the bare ">>> layer" where lesson 1 typed
// ">>> print(layer)" (mend22's brief).
func TestInspectWritesItsLinesOneWay(t *testing.T) {
	oneWay := regexp.MustCompile(`^>>> (print\(.+\)|\w+\.\w+\(\))(  # .*)?$`)
	shown := map[string]string{"lesson 1": Inspect(openLesson(t, lessonLinear, 0))}
	for _, mo := range stepMoments(3) {
		m := NewSession()
		mustApply(t, m, Select{Unit: Unit{Level: 1, Index: 0}})
		mo.set(m)
		shown[mo.name] = Inspect(m)
	}
	for name, s := range shown {
		if !strings.Contains(s, ">>> print(layer)\nLinear(") {
			t.Errorf("%s: Inspect does not print the layer:\n%s", name, s)
		}
		for _, line := range strings.Split(s, "\n") {
			if strings.HasPrefix(line, ">>>") && !oneWay.MatchString(line) {
				t.Errorf("%s: Inspect types %q", name, line)
			}
		}
	}
}
