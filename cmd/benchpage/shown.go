package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"time"

	"github.com/chromedp/cdproto/tracing"
	"github.com/chromedp/chromedp"
)

// traceEvent is the part of a Chromium trace event (the JSON trace format) that shown
// and oncpu read. Ts and Dur are in microseconds of the browser's monotonic clock; Tts
// and Tdur of the thread's CPU clock, where Chromium records it (Linux does).
type traceEvent struct {
	Name string   `json:"name"`
	Ph   string   `json:"ph"`
	Ts   float64  `json:"ts"`
	Dur  float64  `json:"dur"`
	Tts  *float64 `json:"tts"`
	Tdur *float64 `json:"tdur"`
	Pid  int      `json:"pid"`
	Tid  int      `json:"tid"`
}

// Trace event names that shown reads. The page's performance marks appear in the trace
// under their own names (category blink.user_timing). The renderer's compositor takes
// the main thread's frame in ProxyImpl::Commit; viz's Display::DrawAndSwap draws a
// compositor frame and asks the GPU main thread to swap it in, which on SwiftShader
// rasters and composites it in SkiaOutputSurfaceImplOnGpu::SwapBuffers: its end is when
// the frame is on the screen. Where Chromium composites in software, viz draws and
// swaps on its own thread (SoftwareRenderer::SwapBuffers).
const (
	drawnMark   = "nnplay-first-frame"
	shownStep   = "first frame shown" // the phase table's step: shown's swap, ms from navigation
	commitEvent = "ProxyImpl::Commit"
	drawEvent   = "Display::DrawAndSwap"
	swapEvent   = "SkiaOutputSurfaceImplOnGpu::SwapBuffers"
	softSwap    = "SoftwareRenderer::SwapBuffers"
)

// traceCategories are the categories shown needs: few, so tracing costs little.
var traceCategories = []string{"blink.user_timing", "viz", "cc", "gpu"}

// fullCategories are added with -traces, for a look at the whole timeline (what the
// main thread, V8 and the GPU process did), at the cost of a slower load.
var fullCategories = []string{"devtools.timeline", "v8", "v8.execute", "blink", "loading",
	"toplevel", "disabled-by-default-devtools.timeline", "gpu.service", "benchmark"}

// span is one traced call: its start and end in microseconds.
type span struct{ start, end float64 }

// spans returns the calls named name, from complete events (ph X) or begin and end
// pairs (ph B, E) on one thread, in the order they start.
func spans(events []traceEvent, name string) []span {
	var out []span
	begun := map[[2]int]float64{}
	for _, e := range events {
		if e.Name != name {
			continue
		}
		switch e.Ph {
		case "X":
			out = append(out, span{e.Ts, e.Ts + e.Dur})
		case "B":
			begun[[2]int{e.Pid, e.Tid}] = e.Ts
		case "E":
			if b, ok := begun[[2]int{e.Pid, e.Tid}]; ok {
				out = append(out, span{b, e.Ts})
				delete(begun, [2]int{e.Pid, e.Tid})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// firstFrom is the first span that starts at or after t.
func firstFrom(s []span, t float64) (span, bool) {
	for _, x := range s {
		if x.start >= t {
			return x, true
		}
	}
	return span{}, false
}

// shown returns how many ms after the page's first-frame mark (Go's first Draw) the
// frame that Draw made was on the screen: the end of the first swap after the first
// draw after the renderer's first commit after the mark. That commit carries the main
// thread's frame, with the style and layout that run after Draw; a draw before it can
// only show an older frame. ok is false when the trace lacks one of the four.
func shown(events []traceEvent) (ms float64, ok bool) {
	mark := spans(events, drawnMark)
	for _, e := range events { // a mark is an instant (ph R or I)
		if e.Name == drawnMark && (e.Ph == "R" || e.Ph == "I") {
			mark = append(mark, span{e.Ts, e.Ts})
		}
	}
	sort.Slice(mark, func(i, j int) bool { return mark[i].start < mark[j].start })
	if len(mark) == 0 {
		return 0, false
	}
	at := mark[0].start
	c, ok := firstFrom(spans(events, commitEvent), at)
	if !ok {
		return 0, false
	}
	d, ok := firstFrom(spans(events, drawEvent), c.start)
	if !ok {
		return 0, false
	}
	swaps := append(spans(events, swapEvent), spans(events, softSwap)...)
	sort.Slice(swaps, func(i, j int) bool { return swaps[i].start < swaps[j].start })
	s, ok := firstFrom(swaps, d.start)
	if !ok {
		return 0, false
	}
	return (s.end - at) / 1000, true
}

// startTrace starts tracing traceCategories, and fullCategories when full; call it
// before the navigation.
func (t *tab) startTrace(full bool) error {
	cats := traceCategories
	if full {
		cats = append(append([]string(nil), cats...), fullCategories...)
	}
	return t.traceOn(cats)
}

// traceOn starts tracing cats, afresh.
func (t *tab) traceOn(cats []string) error {
	t.mu.Lock()
	t.trace = nil
	t.mu.Unlock()
	_, err := chromedp.Call(t.ctx, tracing.Start, tracing.StartParams{
		TransferMode: tracing.StartTransferModeReportEvents,
		TraceConfig:  &tracing.TraceConfig{IncludedCategories: cats},
	})
	if err != nil {
		return fmt.Errorf("Tracing.start: %w", err)
	}
	return nil
}

// settleJS waits until the page has drawn ten more animation frames and 300 ms have
// passed, so that the first frame has reached the screen before the trace ends.
const settleJS = `new Promise(ok => { let n = 0; const f = () => ++n < 10 ? ` +
	`requestAnimationFrame(f) : setTimeout(ok, 300); requestAnimationFrame(f) })`

// endTrace lets the first frame reach the screen, stops tracing and returns the events,
// and writes them all to file (the JSON trace format, for Perfetto) when it is not empty.
func (t *tab) endTrace(file string) ([]traceEvent, error) {
	if err := t.eval(settleJS, nil); err != nil {
		return nil, err
	}
	return t.traceOff(file)
}

// traceOff stops tracing and returns the events, and writes them all to file when it is
// not empty.
func (t *tab) traceOff(file string) ([]traceEvent, error) {
	t.mu.Lock()
	t.traced = make(chan struct{})
	done := t.traced
	t.mu.Unlock()
	if _, err := chromedp.Call(t.ctx, tracing.End, struct{}{}); err != nil {
		return nil, fmt.Errorf("Tracing.end: %w", err)
	}
	ctx, cancel := context.WithTimeout(t.ctx, 60*time.Second)
	defer cancel()
	select {
	case <-done:
	case <-ctx.Done():
		return nil, fmt.Errorf("the trace never completed: %w", ctx.Err())
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if file != "" {
		all := append([]byte(`{"traceEvents":[`), bytes.Join(t.trace, []byte(","))...)
		if err := os.WriteFile(file, append(all, "]}"...), 0o644); err != nil {
			return nil, err
		}
	}
	var out []traceEvent
	for _, raw := range t.trace {
		var e traceEvent
		if json.Unmarshal(raw, &e) == nil {
			out = append(out, e)
		}
	}
	return out, nil
}
