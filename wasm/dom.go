//go:build js && wasm

package main

import (
	"math"
	"strconv"
	"syscall/js"

	"nnplay/wasm/play"
)

// Thin helpers over syscall/js for the side panel.

var document = js.Global().Get("document")

func byID(id string) js.Value {
	el := document.Call("getElementById", id)
	if !el.Truthy() {
		panic("nnplay: index.html has no element #" + id)
	}
	return el
}

func create(tag string, attrs ...string) js.Value {
	el := document.Call("createElement", tag)
	for i := 0; i+1 < len(attrs); i += 2 {
		el.Call("setAttribute", attrs[i], attrs[i+1])
	}
	return el
}

// appendAll appends the children to parent.
func appendAll(parent js.Value, children ...js.Value) {
	for _, c := range children {
		parent.Call("appendChild", c)
	}
}

func setText(el js.Value, s string) {
	if el.Get("textContent").String() != s {
		el.Set("textContent", s)
	}
}

// funcs keeps every js.Func alive; the panel's listeners live as long as the page.
var funcs []js.Func

// on calls fn for the element's events. fn runs on the event's goroutine: it must only
// read the DOM and send intents, never touch the model.
func on(el js.Value, event string, fn func(e js.Value)) {
	f := js.FuncOf(func(this js.Value, args []js.Value) any {
		fn(args[0])
		return nil
	})
	funcs = append(funcs, f)
	el.Call("addEventListener", event, f)
}

// numberRow is a labelled slider with a number box beside it and a message line: the
// panel's control for one weight, bias or coordinate.
type numberRow struct {
	root, rng, box, msg  js.Value
	limit                float64
	shownRange, shownBox string // what the row shows, to write the DOM only on change
	invalid              bool
}

// newNumberRow builds a row in parent. Moving the slider or committing a number sends
// the command set makes of the new value; a refused value shows its message in the row.
func newNumberRow(parent js.Value, id, label string, limit float64, send func(any),
	set func(v float64) play.Command) *numberRow {
	r := &numberRow{limit: limit}
	r.root = create("div", "class", "param")
	lab := create("label", "for", id+"-range")
	setText(lab, label)
	r.rng = create("input", "type", "range", "id", id+"-range", "min", ftoa(-limit),
		"max", ftoa(limit), "step", "0.01", "aria-describedby", id+"-msg")
	r.box = create("input", "type", "text", "id", id+"-num", "inputmode", "decimal",
		"aria-label", play.Say(play.NumberBoxName, label), "aria-describedby", id+"-msg", "size", "7",
		"spellcheck", "false", "autocomplete", "off")
	r.msg = create("span", "class", "msg", "id", id+"-msg", "role", "status", "aria-live", "polite")
	appendAll(r.root, lab, r.rng, r.box, r.msg)
	parent.Call("appendChild", r.root)
	on(r.rng, "input", func(js.Value) {
		v, err := strconv.ParseFloat(r.rng.Get("value").String(), 64)
		if err == nil {
			r.clearError()
			send(set(v))
		}
	})
	on(r.box, "change", func(js.Value) {
		v, err := play.ParseNumber(r.box.Get("value").String(), r.limit)
		if err != nil {
			r.showError(err.Error())
			return
		}
		r.clearError()
		send(set(v))
	})
	return r
}

// show puts v into the slider (clamped to its range) and into the box, unless the
// learner is typing there (focused is the page's focused element).
func (r *numberRow) show(v float64, focused js.Value) {
	if s := ftoa(math.Max(-r.limit, math.Min(r.limit, v))); s != r.shownRange || focused.Equal(r.rng) {
		r.rng.Set("value", s)
		r.shownRange = s
	}
	if t := play.Exact(v); t != r.shownBox && !r.invalid && !focused.Equal(r.box) {
		r.box.Set("value", t)
		r.shownBox = t
	}
}

func (r *numberRow) showError(msg string) {
	r.box.Call("setAttribute", "aria-invalid", "true")
	r.root.Get("classList").Call("add", "invalid")
	setText(r.msg, msg)
	r.invalid = true
}

func (r *numberRow) clearError() {
	if !r.invalid {
		return
	}
	r.box.Call("removeAttribute", "aria-invalid")
	r.root.Get("classList").Call("remove", "invalid")
	setText(r.msg, "")
	r.invalid = false
	r.shownBox = "" // show the model's value again
}

func ftoa(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }
