// Package play is the playground without the browser: the Session a learner changes
// (network, data, training, selection, input point), the commands that change it, the
// layout of the canvas, colours, number formats and the step animation. It is plain Go
// with native tests; the js/wasm main package only turns DOM events into commands and
// draws what this package computes.
package play

import (
	"encoding/json"
	"slices"
	"strconv"
	"time"

	"nnplay/core"
	"nnplay/wasm/play/remote"
)

// Unit names one unit of the drawing: Level 0 holds the input features, level l >= 1
// the units of the network's Linear layer l-1.
type Unit struct {
	Level, Index int
}

// Limits the page keeps values within; a typed value outside is refused.
const (
	ParamLimit = 5.0 // weights and biases, the sliders' range
	InputLimit = 6.0 // x1 and x2, Playground's plane
)

// Session is one learner's playground: the network, its data and training, the
// selected unit and the input point. (It is not core's model file, which holds only a
// network.) The browser code reads it to draw and changes it only through Apply.
type Session struct {
	Net      *core.Sequential
	Features []core.Feature
	// Input is the point (x1, x2) whose forward pass the canvas shows.
	Input [2]float64
	// Selected is the unit whose sliders and activation the panel shows; its Level is
	// 0 when no unit with incoming weights is selected.
	Selected Unit
	// InitSeed seeds the weights; Reset draws them again from it.
	InitSeed uint64
	// Pane is the view a tabbed canvas shows; Hover what the pointer rests on.
	Pane  Pane
	Hover Hover

	Data DataConfig
	// Train and Test are the current data; X* and T* their inputs and targets.
	Train, Test    []core.Point
	XTrain, TTrain [][]float64
	XTest, TTest   [][]float64

	Loss      core.Loss
	LR        float64
	BatchSize int
	Trainer   *core.Trainer

	// Diag is the dead and saturated meters over the training points; the heatmaps
	// behind every unit's picture are Heat's. Refresh recomputes both.
	Diag *core.Diagnostics
	// heat is the sweep behind the pictures; when heatDue, it is still to be swept
	// through heatNet, the parameters of the last Refresh or of the pictures the
	// worker painted (Heat sweeps it).
	heat    *core.Heatmap
	heatNet *core.Sequential
	heatDue bool
	sweep   sweep // a refresh spread over frames (sweep.go)

	// Playing is true while Play trains at Speed; SamplesSeen counts every sample
	// trained since the last reset. Diverged, when not nil, says why training
	// stopped. History is the loss curve; Anim the Step animation.
	Playing     bool
	Speed       Speed
	SamplesSeen int64
	Diverged    error
	runawayLR   float64 // the learning rate training last ran away at (ranAway), or 0
	retryLR     float64 // the lower rate the panel offers to train again at (retry.go), or 0
	retryKey    string  // the settings retryLR was tried under (trialKey)
	stallLR     float64 // the learning rate training stalled at before a Reset, or 0
	stallSaid   stallSaid
	History     History
	Anim        Anim
	// stepEnded says why an edit ended the last Step, until the learner's next action
	// (noteStepEnded); nil when none did.
	stepEnded error
	endedBy   Command // the edit that ended it, without its value (editOf)
	ending    stepEnd // why the command being applied ended the Step, if it did
	refreshed time.Time
	epochSeen int // the trainer's epoch the loss history last saw

	// TensorFlow Playground's settings and what the page shares (setup.go, options.go,
	// network_edit.go, data_custom.go, files.go). Problem says which data sets fit and
	// how the output is shown; Reg and RegRate are SGD's L1 or L2; Discretize shows the
	// output as two classes, ShowTest the test points; Edge is the weight picked by a
	// click on its edge.
	Problem              Problem
	Reg                  Regularization
	RegRate              float64
	Discretize, ShowTest bool
	Edge                 EdgeChoice
	Share                Share
	custom               ownData   // the learner's own data, when loaded
	surgery              *core.RNG // draws the weights of new units and layers

	diagnoser core.Diagnoser
	guard     remote.Guard               // trains a batch at a time, taking back a runaway
	stash     map[*core.Linear][]float64 // biases removed by SetBiasEnabled, to restore
	point     *core.Trace                // the input point's pass through Net
	scan      *core.Trace                // passes over the data: losses, z at every point
	inputX    []float64                  // the input point's features
	view      View
	viewOf    int // the generation view was computed for, plus one
	version   int // grows with every visible change: the canvas redraws
	gen       int // grows when what View shows may have changed
	heatGen   int // grows when Refresh recomputed the heatmaps
	dataGen   int // grows when the points change

	// Lesson is the open lesson, nil in free play; book keeps free play's session
	// while a lesson is open, and the tasks done (lesson.go).
	Lesson *LessonState
	book   lessonBook

	remote remoteLink                          // the training worker (offload.go)
	menus  struct{ preset, lang, lr keptMenu } // the panel's menus (menu_kept.go)
}

// View is what the canvas shows of the model at one version, computed once per change
// so that drawing only reads.
type View struct {
	// Trace is the forward pass of the input point: every layer's input, Z and A.
	Trace *core.Trace
	// SelectedZ is the selected unit's pre-activation at every training point.
	SelectedZ []float64
	// TrainLoss and TestLoss are the mean losses over the two sets.
	TrainLoss, TestLoss float64
}

// DataConfig says which Playground data set the model trains on.
type DataConfig struct {
	Kind     core.DatasetKind
	Noise    float64 // percent, 0 to 50
	TrainPct float64 // percent of points for training, 10 to 90
	Seed     uint64
}

// HeatmapSize is the grid of every unit's picture: Playground's 100 x 100 over [-6, 6]^2.
const HeatmapSize = 100

// NewModel returns Playground's default: a 2 -> 4 -> 2 -> 1 tanh network with its init,
// on the circle data, learning rate 0.03, batch 10, the half squared error.
func NewSession() *Session {
	m := &Session{
		Features:  []core.Feature{core.X1, core.X2},
		Input:     [2]float64{1.5, -1},
		InitSeed:  1,
		Data:      DataConfig{Kind: core.Circle, TrainPct: 50, Seed: 1},
		Loss:      core.HalfMSELoss{},
		LR:        0.03,
		BatchSize: 10,
		Speed:     SpeedEpoch,
		stash:     map[*core.Linear][]float64{},
	}
	m.Net = core.MLP([]int{2, 4, 2, 1}, core.Tanh{}, core.Tanh{}, core.InitPlayground, m.InitSeed)
	// Made once: a pass into a trace reshapes it when the network's shape has changed.
	m.point, m.scan = core.NewTrace(m.Net), core.NewTrace(m.Net)
	m.Selected = Unit{Level: 1, Index: 0}
	if err := m.regenerate(); err != nil {
		panic(err) // the defaults are valid
	}
	m.rebuild()
	m.recordLoss()
	return m
}

// Version counts changes to what the canvas shows; it grows with every applied command
// and training step, so the browser redraws only when it moved.
func (m *Session) Version() int { return m.version }

// regenerate draws the data set again from its config, or splits the learner's own
// data again.
func (m *Session) regenerate() error {
	train, test, err := m.drawData(m.Data, m.custom.inUse)
	if err != nil {
		return err
	}
	m.Train, m.Test = train, test
	m.retarget()
	m.dataGen++
	return nil
}

// retarget recomputes the input and target rows from the points, features and loss.
func (m *Session) retarget() {
	m.XTrain, m.TTrain = core.Inputs(m.Train, m.Features), core.Targets(m.Train, m.Loss)
	m.XTest, m.TTest = core.Inputs(m.Test, m.Features), core.Targets(m.Test, m.Loss)
}

// newTrainer is a trainer of net on the training data at the learning rate lr, with the
// session's loss, batch size and regularization: Play's (rebuild) and TrainAgain's trial.
func (m *Session) newTrainer(net *core.Sequential, lr float64) *core.Trainer {
	l1, l2 := m.Reg.Rates(m.RegRate)
	return &core.Trainer{Net: net, Loss: m.Loss, Opt: remote.NewSGD(net.Parameters(), lr, l1, l2),
		BatchSize: m.BatchSize, X: m.XTrain, T: m.TTrain}
}

// rebuild makes the trainer, optimizer and sweeps match the network's current shape and
// parameters. Call it after a change to which parameters exist.
func (m *Session) rebuild() {
	epoch := 0
	if m.Trainer != nil {
		epoch = m.Trainer.Epoch
	}
	m.Trainer = m.newTrainer(m.Net, m.LR)
	m.Trainer.Epoch = epoch
	if m.heat == nil || !slices.Equal(m.heat.Features, m.Features) {
		m.heat = core.NewHeatmap(HeatmapSize, -InputLimit, InputLimit, m.Features)
	}
	m.Refresh()
}

// Refresh recomputes the heatmaps and the diagnostics from the current parameters,
// dropping a sweep under way. The meters are computed at once; the heatmaps, of these
// same parameters, when they are first asked for (Heat): the pictures of a page, in the
// frame the change is drawn in, but not the many changes of a test that reads none.
func (m *Session) Refresh() {
	m.sweep.busy, m.sweep.update, m.sweep.stale = false, nil, false
	m.heatNet, m.heatDue = snapshot(m.heatNet, m.Net), true
	m.showMeters(m.diagnoser.Run(m.Net, m.XTrain, m.TTrain, m.Loss))
	m.version++
	m.gen++
	m.heatGen++
	m.noteProgress()
}

// DataGen grows each time the data points change.
func (m *Session) DataGen() int { return m.dataGen }

// HeatGen grows each time the heatmaps shown, or how they are pictured, change.
func (m *Session) HeatGen() int { return m.heatGen }

// Heat returns the heatmaps behind every unit's picture: unit i of layer l over the
// grid is Heat().Values[l][i]. It sweeps the grid when the page has not yet: after a
// Refresh, and after pictures the worker painted (the page paints them again only when
// how they are pictured changes).
func (m *Session) Heat() *core.Heatmap {
	if m.heatDue {
		m.heat.Run(m.heatNet)
		m.heatDue = false
	}
	return m.heat
}

// View returns what the canvas shows of the current version, computing it when the
// model changed since the last call.
func (m *Session) View() *View {
	if m.viewOf != m.gen+1 {
		m.view.SelectedZ = m.view.SelectedZ[:0]
		if m.Selected.Level > 0 {
			m.view.SelectedZ = m.trainingZ(m.Selected, m.view.SelectedZ)
		}
		m.view.TrainLoss = m.Net.MeanLoss(m.scan, m.XTrain, m.TTrain, m.Loss)
		m.view.TestLoss = m.Net.MeanLoss(m.scan, m.XTest, m.TTest, m.Loss)
		m.view.Trace = m.Forward()
		m.viewOf = m.gen + 1
	}
	return &m.view
}

// Forward runs the input point through the network and returns its trace: every
// layer's input, Z and A. The next Forward overwrites the returned trace; the last
// trained sample's (LastTrained) is another.
func (m *Session) Forward() *core.Trace {
	if len(m.inputX) != len(m.Features) {
		m.inputX = make([]float64, len(m.Features))
	}
	core.EvalFeatures(m.Features, m.Input[0], m.Input[1], m.inputX)
	m.Net.Forward(m.point, m.inputX)
	return m.point
}

// LastTrained returns the trace of the last sample Play trained: its forward and
// backward pass, which slow Play shows as pulses. HasBackward is false until Play has
// trained a sample since the trainer was last rebuilt (by a reset, a preset, new data
// or loss, or a bias switched on or off).
func (m *Session) LastTrained() *core.Trace { return m.Trainer.Trace() }

// Sizes returns the unit count of every level, inputs first.
func (m *Session) Sizes() []int { return m.Net.Sizes() }

// Layer returns Linear layer l with its activation; l counts from 0.
func (m *Session) Layer(l int) core.Layer { return m.Net.Layers[l] }

// UnitName labels a unit for people: "x1" for an input (its feature), "layer 2, unit 0"
// otherwise, counting units from 0 as PyTorch indexes them and as the weights' and
// biases' names do (w[0][1], b[0]); the output unit of a one-output network is "output".
func (m *Session) UnitName(u Unit) string {
	switch {
	case u.Level == 0:
		return FeatureLabel(m.Features[u.Index])
	case u.Level == len(m.Net.Layers) && m.Net.Out() == 1:
		return Say(UnitOutput)
	case u.Level == len(m.Net.Layers):
		return Say(UnitOutputN, strconv.Itoa(u.Index))
	}
	return Say(UnitInLayer, strconv.Itoa(u.Level), strconv.Itoa(u.Index))
}

// valid reports whether u names a unit of the current network.
func (m *Session) valid(u Unit) bool {
	sizes := m.Sizes()
	return u.Level >= 0 && u.Level < len(sizes) && u.Index >= 0 && u.Index < sizes[u.Level]
}

// trainingZ appends unit u's pre-activation at every training point to zs: where the
// unit's inputs sit on its activation curve.
func (m *Session) trainingZ(u Unit, zs []float64) []float64 {
	for _, x := range m.XTrain {
		m.Net.Forward(m.scan, x)
		zs = append(zs, m.scan.Layers[u.Level-1].Z[u.Index])
	}
	return zs
}

// checkValue refuses a parameter that is not a finite number within ±limit; what names
// it, as a string or a Msg.
func checkValue(what any, v, limit float64) error {
	if !core.IsFinite(v) {
		return ValueNotANumber.With(what, Num(v))
	}
	if v < -limit || v > limit {
		return ValueOutOfRange.With(what, -limit, limit)
	}
	return nil
}

// ExportRequest is what the page asks its figure module for: the figure of one
// activation (in the model file's form) with its marks, to download as File.
type ExportRequest struct {
	Activation json.RawMessage `json:"activation"`
	Marks      []float64       `json:"marks"`
	Highlight  []float64       `json:"highlight"`
	Title      string          `json:"title"`
	// MarksName and HighlightName name the marks and the highlighted z in the legend.
	MarksName     string `json:"marksName"`
	HighlightName string `json:"highlightName"`
	Width         int    `json:"width"`
	Height        int    `json:"height"`
	File          string `json:"file"`
	// Lang is the page's language, which the figure's words follow: "en" or "ko".
	Lang string `json:"lang"`
}
