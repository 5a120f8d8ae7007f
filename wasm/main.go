//go:build js && wasm

// Command wasm is the playground in the browser: an ebiten canvas of the network
// beside the HTML side panel of index.html. It is thin on purpose: the session, what the
// canvas shows (play.Scene), the panel's bindings (play.Controls) and every string
// (play.Say) are package play's; this package turns DOM and pointer events into play
// commands and paints the scene.
package main

import (
	"syscall/js"

	"github.com/hajimehoshi/ebiten/v2"
)

func main() {
	mark("main") // the runtime and the package inits are done
	g := newGame()
	g.prepare()
	mark("game") // the session, the fonts and the panel are made, the panel laid out
	// WebGL is checked on ebiten's canvas only now: the check waits for the GPU process,
	// busy starting, which the program spent making the page (web/boot.js).
	if !js.Global().Get("nnplayBoot").Call("glChecked", canvasEl).Bool() {
		select {} // the page says why; the program neither draws nor answers
	}
	installAPI(g)
	ebiten.SetTPS(ebiten.SyncWithFPS)
	// The screen keeps its last frame, and Draw paints only when something changed.
	ebiten.SetScreenClearedEveryFrame(false)
	ebiten.SetRunnableOnUnfocused(true)
	ebiten.SetWindowTitle("nnplay")
	// Unfocused: ebiten would take the focus from a learner already in the panel.
	if err := ebiten.RunGameWithOptions(g, &ebiten.RunGameOptions{InitUnfocused: true}); err != nil {
		js.Global().Get("nnplayBoot").Call("stopped", err.Error())
	}
}

// mark records a step towards the first frame for cmd/benchpage: a performance mark
// "nnplay-name" on the page's clock, as web/boot.js makes.
func mark(name string) { js.Global().Get("performance").Call("mark", "nnplay-"+name) }
