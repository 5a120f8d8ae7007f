package main

import (
	"fmt"
	"io"
	"net/url"
	"path"
	"sort"
	"strings"
	"time"

	"nnplay/cmd/internal/digits"
)

// netNames are the short names of the first three presets, as the issue and the
// reference name them.
var netNames = []string{"Net A", "Net B", "deep sigmoid stack"}

// Result is everything one run measured.
type Result struct {
	When       time.Time
	Browser    string
	Width      int
	Height     int
	Cores      int
	LoadBefore string // load averages (1, 5, 15 min) at the start and the end
	LoadAfter  string
	Root       string
	Build      []string // what was measured: sizes, build time, commit
	Loads      int
	// GPUComposite: Chromium composited the page on SwiftShader, not in software.
	GPUComposite bool

	HTTPFiles, DiskFiles []transfer // of the first load over http and from file://
	FirstHTTP, FirstDisk []float64  // first frame of each load as Go drew it, ms
	ShownHTTP, ShownDisk []float64  // that frame on the screen (shown's swap), ms
	// PhasesHTTP and PhasesDisk are, for each load, the ms from navigation to the end
	// of each step towards the first frame (phasesJS).
	PhasesHTTP, PhasesDisk []map[string]float64
	Floors                 []FloorRow // the floor's pages (floor.go)

	Warm, Window time.Duration
	MaxWindow    time.Duration
	TraceWindow  time.Duration
	Play         []PlayRow
	Steps        []StepRow
	Soak         *Soak
	Problems     []string // what the page reported as errors
}

// PlayRow is one network playing at one speed.
type PlayRow struct {
	Net, Speed string
	Fastest    bool // Speed is the page's fastest, the last of its speed menu
	Seconds    float64
	Frames     int
	FPS, EPS   float64
	WorkMS     float64 // Update + Draw per painted frame
	WorkMaxMS  float64 // the most Update + Draw of one frame
	// LongestFrameMS is the longest gap between two animation frames.
	LongestFrameMS float64
	// Busy is the share of the time the page's main thread ran tasks.
	Busy float64
	Slow Slow // the frames read one by one, in the MaxWindow, untraced
	// Traced is the frames read one by one in a further TraceWindow, under a DevTools
	// trace: what the slow frames did.
	Traced Slow
	// Sched is what Linux counted of the page's thread over Seconds, untraced.
	Sched *sched
	// CPU is the CPU-seconds each group of Chromium's threads took (cpuParts); GCsPerS
	// Go's collections on the page per second, and what it allocated per painted frame,
	// over the same Seconds.
	CPU                                  map[string]float64
	GCsPerS, MallocsPerFrame, KBPerFrame float64
}

// StepRow is one phase of Step.
type StepRow struct {
	Net, Phase string
	MS         float64 // from the press to the phase's last frame
	Frames     int
	WorkMS     float64
	WorkMaxMS  float64
	Slow       Slow // untraced
	// Traced is the same phase of the next training step, under a DevTools trace.
	Traced Slow
}

// Soak is the long training run and the memory before and after it.
type Soak struct {
	Net, Speed    string
	Seconds       float64
	FPS, EPS      float64
	Epochs        float64
	Before, After Memory
	// Fresh is the memory of the page as it opened, before any Play.
	Fresh Memory
	// Mallocs and GCs count the page's Go allocations and garbage collections during
	// the run; Frames its painted frames.
	Mallocs, GCs, Frames int
}

// Memory is what the page holds, in MB (10^6 bytes).
type Memory struct {
	GoHeapMB  float64 // Go's heap in use (runtime.MemStats.HeapAlloc), from "perf"
	JSUsedMB  float64 // V8's heap, used and allocated (CDP Performance metrics)
	JSTotalMB float64
	WasmMB    float64 // the page's WebAssembly memory: Go's heap, stacks and data
}

// Write prints the tables.
func (r *Result) Write(w io.Writer) {
	fmt.Fprintf(w, "nnplay page benchmark, %s\n", r.When.UTC().Format("2006-01-02 15:04 UTC"))
	composite := "Chromium composites in software, as where no GPU is usable"
	if r.GPUComposite {
		composite = "Chromium composites on SwiftShader too (-gpu-compositing)"
	}
	fmt.Fprintf(w, "%s, headless, viewport %dx%d, WebGL on SwiftShader: software,\n"+
		"so frame rates are a floor; %s\n", r.Browser, r.Width, r.Height, composite)
	fmt.Fprintf(w, "Machine: %d cores, shared with other work; load average (1, 5, 15 min)\n"+
		"%s at the start, %s at the end\n", r.Cores, r.LoadBefore, r.LoadAfter)
	fmt.Fprintf(w, "Page: %s\n", r.Root)
	label := "Build: "
	for _, l := range r.Build {
		fmt.Fprintf(w, "%s%s\n", label, l)
		label = "       "
	}

	if len(r.HTTPFiles)+len(r.DiskFiles)+len(r.FirstHTTP)+len(r.FirstDisk) > 0 {
		r.writeLoads(w)
	}
	r.writePlay(w)
}

// writeLoads writes the bytes on the wire and the first frame.
func (r *Result) writeLoads(w io.Writer) {
	fmt.Fprintf(w, "\nBytes on the wire: the first of the fresh loads (empty cache) over http "+
		"from cmd/serve's handler,\nas make run serves it, in the encoding Chromium got "+
		"each file in (Chromium's encodedDataLength,\nresponse headers included); from "+
		"file://, the bytes Chromium read.\n")
	files := &table{left: 2}
	files.head = [][]string{{"file", "encoding", "http", "file://"}}
	var totalHTTP, totalDisk float64
	for _, f := range mergeFiles(r.HTTPFiles, r.DiskFiles) {
		files.add(f.name, f.encoding, bytesOrDash(f.http, f.inHTTP), bytesOrDash(f.disk, f.inDisk))
		totalHTTP += f.http
		totalDisk += f.disk
	}
	files.rule()
	files.add("total", "", bytesOrDash(totalHTTP, len(r.HTTPFiles) > 0),
		bytesOrDash(totalDisk, len(r.DiskFiles) > 0))
	files.write(w)

	fmt.Fprintf(w, "\nFirst frame: ms from navigation; shown: the frame on the screen (the "+
		"end of the GPU's swap\nafter Go's first Draw, from a DevTools trace: cmd/benchpage/"+
		"shown.go); drawn: when Go's first\nDraw ran (the page's first_frame_ms). %d fresh "+
		"loads each way, each in a new Chromium\nwith an empty profile, http and file:// "+
		"taking turns.\n", r.Loads)
	ff := &table{left: 1}
	ff.head = [][]string{{"", "median", "min", "max", "each load"}}
	for _, c := range []struct {
		name string
		ms   []float64
	}{{"shown http", r.ShownHTTP}, {"shown file://", r.ShownDisk},
		{"drawn http", r.FirstHTTP}, {"drawn file://", r.FirstDisk}} {
		if len(c.ms) == 0 {
			continue
		}
		s := sorted(c.ms)
		var each []string
		for _, v := range c.ms {
			each = append(each, fmt.Sprintf("%.0f", v))
		}
		ff.add(c.name, fmt.Sprintf("%.0f", median(c.ms)), fmt.Sprintf("%.0f", s[0]),
			fmt.Sprintf("%.0f", s[len(s)-1]), strings.Join(each, " "))
	}
	ff.write(w)
	writePhases(w, r.PhasesHTTP, r.PhasesDisk)
	r.writeFloors(w)
}

// writePlay writes Play, Step and the memory, as far as they were measured.
func (r *Result) writePlay(w io.Writer) {
	if len(r.Play) > 0 {
		fmt.Fprintf(w, "\nPlay: each network fresh at each speed; %v of warm-up, then %v "+
			"measured. work ms: the page's own\nUpdate + Draw per painted frame (perf's "+
			"work_ms_per_frame over the %v, undisturbed); max ms: the\nmost one frame "+
			"took in %v more, read every animation frame (each read adds a few tenths of\n"+
			"a ms; a busy machine's swings can put it under the average of the other "+
			"window); longest\nframe: the longest gap between two animation frames; busy: "+
			"the main thread's share of the\ntime in tasks (Chromium's TaskDuration), "+
			"training between frames included.\n", r.Warm, r.Window, r.Window, r.MaxWindow)
		pt := &table{left: 2}
		pt.head = [][]string{
			{"network", "speed", "frames/s", "epochs/s", "work ms", "max ms",
				"longest frame ms", "busy"},
		}
		for i, p := range r.Play {
			if i > 0 && p.Net != r.Play[i-1].Net {
				pt.gap()
			}
			pt.add(p.Net, p.Speed, fmt.Sprintf("%.1f", p.FPS), rate(p.EPS), ms(p.WorkMS),
				ms(p.WorkMaxMS), fmt.Sprintf("%.0f", p.LongestFrameMS),
				fmt.Sprintf("%.0f%%", 100*p.Busy))
		}
		pt.write(w)
		fmt.Fprintln(w, "\nFrames/s at the fastest speed against \"1 epoch per frame\" (the "+
			"last two speeds):")
		for i, p := range r.Play {
			if !p.Fastest || i == 0 || r.Play[i-1].Net != p.Net || r.Play[i-1].FPS == 0 {
				continue
			}
			fmt.Fprintf(w, "  %-20s %3.0f%%\n", p.Net, 100*p.FPS/r.Play[i-1].FPS)
		}
		r.writeCPU(w)
	}

	if len(r.Steps) > 0 {
		fmt.Fprintln(w, "\nStep: each phase from the press of Step to its last frame; work "+
			"read every animation frame,\nas max ms above.")
		st := &table{left: 2}
		st.head = [][]string{{"network", "phase", "ms", "frames", "work ms", "max ms"}}
		for i, s := range r.Steps {
			if i > 0 && s.Net != r.Steps[i-1].Net {
				st.gap()
			}
			st.add(s.Net, s.Phase, fmt.Sprintf("%.0f", s.MS), fmt.Sprint(s.Frames),
				ms(s.WorkMS), ms(s.WorkMaxMS))
		}
		st.write(w)
	}

	r.writeSlow(w)

	if so := r.Soak; so != nil {
		fmt.Fprintf(w, "\nMemory after %.0f s of training %s at \"%s\", in MB (once: %.0f "+
			"epochs,\n%.1f frames/s, %s epochs/s):\n", so.Seconds, so.Net, so.Speed, so.Epochs,
			so.FPS, rate(so.EPS))
		mt := &table{left: 1}
		mt.head = [][]string{{"", "fresh page", "before", "after"}}
		for _, m := range []struct {
			name    string
			f, b, a float64
		}{
			{"Go heap in use (perf's heap_mb)", so.Fresh.GoHeapMB, so.Before.GoHeapMB,
				so.After.GoHeapMB},
			{"JS heap used (JSHeapUsedSize)", so.Fresh.JSUsedMB, so.Before.JSUsedMB,
				so.After.JSUsedMB},
			{"JS heap allocated (JSHeapTotalSize)", so.Fresh.JSTotalMB, so.Before.JSTotalMB,
				so.After.JSTotalMB},
			{"wasm memory (Go's heap, stacks, data)", so.Fresh.WasmMB, so.Before.WasmMB,
				so.After.WasmMB},
		} {
			mt.add(m.name, fmt.Sprintf("%.1f", m.f), fmt.Sprintf("%.1f", m.b),
				fmt.Sprintf("%.1f", m.a))
		}
		mt.write(w)
		fmt.Fprintf(w, "  (the page's Go allocations over the run: %d, %.0f a frame; %d "+
			"garbage collections)\n", so.Mallocs, float64(so.Mallocs)/float64(max(so.Frames, 1)),
			so.GCs)
	}

	if len(r.Problems) > 0 {
		fmt.Fprintln(w, "\nThe page reported errors:")
		for _, p := range r.Problems {
			fmt.Fprintf(w, "  %s\n", p)
		}
	}
}

// fileRow is one file of the page: what crossed the network and what came from disk.
type fileRow struct {
	name, encoding string
	http, disk     float64
	inHTTP, inDisk bool // loaded that way
}

// mergeFiles lines up the files of an http load and a file:// load by their name
// under the project folder.
func mergeFiles(http, disk []transfer) []fileRow {
	var rows []fileRow
	index := map[string]int{}
	add := func(t transfer, fromDisk bool) {
		name := fileName(t.URL)
		i, ok := index[name]
		if !ok {
			i = len(rows)
			index[name] = i
			rows = append(rows, fileRow{name: name})
		}
		if fromDisk {
			rows[i].disk += t.Bytes
			rows[i].inDisk = true
		} else {
			rows[i].http += t.Bytes
			rows[i].inHTTP = true
			if t.Encoding != "" {
				rows[i].encoding = t.Encoding
			}
		}
	}
	for _, t := range http {
		add(t, false)
	}
	for _, t := range disk {
		add(t, true)
	}
	return rows
}

// fileName is the path of a page's file under the project folder: "web/boot.js" for
// http://127.0.0.1:1234/web/boot.js and for file:///.../web/boot.js; "index.html" for
// the page itself, at "/" too.
func fileName(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Path == "" {
		return raw
	}
	if strings.HasSuffix(u.Path, "/") {
		return "index.html"
	}
	if dir, file := path.Split(u.Path); path.Base(dir) == "web" {
		return "web/" + file
	}
	return path.Base(u.Path)
}

func median(v []float64) float64 {
	s := sorted(v)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func sorted(v []float64) []float64 {
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	return s
}

func bytesOrDash(b float64, ok bool) string {
	if !ok {
		return "-"
	}
	return digits.Grouped(int64(b + 0.5))
}

func ms(v float64) string {
	if v == 0 {
		return "-"
	}
	return fmt.Sprintf("%.2f", v)
}

// rate prints epochs per second with the digits that matter.
func rate(v float64) string {
	switch {
	case v >= 100:
		return fmt.Sprintf("%.0f", v)
	case v >= 1:
		return fmt.Sprintf("%.1f", v)
	}
	return fmt.Sprintf("%.3f", v)
}

// table lays out text in columns: the first left columns aligned left, the others
// right; a nil row is a rule, an empty row a gap.
type table struct {
	left int
	head [][]string
	rows [][]string
}

func (t *table) add(cells ...string) { t.rows = append(t.rows, cells) }
func (t *table) rule()               { t.rows = append(t.rows, nil) }
func (t *table) gap()                { t.rows = append(t.rows, []string{}) }

func (t *table) write(w io.Writer) {
	var width []int
	for _, row := range append(append([][]string(nil), t.head...), t.rows...) {
		for i, c := range row {
			if i >= len(width) {
				width = append(width, 0)
			}
			width[i] = max(width[i], len([]rune(c)))
		}
	}
	total := 0
	for _, n := range width {
		total += n + 2
	}
	line := func(row []string) {
		var b strings.Builder
		b.WriteString(" ")
		for i, c := range row {
			pad := strings.Repeat(" ", width[i]-len([]rune(c)))
			b.WriteString(" ")
			if i < t.left {
				b.WriteString(c + pad)
			} else {
				b.WriteString(pad + c)
			}
			b.WriteString(" ")
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
	for _, h := range t.head {
		line(h)
	}
	fmt.Fprintf(w, "  %s\n", strings.Repeat("-", total-1))
	for _, row := range t.rows {
		switch {
		case row == nil:
			fmt.Fprintf(w, "  %s\n", strings.Repeat("-", total-1))
		case len(row) == 0:
			fmt.Fprintln(w)
		default:
			line(row)
		}
	}
}
