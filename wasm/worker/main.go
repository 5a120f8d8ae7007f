//go:build js && wasm

// Command worker is the page's training thread: web/boot.js runs it in a Web Worker and
// calls nnplayTrain with each of the page's messages, or with none to train a slice,
// and posts the frame it answers to the page (remote.Worker.Serve).
package main

import (
	"syscall/js"

	"nnplay/wasm/play/remote"
)

func main() {
	var w remote.Worker
	js.Global().Set("nnplayTrain", js.FuncOf(func(_ js.Value, args []js.Value) any {
		msg := make([]byte, args[0].Length())
		js.CopyBytesToGo(msg, args[0])
		out := w.Serve(msg)
		if out == nil {
			return nil
		}
		frame := js.Global().Get("Uint8Array").New(len(out))
		js.CopyBytesToJS(frame, out)
		return frame
	}))
	select {}
}
