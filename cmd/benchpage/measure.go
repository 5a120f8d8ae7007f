package main

import (
	"encoding/json"
	"fmt"
	"strconv"
	"time"
)

// The measurements, each on a tab already showing the page. Every figure comes from the
// page itself (its test API, window.nnplay) or from Chromium (DevTools metrics); the
// page is driven only through its own controls.

// perf is the part of the page's "perf" answer the benchmark reads: the frames painted
// since the previous call, the Updates' and Draws' time per painted frame, the Go heap
// in use and the epoch now; and the page's clock when the answer came.
type perf struct {
	Frames     int     `json:"frames"`
	WorkMS     float64 `json:"work_ms_per_frame"`
	HeapMB     float64 `json:"heap_mb"`
	Epoch      float64 `json:"epoch"`
	Mallocs    int     `json:"mallocs"`
	AllocMB    float64 `json:"alloc_mb"`
	GCs        int     `json:"num_gc"`
	PageTimeMS float64 `json:"-"`
}

// perfNow calls "perf" and stamps it with the page's clock as the answer arrives.
func (t *tab) perfNow() (perf, error) {
	var r struct {
		Perf string  `json:"perf"`
		T    float64 `json:"t"`
	}
	err := t.eval(`window.nnplay.call('perf').then(s => ({perf: s, t: performance.now()}))`, &r)
	if err != nil {
		return perf{}, fmt.Errorf("the page's perf: %w", err)
	}
	var p perf
	if err := json.Unmarshal([]byte(r.Perf), &p); err != nil {
		return perf{}, fmt.Errorf("the page's perf: %w", err)
	}
	p.PageTimeMS = r.T
	return p, nil
}

// stats is the part of the page's "stats" answer the benchmark reads: when the first
// frame was painted, in ms of the page's clock (from navigation).
type stats struct {
	FirstFrameMS float64 `json:"first_frame_ms"`
}

// option is an entry of one of the page's menus.
type option struct{ Value, Text string }

func (t *tab) options(id string) ([]option, error) {
	var out []option
	err := t.eval(fmt.Sprintf(`[...document.getElementById(%q).options]`+
		`.map(o => ({Value: o.value, Text: o.textContent}))`, id), &out)
	if err == nil && len(out) == 0 {
		err = fmt.Errorf("the menu #%s is empty", id)
	}
	return out, err
}

// playState is the part of the page's "state" the benchmark reads: whether it trains,
// and the Step animation's phase.
type playState struct {
	Playing bool `json:"playing"`
	Step    struct {
		Done    string `json:"done"`
		Playing bool   `json:"playing"`
	} `json:"step"`
}

// setPlaying presses Play when the page's state differs from on, and checks it took.
func (t *tab) setPlaying(on bool) error {
	var s playState
	if err := t.call("state", &s); err != nil {
		return err
	}
	if s.Playing == on {
		return nil
	}
	if err := t.press("play"); err != nil {
		return err
	}
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if err := t.call("state", &s); err != nil {
			return err
		}
		if s.Playing == on {
			return nil
		}
		time.Sleep(50 * time.Millisecond)
	}
	return fmt.Errorf("the Play button did not set playing to %v", on)
}

// watch is what the page's frame watcher (watch.js) saw over a window.
type watch struct {
	Frames  int     `json:"frames"`
	Work    float64 `json:"work"`    // ms of Update and Draw, summed over the frames
	Max     float64 `json:"max"`     // the most work one frame took, ms
	Gap     float64 `json:"gap"`     // the longest gap between two animation frames, ms
	PhaseMS float64 `json:"phaseMS"` // from the press to the last frame painted
	// Costs is, for each read of the work, the costliest frame since the last read:
	// each frame when the page paints no faster than the reads come.
	Costs []FrameCost `json:"costs"`
}

func (w watch) workPerFrame() float64 {
	if w.Frames == 0 {
		return 0
	}
	return w.Work / float64(w.Frames)
}

// watchStart starts the frame watcher; with readWork it reads every frame's work.
func (t *tab) watchStart(readWork bool) error {
	return t.eval(fmt.Sprintf(`window.nnplayBench.start(%v)`, readWork), nil)
}

func (t *tab) watchStop() (watch, error) {
	var w watch
	err := t.eval(`window.nnplayBench.stop()`, &w)
	return w, err
}

// measurePlay plays net at speed: warm-up, then a window over which the page's own
// averages count frames, epochs and work undisturbed, Chromium the main thread's busy
// time and the watcher the frames' gaps; then a second window in which the watcher
// reads every frame's work, for the most one frame took; then a third, traced, for what
// the slow frames did (tracedFrames). Only the third is traced: tracing costs CPU, which
// the first two would count as the page's.
func (b *bench) measurePlay(t *tab, net, speed option) (PlayRow, error) {
	row := PlayRow{Net: b.netName(net), Speed: speed.Text}
	if err := t.choose("preset", net.Value); err != nil { // a fresh network each time
		return row, err
	}
	if err := t.choose("speed", speed.Value); err != nil {
		return row, err
	}
	if err := t.setPlaying(true); err != nil {
		return row, err
	}
	time.Sleep(b.cfg.Warm)
	m0, err := t.metrics()
	if err != nil {
		return row, err
	}
	p0, err := t.perfNow()
	if err != nil {
		return row, err
	}
	q0 := schedTimes(t.tmp)
	if err := t.watchStart(false); err != nil {
		return row, err
	}
	time.Sleep(b.cfg.Window)
	gaps, err := t.watchStop()
	if err != nil {
		return row, err
	}
	p1, err := t.perfNow()
	if err != nil {
		return row, err
	}
	q1 := schedTimes(t.tmp)
	m1, err := t.metrics()
	if err != nil {
		return row, err
	}
	if err := t.watchStart(true); err != nil {
		return row, err
	}
	time.Sleep(b.cfg.MaxWindow)
	each, err := t.watchStop()
	if err != nil {
		return row, err
	}
	row.Slow = slowFrames(each.Costs, row.Net)
	var pid int
	row.Traced, pid, err = b.tracedFrames(t, row.Net, row.Speed)
	if err != nil {
		return row, err
	}
	if d, ok := q1.since(q0, pid); ok {
		row.Sched = &d
	}
	if err := t.setPlaying(false); err != nil {
		return row, err
	}
	row.Seconds = (p1.PageTimeMS - p0.PageTimeMS) / 1000
	row.Frames = p1.Frames
	row.FPS = float64(p1.Frames) / row.Seconds
	row.EPS = (p1.Epoch - p0.Epoch) / row.Seconds
	row.GCsPerS = float64(p1.GCs-p0.GCs) / row.Seconds
	if p1.Frames > 0 {
		row.MallocsPerFrame = float64(p1.Mallocs-p0.Mallocs) / float64(p1.Frames)
		row.KBPerFrame = 1000 * (p1.AllocMB - p0.AllocMB) / float64(p1.Frames)
	}
	if q0.cpu != nil && q1.cpu != nil {
		row.CPU = map[string]float64{}
		for k, v := range q1.cpu {
			row.CPU[k] = v - q0.cpu[k]
		}
	}
	if p1.Frames > 0 {
		row.WorkMS = p1.WorkMS
	}
	row.WorkMaxMS, row.LongestFrameMS = each.Max, gaps.Gap
	if dt := m1["Timestamp"] - m0["Timestamp"]; dt > 0 {
		row.Busy = (m1["TaskDuration"] - m0["TaskDuration"]) / dt
	}
	return row, nil
}

// tracedFrames reads every frame of net's run for the trace window under a DevTools
// trace, and returns what the frames over the target did, and the page's process id as
// the trace names it (0 when it does not).
func (b *bench) tracedFrames(t *tab, net, run string) (Slow, int, error) {
	s0, err := t.traceFrames()
	if err != nil {
		return Slow{}, 0, err
	}
	if err := t.watchStart(true); err != nil {
		return Slow{}, 0, err
	}
	time.Sleep(b.cfg.TraceWindow)
	w, err := t.watchStop()
	if err != nil {
		return Slow{}, 0, err
	}
	s := slowFrames(w.Costs, net)
	pid, err := t.readFrames(&s, w.Costs, s0, b.traceFile(net, run))
	return s, pid, err
}

// maxPhases bounds the presses of Step in one cycle, should the phases never repeat.
const maxPhases = 8

// measureSteps presses Step on a fresh net through one whole training step, and
// measures the page's work over each phase: from the press until its animation stops
// painting frames. It then presses Step through the next training step under a DevTools
// trace, for what each phase's slow frames did.
func (b *bench) measureSteps(t *tab, net option) ([]StepRow, error) {
	if err := t.setPlaying(false); err != nil {
		return nil, err
	}
	if err := t.choose("preset", net.Value); err != nil {
		return nil, err
	}
	// The Update that takes the new network answers this call; the watch's first call,
	// answered by a later Update, starts its sums after that Update's work (a layout,
	// panel and sheet for the new network), which is no phase's.
	var s playState
	if err := t.call("state", &s); err != nil {
		return nil, err
	}
	rows, err := b.stepCycle(t, b.netName(net), false)
	if err != nil {
		return rows, err
	}
	traced, err := b.stepCycle(t, b.netName(net), true)
	for _, tr := range traced {
		for i := range rows {
			if rows[i].Phase == tr.Phase {
				rows[i].Traced = tr.Slow
			}
		}
	}
	return rows, err
}

// stepCycle presses Step until a phase repeats or the update phase ends, and returns
// a row for each phase; traced, each phase's Slow is what its trace showed.
func (b *bench) stepCycle(t *tab, net string, traced bool) ([]StepRow, error) {
	var rows []StepRow
	seen := map[string]bool{}
	for range maxPhases {
		row, err := b.measurePhase(t, net, traced)
		if err != nil {
			return rows, err
		}
		if seen[row.Phase] {
			break // the next step began: one cycle is done
		}
		seen[row.Phase] = true
		rows = append(rows, row)
		if row.Phase == "update" { // the last phase of a step, as the lesson has it
			break
		}
	}
	return rows, nil
}

// stall is how long no frame must be painted before a phase counts as played out;
// the page's state then confirms it.
const stall = 500 * time.Millisecond

// measurePhase presses Step and watches the frames of net until the phase's animation
// stops; traced, under a DevTools trace of the frames.
func (b *bench) measurePhase(t *tab, net string, traced bool) (StepRow, error) {
	row := StepRow{Net: net}
	var s0 schedSnap
	if traced {
		var err error
		if s0, err = t.traceFrames(); err != nil {
			return row, err
		}
	}
	if err := t.watchStart(true); err != nil {
		return row, err
	}
	if err := t.eval(`window.nnplayBench.press('step')`, nil); err != nil {
		return row, err
	}
	start := time.Now()
	for {
		time.Sleep(b.cfg.Sample)
		var quiet float64
		if err := t.eval(`window.nnplayBench.quiet()`, &quiet); err != nil {
			return row, err
		}
		if quiet < float64(stall.Milliseconds()) {
			continue
		}
		var st playState
		if err := t.call("state", &st); err != nil {
			return row, err
		}
		if !st.Step.Playing && st.Step.Done != "" {
			row.Phase = st.Step.Done
			break
		}
		if time.Since(start) > 2*time.Minute {
			return row, fmt.Errorf("a Step phase still plays after %v", time.Since(start))
		}
	}
	w, err := t.watchStop()
	if err != nil {
		return row, err
	}
	row.MS, row.Frames = w.PhaseMS, w.Frames
	row.WorkMS, row.WorkMaxMS = w.workPerFrame(), w.Max
	row.Slow = slowFrames(w.Costs, net)
	if traced {
		_, err = t.readFrames(&row.Slow, w.Costs, s0, b.traceFile(net, "Step "+row.Phase))
	}
	return row, err
}

// measureSoak trains net at speed for the soak time and reads the memory before and
// after; fresh is the page's memory as it opened.
func (b *bench) measureSoak(t *tab, net, speed option, fresh Memory) (*Soak, error) {
	so := &Soak{Net: b.netName(net), Speed: speed.Text, Fresh: fresh}
	if err := t.setPlaying(false); err != nil {
		return nil, err
	}
	if err := t.choose("preset", net.Value); err != nil {
		return nil, err
	}
	if err := t.choose("speed", speed.Value); err != nil {
		return nil, err
	}
	var err error
	if so.Before, err = b.memory(t); err != nil {
		return nil, err
	}
	p0, err := t.perfNow()
	if err != nil {
		return nil, err
	}
	if err := t.setPlaying(true); err != nil {
		return nil, err
	}
	time.Sleep(b.cfg.Soak)
	p1, err := t.perfNow()
	if err != nil {
		return nil, err
	}
	if so.After, err = b.memory(t); err != nil {
		return nil, err
	}
	if err := t.setPlaying(false); err != nil {
		return nil, err
	}
	so.Seconds = (p1.PageTimeMS - p0.PageTimeMS) / 1000
	so.FPS = float64(p1.Frames) / so.Seconds
	so.EPS = (p1.Epoch - p0.Epoch) / so.Seconds
	so.Epochs = p1.Epoch
	so.Mallocs, so.GCs, so.Frames = p1.Mallocs-p0.Mallocs, p1.GCs-p0.GCs, p1.Frames
	return so, nil
}

func (b *bench) memory(t *tab) (Memory, error) {
	var m Memory
	p, err := t.perfNow()
	if err != nil {
		return m, err
	}
	met, err := t.metrics()
	if err != nil {
		return m, err
	}
	wasm, err := t.wasmMemory()
	if err != nil {
		return m, err
	}
	m.GoHeapMB = p.HeapMB
	m.JSUsedMB, m.JSTotalMB = met["JSHeapUsedSize"]/1e6, met["JSHeapTotalSize"]/1e6
	m.WasmMB = wasm / 1e6
	return m, nil
}

// netName is a preset's short name, or its menu text.
func (b *bench) netName(o option) string {
	if i, err := strconv.Atoi(o.Value); err == nil && i < len(netNames) {
		return netNames[i]
	}
	return o.Text
}
