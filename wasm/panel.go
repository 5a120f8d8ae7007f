//go:build js && wasm

package main

import (
	"fmt"
	"strconv"
	"strings"
	"syscall/js"

	"nnplay/core"
	"nnplay/wasm/play"
)

// panel is the HTML side panel: static markup from index.html, with the parts that
// depend on the network (layer rows, the selected unit's sliders) built here. Its
// listeners only send intents; sync writes the model's values back into it.
type panel struct {
	root                       js.Value
	layers, unitSelect, params js.Value
	inspect, status, exportMsg js.Value
	input                      [2]*numberRow
	layerRows                  []layerRow
	paramRows                  []*numberRow
	shape                      string    // the network shape the dynamic rows were built for
	selected                   play.Unit // the unit the slider rows were built for
	send                       func(any)
	optionsFor                 string    // the network shape the unit menu lists
	optionsShown               play.Unit // the unit the menu shows
	inspectText                string
	training                   *trainPanel
}

type layerRow struct {
	bias      js.Value
	act       js.Value
	slopeRow  js.Value
	slope     js.Value
	slopeMsg  js.Value
	biasLabel js.Value
	shown     string // the state the row shows
}

func newPanel(send func(any)) *panel {
	p := &panel{
		root:       byID("panel"),
		layers:     byID("layers"),
		unitSelect: byID("unit-select"),
		params:     byID("unit-params"),
		inspect:    byID("inspect"),
		status:     byID("status"),
		exportMsg:  byID("export-status"),
		send:       send,
	}
	inputs := byID("input-params")
	for i, name := range []string{"x1", "x2"} {
		i := i
		p.input[i] = newNumberRow(inputs, "input-"+name, name, play.InputLimit, 0.01, func(v float64) {
			send(setInputAxis{axis: i, value: v})
		})
	}
	on(p.unitSelect, "change", func(js.Value) {
		parts := strings.Split(p.unitSelect.Get("value").String(), ",")
		if len(parts) == 2 {
			l, _ := strconv.Atoi(parts[0])
			i, _ := strconv.Atoi(parts[1])
			send(play.Select{Unit: play.Unit{Level: l, Index: i}})
		}
	})
	p.training = newTrainPanel(send)
	on(byID("export-png"), "click", func(js.Value) { send(exportPNG{}) })
	on(byID("save-canvas"), "click", func(js.Value) { send(saveCanvas{}) })
	return p
}

// setInputAxis moves one coordinate of the input point.
type setInputAxis struct {
	axis  int
	value float64
}

// Bounds returns the panel's rectangle in CSS pixels.
func (p *panel) bounds() (x, y, w, h float64) {
	r := p.root.Call("getBoundingClientRect")
	return r.Get("left").Float(), r.Get("top").Float(), r.Get("width").Float(), r.Get("height").Float()
}

// sync writes the model into the panel, rebuilding the rows that depend on the network's
// shape or on the selected unit when those changed.
func (p *panel) sync(m *play.Model) {
	shape := m.Net.String()
	if shape != p.shape {
		p.buildLayers(m)
	}
	if shape != p.shape || m.Selected != p.selected {
		p.buildParams(m)
	}
	p.shape, p.selected = shape, m.Selected
	p.syncUnitOptions(m)
	focused := document.Get("activeElement")
	for l := range p.layerRows {
		row := &p.layerRows[l]
		layer := m.Layer(l)
		lr, isLeaky := layer.Act.(core.LeakyReLU)
		shown := fmt.Sprintf("%v %s %v", layer.Linear.HasBias(), layer.Activation().Name(), lr)
		if shown == row.shown {
			continue
		}
		row.shown = shown
		row.bias.Set("checked", layer.Linear.HasBias())
		row.act.Set("value", layer.Activation().Name())
		row.slopeRow.Set("hidden", !isLeaky)
		if isLeaky && !focused.Equal(row.slope) && !row.slope.Call("hasAttribute", "aria-invalid").Bool() {
			row.slope.Set("value", play.Exact(lr.NegativeSlope))
		}
	}
	p.syncParams(m, focused)
	p.input[0].show(m.Input[0], focused)
	p.input[1].show(m.Input[1], focused)
	p.syncInspect(m)
}

// buildLayers makes one row per Linear layer: its repr, the bias switch and the
// activation menu (with LeakyReLU's slope when chosen).
func (p *panel) buildLayers(m *play.Model) {
	p.layers.Set("textContent", "")
	p.layerRows = nil
	for l := range m.Net.Layers {
		l := l
		row := layerRow{}
		box := create("fieldset", "class", "layer")
		legend := create("legend")
		setText(legend, fmt.Sprintf("Layer %d: %v", l+1, m.Layer(l).Linear))
		box.Call("appendChild", legend)
		row.biasLabel = create("label", "class", "check")
		row.bias = create("input", "type", "checkbox", "id", fmt.Sprintf("bias-%d", l))
		row.biasLabel.Call("appendChild", row.bias)
		row.biasLabel.Call("appendChild", document.Call("createTextNode", " bias"))
		box.Call("appendChild", row.biasLabel)
		on(row.bias, "change", func(js.Value) {
			p.send(play.SetBiasEnabled{Layer: l, On: row.bias.Get("checked").Bool()})
		})
		actLabel := create("label", "for", fmt.Sprintf("act-%d", l))
		setText(actLabel, "activation ")
		row.act = create("select", "id", fmt.Sprintf("act-%d", l))
		for _, a := range core.Activations() {
			opt := create("option", "value", a.Name())
			setText(opt, strings.TrimSuffix(a.String(), "()"))
			if _, ok := a.(core.LeakyReLU); ok {
				setText(opt, "LeakyReLU")
			}
			row.act.Call("appendChild", opt)
		}
		actLabel.Call("appendChild", row.act)
		box.Call("appendChild", actLabel)
		on(row.act, "change", func(js.Value) {
			a, err := core.ActivationByName(row.act.Get("value").String())
			if err == nil {
				p.send(play.SetActivation{Layer: l, Act: a})
			}
		})
		row.slopeRow = create("div", "class", "param slope")
		sl := create("label", "for", fmt.Sprintf("slope-%d", l))
		setText(sl, "negative_slope")
		row.slope = create("input", "type", "text", "id", fmt.Sprintf("slope-%d", l), "inputmode", "decimal", "size", "6",
			"aria-describedby", fmt.Sprintf("slope-%d-msg", l))
		row.slopeMsg = create("span", "class", "msg", "id", fmt.Sprintf("slope-%d-msg", l), "role", "status")
		for _, el := range []js.Value{sl, row.slope, row.slopeMsg} {
			row.slopeRow.Call("appendChild", el)
		}
		box.Call("appendChild", row.slopeRow)
		on(row.slope, "change", func(js.Value) {
			v, err := parseNumber(row.slope.Get("value").String(), 1)
			if err != nil {
				row.slope.Call("setAttribute", "aria-invalid", "true")
				setText(row.slopeMsg, err.Error())
				return
			}
			row.slope.Call("removeAttribute", "aria-invalid")
			setText(row.slopeMsg, "")
			p.send(play.SetActivation{Layer: l, Act: core.LeakyReLU{NegativeSlope: v}})
		})
		p.layers.Call("appendChild", box)
		p.layerRows = append(p.layerRows, row)
	}
}

// syncUnitOptions lists every unit with incoming weights in the unit menu, the keyboard
// way to select one.
func (p *panel) syncUnitOptions(m *play.Model) {
	if shape := fmt.Sprint(m.Sizes()); shape != p.optionsFor {
		p.unitSelect.Set("textContent", "")
		for l, n := range m.Sizes() {
			if l == 0 {
				continue
			}
			for i := 0; i < n; i++ {
				opt := create("option", "value", fmt.Sprintf("%d,%d", l, i))
				setText(opt, m.UnitName(play.Unit{Level: l, Index: i}))
				p.unitSelect.Call("appendChild", opt)
			}
		}
		p.optionsFor, p.optionsShown = shape, play.Unit{}
	}
	if m.Selected != p.optionsShown {
		p.unitSelect.Set("value", fmt.Sprintf("%d,%d", m.Selected.Level, m.Selected.Index))
		p.optionsShown = m.Selected
	}
}

// buildParams makes a slider row for each weight into the selected unit and one for its
// bias.
func (p *panel) buildParams(m *play.Model) {
	p.params.Set("textContent", "")
	p.paramRows = nil
	u := m.Selected
	if u.Level == 0 {
		return
	}
	l := u.Level - 1
	lin := m.Layer(l).Linear
	from := func(j int) string {
		if l == 0 {
			return m.Features[j].String()
		}
		return m.UnitName(play.Unit{Level: l, Index: j})
	}
	for j := 0; j < lin.In; j++ {
		j := j
		label := fmt.Sprintf("w[%d][%d] from %s", u.Index, j, from(j))
		p.paramRows = append(p.paramRows, newNumberRow(p.params, fmt.Sprintf("w-%d-%d-%d", l, u.Index, j), label,
			play.ParamLimit, 0.01, func(v float64) {
				p.send(play.SetWeight{Layer: l, Unit: u.Index, In: j, Value: v})
			}))
	}
	if lin.HasBias() {
		p.paramRows = append(p.paramRows, newNumberRow(p.params, fmt.Sprintf("b-%d-%d", l, u.Index),
			fmt.Sprintf("b[%d]", u.Index), play.ParamLimit, 0.01, func(v float64) {
				p.send(play.SetBias{Layer: l, Unit: u.Index, Value: v})
			}))
	}
}

func (p *panel) syncParams(m *play.Model, focused js.Value) {
	u := m.Selected
	if u.Level == 0 {
		return
	}
	lin := m.Layer(u.Level - 1).Linear
	for j, row := range p.paramRows {
		if j < lin.In {
			row.show(lin.Weight[u.Index][j], focused)
		} else if lin.HasBias() {
			row.show(lin.Bias[u.Index], focused)
		}
	}
}

// syncInspect prints the selected unit's layer as PyTorch does.
func (p *panel) syncInspect(m *play.Model) {
	if m.Selected.Level == 0 {
		return
	}
	lin := m.Layer(m.Selected.Level - 1).Linear
	var b strings.Builder
	fmt.Fprintf(&b, ">>> layer\n%v\n>>> print(layer.weight)\n%s\n>>> print(layer.bias)\n", lin, core.FormatParameter(lin.Weight))
	if lin.HasBias() {
		b.WriteString(core.FormatParameterVector(lin.Bias))
	} else {
		b.WriteString("None")
	}
	if s := b.String(); s != p.inspectText {
		setText(p.inspect, s)
		p.inspectText = s
	}
}

// rowFor returns the slider row that a command targeting the selected unit came from,
// to show the model's refusal there.
func (p *panel) rowFor(c play.Command) *numberRow {
	switch c := c.(type) {
	case play.SetWeight:
		if c.In < len(p.paramRows) {
			return p.paramRows[c.In]
		}
	case play.SetBias:
		if len(p.paramRows) > 0 {
			return p.paramRows[len(p.paramRows)-1]
		}
	}
	return nil
}
