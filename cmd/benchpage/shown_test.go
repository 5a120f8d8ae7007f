package main

import "testing"

// TestShown reads synthetic traces shaped as Chromium 156's: the mark at 1 s, times
// in microseconds.
func TestShown(t *testing.T) {
	mark := traceEvent{Name: drawnMark, Ph: "R", Ts: 1_000_000}
	x := func(name string, ts, dur float64) traceEvent {
		return traceEvent{Name: name, Ph: "X", Ts: ts, Dur: dur, Pid: 2, Tid: 7}
	}
	commit := func(ts float64) traceEvent { return x(commitEvent, ts, 6_000) }
	draw := func(ts float64) traceEvent { return x(drawEvent, ts, 400) }
	swap := func(ts, dur float64) traceEvent { return x(swapEvent, ts, dur) }
	tests := []struct {
		name   string
		events []traceEvent
		want   float64 // ms after the mark; < 0: none
	}{
		{"swap after the draw after the commit", []traceEvent{mark, commit(1_300_000),
			draw(1_500_000), swap(1_510_000, 90_000)}, 600},
		{"a draw and swap before the commit show an older frame", []traceEvent{mark,
			draw(1_010_000), swap(1_011_000, 140_000), commit(1_300_000),
			draw(1_500_000), swap(1_510_000, 90_000), draw(1_610_000),
			swap(1_611_000, 40_000)}, 600},
		{"a swap still running at the commit shows an older frame", []traceEvent{mark,
			draw(1_250_000), swap(1_260_000, 140_000), commit(1_300_000),
			draw(1_500_000), swap(1_510_000, 90_000)}, 600},
		{"a commit before the mark carries an older frame", []traceEvent{commit(900_000),
			draw(910_000), swap(911_000, 1_000), mark, commit(1_050_000), draw(1_060_000),
			swap(1_061_000, 39_000)}, 100},
		{"begin and end events on two threads", []traceEvent{mark,
			{Name: commitEvent, Ph: "B", Ts: 1_020_000, Pid: 5, Tid: 1},
			{Name: swapEvent, Ph: "B", Ts: 1_022_000, Pid: 3, Tid: 1},
			{Name: commitEvent, Ph: "E", Ts: 1_021_000, Pid: 5, Tid: 1},
			{Name: drawEvent, Ph: "B", Ts: 1_030_000, Pid: 3, Tid: 2},
			{Name: drawEvent, Ph: "E", Ts: 1_031_000, Pid: 3, Tid: 2},
			{Name: swapEvent, Ph: "E", Ts: 1_029_000, Pid: 3, Tid: 1},
			{Name: swapEvent, Ph: "B", Ts: 1_032_000, Pid: 3, Tid: 1},
			{Name: swapEvent, Ph: "E", Ts: 1_070_000, Pid: 3, Tid: 1}}, 70},
		{"events out of order", []traceEvent{swap(1_510_000, 90_000), draw(1_500_000),
			commit(1_300_000), mark}, 600},
		{"the first of two marks", []traceEvent{mark, commit(1_300_000), draw(1_500_000),
			swap(1_510_000, 90_000), {Name: drawnMark, Ph: "R", Ts: 1_200_000}}, 600},
		{"software compositing: viz swaps on its own thread", []traceEvent{mark,
			commit(1_300_000), x("SoftwareRenderer::SwapBuffers", 1_400_000, 5_000),
			draw(1_500_000), x("SoftwareRenderer::SwapBuffers", 1_540_000, 20_000)}, 560},
		{"no mark", []traceEvent{commit(1_300_000), draw(1_500_000),
			swap(1_510_000, 1)}, -1},
		{"no commit after the mark", []traceEvent{commit(900_000), mark,
			draw(1_500_000), swap(1_510_000, 1)}, -1},
		{"no draw after the commit", []traceEvent{mark, draw(1_010_000),
			commit(1_300_000), swap(1_510_000, 1)}, -1},
		{"no swap after the draw", []traceEvent{mark, swap(1_010_000, 5_000),
			commit(1_300_000), draw(1_500_000)}, -1},
	}
	for _, tc := range tests {
		got, ok := shown(tc.events)
		if tc.want < 0 {
			if ok {
				t.Errorf("%s: shown = %v, want none", tc.name, got)
			}
			continue
		}
		if !ok || got != tc.want {
			t.Errorf("%s: shown = %v, %v, want %v ms", tc.name, got, ok, tc.want)
		}
	}
}
