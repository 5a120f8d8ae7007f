package play

import (
	"fmt"
	"math"
	"strconv"
)

// Field is one control of the panel that depends on the model, so that index.html
// cannot hold it: a Linear layer's bias switch, activation menu and activation
// parameters, the selected unit's weights and bias, the input point. The browser builds
// every Field the same way and writes its value back on every change; a section is
// built again when its fields' words or shape change (SameBuild), which a switch of
// language does too.
type Field struct {
	// ID is the element's id; a number's parts are ID-num, ID-range and ID-msg.
	ID   string
	Kind FieldKind
	// Label is the visible label; Name, when set, the number box's accessible name.
	Label, Name string
	// Options are a menu's choices.
	Options []Option
	// Lo and Hi bound a number's slider, and what Set takes unless it says more (a
	// weight's box takes ±ParamBound); Slider gives it a slider beside its box.
	Lo, Hi float64
	Slider bool
	// Value is what a switch ("true" or "false") or a menu (an option's value) shows;
	// Number what a number shows.
	Value  string
	Number float64
	// Set makes the command of a new value: the element's value, or "true" or "false"
	// for a switch. Nil for a Legend.
	Set func(value string) (Command, error)
}

// FieldKind is what kind of control a Field is.
type FieldKind int

const (
	// Legend starts a group of the fields after it (a fieldset) titled by its Label.
	Legend FieldKind = iota
	// Switch is a checkbox.
	Switch
	// Menu is a select of Options.
	Menu
	// Number is a number box with its message line, and a slider when Slider is set.
	Number
)

// LayerFields are the network section's fields: for each Linear layer its repr, bias
// switch and activation menu, and a number per parameter of its activation as core's
// registry lists them, so an activation with parameters needs no panel code.
func LayerFields(m *Session) []Field {
	var fs []Field
	for l := range m.Net.Layers {
		layer := m.Layer(l)
		act := layer.Activation()
		fs = append(fs,
			Field{ID: fmt.Sprintf("layer-%d", l), Kind: Legend,
				Label: Say(LayerLegend, strconv.Itoa(l+1), layer.Linear.String())},
			Field{ID: fmt.Sprintf("bias-%d", l), Kind: Switch, Label: Say(BiasCheckbox),
				Value: strconv.FormatBool(layer.Linear.HasBias()),
				Set:   toggle(func(on bool) Command { return SetBiasEnabled{Layer: l, On: on} })},
			Field{ID: fmt.Sprintf("act-%d", l), Kind: Menu, Label: Say(ActivationMenuLabel),
				Options: ActivationOptions(), Value: act.Name(),
				Set: func(v string) (Command, error) { return ActivationValue(l, v) }})
		if l < len(m.Net.Layers)-1 {
			fs = append(fs, UnitsField(m, l))
		}
		for i, p := range act.Params() {
			fs = append(fs, Field{ID: paramID(l, i), Kind: Number, Label: p.Name,
				Name: Say(ActParamName, p.Name, strconv.Itoa(l+1), ActivationLabel(act)),
				Lo:   p.Min, Hi: p.Max, Number: p.Value,
				Set: typed(p.Min, p.Max, func(v float64) Command {
					return SetActivationParam{Layer: l, Param: i, Value: v}
				})})
		}
	}
	return fs
}

// UnitFields are the selected unit's fields: the unit menu, the keyboard's way to
// select one, and a number with a slider for each of its incoming weights and one for
// its bias.
func UnitFields(m *Session) []Field {
	u := m.Selected
	fs := []Field{{ID: "unit-select", Kind: Menu, Label: Say(UnitMenuLabel), Options: UnitOptions(m),
		Value: u.Value(), Set: SelectValue}}
	if u.Level == 0 {
		return fs
	}
	l := u.Level - 1
	lin := m.Layer(l).Linear
	for j := 0; j < lin.In; j++ {
		from := m.UnitName(Unit{Level: l, Index: j})
		fs = append(fs, paramField(weightID(l, u.Index, j),
			Say(WeightRow, strconv.Itoa(u.Index), strconv.Itoa(j), from),
			lin.Weight[u.Index][j], func(v float64) Command {
				return SetWeight{Layer: l, Unit: u.Index, In: j, Value: v}
			}))
	}
	if lin.HasBias() {
		fs = append(fs, paramField(biasID(l, u.Index), Say(BiasRow, strconv.Itoa(u.Index)),
			lin.Bias[u.Index], func(v float64) Command {
				return SetBias{Layer: l, Unit: u.Index, Value: v}
			}))
	}
	return fs
}

// InputFields are the input point's fields: x1 and x2, with sliders.
func InputFields(m *Session) []Field {
	fs := make([]Field, 2)
	for i, name := range [2]string{"x1", "x2"} {
		fs[i] = numberField("input-"+name, name, InputLimit, m.Input[i], func(v float64) Command {
			return SetInputAxis{Axis: i, Value: v}
		})
	}
	return fs
}

// numberField is a Number field with a slider from -limit to limit.
func numberField(id, label string, limit, v float64, c func(float64) Command) Field {
	return Field{ID: id, Kind: Number, Label: label, Name: Say(NumberBoxName, label),
		Lo: -limit, Hi: limit, Slider: true, Number: v, Set: typed(-limit, limit, c)}
}

// paramField is a weight's or a bias's number: its slider spans ±ParamLimit, or more to
// hold a larger value (a model file's, a typed one), and its box takes any value the
// engine does, up to ±ParamBound.
func paramField(id, label string, v float64, c func(float64) Command) Field {
	f := numberField(id, label, SliderSpan(v), v, c)
	f.Set = typed(-ParamBound, ParamBound, c)
	return f
}

// SliderSpan is the half-width of a parameter's slider that holds v: ParamLimit, or the
// next whole number at or beyond |v| up to ParamBound.
func SliderSpan(v float64) float64 {
	return math.Min(ParamBound, math.Max(ParamLimit, math.Ceil(math.Abs(v))))
}

// typed reads a typed or slid value from lo to hi (ParseValue) and makes its command.
func typed(lo, hi float64, c func(float64) Command) func(string) (Command, error) {
	return func(s string) (Command, error) {
		v, err := ParseValue(s, lo, hi)
		if err != nil {
			return nil, err
		}
		return c(v), nil
	}
}

func weightID(l, u, j int) string { return fmt.Sprintf("w-%d-%d-%d", l, u, j) }
func biasID(l, u int) string      { return fmt.Sprintf("b-%d-%d", l, u) }
func paramID(l, i int) string     { return fmt.Sprintf("act-%d-param-%d", l, i) }

// FieldOf returns the ID of the field whose value command c sets, so that the panel
// shows c's answer there; "" for a command of no field.
func FieldOf(c Command) string {
	switch c := c.(type) {
	case SetWeight:
		return weightID(c.Layer, c.Unit, c.In)
	case SetBias:
		return biasID(c.Layer, c.Unit)
	case SetInputAxis:
		if c.Axis == 0 || c.Axis == 1 {
			return "input-x" + strconv.Itoa(c.Axis+1)
		}
	case SetActivationParam:
		return paramID(c.Layer, c.Param)
	}
	return lessonFieldOf(c)
}
