package play

import (
	"strconv"
	"testing"

	"nnplay/core"
)

// TestStepPhasesKeepTheirNumbers presses Step through a whole step on every preset and
// checks that, once each phase has played out, every unit it reached shows its number
// and its picture: none is veiled, none reads a placeholder. (The forward phase used to
// end with every hidden and output unit white and reading "?".)
func TestStepPhasesKeepTheirNumbers(t *testing.T) {
	for p := range Presets() {
		m := presetSession(t, p, Unit{1, 0})
		for press, phase := range []Phase{PhaseForward, PhaseLoss, PhaseBackward, PhaseUpdate} {
			m.Apply(StepPhase{})
			m.AdvanceAnim(100)
			s := pageScene(t, m, windows[1])
			rec := m.Anim.Record
			for _, u := range s.Units {
				if u.Unit.Level == 0 {
					continue
				}
				lt := rec.Trace.Layers[u.Unit.Level-1]
				want := Say(ValueLine, Num(lt.A[u.Unit.Index]))
				if u.Veiled || u.Fill.H > 0 || u.Value != want {
					t.Errorf("preset %d, %v done (press %d): unit %v veiled %v, reads %q; want %q",
						p, phase, press+1, u.Unit, u.Veiled, u.Value, want)
				}
			}
		}
	}
}

// TestDrawnTextIsInTheFont runs every text the canvas draws, on every preset, at every
// moment of a Step, in every window, in the states that write badges and banners,
// through the glyph set of the atlas that draws it: a rune the atlas lacks would reach
// the canvas as '?'. (The forward pass wrote "…", which the atlas lacks.)
func TestDrawnTextIsInTheFont(t *testing.T) {
	check := func(where string, s *Scene) {
		t.Helper()
		for _, l := range s.Labels {
			glyphs := s.Fonts.Face(l.Size).Glyphs
			for _, r := range l.Text {
				if _, ok := glyphs[r]; !ok {
					t.Errorf("%s: %q holds %q, which the font lacks", where, l.Text, r)
					break
				}
			}
		}
	}
	for p := range Presets() {
		layers := len(presetSession(t, p, Unit{}).Net.Layers)
		for _, mo := range stepMoments(layers) {
			for _, win := range windows {
				m := presetSession(t, p, Unit{1, 0})
				mo.set(m)
				check("preset "+strconv.Itoa(p)+", "+mo.name+", "+win.String(), pageScene(t, m, win))
			}
		}
	}
	for name, set := range badgeStates {
		m := NewSession()
		set(m)
		check(name, pageScene(t, m, windows[0]))
	}
	// Every message the canvas may write, with numbers for its arguments.
	fonts := testFontsAt(t, 1)
	args := []string{Num(-0.125), Num(3e-5), Num(12345), "7", "x1", "Tanh", "8", "9"}
	for _, msg := range canvasMessages {
		text := Say(msg, args...)
		for _, size := range []FontSize{Small, Normal} {
			for _, r := range text {
				if _, ok := fonts.Face(size).Glyphs[r]; !ok {
					t.Errorf("message %d %q holds %q, which the font lacks", msg, text, r)
				}
			}
		}
	}
}

// badgeStates are states that write the canvas's badges, banners and other rarer texts.
var badgeStates = map[string]func(m *Session){
	"dead": func(m *Session) {
		m.Apply(SetActivation{Layer: 0, Act: core.ReLU{}})
		m.Apply(SetBias{Layer: 0, Unit: 0, Value: -5})
	},
	"diverged": func(m *Session) {
		m.Apply(UsePreset{Index: 3})
		m.Apply(SetLR{LR: 10})
		m.Apply(SetSpeed{Speed: SpeedEpoch})
		m.Apply(Play{On: true})
		run(m, 50)
	},
	"playing fast": func(m *Session) {
		m.Apply(Play{On: true})
		run(m, 3)
	},
	"playing slow": func(m *Session) {
		m.Apply(SetSpeed{Speed: SpeedSample})
		m.Apply(Play{On: true})
		run(m, 3)
	},
	"no bias": func(m *Session) { m.Apply(SetBiasEnabled{Layer: 1, On: false}) },
	"leaky": func(m *Session) {
		m.Apply(SetActivation{Layer: 0, Act: core.LeakyReLU{NegativeSlope: 0.01}})
	},
	"hovered edge": func(m *Session) {
		m.Apply(SetHover{Hover: Hover{On: true, Edge: true, Unit: Unit{2, 1}, In: 3}})
	},
}

// canvasMessages are the messages the scene writes on the canvas.
var canvasMessages = func() (ms []Msg) {
	for m := InputTitle; m <= DivergedBanner; m++ {
		ms = append(ms, m)
	}
	return append(ms, NumUndefined, NumOverflow, WaitingLine, LeakyBadge, InputTitleShort,
		LayerTitleShort, OutputTitleShort, ActivationReadoutShort, ChainRuleShort,
		ChartTitleShort, LossBoxOutputShort, LossBoxLossShort, DivergedBannerShort,
		TabNetwork, TabPlane, TabActivation, TabChart)
}()
