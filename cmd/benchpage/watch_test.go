package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// watchHarness runs watch.js in Node against a page that answers "perf" from a script
// and an animation clock the harness steps: 16 ms a frame, with one gap of 50 ms.
const watchHarness = `
globalThis.window = globalThis;
let clock = 1000;
const marks = [];
Object.defineProperty(globalThis, 'performance', { value: {
  now: () => clock,
  mark: (name) => marks.push(name + '@' + clock),
  clearMarks: (name) => marks.push('clear ' + name),
} });
const answers = JSON.parse(process.argv[2]);
window.nnplay = { call: async (name) => JSON.stringify(answers.shift()) };
let callbacks = [];
globalThis.requestAnimationFrame = (f) => callbacks.push(f);
const clicked = [];
globalThis.document = { getElementById: (id) => ({ click: () => clicked.push(id) }) };
` + "eval(require('fs').readFileSync(process.argv[3], 'utf8'));" + `
const tick = async (step) => {
  clock += step;
  const due = callbacks;
  callbacks = [];
  due.forEach((f) => f(clock));
  await new Promise((r) => setTimeout(r, 1)); // let the answer land
};
(async () => {
  await nnplayBench.start(true);
  await tick(16); // an idle frame before the press
  nnplayBench.press('step');
  for (const step of [16, 16, 50, 16, 16, 16]) await tick(step);
  const quiet = nnplayBench.quiet();
  const r = await nnplayBench.stop();
  console.log(JSON.stringify({ ...r, quiet, clicked, marks, left: answers.length }));
})();
`

func TestWatchAttributesWorkToFrames(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatal("Node.js is not installed: make test installs Debian's nodejs as root")
	}
	type perf struct {
		Frames int        `json:"frames"`
		Work   float64    `json:"work_ms_per_frame"`
		Worst  *FrameCost `json:"worst,omitempty"`
	}
	answers := []perf{
		{0, 99, nil},                   // start: the sums since before the watch, not counted
		{0, 2, nil},                    // an idle Update before the press: no frame's work
		{0, 5, nil},                    // Updates that painted nothing yet: 5 ms for the next frame
		{1, 7, &FrameCost{WorkMS: 12}}, // one frame: 5 + 7 = 12 ms
		{2, 4, &FrameCost{WorkMS: 5}},  // two frames of 4 ms; the costlier took 5
		{0, 3, nil},                    // an idle page after its last frame
		{0, 0, nil},
		{0, 0, nil},
		{0, 1, nil}, // stop's last read: still no frame
	}
	a, _ := json.Marshal(answers)
	dir := t.TempDir()
	harness := filepath.Join(dir, "harness.js")
	watchFile := filepath.Join(dir, "watch.js")
	os.WriteFile(harness, []byte(watchHarness), 0o644)
	os.WriteFile(watchFile, []byte(watchJS), 0o644)
	out, err := exec.Command(node, harness, string(a), watchFile).CombinedOutput()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, out)
	}
	var got struct {
		watch
		Quiet   float64  `json:"quiet"`
		Clicked []string `json:"clicked"`
		Marks   []string `json:"marks"`
		Left    int      `json:"left"`
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("%v in %s", err, out)
	}
	if got.Frames != 3 || got.Work != 20 || got.Max != 12 || got.workPerFrame() != 20.0/3 {
		t.Errorf("frames %d, work %v ms, max %v ms; want 3 frames, 20 ms, max 12 ms",
			got.Frames, got.Work, got.Max)
	}
	if got.Gap != 50 {
		t.Errorf("longest gap %v ms, want 50", got.Gap)
	}
	// The press was at 1016; the last frame came with the fourth answer, at 1016 + 16 +
	// 16 + 50; the clock ends at 1146.
	if got.PhaseMS != 82 || got.Quiet != 48 {
		t.Errorf("phase %v ms, quiet %v ms; want 82 and 48", got.PhaseMS, got.Quiet)
	}
	// A mark at the start and at each cost kept, where its answer came; cleared at the
	// stop.
	want := "benchpage-read@1000 benchpage-read@1048 benchpage-read@1098 clear benchpage-read"
	if m := strings.Join(got.Marks, " "); len(got.Costs) != 2 || got.Costs[0].WorkMS != 12 ||
		got.Costs[1].WorkMS != 5 || m != want {
		t.Errorf("costs %v, marks %q; want 12 and 5 ms, marks %q", got.Costs, m, want)
	}
	if len(got.Clicked) != 1 || got.Clicked[0] != "step" || got.Left != 0 {
		t.Errorf("clicked %v, %d answers left", got.Clicked, got.Left)
	}
}
