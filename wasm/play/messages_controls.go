package play

// The strings of TensorFlow Playground's controls, sharing, the model file, the
// PyTorch export and the learner's own data, in English and Korean: rows of the page's
// one table (messages.go), filled in by init, and the panel's static words (pagetext.go).
const (
	// The canvas's controls, the regression's value scale, the edges' and the f(z)
	// view's legends where the long ones (messages.go) do not fit, and the rows of the
	// Step's list of moves.
	HiddenLayersLabel Msg = tableMsgs + iota
	RemoveFeatureHint
	ValueScaleFrom
	EdgeEditorName
	EdgesWeightShort
	EdgesGradShort
	FunctionLegendShort
	DerivativeLegendShort
	WeightMoveRow
	BiasMoveRow
	PointsOne // a count of points, in the Step's words: "1 point", "10 points"
	PointsMany
	// The Step's batch by its points, which wrap to #0 at the end of the data (teach39).
	BatchSpan
	BatchSpanWrap
	PointRun
	// The Step's update of one weight of the selected unit, in numbers to check by hand.
	UpdateRuleLine
	UpdateRuleMid
	UpdateRuleShort
	UpdateRuleRegLine
	UpdateRuleRegMid
	// The Inspect pane's comment on the gradients it prints during a Step.
	InspectBackward
	// A preset's learning rate, which takes the place of one that made training run away;
	// a Reset that kept such a rate; training stalled (saturated, or its ReLUs dead), in
	// the panel and on the canvas.
	PresetLR
	ResetKeepsLR
	ResetKeepsStallLR
	StallWords
	StallDeadWords
	StallBeyondWords
	LayerWord // also the badges' notes (scene_badges.go)
	StallOutput
	StallBanner
	StallBannerShort
	StallDeadBanner
	// A value the learner set at the edge of its range, that a step pushes past it.
	AtTheEdge
	DivergedEdgeBanner
	// One parameter's value, named as the edge editor and the panel name it.
	WeightOfLayerAt
	BiasOfLayerAt
	// A unit's badges, closed up, where its unit is too narrow for them.
	DeadBadgeShort
	SaturatedBadgeShort
	LeakyBadgeShort
	SaturatedBadgeWord
	LeakyBadgeWord
	BadgeMarkNote
	BadgeMarksNote
	BadgeMarkNames
	UnitsInLayer
	// An edit that ended a Step, and what it changed (step_ended.go).
	StepEndedBy
	StepNotTaken
	ChangedWeight
	ChangedBias
	ChangedActivation
	ChangedLR
	ChangedBatch
	ChangedLoss
	ChangedReg
	ChangedData
	ChangedShape
	ChangedByReset
	ChangedPreset
	ChangedNetwork
	ChangedByModel
	ChangedByLink
	// New data put back weights that the learner had typed or trained.
	FirstWeightsAgain
	NewDataPaused
	// The lessons' menu of the hidden layers' activation while the layers differ.
	HiddenMixed

	// The menus' words.
	ClassificationName
	RegressionName
	RegNoneName
	RegL1Name
	RegL2Name
	OwnDataGroup
	OwnDataLabel
	UnitsMenuLabel
	PresetCustom

	// Why a setting or an edit of the network is refused.
	UnknownRegularization
	RegRateNotOffered
	UnknownProblem
	TooManyLayers
	NoLayerToRemove
	LayersRange
	TooManyUnits
	LastUnit
	UnitsRange
	UnknownFeature
	LastFeature
	NotHiddenLevel
	NoEdgePicked
	NoOwnData
	// The panel's box, after training ran away: the rate it offers to train again at,
	// its button, and what the button did (retry.go).
	RetryOffer
	TrainAgainButton
	TrainAgainPlays
	TrainAgainReset
	NoSaferRate

	filesFirst // the files' words follow, in messages_files.go, then the links'
)

var controlRows = map[Msg]entry{
	HiddenLayersLabel: {en: "hidden layers: {1}", ko: "은닉층 {1}개"},
	RemoveFeatureHint: {en: "click: stop feeding {1}", ko: "클릭하면 입력에서 {1} 빼기"},
	ValueScaleFrom:    {en: "value -1", ko: "값 -1"},
	EdgeEditorName:    same("w[{1}][{2}] ← {3}"),
	EdgesWeightShort:  {en: "edges: weights", ko: "선: 가중치"},
	EdgesGradShort:    {en: "edges: dL/dW", ko: "선: dL/dW"},
	// Where there is no room for the samples, the words in the curves' colours.
	FunctionLegendShort:   same("f"),
	DerivativeLegendShort: same("f′"),
	WeightMoveRow:         same("w[{1}][{2}] {3}"),
	BiasMoveRow:           same("b[{1}] {2}"),
	PointsOne:             {en: "1 point", ko: "데이터 1개"},
	PointsMany:            {en: "{1} points", ko: "데이터 {1}개"},
	BatchSpan:             {en: "{1}, {2}", ko: "{1}({2})"},
	BatchSpanWrap:         {en: "{1}, {2} and {3}", ko: "{1}({2}, {3})"},
	PointRun:              {en: "#{1} to #{2}", ko: "#{1}~#{2}"},
	InspectBackward:       {en: "the mean loss of the batch's {1}", ko: "배치 {1}의 평균 손실"},
	UpdateRuleLine: {
		en: "update: w[{1}][{2}] - lr × mean dL/dw of {7} = {3} - {4} × {5} = {6}",
		ko: "업데이트: w[{1}][{2}] - 학습률 × {7}의 평균 dL/dw = {3} - {4} × {5} = {6}"},
	UpdateRuleMid: {en: "w[{1}][{2}] - lr × mean dL/dw = {3} - {4} × {5} = {6}",
		ko: "w[{1}][{2}] - 학습률 × 평균 dL/dw = {3} - {4} × {5} = {6}"},
	UpdateRuleShort: same("w[{1}][{2}] = {3} - {4} × {5} = {6}"),
	// With L1 or L2 on ({7}), the gradient the update applies includes its pull.
	UpdateRuleRegLine: {
		en: "update: w[{1}][{2}] - lr × (mean dL/dw of {8} + {7} term) = " +
			"{3} - {4} × {5} = {6}",
		ko: "업데이트: w[{1}][{2}] - 학습률 × ({8}의 평균 dL/dw + {7} 항) = " +
			"{3} - {4} × {5} = {6}"},
	UpdateRuleRegMid: {en: "w[{1}][{2}] - lr × (mean dL/dw + {7} term) = {3} - {4} × {5} = {6}",
		ko: "w[{1}][{2}] - 학습률 × (평균 dL/dw + {7} 항) = {3} - {4} × {5} = {6}"},
	StepEndedBy: {en: "Step ended: {1}. Step again to start from the network as it is now.",
		ko: "학습 한 단계 보기를 멈췄습니다: {1}. ‘한 단계’를 누르면 지금의 신경망에서 다시 " +
			"시작합니다."},
	StepNotTaken: {en: "No step was taken: the message above says why and what to do.",
		ko: "학습 단계를 진행하지 않았습니다: 위 메시지에 이유와 할 일이 있습니다."},
	ChangedWeight:     {en: "you changed a weight", ko: "가중치를 바꾸었습니다"},
	ChangedBias:       {en: "you changed a bias", ko: "bias를 바꾸었습니다"},
	ChangedActivation: {en: "you changed an activation", ko: "활성화 함수를 바꾸었습니다"},
	ChangedLR:         {en: "you changed the learning rate", ko: "학습률을 바꾸었습니다"},
	ChangedBatch:      {en: "you changed the batch size", ko: "배치 크기를 바꾸었습니다"},
	ChangedLoss:       {en: "you changed the loss", ko: "손실 함수를 바꾸었습니다"},
	ChangedReg:        {en: "you changed the regularization", ko: "정규화를 바꾸었습니다"},
	ChangedData:       {en: "you changed the data", ko: "데이터를 바꾸었습니다"},
	ChangedShape:      {en: "you changed the network's shape", ko: "신경망의 모양을 바꾸었습니다"},
	ChangedByReset:    {en: "you reset the weights", ko: "가중치를 초기화했습니다"},
	ChangedPreset: {en: "you picked another network to start from",
		ko: "시작 신경망을 바꾸었습니다"},
	ChangedNetwork: {en: "you changed the network", ko: "신경망을 바꾸었습니다"},
	ChangedByModel: {en: "you loaded a model", ko: "모델을 불러왔습니다"},
	ChangedByLink:  {en: "you opened a link", ko: "링크를 열었습니다"},
	FirstWeightsAgain: {en: "New data: the network starts again from its first weights.",
		ko: "새 데이터: 신경망이 처음 가중치에서 다시 시작합니다."},
	NewDataPaused: {en: "Training paused: press Play to train on the new data.",
		ko: "학습을 멈췄습니다: 새 데이터로 학습하려면 학습 시작을 누르세요."},
	HiddenMixed: {en: "mixed: set layer by layer", ko: "층마다 다른 활성화 함수"},
	PresetLR: {en: "Learning rate set to {1}: {2} was too high.",
		ko: "학습률을 {1}(으)로 설정했습니다: 학습률({2})이 너무 높습니다."},
	ResetKeepsLR: {en: "Reset keeps the learning rate {1}, at which training stopped: lower " +
		"it before you press Play, or training will stop again.",
		ko: "초기화해도 학습률({1})은 그대로입니다. 이 학습률에서 학습을 멈췄으니, 학습 시작을 " +
			"누르기 전에 학습률을 낮추세요. 그대로 두면 학습이 다시 멈출 것입니다."},
	ResetKeepsStallLR: {en: "Reset keeps the learning rate {1}, at which training stalled: " +
		"lower it before you press Play, or it will stall again.",
		ko: "초기화해도 학습률({1})은 그대로입니다. 이 학습률에서는 학습이 더 나아가지 " +
			"않습니다: 학습 시작을 누르기 전에 학습률을 낮추세요."},
	StallWords: {en: "Training has stalled: every unit of {1} is saturated on {2}% of the " +
		"training points, where f′ ≈ 0 lets almost no gradient through, and the training " +
		"loss has stayed at {3} for the last {4} epochs. Large steps push z into the flat " +
		"tails: lower the learning rate and press Reset to start again.",
		ko: "학습이 더 나아가지 않습니다: {1}의 모든 유닛이 학습 데이터의 {2}%에서 포화되어 " +
			"(f′ ≈ 0) 기울기가 거의 전달되지 않고, 학습 손실은 마지막 {4} 에포크 동안 거의 " +
			"그대로 {3}입니다. 큰 업데이트는 z를 평평한 쪽으로 보냅니다. 학습률을 낮추고 " +
			"초기화를 눌러 다시 시작하세요."},
	StallBeyondWords: {en: "Training has stalled: the output layer is saturated on {1}% of the " +
		"training points, and the training loss has stayed at {2} for the last {3} epochs. " +
		"A lower learning rate cannot help:",
		ko: "학습이 더 나아가지 않습니다: 출력층이 학습 데이터의 {1}%에서 포화되었고, 학습 " +
			"손실은 마지막 {3} 에포크 동안 거의 그대로 {2}입니다. 학습률을 낮추어도 " +
			"나아지지 않습니다:"},
	StallDeadWords: {en: "Training has stalled: dead ReLUs, f′ = 0 wherever z < 0, let no " +
		"gradient through to the weights of {1} or of any layer before it, and the training " +
		"loss has stayed at {2} for the last {3} epochs. This is dying ReLU: large steps push " +
		"z below 0 for good. Lower the learning rate or use Leaky ReLU, and press Reset to " +
		"start again.",
		ko: "학습이 더 나아가지 않습니다: 죽은 ReLU(z < 0에서 f′ = 0)가 {1}과 그 앞의 모든 " +
			"층의 가중치에 기울기를 전달하지 않고, 학습 손실은 마지막 {3} 에포크 동안 거의 " +
			"그대로 {2}입니다. 죽은 뉴런 (Dead Neuron) 현상: 큰 업데이트는 z를 0 아래로 " +
			"보내고, 유닛은 다시 살아나지 못합니다. 학습률을 낮추거나 Leaky ReLU를 쓰고, " +
			"초기화를 눌러 다시 시작하세요."},
	LayerWord:       {en: "layer {1}", ko: "{1}층"},
	StallOutput:     {en: "the output layer", ko: "출력층"},
	WeightOfLayerAt: {en: "weight w[{2}][{3}] of layer {1}", ko: "{1}층의 가중치 w[{2}][{3}]"},
	BiasOfLayerAt:   {en: "bias b[{2}] of layer {1}", ko: "{1}층의 bias b[{2}]"},
	AtTheEdge: {en: "{1} was already {2}, at the edge of ±{4}, and the next step would " +
		"have moved it to {3}, past the edge. The learning rate is not the cause: move that " +
		"value back toward 0, or press Reset, and train again.",
		ko: "{1} 값이 이미 ±{4}의 끝인 {2}에 있어, 다음 단계가 그 값을 끝 너머의 {3}까지 " +
			"옮겼을 것입니다. 학습률 탓이 아닙니다: 그 값을 0 쪽으로 되돌리거나 초기화를 누른 " +
			"뒤 다시 학습하세요."},
	DivergedEdgeBanner: {en: "Training paused: a value is at the edge of its range (see the panel).",
		ko: "학습을 멈췄습니다: 값 하나가 범위의 끝에 있습니다 (패널을 보세요)."},
	StallBanner: {en: "Training has stalled in saturation (see the panel).",
		ko: "학습이 포화로 더 나아가지 않습니다 (패널을 보세요)."},
	StallBannerShort: {en: "Training has stalled: see the panel.",
		ko: "학습이 더 나아가지 않습니다: 패널을 보세요."},
	StallDeadBanner: {en: "Training has stalled: its ReLUs are dead (see the panel).",
		ko: "학습이 더 나아가지 않습니다: 죽은 ReLU (패널을 보세요)."},
	DeadBadgeShort:      {en: "dead", ko: "죽음"},
	SaturatedBadgeShort: {en: "sat{1}%", ko: "포화{1}%"},
	LeakyBadgeShort:     {en: "leaky{1}%", ko: "작은 기울기{1}%"},
	SaturatedBadgeWord:  {en: "sat", ko: "포화"},
	LeakyBadgeWord:      {en: "leaky", ko: "작은 기울기"},
	BadgeMarkNote:       {en: "{1}: {2}, no room for its badge", ko: "{1}: {2}, 배지를 쓸 자리가 없음"},
	BadgeMarksNote: {en: "{1}: {2}, no room for their badges",
		ko: "{1}: {2}, 배지를 쓸 자리가 없음"},
	BadgeMarkNames: same("{1}: {2}"),
	UnitsInLayer:   {en: "layer {1}, units {2}", ko: "{1}층 유닛 {2}"},

	ClassificationName: {en: "classification", ko: "분류"},
	RegressionName:     {en: "regression", ko: "회귀"},
	RegNoneName:        {en: "none", ko: "없음"},
	RegL1Name:          same("L1"),
	RegL2Name:          same("L2"),
	OwnDataGroup:       {en: "your data", ko: "직접 불러온 데이터"},
	OwnDataLabel:       {en: "{1} ({2} points)", ko: "{1} (점 {2}개)"},
	UnitsMenuLabel:     {en: "units", ko: "유닛 수"},
	PresetCustom:       {en: "your own: {1}", ko: "직접 만든 신경망: {1}"},

	UnknownRegularization: {en: "unknown regularization {1}", ko: "알 수 없는 정규화입니다: {1}"},
	RegRateNotOffered: {en: "the regularization rate must be one of {1}, not {2}",
		ko: "정규화 계수는 {1} 중 하나여야 합니다. 받은 값: {2}"},
	UnknownProblem:  {en: "unknown problem type {1}", ko: "알 수 없는 문제 유형입니다: {1}"},
	TooManyLayers:   {en: "the network has at most {1} hidden layers", ko: "은닉층은 {1}개까지 둘 수 있습니다"},
	NoLayerToRemove: {en: "the network has no hidden layer to remove", ko: "뺄 은닉층이 없습니다"},
	LayersRange: {en: "the network has 0 to {1} hidden layers, not {2}",
		ko: "은닉층 수는 0에서 {1} 사이여야 합니다. 받은 값: {2}"},
	TooManyUnits: {en: "a hidden layer has at most {1} units", ko: "은닉층 하나에는 유닛을 {1}개까지 둘 수 있습니다"},
	LastUnit:     {en: "a layer keeps at least one unit", ko: "층마다 유닛이 적어도 하나는 있어야 합니다"},
	UnitsRange: {en: "a hidden layer has 1 to {1} units, not {2}",
		ko: "은닉층의 유닛 수는 1에서 {1} 사이여야 합니다. 받은 값: {2}"},
	UnknownFeature: {en: "there is no input feature {1}", ko: "없는 입력 특성입니다: {1}"},
	LastFeature: {en: "the network needs at least one input feature",
		ko: "입력 특성이 적어도 하나는 있어야 합니다"},
	NotHiddenLevel: {en: "level {1} is not a hidden layer", ko: "{1}단계는 은닉층이 아닙니다"},
	NoEdgePicked:   {en: "Click an edge first.", ko: "먼저 선을 클릭하세요."},
	NoOwnData:      {en: "Load a CSV file of points first.", ko: "먼저 점들의 CSV 파일을 불러오세요."},

	RetryOffer: {en: "Tried from the first weights again, the learning rate {1}, the largest " +
		"of Playground's rates below {2}, trains {3} epochs without stopping: the button " +
		"below trains again at it.",
		ko: "처음 가중치에서 다시 해 보면, {2}보다 낮은 Playground 학습률 중 가장 큰 " +
			"{1}에서는 {3} 에포크 동안 학습이 멈추지 않습니다. 아래 버튼을 누르면 이 " +
			"학습률로 다시 학습합니다."},
	TrainAgainButton: {en: "Train again at learning rate {1}", ko: "다시 학습 (학습률 {1})"},
	TrainAgainPlays: {en: "Learning rate set to {1}, since training stopped at {2}; the " +
		"weights start again from their first values, and training goes on.",
		ko: "학습률({2})에서는 학습이 멈추니, 학습률을 {1}(으)로 낮췄습니다. 가중치는 처음 " +
			"값에서 다시 시작하고, 학습을 이어 갑니다."},
	TrainAgainReset: {en: "Learning rate set to {1}, since training stopped at {2}; the " +
		"weights start again from their first values.",
		ko: "학습률({2})에서는 학습이 멈추니, 학습률을 {1}(으)로 낮췄습니다. 가중치는 처음 " +
			"값에서 다시 시작합니다."},
	NoSaferRate: {en: "training has not stopped at a learning rate that a lower one trains",
		ko: "학습이 학습률 때문에 멈추지 않았습니다: 낮출 학습률이 없습니다"},
}

// controlPageText are the panel's static words of these controls.
var controlPageText = map[string]entry{
	"regularization": {en: "regularization", ko: "정규화"},
	"reg-rate":       {en: "regularization rate", ko: "정규화 계수"},
	"problem":        {en: "problem type", ko: "문제 유형"},
	"discretize":     {en: "Discretize output", ko: "출력을 두 클래스로 보기"},
	"discretize-title": {en: "Show the output as two classes: its sign",
		ko: "출력을 부호에 따라 두 클래스로 보여 줍니다"},
	"show-test": {en: "Show test data", ko: "테스트 데이터 보기"},
	"load-data": {en: "Load CSV…", ko: "CSV 불러오기…"},
	"data-hint": {en: "Your data: a CSV file of lines x1,x2,label, with x1 and x2 from −6 " +
		"to 6 and labels ±1 to classify or values from −1000 to 1000 for a regression.",
		ko: "직접 만든 데이터: x1,x2,label 형식의 줄로 된 CSV 파일입니다. x1과 x2는 −6에서 6 " +
			"사이이고, 레이블이 ±1이면 분류, −1000에서 1000 사이의 다른 값이면 회귀 문제가 " +
			"됩니다."},
	"hidden-layers":  {en: "hidden layers", ko: "은닉층 수"},
	"features":       {en: "Input features", ko: "입력 특성"},
	"share":          {en: "Share and files", ko: "공유와 파일"},
	"share-weights":  {en: "Put the weights in the link", ko: "링크에 가중치도 넣기"},
	"copy-link":      {en: "Copy link", ko: "링크 복사"},
	"link-box":       {en: "The link to this page", ko: "이 페이지의 링크"},
	"save-model":     {en: "Save model", ko: "모델 저장"},
	"load-model":     {en: "Load model…", ko: "모델 불러오기…"},
	"export-pytorch": {en: "Export PyTorch", ko: "PyTorch로 내보내기"},
	"share-hint": {en: "The address bar always holds this page's settings. Drop a model file " +
		"(.json) or a data file (.csv) anywhere on the page to load it.",
		ko: "주소 창에는 언제나 이 페이지의 설정이 들어 있습니다. 모델 파일(.json)이나 데이터 " +
			"파일(.csv)을 페이지 아무 데나 끌어다 놓아도 불러옵니다."},
	"edge-close": {en: "Close the weight's editor", ko: "가중치 편집 닫기"},
}

func init() {
	for f, key := range featureKeys {
		controlPageText["feature-"+key] = entry{en: featureLabels[f], ko: featureLabels[f]}
	}
	for m, e := range controlRows {
		table[m] = e
	}
	for m, e := range fileRows {
		table[m] = e
	}
	for k, e := range controlPageText {
		pageText[k] = e
	}
}
