//go:build js && wasm

package main

import (
	"fmt"
	"strconv"
	"syscall/js"

	"nnplay/core"
	"nnplay/wasm/play"
)

// trainPanel is the panel's Training and Data sections and the network presets.
type trainPanel struct {
	play, step, diverged, divergedText      js.Value
	epoch, train, test, fps, eps, stepInfo  js.Value
	lr, batch, batchValue, loss, speed      js.Value
	dataset, noise, noiseValue, pct, pctVal js.Value
	preset                                  js.Value
	shown                                   map[string]string // what each element shows
}

func newTrainPanel(send func(any)) *trainPanel {
	t := &trainPanel{
		play: byID("play"), step: byID("step"), diverged: byID("diverged"), divergedText: byID("diverged-text"),
		epoch: byID("out-epoch"), train: byID("out-train"), test: byID("out-test"), fps: byID("out-fps"), eps: byID("out-eps"),
		stepInfo: byID("step-info"),
		lr:       byID("lr"), batch: byID("batch"), batchValue: byID("batch-value"), loss: byID("loss"), speed: byID("speed"),
		dataset: byID("dataset"), noise: byID("noise"), noiseValue: byID("noise-value"), pct: byID("train-pct"), pctVal: byID("train-pct-value"),
		preset: byID("preset"),
		shown:  map[string]string{},
	}
	option := func(sel js.Value, value, label string) {
		o := create("option", "value", value)
		setText(o, label)
		sel.Call("appendChild", o)
	}
	for _, lr := range play.LearningRates {
		option(t.lr, ftoa(lr), ftoa(lr))
	}
	for _, l := range core.Losses() {
		label := map[string]string{"half_mse": "half squared error (Playground)", "mse": "MSELoss", "bce_with_logits": "BCEWithLogitsLoss"}[l.Name()]
		option(t.loss, l.Name(), label)
	}
	for _, s := range play.Speeds() {
		option(t.speed, strconv.Itoa(int(s)), s.String())
	}
	for _, k := range core.DatasetKinds() {
		option(t.dataset, k.String(), k.String())
	}
	for i, p := range play.Presets() {
		option(t.preset, strconv.Itoa(i), p.Name)
	}

	on(byID("reset"), "click", func(js.Value) { send(play.Reset{}) })
	on(byID("diverged-reset"), "click", func(js.Value) { send(play.Reset{}) })
	on(byID("new-seed"), "click", func(js.Value) { send(play.NewSeed{}) })
	on(t.play, "click", func(js.Value) { send(togglePlay{}) })
	on(t.step, "click", func(js.Value) { send(play.StepPhase{}) })
	on(byID("regenerate"), "click", func(js.Value) { send(play.Regenerate{}) })
	on(t.lr, "change", func(js.Value) {
		if v, err := strconv.ParseFloat(t.lr.Get("value").String(), 64); err == nil {
			send(play.SetLR{LR: v})
		}
	})
	on(t.batch, "input", func(js.Value) {
		if v, err := strconv.Atoi(t.batch.Get("value").String()); err == nil {
			send(play.SetBatch{Size: v})
		}
	})
	on(t.loss, "change", func(js.Value) {
		if l, err := core.LossByName(t.loss.Get("value").String()); err == nil {
			send(play.SetLoss{Loss: l})
		}
	})
	on(t.speed, "change", func(js.Value) {
		if v, err := strconv.Atoi(t.speed.Get("value").String()); err == nil {
			send(play.SetSpeed{Speed: play.Speed(v)})
		}
	})
	data := func() { send(dataIntent{}) }
	on(t.dataset, "change", func(js.Value) { data() })
	on(t.noise, "change", func(js.Value) { data() })
	on(t.noise, "input", func(js.Value) { setText(t.noiseValue, t.noise.Get("value").String()+"%") })
	on(t.pct, "change", func(js.Value) { data() })
	on(t.pct, "input", func(js.Value) { setText(t.pctVal, t.pct.Get("value").String()+"%") })
	on(t.preset, "change", func(js.Value) {
		if v, err := strconv.Atoi(t.preset.Get("value").String()); err == nil {
			send(play.UsePreset{Index: v})
		}
	})
	return t
}

// togglePlay plays or pauses, as the Play button and the space key do.
type togglePlay struct{}

// dataIntent reads the data controls in Update and applies them as one SetData.
type dataIntent struct{}

func (t *trainPanel) dataConfig(m *play.Model) play.DataConfig {
	d := m.Data
	if k, err := core.ParseDatasetKind(t.dataset.Get("value").String()); err == nil {
		d.Kind = k
	}
	if v, err := strconv.ParseFloat(t.noise.Get("value").String(), 64); err == nil {
		d.Noise = v
	}
	if v, err := strconv.ParseFloat(t.pct.Get("value").String(), 64); err == nil {
		d.TrainPct = v
	}
	return d
}

// set writes v into the element's property prop when it changed.
func (t *trainPanel) set(el js.Value, key, prop, v string) {
	if t.shown[key] == v {
		return
	}
	t.shown[key] = v
	el.Set(prop, v)
}

// sync writes the model and the page's measurements into the sections.
func (t *trainPanel) sync(m *play.Model, fps, eps float64) {
	v := m.View()
	t.set(t.epoch, "epoch", "textContent", strconv.FormatFloat(m.Epoch(), 'f', 0, 64))
	t.set(t.train, "train", "textContent", play.Num(v.TrainLoss))
	t.set(t.test, "test", "textContent", play.Num(v.TestLoss))
	t.set(t.fps, "fps", "textContent", strconv.FormatFloat(fps, 'f', 1, 64))
	t.set(t.eps, "eps", "textContent", strconv.FormatFloat(eps, 'f', 0, 64))
	label := "Play"
	if m.Playing {
		label = "Pause"
	}
	t.set(t.play, "play", "textContent", label)
	if t.shown["pressed"] != fmt.Sprint(m.Playing) {
		t.shown["pressed"] = fmt.Sprint(m.Playing)
		t.play.Call("setAttribute", "aria-pressed", fmt.Sprint(m.Playing))
	}
	t.set(t.divergedText, "diverged", "textContent", m.Diverged)
	if t.shown["diverged-hidden"] != fmt.Sprint(m.Diverged == "") {
		t.shown["diverged-hidden"] = fmt.Sprint(m.Diverged == "")
		t.diverged.Set("hidden", m.Diverged == "")
	}
	t.set(t.stepInfo, "step-info", "textContent", stepInfo(m))
	t.set(t.lr, "lr", "value", ftoa(m.LR))
	t.set(t.batch, "batch", "value", strconv.Itoa(m.BatchSize))
	t.set(t.batchValue, "batch-value", "textContent", strconv.Itoa(m.BatchSize))
	t.set(t.loss, "loss", "value", m.Loss.Name())
	t.set(t.speed, "speed", "value", strconv.Itoa(int(m.Speed)))
	t.set(t.dataset, "dataset", "value", m.Data.Kind.String())
	t.set(t.noise, "noise", "value", ftoa(m.Data.Noise))
	t.set(t.noiseValue, "noise-value", "textContent", ftoa(m.Data.Noise)+"%")
	t.set(t.pct, "pct", "value", ftoa(m.Data.TrainPct))
	t.set(t.pctVal, "pct-value", "textContent", ftoa(m.Data.TrainPct)+"%")
}

// stepInfo says which step Step shows and where it is.
func stepInfo(m *play.Model) string {
	rec := m.Anim.Record
	if rec == nil {
		return ""
	}
	p := m.Train[rec.Sample]
	phase, _, _ := m.Anim.Now()
	next := map[play.Phase]string{play.PhaseForward: "loss", play.PhaseLoss: "backward", play.PhaseBackward: "update", play.PhaseUpdate: "the next step"}[m.Anim.Done]
	s := fmt.Sprintf("Step on training point #%d at (%s, %s), label %s; the update uses the mean gradient of %d points. Showing: %v.",
		rec.Sample+1, play.Num(p.X1), play.Num(p.X2), play.Num(p.Label), len(rec.Batch), phase)
	if !m.Anim.Playing() && next != "" {
		s += " Step again for " + next + "."
	}
	return s
}
