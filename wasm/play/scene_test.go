package play

import (
	"math"
	"strconv"
	"strings"
	"testing"

	"nnplay/core"
	"nnplay/wasm/play/sheet"
)

// testFonts are the fonts made so far, by device scale.
var testFonts = map[float64]*Fonts{}

// fontsAt returns the canvas's fonts at a device scale, made once per scale.
func fontsAt(t *testing.T, scale float64) *Fonts {
	t.Helper()
	if f, ok := testFonts[scale]; ok {
		return f
	}
	f, err := NewFonts(scale)
	if err != nil {
		t.Fatal(err)
	}
	testFonts[scale] = f
	return f
}

// sceneOf builds m's scene on a 1280 x 800 window at device scale 1 with the panel on
// the right, as the browser tests see the page.
func sceneOf(t *testing.T, m *Session) *Scene {
	t.Helper()
	return sceneAt(t, m, 1280, 800, 1)
}

func sceneAt(t *testing.T, m *Session, w, h, scale float64) *Scene {
	t.Helper()
	a := FreeArea(w, h, Rect{X: w - 380, W: 380, H: h})
	geo := LayoutFor(m, Rect{X: a.X * scale, Y: a.Y * scale, W: a.W * scale, H: a.H * scale},
		scale)
	s := &Scene{}
	s.Build(m, geo, fontsAt(t, scale), 0)
	return s
}

// unit returns the view of unit (lv, i).
func (s *Scene) unit(lv, i int) UnitView {
	for _, u := range s.Units {
		if u.Unit == (Unit{lv, i}) {
			return u
		}
	}
	panic("no such unit")
}

// steps presses Step n times, each time playing its phase out.
func steps(m *Session, n int) {
	for k := 0; k < n; k++ {
		m.Apply(StepPhase{})
		m.AdvanceAnim(10)
	}
}

// TestUnitsThroughAStep checks what the hidden and output units show at moments of a
// Step on Playground's default network: values as the forward pass reaches them,
// dL/dz once the backward pass has passed them, and the bias moving in the update.
func TestUnitsThroughAStep(t *testing.T) {
	type want struct {
		value, detail  string // for each level 1..3, "z", "a", "…" and "b", "dL/dz"
		veiled, filled bool
	}
	cases := []struct {
		name  string
		press int     // Step presses
		secs  float64 // then played
		want  [3]want // levels 1, 2, 3
	}{
		{"forward crossing layer 2, early", 1, beatSecs * 1.25, [3]want{
			{"a", "b", false, false}, {"z", "b", true, true}, {"…", "b", true, false}}},
		{"forward crossing layer 2, late", 1, beatSecs * 1.75, [3]want{
			{"a", "b", false, false}, {"a", "b", true, true}, {"…", "b", true, false}}},
		{
			"loss",
			2,
			10,
			[3]want{{"a", "b", false, false}, {"a", "b", false, false}, {"a", "b", false, false}},
		},
		{"backward past the output", 3, beatSecs * 0.75, [3]want{
			{"a", "b", false, false}, {"a", "b", false, false}, {"a", "dL/dz", false, false}}},
		{"backward done", 3, 10, [3]want{
			{"a", "dL/dz", false, false}, {"a", "dL/dz", false, false}, {"a", "dL/dz", false, false}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := NewSession()
			for k := 0; k < c.press; k++ {
				m.Apply(StepPhase{})
				if k < c.press-1 {
					m.AdvanceAnim(10)
				}
			}
			m.AdvanceAnim(c.secs)
			s := sceneOf(t, m)
			rec := m.Anim.Record
			for lv := 1; lv <= 3; lv++ {
				lt, w := rec.Trace.Layers[lv-1], c.want[lv-1]
				for i := range lt.Z {
					u := s.unit(lv, i)
					value := map[string]string{"z": "z = " + Num(lt.Z[i]), "a": "a = " + Num(lt.A[i]),
						"…": Say(WaitingLine)}[w.value]
					detail := "dL/dz = " + Num(lt.DZ[i])
					if w.detail == "b" {
						detail = "b = " + Num(m.Net.Layers[lv-1].Linear.Bias[i])
					}
					if u.Value != value || u.Detail != detail {
						t.Errorf("unit %d/%d shows %q, %q; want %q, %q", lv, i, u.Value, u.Detail, value, detail)
					}
					if u.Veiled != w.veiled || (u.Fill.H > 0) != w.filled {
						t.Errorf(
							"unit %d/%d veiled %v, fill %v; want %v, %v",
							lv,
							i,
							u.Veiled,
							u.Fill,
							w.veiled,
							w.filled,
						)
					}
					if w.filled {
						v := lt.Z[i]
						if w.value == "a" {
							v = lt.A[i]
						}
						if u.Fill.Color != translucent(sheet.Diverging(v), 0xe0) {
							t.Errorf("unit %d/%d fills in %v, want the colour of %s", lv, i, u.Fill.Color, w.value)
						}
					}
				}
			}
		})
	}
}

// TestUpdateMovesWhatIsShown checks the update phase: the selected unit's weights read
// old → new, the bias square and the edges move from the old values to the new.
func TestUpdateMovesWhatIsShown(t *testing.T) {
	m := NewSession()
	steps(m, 3)
	m.Apply(StepPhase{})
	m.AdvanceAnim(phaseSecs / 2)
	rec := m.Anim.Record
	s := sceneOf(t, m)
	// Layer 1's weight is parameter 0, its bias 1; the selected unit is layer 1, unit 1.
	mid := func(o, n float64) float64 { return o + (n-o)*smooth(0.5) }
	for _, e := range s.Edges {
		if e.Layer != 0 {
			continue
		}
		k := e.Unit*2 + e.In
		if w := mid(rec.Old[0][k], rec.New[0][k]); e.Value != w || e.Width != EdgeWidth(w) {
			t.Errorf("edge %d→%d shows %v at width %v; want %v", e.In, e.Unit, e.Value, e.Width, w)
		}
	}
	if b := s.unit(1, 2).Bias.Color; b != sheet.Diverging(mid(rec.Old[1][2], rec.New[1][2])) {
		t.Errorf("bias square %v", b)
	}
	for j := 0; j < 2; j++ {
		// In one line, or folded in two where one is too wide to pass between columns.
		o, n := "w "+fixedDecimals(rec.Old[0][j], 4), "→ "+fixedDecimals(rec.New[0][j], 4)
		if !hasLabel(s, o+" "+n) && !(hasLabel(s, o) && hasLabel(s, n)) {
			t.Errorf("no label %q on the selected unit's edge", o+" "+n)
		}
	}
}

func hasLabel(s *Scene, text string) bool {
	for _, l := range s.Labels {
		if l.Text == text {
			return true
		}
	}
	return false
}

// TestEdgesInEachMode checks what the edges encode: the weight at rest, the gradient
// over the training set while Play trains fast, the sample's gradient after Step's
// backward pass; the strongest gradient edge is 6.5 CSS pixels wide.
func TestEdgesInEachMode(t *testing.T) {
	for _, c := range []struct {
		name  string
		setup func(m *Session)
		mode  EdgeMode
		value func(m *Session, l, i, j int) float64
	}{
		{"at rest", func(*Session) {}, EdgesWeight, func(m *Session, l, i, j int) float64 {
			return m.Net.Layers[l].Linear.Weight[i][j]
		}},
		{"fast play", func(m *Session) {
			m.Apply(SetSpeed{Speed: SpeedEpoch})
			m.Apply(Play{On: true})
		}, EdgesGradient, func(m *Session, l, i, j int) float64 {
			return m.Diag.Layers[l].WeightGrad[i*m.Net.Layers[l].Linear.In+j]
		}},
		{"slow play", func(m *Session) {
			m.Apply(SetSpeed{Speed: SpeedSample})
			m.Apply(Play{On: true})
		}, EdgesWeight, func(m *Session, l, i, j int) float64 {
			return m.Net.Layers[l].Linear.Weight[i][j]
		}},
		{"step backward", func(m *Session) { steps(m, 3) }, EdgesStepGrad, func(m *Session,
			l, i, j int) float64 {
			return m.Anim.Record.Trace.Layers[l].DZ[i] * m.Anim.Record.Trace.Layers[l].Input[j]
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, scale := range []float64{1, 2} {
				m := NewSession()
				c.setup(m)
				s := sceneAt(t, m, 1280, 800, scale)
				if s.EdgeMode != c.mode {
					t.Fatalf("edge mode %v, want %v", s.EdgeMode, c.mode)
				}
				widest := 0.0
				for _, e := range s.Edges {
					v := c.value(m, e.Layer, e.Unit, e.In)
					want := EdgeWidth(v)
					if c.mode != EdgesWeight {
						want = 0.5 + 6*math.Abs(v)/gradTop(m, s.step(m), c.mode)
					}
					if e.Value != v || math.Abs(e.Width-want*scale) > 1e-12 {
						t.Errorf("edge %d:%d→%d value %v width %v, want %v and %v", e.Layer, e.In, e.Unit,
							e.Value, e.Width, v, want*scale)
					}
					widest = math.Max(widest, e.Width)
				}
				if c.mode != EdgesWeight && math.Abs(widest-6.5*scale) > 1e-9 {
					t.Errorf("the widest gradient edge is %v canvas pixels at scale %v", widest, scale)
				}
				if n := 2*4 + 4*2 + 2*1; len(s.Edges) != n {
					t.Errorf("%d edges, want %d", len(s.Edges), n)
				}
			}
		})
	}
}

// TestChainRuleIsCores compares the chain rule the activation view writes with core's
// own backward pass of the same sample, for units in every layer.
func TestChainRuleIsCores(t *testing.T) {
	for _, u := range []Unit{{1, 0}, {1, 3}, {2, 1}, {3, 0}} {
		m := NewSession()
		m.Apply(Select{Unit: u})
		ref := m.Net.Clone()
		steps(m, 3)
		sample := m.Anim.Record.Sample
		ref.ZeroGrad()
		rt := core.NewTrace(ref)
		ref.AccumulateSample(rt, m.XTrain[sample], m.TTrain[sample], m.Loss, 1)
		lt := rt.Layers[u.Level-1]
		act := ref.Layers[u.Level-1].Activation()
		want := ChainRule{DA: lt.DA[u.Index], FPrime: act.Derivative(lt.Z[u.Index]), DZ: lt.DZ[u.Index]}
		s := sceneOf(t, m)
		if !s.Act.HasChain || s.Act.Chain != want {
			t.Errorf("unit %v: chain rule %+v (%v), core %+v", u, s.Act.Chain, s.Act.HasChain, want)
		}
		if math.Abs(want.DA*want.FPrime-want.DZ) > 1e-12 {
			t.Errorf("unit %v: %v × %v ≠ %v", u, want.DA, want.FPrime, want.DZ)
		}
		text := "chain rule: dL/da × f′(z) = dL/dz: " + Num(want.DA) + " × " +
			Num(want.FPrime) + " = " + Num(want.DZ)
		if !hasLabel(s, text) {
			t.Errorf("unit %v: no label %q", u, text)
		}
	}
	// Before the backward pass reaches it, the view shows z, f(z), f'(z) and the region.
	m := NewSession()
	m.Apply(StepPhase{})
	if s := sceneOf(t, m); s.Act.HasChain {
		t.Error("the chain rule shows before the backward pass")
	}
}

// TestLossBox checks the loss box against the step's trace and the loss's formula.
func TestLossBox(t *testing.T) {
	for _, loss := range core.Losses() {
		m := NewSession()
		m.Apply(SetLoss{Loss: loss})
		m.Apply(StepPhase{})
		m.AdvanceAnim(10)
		if s := sceneOf(t, m); s.LossBox.Shown {
			t.Fatal("the loss box shows before the loss phase")
		}
		m.Apply(StepPhase{})
		s := sceneOf(t, m)
		tr := m.Anim.Record.Trace
		b := s.LossBox
		if !b.Shown || b.Y != tr.Output()[0] || b.Target != tr.Target[0] || b.Loss != tr.Loss ||
			b.DY != tr.DY[0] {
			t.Errorf(
				"%s: loss box %+v, trace y %v t %v loss %v dy %v",
				loss.Name(),
				b,
				tr.Output()[0],
				tr.Target[0],
				tr.Loss,
				tr.DY[0],
			)
		}
		if text := "loss = " + loss.Formula() + " = " + Num(tr.Loss); !hasLabel(s, text) {
			t.Errorf("no label %q", text)
		}
	}
}

// TestRegionShades checks the activation view's shading: ReLU's dead band, tanh's
// saturated tails, each in the exported figure's fill, premultiplied; none for identity.
func TestRegionShades(t *testing.T) {
	for _, c := range []struct {
		act     core.Activation
		regions []core.Region
	}{
		{core.ReLU{}, []core.Region{core.Dead}},
		{core.Tanh{}, []core.Region{core.Saturated, core.Saturated}},
		{core.Sigmoid{}, []core.Region{core.Saturated, core.Saturated}},
		{core.Identity{}, nil},
	} {
		m := NewSession()
		m.Apply(SetActivation{Layer: 0, Act: c.act})
		s := sceneOf(t, m)
		if len(s.Act.Shades) != len(c.regions) {
			t.Errorf("%v: %d shaded bands, want %d", c.act, len(s.Act.Shades), len(c.regions))
			continue
		}
		for k, r := range c.regions {
			want, _ := RegionShade(r)
			b := s.Act.Shades[k]
			if b.Color != want || b.Color.R > b.Color.A || b.W <= 0 || b.Y != s.Act.Plot.Y {
				t.Errorf("%v: band %d %+v, want colour %v", c.act, k, b, want)
			}
		}
	}
	// Every region the figures shade, the page shades alike.
	for _, r := range []core.Region{core.Active, core.Saturated, core.Dead, core.Leaky} {
		c, ok := RegionShade(r)
		if ok != (r != core.Active) || (ok && c.A == 0) {
			t.Errorf("region %v: shade %v %v", r, c, ok)
		}
	}
}

// TestLabelsAreMeasured checks, over many states at several sizes, that every label is
// a finished string with the box its font gives it.
func TestLabelsAreMeasured(t *testing.T) {
	states := map[string]func(m *Session){
		"rest":     func(*Session) {},
		"forward":  func(m *Session) { m.Apply(StepPhase{}); m.AdvanceAnim(beatSecs / 2) },
		"backward": func(m *Session) { steps(m, 3) },
		"update":   func(m *Session) { steps(m, 3); m.Apply(StepPhase{}) },
		"dead": func(m *Session) {
			m.Apply(SetActivation{Layer: 0, Act: core.ReLU{}})
			m.Apply(SetBias{Layer: 0, Value: -5})
		},
		"deep":     func(m *Session) { m.Apply(UsePreset{Index: 2}) },
		"diverged": func(m *Session) { m.Diverged = NoTrainingPoints.With() },
	}
	for name, setup := range states {
		for _, size := range [][3]float64{
			{1280, 800, 1}, {1920, 1080, 1}, {1280, 800, 2}, {390, 844, 1},
		} {
			m := NewSession()
			setup(m)
			s := sceneAt(t, m, size[0], size[1], size[2])
			if len(s.Labels) < 10 {
				t.Errorf("%s at %v: %d labels", name, size, len(s.Labels))
			}
			for _, l := range s.Labels {
				f := s.Fonts.Face(l.Size)
				if l.Text == "" || strings.ContainsAny(l.Text, "{}") {
					t.Errorf("%s at %v: label %q", name, size, l.Text)
				}
				if l.Box.W != f.Width(l.Text) || l.Box.H != f.LineHeight || !core.IsFinite(l.Box.X+l.Box.Y) {
					t.Errorf("%s at %v: %q has box %+v", name, size, l.Text, l.Box)
				}
			}
		}
	}
}

// TestPulses checks the dots of a Step's forward and backward beats and of slow Play.
func TestPulses(t *testing.T) {
	m := NewSession()
	m.Apply(StepPhase{})
	m.AdvanceAnim(beatSecs * 1.5) // layer 2 (4 → 2) at half way
	s := sceneOf(t, m)
	if len(s.Pulses) != 8 {
		t.Errorf("%d pulses crossing layer 2, want 8", len(s.Pulses))
	}
	from, to := s.Geo.Nodes[1][0], s.Geo.Nodes[2][0]
	midX := (from.X + from.W + to.X) / 2
	for _, p := range s.Pulses {
		if math.Abs(p.X-midX) > 1e-9 || p.R < 2 || p.R > 6.5 || p.Halo != p.R+1 {
			t.Errorf("pulse %+v, want half way at x = %v", p, midX)
		}
	}
	m.AdvanceAnim(10)
	if s := sceneOf(t, m); len(s.Pulses) != 0 {
		t.Errorf("%d pulses after the forward pass", len(s.Pulses))
	}
	m = NewSession()
	m.Apply(SetSpeed{Speed: SpeedSample})
	m.Apply(Play{On: true})
	m.Tick(clock, 0)
	if s := sceneOf(t, m); len(s.Pulses) != len(s.Edges) {
		t.Errorf("slow Play shows %d pulses on %d edges", len(s.Pulses), len(s.Edges))
	}
}

// TestStepInfo checks the panel's line about the Step.
func TestStepInfo(t *testing.T) {
	m := NewSession()
	if StepInfo(m) != "" {
		t.Error("step info with no step")
	}
	for _, c := range []struct {
		phase         Phase
		showing, next string
	}{
		{PhaseForward, "forward", "loss"}, {PhaseLoss, "loss", "backward"},
		{PhaseBackward, "backward", "update"}, {PhaseUpdate, "update", "the next step"},
	} {
		m.Apply(StepPhase{})
		m.AdvanceAnim(10)
		rec := m.Anim.Record
		p := m.Train[rec.Sample]
		want := "Step on training point #" + strconv.Itoa(
			rec.Sample, // counted from 0, as X's rows and the units are
		) + " at (" + minusSigned(fixedDecimals(
			p.X1, 4,
		)) + ", " + minusSigned(fixedDecimals(
			p.X2, 4,
		)) +
			"), label " + minusSigned(Num(
			p.Label,
		)) + "; the update uses the mean gradient of 10 points, #" + strconv.Itoa(rec.Sample) +
			" to #" + strconv.Itoa(rec.Sample+9) + ". Showing: " +
			c.showing + ". Step again for " + c.next + "."
		if got := StepInfo(m); got != want {
			t.Errorf("after %v:\n got %q\nwant %q", c.phase, got, want)
		}
	}
}
