package core

import (
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"testing"
)

// torchFile is testdata/torch_cases.json, written by testdata/gen_torch.py.
type torchFile struct {
	Cases []struct {
		Name      string          `json:"name"`
		Model     json.RawMessage `json:"model"`
		Loss      string          `json:"loss"`
		Inputs    [][]float64     `json:"inputs"`
		Targets   [][]float64     `json:"targets"`
		BatchLoss float64         `json:"batch_loss"`
		PerSample []struct {
			Loss float64     `json:"loss"`
			Z    [][]float64 `json:"z"`
			A    [][]float64 `json:"a"`
			DZ   [][]float64 `json:"dz"`
			DA   [][]float64 `json:"da"`
		} `json:"per_sample"`
		Grads []struct {
			Weight [][]float64 `json:"weight"`
			Bias   []float64   `json:"bias"`
		} `json:"grads"`
	} `json:"cases"`
	ActivationReprs map[string]string `json:"activation_reprs"`
	LinearReprs     []struct {
		In, Out int
		Bias    bool
		Repr    string
	} `json:"linear_reprs"`
	Sequential struct {
		Model json.RawMessage `json:"model"`
		Repr  string          `json:"repr"`
	} `json:"sequential"`
	Parameters []struct {
		Values json.RawMessage `json:"values"`
		Repr   string          `json:"repr"`
	} `json:"parameters"`
}

// torchTolerance is the relative tolerance against PyTorch, element by element. Where
// an activation's derivative is ill-conditioned (tanh near saturation: 1 - y*y with
// y = 0.99999999 loses eight digits in PyTorch and in Go alike), one ulp of difference
// in tanh becomes a large relative difference in that one element, so each vector
// also allows an absolute error of torchFloor times its largest element.
const (
	torchTolerance = 1e-9
	torchFloor     = 1e-13
)

func loadTorch(t *testing.T) torchFile {
	var f torchFile
	readJSON(t, "testdata/torch_cases.json", &f)
	if len(f.Cases) < 40 {
		t.Fatalf("only %d torch cases", len(f.Cases))
	}
	return f
}

func TestTorchParity(t *testing.T) {
	for _, c := range loadTorch(t).Cases {
		t.Run(c.Name, func(t *testing.T) {
			net, err := ParseModel(c.Model)
			if err != nil {
				t.Fatal(err)
			}
			loss, err := LossByName(c.Loss)
			if err != nil {
				t.Fatal(err)
			}
			check := func(what string, got, want, floor float64) {
				t.Helper()
				if !relClose(got, want, torchTolerance) && math.Abs(got-want) > floor {
					t.Errorf("%s = %.17g, want %.17g", what, got, want)
				}
			}
			checkVec := func(what string, got, want []float64) {
				t.Helper()
				if len(got) != len(want) {
					t.Fatalf("%s has %d values, want %d", what, len(got), len(want))
				}
				scale := 0.0
				for _, w := range want {
					scale = math.Max(scale, math.Abs(w))
				}
				for i := range got {
					check(fmt.Sprintf("%s[%d]", what, i), got[i], want[i], torchFloor*scale)
				}
			}
			// Per sample, with its own loss: the trace against autograd.
			for k, ps := range c.PerSample {
				net.ZeroGrad()
				tr := NewTrace(net)
				l := net.AccumulateSample(tr, c.Inputs[k], c.Targets[k], loss, 1)
				check(fmt.Sprintf("sample %d loss", k), l, ps.Loss, 0)
				for li := range tr.Layers {
					lt := tr.Layers[li]
					checkVec(fmt.Sprintf("sample %d layer %d z", k, li), lt.Z, ps.Z[li])
					checkVec(fmt.Sprintf("sample %d layer %d a", k, li), lt.A, ps.A[li])
					checkVec(fmt.Sprintf("sample %d layer %d dL/da", k, li), lt.DA, ps.DA[li])
					checkVec(fmt.Sprintf("sample %d layer %d dL/dz", k, li), lt.DZ, ps.DZ[li])
				}
			}
			// The batch-mean loss and every parameter's gradient.
			net.ZeroGrad()
			check("batch loss", accumulateBatch(net, c.Inputs, c.Targets, loss), c.BatchLoss, 0)
			if len(c.Grads) != len(net.Layers) {
				t.Fatalf("%d gradient entries for %d layers", len(c.Grads), len(net.Layers))
			}
			for li, g := range c.Grads {
				lin := net.Layers[li].Linear
				for i := range g.Weight {
					checkVec(fmt.Sprintf("layer %d dL/dW row %d", li, i), lin.WeightGrad[i], g.Weight[i])
				}
				if (g.Bias == nil) != (lin.BiasGrad == nil) {
					t.Fatalf("layer %d: bias presence differs from PyTorch", li)
				}
				checkVec(fmt.Sprintf("layer %d dL/db", li), lin.BiasGrad, g.Bias)
			}
		})
	}
}

func TestTorchReprs(t *testing.T) {
	f := loadTorch(t)
	for key, want := range f.ActivationReprs {
		lin := `{"type":"linear","in_features":1,"out_features":1,"weight":[[1]],"bias":null}`
		net, err := ParseModel([]byte(`{"format":"nnplay/1","modules":[` + lin + `,` + key + `]}`))
		if err != nil {
			t.Fatalf("%s: %v", key, err)
		}
		if got := net.Layers[0].Act.String(); got != want {
			t.Errorf("%s: String() = %q, want %q", key, got, want)
		}
	}
	for _, l := range f.LinearReprs {
		if got := newLinear(l.In, l.Out, l.Bias).String(); got != l.Repr {
			t.Errorf("String() = %q, want %q", got, l.Repr)
		}
	}
	seq, err := ParseModel(f.Sequential.Model)
	if err != nil {
		t.Fatal(err)
	}
	if got := seq.String(); got != f.Sequential.Repr {
		t.Errorf("Sequential String() =\n%s\nwant\n%s", got, f.Sequential.Repr)
	}
	for i, p := range f.Parameters {
		var got string
		var m [][]float64
		if err := json.Unmarshal(p.Values, &m); err == nil {
			got = FormatParameter(m)
		} else {
			var v []float64
			if err := json.Unmarshal(p.Values, &v); err != nil {
				t.Fatal(err)
			}
			got = FormatParameterVector(v)
		}
		if got != p.Repr {
			t.Errorf("parameter %d:\n%s\nwant\n%s", i, got, p.Repr)
		}
		// The same values as a tensor that requires no grad (a .grad) print without the
		// first line and the suffix, as PyTorch 1.13 prints them.
		want := strings.TrimPrefix(p.Repr, "Parameter containing:\n")
		want = want[:strings.LastIndex(want, ",")] + ")"
		if err := json.Unmarshal(p.Values, &m); err == nil {
			got = FormatTensor(m)
		} else {
			var v []float64
			_ = json.Unmarshal(p.Values, &v)
			got = FormatTensorVector(v)
		}
		if got != want {
			t.Errorf("tensor %d:\n%s\nwant\n%s", i, got, want)
		}
	}
}
