//go:build js && wasm

package main

import "syscall/js"

// Thin helpers over syscall/js for the side panel.

var document = js.Global().Get("document")

func byID(id string) js.Value {
	el := document.Call("getElementById", id)
	if !el.Truthy() {
		panic("nnplay: the page has no element #" + id)
	}
	return el
}

func setText(el js.Value, s string) {
	if el.Get("textContent").String() != s {
		el.Set("textContent", s)
	}
}

var funcs []js.Func // the test API's js.Func (api.go), alive as long as the page

// on calls fn for the element's events, until the listener it returns is released;
// options go to addEventListener (true: in the capture phase). fn runs on the event's
// goroutine: it must only read the DOM and send intents, never touch the model.
func on(el js.Value, event string, fn func(e js.Value), options ...any) js.Func {
	f := js.FuncOf(func(this js.Value, args []js.Value) any {
		fn(args[0])
		return nil
	})
	el.Call("addEventListener", append([]any{event, f}, options...)...)
	return f
}
