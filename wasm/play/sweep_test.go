package play

import (
	"bytes"
	"math"
	"testing"
	"time"

	"nnplay/core"
	"nnplay/wasm/play/sheet"
)

// sweptAs reports whether m shows the heatmaps, meters and pictures of net's parameters
// exactly as a whole sweep at once makes them: "" when it does, else what differs.
func sweptAs(m *Session, net *core.Sequential) string {
	heat := core.NewHeatmap(HeatmapSize, -InputLimit, InputLimit, m.Features)
	heat.Run(net)
	for l := range heat.Values {
		for i := range heat.Values[l] {
			for k, v := range heat.Values[l][i] {
				if math.Float64bits(m.Heat().Values[l][i][k]) != math.Float64bits(v) {
					return "the heatmaps"
				}
			}
		}
	}
	var d core.Diagnoser
	want := d.Run(net, m.XTrain, m.TTrain, m.Loss)
	for l, ld := range want.Layers {
		got := m.Diag.Layers[l]
		if got.GradNorm != ld.GradNorm || got.BiasGradNorm != ld.BiasGradNorm ||
			got.DeadFraction[0] != ld.DeadFraction[0] ||
			got.SaturatedFraction[0] != ld.SaturatedFraction[0] {
			return "the meters"
		}
	}
	// The pictures: those of a session that swept the same parameters at once.
	whole := NewSession()
	whole.useNetwork(net.Clone(), m.Features, ChangedNetwork)
	whole.Discretize = m.Discretize
	var a, b Pictures
	a.Refresh(m)
	b.Refresh(whole)
	if !bytes.Equal(a.Pix, b.Pix) {
		return "the pictures"
	}
	return ""
}

// TestHeatmapsAreOfTheLastRefresh checks that the heatmaps, swept when first asked for,
// are those of the parameters of the last Refresh, bit for bit, with their meters and
// pictures: on a fresh page, and after a preset (a new shape) whose weights then change
// without a refresh, as a frame's training may before the frame is drawn; and that a
// sweep of later parameters swapped in before they were asked for shows its own.
func TestHeatmapsAreOfTheLastRefresh(t *testing.T) {
	m := NewSession()
	if d := sweptAs(m, m.Net.Clone()); d != "" {
		t.Errorf("a fresh page: %s are not its network's", d)
	}
	mustApply(t, m, UsePreset{Index: 1})
	at := m.Net.Clone()
	m.Net.Layers[0].Linear.Weight[0][0] += 1
	m.Net.Layers[2].Linear.Bias[1] -= 1
	if d := sweptAs(m, at); d != "" {
		t.Errorf("after a preset: %s are not the parameters of its refresh", d)
	}
	m.Refresh()
	m.Net.Layers[0].Linear.Weight[0][1] += 1
	later := m.Net.Clone()
	m.begin()
	m.finish()
	m.swapIn()
	if d := sweptAs(m, later); d != "" {
		t.Errorf("after a sweep: %s are not the parameters it swept", d)
	}
}

// TestPlayRefreshesOneParameterSetAtATime plays the deep sigmoid stack one sample a frame
// on a clock whose frames have no time to spare, so that every frame does one step of a
// refresh: each is done within Heatmap.Blocks()+1 frames of its start, and what it shows
// is, bit for bit, the heatmaps, meters and pictures of the parameters the frame that
// began it had, never a mix; until then the pictures shown do not change. A pause
// sweeps the parameters Play stopped on.
func TestPlayRefreshesOneParameterSetAtATime(t *testing.T) {
	m := NewSession()
	m.Apply(UsePreset{Index: 2})
	m.Apply(SetSpeed{Speed: SpeedSample})
	m.Apply(Play{On: true})
	blocks := m.Heat().Blocks()
	now := time.Unix(0, 0)
	var began *core.Sequential
	since, refreshes := 0, 0
	for f := 0; f < 4*blocks && m.Playing; f++ {
		now = now.Add(RefreshEvery / 6)
		heat, shown := m.Heat(), m.HeatGen()
		busy, meter := m.sweep.busy, m.Diag.Layers[0].GradNorm
		m.Tick(now, 0)
		since++
		if m.HeatGen() != shown {
			refreshes++
			if began == nil {
				t.Fatalf("frame %d: a refresh shown that no frame began", f)
			}
			if since > blocks+1 {
				t.Errorf("frame %d: a refresh took %d frames, more than %d", f, since, blocks+1)
			}
			if why := sweptAs(m, began); why != "" {
				t.Fatalf("frame %d: %s are not the parameters' the refresh began with", f, why)
			}
		} else if m.Heat() != heat || m.Diag.Layers[0].GradNorm != meter {
			t.Fatalf("frame %d: the heatmaps or meters changed with no refresh shown", f)
		}
		if m.sweep.busy && (!busy || m.HeatGen() != shown) { // a refresh began
			began, since = m.Net.Clone(), 0
		}
	}
	if refreshes < 2 {
		t.Fatalf("%d refreshes shown in %d frames", refreshes, 4*blocks)
	}
	m.Apply(Play{On: false})
	for f := 0; f <= 2*blocks; f++ {
		m.Tick(now, 0)
	}
	if why := sweptAs(m, m.Net); why != "" {
		t.Errorf("after the pause, %s are not those of the parameters Play stopped on", why)
	}
	if v := m.Version(); m.Tick(now, 0) != 0 || m.Version() != v {
		t.Error("a settled page still changes with nothing to do")
	}
}

// TestRefreshDropsASweepUnderWay: a weight moved while a sweep is under way shows its
// heatmaps at once, and the sweep of the parameters before it is never shown.
func TestRefreshDropsASweepUnderWay(t *testing.T) {
	m := NewSession()
	m.Apply(UsePreset{Index: 1})
	m.Apply(SetSpeed{Speed: SpeedSample})
	m.Apply(Play{On: true})
	now := time.Unix(0, 0)
	m.Tick(now, 0)
	if !m.sweep.busy {
		t.Fatal("no sweep under way after a frame of Play")
	}
	m.Apply(Play{On: false})
	m.Apply(SetWeight{Layer: 1, Unit: 2, In: 3, Value: 4.5})
	if why := sweptAs(m, m.Net); why != "" {
		t.Fatalf("after the weight moved, %s are not the parameters'", why)
	}
	for f := 0; f <= m.Heat().Blocks(); f++ {
		m.Tick(now, 0)
		if why := sweptAs(m, m.Net); why != "" {
			t.Fatalf("frame %d after the weight moved: %s went back to older parameters", f, why)
		}
	}
}

// TestStepSweepsItsUpdateAhead steps the deep sigmoid stack through a whole training step
// with a frame of work after every beat, as the page does: the update's heatmaps are
// swept while the phases before it play and shown as it is committed, the heatmaps,
// meters and pictures of the new parameters exactly; until then the old ones stay.
// Without frames between (the test API's instant step), the update sweeps at once.
func TestStepSweepsItsUpdateAhead(t *testing.T) {
	for _, framed := range []bool{true, false} {
		m := NewSession()
		m.Apply(UsePreset{Index: 2})
		now := time.Unix(0, 0)
		if framed { // the pictures shown are a sweep's, of the parameters a pause kept
			m.Apply(SetSpeed{Speed: SpeedSample})
			m.Apply(Play{On: true})
			m.Tick(now, 0)
			m.Apply(Play{On: false})
			for range 2 * m.Heat().Blocks() {
				m.Tick(now, 0)
			}
		}
		before := m.Net.Clone()
		shown, meter := m.HeatGen(), m.Diag.Layers[0].GradNorm
		var ahead *core.Heatmap // the sweep's heatmaps before the frame that commits
		for press := 1; press <= 4; press++ {
			if err := m.Apply(StepPhase{Instant: !framed}); err != nil {
				t.Fatal(err)
			}
			s := &m.sweep
			if framed && press == 4 && (s.update != m.Anim.Record || s.next != m.Heat().Blocks()) {
				t.Fatal("framed: the update's heatmaps were not swept while the phases played")
			}
			for framed && m.Anim.Playing() {
				ahead = m.sweep.heat
				m.AdvanceAnim(beatSecs / 4)
				m.Tick(now, 0)
				if m.Anim.Done != PhaseUpdate && (m.HeatGen() != shown ||
					m.Diag.Layers[0].GradNorm != meter) {
					t.Fatalf("framed: the pictures or meters changed before the update (%v)",
						m.Anim.Done)
				}
			}
		}
		if framed && m.Heat() != ahead {
			t.Error("framed: the update showed heatmaps swept at once, not those swept ahead")
		}
		if m.Anim.Done != PhaseUpdate || sameParams(before, m.Net) {
			t.Fatalf("framed %v: the step ended at %v; parameters changed: %v", framed,
				m.Anim.Done, !sameParams(before, m.Net))
		}
		if m.HeatGen() != shown+1 {
			t.Errorf("framed %v: %d refreshes shown for one update", framed, m.HeatGen()-shown)
		}
		if why := sweptAs(m, m.Net); why != "" {
			t.Errorf("framed %v: %s are not the updated parameters'", framed, why)
		}
	}
}

// texture is a SheetImage in memory, as the canvas's on the GPU; it notes the most
// bytes a frame wrote.
type texture struct {
	w           int
	pix         []byte
	frame, most int
}

func (x *texture) Make(w, h int) { x.w, x.pix = w, make([]byte, 4*w*h) }
func (x *texture) Write(pix []byte, x0, y0, x1, y1 int) {
	if len(pix) != 4*(x1-x0)*(y1-y0) {
		panic("texture: pixels that do not fill the rectangle")
	}
	for y := y0; y < y1; y++ {
		copy(x.pix[4*(x.w*y+x0):4*(x.w*y+x1)], pix[4*(x1-x0)*(y-y0):])
	}
	x.frame += len(pix)
}

// shown is the sheet the Batcher draws from.
func (x *texture) shown(p *Pictures) []byte {
	return x.pix[4*p.W*int(p.PlaneSrc().Y-1):][:4*p.W*p.H]
}

// picturesOf returns the sheet of net's pictures as a whole refresh at once paints it.
func picturesOf(m *Session, net *core.Sequential) []byte {
	whole := NewSession()
	whole.useNetwork(net.Clone(), m.Features, ChangedNetwork)
	whole.Discretize = m.Discretize
	var p Pictures
	p.Refresh(whole)
	return p.Pix
}

// withPictures returns a fresh session of preset i and its pictures, painted into a
// texture in memory; staged, the session's sweeps paint into the pictures' second sheet
// (SetStage), as the page's do.
func withPictures(i int, staged bool) (*Session, *Pictures, *texture) {
	m := NewSession()
	m.Apply(UsePreset{Index: i})
	tex := new(texture)
	pics := &Pictures{GPU: tex}
	if staged {
		m.SetStage(pics)
	}
	pics.Refresh(m)
	return m, pics, tex
}

// TestStagedPicturesShowOneParameterSetAtATime plays the deep sigmoid stack as
// TestPlayRefreshesOneParameterSetAtATime does, with a texture: every sweep paints its
// pictures into the sheet not shown a band a frame, and the refresh that shows it swaps
// the sheets: the sheet drawn from is, bit for bit, the pictures of the parameters the
// sweep began with, and never changes between refreshes; no frame uploads more than a
// band; a refresh is done within Blocks()+1+bands frames. A weight moved mid-sweep is
// shown at once, uploaded whole, and the sweep it drops is never shown.
func TestStagedPicturesShowOneParameterSetAtATime(t *testing.T) {
	m, pics, tex := withPictures(2, true)
	if got := tex.shown(pics); !bytes.Equal(got, picturesOf(m, m.Net)) {
		t.Fatal("the first refresh did not upload the pictures")
	}
	m.Apply(SetSpeed{Speed: SpeedSample})
	m.Apply(Play{On: true})
	band := 4 * pics.W * sheet.UnitsY(HeatmapSize) // the plane's band, the largest
	bound := m.Heat().Blocks() + 1 + pics.Bands(m)
	now := time.Unix(0, 0)
	var began *core.Sequential
	since, staged := 0, 0
	for f := 0; f < 4*bound && m.Playing; f++ {
		now = now.Add(RefreshEvery / 6)
		before := bytes.Clone(tex.shown(pics))
		shown, busy := m.HeatGen(), m.sweep.busy
		tex.frame = 0
		m.Tick(now, 0)
		since++
		if m.HeatGen() != shown { // the canvas's changed()
			if !m.Staged() {
				t.Fatalf("frame %d: a sweep's pictures shown were not staged", f)
			}
			pics.Refresh(m)
			staged++
			if since > bound {
				t.Errorf("frame %d: a refresh took %d frames, more than %d", f, since, bound)
			}
			if !bytes.Equal(tex.shown(pics), picturesOf(m, began)) {
				t.Fatalf("frame %d: the sheet shown is not the parameters' the sweep began with", f)
			}
		} else if !bytes.Equal(tex.shown(pics), before) {
			t.Fatalf("frame %d: the sheet shown changed with no refresh", f)
		}
		if tex.frame > band {
			t.Fatalf("frame %d uploaded %d bytes, more than a band's %d", f, tex.frame, band)
		}
		if m.sweep.busy && (!busy || m.HeatGen() != shown) {
			began, since = m.Net.Clone(), 0
		}
	}
	if staged < 2 {
		t.Fatalf("%d staged refreshes in %d frames", staged, 4*bound)
	}
	for m.sweep.band < 2 { // a sweep with bands painted, and a weight moved
		m.Tick(now.Add(RefreshEvery), 0)
	}
	m.Apply(Play{On: false})
	m.Apply(SetWeight{Layer: 1, Unit: 2, In: 3, Value: 4.5})
	if m.Staged() || pics.Refresh(m) {
		t.Fatal("a weight moved: the pictures are not a sweep's, and the shape is the same")
	}
	want := picturesOf(m, m.Net)
	for f := 0; f <= bound; f++ {
		if !bytes.Equal(tex.shown(pics), want) {
			t.Fatalf("frame %d after the weight moved: the sheet shown is not its", f)
		}
		shown := m.HeatGen()
		m.Tick(now, 0)
		if m.HeatGen() != shown {
			pics.Refresh(m)
		}
	}
}
