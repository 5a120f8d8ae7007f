//go:build js && wasm

// Command worker is the page's training thread: web/bootworker.js runs it in a Web
// Worker and calls nnplayTrain with each of the page's messages, or with none to train a
// slice (remote.Worker.Serve). It posts the frames to the page itself and answers how
// many milliseconds to rest before the next call, or null when it waits for a message.
package main

import (
	"syscall/js"

	"nnplay/wasm/play/remote"
)

func main() {
	var w remote.Worker
	post := js.Global().Get("postMessage")
	bytes := js.Global().Get("Uint8Array")
	js.Global().Set("nnplayTrain", js.FuncOf(func(_ js.Value, args []js.Value) any {
		msg := make([]byte, args[0].Length())
		js.CopyBytesToGo(msg, args[0])
		out, rest, more := w.Serve(msg)
		if out != nil {
			frame := bytes.New(len(out))
			js.CopyBytesToJS(frame, out)
			post.Invoke(frame, []any{frame.Get("buffer")})
		}
		if !more {
			return nil
		}
		return rest.Seconds() * 1000
	}))
	select {}
}
