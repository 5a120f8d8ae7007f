package play

import (
	"slices"

	"nnplay/core"
)

// TensorFlow Playground's settings beside the network: regularization and its rate, the
// problem type, and how the output and the data show.

// Commands of Playground's settings.
type (
	// SetRegularization sets SGD's regularization: none, L1 or L2, at the rate set.
	SetRegularization struct{ Reg Regularization }
	// SetRegRate sets the regularization rate, one of RegularizationRates.
	SetRegRate struct{ Rate float64 }
	// SetProblem switches between classification and regression, and to the first data
	// set of the problem.
	SetProblem struct{ Problem Problem }
	// SetDiscretize shows the output as two classes, its sign, or as its value.
	SetDiscretize struct{ On bool }
	// SetShowTest draws the test points on the plane, or hides them.
	SetShowTest struct{ On bool }
)

func (c SetRegularization) apply(m *Session) error {
	if c.Reg < RegNone || c.Reg > RegL2 {
		return UnknownRegularization.With(int(c.Reg))
	}
	m.Reg = c.Reg
	m.Trainer.Opt.L1, m.Trainer.Opt.L2 = m.Reg.Rates(m.RegRate)
	return nil
}

func (c SetRegRate) apply(m *Session) error {
	if !slices.Contains(RegularizationRates, c.Rate) {
		return RegRateNotOffered.With(choices(RegularizationRates, decimal), Num(c.Rate))
	}
	m.RegRate = c.Rate
	m.Trainer.Opt.L1, m.Trainer.Opt.L2 = m.Reg.Rates(m.RegRate)
	return nil
}

func (c SetProblem) apply(m *Session) error {
	if c.Problem != Classification && c.Problem != Regression {
		return UnknownProblem.With(int(c.Problem))
	}
	if c.Problem == m.Problem {
		return nil
	}
	return SetDataKind{Kind: c.Problem.Datasets()[0]}.apply(m)
}

func (c SetDiscretize) apply(m *Session) error {
	m.Discretize = c.On
	m.heatGen++ // the pictures of the output change
	return nil
}

func (c SetShowTest) apply(m *Session) error {
	m.ShowTest = c.On
	return nil
}

func (SetDiscretize) looksOnly() {}
func (SetShowTest) looksOnly()   {}

// problemOf is the problem type of data set k.
func problemOf(k core.DatasetKind) Problem {
	if k.Regression() {
		return Regression
	}
	return Classification
}

// problemWords name the problem types in the menus.
var problemWords = [...]Msg{Classification: ClassificationName, Regression: RegressionName}

// regWords name the regularizations in the menu.
var regWords = [...]Msg{RegNone: RegNoneName, RegL1: RegL1Name, RegL2: RegL2Name}

func problems() (o []Option) {
	for p, w := range problemWords {
		o = append(o, Option{Value: Problem(p).String(), Label: Say(w)})
	}
	return o
}

func regularizations() (o []Option) {
	for r, w := range regWords {
		o = append(o, Option{Value: Regularization(r).String(), Label: Say(w)})
	}
	return o
}

func regRates() (o []Option) {
	for _, r := range RegularizationRates {
		o = append(o, Option{Value: decimal(r), Label: decimal(r)})
	}
	return o
}

// setProblem, setReg and setRegRate read the menus' values.
func setProblem(v string) (Command, error) {
	var p Problem
	if named(v, problemNames[:], &p) != nil {
		return nil, badValue(v)
	}
	return SetProblem{Problem: p}, nil
}

func setReg(v string) (Command, error) {
	var r Regularization
	if named(v, regNames[:], &r) != nil {
		return nil, badValue(v)
	}
	return SetRegularization{Reg: r}, nil
}

func setRegRate(v float64) Command { return SetRegRate{Rate: v} }
