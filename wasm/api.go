//go:build js && wasm

package main

import (
	"encoding/json"
	"fmt"
	"syscall/js"

	"nnplay/wasm/play"
)

// The test API: window.nnplay.call(name, args) returns a Promise of a JSON string. The
// call travels as an intent and Update answers it between frames, so tests read and
// change the model exactly as the page's own controls do.

type apiCall struct {
	name            string
	args            js.Value
	resolve, reject js.Value
}

func installAPI(g *Game) {
	call := js.FuncOf(func(this js.Value, args []js.Value) any {
		name := args[0].String()
		var arg js.Value
		if len(args) > 1 {
			arg = args[1]
		}
		return js.Global().Get("Promise").New(js.FuncOf(func(this js.Value, pr []js.Value) any {
			g.send(apiCall{name: name, args: arg, resolve: pr[0], reject: pr[1]})
			return nil
		}))
	})
	funcs = append(funcs, call)
	api := js.Global().Get("Object").New()
	api.Set("call", call)
	js.Global().Set("nnplay", api)
}

func (c apiCall) run(g *Game) {
	v, err := c.answer(g)
	if err != nil {
		c.reject.Invoke(err.Error())
		return
	}
	b, err := json.Marshal(v)
	if err != nil {
		c.reject.Invoke(err.Error())
		return
	}
	c.resolve.Invoke(string(b))
}

func (c apiCall) answer(g *Game) (any, error) {
	m := g.m
	switch c.name {
	case "state":
		s, err := play.Snapshot(m, g.screen.geo)
		if s != nil {
			s.Frames = g.tel.Frames
		}
		return s, err
	case "perf":
		return g.tel.Perf(m.Epoch()), nil
	case "stats":
		return g.tel.Stats(m.Version()), nil
	case "data":
		return map[string]any{"x": m.XTrain, "t": m.TTrain, "features": len(m.Features)}, nil
	case "history":
		return m.History.Points, nil
	case "lang":
		l, err := play.ParseLang(c.args.String())
		if err == nil {
			err = m.Apply(play.SetLanguage{Lang: l})
		}
		return map[string]string{"lang": play.Language().Code()}, err
	case "select":
		u := play.Unit{Level: c.args.Index(0).Int(), Index: c.args.Index(1).Int()}
		return nil, m.Apply(play.Select{Unit: u})
	}
	return nil, fmt.Errorf("nnplay: unknown call %q", c.name)
}
