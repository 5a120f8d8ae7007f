package play

import (
	"fmt"
	"slices"
	"strconv"
	"sync"

	"nnplay/core"
)

// Control binds one element of the panel's markup (index.html) to the model: the
// command a change of it means and what it shows of the model. The browser binds every
// row the same way, so a new control of the panel is a command and a row here.
type Control struct {
	// ID is the element's id.
	ID string
	// Event is the DOM event that commits a change ("change", "input" or "click"), and
	// Command the command that the element's value then means; both empty for an
	// element that only shows.
	Event   string
	Command func(value string) (Command, error)
	// Show is what the element shows of the model: its value (a menu, a slider), its
	// text (a button, a readout) or, when Attr is set, that attribute (removed when
	// Show returns ""). Nil when it shows nothing of the model.
	Show func(m *Session) string
	Attr string
	// Options are a menu's choices; Choices, when set, its choices as they depend on
	// the model (the browser builds the menu again when they change).
	Options []Option
	Choices func(m *Session) []Option
	// Markup, when set, is the markup of Choices (OptionsHTML), kept until they change
	// (ChoicesHTML).
	Markup func(m *Session) string
	// Echo is the id of an <output> that shows a slider's value, followed by "%",
	// while it moves and before the change commits.
	Echo string
	// Reveal scrolls the element into the panel's view, as little as it takes, when
	// Show changes to something other than "" (for the attribute "hidden", to "": when
	// the element shows).
	Reveal bool
	// Verbatim writes Show's text as it is, its hyphens too (not as signNumbers writes a
	// text): Inspect prints what PyTorch prints, to paste into Python.
	Verbatim bool
}

// ChoicesHTML is the markup of the menu's Choices: its Markup where it keeps one.
func (c Control) ChoicesHTML(m *Session) string {
	if c.Markup != nil {
		return c.Markup(m)
	}
	return OptionsHTML(c.Choices(m))
}

// Option is one choice of a menu: its value and its label, and the label of the group
// it goes under (an <optgroup>), "" for none.
type Option struct {
	Value, Label, Group string
}

// Controls are the panel's controls and readouts bound to the model. A checkbox's value
// is "true" or "false".
func Controls() []Control {
	return append([]Control{
		button("reset", Reset{}),
		button("diverged-reset", Reset{}),
		button("new-seed", NewSeed{}),
		button("step", StepPhase{}),
		button("regenerate", Regenerate{}),
		{ID: "play", Event: "click", Command: always(TogglePlay{}), Show: playLabel},
		{ID: "play", Attr: "aria-pressed", Show: playing},
		{ID: "lr", Event: "change", Choices: func(m *Session) []Option {
			return m.lrMenu().opts
		}, Markup: func(m *Session) string { return m.lrMenu().html }, Command: number(setLR),
			Show: lr},
		{ID: "batch", Event: "input", Command: integer(setBatch), Show: batchSize},
		{ID: "batch-value", Show: batchSize},
		{ID: "loss", Event: "change", Options: losses(), Command: setLoss, Show: lossName},
		{ID: "speed", Event: "change", Options: speeds(), Command: integer(setSpeed), Show: speed},
		{ID: "dataset", Event: "change", Choices: datasetChoices, Command: chooseData,
			Show: dataChoice},
		{ID: "noise", Event: "change", Echo: "noise-value", Command: number(setNoise), Show: noise},
		{ID: "noise-value", Show: percent(noise)},
		{ID: "train-pct", Event: "change", Echo: "train-pct-value", Command: number(setTrainPct),
			Show: trainPct},
		{ID: "train-pct-value", Show: percent(trainPct)},
		{ID: "preset", Event: "change", Choices: func(m *Session) []Option {
			return m.presetMenu().opts
		}, Markup: func(m *Session) string { return m.presetMenu().html },
			Command: integer(usePreset), Show: presetShown},
		{ID: "out-epoch", Show: epoch},
		{ID: "out-train", Show: func(m *Session) string { return Num(m.View().TrainLoss) }},
		{ID: "out-test", Show: func(m *Session) string { return Num(m.View().TestLoss) }},
		{ID: "diverged-text", Show: func(m *Session) string { return Explain(m.halted()) }},
		// Why training stopped, or stalls, comes into view: the canvas's banner says "see
		// the panel", and on a phone the box is below the fold.
		{ID: "diverged", Attr: "hidden", Show: divergedHidden, Reveal: true},
		{ID: "step-info", Show: StepInfo},
		{ID: "inspect", Show: Inspect, Verbatim: true},
		{ID: "lang", Event: "change", Choices: func(m *Session) []Option {
			return m.langMenu().opts
		}, Markup: func(m *Session) string { return m.langMenu().html },
			Command: setLanguage, Show: langShown},
	}, slices.Concat(playgroundControls(), lessonControls(), trainAgainControls())...)
}

// What the controls show.

func playLabel(m *Session) string {
	if m.Playing {
		return Say(PauseButton)
	}
	return Say(PlayButton)
}

func epoch(m *Session) string     { return m.EpochText() }
func playing(m *Session) string   { return strconv.FormatBool(m.Playing) }
func lr(m *Session) string        { return shortNum(m.LR) }
func batchSize(m *Session) string { return strconv.Itoa(m.BatchSize) }
func lossName(m *Session) string  { return m.Loss.Name() }
func speed(m *Session) string     { return strconv.Itoa(int(m.Speed)) }
func noise(m *Session) string     { return shortNum(m.Data.Noise) }
func trainPct(m *Session) string  { return shortNum(m.Data.TrainPct) }

// langShown is the language menu's value: the page's language, else linkLang while it
// shows a link's (langChoices).
func langShown(*Session) string {
	if !LanguageKept() {
		return linkLang
	}
	return Language().Code()
}

func percent(show func(*Session) string) func(*Session) string {
	return func(m *Session) string { return show(m) + "%" }
}

func divergedHidden(m *Session) string { return hiddenUnless(m.halted() != nil) }

// halted says why training stopped (Diverged) or stalls (Stall), or is nil.
func (m *Session) halted() error {
	if m.Diverged != nil {
		return m.Diverged
	}
	return m.Stall()
}

// hiddenUnless is the value of an element's hidden attribute: "hidden" unless shown, ""
// (no attribute) when it is.
func hiddenUnless(shown bool) string {
	if shown {
		return ""
	}
	return "hidden"
}

// The commands the controls' values mean.

func setLR(v float64) Command       { return SetLR{LR: v} }
func setBatch(n int) Command        { return SetBatch{Size: n} }
func setSpeed(n int) Command        { return SetSpeed{Speed: Speed(n)} }
func setNoise(v float64) Command    { return SetNoise{Percent: v} }
func setTrainPct(v float64) Command { return SetTrainPct{Percent: v} }
func usePreset(n int) Command       { return UsePreset{Index: n} }

func setLoss(v string) (Command, error) {
	l, err := core.LossByName(v)
	return SetLoss{Loss: l}, err
}

func setLanguage(v string) (Command, error) {
	if v == linkLang {
		return StayInLanguage{}, nil
	}
	l, err := ParseLang(v)
	return SetLanguage{Lang: l}, err
}

func setDataKind(v string) (Command, error) {
	k, err := core.ParseDatasetKind(v)
	return SetDataKind{Kind: k}, err
}

// button is a control that sends c when clicked.
func button(id string, c Command) Control {
	return Control{ID: id, Event: "click", Command: always(c)}
}

func always(c Command) func(string) (Command, error) {
	return func(string) (Command, error) { return c, nil }
}

// number, integer, toggle and activation read a control's value (a number, a whole
// number, a checkbox's "true" or "false", an activation's name) and make the command
// of it; a value they cannot read is refused with badValue. A typed number goes
// through typed (fields.go), which says what range the box takes.

func number(c func(float64) Command) func(string) (Command, error) {
	return func(v string) (Command, error) {
		x, err := strconv.ParseFloat(v, 64)
		if err != nil {
			return nil, badValue(v)
		}
		return c(x), nil
	}
}

func integer(c func(int) Command) func(string) (Command, error) {
	return func(v string) (Command, error) {
		n, err := strconv.Atoi(v)
		if err != nil {
			return nil, badValue(v)
		}
		return c(n), nil
	}
}

func toggle(c func(on bool) Command) func(string) (Command, error) {
	return func(v string) (Command, error) {
		on, err := strconv.ParseBool(v)
		if err != nil {
			return nil, badValue(v)
		}
		return c(on), nil
	}
}

func activation(c func(core.Activation) Command) func(string) (Command, error) {
	return func(v string) (Command, error) {
		a, err := core.ActivationByName(v)
		if err != nil {
			return nil, badValue(v)
		}
		return c(a), nil
	}
}

// badValue refuses a control's value v, which the page's own markup never sends: a
// hand-edited page's or the test API's.
func badValue(v string) error { return BadControlValue.With(strconv.Quote(clip(v))) }

// learningRates are the learning-rate menu's choices: Playground's, and lr in its place
// when it is none of them (a link, a lesson or the test API may set any rate in (0, 10]),
// so that the menu shows the rate the page trains at.
func learningRates(lr float64) (o []Option) {
	rates := LearningRates
	if i, found := slices.BinarySearch(rates, lr); !found {
		rates = slices.Insert(slices.Clone(rates), i, lr)
	}
	for _, r := range rates {
		o = append(o, Option{Value: shortNum(r), Label: shortNum(r)})
	}
	return o
}

func losses() (o []Option) {
	for _, l := range core.Losses() {
		o = append(o, Option{Value: l.Name(), Label: LossLabel(l)})
	}
	return o
}

func speeds() (o []Option) {
	for _, s := range Speeds() {
		o = append(o, Option{Value: strconv.Itoa(int(s)), Label: Say(speedWords[s])})
	}
	return o
}

// PresetCustomValue is the preset menu's value for a network that is none of the
// presets (presetShown).
const PresetCustomValue = "custom"

// Commands of the panel's controls that change one setting of many.
type (
	// TogglePlay plays or pauses, as the Play button and the space key do.
	TogglePlay struct{}
	// SetDataKind switches the data set, keeping its noise and training share.
	SetDataKind struct{ Kind core.DatasetKind }
	// SetNoise sets the data's noise, in percent.
	SetNoise struct{ Percent float64 }
	// SetTrainPct sets the share of the points used for training, in percent.
	SetTrainPct struct{ Percent float64 }
)

func (TogglePlay) apply(m *Session) error { return Play{On: !m.Playing}.apply(m) }

func (c SetDataKind) apply(m *Session) error {
	d := m.Data
	d.Kind = c.Kind
	own, problem := m.custom.inUse, m.Problem
	m.custom.inUse, m.Problem = false, problemOf(c.Kind)
	err := (SetData{Config: d}).apply(m)
	if Refusal(err) != nil { // a Notice says what the new data did
		m.custom.inUse, m.Problem = own, problem
	}
	return err
}

func (c SetNoise) apply(m *Session) error {
	d := m.Data
	d.Noise = c.Percent
	return SetData{Config: d}.apply(m)
}

// edit is the noise, whatever the value (dragged).
func (SetNoise) edit() Command { return SetNoise{} }

func (c SetTrainPct) apply(m *Session) error {
	d := m.Data
	d.TrainPct = c.Percent
	return SetData{Config: d}.apply(m)
}

// edit is the training share, whatever the value (dragged).
func (SetTrainPct) edit() Command { return SetTrainPct{} }

// SetInputAxis moves one coordinate of the input point: Axis 0 is x1, 1 is x2.
type SetInputAxis struct {
	Axis  int
	Value float64
}

func (c SetInputAxis) apply(m *Session) error {
	if c.Axis != 0 && c.Axis != 1 {
		return NoSuchAxis.With(c.Axis)
	}
	in := m.Input
	in[c.Axis] = c.Value
	return SetInput{X1: in[0], X2: in[1]}.apply(m)
}

// langChoices are the languages and, while the page shows a link's language that its next
// plain visit will not speak, that language as this tab's ("한국어 (이 탭만)"), shown:
// choosing the language itself then keeps it. (A menu says nothing when the learner picks
// the option it shows: a Korean link could not be kept without switching away and back.)
func langChoices() []Option {
	o := languages()
	if !LanguageKept() {
		o = append(o, Option{Value: linkLang, Label: Say(LinkLanguage, Language().Name())})
	}
	return o
}

// linkLang is the language menu's value for a link's language (langChoices).
const linkLang = "link"

// StayInLanguage is the language menu's option of this tab's language (linkLang): the
// page goes on speaking it, and the language kept for the next visit stays as it was.
type StayInLanguage struct{}

func (StayInLanguage) apply(*Session) error { return nil }
func (StayInLanguage) looksOnly()           {}

// languages are the language menu's choices, each language named in itself.
func languages() (o []Option) {
	for _, l := range Langs() {
		o = append(o, Option{Value: l.Code(), Label: l.Name()})
	}
	return o
}

// SetActivationParam sets parameter Param, in the order of core's Params, of the
// activation after Linear layer Layer, keeping its kind and its other parameters: the
// panel's editor of an activation's parameters, which follows core's registry.
type SetActivationParam struct {
	Layer, Param int
	Value        float64
}

func (c SetActivationParam) apply(m *Session) error {
	if _, err := m.linear(c.Layer); err != nil {
		return err
	}
	act := m.Layer(c.Layer).Activation()
	ps := act.Params()
	if c.Param < 0 || c.Param >= len(ps) {
		return NoSuchParam.With(act.String(), c.Param)
	}
	p := ps[c.Param]
	if !(c.Value >= p.Min && c.Value <= p.Max) {
		return ValueOutOfRange.With(p.Name, p.Min, p.Max)
	}
	values := make([]float64, len(ps))
	for i, q := range ps {
		values[i] = q.Value
	}
	values[c.Param] = c.Value
	a, err := act.WithParams(values...)
	if err != nil {
		return ActivationRefused.With(act.String(), err)
	}
	return SetActivation{Layer: c.Layer, Act: a}.apply(m)
}

// ActivationValue is the command of the activation menu of Linear layer layer: the
// activation of the chosen name, with PyTorch's default parameters.
func ActivationValue(layer int, name string) (Command, error) {
	return activation(func(a core.Activation) Command {
		return SetActivation{Layer: layer, Act: a}
	})(name)
}

// ActivationOptions are the activation menu's choices: each activation's name and
// label, the lesson's six first and the rest in a group "more". The panel asks for them
// for every layer in every frame that changes the model: they are made once for each
// language, and the caller must not change them.
func ActivationOptions() []Option {
	l := Language()
	c := &activationOptions[l]
	c.once.Do(func() {
		for _, a := range core.CommonActivations() {
			c.o = append(c.o, Option{Value: a.Name(), Label: ActivationLabel(a)})
		}
		for _, a := range core.MoreActivations() {
			c.o = append(c.o, Option{Value: a.Name(), Label: ActivationLabel(a),
				Group: SayIn(l, ActivationMoreGroup)})
		}
	})
	return c.o
}

var activationOptions [langCount]struct {
	once sync.Once
	o    []Option
}

// UnitOptions are the unit menu's choices: every unit with incoming weights, its value
// "level,index" and its name.
func UnitOptions(m *Session) (o []Option) {
	for l, n := range m.Sizes() {
		for i := 0; l > 0 && i < n; i++ {
			u := Unit{Level: l, Index: i}
			o = append(o, Option{Value: u.Value(), Label: m.UnitName(u)})
		}
	}
	return o
}

// Value is the unit's value in the unit menu: "level,index".
func (u Unit) Value() string { return strconv.Itoa(u.Level) + "," + strconv.Itoa(u.Index) }

// SelectValue selects the unit of a unit menu's value.
func SelectValue(v string) (Command, error) {
	var u Unit
	if _, err := fmt.Sscanf(v, "%d,%d", &u.Level, &u.Index); err != nil {
		return nil, NamesNoUnit.With(strconv.Quote(clip(v)))
	}
	return Select{Unit: u}, nil
}
