package play

import (
	"math"
	"strconv"
	"strings"

	"nnplay/core"
)

// What the canvas shows of Step: how far its forward and backward passes have come,
// the parameters as they move in the update, the chain rule, the loss box. The numbers
// are the step's record, core's own.

// stepState is where the Step animation stands, read once per scene.
type stepState struct {
	rec     *StepRecord // nil when no step is shown
	phase   Phase       // the phase on screen
	layer   int         // its layer, for forward and backward
	t       float64     // how far it is, 0 to 1
	done    Phase       // the last phase fully shown
	playing bool        // beats remain to show
}

// step reads the animation and notes where each layer's parameters sit in the
// record.
func (s *Scene) step(m *Session) stepState {
	s.weightParam = s.weightParam[:0]
	idx := 0
	for _, l := range m.Net.Layers {
		s.weightParam = append(s.weightParam, idx)
		idx++
		if l.Linear.HasBias() {
			idx++
		}
	}
	return stepNow(&m.Anim)
}

// stepNow reads where animation a is.
func stepNow(a *Anim) stepState {
	st := stepState{rec: a.Record, done: a.Done, playing: a.Playing()}
	st.phase, st.layer, st.t = a.Now()
	return st
}

// forwardReached reports how far the Step's forward pass has come at layer l: 0 not
// yet, 1 done; between while its pulses travel. Once the forward beats have played
// out, every layer is reached: an idle animation has no layer on screen.
func (st stepState) forwardReached(l int) float64 {
	switch {
	case st.rec == nil || !st.playing || st.phase != PhaseForward:
		return 1
	case l == st.layer:
		return st.t
	case l > st.layer:
		return 0
	}
	return 1
}

// backwardDone reports whether the Step's backward pass has passed layer l.
func (st stepState) backwardDone(l int) bool {
	switch {
	case st.rec == nil:
		return false
	case st.playing && st.phase == PhaseBackward:
		return l > st.layer || (l == st.layer && st.t >= 0.5)
	case st.done >= PhaseBackward || st.phase == PhaseUpdate:
		return true
	}
	return false
}

// showsUpdate reports whether the Step's update is on screen or done.
func (st stepState) showsUpdate() bool {
	return st.rec != nil && (st.phase == PhaseUpdate || st.done == PhaseUpdate)
}

// EdgeMode says what the network's edges encode.
type EdgeMode int

const (
	// EdgesWeight shows the sign and size of each weight.
	EdgesWeight EdgeMode = iota
	// EdgesGradient shows dL/dW over the training set, while Play trains fast.
	EdgesGradient
	// EdgesStepGrad shows dL/dW of the Step's sample, once the backward pass is shown.
	EdgesStepGrad
)

// edgeMode says what the edges encode now.
func edgeMode(m *Session, st stepState) EdgeMode {
	if m.Playing && !m.Speed.Slow() && m.Diag != nil {
		return EdgesGradient
	}
	if st.rec != nil && (st.phase == PhaseBackward || (st.done == PhaseBackward && !st.playing)) {
		return EdgesStepGrad
	}
	return EdgesWeight
}

// paramIndex returns the index in Net.Parameters() of layer l's weight, or of
// its bias, while a Step is shown.
func (s *Scene) paramIndex(st stepState, l int, bias bool) (int, bool) {
	if st.rec == nil {
		return 0, false // no Step shown: the model's own values are the ones drawn
	}
	idx := s.weightParam[l]
	if bias {
		idx++
	}
	return idx, idx < len(st.rec.Old)
}

// weight returns the weight of layer l from input j to unit i as shown: during the
// Step's update it moves from its old value to its new one.
func (s *Scene) weight(m *Session, st stepState, l, i, j int) float64 {
	lin := m.Net.Layers[l].Linear
	if idx, ok := s.paramIndex(st, l, false); ok {
		if v, ok := m.Anim.Param(idx, i*lin.In+j); ok {
			return v
		}
	}
	return lin.Weight[i][j]
}

// bias returns unit i's bias in layer l as shown, and whether the layer has one.
func (s *Scene) bias(m *Session, st stepState, l, i int) (float64, bool) {
	lin := m.Net.Layers[l].Linear
	if !lin.HasBias() {
		return 0, false
	}
	if idx, ok := s.paramIndex(st, l, true); ok {
		if v, ok := m.Anim.Param(idx, i); ok {
			return v, true
		}
	}
	return lin.Bias[i], true
}

// unitLines returns the two lines of numbers under unit i of level lv >= 1: its value
// and its bias; during a Step what the phase is about.
func (s *Scene) unitLines(m *Session, st stepState, lv, i int, tr *core.Trace) (string, string) {
	l := lv - 1
	second := Say(NoBiasLine)
	if b, ok := s.bias(m, st, l, i); ok {
		second = Say(BiasLine, Num(b))
	}
	if st.rec == nil {
		return Say(ValueLine, Num(tr.Layers[l].A[i])), second
	}
	lt := st.rec.Trace.Layers[l]
	switch reach := st.forwardReached(l); {
	case reach == 0:
		return Say(WaitingLine), second
	case reach < 0.5:
		return Say(PreActivationLine, Num(lt.Z[i])), second
	}
	if st.backwardDone(l) {
		return Say(ValueLine, Num(lt.A[i])), Say(GradientLine, Num(lt.DZ[i]))
	}
	return Say(ValueLine, Num(lt.A[i])), second
}

// ChainRule is the chain rule at the selected unit with the Step's numbers:
// dL/da × f'(z) = dL/dz.
type ChainRule struct {
	DA, FPrime, DZ float64
}

// chainRule returns the selected unit's chain rule once the backward pass has reached
// it.
func chainRule(m *Session, st stepState) (ChainRule, bool) {
	u := m.Selected
	if st.rec == nil || u.Level == 0 || !st.backwardDone(u.Level-1) {
		return ChainRule{}, false
	}
	lt := st.rec.Trace.Layers[u.Level-1]
	act := m.Layer(u.Level - 1).Activation()
	return ChainRule{
		DA:     lt.DA[u.Index],
		FPrime: act.Derivative(lt.Z[u.Index]),
		DZ:     lt.DZ[u.Index],
	}, true
}

// updateRule returns, during the Step's update, the update of one weight of the
// selected unit as three forms of a line, longest first: w - lr × mean dL/dw with the
// step's numbers, so that a learner can check new = old - lr × g by hand. (The backward
// pass shows dL/dw of the one point drawn; the update applies the batch's mean, which
// the canvas showed nowhere.) The weight is the picked edge's, else the one from input 0.
// With L1 or L2 on, g is the gradient the update applied, the penalty's pull included,
// and the line says so. The forms are made once per Step record, weight and language
// (ruleLine), not in every frame of the update.
func (s *Scene) updateRule(m *Session, st stepState) (forms [3]string, ok bool) {
	u := m.Selected
	if u.Level == 0 || !st.showsUpdate() {
		return forms, false
	}
	l := u.Level - 1
	idx, ok := s.paramIndex(st, l, false)
	if !ok {
		return forms, false
	}
	j := 0
	if e, picked := m.PickedEdge(); picked {
		j = e.In
	}
	r := &s.rule
	if r.rec == st.rec && r.u == u && r.j == j && r.lang == Language() {
		return r.forms, true
	}
	k := u.Index*m.Layer(l).Linear.In + j
	// In the unit's decimals, whatever form its other moves take: the line works one out.
	o, n, shown := moveNumbers(st.rec.Old[idx][k], st.rec.New[idx][k],
		moveDigits{full: s.moveDigitsOf(m, st, u).full})
	if !shown { // a move too small for eight decimals: as many as the line holds
		o, n = fixedDecimals(st.rec.Old[idx][k], 8), fixedDecimals(st.rec.New[idx][k], 8)
	}
	g, line, mid := st.rec.Grad[idx][k], UpdateRuleLine, UpdateRuleMid
	more := []string{pointCount(len(st.rec.Batch))}
	if st.rec.Reg != RegNone {
		g, line, mid = (st.rec.Old[idx][k]-st.rec.New[idx][k])/st.rec.LR, UpdateRuleRegLine,
			UpdateRuleRegMid
		more = []string{strings.ToUpper(st.rec.Reg.String()), more[0]}
	}
	args := append([]string{strconv.Itoa(u.Index), strconv.Itoa(j), o, decimal(st.rec.LR),
		gradNumber(g, st.rec.LR), n}, more...)
	*r = ruleLine{rec: st.rec, u: u, j: j, lang: Language(), forms: [3]string{Say(line, args...),
		Say(mid, args...), Say(UpdateRuleShort, args...)}}
	return r.forms, true
}

// ruleLine is the update line of a Step record (updateRule) for unit u's weight from
// input j, in one language.
type ruleLine struct {
	rec   *StepRecord
	u     Unit
	j     int
	lang  Lang
	forms [3]string
}

// gradNumber writes a gradient g that learning rate lr multiplies with four significant
// digits, or as many more as it takes for lr × g to be off by at most half of 0.0001, the
// last digit of a move: "0.04207", but "123.457" at lr 0.03 (four, "123.5", put lr × g
// 0.0015 off).
func gradNumber(g, lr float64) string {
	if g == 0 {
		return "0"
	}
	e := math.Floor(math.Log10(math.Abs(g)))
	p := int(e) + 1 - int(math.Floor(math.Log10(1e-4/lr)))
	return strconv.FormatFloat(g, 'g', min(max(p, 4), 12), 64)
}

// LossBox shows, from the Step's loss phase on, the output against the target and
// the loss, near the output unit (Shown), and rings the step's sample on the plane
// (Ringed).
type LossBox struct {
	Shown, Ringed bool
	Frame         Stroke
	// Sample rings the Step's training point on the plane.
	Sample Ring
	// Y, Target, Loss and DY are the step's output, target, loss and dL/dy.
	Y, Target, Loss, DY float64
	text                int // its text's index in the scene's texts, when asked for
}

// lossBox asks for the loss box's lines, as one block near the output unit, and
// returns its text's index (-1 when no loss is shown).
func (s *Scene) lossBox(m *Session, st stepState) int {
	b := &s.LossBox
	b.Shown, b.text = false, -1
	reached := st.rec != nil && (st.phase >= PhaseLoss || st.done >= PhaseLoss)
	b.Ringed = reached && s.Plane.Shown
	if b.Ringed {
		p := m.Train[st.rec.Sample]
		px, py := s.Geo.PlanePoint(p.X1, p.X2)
		b.Sample = Ring{X: px, Y: py, R: 9 * s.Geo.Scale, Width: 2 * s.Geo.Scale,
			Color: DerivativeInk}
	}
	if !reached || !s.shows(m, PaneNetwork) {
		return -1
	}
	tr, geo, sc := st.rec.Trace, s.Geo, s.Geo.Scale
	out := geo.Nodes[len(geo.Nodes)-1][0]
	b.Y, b.Target, b.Loss, b.DY = tr.Output()[0], tr.Target[0], tr.Loss, tr.DY[0]
	b.Frame = Stroke{Width: 1.2 * sc, Color: DerivativeInk}
	full := Say(LossBoxOutput, Num(b.Y), Num(b.Target)) + "\n" +
		Say(LossBoxLoss, m.Loss.Formula(), Num(b.Loss)) + "\n" + Say(LossBoxGradient, Num(b.DY))
	brief := Say(LossBoxOutputShort, Num(b.Y), Num(b.Target)) + "\n" +
		Say(LossBoxLossShort, Num(b.Loss))
	f := s.Fonts.Face(Small)
	// Under the output unit's numbers, against the network's right edge (and into the
	// margin beyond it); else the nearest room in the network clear of the units and of
	// the room their numbers take (keepNumbersRoom).
	region := geo.Net
	region.W += 16 * sc
	x, y := region.X+region.W, out.Y+out.H+2.2*f.LineHeight+6*sc
	// On a crowded phone the update's list of moves comes first, and the box stays within
	// two columns of the output or yields: afar, by the inputs, it read as theirs. (The
	// Loss tab and the panel show the loss too.)
	// Like the list, it may then take the gradient bars' room, whole bars only: in a deep
	// stack the columns leave it no other room near the output.
	prio, owner := prioBlock, ownBlock
	if s.crowded() && st.showsUpdate() {
		prio, owner = prioDetail, ownBars
		region.W -= math.Max(out.X-2*geo.Pitch()-region.X, 0)
		region.X = math.Max(region.X, out.X-2*geo.Pitch())
	}
	s.write(Small, prio, Ink, x, y, alignRight, full, brief,
		Say(LossBoxLossShort, Num(b.Loss))).backdrop(5*sc, 3*sc).framed(b.Frame.Width).
		anywhere(region).ownedBy(owner)
	b.text = len(s.texts) - 1
	return b.text
}

// StepInfo says, for the panel, which step Step shows and where it is; it is empty
// when no step is shown, or says why the Step ended until the learner's next action.
func StepInfo(m *Session) string {
	rec := m.Anim.Record
	if rec == nil && m.stepRefused() {
		return Say(StepNotTaken)
	}
	if rec == nil {
		return explainIn(Language(), m.stepEnded)
	}
	p := m.Train[rec.Sample]
	phase, _, _ := m.Anim.Now()
	s := Say(StepOnPoint, strconv.Itoa(rec.Sample),
		minusSigned(coordNum(p.X1, stepPointDigits)),
		minusSigned(coordNum(p.X2, stepPointDigits)), minusSigned(Num(p.Label)),
		batchPoints(rec.Batch, len(m.Train)), Say(phaseWords[phase]))
	if n, ok := nextPhase[m.Anim.Done]; ok && !m.Anim.Playing() {
		s += " " + Say(StepAgainFor, Say(n))
	}
	return s
}

// nextPhase is what Step shows next after each phase.
var nextPhase = map[Phase]Msg{
	PhaseForward: PhaseLossName, PhaseLoss: PhaseBackwardName,
	PhaseBackward: PhaseUpdateName, PhaseUpdate: NextStepName,
}

// batchPoints says which of n training points a Step's batch is: its point and the
// points after it, wrapping to #0 at the end ("10 points, #122 to #131"), which is not
// the batch that holds the point in training's order (#120 to #129).
func batchPoints(batch []int, n int) string {
	count := pointCount(len(batch))
	if len(batch) < 2 {
		return count
	}
	first, last := batch[0], batch[len(batch)-1]
	if last > first {
		return Say(BatchSpan, count, pointRun(first, last))
	}
	return Say(BatchSpanWrap, count, pointRun(first, n-1), pointRun(0, last))
}

// pointRun names the points #a to #b, or #a alone when b is a.
func pointRun(a, b int) string {
	if a == b {
		return "#" + strconv.Itoa(a)
	}
	return Say(PointRun, strconv.Itoa(a), strconv.Itoa(b))
}

// pointCount says n points in the page's language: "1 point", "10 points".
func pointCount(n int) string {
	if n == 1 {
		return Say(PointsOne)
	}
	return Say(PointsMany, strconv.Itoa(n))
}
