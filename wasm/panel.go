//go:build js && wasm

package main

import (
	"math"
	"strconv"
	"syscall/js"

	"nnplay/wasm/play"
)

// panel is the HTML side panel: static markup from index.html, bound to the model by
// play.Controls, and the sections that depend on the model (the layers, the selected
// unit, the input point) built here from play's Fields. Its listeners only send
// intents; sync writes the model's values back into it, in the page's language.
type panel struct {
	root, fps, eps      js.Value
	status, exportMsg   *message
	shareMsg            *message    // the share section's line (play.ShareStatus)
	said                play.Status // what the status line says, by the learner's actions
	controls            []control
	layers, unit, input fieldSet
	lessons             fieldSet
	progress            string // the lessons' progress as localStorage holds it
	send                func(any)
	lang                play.Lang // the language the panel speaks
	// The address's hash as last written, and the edge editor and the canvas's cursor
	// as last placed (share.go).
	link, editorAt, cursor string
	editor                 js.Value
}

// control is one of play's Controls bound to its element.
type control struct {
	play.Control
	el      js.Value
	shown   string // what Show last wrote, or unwritten
	options string // the markup of the Choices the menu holds
	prop    string // the property Show writes (play.ShownAs)
}

// message is a line of the panel that shows a message, said again in the new language
// when the language changes, unless something else has written over it since.
type message struct {
	el    js.Value
	err   error
	shown string
}

// show says err (nil empties the line) and brings it into sight; say brings it only
// when seek is true.
func (s *message) show(err error) { s.say(err, true) }

func (s *message) say(err error, seek bool) {
	s.err, s.shown = err, play.Explain(err)
	setText(s.el, s.shown)
	if err != nil && seek {
		s.el.Call("scrollIntoView", map[string]any{"block": "nearest"})
	}
}

// newPanel binds the panel; lang is the language boot.js chose (<html lang>).
func newPanel(send func(any), lang play.Lang) *panel {
	p := &panel{root: byID("panel"), status: &message{el: byID("status")},
		exportMsg: &message{el: byID("export-status")}, fps: byID("out-fps"),
		eps: byID("out-eps"), shareMsg: &message{el: byID(play.ShareStatus)},
		layers: fieldSet{parent: byID("layers")}, unit: fieldSet{parent: byID("unit-params")},
		input: fieldSet{parent: byID("input-params")}, send: send, lang: -1,
		lessons: fieldSet{parent: byID("lesson-fields")},
		editor:  byID("edge-editor")}
	for _, c := range play.Controls() {
		p.controls = append(p.controls, p.bind(c))
	}
	on(byID("export-png"), "click", func(js.Value) { send(exportPNG{}) })
	on(byID("save-canvas"), "click", func(js.Value) { send(saveCanvas{}) })
	// The page speaks lang before its address's notice does; boot.js says which it keeps.
	kept := document.Get("documentElement").Get("dataset").Get("kept").String()
	send(play.StartLanguage{Lang: lang, Kept: kept})
	onShare(send)
	on(js.Global(), "storage", func(js.Value) { // another tab may have kept another language
		send(play.KeptElsewhere{Kept: js.Global().Get("nnplayBoot").Call("kept").String()})
	})
	p.openLessons()
	return p
}

// bind sends a control's command when it changes; speak fills its menu.
func (p *panel) bind(c play.Control) control {
	el := byID(c.ID)
	if c.Command != nil {
		on(el, c.Event, func(js.Value) {
			v := el.Get("value").String()
			if el.Get("type").String() == "checkbox" {
				v = strconv.FormatBool(el.Get("checked").Bool())
			}
			cmd, err := c.Command(v)
			if err != nil {
				p.say(err)
				return
			}
			p.send(cmd)
		})
	}
	if c.Echo != "" {
		out := byID(c.Echo)
		on(el, "input", func(js.Value) { setText(out, el.Get("value").String()+"%") })
	}
	return control{Control: c, el: el, shown: unwritten}
}

// unwritten is a control's shown value before its first write, and after the words
// around it changed: no Show returns it, so the next sync writes the model's value even
// where it is "". (The markup's attribute may differ: a lesson link left the lesson's box
// hidden, as the markup has it, since Show's "" for "shown" equalled the empty start.)
const unwritten = "\x00"

// bounds returns the panel's rectangle in CSS pixels.
func (p *panel) bounds() play.Rect {
	r := p.root.Call("getBoundingClientRect")
	return play.Rect{X: r.Get("left").Float(), Y: r.Get("top").Float(),
		W: r.Get("width").Float(), H: r.Get("height").Float()}
}

// syncControls writes the model into the bound controls, and the page's frame and
// training rates, when not negative, into their readouts.
func (p *panel) syncControls(m *play.Session, fps, eps float64) {
	for i := range p.controls {
		c := &p.controls[i]
		if c.Choices != nil {
			if opts := c.ChoicesHTML(m); opts != c.options {
				c.el.Set("innerHTML", opts)
				c.options, c.shown = opts, unwritten
			}
		}
		if c.Show == nil {
			continue
		}
		v := c.Show(m)
		if v == c.shown {
			continue
		}
		c.shown = v
		if c.prop == "" && c.Attr == "" {
			c.prop = play.ShownAs(c.el.Get("tagName").String(), c.el.Get("type").String())
		}
		switch {
		case c.Attr != "" && v == "":
			c.el.Call("removeAttribute", c.Attr)
		case c.Attr != "":
			c.el.Call("setAttribute", c.Attr, v)
		default:
			c.el.Set(c.prop, c.PropertyValue(c.prop, v))
		}
		if c.Reveal && (v != "") != (c.Attr == "hidden") { // shown: "" unhides
			c.el.Call("scrollIntoView", map[string]any{"block": "nearest"})
		}
	}
	if fps >= 0 {
		setText(p.fps, strconv.FormatFloat(fps, 'f', 1, 64))
		setText(p.eps, strconv.FormatFloat(eps, 'f', 0, 64))
	}
}

// speak writes the words of the panel that do not follow from the model in language
// l: the markup's static text, the menus, the canvas's name and the open messages.
func (p *panel) speak(m *play.Session, l play.Lang) {
	p.lang = l
	document.Get("documentElement").Set("lang", l.Code())
	js.Global().Get("nnplayPanel").Call("speak", play.PageWords(l))
	for i, c := range play.Controls() {
		if len(c.Options) > 0 {
			p.controls[i].el.Set("innerHTML", play.OptionsHTML(c.Options))
		}
		p.controls[i].shown, p.controls[i].options = unwritten, "" // write them again
	}
	nameCanvas()
	for _, s := range []*message{p.status, p.exportMsg, p.shareMsg} {
		if s.err != nil && s.el.Get("textContent").String() == s.shown {
			s.show(s.err)
		}
	}
}

// remember keeps the language the learner chose (play.Chosen) in localStorage
// "nnplay-lang", which boot.js reads; a browser that blocks storage forgets it.
func remember(l play.Lang) {
	defer func() { recover() }() // storage access throws where it is blocked
	js.Global().Get("localStorage").Call("setItem", "nnplay-lang", l.Code())
}

// sync writes the model into the panel's sections built from Fields, in the page's
// language, building a section again when its fields changed.
func (p *panel) sync(m *play.Session) {
	if l, ok := play.Chosen(); ok {
		remember(l)
	}
	if l := play.Language(); l != p.lang {
		p.speak(m, l)
	}
	focused := document.Get("activeElement")
	p.layers.sync(p, play.LayerFields(m), focused)
	p.unit.sync(p, play.UnitFields(m), focused)
	p.input.sync(p, play.InputFields(m), focused)
	p.lessons.sync(p, play.LessonFields(m), focused)
	p.syncControls(m, -1, -1)
	p.said.Tidy(m) // an answer goes with the control it speaks of
	p.showSaid()
	p.keepProgress(m)
}

// report shows the model's answer to a command: on the field the command came from
// when it has one, in the status line otherwise.
func (p *panel) report(c play.Command, err error) {
	id, onField := play.FieldOf(c), false
	for _, s := range []*fieldSet{&p.layers, &p.unit, &p.input, &p.lessons} {
		for _, f := range s.fields {
			if f.ID == id && id != "" && !onField {
				f.answer(play.Refusal(err))
				onField = true
			}
		}
	}
	p.said.Answer(c, err, onField)
	p.showSaid()
}

// say puts err on the status line (nil empties it), an answer that is not a command's.
func (p *panel) say(err error) {
	p.said.Show(err)
	p.showSaid()
}

// sayExported shows the answer to an export of kind (play.Status.Exported).
func (p *panel) sayExported(kind string, err error) {
	p.said.Exported(kind, err)
	p.showSaid()
}

// showSaid writes the lines whose words play.Status changed.
func (p *panel) showSaid() {
	for l, s := range []*message{p.status, p.shareMsg, p.exportMsg} {
		if err, seek, changed := p.said.Changed(play.StatusLine(l)); changed {
			s.say(err, seek)
		}
	}
}

// fieldSet is a section of the panel built from play's Fields.
type fieldSet struct {
	parent js.Value
	stale  bool // the section is built again at the next sync, whatever its fields
	fields []*field
	funcs  []js.Func // its fields' listeners, released when it is built again
}

// field is one of play's Fields built in the panel. A number's box shows as many digits
// as it holds (play.Fit), and the full value while it has focus.
type field struct {
	play.Field
	input, rng, msg   js.Value
	shown, shownRange string  // what the field shows, to write the DOM only on change
	exact, fitted     string  // a number's value in full and as its box holds it
	err               error   // why the value typed into a number was refused
	refusedOver       float64 // the model's value when it was: a new one shows over the text
	span              [2]float64
}

// sync builds the section again when its fields' words or shape changed, keeping what
// the learner typed and was refused, and writes every value.
func (s *fieldSet) sync(p *panel, fs []play.Field, focused js.Value) {
	same := !s.stale && len(fs) == len(s.fields)
	for i := 0; same && i < len(fs); i++ {
		same = play.SameBuild(s.fields[i].Field, fs[i])
	}
	if !same {
		refused := map[string]*field{}
		for _, f := range s.fields {
			if f.err != nil {
				refused[f.ID] = f
			}
		}
		// The old fields' listeners are released once their elements are gone (else each
		// rebuild left them behind): removing a focused box fires its blur.
		old := s.funcs
		s.fields, s.stale, s.funcs = nil, false, nil
		s.parent.Set("innerHTML", play.FieldsHTML(fs))
		for _, f := range old {
			f.Release()
		}
		for _, pf := range fs {
			f := &field{Field: pf}
			f.bind(p, s)
			if old := refused[f.ID]; old != nil && old.refusedOver == pf.Number {
				f.input.Set("value", old.input.Get("value"))
				f.answer(old.err)
			}
			s.fields = append(s.fields, f)
		}
		// The field the learner was in, built again, keeps the keyboard's focus.
		if id := focused.Get("id").String(); id != "" && !focused.Get("isConnected").Bool() {
			if el := document.Call("getElementById", id); el.Truthy() {
				el.Call("focus")
				focused = el
			}
		}
	}
	for i, f := range s.fields {
		f.Field = fs[i]
		f.show(focused)
	}
}

// on is dom.go's on for a field of s: s releases the listener when it is built again.
func (s *fieldSet) on(el js.Value, event string, fn func(js.Value)) {
	s.funcs = append(s.funcs, on(el, event, fn))
}

// bind finds the field's elements, which play.FieldsHTML made, and listens to them.
func (f *field) bind(p *panel, s *fieldSet) {
	switch f.Kind {
	case play.Switch:
		f.input = byID(f.ID)
		s.on(f.input, "change", func(js.Value) {
			f.commit(p, strconv.FormatBool(f.input.Get("checked").Bool()))
		})
	case play.Menu:
		f.input = byID(f.ID)
		s.on(f.input, "change", func(js.Value) { f.commit(p, f.input.Get("value").String()) })
	case play.Number:
		num, msg, rng := f.NumberIDs()
		f.input, f.msg = byID(num), byID(msg)
		if f.Slider {
			f.rng, f.span = byID(rng), [2]float64{f.Lo, f.Hi}
			s.on(f.rng, "input", func(js.Value) { f.commit(p, f.rng.Get("value").String()) })
		}
		s.on(f.input, "change", func(js.Value) { f.commit(p, f.input.Get("value").String()) })
		s.on(f.input, "focus", func(js.Value) { f.write(f.exact) })
		s.on(f.input, "blur", func(js.Value) { f.write(f.fitted) })
	}
}

// commit sends the command of a new value, clearing the field's message, or shows why
// the value is refused; the model's answer comes back through report.
func (f *field) commit(p *panel, value string) {
	cmd, err := f.Set(value)
	f.answer(err)
	if err == nil {
		p.send(cmd)
	}
}

// answer shows why a value was refused, or clears that when err is nil. A field
// without a message line (a switch, a menu) has its value shown again.
func (f *field) answer(err error) {
	f.shown = "" // show the model's value again, unless the learner's text was refused
	if !f.msg.Truthy() {
		return
	}
	f.err, f.refusedOver = err, f.Number
	setText(f.msg, play.Explain(err))
	if f.input.Call("removeAttribute", "aria-invalid"); err != nil {
		f.input.Call("setAttribute", "aria-invalid", "true")
	}
}

// show writes the field's value, unless the learner is typing in it (focused is the
// page's focused element).
func (f *field) show(focused js.Value) {
	switch {
	case f.Kind == play.Switch && f.Value != f.shown:
		f.input.Set("checked", f.Value == "true")
		f.shown = f.Value
	case f.Kind == play.Menu && f.Value != f.shown:
		f.input.Set("value", f.Value)
		f.shown = f.Value
	case f.Kind == play.Number:
		stale := f.err != nil && f.Number != f.refusedOver
		if stale {
			f.answer(nil) // the model's value changed (a file, training): show it, not the text
		}
		if span := [2]float64{f.Lo, f.Hi}; f.Slider && span != f.span {
			f.rng.Call("setAttribute", "min", play.Exact(f.Lo))
			f.rng.Call("setAttribute", "max", play.Exact(f.Hi))
			f.span, f.shownRange = span, ""
		}
		if s := play.Exact(math.Max(f.Lo, math.Min(f.Hi, f.Number))); f.Slider &&
			(s != f.shownRange || focused.Equal(f.rng)) {
			f.rng.Set("value", s)
			f.shownRange = s
		}
		f.exact, f.fitted = play.Exact(f.Number), play.Fit(f.Number, play.BoxChars)
		if !focused.Equal(f.input) {
			f.write(f.fitted)
		} else if stale {
			f.write(f.exact)
		}
	}
}

// write shows text in a number's box, unless the box holds a refused value.
func (f *field) write(text string) {
	if text != f.shown && f.err == nil {
		f.input.Set("value", text)
		f.shown = text
	}
}
