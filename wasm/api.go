//go:build js && wasm

package main

import (
	"encoding/json"
	"fmt"
	"syscall/js"

	"nnplay/wasm/play"
)

// The test API: window.nnplay.call(name, args) returns a Promise of a JSON string. The
// call's arguments are checked where it is made (play.ParseCall), and a bad call is
// rejected with a message at once; a good one travels as an intent and Update answers
// it between frames, so tests read and change the model exactly as the page's own
// controls do. Every call settles, and none can stop the page.

type apiCall struct {
	play.Call
	resolve, reject js.Value
}

func installAPI(g *Game) {
	call := js.FuncOf(func(this js.Value, args []js.Value) any {
		var c apiCall
		exec := js.FuncOf(func(this js.Value, pr []js.Value) any {
			c.resolve, c.reject = pr[0], pr[1]
			return nil
		})
		promise := js.Global().Get("Promise").New(exec)
		exec.Release()
		var err error
		c.Call, err = parseCall(args)
		if err == nil && !g.offer(c) {
			err = fmt.Errorf("nnplay: the page is busy; call %s again", c.Name)
		}
		if err != nil {
			c.reject.Invoke(err.Error())
		}
		return promise
	})
	funcs = append(funcs, call)
	js.Global().Set("nnplay", map[string]any{"call": call})
}

// parseCall reads a call's name and arguments (as JSON) and checks them.
func parseCall(args []js.Value) (c play.Call, err error) {
	defer func() {
		if r := recover(); r != nil { // JSON.stringify threw: a BigInt, a cycle
			err = fmt.Errorf("nnplay: the arguments are not JSON: %v", r)
		}
	}()
	if len(args) == 0 || args[0].Type() != js.TypeString {
		return c, fmt.Errorf("nnplay.call needs a call's name, one of %v", play.APICalls)
	}
	arg := ""
	if len(args) > 1 && !args[1].IsUndefined() {
		if s := js.Global().Get("JSON").Call("stringify", args[1]); s.Type() == js.TypeString {
			arg = s.String()
		} else {
			return c, fmt.Errorf("nnplay: the arguments of %s are not JSON", args[0].String())
		}
	}
	return play.ParseCall(args[0].String(), arg)
}

// run answers the call; a failure, even a panic, rejects it with the error it returns.
func (c apiCall) run(g *Game) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("nnplay: %s failed: %v", c.Name, r)
		}
		if err != nil {
			c.reject.Invoke(err.Error())
		}
	}()
	if c.Name == "reset" {
		g.reset()
	}
	if c.Name == "state" && g.m.Version() != g.seen && g.screen.Placed {
		g.changed() // the calls before this one in the frame changed the model
		g.scene.Build(g.m, g.screen.Geo, g.canvas.fonts, g.clock.Seconds)
	}
	v, err := c.Answer(g.m, g.screen.Geo, &g.scene, &g.tel)
	if err != nil {
		return err
	}
	b, err := json.Marshal(v)
	if err == nil {
		c.resolve.Invoke(string(b))
	}
	return err
}

// reset puts the program back as at a fresh load; the caller first gives the page a new
// browser context's state: empty storage, no hash, no focus (wasm/e2e's page.reset).
func (g *Game) reset() {
	url := js.Global().Get("location").Get("href").String()
	g.m.Reset(play.BrowserLang(js.Global().Get("navigator").Get("language").String()), url)
	p := g.panel
	p.said, p.progress, p.lang, p.link, p.editorAt = play.Status{}, "", -1, "", ""
	p.speak(g.m, play.Language())
	p.editor.Set("hidden", true)
	p.editor.Call("removeAttribute", "style")
	p.status.show(nil)
	p.exportMsg.show(nil)
	p.shareMsg.show(nil)
	for _, s := range []*fieldSet{&p.layers, &p.unit, &p.input, &p.lessons} {
		s.stale, s.fields = true, nil // built again, refused values forgotten
	}
	g.pointer, g.scene, g.tel, g.failed = play.Pointer{}, play.Scene{}, play.Telemetry{}, false
	g.clock, g.screen.Placed = play.Clock{}, false
}
