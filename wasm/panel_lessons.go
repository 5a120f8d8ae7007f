//go:build js && wasm

package main

import (
	"syscall/js"

	"nnplay/wasm/play"
)

// openLessons restores the lessons' progress from localStorage. (A link's #lesson=N is
// opened with the rest of the link: share.go's onShare, play.OpenLink.)
func (p *panel) openLessons() {
	func() {
		defer func() { recover() }() // storage access throws where it is blocked
		if v := js.Global().Get("localStorage").Call("getItem", play.ProgressKey); v.Truthy() {
			p.progress = v.String()
		}
	}()
	p.send(play.LoadProgress{Text: p.progress})
}

// keepProgress writes the lessons' progress to localStorage when it changed.
func (p *panel) keepProgress(m *play.Session) {
	if t := m.ProgressText(); t != p.progress {
		p.progress = t
		defer func() { recover() }()
		js.Global().Get("localStorage").Call("setItem", play.ProgressKey, t)
	}
}
