package play

import (
	"math"
	"slices"
	"time"

	"nnplay/core"
)

// Play recomputes the heatmaps and meters ten times a second (RefreshEvery). With a
// training worker, the worker sweeps them (offload.go). Without one, or in a lesson,
// the page does. A sweep of the deep sigmoid stack's grid takes some 11 ms in wasm, too
// much for one frame beside training and drawing, so Play spreads each refresh over
// frames: it takes a snapshot of the parameters, sweeps the grid a few blocks a frame
// into heatmaps of its own and swaps them in whole, with the meters of the same
// parameters, once the grid is done. The pictures always show one parameter set the
// engine really had, never a mix of two. While Play is off, a sweep under way goes on,
// the parameters Play stopped on are swept, and the update of the Step on screen is
// swept while its earlier phases play, to be swapped in as the update is committed.
// Refresh's own heatmaps are swept when the pictures first ask for them (Heat), in the
// frame that moved the slider.

// RefreshSlice is how long a frame may work on training and a refresh under way,
// counted from the frame's start, before the rest of the refresh waits for the next
// frame. A frame does one step at least (a block of the grid, the meters, or a band of
// the pictures the Stage paints), so a refresh is done within Heatmap.Blocks()+1 frames
// and one more per band, however slow the machine.
const RefreshSlice = 4 * time.Millisecond

// sweep is a refresh spread over frames.
type sweep struct {
	net  *core.Sequential // a snapshot of the parameters swept: reused while the shape holds
	heat *core.Heatmap    // their heatmaps, a block at a time; swapped with Session.heat
	busy bool             // a sweep is under way, or done and waiting for its update
	next int              // the next block to sweep
	// meters are the meters of the parameters swept, computed once the grid is done
	// by diag[turn]: two diagnosers take turns, so that the one Session.Diag shows is
	// never overwritten.
	meters *core.Diagnostics
	diag   [2]core.Diagnoser
	turn   int
	// shown is the session's heatGen when the sweep began: heatmaps shown since (a
	// worker's, free play's coming back from a lesson) make it out of date.
	shown int
	// update is the Step whose update net holds, when it is one: the heatmaps wait
	// for the update to be committed.
	update *StepRecord
	// stale is true when Play trained since the last sweep began: Play's pause sweeps
	// the parameters it stopped on.
	stale bool
	// band is the next band of the pictures the Stage paints, of bands.
	band, bands int
	cost        [stepKinds]time.Duration // what the last step of each kind took
	spent       time.Duration            // the time sweeps have taken, all told
	painted     time.Duration            // of it, painting the pictures (stepBand)
	stage       Stage
	staged      int // the heatGen whose pictures the stage painted
	idle        int // the heatGen of the last frame settle found nothing to do in
}

// Stage paints the pictures of a sweep spread over frames before it is shown, a band at
// a time, into a sheet of its own that is shown whole as the sweep is swapped in (see
// Session.Staged; Session.SetStage sets it), and so uploads the pictures the training
// worker painted: the canvas's Pictures, for which uploading a whole sheet in one frame
// is too much. A session without a Stage leaves the pictures to whoever shows the
// heatmaps, at once.
type Stage interface {
	// Bands is the number of bands the pictures of m's network take.
	Bands(m *Session) int
	// Paint paints band k of the pictures of heat, a sweep of m's network.
	Paint(m *Session, heat *core.Heatmap, k int)
	// Put puts band k of pix, every band's pictures of m's network painted by the
	// worker (sheet.Sheet.All), in its place.
	Put(m *Session, pix []byte, k int)
}

// SetStage makes st paint the pictures of the sweeps spread over frames from now on.
func (m *Session) SetStage(st Stage) { m.sweep.stage = st }

// Staged reports whether the Stage has painted the pictures of the heatmaps shown: the
// last change to them was a sweep's, painted band by band as it went.
func (m *Session) Staged() bool { return m.sweep.stage != nil && m.sweep.staged == m.heatGen }

// SweepSpent is the time the sweeps spread over frames have taken so far, all told:
// the grid, the meters and the pictures painted band by band, the page's sweeps' and
// the worker's.
func (m *Session) SweepSpent() time.Duration { return m.sweep.spent }

// PaintSpent is the part of SweepSpent that painted pictures (Stage).
func (m *Session) PaintSpent() time.Duration { return m.sweep.painted }

// begin starts a sweep of m's parameters, dropping one under way.
func (m *Session) begin() {
	s := &m.sweep
	m.fit()
	s.busy, s.next, s.shown, s.update, s.stale = true, 0, m.heatGen, nil, false
	s.meters, s.band, s.bands = nil, 0, 0
	m.remote.bands = 0 // the worker's heatmaps staged: the sheet not shown is the sweep's
	if s.stage != nil {
		s.bands = s.stage.Bands(m)
	}
}

// fit makes the sweep's snapshot m's parameters, and its heatmaps the heatmaps of m's
// features.
func (m *Session) fit() {
	s := &m.sweep
	s.net = snapshot(s.net, m.Net)
	if s.heat == nil || !slices.Equal(s.heat.Features, m.Features) {
		s.heat = core.NewHeatmap(HeatmapSize, -InputLimit, InputLimit, m.Features)
	}
}

// prepare makes the sweep's heatmaps fit m's network ahead of the next sweep, unless
// they fit: the grid's first block, swept into them, makes their storage. The
// network's shape changes only while Play is off, and otherwise the first sweep after
// it would make them (5.2 MB for the deep sigmoid stack) in one of Play's frames: settle
// calls prepare in an idle frame, the frame after the change's.
func (m *Session) prepare() {
	s := &m.sweep
	if s.heat != nil && slices.Equal(s.heat.Features, m.Features) && m.fitsHeat(s.heat.Values) {
		return
	}
	m.fit()
	s.heat.RunBlock(s.net, 0)
}

// work moves the sweep on until the clock reads until, one step at least, and reports
// whether it is done. A step is a block of the grid, the meters, or a band of the
// pictures; a step that the last step of its kind says would end past until waits for
// the next frame.
func (m *Session) work(until time.Time) bool {
	s := &m.sweep
	for first := true; !s.done(); first = false {
		if !first && !s.fits(s.kind(), until) {
			break
		}
		m.step()
	}
	return s.done()
}

// fits reports whether a step of kind k, taking as long as the last did, would end
// before the clock reads until.
func (s *sweep) fits(k int, until time.Time) bool {
	return !time.Now().Add(s.cost[k]).After(until)
}

// timed does a step of kind k and notes its cost.
func (s *sweep) timed(k int, do func()) {
	t0 := time.Now()
	do()
	s.cost[k] = time.Since(t0)
	s.spent += s.cost[k]
	if k == stepBand {
		s.painted += s.cost[k]
	}
}

// finish does the rest of the sweep at once.
func (m *Session) finish() {
	for !m.sweep.done() {
		m.step()
	}
}

// The kinds of a sweep's steps, in the order it takes them.
const (
	stepBlock = iota // a block of the grid
	stepMeters
	stepBand // a band of the pictures, by the Stage
	stepKinds
)

// kind is the kind of the sweep's next step.
func (s *sweep) kind() int {
	switch {
	case s.next < s.heat.Blocks():
		return stepBlock
	case s.meters == nil:
		return stepMeters
	}
	return stepBand
}

// done reports whether the grid, the meters and the pictures are all done.
func (s *sweep) done() bool { return s.meters != nil && s.band == s.bands }

// step does the sweep's next step and notes its cost.
func (m *Session) step() {
	s := &m.sweep
	k := s.kind()
	s.timed(k, func() {
		switch k {
		case stepBlock:
			s.heat.RunBlock(s.net, s.next)
			s.next++
		case stepMeters:
			s.meters = s.diag[s.turn].Run(s.net, m.XTrain, m.TTrain, m.Loss)
		default:
			s.stage.Paint(m, s.heat, s.band)
			s.band++
		}
	})
}

// sweepOn drops a sweep that is out of date, moves the one under way on until the clock
// reads until, and swaps it in when its grid is done, unless it waits for its update.
func (m *Session) sweepOn(until time.Time) {
	s := &m.sweep
	if s.busy && (s.shown != m.heatGen || s.update != nil && s.update != m.Anim.Record) {
		s.busy, s.update, s.stale = false, nil, true
	}
	if s.busy && m.work(until) && s.update == nil {
		m.swapIn()
	}
}

// swapIn shows the finished sweep: its heatmaps, and the meters of its parameters.
func (m *Session) swapIn() {
	s := &m.sweep
	m.heat, s.heat, m.heatDue = s.heat, m.heat, false
	m.showMeters(s.meters)
	s.turn = 1 - s.turn
	s.busy, s.update = false, nil
	m.version++
	m.heatGen++
	if s.bands > 0 {
		s.staged = m.heatGen
	}
	m.noteProgress()
}

// settle brings the pictures up to the parameters while Play is off, until the clock
// reads until: it moves a sweep under way on, sweeps the parameters Play stopped on,
// and sweeps the update of the Step on screen ahead of its commit.
func (m *Session) settle(until time.Time) {
	s := &m.sweep
	m.sweepOn(until)
	rec := m.Anim.Record
	switch {
	case s.busy:
		return
	case s.stale:
		m.begin()
	case rec != nil && m.Anim.Done != PhaseUpdate:
		m.begin()
		for i, p := range s.net.Parameters() {
			copy(p.Value, rec.New[i])
		}
		s.update = rec
	default:
		if s.idle == m.heatGen { // not the frame of a change: it has a refresh to upload
			m.prepare()
		}
		s.idle = m.heatGen
		return
	}
	m.sweepOn(until)
}

// sweptUpdate shows the heatmaps of Step's update swept ahead of its commit, finishing
// the grid if frames left some of it, and reports whether it could: the parameters
// swept must be the network's now.
func (m *Session) sweptUpdate(rec *StepRecord) bool {
	s := &m.sweep
	if !s.busy || s.update != rec || s.shown != m.heatGen || !sameParams(s.net, m.Net) {
		return false
	}
	m.finish()
	m.swapIn()
	m.gen++
	return true
}

// snapshot returns a copy of src's parameters and activations: dst itself, overwritten,
// when it has src's shape, and a new network otherwise.
func snapshot(dst, src *core.Sequential) *core.Sequential {
	if dst == nil || !sameLayers(dst, src) {
		return src.Clone()
	}
	for i, l := range src.Layers {
		d := dst.Layers[i]
		for r, row := range l.Linear.Weight {
			copy(d.Linear.Weight[r], row)
		}
		copy(d.Linear.Bias, l.Linear.Bias)
		dst.Layers[i].Act = l.Act
	}
	return dst
}

// sameLayers reports whether two networks have the same layers: sizes and biases.
func sameLayers(a, b *core.Sequential) bool {
	if len(a.Layers) != len(b.Layers) {
		return false
	}
	for i, l := range a.Layers {
		k := b.Layers[i].Linear
		if l.Linear.In != k.In || l.Linear.Out != k.Out || l.Linear.HasBias() != k.HasBias() {
			return false
		}
	}
	return true
}

// sameParams reports whether two networks have the same layers, activations and
// parameters, bit for bit.
func sameParams(a, b *core.Sequential) bool {
	if !sameLayers(a, b) {
		return false
	}
	for i, l := range a.Layers {
		if l.Act != b.Layers[i].Act {
			return false
		}
	}
	pb := b.Parameters()
	for i, p := range a.Parameters() {
		for k, v := range p.Value {
			if math.Float64bits(v) != math.Float64bits(pb[i].Value[k]) {
				return false
			}
		}
	}
	return true
}
