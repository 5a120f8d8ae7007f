package main

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"
)

// Whether a slow frame worked or waited. The page measures its work per frame on the wall
// clock; on two cores shared with the GPU process the page's thread may be off its core
// for part of that time: preempted (runnable, waiting for a core) or blocked (a sync call
// to the GPU process, a lock). A DevTools trace of the frames read one by one tells them
// apart: Chromium stamps each event with the thread's CPU clock (tts, tdur) beside the
// wall clock (ts, dur), so a stretch of wall time in which the CPU clock stood still is
// time off the core, and the events open around it say where the thread was.

// frameCategories are what a trace of the frames read one by one records: the tasks
// (toplevel), the animation-frame callbacks (devtools.timeline), the command buffer's
// flushes and waits (gpu), V8's collections (v8) and the watch's marks.
var frameCategories = []string{"toplevel", "devtools.timeline", "gpu", "v8", "blink.user_timing"}

// readMark is the performance mark watch.js sets at its start and at each cost it keeps.
const readMark = "benchpage-read"

// callbackEvent is the trace event of one requestAnimationFrame callback: ebiten's runs
// the page's Updates and Draw.
const callbackEvent = "FireAnimationFrame"

// FrameCPU is what the trace shows of one frame over its target, in ms: its work as the
// page measured it (WorkMS, wall time), and the animation-frame callback that made it
// (the longest among the frames the cost was read over): its wall time, the main
// thread's CPU time in it, and the longest stretch of it off the core, with where it fell
// (Gap). Waits lists the blocking calls inside it of 0.5 ms or more (waits on the GPU
// process or the compositor, V8's collections).
type FrameCPU struct {
	WorkMS, WallMS, CPUMS, GapMS float64
	Gap, Waits                   string
}

// OffMS is the callback's time off the core.
func (f FrameCPU) OffMS() float64 { return f.WallMS - f.CPUMS }

// waitNames are the trace events, or parts of their names, inside which the thread
// blocks rather than works: the command buffer waiting for the GPU process, the commit
// waiting for the compositor, a sync IPC, V8's collections.
var waitNames = []string{"Wait", "SyncChannel", "Sync call", "GC", "Finish"}

func isWait(name string) bool {
	for _, w := range waitNames {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// cpuEvent is a complete event on the page's thread with its CPU times, in µs.
type cpuEvent struct {
	name                   string
	start, end, cpu0, cpu1 float64
}

// frameCPUs finds, for each cost read (costs[i] was read between the i-th and the
// i+1-th readMark), the longest animation-frame callback it was read over, and returns
// the callbacks of the costs over target, the wall and CPU ms of all the callbacks
// found, and the page's process id, as the trace names it. It finds none, and pid 0, in
// a trace without the marks.
func frameCPUs(events []traceEvent, costs []FrameCost, target float64) (
	over []FrameCPU, wall, cpu float64, pid int) {
	var marks []float64
	var tid int
	for _, e := range events {
		if e.Name == readMark && len(marks) == 0 {
			pid, tid = e.Pid, e.Tid
		}
		if e.Name == readMark && e.Pid == pid && e.Tid == tid {
			marks = append(marks, e.Ts)
		}
	}
	sort.Float64s(marks)
	var all, callbacks []cpuEvent
	for _, e := range events {
		if e.Pid != pid || e.Tid != tid || e.Ph != "X" || e.Tts == nil || e.Tdur == nil {
			continue
		}
		c := cpuEvent{e.Name, e.Ts, e.Ts + e.Dur, *e.Tts, *e.Tts + *e.Tdur}
		all = append(all, c)
		if e.Name == callbackEvent {
			callbacks = append(callbacks, c)
		}
	}
	sort.Slice(callbacks, func(i, j int) bool { return callbacks[i].start < callbacks[j].start })
	// from is where the frames read at mark t begin: the start of the callback around it.
	from := func(t float64) float64 {
		for _, c := range callbacks {
			if c.start <= t && t <= c.end {
				return c.start
			}
		}
		return t
	}
	for i, cost := range costs {
		if i+1 >= len(marks) {
			break
		}
		lo, hi := from(marks[i]), from(marks[i+1])
		var cb *cpuEvent
		for j := range callbacks {
			c := &callbacks[j]
			if c.start >= lo && c.start < hi && (cb == nil || c.end-c.start > cb.end-cb.start) {
				cb = c
			}
		}
		if cb == nil {
			continue
		}
		wall += (cb.end - cb.start) / 1000
		cpu += (cb.cpu1 - cb.cpu0) / 1000
		if target > 0 && cost.WorkMS > target {
			f := inside(all, *cb)
			f.WorkMS = cost.WorkMS
			over = append(over, f)
		}
	}
	return over, wall, cpu, pid
}

// inside reads one callback: its times, its longest stretch off the core and the waits
// in it, from the events of its thread.
func inside(all []cpuEvent, cb cpuEvent) FrameCPU {
	f := FrameCPU{WallMS: (cb.end - cb.start) / 1000, CPUMS: (cb.cpu1 - cb.cpu0) / 1000}
	type point struct {
		wall, cpu float64
		begin     bool
		e         *cpuEvent
	}
	var points []point
	var waits []string
	for i := range all {
		e := &all[i]
		if e.start < cb.start || e.end > cb.end {
			continue
		}
		points = append(points, point{e.start, e.cpu0, true, e}, point{e.end, e.cpu1, false, e})
		if isWait(e.name) && e.end-e.start >= 500 {
			waits = append(waits, fmt.Sprintf("%s %.1f", e.name, (e.end-e.start)/1000))
		}
	}
	// Ends before begins at one time, and an outer event's begin before an inner one's.
	sort.SliceStable(points, func(i, j int) bool {
		a, b := points[i], points[j]
		if a.wall != b.wall {
			return a.wall < b.wall
		}
		return !a.begin && b.begin
	})
	var open []*cpuEvent
	for i := 0; i+1 < len(points); i++ {
		p, q := points[i], points[i+1]
		if p.begin {
			open = append(open, p.e)
		} else {
			for k := len(open) - 1; k >= 0; k-- {
				if open[k] == p.e {
					open = append(open[:k], open[k+1:]...)
					break
				}
			}
		}
		gap := ((q.wall - p.wall) - (q.cpu - p.cpu)) / 1000
		if gap <= f.GapMS || len(open) == 0 {
			continue
		}
		f.GapMS = gap
		in := open[len(open)-1].name
		switch in {
		case callbackEvent, "FunctionCall", "v8.callFunction":
			in = "script"
		}
		if q.begin {
			in += ", before " + q.e.name
		} else if q.e.name != open[len(open)-1].name {
			in += ", before the end of " + q.e.name
		}
		f.Gap = in
	}
	f.Waits = strings.Join(waits, "; ")
	return f
}

// traceFrames starts a trace of the frames to be read, and returns what the scheduler
// counted so far.
func (t *tab) traceFrames() (schedSnap, error) {
	s0 := schedTimes(t.tmp)
	return s0, t.traceOn(frameCategories)
}

// readFrames ends the trace traceFrames began, writing it to file unless that is empty,
// and adds to s what it shows of the frames read, whose costs are costs, and what the
// scheduler counted of the page's thread since s0. It returns the page's process id, as
// the trace names it (0 when it does not).
func (t *tab) readFrames(s *Slow, costs []FrameCost, s0 schedSnap, file string) (int, error) {
	s1 := schedTimes(t.tmp)
	events, err := t.traceOff(file)
	if err != nil {
		return 0, err
	}
	var pid int
	s.Frames, s.WallMS, s.CPUMS, pid = frameCPUs(events, costs, s.Target)
	if d, ok := s1.since(s0, pid); ok {
		s.Sched = &d
	}
	return pid, nil
}

// traceFile is where a run's trace of its frames goes with -traces; "" without.
func (b *bench) traceFile(net, run string) string {
	if b.cfg.Traces == "" {
		return ""
	}
	name := strings.ReplaceAll(runName(net, run), " ", "-")
	return filepath.Join(b.cfg.Traces, fmt.Sprintf("frames-%s.json", name))
}
