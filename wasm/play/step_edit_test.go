package play

import (
	"testing"

	"nnplay/core"
)

// TestAnEditEndsTheStep walks every kind of edit of what a Step computes from, in each
// phase of the Step: the edit ends the Step (the page shows the edited network at rest)
// and the next Step starts from the edited model, so that its update never writes the
// old model's step over the learner's edit (the fresh-eyes look: a typed 3 became 0.0653).
func TestAnEditEndsTheStep(t *testing.T) {
	edits := []struct {
		name   string
		cmd    Command
		before Command // what makes the edit matter
	}{
		{"weight", SetWeight{Layer: 0, Unit: 0, In: 0, Value: 3}, nil},
		{"edge's weight", SetEdgeWeight{Value: 2}, SelectEdge{Layer: 1, Unit: 0, In: 1}},
		{"bias", SetBias{Layer: 0, Unit: 0, Value: 2}, nil},
		{"bias off", SetBiasEnabled{Layer: 0, On: false}, nil},
		{"activation", SetActivation{Layer: 0, Act: core.Sigmoid{}}, nil},
		{"activation's parameter", SetActivationParam{Layer: 0, Param: 0, Value: 0.2},
			SetActivation{Layer: 0, Act: core.LeakyReLU{NegativeSlope: 0.01}}},
		{"learning rate", SetLR{LR: 1}, nil},
		{"batch", SetBatch{Size: 3}, nil},
		{"loss", SetLoss{Loss: core.MSELoss{}}, nil},
		{"regularization", SetRegularization{Reg: RegL2}, SetRegRate{Rate: 0.01}},
		{"regularization's rate", SetRegRate{Rate: 0.1}, SetRegularization{Reg: RegL1}},
		{"data", SetDataKind{Kind: core.Gauss}, nil},
		{"noise", SetNoise{Percent: 20}, nil},
		{"train share", SetTrainPct{Percent: 70}, nil},
		{"regenerate", Regenerate{}, nil},
		{"new seed", NewSeed{}, nil},
		{"reset", Reset{}, nil},
		{"units", SetUnits{Level: 1, N: 5}, nil},
		{"layers", SetHiddenLayers{N: 3}, nil},
		{"feature", SetFeature{Feature: core.X1Squared, On: true}, nil},
		{"preset", UsePreset{Index: 1}, nil},
	}
	for _, e := range edits {
		for done := PhaseForward; done <= PhaseUpdate; done++ {
			m := NewSession()
			if e.before != nil {
				mustApply(t, m, e.before)
			}
			for m.Anim.Done != done {
				mustApply(t, m, StepPhase{Instant: true})
			}
			if err := m.Apply(e.cmd); Refusal(err) != nil {
				t.Fatalf("%s after the %s phase: %v", e.name, done, err)
			}
			if m.Anim.Record != nil {
				t.Errorf("%s after the %s phase: the Step goes on with the record of the model "+
					"before the edit", e.name, done)
				continue
			}
			want := snapshot(nil, m.Net)
			lr := m.LR
			mustApply(t, m, StepPhase{Instant: true})
			rec := m.Anim.Record
			for i, p := range want.Parameters() {
				for k, v := range p.Value {
					if rec.Old[i][k] != v {
						t.Fatalf("%s after the %s phase: the next Step starts from %s[%d] = %g, "+
							"the edited model has %g", e.name, done, p.Name, k, rec.Old[i][k], v)
					}
				}
			}
			if rec.LR != lr {
				t.Errorf("%s: the next Step's rate is %g, the page's %g", e.name, rec.LR, lr)
			}
		}
	}
}

// TestTheStepOutlivesWhatItDoesNotRead: moving the input point, picking a unit, the speed
// or how the plane is shown change nothing the Step computed, and the Step goes on.
func TestTheStepOutlivesWhatItDoesNotRead(t *testing.T) {
	for _, c := range []Command{
		Select{Unit: Unit{Level: 2, Index: 1}}, SetInput{X1: 2, X2: 2}, SetSpeed{Speed: SpeedMax},
		SetDiscretize{On: true}, SetShowTest{On: true}, SetRegRate{Rate: 0.1},
		SetWeight{Layer: 0, Unit: 0, In: 0, Value: NewSession().Net.Layers[0].Linear.Weight[0][0]},
	} {
		m := NewSession()
		mustApply(t, m, StepPhase{Instant: true})
		rec := m.Anim.Record
		mustApply(t, m, c)
		if m.Anim.Record != rec {
			t.Errorf("%#v ended the Step", c)
		}
	}
}
