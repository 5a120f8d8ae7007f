package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"nnplay/cmd/internal/digits"
	"nnplay/cmd/serve/site"
)

// config is what a run measures and for how long.
type config struct {
	Root          string
	Out           string
	Loads         int
	FirstOnly     bool   // only the bytes on the wire and the first frame
	Floor         bool   // the floor's pages too (floor.go)
	Traces        string // a folder for each fresh load's whole trace; empty for none
	PlayOnly      bool   // only Play at "1 epoch per frame" and the fastest speed
	Warm, Window  time.Duration
	MaxWindow     time.Duration
	TraceWindow   time.Duration
	Sample        time.Duration
	Soak          time.Duration
	Width, Height int
	// GPUComposite composites the page on SwiftShader as well (--use-angle=swiftshader
	// alone), not in software.
	GPUComposite bool
}

type bench struct {
	cfg      config
	begun    time.Time
	chrome   string
	httpURL  string
	fileURL  string
	progress io.Writer
	// floorHTTP and floorFile are the floor page's addresses (floor.go).
	floorHTTP, floorFile string
}

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("benchpage", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var c config
	fs.StringVar(&c.Root, "root", ".", "the project folder: index.html and the build in web/")
	fs.StringVar(&c.Out, "out", "test-artifacts/bench-page.txt",
		"a file that gets the table too; empty for none")
	fs.IntVar(&c.Loads, "loads", 5, "fresh loads over http and from file:// for the first frame")
	fs.BoolVar(&c.FirstOnly, "first", false,
		"measure only the bytes on the wire and the first frame")
	fs.BoolVar(&c.Floor, "floor", true,
		"load the floor's pages too, taking turns with the playground's loads")
	fs.StringVar(&c.Traces, "traces", "", "a folder to write each fresh load's whole trace "+
		"to (load-N-http.json, load-N-file.json: JSON for Perfetto; the loads are slower), and "+
		"the trace of each run's traced window (frames-RUN.json)")
	fs.BoolVar(&c.PlayOnly, "play", false,
		"measure only Play at \"1 epoch per frame\" and the fastest speed (item 3's figures)")
	fs.DurationVar(&c.Warm, "warm", time.Second, "play before measuring each speed")
	fs.DurationVar(&c.Window, "window", 3*time.Second, "how long each speed is measured")
	fs.DurationVar(&c.MaxWindow, "maxwindow", 2*time.Second,
		"how long each speed's every frame is read, for the most work of one frame")
	fs.DurationVar(&c.TraceWindow, "tracewindow", time.Second, "how long each speed's every "+
		"frame is read once more, under a DevTools trace, for what its slow frames did")
	fs.DurationVar(&c.Sample, "sample", 100*time.Millisecond,
		"how often a Step phase is checked for its end")
	fs.DurationVar(&c.Soak, "soak", 60*time.Second, "training time before the memory is read")
	fs.IntVar(&c.Width, "width", 1280, "viewport width, CSS pixels")
	fs.IntVar(&c.Height, "height", 800, "viewport height, CSS pixels")
	fs.BoolVar(&c.GPUComposite, "gpu-compositing", false, "composite the page on SwiftShader "+
		"too, not in software (the benchmark's setting until 2 December 2026)")
	if err := fs.Parse(args); errors.Is(err, flag.ErrHelp) {
		fs.SetOutput(stdout)
		fmt.Fprintln(stdout, "usage: benchpage [flags]: the built page in headless Chromium")
		fs.PrintDefaults()
		return nil
	} else if err != nil {
		return fmt.Errorf("%w (benchpage -h lists the flags)", err)
	}
	if fs.NArg() > 0 || c.Loads < 1 || c.FirstOnly && c.PlayOnly || c.Window <= 0 ||
		c.MaxWindow <= 0 || c.TraceWindow <= 0 || c.Sample <= 0 || c.Soak <= 0 ||
		c.Width < 320 || c.Height < 240 {
		return errors.New("usage: benchpage [-root DIR] [-out FILE] [-loads N] [-first | -play] " +
			"[-floor=false] [-traces DIR] [-warm D] [-window D] [-maxwindow D] [-tracewindow D] " +
			"[-sample D] [-soak D] [-width W] [-height H] [-gpu-compositing]")
	}
	root, err := filepath.Abs(c.Root)
	if err != nil {
		return err
	}
	c.Root = root
	if c.Traces != "" {
		if err := os.MkdirAll(c.Traces, 0o755); err != nil {
			return err
		}
	}
	for _, f := range []string{"index.html", "web/main.wasm", "web/main.wasm.js",
		"web/wasm_exec.js"} {
		if _, err := os.Stat(filepath.Join(root, f)); err != nil {
			return fmt.Errorf("%s is missing in %s: run make first", f, root)
		}
	}
	chrome, err := chromiumPath()
	if err != nil {
		return err
	}
	b := &bench{cfg: c, chrome: chrome, progress: stderr, begun: time.Now(),
		fileURL: "file://" + filepath.ToSlash(filepath.Join(root, "index.html"))}
	s, err := site.Open(root)
	if err != nil {
		return err
	}
	defer s.Close()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: withFloor(s), ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	defer srv.Close()
	b.httpURL = "http://" + ln.Addr().String() + "/"
	b.floorHTTP = b.httpURL + floorPath[1:]
	if c.Floor {
		floorDir, floorFile, err := writeFloorFile()
		if err != nil {
			return err
		}
		defer os.RemoveAll(floorDir)
		b.floorFile = floorFile
	}

	res, err := b.measure()
	if res != nil {
		var out strings.Builder
		res.Write(&out)
		fmt.Fprint(stdout, out.String())
		if c.Out != "" {
			os.MkdirAll(filepath.Dir(c.Out), 0o755)
			if werr := os.WriteFile(c.Out, []byte(out.String()), 0o644); werr != nil {
				return werr
			}
		}
		if err == nil && len(res.Problems) > 0 {
			err = fmt.Errorf("the page reported %d errors (listed under the table)",
				len(res.Problems))
		}
	}
	return err
}

// measure runs everything. A partial result comes back with the error that stopped
// it, so that what was measured is still printed.
func (b *bench) measure() (*Result, error) {
	c := b.cfg
	r := &Result{When: time.Now(), Width: c.Width, Height: c.Height, Cores: runtime.NumCPU(),
		Root: c.Root, Build: buildInfo(c.Root), Loads: c.Loads, Warm: c.Warm, Window: c.Window,
		MaxWindow: c.MaxWindow, TraceWindow: c.TraceWindow, LoadBefore: loadAverage(),
		GPUComposite: c.GPUComposite}
	defer func() { r.LoadAfter = loadAverage() }()
	if !c.PlayOnly {
		if err := b.loads(r); err != nil || c.FirstOnly {
			return r, err
		}
	}
	t, err := b.openPage(b.httpURL)
	if err != nil {
		return r, err
	}
	defer t.close()
	defer func() { r.Problems = append(r.Problems, t.errors()...) }()
	if r.Browser == "" {
		r.Browser = t.version()
	}
	fresh, err := b.memory(t)
	if err != nil {
		return r, err
	}
	presets, err := t.options("preset")
	if err != nil {
		return r, err
	}
	if len(presets) > len(netNames) {
		presets = presets[:len(netNames)]
	}
	speeds, err := t.options("speed")
	if err != nil {
		return r, err
	}
	if c.PlayOnly && len(speeds) > 2 { // the two that item 3's target compares
		speeds = speeds[len(speeds)-2:]
	}
	for _, net := range presets {
		for k, sp := range speeds {
			row, err := b.measurePlay(t, net, sp)
			if err != nil {
				return r, fmt.Errorf("%s at %q: %w", b.netName(net), sp.Text, err)
			}
			row.Fastest = k == len(speeds)-1
			b.say("%s at %q: %.1f frames/s, %s epochs/s, %.2f ms work a frame", row.Net,
				row.Speed, row.FPS, rate(row.EPS), row.WorkMS)
			r.Play = append(r.Play, row)
		}
	}
	if c.PlayOnly {
		return r, nil
	}
	for _, net := range presets {
		rows, err := b.measureSteps(t, net)
		r.Steps = append(r.Steps, rows...)
		if err != nil {
			return r, fmt.Errorf("Step on %s: %w", b.netName(net), err)
		}
		b.say("Step on %s: %d phases", b.netName(net), len(rows))
	}
	b.say("training %s at %q for %v", b.netName(presets[0]), speeds[len(speeds)-1].Text, c.Soak)
	r.Soak, err = b.measureSoak(t, presets[0], speeds[len(speeds)-1], fresh)
	if err != nil {
		return r, fmt.Errorf("training for %v: %w", c.Soak, err)
	}
	return r, nil
}

// loads opens the page afresh over http and from file://, taking turns, and reads
// each first frame; the first load of each way records the bytes.
func (b *bench) loads(r *Result) error {
	for i := range b.cfg.Loads {
		for _, fromDisk := range []bool{false, true} {
			u, way := b.httpURL, "http"
			if fromDisk {
				u, way = b.fileURL, "file://"
			}
			t, err := b.openTab(u, true, b.cfg.Traces != "")
			if err != nil {
				return fmt.Errorf("load %d over %s: %w", i+1, way, err)
			}
			file := ""
			if b.cfg.Traces != "" {
				file = filepath.Join(b.cfg.Traces, fmt.Sprintf("load-%d-%s.json", i+1,
					strings.TrimSuffix(way, "://")))
			}
			var st stats
			err = t.call("stats", &st)
			var phases map[string]float64
			if err == nil {
				err = t.eval(phasesJS, &phases)
			}
			var events []traceEvent
			if err == nil {
				events, err = t.endTrace(file)
			}
			ms, ok := shown(events)
			if ok && err == nil {
				phases[shownStep] = st.FirstFrameMS + ms
				if fromDisk {
					r.ShownDisk = append(r.ShownDisk, st.FirstFrameMS+ms)
				} else {
					r.ShownHTTP = append(r.ShownHTTP, st.FirstFrameMS+ms)
				}
			} else if err == nil {
				r.Problems = append(r.Problems, fmt.Sprintf("load %d over %s: the trace "+
					"shows no swap after the first Draw", i+1, way))
			}
			r.Problems = append(r.Problems, t.errors()...)
			if r.Browser == "" {
				r.Browser = t.version()
			}
			if i == 0 && fromDisk {
				r.DiskFiles = t.transfers()
			} else if i == 0 {
				r.HTTPFiles = t.transfers()
			}
			t.close()
			if err != nil {
				return err
			}
			if fromDisk {
				r.FirstDisk = append(r.FirstDisk, st.FirstFrameMS)
				r.PhasesDisk = append(r.PhasesDisk, phases)
			} else {
				r.FirstHTTP = append(r.FirstHTTP, st.FirstFrameMS)
				r.PhasesHTTP = append(r.PhasesHTTP, phases)
			}
			b.say("load %d/%d over %s: first frame drawn at %.0f ms, shown %.0f ms later",
				i+1, b.cfg.Loads, way, st.FirstFrameMS, ms)
			if !b.cfg.Floor {
				continue
			}
			floor := b.floorHTTP
			if fromDisk {
				floor = b.floorFile
			}
			if err := b.loadFloors(r, floor, fromDisk); err != nil {
				return fmt.Errorf("load %d over %s: %w", i+1, way, err)
			}
		}
	}
	return nil
}

// openPage starts a fresh Chromium on the page at url and waits for its first frame.
func (b *bench) openPage(u string) (*tab, error) { return b.openTab(u, false, false) }

// openTab is openPage, tracing the load from before the navigation when traced: with
// every category -traces asks for when whole (the page's loads, whose traces it writes),
// else with the few the first frame's "shown" needs.
func (b *bench) openTab(u string, traced, whole bool) (*tab, error) {
	t, err := open(b.chrome, b.cfg.Width, b.cfg.Height, b.cfg.GPUComposite)
	if err != nil {
		return nil, err
	}
	if traced {
		if err := t.startTrace(whole); err != nil {
			t.close()
			return nil, err
		}
	}
	if err := t.load(u); err != nil {
		problems := t.errors()
		t.close()
		if len(problems) > 0 {
			err = fmt.Errorf("%w\n%s", err, strings.Join(problems, "\n"))
		}
		return nil, err
	}
	return t, nil
}

func (b *bench) say(format string, args ...any) {
	fmt.Fprintf(b.progress, "benchpage: %3.0f s: %s\n", time.Since(b.begun).Seconds(),
		fmt.Sprintf(format, args...))
}

// buildInfo names the build measured: the main module's sizes, and its age and the
// commit, when the folder is a git checkout.
func buildInfo(root string) []string {
	var parts []string
	for _, f := range []string{"web/main.wasm", "web/main.wasm.gz"} {
		if fi, err := os.Stat(filepath.Join(root, f)); err == nil {
			parts = append(parts, fmt.Sprintf("%s %s bytes", f, digits.Grouped(fi.Size())))
		}
	}
	lines := []string{strings.Join(parts, ", ")}
	parts = nil
	if fi, err := os.Stat(filepath.Join(root, "web/main.wasm")); err == nil {
		parts = append(parts, "built "+fi.ModTime().UTC().Format("2006-01-02 15:04 UTC"))
	}
	out, err := exec.Command("git", "-C", root, "describe", "--always", "--dirty").Output()
	if err == nil {
		parts = append(parts, "git "+strings.TrimSpace(string(out)))
	}
	return append(lines, strings.Join(parts, ", "))
}

// loadAverage is the machine's load average over 1, 5 and 15 minutes, where Linux
// tells it.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if f := strings.Fields(string(b)); err == nil && len(f) >= 3 {
		return strings.Join(f[:3], " ")
	}
	return "unknown"
}
