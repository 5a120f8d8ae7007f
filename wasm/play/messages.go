package play

import "strings"

// Msg names one string of the page: a canvas label, a panel word, a message. Every
// string the page writes comes from the table below through Say, so that the page can
// speak another language by adding a column to the table. Numbers are formatted
// outside it (Num) and passed in as arguments.
type Msg int

// The page's strings, grouped by where they show.
const (
	// The network's column titles and what the edges encode.
	InputTitle Msg = iota
	FeaturesSubtitle
	LayerTitle
	OutputTitle
	LinearSubtitle
	LinearNoBiasSubtitle
	EdgesWeightLegend
	EdgesGradientLegend
	EdgesStepLegend

	// The lines under a unit, its badges and the labels on the selected unit's edges.
	FeatureLine
	ValueLine
	PreActivationLine
	BiasLine
	NoBiasLine
	GradientLine
	NotReachedLine
	DeadBadge
	SaturatedBadge
	WeightLabel
	WeightUpdateLabel
	WeightGradLabel
	GradBarLabel
	GradBarsCaption

	// The input plane.
	PlaneTitle
	PlaneTitleShort
	PlaneAxisX
	PlaneAxisY
	InputPointLine
	TrainingPoints
	TestPoints

	// The activation view.
	ActivationTitle
	ActivationReadout
	ChainRuleLine
	FunctionLegend
	DerivativeLegend
	TicksLegend
	RegionActive
	RegionSaturated
	RegionDead
	RegionLeaky

	// The loss chart, the Step's loss box and the divergence banner.
	ChartTitle
	ChartEpoch
	ChartTrain
	ChartTest
	LossBoxOutput
	LossBoxLoss
	LossBoxGradient
	DivergedBanner

	// The losses: the loss menu's labels and the formulas of the loss box.
	HalfMSELabel
	MSELabel
	BCELabel

	// Step's progress, in the panel.
	StepOnPoint
	StepAgainFor
	PhaseNoneName
	PhaseForwardName
	PhaseLossName
	PhaseBackwardName
	PhaseUpdateName
	NextStepName

	// The panel's controls and messages.
	PlayButton
	PauseButton
	LayerLegend
	BiasCheckbox
	ActivationMenuLabel
	SlopeLabel
	WeightRow
	BiasRow
	NumberBoxName
	NumberMissing
	NumberNotANumber
	NumberOutOfRange
	SelectUnitFirst
	ExportRendering
	ExportTitle
	CanvasSaved
	CanvasEncodeFailed
	InternalError

	msgCount
)

// entry is one row of the string table: the string in each of the page's languages.
// Arguments go where the string says {1}, {2}, ... in the order Say receives them, so
// a language may put them in another order.
type entry struct {
	en string
}

var table = [msgCount]entry{
	InputTitle:           {en: "Input"},
	FeaturesSubtitle:     {en: "features"},
	LayerTitle:           {en: "Layer {1}"},
	OutputTitle:          {en: "Output"},
	LinearSubtitle:       {en: "Linear {1}→{2}, {3}"},
	LinearNoBiasSubtitle: {en: "Linear {1}→{2}, {3}, no bias"},
	EdgesWeightLegend:    {en: "edges: weights (blue +, orange -, width = size)"},
	EdgesGradientLegend:  {en: "edges: dL/dW over the training set (width = size)"},
	EdgesStepLegend:      {en: "edges: dL/dW of this sample"},

	FeatureLine:       {en: "{1} = {2}"},
	ValueLine:         {en: "a = {1}"},
	PreActivationLine: {en: "z = {1}"},
	BiasLine:          {en: "b = {1}"},
	NoBiasLine:        {en: "no bias"},
	GradientLine:      {en: "dL/dz = {1}"},
	NotReachedLine:    {en: "…"},
	DeadBadge:         {en: "dead"},
	SaturatedBadge:    {en: "sat {1}%"},
	WeightLabel:       {en: "w {1}"},
	WeightUpdateLabel: {en: "w {1} → {2}"},
	WeightGradLabel:   {en: "dL/dw {1}"},
	GradBarLabel:      {en: "|dL/dW| {1}"},
	GradBarsCaption:   {en: "gradient size |dL/dW| per layer, log scale 1e-8 to 10"},

	PlaneTitle:      {en: "Output over the input plane"},
	PlaneTitleShort: {en: "Output"},
	PlaneAxisX:      {en: "{1} →"},
	PlaneAxisY:      {en: "{1} ↑"},
	InputPointLine:  {en: "input point ({1}, {2})"},
	TrainingPoints:  {en: "training"},
	TestPoints:      {en: "test"},

	ActivationTitle:   {en: "{1}: {2}"},
	ActivationReadout: {en: "z = {1}   f(z) = {2}   f'(z) = {3}   ({4})"},
	ChainRuleLine:     {en: "chain rule: dL/da × f'(z) = dL/dz: {1} × {2} = {3}"},
	FunctionLegend:    {en: "f(z)"},
	DerivativeLegend:  {en: "f'(z)"},
	TicksLegend:       {en: "ticks: training z"},
	RegionActive:      {en: "active"},
	RegionSaturated:   {en: "saturated"},
	RegionDead:        {en: "dead"},
	RegionLeaky:       {en: "leaky"},

	ChartTitle:      {en: "Loss   train {1}   test {2}   epoch {3}"},
	ChartEpoch:      {en: "epoch {1}"},
	ChartTrain:      {en: "train"},
	ChartTest:       {en: "test"},
	LossBoxOutput:   {en: "y = {1}, target t = {2}"},
	LossBoxLoss:     {en: "loss = {1} = {2}"},
	LossBoxGradient: {en: "dL/dy = {1}"},
	DivergedBanner: {
		en: "Training stopped: the learning rate is too high for this network (see the panel).",
	},

	HalfMSELabel: {en: "half squared error (Playground)"},
	MSELabel:     {en: "MSELoss"},
	BCELabel:     {en: "BCEWithLogitsLoss"},

	StepOnPoint: {en: "Step on training point #{1} at ({2}, {3}), label {4}; " +
		"the update uses the mean gradient of {5} points. Showing: {6}."},
	StepAgainFor:      {en: "Step again for {1}."},
	PhaseNoneName:     {en: "none"},
	PhaseForwardName:  {en: "forward"},
	PhaseLossName:     {en: "loss"},
	PhaseBackwardName: {en: "backward"},
	PhaseUpdateName:   {en: "update"},
	NextStepName:      {en: "the next step"},

	PlayButton:          {en: "Play"},
	PauseButton:         {en: "Pause"},
	LayerLegend:         {en: "Layer {1}: {2}"},
	BiasCheckbox:        {en: "bias"},
	ActivationMenuLabel: {en: "activation"},
	SlopeLabel:          {en: "negative_slope"},
	WeightRow:           {en: "w[{1}][{2}] from {3}"},
	BiasRow:             {en: "b[{1}]"},
	NumberBoxName:       {en: "{1} value"},
	NumberMissing:       {en: "type a number from {1} to {2}"},
	NumberNotANumber:    {en: "{1} is not a number: type one from {2} to {3}"},
	NumberOutOfRange:    {en: "{1} is out of range: type a number from {2} to {3}"},
	SelectUnitFirst:     {en: "Select a unit first."},
	ExportRendering:     {en: "Rendering {1}…"},
	ExportTitle:         {en: "{1}: {2}; z at {3} training points, large: at the input point"},
	CanvasSaved:         {en: "Saved {1} ({2}×{3})."},
	CanvasEncodeFailed:  {en: "Could not encode the canvas: {1}"},
	InternalError:       {en: "{1}. Reload the page; please report it."},
}

// Say returns message m with its placeholders {1}, {2}, ... replaced by args, in
// order. A placeholder without an argument stays as it is, for a test to find.
func Say(m Msg, args ...string) string {
	t := table[m].en
	if len(args) == 0 {
		return t
	}
	var b strings.Builder
	b.Grow(len(t) + 8*len(args))
	for {
		i := strings.IndexByte(t, '{')
		if i < 0 || i+2 >= len(t) {
			break
		}
		n := int(t[i+1] - '1')
		if t[i+2] != '}' || n < 0 || n >= len(args) {
			b.WriteString(t[:i+1])
			t = t[i+1:]
			continue
		}
		b.WriteString(t[:i])
		b.WriteString(args[n])
		t = t[i+3:]
	}
	b.WriteString(t)
	return b.String()
}
