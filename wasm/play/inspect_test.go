package play

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"
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
					comment := Say(InspectBackward, strconv.Itoa(len(m.Anim.Record.Batch)))
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
