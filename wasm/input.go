//go:build js && wasm

package main

import (
	"syscall/js"

	"nnplay/wasm/play"
)

// Raw input becomes intent here: keys become the commands of play.Keys, and pointer
// events on the canvas become pointerEvents, which play.Pointer turns into commands in
// Update, where the layout and the model can be read.

// canvasEl is ebiten's canvas, which it adds to the page before main runs.
var canvasEl = document.Call("querySelector", "canvas")

// onKeys sends the shortcuts' commands (play.KeyCommand).
//
// ebiten's canvas takes every key pressed on it and prevents its default, Tab's and
// Escape's too, which would keep the keyboard on the canvas for good. A listener on the
// window hears each key before the canvas does: it keeps Tab and Escape from ebiten, so
// that Tab moves focus on as on any element, and Escape moves it to the panel.
func onKeys(send func(any)) {
	on(js.Global(), "keydown", func(e js.Value) {
		if k := e.Get("key").String(); e.Get("target").Equal(canvasEl) && (k == "Tab" || k == "Escape") {
			e.Call("stopPropagation")
			if k == "Escape" {
				byID("panel").Call("focus")
			}
		}
	}, true)
	canvasEl.Call("setAttribute", "role", "img")
	on(document, "keydown", func(e js.Value) {
		modified := e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool() || e.Get("altKey").Bool()
		tag, typ := e.Get("target").Get("tagName").String(), e.Get("target").Get("type").String()
		if c, ok := play.KeyCommand(e.Get("key").String(), tag, typ, modified); ok {
			e.Call("preventDefault")
			send(c)
		}
	})
}

// pointerEvent is a press, move or release on the canvas, in CSS pixels. DOM pointer
// events stand for mouse, touch and pen alike, and as queued intents a press and its
// release in the same frame are both seen.
type pointerEvent struct {
	kind string // "pointerdown", "pointermove", "pointerup", "pointercancel" or "pointerout"
	x, y float64
}

// onPointer sends the canvas's pointer events as intents.
func onPointer(send func(any)) {
	for _, kind := range []string{"pointerdown", "pointermove", "pointerup", "pointercancel",
		"pointerout"} {
		on(document, kind, func(e js.Value) {
			t := e.Get("target")
			if t.Get("tagName").String() != "CANVAS" {
				return
			}
			if kind == "pointerdown" { // the drag's moves and release, off the canvas too
				t.Call("setPointerCapture", e.Get("pointerId"))
			}
			r := t.Call("getBoundingClientRect")
			send(pointerEvent{kind: kind, x: e.Get("clientX").Float() - r.Get("left").Float(),
				y: e.Get("clientY").Float() - r.Get("top").Float()})
		})
	}
}

// nameCanvas gives the canvas its accessible name in the page's language.
func nameCanvas() { canvasEl.Call("setAttribute", "aria-label", play.Say(play.CanvasName)) }
