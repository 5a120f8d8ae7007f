package main

import (
	"strings"
	"testing"
)

// TestFrameCPUs reads a synthetic trace shaped as Chromium 156's (µs): the watch's
// marks on the page's thread, two animation-frame callbacks a frame (ebiten's and the
// watch's), and one frame whose thread stood still off its core for 8 ms in script,
// another that blocked in a wait.
func TestFrameCPUs(t *testing.T) {
	const page, other = 7, 9
	x := func(name string, tid int, ts, dur, tts, tdur float64) traceEvent {
		return traceEvent{Name: name, Ph: "X", Ts: ts, Dur: dur, Tts: &tts, Tdur: &tdur,
			Pid: 2, Tid: tid}
	}
	mark := func(ts float64) traceEvent {
		return traceEvent{Name: readMark, Ph: "I", Ts: ts, Pid: 2, Tid: page}
	}
	events := []traceEvent{
		// The start's mark, in the watch's callback after ebiten's first.
		x(callbackEvent, page, 0, 3_000, 0, 3_000), mark(3_500),
		x(callbackEvent, page, 3_200, 400, 3_000, 400),
		// Frame 1: 12 ms of wall, 4 of CPU; 8 ms off in script before the flush.
		x(callbackEvent, page, 30_000, 12_000, 10_000, 4_000),
		x("FunctionCall", page, 30_010, 11_980, 10_005, 3_990),
		x("CommandBufferHelper::Flush", page, 41_000, 100, 13_000, 50),
		x(callbackEvent, page, 42_100, 300, 14_000, 300), mark(42_300),
		// Frame 2: 5 ms, all on the CPU, read at the next mark.
		x(callbackEvent, page, 60_000, 5_000, 20_000, 5_000), mark(65_100),
		// Frame 3: 14 ms, of which 9 blocked in a wait.
		x(callbackEvent, page, 90_000, 14_000, 30_000, 5_000),
		x("CommandBufferProxyImpl::WaitForGetOffsetInRange", page, 92_000, 9_000, 32_000, 0),
		mark(104_500),
		// Another thread's callback, longer, is no frame of the page's.
		x(callbackEvent, other, 60_000, 40_000, 0, 40_000),
	}
	costs := []FrameCost{{WorkMS: 11.5}, {WorkMS: 4.8}, {WorkMS: 13.6}, {WorkMS: 30}}
	over, wall, cpu, pid := frameCPUs(events, costs, 8)
	if wall != 31 || cpu != 14 {
		t.Errorf("callbacks: wall %v ms, cpu %v ms; want 31 and 14 (12+5+14, 4+5+5)", wall, cpu)
	}
	if pid != 2 {
		t.Errorf("the page's process id %d, want 2 (the marks')", pid)
	}
	if len(over) != 2 {
		t.Fatalf("%d frames over, want 2 (the fourth cost has no mark after it): %+v",
			len(over), over)
	}
	f := over[0]
	if f.WorkMS != 11.5 || f.WallMS != 12 || f.CPUMS != 4 || f.OffMS() != 8 || f.Waits != "" {
		t.Errorf("frame 1: %+v", f)
	}
	if f.GapMS < 7.9 || f.Gap != "script, before CommandBufferHelper::Flush" {
		t.Errorf("frame 1's longest stretch off the core: %.2f ms in %q", f.GapMS, f.Gap)
	}
	f = over[1]
	if f.WallMS != 14 || f.CPUMS != 5 || f.GapMS != 9 ||
		f.Gap != "CommandBufferProxyImpl::WaitForGetOffsetInRange" ||
		f.Waits != "CommandBufferProxyImpl::WaitForGetOffsetInRange 9.0" {
		t.Errorf("frame 3: %+v", f)
	}
	// A trace without the marks finds nothing.
	if over, wall, _, pid := frameCPUs(events[:1], costs, 8); len(over) != 0 || wall != 0 ||
		pid != 0 {
		t.Errorf("no marks, yet %v frames and %v ms, process %d", over, wall, pid)
	}
}

// TestSlowFramesTable: the traced frames over print, each on its line under its run, and
// the counts carry the untraced window's counts beside the traced one's, its share on the
// CPU and the scheduler's counts per second.
func TestSlowFramesTable(t *testing.T) {
	r := sample()
	r.Play[0].Slow = Slow{Target: 8, Read: 80, Over: 3, GC: 1}
	r.Play[0].Traced = Slow{Target: 8, Read: 40, Over: 1, WallMS: 200, CPUMS: 110,
		Frames: []FrameCPU{{WorkMS: 12.5, WallMS: 13.1, CPUMS: 4.2, GapMS: 8.1,
			Gap: "script, before CommandBufferHelper::Flush"}},
		Sched: &sched{Seconds: 2, DelayMS: 400, Involuntary: 300, Voluntary: 100,
			OthersMS: 100, StealMS: 2}}
	for i := range r.Play {
		r.Play[i].Seconds, r.Play[i].CPU = 1, map[string]float64{"gpu": 1}
	}
	r.Play[0].Sched = &sched{Seconds: 3, DelayMS: 600, Involuntary: 300, Voluntary: 150,
		OthersMS: -10}
	var b strings.Builder
	r.Write(&b)
	out := b.String()
	rows := map[string]bool{}
	for _, l := range strings.Split(out, "\n") {
		rows[strings.Join(strings.Fields(l), " ")] = true
	}
	for _, want := range []string{
		"A epoch 3/80 1 0 0 1/40 55% 200 150 50 0.05 1",
		"A epoch 12.5 13.1 4.2 8.9 8.1 script, before CommandBufferHelper::Flush -",
		"A epoch 200 100 50 0.00 0", // untraced
		"B epoch - - - -",           // not counted
	} {
		if !rows[want] {
			t.Errorf("no line %q in:\n%s", want, out)
		}
	}
}
