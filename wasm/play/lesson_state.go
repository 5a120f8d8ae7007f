package play

// LessonSnapshot is the lessons as the browser tests see them through the test API's
// state: the open lesson (ID 0 in free play), its part and tasks, the progress text,
// and the numbers the open lesson's board shows, so that a test can check them against
// core run natively.
type LessonSnapshot struct {
	ID       int    `json:"id"`
	Part     int    `json:"part"`
	Tasks    []bool `json:"tasks"`
	Progress string `json:"progress"`

	Linear   *LinearSnapshot   `json:"linear,omitempty"`
	Collapse *CollapseSnapshot `json:"collapse,omitempty"`
	Curve    *CurveSnapshot    `json:"curve,omitempty"`
	Race     *RaceSnapshot     `json:"race,omitempty"`
	Dying    *DyingSnapshot    `json:"dying,omitempty"`
}

// LinearSnapshot is lesson 1's layer, its output for LinearX and the picked cell.
type LinearSnapshot struct {
	Weight [][]float64 `json:"weight"`
	Bias   []float64   `json:"bias"`
	X      []float64   `json:"x"`
	Y      []float64   `json:"y"`
	Row    int         `json:"row"`
	Col    int         `json:"col"`
}

// CollapseSnapshot is lesson 2's one layer: its weight and bias, how many layers
// core.Collapse left, and the gap.
type CollapseSnapshot struct {
	Layers int         `json:"layers"`
	Weight [][]float64 `json:"weight"`
	Bias   []float64   `json:"bias"`
	Gap    float64     `json:"gap"`
}

// CurveSnapshot is lesson 3's activation and z.
type CurveSnapshot struct {
	Act string  `json:"act"`
	Z   float64 `json:"z"`
	F   float64 `json:"f"`
	DF  float64 `json:"df"`
}

// RaceSnapshot is lesson 5's race: how it runs, on which data, and each runner's
// losses and the epoch it reached the target (-1 for none); and the cost table.
type RaceSnapshot struct {
	Config   RaceConfig   `json:"config"`
	Data     DataConfig   `json:"data"`
	Started  bool         `json:"started"`
	Finished bool         `json:"finished"`
	Acts     []string     `json:"acts"`
	Reached  []int        `json:"reached"`
	Loss     [][]float64  `json:"loss"`
	Cost     [][2]float64 `json:"cost"`
}

// DyingSnapshot is lesson 6's scene and the network now: dead hidden units of all.
type DyingSnapshot struct {
	SceneDead int     `json:"scene_dead"`
	SceneLoss float64 `json:"scene_loss"`
	Dead      int     `json:"dead"`
	Units     int     `json:"units"`
}

// lessonSnapshot returns the lessons as the test API's state shows them.
func lessonSnapshot(m *Session) LessonSnapshot {
	s := LessonSnapshot{Progress: m.ProgressText()}
	l := m.Lesson
	if l == nil {
		return s
	}
	s.ID, s.Part = l.ID, l.Part
	for i := range l.def().Tasks {
		s.Tasks = append(s.Tasks, m.TaskDone(l.ID, i))
	}
	if l.def().snapshot != nil {
		l.def().snapshot(m, &s)
	}
	return s
}

func linearSnapshot(m *Session, s *LessonSnapshot) {
	l := m.Lesson.Linear
	s.Linear = &LinearSnapshot{Weight: l.Layer.Weight, Bias: l.Layer.Bias, X: LinearX, Y: l.Y(),
		Row: l.Row, Col: l.Col}
}

func collapseSnapshot(m *Session, s *LessonSnapshot) {
	c := collapseOf(m)
	s.Collapse = &CollapseSnapshot{Layers: c.Layers, Weight: c.One.Weight, Bias: c.One.Bias,
		Gap: c.Gap}
}

func curveSnapshot(m *Session, s *LessonSnapshot) {
	c := m.Lesson.Curve
	s.Curve = &CurveSnapshot{Act: c.Act.Name(), Z: c.Z, F: c.Act.Forward(c.Z),
		DF: c.Act.Derivative(c.Z)}
}

func raceSnapshot(m *Session, s *LessonSnapshot) {
	r := m.Lesson.Race
	rs := &RaceSnapshot{Config: Race, Data: m.Data, Started: r.Started, Finished: r.Finished,
		Cost: r.Cost.NS}
	for _, a := range RaceActivations {
		rs.Acts = append(rs.Acts, a.Name())
	}
	for _, run := range r.Runs {
		rs.Reached = append(rs.Reached, run.Reached)
		rs.Loss = append(rs.Loss, run.Loss)
	}
	s.Race = rs
}

func dyingSnapshot(m *Session, s *LessonSnapshot) {
	dead, units := m.deadHidden()
	d := m.Lesson.Dying
	s.Dying = &DyingSnapshot{SceneDead: d.Dead, SceneLoss: d.Loss, Dead: dead, Units: units}
}
