package main

import (
	"fmt"
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

// counts are the row's columns in the table of slow frames.
func (s Slow) counts() []string {
	return []string{fmt.Sprintf("%d/%d", s.Over, s.Read), fmt.Sprint(s.GC), fmt.Sprint(s.Pics),
		fmt.Sprint(s.Sweep)}
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
