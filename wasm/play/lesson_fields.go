package play

import (
	"slices"
	"strconv"

	"nnplay/core"
)

// The panel's Lessons section, built from Fields like the network's: the list of
// lessons and free play, and for the open lesson its title, its sentences, its parts,
// its tasks (each marked when done) and its own controls. The panel's other sections
// show only where the open lesson uses them.

// LessonFields are the open lesson's own controls, which the Lessons section builds
// under its tasks: none in free play.
func LessonFields(m *Session) []Field {
	if m.Lesson == nil || m.Lesson.def().fields == nil {
		return nil
	}
	return m.Lesson.def().fields(m)
}

// lessonControls bind the Lessons section's markup: the list of lessons (the open one
// aria-current, a finished one data-done), free play, and the open lesson's box: its
// title and sentences, its parts (the open one aria-pressed), its tasks (data-done once
// done) and its buttons, each lesson's from its row of the table, shown only while it
// is open.
func lessonControls() []Control {
	on := func(b bool) string {
		if b {
			return "true"
		}
		return ""
	}
	hidden := func(show func(m *Session) bool) func(m *Session) string {
		return func(m *Session) string { return hiddenUnless(show(m)) }
	}
	open := func(m *Session) bool { return m.Lesson != nil }
	free := func(m *Session) bool { return m.Lesson == nil }
	is := func(id int) func(m *Session) bool {
		return func(m *Session) bool { return m.Lesson != nil && m.Lesson.ID == id }
	}
	cs := []Control{
		{ID: "free-play", Event: "click", Command: always(OpenLesson{})},
		{ID: "free-play", Attr: "aria-current", Show: func(m *Session) string { return on(free(m)) }},
		{ID: "lessons-hint", Attr: "hidden", Show: hidden(free)},
		{ID: "clear-progress", Event: "click", Command: always(ClearProgress{})},
		{ID: "clear-progress", Attr: "hidden", Show: hidden(free)},
		{ID: "lesson-box", Attr: "hidden", Show: hidden(open)},
		{ID: "lesson-title", Show: func(m *Session) string {
			return lessonSay(m, func(d *lesson) Msg { return d.Title })
		}},
		// A lesson's network is its scene's: the presets, the count of hidden layers and
		// the features are free play's.
		{ID: "network-shape", Attr: "hidden", Show: hidden(free)},
		{ID: "feature-set", Attr: "hidden", Show: hidden(free)},
	}
	for id := 1; id <= MaxLesson; id++ {
		for _, b := range lessons[id].buttons {
			if show := b.Show; show != nil {
				b.Show = func(m *Session) string {
					if is(id)(m) {
						return show(m)
					}
					return ""
				}
			}
			cs = append(cs, b, Control{ID: b.ID, Attr: "hidden", Show: hidden(is(id))})
		}
		name := "lesson-" + strconv.Itoa(id)
		cs = append(cs,
			Control{ID: name, Event: "click", Command: always(OpenLesson{ID: id}),
				Show: func(*Session) string {
					return Say(LessonButton, strconv.Itoa(id), Say(lessons[id].Title))
				}},
			Control{ID: name, Attr: "aria-current", Show: func(m *Session) string { return on(is(id)(m)) }},
			Control{ID: name, Attr: "data-done", Show: func(m *Session) string {
				return on(m.LessonDone(id))
			}})
	}
	for i := 0; i < 2; i++ {
		id := "lesson-p" + strconv.Itoa(i+1)
		text := func(m *Session) string {
			return lessonSay(m, func(d *lesson) Msg { return at(d.Body, i) })
		}
		cs = append(cs, Control{ID: id, Show: text},
			Control{ID: id, Attr: "hidden", Show: hidden(func(m *Session) bool { return text(m) != "" })})
	}
	for i := 0; i < 3; i++ {
		id := "lesson-part-" + strconv.Itoa(i+1)
		text := func(m *Session) string {
			return lessonSay(m, func(d *lesson) Msg { return at(d.Parts, i) })
		}
		cs = append(cs, Control{ID: id, Event: "click", Show: text,
			Command: func(string) (Command, error) { return OpenPart{Part: i}, nil }},
			Control{ID: id, Attr: "hidden", Show: hidden(func(m *Session) bool { return text(m) != "" })},
			// A toggle group: "false" on the others says that they are toggles too.
			Control{ID: id, Attr: "aria-pressed", Show: func(m *Session) string {
				return strconv.FormatBool(open(m) && m.Lesson.Part == i)
			}})
	}
	for i := 0; i < 2; i++ {
		id := "task-" + strconv.Itoa(i+1)
		text := func(m *Session) string {
			return lessonSay(m, func(d *lesson) Msg {
				if k := partTask(m, i); k >= 0 {
					return d.Tasks[k].Text
				}
				return noMsg
			})
		}
		cs = append(cs, Control{ID: id, Show: text},
			Control{ID: id, Attr: "hidden", Show: hidden(func(m *Session) bool { return text(m) != "" })},
			Control{ID: id, Attr: "data-done", Show: func(m *Session) string {
				return on(open(m) && partTask(m, i) >= 0 && m.TaskDone(m.Lesson.ID, partTask(m, i)))
			}})
	}
	// The box, filled, comes into view when a lesson opens: on a phone it is below the
	// fold, under the list of lessons the learner tapped.
	cs = append(cs, Control{ID: "lesson-box", Attr: "data-lesson", Reveal: true,
		Show: func(m *Session) string {
			if m.Lesson == nil {
				return ""
			}
			return strconv.Itoa(m.Lesson.ID)
		}})
	return append(cs, sectionControls()...)
}

// partTask is the index in the open lesson's Tasks of the open part's task i, or -1.
func partTask(m *Session, i int) int {
	if in := m.Lesson.partTasks(); i < len(in) {
		return in[i]
	}
	return -1
}

// noMsg stands for no message: lessonSay says it as "".
const noMsg Msg = -1

// lessonSay says the message pick finds in the open lesson, "" in free play or for
// noMsg.
func lessonSay(m *Session, pick func(d *lesson) Msg) string {
	if m.Lesson == nil {
		return ""
	}
	if msg := pick(m.Lesson.def()); msg != noMsg {
		return Say(msg)
	}
	return ""
}

// at returns msgs[i], or noMsg past its end.
func at(msgs []Msg, i int) Msg {
	if i < len(msgs) {
		return msgs[i]
	}
	return noMsg
}

// OpenPart opens part Part of the open lesson afresh.
type OpenPart struct{ Part int }

func (c OpenPart) apply(m *Session) error {
	if m.Lesson == nil {
		return NoLessonOpen.With()
	}
	return OpenLesson{ID: m.Lesson.ID, Part: c.Part}.apply(m)
}

// linearFields are lesson 1's: the output row, a slider per weight of the row, the
// bias switch and the row's bias (the button that zeroes the row is in the markup).
func linearFields(m *Session) []Field {
	l := m.Lesson.Linear
	i := l.Row
	var rows []Option
	for r := 0; r < l.Layer.Out; r++ {
		rows = append(rows, Option{Value: strconv.Itoa(r), Label: Say(LinearRowOption,
			strconv.Itoa(r))})
	}
	fs := []Field{
		{ID: "lesson-row", Kind: Menu, Label: Say(LinearRowMenu), Options: rows,
			Value: strconv.Itoa(i),
			Set:   integer(func(r int) Command { return PickCell{Row: r, Col: -1} })},
	}
	for j := range l.Layer.Weight[i] {
		fs = append(fs, numberField("lesson-w-"+strconv.Itoa(j),
			Say(LinearWeightRow, strconv.Itoa(i), strconv.Itoa(j)), ParamLimit,
			l.Layer.Weight[i][j], func(v float64) Command {
				return SetLinearWeight{Row: i, Col: j, Value: v}
			}))
	}
	fs = append(fs, Field{ID: "lesson-bias-on", Kind: Switch, Label: Say(BiasCheckbox),
		Value: strconv.FormatBool(l.Layer.HasBias()),
		Set:   toggle(func(on bool) Command { return SetLinearBiasOn{On: on} })})
	if l.Layer.HasBias() {
		fs = append(fs, numberField("lesson-b", Say(BiasRow, strconv.Itoa(i)), ParamLimit,
			l.Layer.Bias[i], func(v float64) Command { return SetLinearBias{Row: i, Value: v} }))
	}
	return fs
}

// collapseFields are lesson 2's: in the block, a slider for W1 and W2 (and b1 and b2
// with biases) and the activation between the layers; in the 2-4-2-1 network, the
// hidden layers' activation.
func collapseFields(m *Session) []Field {
	if m.Lesson.Part == 2 {
		return []Field{hiddenMenu(m, core.Identity{}, core.Sigmoid{}, core.Tanh{}, core.ReLU{},
			core.DefaultLeakyReLU, core.ReLU6{})}
	}
	var fs []Field
	for l, layer := range m.Net.Layers {
		n := strconv.Itoa(l + 1)
		fs = append(fs, numberField("lesson-w"+n, "W"+n, ParamLimit, layer.Linear.Weight[0][0],
			func(v float64) Command { return SetWeight{Layer: l, Value: v} }))
		if layer.Linear.HasBias() {
			fs = append(fs, numberField("lesson-b"+n, "b"+n, ParamLimit, layer.Linear.Bias[0],
				func(v float64) Command { return SetBias{Layer: l, Value: v} }))
		}
	}
	return append(fs, Field{ID: "lesson-between", Kind: Menu, Label: Say(CollapseBetween),
		Options: ActivationOptions(), Value: m.Layer(0).Activation().Name(),
		Set: func(v string) (Command, error) { return ActivationValue(0, v) }})
}

// curveFields are lesson 3's: the activation menu, a number per parameter of the
// activation, and z with a slider over the activation's range.
func curveFields(m *Session) []Field {
	c := m.Lesson.Curve
	fs := []Field{{ID: "lesson-act", Kind: Menu, Label: Say(ActivationMenuLabel),
		Options: ActivationOptions(), Value: c.Act.Name(),
		Set: activation(func(a core.Activation) Command { return SetCurveActivation{Act: a} })}}
	for i, p := range c.Act.Params() {
		fs = append(fs, Field{ID: "lesson-param-" + strconv.Itoa(i), Kind: Number, Label: p.Name,
			Name: Say(NumberBoxName, p.Name), Lo: p.Min, Hi: p.Max, Number: p.Value,
			Set: typed(p.Min, p.Max, func(v float64) Command {
				return SetCurveParam{Param: i, Value: v}
			})})
	}
	lo, hi := c.Act.Range()
	return append(fs, Field{ID: "lesson-z", Kind: Number, Label: "z", Name: Say(NumberBoxName, "z"),
		Lo: lo, Hi: hi, Slider: true, Number: c.Z,
		Set: typed(lo, hi, func(v float64) Command { return SetCurveZ{Z: v} })})
}

// hiddenMenu is a menu of the activations acts for every hidden layer at once.
func hiddenMenu(m *Session, acts ...core.Activation) Field {
	opts, v := hiddenChoices(m, acts)
	return Field{ID: "lesson-hidden", Kind: Menu, Label: Say(HiddenMenuLabel), Options: opts,
		Value: v,
		Set:   activation(func(a core.Activation) Command { return SetHiddenActivation{Act: a} })}
}

// lessonFieldOf returns the ID of the lesson field whose value c sets, or "".
func lessonFieldOf(c Command) string {
	switch c := c.(type) {
	case SetLinearWeight:
		return "lesson-w-" + strconv.Itoa(c.Col)
	case SetLinearBias:
		return "lesson-b"
	case SetCurveZ:
		return "lesson-z"
	case SetCurveParam:
		return "lesson-param-" + strconv.Itoa(c.Param)
	}
	return ""
}

// panelSections are the panel's sections a lesson may show, by the first word of
// their ids (train-section, ...). Export and share are not among them: every lesson
// shows them, as Save canvas keeps any canvas and Copy link copies the lesson's link, at
// its part.
var panelSections = []string{"train", "data", "network", "unit", "input", "inspect"}

// freePlayShares are the share section's elements that share free play's model (the
// weights in the link, the model file, the PyTorch program), shown in free play only.
var freePlayShares = []string{"share-weights-row", "save-model", "load-model-row",
	"export-pytorch", "share-hint"}

// sectionControls hide the panel's sections the open lesson does not use; free play
// shows them all. Export PNG, the selected unit's figure, shows where the learner
// selects units (the unit section); in the share section, Copy link alone shows in a
// lesson (freePlayShares).
func sectionControls() []Control {
	var cs []Control
	uses := func(m *Session, sec string) bool {
		l := m.Lesson
		return l == nil || slices.Contains(l.def().sections(l.Part), sec)
	}
	for _, sec := range panelSections {
		cs = append(cs, Control{ID: sec + "-section", Attr: "hidden", Show: func(m *Session) string {
			return hiddenUnless(uses(m, sec))
		}})
	}
	for _, id := range []string{"export-png", "export-hint"} { // the hint speaks of it
		cs = append(cs, Control{ID: id, Attr: "hidden", Show: func(m *Session) string {
			return hiddenUnless(uses(m, "unit"))
		}})
	}
	for _, id := range freePlayShares {
		cs = append(cs, Control{ID: id, Attr: "hidden", Show: func(m *Session) string {
			return hiddenUnless(m.Lesson == nil)
		}})
	}
	return cs
}
