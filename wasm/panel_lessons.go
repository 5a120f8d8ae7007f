//go:build js && wasm

package main

import (
	"syscall/js"

	"nnplay/wasm/play"
)

// openLessons restores the lessons' progress from localStorage and opens the lesson
// the URL's hash names (#lesson=N), now and whenever the hash changes.
func (p *panel) openLessons() {
	func() {
		defer func() { recover() }() // storage access throws where it is blocked
		if v := js.Global().Get("localStorage").Call("getItem", play.ProgressKey); v.Truthy() {
			p.progress = v.String()
		}
	}()
	p.send(play.LoadProgress{Text: p.progress})
	hash := func() {
		if id, ok := play.LessonInHash(js.Global().Get("location").Get("hash").String()); ok {
			p.send(play.OpenLesson{ID: id})
		}
	}
	hash()
	on(js.Global(), "hashchange", func(js.Value) { hash() })
}

// keepProgress writes the lessons' progress to localStorage when it changed.
func (p *panel) keepProgress(m *play.Session) {
	if t := m.ProgressText(); t != p.progress {
		p.progress = t
		defer func() { recover() }()
		js.Global().Get("localStorage").Call("setItem", play.ProgressKey, t)
	}
}
