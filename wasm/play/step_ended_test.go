package play

import (
	"strings"
	"testing"

	"nnplay/core"
)

// TestAnEditThatEndsTheStepSaysSo: an edit during a Step ends it (TestAnEditEndsTheStep),
// and the fresh-eyes look found that nothing said so: the Step's text went empty, the
// loss box and the gradients vanished. The Step's own text, beside the Step buttons,
// names what changed, in both languages, and only it: neither the command's answer nor
// the status line at the panel's top says it again (look11: twice on the screen, and the
// panel scrolled away from the control just used to show it). It is said neither for the
// same edit outside a Step nor after the next Step.
func TestAnEditThatEndsTheStepSaysSo(t *testing.T) {
	defer speak(English)
	edits := []struct {
		cmd    Command
		before Command
		en, ko string
	}{
		{SetWeight{Layer: 0, Unit: 0, In: 0, Value: 3}, nil, "changed a weight", "가중치를"},
		{SetEdgeWeight{Value: 2}, SelectEdge{Layer: 1, Unit: 0, In: 1}, "a weight", "가중치를"},
		{SetBias{Layer: 0, Unit: 0, Value: 2}, nil, "changed a bias", "bias를"},
		{SetBiasEnabled{Layer: 0, On: false}, nil, "a bias", "bias를"},
		{SetActivation{Layer: 0, Act: core.Sigmoid{}}, nil, "an activation", "활성화 함수를"},
		{SetLR{LR: 1}, nil, "the learning rate", "학습률을"},
		{SetBatch{Size: 3}, nil, "the batch size", "배치 크기를"},
		{SetLoss{Loss: core.MSELoss{}}, nil, "the loss", "손실 함수를"},
		{SetRegRate{Rate: 0.1}, SetRegularization{Reg: RegL1}, "the regularization", "정규화를"},
		{SetNoise{Percent: 20}, nil, "the data", "데이터를"},
		{Reset{}, nil, "reset the weights", "초기화"},
		{SetUnits{Level: 1, N: 5}, nil, "the network's shape", "모양을"},
		{AddLayer{}, nil, "the network's shape", "모양을"},
		{RemoveLayer{}, nil, "the network's shape", "모양을"},
		{UsePreset{Index: 1}, nil, "network to start from", "시작 신경망"},
		{SetHiddenActivation{Act: core.Sigmoid{}}, nil, "an activation", "활성화 함수를"},
		{SetDataKind{Kind: core.XOR}, nil, "the data", "데이터를"},
		{SetTrainPct{Percent: 70}, nil, "the data", "데이터를"},
		{Regenerate{}, nil, "the data", "데이터를"},
		{SetProblem{Problem: Regression}, nil, "the data", "데이터를"},
		{LoadFile{Kind: DataFile, Name: "p.csv", Text: ownPoints}, nil, "the data", "데이터를"},
		{AddUnit{Level: 1}, nil, "the network's shape", "모양을"},
		{RemoveUnit{Level: 1}, nil, "the network's shape", "모양을"},
		{SetFeature{Feature: core.X1Squared, On: true}, nil, "the network's shape", "모양을"},
		{NewSeed{}, nil, "reset the weights", "초기화"},
	}
	for _, e := range edits {
		ready := func() *Session {
			m := NewSession()
			if e.before != nil {
				mustApply(t, m, e.before)
			}
			return m
		}
		out := ready()
		if err := out.Apply(e.cmd); stepEnded(err) {
			t.Errorf("%T outside a Step says %q", e.cmd, err)
		}
		if s := StepInfo(out); s != "" {
			t.Errorf("%T outside a Step: the Step's text says %q", e.cmd, s)
		}
		m := ready()
		for m.Anim.Done != PhaseBackward {
			mustApply(t, m, StepPhase{Instant: true})
		}
		err := m.Apply(e.cmd)
		if stepEnded(err) {
			t.Errorf("%T during a Step answers %q beside the Step's text", e.cmd,
				explainIn(English, err))
		}
		for _, l := range []struct {
			lang      Lang
			lead, why string
		}{{Korean, "‘한 단계’", e.ko}, {English, "Step ended: you ", e.en}} {
			speak(l.lang)
			if s := StepInfo(m); !strings.Contains(s, l.lead) || !strings.Contains(s, l.why) {
				t.Errorf("%T in %v: the Step's own text %q does not say %q ... %q", e.cmd,
					l.lang, s, l.lead, l.why)
			}
		}
		var line Status
		if line.Answer(e.cmd, err, true); stepEnded(line.Err()) {
			t.Errorf("%T: the status line says again what the Step's text says: %q", e.cmd,
				line.Err())
		}
		if Refusal(err) != nil {
			t.Errorf("%T: the box beside the edit shows the Notice as a refusal", e.cmd)
		}
		next := m.Apply(StepPhase{Instant: true})
		if line.Answer(StepPhase{Instant: true}, next, false); line.Err() != nil {
			t.Errorf("%T: after the next Step the status line still says %q", e.cmd, line.Err())
		}
		if s := StepInfo(m); strings.Contains(s, "ended") {
			t.Errorf("%T: after the next Step its text still says %q", e.cmd, s)
		}
	}
}

// TestPlayEndsTheStepWithoutAWord: Play takes the page over from a Step, which the
// learner sees training, as the Play button and the space key send it (TogglePlay);
// moving the input point or picking a unit leaves the Step alone.
func TestPlayEndsTheStepWithoutAWord(t *testing.T) {
	for _, c := range []Command{Play{On: true}, TogglePlay{}, SetInput{X1: 1, X2: 1},
		Select{Unit: Unit{Level: 2}}} {
		m := NewSession()
		mustApply(t, m, StepPhase{Instant: true})
		if err := m.Apply(c); err != nil {
			t.Errorf("%T during a Step answers %q", c, err)
		}
	}
}

// A lesson opened during a Step puts free play aside, Step included: nothing ended, so
// nothing is said, and going back to free play shows the same Step.
func TestALessonKeepsFreePlaysStep(t *testing.T) {
	m := NewSession()
	mustApply(t, m, StepPhase{Instant: true})
	mustApply(t, m, StepPhase{Instant: true})
	before := StepInfo(m)
	if err := m.Apply(OpenLesson{ID: 4}); err != nil {
		t.Errorf("opening a lesson during a Step answers %q", err)
	}
	if err := m.Apply(OpenLesson{ID: 0}); err != nil {
		t.Errorf("going back to free play answers %q", err)
	}
	if after := StepInfo(m); after != before || before == "" {
		t.Errorf("free play's Step said %q before the lesson and %q after it", before, after)
	}
}

// TestALoadOrALinkSaysSoWhenItEndsTheStep: loading a model and opening a link (the page's
// hash changed) each replace the network, and the fresh-eyes look found the Step's end
// said "you changed the network" of both, which the learner did not do: the Step's text
// says what happened, in both languages, and the answer does not say it again.
func TestALoadOrALinkSaysSoWhenItEndsTheStep(t *testing.T) {
	defer speak(English)
	_, model, _, _ := NewSession().ExportText("model")
	for _, e := range []struct {
		cmd    Command
		en, ko string
	}{
		{LoadFile{Kind: ModelFile, Name: "m.json", Text: model}, "you loaded a model",
			"모델을 불러왔습니다"},
		{OpenLink{Hash: "data=xor&lr=0.1&seed=7"}, "you opened a link", "링크를 열었습니다"},
	} {
		m := NewSession()
		mustApply(t, m, StepPhase{Instant: true})
		if err := m.Apply(e.cmd); stepEnded(err) {
			t.Errorf("%T during a Step answers %q beside the Step's text", e.cmd,
				explainIn(English, err))
		}
		speak(Korean)
		ko := StepInfo(m)
		speak(English)
		if en := StepInfo(m); !strings.Contains(en, "Step ended: "+e.en) ||
			!strings.Contains(ko, e.ko) {
			t.Errorf("%T during a Step: the Step's text says %q and %q", e.cmd, en, ko)
		}
	}
}

// TestADragKeepsTheStepEndedNotice: a slider sends a command at each move of a drag, and
// the fresh-eyes look found that the drag's second move, "the learner's next action",
// erased the notice its first move set: a real drag ended the Step without a word. The
// rest of the same edit of the same thing keeps the notice in the Step's text (the status
// line leaves it to that text); a different action lets it go.
func TestADragKeepsTheStepEndedNotice(t *testing.T) {
	drags := []struct {
		first, then, other Command
	}{
		{SetWeight{Layer: 1, Unit: 0, In: 1, Value: 1}, SetWeight{Layer: 1, Unit: 0, In: 1,
			Value: 1.5}, SetWeight{Layer: 1, Unit: 0, In: 2, Value: 1}},
		{SetBias{Layer: 0, Unit: 2, Value: 1}, SetBias{Layer: 0, Unit: 2, Value: 2},
			SetBias{Layer: 0, Unit: 1, Value: 1}},
		{SetEdgeWeight{Value: 1}, SetEdgeWeight{Value: 2}, SetBatch{Size: 3}},
		{SetBatch{Size: 3}, SetBatch{Size: 4}, SetInput{X1: 1, X2: 1}},
		{SetNoise{Percent: 10}, SetNoise{Percent: 15}, SetTrainPct{Percent: 60}},
	}
	for _, d := range drags {
		m := NewSession()
		mustApply(t, m, SelectEdge{Layer: 1, Unit: 0, In: 1})
		for m.Anim.Done != PhaseBackward {
			mustApply(t, m, StepPhase{Instant: true})
		}
		var line Status
		err := m.Apply(d.first)
		line.Answer(d.first, err, true)
		for range 3 {
			err = m.Apply(d.then)
			if line.Answer(d.then, err, true); stepEnded(line.Err()) {
				t.Errorf("%T: the status line says again what the Step's text says: %v",
					d.then, line.Err())
			}
			if s := StepInfo(m); !strings.Contains(s, "Step ended") {
				t.Errorf("%T: the drag's next move leaves the Step's text saying %q", d.then, s)
			}
			mustApply(t, m, SetHover{}) // the page's own commands come between
		}
		err = m.Apply(d.other)
		if line.Answer(d.other, err, true); stepEnded(line.Err()) {
			t.Errorf("%T after %T: the status line still says %q", d.other, d.then,
				line.Err())
		}
		if s := StepInfo(m); strings.Contains(s, "Step ended") {
			t.Errorf("%T after %T: the Step's text still says %q", d.other, d.then, s)
		}
	}
}

// stepEnded reports whether err says that a Step ended.
func stepEnded(err error) bool {
	return err != nil && strings.Contains(explainIn(English, err), "Step ended")
}

// ownPoints is a data file of ten points, labelled +1 and -1.
const ownPoints = "1,1,1\n2,1,1\n1,2,1\n2,2,1\n3,3,1\n" +
	"-1,-1,-1\n-2,-1,-1\n-1,-2,-1\n-2,-2,-1\n-3,-3,-1\n"

// TestEverySliderThatEndsAStepSaysItsEdit moves each slider of the panel (a control
// committed on "input" or echoing its value, and the selected unit's weights and bias)
// twice during a Step: a slider whose command ends the Step says what it edits (dragged),
// the same at both values, so that the drag's next move keeps the notice.
func TestEverySliderThatEndsAStepSaysItsEdit(t *testing.T) {
	type slider struct {
		id  string
		set func(value string) (Command, error)
	}
	var sliders []slider
	for _, c := range Controls() {
		if c.Command != nil && (c.Event == "input" || c.Echo != "") {
			sliders = append(sliders, slider{c.ID, c.Command})
		}
	}
	m := NewSession()
	mustApply(t, m, SelectEdge{Layer: 1, Unit: 0, In: 1})
	mustApply(t, m, Select{Unit: Unit{Level: 2, Index: 0}})
	for _, f := range UnitFields(m) {
		if f.Slider {
			sliders = append(sliders, slider{f.ID, f.Set})
		}
	}
	ended := 0
	for _, sl := range sliders {
		m := NewSession()
		mustApply(t, m, SelectEdge{Layer: 1, Unit: 0, In: 1})
		mustApply(t, m, Select{Unit: Unit{Level: 2, Index: 0}})
		for m.Anim.Done != PhaseBackward {
			mustApply(t, m, StepPhase{Instant: true})
		}
		first, err1 := sl.set("20")
		then, err2 := sl.set("30")
		if err1 != nil || err2 != nil {
			t.Fatalf("%s: %v, %v", sl.id, err1, err2)
		}
		if err := Refusal(m.Apply(first)); err != nil {
			t.Fatalf("%s: %v", sl.id, err)
		}
		if m.Anim.Record != nil {
			continue // it ends no Step
		}
		ended++
		if e := editOf(first); e == nil || e != editOf(then) {
			t.Errorf("%s: %T ends the Step; its edit is %v, then %v", sl.id, first, e,
				editOf(then))
		}
	}
	if ended < 6 {
		t.Errorf("%d of %d sliders end the Step", ended, len(sliders))
	}
}
