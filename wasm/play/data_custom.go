package play

import (
	"encoding/csv"
	"errors"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"nnplay/core"
)

// The learner's own data: points (x1, x2, label) or (x1, x2, value) from a CSV file,
// which the data set menu offers beside Playground's sets. Labels that are all +1 or -1
// make a classification problem, any other values a regression. The page splits them
// into training and test points as it splits Playground's data, with the training share
// and the seed; the noise does not apply.
type ownData struct {
	name    string // the file's name, as the learner's system gave it (text only)
	points  []core.Point
	problem Problem
	inUse   bool // the data set menu has them chosen
}

// OwnDataValue is the data set menu's value for the learner's own data.
const OwnDataValue = "own"

// drawData returns the training and test points of data config d: Playground's data set
// d.Kind drawn with d's noise and seed, or with own the learner's data; either is split
// by d's training share and seed.
func (m *Session) drawData(d DataConfig, own bool) (train, test []core.Point, err error) {
	rng := core.NewRNG(d.Seed)
	pts := m.custom.points
	if !own {
		if pts, err = core.Generate(d.Kind, d.Kind.DefaultSize(), d.Noise, rng); err != nil {
			return nil, nil, err
		}
	}
	train, test = core.Split(pts, d.TrainPct, rng)
	return train, test, nil
}

// ValueLimit bounds the labels and values of the learner's data. Within it, the half
// squared error of a value against an output within ±1 stays under LossBound (0.5 × 1001²
// is about 5e5), so that training starts; beyond it the loss of an untrained network is
// past the bound, or overflows (1e308), and training would stop at once as run away,
// blaming the learning rate for the data's scale.
const ValueLimit = 1000

// fileNum writes a number of a data file as the learner would, 1e308 and 1e−7, not
// 1e+308 and 1e-07, with the page's minus sign (minusSigned), which a data file may hold.
func fileNum(v float64) string { return minusSigned(exponentPlain.Replace(shortNum(v))) }

// exponentPlain writes an exponent of strconv's without its plus and its padding zero.
var exponentPlain = strings.NewReplacer("e+0", "e", "e+", "e", "e-0", "e-")

// loadData makes the points of a CSV file the data, refusing, with the line, a line that
// is not x1,x2,label, a point outside the plane or a value beyond ValueLimit.
func (m *Session) loadData(name, text string) error {
	name = clipText(name)
	if !utf8.ValidString(text) || strings.ContainsRune(text, 0) {
		return FileRefused.With(name, DataFileNotText.With()) // a picture, an archive
	}
	pts, err := core.ReadCSV(strings.NewReader(text))
	var (
		ce  *core.CSVError
		few *core.FewRowsError
	)
	switch {
	case errors.As(err, &ce):
		return FileRefused.With(name, err)
	case errors.As(err, &few):
		return FileRefused.With(name, TooFewPoints.With(few.Rows))
	case err != nil:
		return FileRefused.With(name, inEnglish{err, DataFileUnreadable})
	}
	for k, p := range pts { // the first bad line: a learner mends a file from the top
		switch {
		case !(math.Abs(p.X1) <= InputLimit && math.Abs(p.X2) <= InputLimit):
			return FileRefused.With(name, PointOffThePlane.With(csvLine(text, k), fileNum(p.X1),
				fileNum(p.X2), fileNum(InputLimit)))
		case !(math.Abs(p.Label) <= ValueLimit):
			return FileRefused.With(name, ValueTooLarge.With(csvLine(text, k),
				fileNum(p.Label), fileNum(ValueLimit)))
		}
	}
	problem := Regression
	if core.IsClassification(pts) {
		problem = Classification
	}
	old := m.custom
	m.custom = ownData{name: name, points: pts, problem: problem, inUse: true}
	if err := m.regenerate(); err != nil {
		m.custom = old
		return err
	}
	m.ownProblem(problem)
	said := Sentences{DataLoaded.With(name, len(pts), problemWords[problem])}
	if zeroOne(pts) {
		said = append(said, ZeroOneLabels.With())
	}
	if beyond := beyondOutput(pts, m.Net.Layers[len(m.Net.Layers)-1].Act); beyond != nil &&
		problem == Regression {
		said = append(said, beyond)
	}
	if lost, ok := m.newData().(Notice); ok {
		said = append(said, lost.Said)
	}
	return Notice{said}
}

// csvLine returns the line of the k-th point of a CSV file that core.ReadCSV read, as
// ReadCSV reads it (a header line is no point).
func csvLine(text string, k int) int {
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(text, "\uFEFF")))
	r.FieldsPerRecord, r.TrimLeadingSpace = -1, true
	for n, first := 0, true; ; first = false {
		rec, err := r.Read()
		if err != nil {
			return 0 // ReadCSV read the file whole: not reached
		}
		if first && core.IsCSVHeader(rec) {
			continue
		}
		if n == k {
			line, _ := r.FieldPos(0)
			return line
		}
		n++
	}
}

// UseOwnData switches the data set back to the learner's own data.
type UseOwnData struct{}

func (UseOwnData) apply(m *Session) error {
	if m.custom.points == nil {
		return NoOwnData.With()
	}
	if m.custom.inUse {
		return nil
	}
	m.custom.inUse = true
	if err := m.regenerate(); err != nil {
		m.custom.inUse = false
		return err
	}
	m.ownProblem(m.custom.problem)
	return m.newData()
}

// ownProblem makes p, the own data's problem type, the page's. The data set the page
// keeps for its address (a link cannot carry the points) becomes p's first, as a change
// of problem type makes it, when it was of the other type: Plane with problem=
// classification is a link the page refuses.
func (m *Session) ownProblem(p Problem) {
	m.Problem = p
	if problemOf(m.Data.Kind) != p {
		m.Data.Kind = p.Datasets()[0]
	}
}

// datasetChoices are the data set menu's choices: Playground's sets under their problem
// type, then the learner's own data once loaded.
func datasetChoices(m *Session) (o []Option) {
	for _, p := range []Problem{Classification, Regression} {
		for _, k := range p.Datasets() {
			o = append(o, Option{Value: k.String(), Label: Say(datasetWords[k]),
				Group: Say(problemWords[p])})
		}
	}
	if d := m.custom; d.points != nil {
		o = append(o, Option{Value: OwnDataValue, Group: Say(OwnDataGroup),
			Label: Say(OwnDataLabel, d.name, strconv.Itoa(len(d.points)))})
	}
	return o
}

// dataChoice is the data set menu's value.
func dataChoice(m *Session) string {
	if m.custom.inUse {
		return OwnDataValue
	}
	return m.Data.Kind.String()
}

// chooseData is the command of a data set menu's value.
func chooseData(v string) (Command, error) {
	if v == OwnDataValue {
		return UseOwnData{}, nil
	}
	return setDataKind(v)
}

// OwnData reports whether the page trains on the learner's own data, and its name.
func (m *Session) OwnData() (string, bool) { return m.custom.name, m.custom.inUse }

// beyondOutput says where a regression's values lie beyond what the output activation act
// gives (Tanh's −1 to 1, ReLU's 0 and more), and how to reach them; nil where they lie
// within. A stall or a runaway would otherwise be the learner's first word of it, and
// its advice, a lower learning rate, cannot help.
func beyondOutput(pts []core.Point, act core.Activation) error {
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, p := range pts {
		lo, hi = min(lo, p.Label), max(hi, p.Label)
	}
	least, most := reach(act)
	switch {
	case lo >= least && hi <= most:
		return nil
	case math.IsInf(most, 1):
		return ValuesBelowOutput.With(Num(lo), Num(hi), act.Label(), Num(least))
	}
	return ValuesBeyondOutput.With(Num(lo), Num(hi), act.Label(), Num(least), Num(most))
}

// reach returns the least and the greatest f(z) of act, from z = −1e6 to 1e6 in steps
// finer near 0, where the activations bend (GELU has its least, −0.17, there); an end that
// grows with z is infinite.
func reach(act core.Activation) (lo, hi float64) {
	lo, hi = math.Inf(1), math.Inf(-1)
	for z := -10.0; z <= 10; z += 1.0 / 256 {
		f := act.Forward(z)
		lo, hi = math.Min(lo, f), math.Max(hi, f)
	}
	for _, z := range []float64{-1e6, 1e6} {
		f := act.Forward(z)
		switch {
		case math.Abs(f) >= 1e5 && f < 0:
			lo = math.Inf(-1)
		case math.Abs(f) >= 1e5:
			hi = math.Inf(1)
		default:
			lo, hi = math.Min(lo, f), math.Max(hi, f)
		}
	}
	return lo, hi
}

// zeroOne reports whether every label is 0 or 1: a classification as PyTorch's binary
// losses write it, which the page, as Playground, reads as a regression.
func zeroOne(pts []core.Point) bool {
	for _, p := range pts {
		if p.Label != 0 && p.Label != 1 {
			return false
		}
	}
	return true
}
