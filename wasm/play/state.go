package play

import (
	"bytes"
	"encoding/json"

	"nnplay/core"
)

// State is the model as the browser tests see it through the page's test API: the
// network in the model file format (exact), the input point's pass, the Step, the
// meters, and where things are on the screen in CSS pixels.
type State struct {
	Playing   bool            `json:"playing"`
	Speed     string          `json:"speed"`
	Epoch     float64         `json:"epoch"`
	Diverged  string          `json:"diverged"`
	LR        float64         `json:"lr"`
	BatchSize int             `json:"batch_size"`
	Loss      string          `json:"loss"`
	Step      StepState       `json:"step"`
	Meters    []MeterState    `json:"meters"`
	History   int             `json:"history"`
	TrainSize int             `json:"train_size"`
	Dataset   string          `json:"dataset"`
	Model     json.RawMessage `json:"model"`
	Sizes     []int           `json:"sizes"`
	Selected  [2]int          `json:"selected"`
	Input     [2]float64      `json:"input"`
	X         []float64       `json:"x"`
	Layers    []LayerState    `json:"layers"`
	TrainLoss float64         `json:"train_loss"`
	TestLoss  float64         `json:"test_loss"`
	Units     [][][]float64   `json:"units"`
	Plane     []float64       `json:"plane"`
	ActView   []float64       `json:"act_view"`
	Area      []float64       `json:"area"`
	Frames    int             `json:"frames"`
	Version   int             `json:"version"`
}

// StepState is where the Step animation is and, while a step is shown, its record.
type StepState struct {
	Phase    string  `json:"phase"`
	Layer    int     `json:"layer"`
	Progress float64 `json:"progress"`
	Done     string  `json:"done"`
	Playing  bool    `json:"playing"`
	*RecordState
}

// RecordState is a step's record: its sample and batch, its trace and the parameters
// before and after the update.
type RecordState struct {
	Sample int         `json:"sample"`
	Batch  []int       `json:"batch"`
	Trace  TraceState  `json:"trace"`
	Old    [][]float64 `json:"old"`
	New    [][]float64 `json:"new"`
	Names  []string    `json:"names"`
	LR     float64     `json:"lr"`
}

// TraceState is a step's trace.
type TraceState struct {
	X      []float64    `json:"x"`
	Layers []LayerState `json:"layers"`
	Loss   float64      `json:"loss"`
	Target []float64    `json:"target"`
	DY     []float64    `json:"dy"`
}

// LayerState is one layer of a trace; the input point's pass has only Z and A.
type LayerState struct {
	Input []float64 `json:"input,omitempty"`
	Z     []float64 `json:"z"`
	A     []float64 `json:"a"`
	DA    []float64 `json:"da,omitempty"`
	DZ    []float64 `json:"dz,omitempty"`
}

// MeterState is one layer's diagnostics.
type MeterState struct {
	Dead              []bool    `json:"dead"`
	DeadFraction      []float64 `json:"dead_fraction"`
	SaturatedFraction []float64 `json:"saturated_fraction"`
	GradNorm          float64   `json:"grad_norm"`
}

// Snapshot returns the state of m laid out in geo; Frames is left to the caller.
func Snapshot(m *Session, geo Geometry) (*State, error) {
	v := m.View()
	var model bytes.Buffer
	if err := core.WriteModel(&model, m.Net); err != nil {
		return nil, err
	}
	s := &State{
		Playing: m.Playing, Speed: m.Speed.String(), Epoch: m.Epoch(), Diverged: Explain(m.Diverged),
		LR: m.LR, BatchSize: m.BatchSize, Loss: m.Loss.Name(), History: len(m.History.Points),
		TrainSize: len(m.Train), Dataset: m.Data.Kind.String(), Model: model.Bytes(),
		Sizes: m.Sizes(), Selected: [2]int{m.Selected.Level, m.Selected.Index}, Input: m.Input,
		X: v.Trace.X, TrainLoss: v.TrainLoss, TestLoss: v.TestLoss, Version: m.Version(),
	}
	for _, lt := range v.Trace.Layers {
		s.Layers = append(s.Layers, LayerState{Z: lt.Z, A: lt.A})
	}
	css := func(r Rect) []float64 {
		return []float64{r.X / geo.Scale, r.Y / geo.Scale, r.W / geo.Scale, r.H / geo.Scale}
	}
	s.Units = make([][][]float64, len(geo.Nodes))
	for l, level := range geo.Nodes {
		for _, r := range level {
			s.Units[l] = append(s.Units[l], css(r))
		}
	}
	s.Plane, s.ActView, s.Area = css(geo.Plane), css(geo.ActView), css(geo.Area)
	a := &m.Anim
	phase, layer, progress := a.Now()
	s.Step = StepState{Phase: phase.String(), Layer: layer, Progress: progress,
		Done: a.Done.String(), Playing: a.Playing()}
	if rec := a.Record; rec != nil {
		r := &RecordState{Sample: rec.Sample, Batch: rec.Batch, Old: rec.Old, New: rec.New,
			Names: rec.Names, LR: rec.LR}
		tr := rec.Trace
		r.Trace = TraceState{X: tr.X, Loss: tr.Loss, Target: tr.Target, DY: tr.DY}
		for _, lt := range tr.Layers {
			r.Trace.Layers = append(r.Trace.Layers, LayerState{Input: lt.Input, Z: lt.Z, A: lt.A,
				DA: lt.DA, DZ: lt.DZ})
		}
		s.Step.RecordState = r
	}
	if m.Diag != nil {
		for _, ld := range m.Diag.Layers {
			s.Meters = append(s.Meters, MeterState{Dead: ld.Dead, DeadFraction: ld.DeadFraction,
				SaturatedFraction: ld.SaturatedFraction, GradNorm: ld.GradNorm})
		}
	}
	return s, nil
}
