package play

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"nnplay/core"
)

// TestStepRegularizesAsPlayDoes checks that Step's update is one step of Play's
// optimizer (the trainer's core.SGD, its L1 or L2 rate included) from the same
// parameters and gradients. Step's update used to leave the regularization out, so that
// with L1 or L2 on Step moved the weights otherwise than Play.
func TestStepRegularizesAsPlayDoes(t *testing.T) {
	for _, reg := range []Regularization{RegL1, RegL2} {
		m := presetSession(t, 1, Unit{1, 0})
		mustApply(t, m, SetRegularization{Reg: reg})
		mustApply(t, m, SetRegRate{Rate: 0.3})
		play := m.Trainer.Opt
		if play.L1 == 0 && play.L2 == 0 {
			t.Fatalf("%v: Play's trainer does not regularize", reg)
		}
		rec, why := m.prepareStep(0)
		if why != nil {
			t.Fatal(why)
		}
		params := m.Net.Clone().Parameters()
		for i, p := range params {
			copy(p.Value, rec.Old[i])
			copy(p.Grad, rec.Grad[i])
		}
		opt := core.NewSGD(params, rec.LR)
		opt.L1, opt.L2 = play.L1, play.L2
		if err := opt.Step(); err != nil {
			t.Fatal(err)
		}
		moved := 0
		for i, p := range params {
			for k, old := range rec.Old[i] {
				if got, want := rec.New[i][k], p.Value[k]; math.Abs(got-want) > 1e-12 {
					t.Fatalf("%v: %s[%d] = %v after Step's update, want %v", reg, p.Name, k,
						got, want)
				}
				if p.IsWeight && rec.New[i][k] != old-rec.LR*rec.Grad[i][k] {
					moved++
				}
			}
		}
		if moved == 0 {
			t.Errorf("%v: no weight moved otherwise than by its gradient", reg)
		}
	}
}

// TestUpdateWithRegularizationCanBeCheckedByHand checks that Step's update line stays
// true with L1 or L2 on: old - lr × g = new, where g, the gradient the update applied,
// includes the penalty's pull, and the line names it, EN and KO.
func TestUpdateWithRegularizationCanBeCheckedByHand(t *testing.T) {
	defer SetLanguage{Lang: English}.apply(nil)
	rule := regexp.MustCompile(`w\[\d+\]\[\d+\].* = (\S+) - (\S+) × (\S+) = (\S+)$`)
	for _, lang := range []Lang{English, Korean} {
		SetLanguage{Lang: lang}.apply(nil)
		for _, reg := range []Regularization{RegL1, RegL2} {
			m := presetSession(t, 0, Unit{1, 1})
			mustApply(t, m, SetRegularization{Reg: reg})
			mustApply(t, m, SetRegRate{Rate: 0.3})
			for range 4 {
				mustApply(t, m, StepPhase{Instant: true})
			}
			m.Apply(ShowPane{Pane: PaneActivation})
			s := pageScene(t, m, window{1280, 800, 1})
			where := fmt.Sprintf("%v, %v", lang, reg)
			var got []string
			for _, l := range s.Labels {
				if got = rule.FindStringSubmatch(l.Text); got != nil {
					break
				}
			}
			if got == nil {
				t.Errorf("%s: no update line w = old - lr × g = new", where)
				continue
			}
			if !strings.Contains(got[0], strings.ToUpper(reg.String())) {
				t.Errorf("%s: %q does not name the regularization", where, got[0])
			}
			var v [4]float64
			for i, f := range got[1:] {
				var err error
				if v[i], err = strconv.ParseFloat(f, 64); err != nil {
					t.Fatalf("%s: %q: %v", where, got[0], err)
				}
			}
			if d := math.Abs(v[0] - v[1]*v[2] - v[3]); d > 1.5e-4 {
				t.Errorf("%s: %q: old - lr × g - new = %.3g", where, got[0], d)
			}
		}
	}
}
