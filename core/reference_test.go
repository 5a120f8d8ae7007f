package core

import (
	"encoding/json"
	"math"
	"os"
	"testing"
)

// refNet is the reference folder's init_spiral_<net>.json.
type refNet struct {
	Layers  []int         `json:"layers"`
	Hidden  string        `json:"hidden_activation"`
	Output  string        `json:"output_activation"`
	LR      float64       `json:"learning_rate"`
	Batch   int           `json:"batch_size"`
	Train   int           `json:"num_train"`
	Weights [][][]float64 `json:"weights"`
	Biases  [][]float64   `json:"biases"`
}

// reference is a Net with its data and training rule, as the reference folder gives it.
type reference struct {
	net                  *Sequential
	cfg                  refNet
	xTrain, tTrain       [][]float64
	xTest, tTest         [][]float64
	trainPts, testPoints []Point
}

func loadReference(tb testing.TB, net string) reference {
	tb.Helper()
	var cfg refNet
	readJSON(tb, "testdata/reference/init_spiral_"+net+".json", &cfg)
	hidden, err := ActivationByName(cfg.Hidden)
	if err != nil {
		tb.Fatal(err)
	}
	output, err := ActivationByName(cfg.Output)
	if err != nil {
		tb.Fatal(err)
	}
	var mods []Module
	for l := range cfg.Weights {
		lin := newLinear(cfg.Layers[l], cfg.Layers[l+1], true)
		for i := range lin.Weight {
			copy(lin.Weight[i], cfg.Weights[l][i])
		}
		copy(lin.Bias, cfg.Biases[l])
		act := hidden
		if l == len(cfg.Weights)-1 {
			act = output
		}
		mods = append(mods, lin, act)
	}
	f, err := os.Open("testdata/reference/spiral500.csv")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	pts, err := ReadCSV(f)
	if err != nil {
		tb.Fatal(err)
	}
	r := reference{
		net:        NewSequential(mods...),
		cfg:        cfg,
		trainPts:   pts[:cfg.Train],
		testPoints: pts[cfg.Train:],
	}
	fs := []Feature{X1, X2}
	r.xTrain, r.tTrain = Inputs(r.trainPts, fs), Targets(r.trainPts, HalfMSELoss{})
	r.xTest, r.tTest = Inputs(r.testPoints, fs), Targets(r.testPoints, HalfMSELoss{})
	return r
}

func (r reference) trainer() *Trainer {
	return &Trainer{Net: r.net, Loss: HalfMSELoss{}, Opt: NewSGD(r.net.Parameters(), r.cfg.LR),
		BatchSize: r.cfg.Batch, X: r.xTrain, T: r.tTrain}
}

func readJSON(tb testing.TB, path string, v any) {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
}

// relClose reports whether got is within rel of want, relative to the larger
// magnitude, with an absolute floor of 1e-300 so exact zeros compare equal.
func relClose(got, want, rel float64) bool {
	if got == want {
		return true
	}
	return math.Abs(got-want) <= rel*math.Max(math.Abs(got), math.Abs(want))+1e-300
}

// referenceTolerance is the relative tolerance against PyTorch's trajectories. The worst
// difference measured is 8.3e-16 natively and the same under GOOS=js GOARCH=wasm, where
// math.Exp and math.Tanh are pure Go rather than amd64 assembly; the tests log it. The
// wasm build needs no looser bound.
const referenceTolerance = 1e-9

func TestReferenceTrajectories(t *testing.T) {
	var traj struct {
		Nets map[string]struct {
			Epochs    []int     `json:"epochs"`
			LossTrain []float64 `json:"loss_train"`
			LossTest  []float64 `json:"loss_test"`
			After1    struct {
				Weights [][][]float64 `json:"weights"`
				Biases  [][]float64   `json:"biases"`
			} `json:"params_after_1_epoch"`
		} `json:"nets"`
	}
	readJSON(t, "testdata/reference/trajectories_spiral.json", &traj)
	for _, name := range []string{"A", "B"} {
		t.Run("Net"+name, func(t *testing.T) {
			want := traj.Nets[name]
			r := loadReference(t, name)
			tr := r.trainer()
			scan := NewTrace(r.net)
			worst := 0.0
			for k, epoch := range want.Epochs {
				for tr.Epoch < epoch {
					if err := tr.RunEpoch(); err != nil {
						t.Fatal(err)
					}
					if tr.Epoch == 1 {
						for l, layer := range r.net.Layers {
							for i, row := range layer.Linear.Weight {
								for j, w := range row {
									if wantW := want.After1.Weights[l][i][j]; !relClose(w, wantW, referenceTolerance) {
										t.Errorf("after epoch 1, weight[%d][%d][%d] = %.17g, want %.17g", l, i, j, w, wantW)
									}
								}
								b, wantB := layer.Linear.Bias[i], want.After1.Biases[l][i]
								if !relClose(b, wantB, referenceTolerance) {
									t.Errorf("after epoch 1, bias[%d][%d] = %.17g, want %.17g", l, i, b, wantB)
								}
							}
						}
					}
				}
				train := r.net.MeanLoss(scan, r.xTrain, r.tTrain, HalfMSELoss{})
				test := r.net.MeanLoss(scan, r.xTest, r.tTest, HalfMSELoss{})
				for _, c := range []struct {
					split     string
					got, want float64
				}{{"train", train, want.LossTrain[k]}, {"test", test, want.LossTest[k]}} {
					worst = math.Max(worst, math.Abs(c.got-c.want)/c.want)
					if !relClose(c.got, c.want, referenceTolerance) {
						t.Errorf("epoch %d: %s loss %.17g, want %.17g (rel %.2g)",
							epoch, c.split, c.got, c.want, math.Abs(c.got-c.want)/c.want)
					}
				}
			}
			t.Logf("Net %s: worst relative difference from PyTorch %.2g over %d epochs",
				name, worst, tr.Epoch)
		})
	}
}
