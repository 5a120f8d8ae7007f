//go:build js && wasm

package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"runtime"
	"syscall/js"

	"nnplay/core"
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
		return g.snapshot(), nil
	case "perf":
		// Averages per frame since the last "perf" call, and the allocations and
		// garbage collections so far.
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		s := &g.stats
		out := map[string]any{
			"updates": s.nUpdates, "frames": s.nDraws,
			"update_ms": s.sumUpdate / float64(max(1, s.nUpdates)), "train_ms": s.sumTrain / float64(max(1, s.nUpdates)),
			"draw_ms": s.sumDraw / float64(max(1, s.nDraws)), "pics_ms_per_update": s.sumPics / float64(max(1, s.nUpdates)),
			"work_ms_per_frame": (s.sumUpdate + s.sumDraw) / float64(max(1, s.nDraws)),
			"mallocs":           ms.Mallocs, "num_gc": ms.NumGC, "heap_mb": float64(ms.HeapAlloc) / 1e6, "between_frames_ms": s.loopMS,
			"fps": g.meter.fps, "epochs_per_s": g.meter.eps, "epoch": m.Epoch(),
		}
		s.sumUpdate, s.sumDraw, s.sumTrain, s.sumPics, s.nUpdates, s.nDraws, s.loopMS = 0, 0, 0, 0, 0, 0, 0
		return out, nil
	case "stats":
		return map[string]any{
			"frames": g.stats.frames, "updates": g.stats.updates, "update_ms": g.stats.updateMS,
			"draw_ms": g.stats.drawMS, "first_frame_ms": g.stats.firstFrameMS, "version": m.Version(),
			"apply_ms": g.stats.applyMS, "view_ms": g.stats.viewMS, "pics_ms": g.stats.picsMS, "panel_ms": g.stats.panelMS,
			"train_ms": g.stats.trainMS, "fps": g.meter.fps, "epochs_per_s": g.meter.eps,
		}, nil
	case "data":
		return map[string]any{"x": m.XTrain, "t": m.TTrain, "features": len(m.Features)}, nil
	case "history":
		return m.History.Points, nil
	case "select":
		err := m.Apply(play.Select{Unit: play.Unit{Level: c.args.Index(0).Int(), Index: c.args.Index(1).Int()}})
		return nil, err
	}
	return nil, fmt.Errorf("nnplay: unknown call %q", c.name)
}

// snapshot is the model as the tests see it: the network in the model file format
// (exact), the input point's pass, and where things are on the screen in CSS pixels.
func (g *Game) snapshot() map[string]any {
	m, v := g.m, g.m.View()
	var model bytes.Buffer
	core.WriteModel(&model, m.Net)
	layers := make([]map[string]any, len(v.Trace.Layers))
	for l, lt := range v.Trace.Layers {
		layers[l] = map[string]any{"z": lt.Z, "a": lt.A}
	}
	s := g.scale
	rect := func(r play.Rect) []float64 { return []float64{r.X / s, r.Y / s, r.W / s, r.H / s} }
	units := make([][][]float64, len(g.geo.Nodes))
	for l, level := range g.geo.Nodes {
		for _, r := range level {
			units[l] = append(units[l], rect(r))
		}
	}
	phase, layer, progress := m.Anim.Now()
	step := map[string]any{"phase": phase.String(), "layer": layer, "progress": progress, "done": m.Anim.Done.String(), "playing": m.Anim.Playing()}
	if rec := m.Anim.Record; rec != nil {
		tl := make([]map[string]any, len(rec.Trace.Layers))
		for l, lt := range rec.Trace.Layers {
			tl[l] = map[string]any{"input": lt.Input, "z": lt.Z, "a": lt.A, "da": lt.DA, "dz": lt.DZ}
		}
		step["sample"] = rec.Sample
		step["batch"] = rec.Batch
		step["trace"] = map[string]any{"x": rec.Trace.X, "layers": tl, "loss": rec.Trace.Loss, "target": rec.Trace.Target, "dy": rec.Trace.DY}
		step["old"], step["new"], step["names"], step["lr"] = rec.Old, rec.New, rec.Names, rec.LR
	}
	var meters []map[string]any
	if m.Diag != nil {
		for _, ld := range m.Diag.Layers {
			meters = append(meters, map[string]any{"dead": ld.Dead, "dead_fraction": ld.DeadFraction, "saturated_fraction": ld.SaturatedFraction, "grad_norm": ld.GradNorm})
		}
	}
	return map[string]any{
		"playing":    m.Playing,
		"speed":      m.Speed.String(),
		"epoch":      m.Epoch(),
		"diverged":   m.Diverged,
		"lr":         m.LR,
		"batch_size": m.BatchSize,
		"loss":       m.Loss.Name(),
		"step":       step,
		"meters":     meters,
		"history":    len(m.History.Points),
		"train_size": len(m.Train),
		"dataset":    m.Data.Kind.String(),
		"model":      json.RawMessage(model.Bytes()),
		"sizes":      m.Sizes(),
		"selected":   []int{m.Selected.Level, m.Selected.Index},
		"input":      m.Input,
		"x":          v.Trace.X,
		"layers":     layers,
		"train_loss": v.TrainLoss,
		"test_loss":  v.TestLoss,
		"units":      units,
		"plane":      rect(g.geo.Plane),
		"act_view":   rect(g.geo.ActView),
		"area":       rect(g.geo.Area),
		"frames":     g.stats.frames,
		"version":    m.Version(),
	}
}
