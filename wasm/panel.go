//go:build js && wasm

package main

import (
	"fmt"
	"strconv"
	"syscall/js"

	"nnplay/core"
	"nnplay/wasm/play"
)

// panel is the HTML side panel: static markup from index.html, bound to the model by
// play.Controls, with the parts that depend on the network (layer rows, the selected
// unit's sliders) built here. Its listeners only send intents; sync writes the model's
// values back into it.
type panel struct {
	root, status, exportMsg, fps, eps   js.Value
	layers, unitSelect, params, inspect js.Value
	controls                            []control
	input                               [2]*numberRow
	layerRows                           []layerRow
	paramRows                           []*numberRow
	send                                func(any)
	shape                               string    // the network the layer rows were built for
	selected                            play.Unit // the unit the slider rows were built for
	optionsFor                          string    // the network shape the unit menu lists
	optionsShown                        play.Unit // the unit the menu shows
	inspectText                         string
}

// control is one of play's Controls bound to its element.
type control struct {
	play.Control
	el    js.Value
	shown string // what Show last wrote
}

type layerRow struct {
	bias, act, slopeRow, slope, slopeMsg js.Value
	shown                                string // the state the row shows
}

func newPanel(send func(any)) *panel {
	p := &panel{root: byID("panel"), status: byID("status"), exportMsg: byID("export-status"),
		fps: byID("out-fps"), eps: byID("out-eps"), layers: byID("layers"),
		unitSelect: byID("unit-select"), params: byID("unit-params"), inspect: byID("inspect"),
		send: send}
	inputs := byID("input-params")
	for i, name := range []string{"x1", "x2"} {
		p.input[i] = newNumberRow(inputs, "input-"+name, name, play.InputLimit, send,
			func(v float64) play.Command { return play.SetInputAxis{Axis: i, Value: v} })
	}
	for _, c := range play.Controls() {
		p.controls = append(p.controls, p.bind(c))
	}
	on(byID("export-png"), "click", func(js.Value) { send(exportPNG{}) })
	on(byID("save-canvas"), "click", func(js.Value) { send(saveCanvas{}) })
	return p
}

// bind fills a control's menu and sends its command when it changes.
func (p *panel) bind(c play.Control) control {
	el := byID(c.ID)
	addOptions(el, c.Options)
	if c.Command != nil {
		on(el, c.Event, func(js.Value) {
			cmd, err := c.Command(el.Get("value").String())
			if err != nil {
				setText(p.status, err.Error())
				return
			}
			p.send(cmd)
		})
	}
	if c.Echo != "" {
		out := byID(c.Echo)
		on(el, "input", func(js.Value) { setText(out, el.Get("value").String()+"%") })
	}
	return control{Control: c, el: el}
}

// bounds returns the panel's rectangle in CSS pixels.
func (p *panel) bounds() play.Rect {
	r := p.root.Call("getBoundingClientRect")
	return play.Rect{X: r.Get("left").Float(), Y: r.Get("top").Float(),
		W: r.Get("width").Float(), H: r.Get("height").Float()}
}

// syncControls writes the model into the bound controls, and the page's frame and
// training rates into their readouts.
func (p *panel) syncControls(m *play.Session, fps, eps float64) {
	for i := range p.controls {
		c := &p.controls[i]
		if c.Show == nil {
			continue
		}
		v := c.Show(m)
		if v == c.shown {
			continue
		}
		c.shown = v
		switch tag := c.el.Get("tagName").String(); {
		case c.Attr != "" && v == "":
			c.el.Call("removeAttribute", c.Attr)
		case c.Attr != "":
			c.el.Call("setAttribute", c.Attr, v)
		case tag == "INPUT" || tag == "SELECT":
			c.el.Set("value", v)
		default:
			c.el.Set("textContent", v)
		}
	}
	setText(p.fps, strconv.FormatFloat(fps, 'f', 1, 64))
	setText(p.eps, strconv.FormatFloat(eps, 'f', 0, 64))
}

// sync writes the model into the panel's network and unit sections, rebuilding the
// rows that depend on the network's shape or on the selected unit when those changed.
func (p *panel) sync(m *play.Session) {
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
		typing := focused.Equal(row.slope) || row.slope.Call("hasAttribute", "aria-invalid").Bool()
		if isLeaky && !typing {
			row.slope.Set("value", play.Exact(lr.NegativeSlope))
		}
	}
	p.syncParams(m, focused)
	p.input[0].show(m.Input[0], focused)
	p.input[1].show(m.Input[1], focused)
	if s := play.Inspect(m); s != "" && s != p.inspectText {
		setText(p.inspect, s)
		p.inspectText = s
	}
}

// buildLayers makes one row per Linear layer: its repr, the bias switch and the
// activation menu (with LeakyReLU's slope when chosen).
func (p *panel) buildLayers(m *play.Session) {
	p.layers.Set("textContent", "")
	p.layerRows = nil
	for l := range m.Net.Layers {
		row := layerRow{}
		id := func(name string) string { return fmt.Sprintf("%s-%d", name, l) }
		box := create("fieldset", "class", "layer")
		legend := create("legend")
		setText(legend, play.Say(play.LayerLegend, strconv.Itoa(l+1), m.Layer(l).Linear.String()))
		biasLabel := create("label", "class", "check")
		row.bias = create("input", "type", "checkbox", "id", id("bias"))
		appendAll(biasLabel, row.bias, document.Call("createTextNode", " "+play.Say(play.BiasCheckbox)))
		actLabel := create("label", "for", id("act"))
		setText(actLabel, play.Say(play.ActivationMenuLabel)+" ")
		row.act = create("select", "id", id("act"))
		addOptions(row.act, play.ActivationOptions())
		actLabel.Call("appendChild", row.act)
		row.slopeRow = create("div", "class", "param slope")
		slopeLabel := create("label", "for", id("slope"))
		setText(slopeLabel, play.Say(play.SlopeLabel))
		row.slope = create("input", "type", "text", "id", id("slope"), "inputmode", "decimal",
			"size", "6", "aria-describedby", id("slope")+"-msg")
		row.slopeMsg = create("span", "class", "msg", "id", id("slope")+"-msg", "role", "status")
		appendAll(row.slopeRow, slopeLabel, row.slope, row.slopeMsg)
		appendAll(box, legend, biasLabel, actLabel, row.slopeRow)
		on(row.bias, "change", func(js.Value) {
			p.send(play.SetBiasEnabled{Layer: l, On: row.bias.Get("checked").Bool()})
		})
		on(row.act, "change", func(js.Value) {
			if a, err := core.ActivationByName(row.act.Get("value").String()); err == nil {
				p.send(play.SetActivation{Layer: l, Act: a})
			}
		})
		on(row.slope, "change", func(js.Value) {
			v, err := play.ParseNumber(row.slope.Get("value").String(), 1)
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
func (p *panel) syncUnitOptions(m *play.Session) {
	if shape := fmt.Sprint(m.Sizes()); shape != p.optionsFor {
		p.unitSelect.Set("textContent", "")
		addOptions(p.unitSelect, play.UnitOptions(m))
		p.optionsFor, p.optionsShown = shape, play.Unit{}
	}
	if m.Selected != p.optionsShown {
		p.unitSelect.Set("value", m.Selected.Value())
		p.optionsShown = m.Selected
	}
}

// addOptions appends a menu's choices.
func addOptions(sel js.Value, opts []play.Option) {
	for _, o := range opts {
		opt := create("option", "value", o.Value)
		setText(opt, o.Label)
		sel.Call("appendChild", opt)
	}
}

// buildParams makes a slider row for each weight into the selected unit and one for its
// bias.
func (p *panel) buildParams(m *play.Session) {
	p.params.Set("textContent", "")
	p.paramRows = nil
	u := m.Selected
	if u.Level == 0 {
		return
	}
	l := u.Level - 1
	lin := m.Layer(l).Linear
	for j := 0; j < lin.In; j++ {
		from := m.UnitName(play.Unit{Level: l, Index: j})
		label := play.Say(play.WeightRow, strconv.Itoa(u.Index), strconv.Itoa(j), from)
		p.paramRows = append(p.paramRows, newNumberRow(p.params, fmt.Sprintf("w-%d-%d-%d", l, u.Index, j),
			label, play.ParamLimit, p.send, func(v float64) play.Command {
				return play.SetWeight{Layer: l, Unit: u.Index, In: j, Value: v}
			}))
	}
	if lin.HasBias() {
		p.paramRows = append(p.paramRows, newNumberRow(p.params, fmt.Sprintf("b-%d-%d", l, u.Index),
			play.Say(play.BiasRow, strconv.Itoa(u.Index)), play.ParamLimit, p.send,
			func(v float64) play.Command { return play.SetBias{Layer: l, Unit: u.Index, Value: v} }))
	}
}

func (p *panel) syncParams(m *play.Session, focused js.Value) {
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

// report shows the model's answer to a command: on the row the command came from when
// it has one, in the status line otherwise.
func (p *panel) report(c play.Command, err error) {
	var row *numberRow
	switch c := c.(type) {
	case play.SetWeight:
		if c.In < len(p.paramRows) {
			row = p.paramRows[c.In]
		}
	case play.SetBias:
		if len(p.paramRows) > 0 {
			row = p.paramRows[len(p.paramRows)-1]
		}
	case play.SetInputAxis:
		if c.Axis >= 0 && c.Axis < len(p.input) {
			row = p.input[c.Axis]
		}
	}
	switch {
	case row != nil && err != nil:
		row.showError(err.Error())
	case row != nil:
		row.clearError()
	case err != nil:
		setText(p.status, err.Error())
	}
}
