package play

// Msg names one string of the page: a canvas label, a panel word, a message. Every
// string the page writes comes from the table below, in English and Korean, through
// Say (or a Message, said when it is read); the static text of index.html is
// pagetext.go's. Numbers are formatted outside the table (Num) and passed in as
// arguments. Korean follows the tutorial's words (../shared/tutorial-ko.txt): it keeps
// Linear, layer, bias, backprop and PyTorch's names in English, as the tutorial does,
// and uses 가중치, 입력, 출력, 기울기, 층 and the common terms for the rest (학습률, 손실,
// 에포크, 순전파, 역전파, 유닛, 포화, 죽은 유닛).
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
	GradBarsCaptionShort

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
	ShadeKey
	ShadeKeyNear
	BadgeKey

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
	UnitMenuLabel
	ActivationMoreGroup
	ActParamName
	WeightRow
	BiasRow
	NumberBoxName
	NumberMissing
	NumberNotANumber
	NumberOutOfRange
	NumberTooSmall
	SelectUnitFirst
	ExportRendering
	CanvasSaved
	CanvasEncodeFailed
	InternalError
	CanvasName
	UnknownLanguage

	// The menus' words: units, speeds, data sets and presets.
	UnitOutput
	UnitOutputN
	UnitInLayer
	SpeedSampleName
	SpeedBatchName
	SpeedEpochName
	SpeedMaxName
	CircleData
	XORData
	GaussData
	SpiralData
	PlaneData
	MultiGaussData
	PresetNetA
	PresetNetB
	PresetDeepSigmoid
	PresetLinear

	// Why a command or a value is refused.
	NoSuchLayer
	NoSuchWeight
	NoSuchUnitInLayer
	NoBiasInLayer
	NoActivationGiven
	ActivationRefused
	NoUnitToSelect
	NoSuchAxis
	NamesNoUnit
	AWeight
	ABias
	ValueNotANumber
	ValueOutOfRange
	NoTrainingPoints
	LRRange
	BatchRange
	NoLossGiven
	UnknownSpeed
	NoiseRange
	TrainShareRange
	NoSuchPreset
	NoSuchParam
	BadControlValue

	// Why training paused, or Step would not take a step.
	PausedAt
	StepRefused
	PausedExplode
	PausedLossExplode
	PausedOverflow
	PausedLossOverflow
	PausedBlowUp
	AllHiddenDead
	SomeHiddenDead
	WeightsKept
	LRTooHigh
	WeightOfLayer
	BiasOfLayer

	// Numbers that are not numbers, and what core says of bad numbers and files.
	NumUndefined
	NumOverflow
	DecimalNotPlain
	DecimalTooLarge
	DecimalTooSmall
	CSVLineError
	CSVFieldError
	CSVBadLine
	ModuleWrong
	ModuleFieldWrong
	ModuleInvalid

	// The canvas's shorter forms where room is short, the badge of a leaky unit, and
	// the phone's tabs of views.
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

	// The rows above are this table's; messages_controls.go's follow them, to msgCount.
	tableMsgs
)

// entry is one row of the string table: the string in each of the page's languages.
// Arguments go where the string says {1}, {2}, ... in the order Say receives them, so
// a language may put them in another order; Korean puts no particle right after one,
// since the particle would depend on how the argument ends.
type entry struct {
	en, ko string
}

// same is a row that reads alike in both languages: a formula, a name, a number.
func same(s string) entry { return entry{en: s, ko: s} }

var table = [msgCount]entry{
	InputTitle:           {en: "Input", ko: "입력"},
	FeaturesSubtitle:     {en: "features", ko: "입력 특성"},
	LayerTitle:           {en: "Layer {1}", ko: "{1}층"},
	OutputTitle:          {en: "Output", ko: "출력"},
	LinearSubtitle:       same("Linear {1}→{2}, {3}"),
	LinearNoBiasSubtitle: {en: "Linear {1}→{2}, {3}, no bias", ko: "Linear {1}→{2}, {3}, bias 없음"},
	EdgesWeightLegend: {en: "edges: weights (blue +, orange -, width = size)",
		ko: "선: 가중치 (파랑 +, 주황 -, 굵기 = 크기)"},
	EdgesGradientLegend: {en: "edges: dL/dW over the training set (width = size)",
		ko: "선: 학습 데이터 전체의 dL/dW (굵기 = 크기)"},
	EdgesStepLegend: {en: "edges: dL/dW of this sample", ko: "선: 이 샘플의 dL/dW"},

	FeatureLine:       same("{1} = {2}"),
	ValueLine:         same("a = {1}"),
	PreActivationLine: same("z = {1}"),
	BiasLine:          same("b = {1}"),
	NoBiasLine:        {en: "no bias", ko: "bias 없음"},
	GradientLine:      same("dL/dz = {1}"),
	DeadBadge:         {en: "dead", ko: "죽은 유닛"},
	SaturatedBadge:    {en: "sat {1}%", ko: "포화 {1}%"},
	WeightLabel:       same("w {1}"),
	WeightUpdateLabel: same("w {1} → {2}"),
	WeightGradLabel:   same("dL/dw {1}"),
	GradBarLabel:      same("|dL/dW| {1}"),
	GradBarsCaption: {en: "|dL/dW| per layer over the training set, log scale 1e-8 to 10",
		ko: "층마다 학습 데이터 전체의 |dL/dW|, 로그 눈금 1e-8 ~ 10"}, // m.Diag's, not a Step's
	GradBarsCaptionShort: {en: "|dL/dW| per layer, training set", ko: "층마다 학습 데이터의 |dL/dW|"},

	PlaneTitle:      {en: "Output over the input plane", ko: "입력 평면 위의 출력"},
	PlaneTitleShort: {en: "Output", ko: "출력"},
	PlaneAxisX:      same("{1} →"),
	PlaneAxisY:      same("{1} ↑"),
	InputPointLine:  {en: "input point ({1}, {2})", ko: "입력 점 ({1}, {2})"},
	TrainingPoints:  {en: "training", ko: "학습"},
	TestPoints:      {en: "test", ko: "테스트"},

	ActivationTitle: same("{1}: {2}"),
	ActivationReadout: {en: "z = {1}   f(z) = {2}   f′(z) = {3}   ({4})",
		ko: "z = {1}   f(z) = {2}   f′(z) = {3}   ({4})"},
	ChainRuleLine: {en: "chain rule: dL/da × f′(z) = dL/dz: {1} × {2} = {3}",
		ko: "연쇄 법칙: dL/da × f′(z) = dL/dz: {1} × {2} = {3}"},
	FunctionLegend:   same("f(z)"),
	DerivativeLegend: same("f′(z)"),
	TicksLegend:      {en: "ticks: training z", ko: "눈금: 학습 데이터의 z"},
	RegionActive:     {en: "active", ko: "활성"},
	RegionSaturated:  {en: "saturated", ko: "포화"},
	RegionDead:       {en: "inactive", ko: "비활성"},
	RegionLeaky:      {en: "leaky", ko: "작은 기울기"},
	ShadeKey:         same("{1}: f′ = {2}"),
	ShadeKeyNear:     same("{1}: f′ ≈ 0"),
	BadgeKey: {en: "a unit's badge: its share of training z in a shaded band",
		ko: "유닛의 배지: 색이 있는 범위에 든 학습 z의 비율"},

	ChartTitle: {en: "Loss   train {1}   test {2}   epoch {3}",
		ko: "손실   학습 {1}   테스트 {2}   에포크 {3}"},
	ChartEpoch:      {en: "epoch {1}", ko: "에포크 {1}"},
	ChartTrain:      {en: "train", ko: "학습"},
	ChartTest:       {en: "test", ko: "테스트"},
	LossBoxOutput:   {en: "y = {1}, target t = {2}", ko: "y = {1}, 목표 t = {2}"},
	LossBoxLoss:     {en: "loss = {1} = {2}", ko: "손실 = {1} = {2}"},
	LossBoxGradient: same("dL/dy = {1}"),
	DivergedBanner: {
		en: "Training paused: the learning rate is too high for this network (see the panel).",
		ko: "학습을 멈췄습니다: 이 신경망에는 학습률이 너무 높습니다 (패널을 보세요).",
	},

	HalfMSELabel: {en: "half squared error (Playground)", ko: "제곱 오차의 절반 (Playground)"},
	MSELabel:     same("MSELoss"),
	BCELabel:     same("BCEWithLogitsLoss"),

	StepOnPoint: {en: "Step on training point #{1} at ({2}, {3}), label {4}; " +
		"the update uses the mean gradient of {5}. Showing: {6}.",
		ko: "학습 데이터 #{1}로 학습 한 단계를 보여 줍니다: 위치 ({2}, {3}), 레이블 {4}. " +
			"업데이트에는 {5}의 평균 기울기를 씁니다. 지금: {6}."},
	StepAgainFor:      {en: "Step again for {1}.", ko: "다시 누르면 {1}로 넘어갑니다."}, // 손실로, ...
	PhaseNoneName:     {en: "none", ko: "없음"},
	PhaseForwardName:  {en: "forward", ko: "순전파"},
	PhaseLossName:     {en: "loss", ko: "손실"},
	PhaseBackwardName: {en: "backward", ko: "역전파"},
	PhaseUpdateName:   {en: "update", ko: "업데이트"},
	NextStepName:      {en: "the next step", ko: "새 학습 단계의 순전파"},

	PlayButton:          {en: "Play", ko: "학습 시작"},
	PauseButton:         {en: "Pause", ko: "멈춤"},
	LayerLegend:         {en: "Layer {1}: {2}", ko: "{1}층: {2}"},
	BiasCheckbox:        same("bias"),
	ActivationMenuLabel: {en: "activation", ko: "활성화 함수"},
	UnitMenuLabel:       {en: "unit", ko: "유닛"},
	ActivationMoreGroup: {en: "more", ko: "그 밖의 함수"},
	ActParamName:        {en: "{1} of layer {2}'s {3}", ko: "{2}층 {3}의 {1}"},
	WeightRow:           {en: "w[{1}][{2}] from {3}", ko: "w[{1}][{2}], {3}에서 오는 가중치"},
	BiasRow:             same("b[{1}]"),
	NumberBoxName:       {en: "{1} value", ko: "{1} 값"},
	NumberMissing:       {en: "type a number from {1} to {2}", ko: "{1}에서 {2} 사이의 수를 입력하세요"},
	NumberNotANumber: {en: "{1} is not a number: type one from {2} to {3}",
		ko: "{1}: 수가 아닙니다. {2}에서 {3} 사이의 수를 입력하세요"},
	NumberOutOfRange: {en: "{1} is out of range: type a number from {2} to {3}",
		ko: "{1}: 범위를 벗어났습니다. {2}에서 {3} 사이의 수를 입력하세요"},
	NumberTooSmall: {en: "{1} is too small: it would become 0. Type 0, or a number from " +
		"{2} to {3}", ko: "{1}: 너무 작아서 0이 됩니다. 0이나 {2}에서 {3} 사이의 수를 입력하세요"},
	SelectUnitFirst:    {en: "Select a unit first.", ko: "먼저 유닛을 선택하세요."},
	ExportRendering:    {en: "Rendering {1}…", ko: "{1} 파일을 그리는 중…"},
	CanvasSaved:        {en: "Saved {1} ({2}×{3}).", ko: "{1} 파일을 저장했습니다({2}×{3})."},
	CanvasEncodeFailed: {en: "Could not encode the canvas: {1}", ko: "캔버스를 PNG로 만들지 못했습니다: {1}"},
	InternalError: {en: "{1}. Reload the page; please report it.",
		ko: "{1}. 페이지를 새로 고치고, 이 문제를 알려 주세요."},
	CanvasName: {en: "The network with every unit's output, the output over the input plane, " +
		"the selected unit's activation and the loss curve; the panel changes them",
		ko: "신경망과 유닛마다의 출력, 입력 평면 위의 출력, 선택한 유닛의 활성화 함수와 " +
			"손실 곡선을 그린 그림입니다. 패널에서 바꿀 수 있습니다"},
	UnknownLanguage: {en: "unknown language {1}: the page speaks en (English) and ko (Korean)",
		ko: "알 수 없는 언어입니다: {1}. 이 페이지는 en(English)과 ko(한국어)로 쓸 수 있습니다"},

	UnitOutput:      {en: "output", ko: "출력"},
	UnitOutputN:     {en: "output {1}", ko: "출력 {1}"},
	UnitInLayer:     {en: "layer {1}, unit {2}", ko: "{1}층 유닛 {2}"},
	SpeedSampleName: {en: "1 sample per frame", ko: "프레임마다 샘플 1개"},
	SpeedBatchName:  {en: "1 batch per frame", ko: "프레임마다 배치 1개"},
	SpeedEpochName:  {en: "1 epoch per frame", ko: "프레임마다 1 에포크"},
	SpeedMaxName:    {en: "as fast as possible", ko: "최대한 빠르게"},
	CircleData:      {en: "Circle", ko: "원"},
	XORData:         {en: "Exclusive or (XOR)", ko: "XOR"},
	GaussData:       {en: "Two Gaussians", ko: "가우스 분포 두 개"},
	SpiralData:      {en: "Spiral", ko: "나선"},
	PlaneData:       {en: "Plane (regression)", ko: "평면 (회귀)"},
	MultiGaussData:  {en: "Several Gaussians (regression)", ko: "여러 가우스 분포 (회귀)"},
	PresetNetA: {en: "Playground default: {1}, tanh (Net A)", // {1}: its shape, 2-4-2-1
		ko: "Playground 기본: {1}, tanh (Net A)"},
	PresetNetB:        {en: "Net B: {1}, ReLU, tanh output", ko: "Net B: {1}, ReLU, 출력은 tanh"},
	PresetDeepSigmoid: {en: "Deep sigmoid stack: {1}", ko: "sigmoid를 깊게 쌓은 신경망: {1}"},
	PresetLinear:      {en: "Linear only: {1}, no activations", ko: "Linear만: {1}, 활성화 함수 없음"},

	NoSuchLayer:       {en: "the network has no layer {1}", ko: "신경망에 없는 층입니다: {1}층"},
	NoSuchWeight:      {en: "layer {1} has no weight [{2}][{3}]", ko: "{1}층에 없는 가중치입니다: [{2}][{3}]"},
	NoSuchUnitInLayer: {en: "layer {1} has no unit {2}", ko: "{1}층에 없는 유닛입니다: 유닛 {2}"},
	NoBiasInLayer: {en: "layer {1} has no bias (bias=False); turn it on first",
		ko: "{1}층에는 bias가 없습니다 (bias=False). 먼저 bias를 켜세요"},
	NoActivationGiven: {en: "no activation given", ko: "활성화 함수가 주어지지 않았습니다"},
	ActivationRefused: same("{1}: {2}"),
	NoUnitToSelect: {en: "there is no unit {1} in level {2} to select",
		ko: "선택할 수 있는 유닛이 아닙니다: 단계 {2}의 유닛 {1}"},
	NoSuchAxis:       {en: "the input point has no axis {1}", ko: "입력 점에 없는 축입니다: {1}"},
	NamesNoUnit:      {en: "{1} names no unit", ko: "{1}: 유닛을 가리키지 않습니다"},
	AWeight:          {en: "a weight", ko: "가중치"},
	ABias:            {en: "a bias", ko: "bias"},
	ValueNotANumber:  {en: "{1} must be a number, not {2}", ko: "{1} 값은 수여야 합니다. 받은 값: {2}"},
	ValueOutOfRange:  {en: "{1} must be between {2} and {3}", ko: "{1} 값은 {2}에서 {3} 사이여야 합니다"},
	NoTrainingPoints: {en: "there are no training points", ko: "학습 데이터가 없습니다"},
	LRRange: {en: "the learning rate must be a number above 0 and at most 10, not {1}",
		ko: "학습률은 0보다 크고 10 이하인 수여야 합니다. 받은 값: {1}"},
	BatchRange: {en: "the batch size must be from 1 to {1}, not {2}",
		ko: "배치 크기는 1에서 {1} 사이여야 합니다. 받은 값: {2}"},
	NoLossGiven:  {en: "no loss given", ko: "손실 함수가 주어지지 않았습니다"},
	UnknownSpeed: {en: "unknown speed {1}", ko: "알 수 없는 속도입니다: {1}"},
	NoiseRange: {en: "the noise must be from 0 to {1} percent, not {2}",
		ko: "잡음은 0에서 {1}% 사이여야 합니다. 받은 값: {2}"},
	TrainShareRange: {en: "the training share must be from 10 to 90 percent, not {1}",
		ko: "학습 데이터 비율은 10에서 90% 사이여야 합니다. 받은 값: {1}"},
	NoSuchPreset: {en: "there is no preset {1}", ko: "없는 시작 신경망입니다: {1}"},
	NoSuchParam:  {en: "{1} has no parameter {2}", ko: "{1}에 없는 parameter입니다: {2}"},
	BadControlValue: {en: "{1} is not a value this control takes",
		ko: "{1}: 이 컨트롤이 받는 값이 아닙니다"},

	PausedAt:    {en: "Training paused at epoch {1}:", ko: "에포크 {1}에서 학습을 멈췄습니다:"},
	StepRefused: {en: "Step cannot take this step:", ko: "이 학습 단계는 보여 줄 수 없습니다:"},
	PausedExplode: {en: "the next step would have moved {1} to {2}, beyond ±{3}, where no " +
		"network on this data needs to go.",
		ko: "다음 단계가 {1} 값을 ±{3} 바깥의 {2}까지 옮겼을 것입니다. 이 데이터의 어떤 " +
			"신경망도 그렇게 멀리 갈 필요가 없습니다."},
	PausedLossExplode: {en: "the loss on a training point reached {1}, beyond {2}: the " +
		"output has run far from its target.",
		ko: "학습 데이터 한 점의 손실이 {2}보다 큰 {1}까지 올랐습니다: 출력이 목표에서 " +
			"멀리 벗어났습니다."},
	PausedOverflow: {en: "the next step would have made {1} too large for the computer " +
		"to hold.", ko: "다음 단계가 {1} 값을 컴퓨터가 담을 수 없을 만큼 크게 만들었을 것입니다."},
	PausedLossOverflow: {en: "the loss grew too large for the computer to hold.",
		ko: "손실이 컴퓨터가 담을 수 없을 만큼 커졌습니다."},
	PausedBlowUp: {en: "the training loss rose to {1}, more than {2} times where it " +
		"started ({3}).", ko: "학습 손실이 {1}까지 올라, 처음({3})의 {2}배를 넘었습니다."},
	AllHiddenDead: {en: "Every hidden unit is dead: no gradient reaches them any more.",
		ko: "은닉 유닛이 모두 죽었습니다: 더 이상 기울기가 전달되지 않습니다."},
	SomeHiddenDead: {en: "{1} of {2} hidden units are dead.", ko: "은닉 유닛 {2}개 중 {1}개가 죽었습니다."},
	WeightsKept: {en: "The weights are kept as they were before that step.",
		ko: "가중치는 그 단계 전의 값 그대로 둡니다."},
	LRTooHigh: {en: "The learning rate {1} is too high for this network: each step " +
		"overshoots the minimum, and the next overshoots further. Lower the learning rate " +
		"and press Reset to start again.",
		ko: "이 신경망에는 학습률({1})이 너무 높습니다: 매 단계가 최솟값을 지나치고, 다음 " +
			"단계는 더 멀리 지나칩니다. 학습률을 낮추고 초기화를 눌러 다시 시작하세요."},
	WeightOfLayer: {en: "a weight of layer {1}", ko: "{1}층의 가중치"},
	BiasOfLayer:   {en: "a bias of layer {1}", ko: "{1}층의 bias"},

	NumUndefined: {en: "undefined", ko: "정의되지 않음"},
	NumOverflow:  {en: "overflow", ko: "넘침"},
	DecimalNotPlain: {en: "{1} is not a plain decimal number (digits with an optional sign, " +
		"point and exponent, such as -0.25 or 1.5e-3)",
		ko: "{1}: 보통의 십진수가 아닙니다 (부호, 숫자, 소수점, 지수로 쓴 수, 예: -0.25, 1.5e-3)"},
	DecimalTooLarge: {en: "{1} is too large: numbers go up to about 1.8e308",
		ko: "{1}: 너무 큰 수입니다. 약 1.8e308까지 쓸 수 있습니다"},
	DecimalTooSmall: {en: "{1} is too small: it would become 0 (the smallest size a nonzero " +
		"number can have is about 5e-324)",
		ko: "{1}: 너무 작아서 0이 됩니다 (0이 아닌 수의 가장 작은 크기는 약 5e-324입니다)"},
	CSVLineError:     {en: "data file, line {1}: {2}", ko: "데이터 파일 {1}번째 줄: {2}"},
	CSVFieldError:    {en: "data file, line {1}, {2}: {3}", ko: "데이터 파일 {1}번째 줄, {2}: {3}"},
	CSVBadLine:       {en: "not a line x1,x2,label", ko: "x1,x2,label 형식의 줄이 아닙니다"},
	ModuleWrong:      {en: "model file, module {1}: {2}", ko: "모델 파일 {1}번 모듈: {2}"},
	ModuleFieldWrong: {en: "model file, module {1}, field {2}: {3}", ko: "모델 파일 {1}번 모듈, {2}: {3}"},
	ModuleInvalid:    {en: "not a valid module", ko: "올바른 모듈이 아닙니다"},

	WaitingLine:            {en: "not yet", ko: "아직"},
	LeakyBadge:             {en: "leaky {1}%", ko: "작은 기울기 {1}%"},
	InputTitleShort:        {en: "In", ko: "입력"},
	LayerTitleShort:        {en: "L{1}", ko: "{1}층"},
	OutputTitleShort:       {en: "Out", ko: "출력"},
	ActivationReadoutShort: same("z {1}  f {2}  f′ {3}"),
	ChainRuleShort:         same("dL/dz = {1} × {2} = {3}"),
	ChartTitleShort:        {en: "Loss  train {1}  test {2}", ko: "손실  학습 {1}  테스트 {2}"},
	LossBoxOutputShort:     same("y {1}, t {2}"),
	LossBoxLossShort:       {en: "loss {1}", ko: "손실 {1}"},
	DivergedBannerShort:    {en: "Training paused: see the panel.", ko: "학습을 멈췄습니다: 패널을 보세요."},
	TabNetwork:             {en: "Network", ko: "신경망"},
	TabPlane:               {en: "Output", ko: "출력"},
	TabActivation:          same("f(z)"),
	TabChart:               {en: "Loss", ko: "손실"},
	NoSuchPane:             {en: "there is no view {1}", ko: "없는 화면입니다: {1}"},
}
