package play

import (
	"slices"
	"strconv"
	"strings"
	"time"
)

// The tutorial's lessons (../shared/tutorial-ko.txt), in its order. A lesson is a
// session of its own: opening one builds its scene (network, data, weights, selected
// unit, speed, which views show) as a fresh Session and sets free play's aside; leaving
// it brings free play back exactly as it was left, paused. Each lesson gives a task or
// two done with the page's own controls; the page checks them after every change and
// remembers which are done (ProgressText, which the browser keeps in localStorage).

// lesson is one lesson of the tutorial.
type lesson struct {
	Title Msg
	// Body is a few sentences, a paragraph each; Tasks what the learner does.
	Body  []Msg
	Tasks []task
	// Parts name the lesson's parts, when it has more than one: each is a scene of
	// its own, which a button opens.
	Parts []Msg
	// scene builds the lesson's session for part, its Lesson still unset.
	scene func(part int) *Session
	// views says which views the canvas shows in part.
	views func(part int) lessonViews
	// sections are the panel's sections the lesson shows (see panelSections).
	sections func(part int) []string
	// state sets l's board state (see LessonState) up from the lesson's new session s;
	// nil when the board keeps nothing beyond the session.
	state func(s *Session, l *LessonState)
	// fields are the lesson's own controls (see LessonFields); nil for none.
	fields func(m *Session) []Field
	// buttons bind the lesson's own buttons in the Lessons section's markup, which
	// show only while it is open (lessonControls); their Show runs only then.
	buttons []Control
	// snapshot puts the numbers the board shows into the test API's snapshot (see
	// LessonSnapshot); nil for none.
	snapshot func(m *Session, s *LessonSnapshot)
	// board lays out the lesson's board on the scene.
	board func(s *Scene, m *Session, st stepState)
	// pointer carries out a pointer event on the board (see lessonEvent); nil for a
	// board the pointer does not work.
	pointer func(p *Pointer, kind string, m *Session, g Geometry, x, y float64) (Command, bool)
	// tick does a frame's work of the lesson besides training, until the clock passes
	// until, and reports whether anything changed; nil for a lesson that has none.
	tick func(m *Session, until time.Time) bool
}

// task is one task of a lesson and the check that it is done, and the parts (from 0)
// that list it: nil for every part. A part lists only what can be done in it.
type task struct {
	Text  Msg
	Done  func(m *Session) bool
	Parts []int
}

// partTasks are the indices in Tasks of the tasks the open part lists.
func (l *LessonState) partTasks() []int {
	var in []int
	for i, t := range l.def().Tasks {
		if t.Parts == nil || slices.Contains(t.Parts, l.Part) {
			in = append(in, i)
		}
	}
	return in
}

// lessonViews says which views the canvas shows: the network on the left, the others in
// a column top to bottom, and on a phone the tab shown first.
type lessonViews struct {
	network bool
	column  []Pane
	main    Pane
}

// freeViews are free play's: every view but the board.
var freeViews = lessonViews{network: true,
	column: []Pane{PanePlane, PaneActivation, PaneChart}, main: PaneNetwork}

// boardOnly shows the lesson's board alone.
func boardOnly(int) lessonViews {
	return lessonViews{column: []Pane{PaneLesson}, main: PaneLesson}
}

// The lessons' numbers, in the tutorial's order: a lesson's commands name their own.
const (
	lessonLinear = 1 + iota
	lessonCollapse
	lessonCurve
	lessonVanish
	lessonRace
	lessonDying
)

// lessons are the six lessons, by number (lessons[0] is unused: lesson 0 is free play).
// They are set in init: their checks read the open lesson, which reads this table.
var lessons [MaxLesson + 1]*lesson

func init() {
	lessons = [MaxLesson + 1]*lesson{lessonLinear: linearLessonDef(),
		lessonCollapse: collapseLessonDef(), lessonCurve: curveLessonDef(),
		lessonVanish: vanishLessonDef(), lessonRace: raceLessonDef(),
		lessonDying: dyingLessonDef()}
}

// LessonState is the open lesson: its number, its part and what its board keeps beyond
// the session. Only the field of the open lesson is set.
type LessonState struct {
	ID, Part int
	Linear   *linearLesson // lesson 1: nn.Linear(10, 5)
	Curve    *curveLesson  // lesson 3: one activation and a z on its axis
	Vanish   *vanishLesson // lesson 4: the chain rule along the stack
	Race     *raceLesson   // lesson 5: the race and the cost of f and f'
	Dying    *dyingLesson  // lesson 6: the scene the learner brings back
}

// def returns the lesson's definition.
func (l *LessonState) def() *lesson { return lessons[l.ID] }

// lessonBook is what outlives a lesson: free play's session while a lesson is open, and
// which tasks are done, one bit per task.
type lessonBook struct {
	free *Session
	done [MaxLesson + 1]uint8
}

// OpenLesson opens lesson ID (1 to MaxLesson) at Part, or goes back to free play for ID
// 0. Opening a lesson, or a part of it, sets its scene afresh; progress is kept.
type OpenLesson struct{ ID, Part int }

func (c OpenLesson) apply(m *Session) error {
	if c.ID == 0 {
		m.leaveLesson()
		return nil
	}
	if c.ID < 0 || c.ID > MaxLesson {
		return NoSuchLesson.With(c.ID, MaxLesson)
	}
	l := lessons[c.ID]
	if c.Part < 0 || c.Part >= partsOf(c.ID) {
		return NoSuchPart.With(c.Part+1, c.ID)
	}
	next := l.scene(c.Part)
	next.Pane = l.views(c.Part).main
	next.Lesson = &LessonState{ID: c.ID, Part: c.Part}
	if l.state != nil {
		l.state(next, next.Lesson)
	}
	if m.Lesson == nil {
		free := *m
		free.Playing = false
		m.book.free = &free
	}
	m.become(next)
	return nil
}

// partsOf is how many parts lesson id has (free play, id 0, has one).
func partsOf(id int) int {
	if id <= 0 || id > MaxLesson {
		return 1
	}
	return max(1, len(lessons[id].Parts))
}

// maxParts is the most parts a lesson has: a link's part beyond it is beyond every lesson's.
func maxParts() int {
	n := 1
	for id := range lessons {
		n = max(n, partsOf(id))
	}
	return n
}

// leaveLesson brings free play back as it was left.
func (m *Session) leaveLesson() {
	if m.Lesson == nil {
		return
	}
	free := m.book.free
	if free == nil {
		free = NewSession()
	}
	m.become(free)
	m.book.free = nil
}

// become makes m the session next, keeping the lesson book, the page's sharing (its
// address, whether links carry the weights) and its link to the training worker (which
// the next ToWorker stops if it trains), and moving every generation counter on, so
// that the canvas computes its view, pictures, points and layout again.
func (m *Session) become(next *Session) {
	book, share, worker, stage := m.book, m.Share, m.remote, m.sweep.stage
	v, g, h, d := m.version, m.gen, m.heatGen, m.dataGen
	*m = *next
	m.book, m.Share, m.remote, m.sweep.stage = book, share, worker, stage
	m.Share.Fallback = "" // a refused copy's box held the link of the scene left behind
	m.version, m.gen, m.heatGen, m.dataGen = v+1, g+1, h+1, d+1
	m.viewOf = 0
}

// views returns what the canvas shows now: free play's views, or the open lesson's.
func (m *Session) views() lessonViews {
	if m.Lesson == nil {
		return freeViews
	}
	return m.Lesson.def().views(m.Lesson.Part)
}

// trainsHere refuses to start training (on is true) in a lesson whose panel has no
// Training section: its network is not on the page.
func (m *Session) trainsHere(on bool) error {
	l := m.Lesson
	if !on || l == nil || slices.Contains(l.def().sections(l.Part), "train") {
		return nil
	}
	return NoTrainingHere.With(l.ID)
}

// paneHidden reports whether pane p is off the canvas now.
func (m *Session) paneHidden(p Pane) bool {
	v := m.views()
	if p == PaneNetwork {
		return !v.network
	}
	for _, c := range v.column {
		if c == p {
			return false
		}
	}
	return true
}

// noteProgress marks the open part's tasks that are done now. A task once done stays
// done.
func (m *Session) noteProgress() {
	l := m.Lesson
	if l == nil {
		return
	}
	for _, i := range l.partTasks() {
		t := l.def().Tasks[i]
		if bit := uint8(1) << i; m.book.done[l.ID]&bit == 0 && t.Done(m) {
			m.book.done[l.ID] |= bit
			m.version++
		}
	}
}

// TaskDone reports whether task i of lesson id is done.
func (m *Session) TaskDone(id, i int) bool {
	return id >= 1 && id <= MaxLesson && m.book.done[id]&(1<<i) != 0
}

// LessonDone reports whether every task of lesson id is done.
func (m *Session) LessonDone(id int) bool {
	for i := range lessons[id].Tasks {
		if !m.TaskDone(id, i) {
			return false
		}
	}
	return true
}

// ProgressKey is the localStorage key under which the browser keeps ProgressText.
const ProgressKey = "nnplay-lessons"

// ProgressText writes which tasks are done as "lesson.task" pairs counting from 1,
// separated by spaces: "1.1 1.2 3.1".
func (m *Session) ProgressText() string {
	var parts []string
	for id := 1; id <= MaxLesson; id++ {
		for i := range lessons[id].Tasks {
			if m.TaskDone(id, i) {
				parts = append(parts, strconv.Itoa(id)+"."+strconv.Itoa(i+1))
			}
		}
	}
	return strings.Join(parts, " ")
}

// LoadProgress marks done the tasks Text names, as ProgressText writes them, and
// forgets the rest. What it cannot read it leaves out: a stored text is the browser's,
// and a bad one loses no more than itself.
type LoadProgress struct{ Text string }

func (c LoadProgress) apply(m *Session) error {
	m.book.done = [MaxLesson + 1]uint8{}
	text := c.Text
	if len(text) > 200 {
		text = text[:200]
	}
	for _, f := range strings.Fields(text) {
		a, b, ok := strings.Cut(f, ".")
		id, err1 := strconv.Atoi(a)
		i, err2 := strconv.Atoi(b)
		if ok && err1 == nil && err2 == nil && id >= 1 && id <= MaxLesson && i >= 1 &&
			i <= len(lessons[id].Tasks) {
			m.book.done[id] |= 1 << (i - 1)
		}
	}
	return nil
}

// ClearProgress forgets which tasks are done.
type ClearProgress struct{}

func (ClearProgress) apply(m *Session) error {
	m.book.done = [MaxLesson + 1]uint8{}
	return nil
}

// LessonSummary is one lesson as the test API's "lessons" lists it.
type LessonSummary struct {
	ID    int    `json:"id"`
	Title string `json:"title"`
	Done  bool   `json:"done"`
}

// Lessons lists the lessons in order, titled in the page's language.
func Lessons(m *Session) []LessonSummary {
	out := make([]LessonSummary, 0, MaxLesson)
	for id := 1; id <= MaxLesson; id++ {
		out = append(out, LessonSummary{ID: id, Title: Say(lessons[id].Title),
			Done: m.LessonDone(id)})
	}
	return out
}

// lessonIs reports whether lesson id is open, and returns its state.
func (m *Session) lessonIs(id int) (*LessonState, error) {
	if m.Lesson == nil || m.Lesson.ID != id {
		return nil, NotInLesson.With(id)
	}
	return m.Lesson, nil
}

// lessonBudget is how long a frame may work on the open lesson besides training.
const lessonBudget = 8 * time.Millisecond

// lessonTick does a frame's work of the open lesson besides training, until the clock
// passes until (the race and the timing of the activations in lesson 5), and notes
// the progress it made. It reports whether anything changed.
func (m *Session) lessonTick(until time.Time) bool {
	if l := m.Lesson; l != nil && l.def().tick != nil && l.def().tick(m, until) {
		m.version++
		m.noteProgress()
		return true
	}
	return false
}

// linkLesson returns the lesson a link opens (ID 0 for free play; s is the link's hash
// as ParseHash read it; nil when the link has no lesson field), and whether the link is
// nothing but its lesson and language fields: "#lesson=3" opens lesson 3 and keeps free
// play as it is, "#lesson=0" goes back to free play as it was left, "#lang=ko" changes
// nothing but the language. Such a link is refused whole when a field is.
func linkLesson(hash string, s Setup) (open *OpenLesson, alone bool) {
	alone = true
	for _, part := range strings.Split(strings.TrimPrefix(hash, "#"), "&") {
		switch key, _, _ := strings.Cut(part, "="); key {
		case "lesson":
			open = &OpenLesson{ID: s.Lesson, Part: s.Part}
		case "lang", "part":
		default:
			alone = false
		}
	}
	return open, alone
}

// freePlay returns free play's session: m itself, or the one kept aside in a lesson.
func (m *Session) freePlay() *Session {
	if m.Lesson == nil {
		return m
	}
	if m.book.free == nil { // never so: opening a lesson keeps free play aside
		return NewSession()
	}
	return m.book.free
}
