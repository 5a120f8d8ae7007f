package play

import (
	"bytes"
	"encoding/json"
	"reflect"

	"nnplay/core"
)

// State is the model as the browser tests see it through the page's test API: the
// network in the model file format (exact), the input point's pass, the Step, the
// meters, and where things are on the screen in CSS pixels.
type State struct {
	Playing   bool            `json:"playing"`
	Speed     string          `json:"speed"`
	Training  string          `json:"training"` // where Play trains: "worker", "page" or ""
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
	// Units, Plane, ActView and Chart are where the views are: empty for a view a
	// tabbed canvas does not show (Units keeps one empty list per level).
	Units   [][][]float64 `json:"units"`
	Plane   []float64     `json:"plane"`
	ActView []float64     `json:"act_view"`
	Chart   []float64     `json:"chart"`
	Area    []float64     `json:"area"`
	// Tab is the view a narrow canvas shows ("network", "plane", "activation" or
	// "chart"; "" when it shows them all) and Tabs its tabs.
	Tab  string       `json:"tab"`
	Tabs []LabelState `json:"tabs"`
	// Labels are the texts the canvas draws, where it draws them.
	Labels []LabelState `json:"labels"`
	// Lesson is the open lesson and the tasks done (lesson_state.go); Board is where
	// the lesson's board is, empty when it is not shown.
	Lesson  LessonSnapshot `json:"lesson"`
	Board   []float64      `json:"board"`
	Frames  int            `json:"frames"`
	Version int            `json:"version"`
	ControlsState
	// NonFinite counts the values that were NaN or infinite and are sent as 0 (and a
	// model that could not be written, sent as null), so that the answer never fails.
	NonFinite int `json:"non_finite"`
}

// ControlsState is the state of TensorFlow Playground's controls and of sharing: the
// canvas's buttons (Geometry.Buttons, named as Button.String names them, with their
// boxes in CSS pixels), the problem, the regularization, the features, the toggles,
// the picked edge ([layer, unit, in], or null) and the link of the page's setup without
// its weights (the weights are Model's, exactly; export "url" gives them as a link).
type ControlsState struct {
	Buttons    []ButtonState `json:"buttons"`
	Problem    string        `json:"problem"`
	Reg        string        `json:"reg"`
	RegRate    float64       `json:"reg_rate"`
	Features   []string      `json:"features"`
	Discretize bool          `json:"discretize"`
	ShowTest   bool          `json:"show_test"`
	Edge       []int         `json:"edge"`
	Link       string        `json:"link"`
}

// ButtonState is one of the canvas's buttons.
type ButtonState struct {
	Name    string    `json:"name"`
	Box     []float64 `json:"box"`
	Enabled bool      `json:"enabled"`
}

func controlsState(m *Session, geo Geometry) ControlsState {
	c := ControlsState{Problem: m.Problem.String(), Reg: m.Reg.String(), RegRate: m.RegRate,
		Discretize: m.Discretize, ShowTest: m.ShowTest, Link: m.Setup(false).Hash()}
	for _, b := range geo.Buttons(m, nil) {
		r := b.Rect
		c.Buttons = append(c.Buttons, ButtonState{Name: b.String(), Enabled: b.Enabled,
			Box: []float64{r.X / geo.Scale, r.Y / geo.Scale, r.W / geo.Scale, r.H / geo.Scale}})
	}
	for _, f := range m.Features {
		c.Features = append(c.Features, FeatureLabel(f))
	}
	if e, ok := m.PickedEdge(); ok {
		c.Edge = []int{e.Layer, e.Unit, e.In}
	}
	return c
}

// LabelState is a text on the canvas and its box, in CSS pixels.
type LabelState struct {
	Text string    `json:"text"`
	Box  []float64 `json:"box"`
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

// Snapshot returns the state of m laid out in geo, with the texts of scene (which may
// be nil); Frames is left to the caller. Its answer always encodes: a value that is not
// a finite number is sent as 0 and counted in NonFinite.
func Snapshot(m *Session, geo Geometry, scene *Scene) *State {
	v := m.View()
	model := json.RawMessage("null")
	var buf bytes.Buffer
	if err := core.WriteModel(&buf, m.Net); err == nil {
		model = buf.Bytes()
	}
	s := &State{
		Playing: m.Playing, Speed: m.Speed.String(), Training: m.TrainsIn(), Epoch: m.Epoch(),
		Diverged: Explain(m.Diverged),
		LR:       m.LR, BatchSize: m.BatchSize, Loss: m.Loss.Name(), History: len(m.History.Points),
		TrainSize: len(m.Train), Dataset: m.Data.Kind.String(), Model: model,
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
			if geo.Shows(PaneNetwork, m.Pane) {
				s.Units[l] = append(s.Units[l], css(r))
			}
		}
	}
	shown := func(p Pane, r Rect) []float64 {
		if !geo.Shows(p, m.Pane) {
			return nil
		}
		return css(r)
	}
	s.Plane, s.ActView, s.Chart = shown(PanePlane, geo.Plane), shown(PaneActivation, geo.ActView),
		shown(PaneChart, geo.Chart)
	s.Board, s.Lesson = shown(PaneLesson, geo.Lesson), lessonSnapshot(m)
	s.Area = css(geo.Area)
	if geo.Tabbed {
		s.Tab = paneNames[m.Pane]
		for p, r := range geo.Tabs {
			if geo.Hidden[p] {
				continue
			}
			s.Tabs = append(s.Tabs, LabelState{Text: Say(paneWords[p]), Box: css(r)})
		}
	}
	s.ControlsState = controlsState(m, geo)
	if scene != nil {
		for _, l := range scene.Labels {
			s.Labels = append(s.Labels, LabelState{Text: l.Text, Box: css(l.Box)})
		}
	}
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
	if string(s.Model) == "null" {
		s.NonFinite++
	}
	s.NonFinite += zeroNonFinite(reflect.ValueOf(s).Elem())
	return s
}

// zeroNonFinite sets every NaN or infinite float64 reachable from v to 0 and returns
// how many it set. It copies every slice first: a snapshot shares the session's.
func zeroNonFinite(v reflect.Value) int {
	n := 0
	switch v.Kind() {
	case reflect.Float64:
		if !core.IsFinite(v.Float()) {
			v.SetFloat(0)
			n++
		}
	case reflect.Pointer:
		if !v.IsNil() {
			n += zeroNonFinite(v.Elem())
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				n += zeroNonFinite(v.Field(i))
			}
		}
	case reflect.Slice:
		switch v.Type().Elem().Kind() {
		case reflect.Uint8, reflect.Int, reflect.Bool, reflect.String:
			return 0 // the model's JSON, indices, flags and names hold no float64
		}
		if v.IsNil() {
			return 0
		}
		c := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		reflect.Copy(c, v)
		v.Set(c)
		for i := 0; i < c.Len(); i++ {
			n += zeroNonFinite(c.Index(i))
		}
	case reflect.Array:
		for i := 0; i < v.Len(); i++ {
			n += zeroNonFinite(v.Index(i))
		}
	}
	return n
}
