//go:build js && wasm

package main

import "syscall/js"

// Keyboard shortcuts, turned into intents in one place. Keys typed into a form control
// belong to it: space in a number box types a space, and space on a focused button
// presses that button.
type key string

// onKeys sends a key intent for the page's shortcuts.
func onKeys(send func(any)) {
	on(document, "keydown", func(e js.Value) {
		if e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool() || e.Get("altKey").Bool() {
			return
		}
		switch e.Get("target").Get("tagName").String() {
		case "INPUT", "SELECT", "TEXTAREA", "BUTTON", "SUMMARY", "A":
			return
		}
		switch k := e.Get("key").String(); k {
		case " ", "ArrowRight":
			e.Call("preventDefault")
			send(key(k))
		}
	})
}
