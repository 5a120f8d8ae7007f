//go:build js && wasm

// Command plotexport is the page's figure renderer: package plots (gonum/plot and its
// fonts) in a wasm module of its own, which the page loads only when the learner first
// exports a figure, so that the playground itself starts small and fast.
//
// It sets globalThis.nnplayPlots.activationPNG(specJSON), which returns
// {png: Uint8Array} or {error: string}, drawn by package figure.
package main

import (
	"syscall/js"

	"nnplay/wasm/play/figure"
)

func main() {
	render := js.FuncOf(func(this js.Value, args []js.Value) any {
		if len(args) != 1 || args[0].Type() != js.TypeString {
			return map[string]any{"error": "activationPNG takes one JSON string"}
		}
		png, err := figure.ActivationPNG(args[0].String())
		if err != nil {
			return map[string]any{"error": err.Error()}
		}
		arr := js.Global().Get("Uint8Array").New(len(png))
		js.CopyBytesToJS(arr, png)
		return map[string]any{"png": arr}
	})
	js.Global().Set("nnplayPlots", map[string]any{"activationPNG": render})
	js.Global().Get("dispatchEvent").Invoke(js.Global().Get("Event").New("nnplay-plots-ready"))
	select {} // serve calls for the life of the page
}
