package main

import (
	"fmt"
	"io"
	"strings"
)

// FrameCost is what one painted frame's work went to, in ms, as the page's "perf"
// reports its costliest frame since the last call ("worst", play.FrameCost): the
// Updates since the frame before it and its Draw.
type FrameCost struct {
	WorkMS  float64 `json:"work_ms"`
	Updates int     `json:"updates"`
	TrainMS float64 `json:"train_ms"` // training, the sweep's share included
	SweepMS float64 `json:"sweep_ms"` // the heatmaps' sweep spread over frames
	ViewMS  float64 `json:"view_ms"`
	PicsMS  float64 `json:"pics_ms"` // the units' pictures painted and uploaded
	PanelMS float64 `json:"panel_ms"`
	SceneMS float64 `json:"scene_ms"`
	DrawMS  float64 `json:"draw_ms"`
	GCs     int     `json:"gcs"` // garbage collections that ended in the frame's work
	AllocKB float64 `json:"alloc_kb"`
}

// OtherMS is the work that none of the parts names: the intents, the panel's
// controls, the test API's own call.
func (f FrameCost) OtherMS() float64 {
	return f.WorkMS - f.TrainMS - f.ViewMS - f.PicsMS - f.PanelMS - f.SceneMS - f.DrawMS
}

// targets are issue 12's most work a frame may take, ms, for each network at 1280x800.
var targets = map[string]float64{"Net A": 8, "Net B": 12, "deep sigmoid stack": 16}

// Slow is what the frames read one by one show about a run's slow frames: how many
// went over the network's target and what those did, and the costliest frame.
type Slow struct {
	Target     float64
	Read, Over int
	// Of the frames over: those in which a garbage collection ended, those that made
	// the pictures, and those that swept the heatmaps.
	GC, Pics, Sweep int
	Costliest       FrameCost
	// What a DevTools trace of the frames read shows (oncpu.go), when they were traced:
	// each frame over the target; the wall and CPU ms of the animation-frame callbacks
	// of every frame read; and what the scheduler counted of the page's thread over the
	// frames read.
	Frames        []FrameCPU
	WallMS, CPUMS float64
	Sched         *sched
}

// slowFrames sums up the frames read, of network net.
func slowFrames(costs []FrameCost, net string) Slow {
	s := Slow{Target: targets[net], Read: len(costs)}
	for _, c := range costs {
		if c.WorkMS > s.Costliest.WorkMS {
			s.Costliest = c
		}
		if s.Target == 0 || c.WorkMS <= s.Target {
			continue
		}
		s.Over++
		if c.GCs > 0 {
			s.GC++
		}
		if c.PicsMS > 0 {
			s.Pics++
		}
		if c.SweepMS > 0 {
			s.Sweep++
		}
	}
	return s
}

// counts are the row's columns in the table of slow frames: the frames s read untraced,
// then those tr read traced.
func (s Slow) counts(tr Slow) []string {
	row := []string{fmt.Sprintf("%d/%d", s.Over, s.Read), fmt.Sprint(s.GC), fmt.Sprint(s.Pics),
		fmt.Sprint(s.Sweep), fmt.Sprintf("%d/%d", tr.Over, tr.Read), "-"}
	if tr.WallMS > 0 {
		row[5] = fmt.Sprintf("%.0f%%", 100*tr.CPUMS/tr.WallMS)
	}
	return append(row, tr.Sched.perSecond()...)
}

// over are the rows of the table of frames over the target, one a frame.
func (s Slow) over() [][]string {
	var rows [][]string
	f := func(v float64) string { return fmt.Sprintf("%.1f", v) }
	for _, c := range s.Frames {
		waits := c.Waits
		if waits == "" {
			waits = "-"
		}
		rows = append(rows, []string{f(c.WorkMS), f(c.WallMS), f(c.CPUMS), f(c.OffMS()),
			f(c.GapMS), c.Gap, waits})
	}
	return rows
}

// parts are the row's columns in the table of the costliest frames.
func (s Slow) parts() []string {
	c := s.Costliest
	f := func(v float64) string { return fmt.Sprintf("%.1f", v) }
	return []string{f(c.WorkMS), fmt.Sprint(c.Updates), f(c.TrainMS - c.SweepMS),
		f(c.SweepMS), f(c.ViewMS), f(c.PicsMS), f(c.PanelMS), f(c.SceneMS), f(c.DrawMS),
		f(c.OtherMS()), fmt.Sprint(c.GCs), fmt.Sprintf("%.0f", c.AllocKB)}
}

// runName is a short name for a run in the tables of slow frames: the network's
// letter and the speed's first word, or the Step phase.
func runName(net, run string) string {
	short := map[string]string{"Net A": "A", "Net B": "B", "deep sigmoid stack": "deep"}
	if n, ok := short[net]; ok {
		net = n
	}
	if f := strings.Fields(run); len(f) > 1 && f[0] == "1" {
		run = f[1] // "1 epoch per frame"
	} else if strings.HasPrefix(run, "as fast") {
		run = "fastest"
	}
	return net + " " + run
}

// writeSlow prints what the frames over the target did, run by run.
func (r *Result) writeSlow(w io.Writer) {
	if len(r.Play)+len(r.Steps) == 0 {
		return
	}
	fmt.Fprintf(w, "\nSlow frames: of the frames read one by one (max ms above, untraced), how "+
		"many went over\nthe network's target (Net A 8 ms, Net B 12, deep 16), and of those, "+
		"how many had a garbage\ncollection end in them (GC), made the pictures, swept the "+
		"heatmaps. Then a traced window: each\nspeed's frames read for %v more, and each "+
		"Step phase again in the next training step,\nunder a DevTools trace "+
		"(cmd/benchpage/oncpu.go; tracing takes CPU, so these frames are\nnot the untraced "+
		"ones above): traced, as over; on CPU, the share of their\nanimation-frame "+
		"callbacks' wall time in which the page's thread ran. Over the traced\nframes, Linux "+
		"counted (/proc), per second: run queue, the ms the page's thread waited,\n"+
		"runnable, for a core; preempted, the times it lost its core while runnable; "+
		"blocked, the\ntimes it gave it up to wait; others: the cores used outside this "+
		"Chromium (other work on\nthe machine), and the ms per core the machine's host "+
		"took (steal).\n", r.TraceWindow)
	type run struct {
		name         string
		slow, traced Slow
	}
	var runs []run
	for _, p := range r.Play {
		runs = append(runs, run{runName(p.Net, p.Speed), p.Slow, p.Traced})
	}
	for _, s := range r.Steps {
		runs = append(runs, run{runName(s.Net, "Step "+s.Phase), s.Slow, s.Traced})
	}
	counts := &table{left: 1}
	counts.head = [][]string{{"run", "over", "GC", "pics", "sweep", "traced", "on CPU",
		"run queue", "preempted", "blocked", "others"}}
	frames := &table{left: 1}
	frames.head = [][]string{{"run", "work", "wall", "cpu", "off", "longest", "where", "waits"}}
	parts := &table{left: 1}
	parts.head = [][]string{{"run", "work", "upd", "train", "sweep", "view", "pics", "panel",
		"scene", "draw", "other", "GCs", "KB"}}
	for _, r := range runs {
		counts.add(append([]string{r.name}, r.slow.counts(r.traced)...)...)
		parts.add(append([]string{r.name}, r.slow.parts()...)...)
		for _, f := range r.traced.over() {
			frames.add(append([]string{r.name}, f...)...)
		}
	}
	counts.write(w)
	fmt.Fprintln(w, "\nThe costliest frame of each run (untraced), ms: its work, its Updates, "+
		"training (the\nsweep apart), the heatmaps' sweep, the view, the pictures painted and "+
		"uploaded, the panel,\nthe scene, the Draw and the rest; the collections that "+
		"ended in it and the KB it allocated.")
	parts.write(w)
	if len(frames.rows) == 0 {
		return
	}
	fmt.Fprintln(w, "\nEach frame over the target in the traced window, ms, as the trace "+
		"shows it: the page's\nwork (wall time); the animation-frame callback that ran it: "+
		"its wall time, the CPU time\nof the page's thread in it, and the difference, off: "+
		"the time the thread was off its core,\npreempted or blocked; the longest stretch "+
		"off the core and where it fell (script: the\npage's wasm and JS, between traced "+
		"calls; else the traced call it fell in); and the\nblocking calls in the callback "+
		"(a wait on the GPU process or the compositor, a V8 GC).")
	frames.write(w)
}
