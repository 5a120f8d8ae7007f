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

	// Trust (issue 9): unit names, speeds, presets, the commands' refusals, why
	// training paused, the canvas's shorter forms, the leaky badge and the phone's tabs.
	UnitOutput
	UnitOutputN
	UnitInLayer
	SpeedSampleName
	SpeedBatchName
	SpeedEpochName
	SpeedMaxName
	PresetNetA
	PresetNetB
	PresetDeepSigmoid
	PresetLinear
	AWeight
	ABias
	ValueNotANumber
	ValueOutOfRange
	NoSuchWeight
	NoBiasInLayer
	NoSuchUnitInLayer
	NoActivationGiven
	NoUnitToSelect
	NoSuchLayer
	NoTrainingPoints
	LRRange
	BatchRange
	NoLossGiven
	UnknownSpeed
	NoiseRange
	TrainShareRange
	NoSuchPreset
	WeightOfLayer
	BiasOfLayer
	PausedAt
	PausedExplode
	PausedLossExplode
	PausedOverflow
	PausedLossOverflow
	PausedBlowUp
	AllHiddenDead
	SomeHiddenDead
	WeightsKept
	LRTooHigh
	StepRefused
	NumUndefined
	NumOverflow
	NumberTooSmall
	WaitingLine
	LeakyBadge
	InputTitleShort
	LayerTitleShort
	OutputTitleShort
	ActivationReadoutShort
	ChainRuleShort
	ChartTitleShort
	LossBoxOutputShort
	LossBoxLossShort
	DivergedBannerShort
	TabNetwork
	TabPlane
	TabActivation
	TabChart
	NoSuchPane

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

	UnitOutput:        {en: "output"},
	UnitOutputN:       {en: "output {1}"},
	UnitInLayer:       {en: "layer {1}, unit {2}"},
	SpeedSampleName:   {en: "1 sample per frame"},
	SpeedBatchName:    {en: "1 batch per frame"},
	SpeedEpochName:    {en: "1 epoch per frame"},
	SpeedMaxName:      {en: "as fast as possible"},
	PresetNetA:        {en: "Playground default: 2-4-2-1, tanh (Net A)"},
	PresetNetB:        {en: "Net B: 2-8x6-1, ReLU, tanh output"},
	PresetDeepSigmoid: {en: "Deep sigmoid stack: 2-8x8-1"},
	PresetLinear:      {en: "Linear only: 2-4-2-1, no activations"},
	AWeight:           {en: "a weight"},
	ABias:             {en: "a bias"},
	ValueNotANumber:   {en: "{1} must be a number, not {2}"},
	ValueOutOfRange:   {en: "{1} must be between {2} and {3}"},
	NoSuchWeight:      {en: "layer {1} has no weight [{2}][{3}]"},
	NoBiasInLayer:     {en: "layer {1} has no bias (bias=False); turn it on first"},
	NoSuchUnitInLayer: {en: "layer {1} has no unit {2}"},
	NoActivationGiven: {en: "no activation given"},
	NoUnitToSelect:    {en: "there is no unit {1} in level {2} to select"},
	NoSuchLayer:       {en: "the network has no layer {1}"},
	NoTrainingPoints:  {en: "there are no training points"},
	LRRange:           {en: "the learning rate must be a number above 0 and at most 10, not {1}"},
	BatchRange:        {en: "the batch size must be from 1 to {1}, not {2}"},
	NoLossGiven:       {en: "no loss given"},
	UnknownSpeed:      {en: "unknown speed {1}"},
	NoiseRange:        {en: "the noise must be from 0 to {1} percent, not {2}"},
	TrainShareRange:   {en: "the training share must be from 10 to 90 percent, not {1}"},
	NoSuchPreset:      {en: "there is no preset {1}"},
	WeightOfLayer:     {en: "a weight of layer {1}"},
	BiasOfLayer:       {en: "a bias of layer {1}"},
	PausedAt:          {en: "Training paused at epoch {1}:"},
	StepRefused:       {en: "Step cannot take this step:"},
	PausedExplode: {en: "the next step would have moved {1} to {2}, beyond ±{3}, where no " +
		"network on this data needs to go."},
	PausedLossExplode: {en: "the loss on a training point reached {1}, beyond {2}: the " +
		"output has run far from its target."},
	PausedOverflow: {en: "the next step would have made {1} too large for the computer " +
		"to hold."},
	PausedLossOverflow: {en: "the loss grew too large for the computer to hold."},
	PausedBlowUp: {en: "the training loss rose to {1}, more than {2} times where it " +
		"started ({3})."},
	AllHiddenDead:  {en: "Every hidden unit is dead: no gradient reaches them any more."},
	SomeHiddenDead: {en: "{1} of {2} hidden units are dead."},
	WeightsKept:    {en: "The weights are kept as they were before that step."},
	LRTooHigh: {en: "The learning rate {1} is too high for this network: each step " +
		"overshoots the minimum, and the next overshoots further. Lower the learning rate " +
		"and press Reset to start again."},
	NumUndefined: {en: "undefined"},
	NumOverflow:  {en: "overflow"},
	NumberTooSmall: {en: "{1} is too small: it would become 0. Type 0, or a number from " +
		"{2} to {3}"},
	WaitingLine:            {en: "not yet"},
	LeakyBadge:             {en: "leaky {1}%"},
	InputTitleShort:        {en: "In"},
	LayerTitleShort:        {en: "L{1}"},
	OutputTitleShort:       {en: "Out"},
	ActivationReadoutShort: {en: "z {1}  f {2}  f' {3}"},
	ChainRuleShort:         {en: "dL/dz = {1} × {2} = {3}"},
	ChartTitleShort:        {en: "Loss  train {1}  test {2}"},
	LossBoxOutputShort:     {en: "y {1}, t {2}"},
	LossBoxLossShort:       {en: "loss {1}"},
	DivergedBannerShort:    {en: "Training paused: see the panel."},
	TabNetwork:             {en: "Network"},
	TabPlane:               {en: "Output"},
	TabActivation:          {en: "f(z)"},
	TabChart:               {en: "Loss"},
	NoSuchPane:             {en: "there is no view {1}"},
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
