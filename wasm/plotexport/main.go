//go:build js && wasm

// Command plotexport is the page's figure renderer: package plots (gonum/plot and its
// fonts) in a wasm module of its own, which the page loads only when the learner first
// exports a figure, so that the playground itself starts small and fast.
//
// It sets globalThis.nnplayPlots.activationPNG(specJSON), which returns
// {png: Uint8Array} or {error: string}. A figure asked for in Korean is drawn with the
// page's Korean font (kofont), its words in Korean and its title as the page said it.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"syscall/js"

	"nnplay/core"
	"nnplay/plots"
	"nnplay/wasm/play"
	"nnplay/wasm/play/kofont"
)

func activationPNG(specJSON string) ([]byte, error) {
	var s play.ExportRequest
	if err := json.Unmarshal([]byte(specJSON), &s); err != nil {
		return nil, fmt.Errorf("bad request: %v", err)
	}
	act, err := core.UnmarshalActivation(s.Activation)
	if err != nil {
		return nil, err
	}
	if s.Lang == play.Korean.Code() {
		// gonum draws a text in one font; the Liberation fonts have no Hangul.
		if err := plots.UseKoreanFont(kofont.OTF); err != nil {
			return nil, err
		}
	}
	fig, err := plots.Activation(act, plots.ActivationOptions{Marks: s.Marks,
		Highlight: s.Highlight, Title: s.Title, Lang: s.Lang})
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := plots.Write(&buf, fig, s.Width, s.Height, "png"); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func main() {
	render := js.FuncOf(func(this js.Value, args []js.Value) any {
		if len(args) != 1 || args[0].Type() != js.TypeString {
			return map[string]any{"error": "activationPNG takes one JSON string"}
		}
		png, err := activationPNG(args[0].String())
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
