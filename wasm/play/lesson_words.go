package play

// The lessons' words: the panel's list, each lesson's sentences and tasks, and the
// texts of the boards. They are messages of the table like the rest (Say reads them
// through entry), kept in a block of their own after msgCount. Korean follows the
// tutorial's words as messages.go says; a lesson is 단원, its part 부 (단계 is Step's),
// free play 자유 실습. In the panel's sentences a word joiner (U+2060) holds "f′(z)"
// together, which a browser would break after the prime (the canvas draws it as nothing).
const (
	LessonButton Msg = msgCount + iota
	TabLesson
	HiddenMenuLabel
	NoSuchLesson
	NoSuchPart
	NotInLesson
	NoLessonOpen
	NoTrainingHere

	LinearTitle
	LinearBody1
	LinearBody2
	LinearTaskSum
	LinearTaskNoBias
	LinearBoardTitle
	LinearBoardTitleShort
	LinearBoardTitleNoBias
	LinearBoardTitleShortNoBias
	LinearCaptionX
	LinearCaptionW
	LinearCellW
	LinearCellX
	LinearCellB
	LinearCellY
	LinearSum
	LinearSumRounded
	LinearSumShort
	LinearSumShortNoBias
	LinearRowMenu
	LinearRowOption
	LinearWeightRow

	CollapseTitle
	CollapseBody1
	CollapseBody2
	CollapsePart1
	CollapsePart2
	CollapsePart3
	CollapseTaskSix
	CollapseTaskGap
	CollapseTaskBend
	CollapseBoardTitle
	CollapseBoardTitleShort
	CollapseTwoLayers
	CollapseOneLayer
	CollapseAlgebra
	CollapseAlgebraShort
	CollapseAlgebraBias
	CollapseAlgebraBiasShort
	CollapseWeight
	CollapseBias
	CollapseSame
	CollapseSameShort
	CollapseGap
	CollapseGapShort
	CollapsePlaneTitle
	CollapsePlaneTitleShort
	CollapseWEff
	CollapseWEffShort
	CollapseBEff
	CollapseOneUnit
	CollapseNoOne
	CollapseBetween
	CollapseBoardTitleAct
	CollapseBoardTitleActShort
	CollapseAlgebraAct
	CollapseAlgebraActBias
	CollapseAlgebraActShort
	CollapseNotLinear
	CollapseNotLinearShort
	CollapseProduct
	CollapseWithoutF

	CurveTitle
	CurveBody1
	CurveBody2
	CurveTaskFlat
	CurveFormula
	CurveDragHint
	CurveNoteIdentity
	CurveNoteSigmoid
	CurveNoteTanh
	CurveNoteReLU
	CurveNoteLeaky
	CurveNoteReLU6
	CurveNoteELU
	CurveNoteGELU
	CurveNoteSiLU
	CurveNoteSoftplus

	VanishTitle
	VanishBody1
	VanishBody2
	VanishTaskSaturate
	VanishTaskLevel
	VanishBoardTitle
	VanishBoardTitleShort
	VanishBoardRule
	VanishBoundSigmoid
	VanishBoundTanh
	VanishBoundReLU
	VanishBoardRuleShort
	VanishBoardSizes
	VanishBoardSizesShort
	VanishBoardRefused
	VanishBarCaption
	VanishRowLayer
	VanishRowOutput
	VanishRowWaiting
	VanishRowW
	VanishRowFPrime
	VanishRowDZ
	VanishUnit
	VanishUnitShort

	RaceTitle
	RaceBody1
	RaceBody2
	RaceTask
	RaceStart
	RaceAgain
	RaceBoardTitle
	RaceBoardTitleShort
	RaceBoardSetup
	RaceBoardSetupShort
	RaceTarget
	RaceEpochs
	RaceNotStarted
	RaceNotStartedShort
	RaceWaiting
	RaceReached
	RaceNever
	RaceRunning
	CostTitle
	CostTitleShort
	CostMeasuring
	CostRow
	CostRowShort
	CostRowOwn
	CostRowNear
	CostNote
	CostNoteShort

	dyingFirst // lesson 6's words follow, in lesson_words_dying.go
)

// entry returns message m's row of the table.
func (m Msg) entry() entry {
	if m < msgCount {
		return table[m]
	}
	return lessonTable[m]
}

// lessonTable holds the lessons' words, lesson 6's from dyingWords.
var lessonTable = joinWords(lessonWords, dyingWords)

var lessonWords = map[Msg]entry{
	LessonButton:    same("{1}. {2}"),
	TabLesson:       {en: "Lesson", ko: "단원"},
	HiddenMenuLabel: {en: "activation of the hidden layers", ko: "은닉층의 활성화 함수"},
	NoSuchLesson: {en: "there is no lesson {1}: the lessons are 1 to {2}",
		ko: "없는 단원입니다: {1}. 단원 번호는 1~{2}"},
	NoSuchPart:   {en: "lesson {2} has no part {1}", ko: "없는 부분입니다: 단원 {2}, {1}부"},
	NoLessonOpen: {en: "no lesson is open", ko: "열린 단원이 없습니다"},
	NoTrainingHere: {en: "Lesson {1} does not train its network: press Free play to train.",
		ko: "단원 {1}에서는 학습하지 않습니다. 학습하려면 ‘자유 실습’을 누르세요."},
	NotInLesson: {en: "lesson {1} is not open", ko: "열려 있지 않은 단원입니다: 단원 {1}"},

	LinearTitle: {en: "The linear layer, Y = Wx + b", ko: "Linear layer, Y = Wx + b"},
	LinearBody1: {en: "nn.Linear(10, 5) takes a vector x of 10 numbers and returns a vector " +
		"Y of 5: Y = Wx + b. W is the weight, a 5×10 matrix (PyTorch keeps it as [out][in]); " +
		"b is the bias, one number per output.",
		ko: "nn.Linear(10, 5)는 크기가 10인 입력 x를 받아 크기가 5인 출력 Y를 내보냅니다: " +
			"Y = Wx + b. W는 가중치로 5×10 행렬이고 (PyTorch는 [출력][입력] 순서로 저장합니다), " +
			"b는 bias로 출력마다 하나씩 있습니다."},
	LinearBody2: {en: "Each output is one row of W times x, plus its bias. Click a cell of W " +
		"to pick its row: the sliders below hold that row. Inspect prints the layer as " +
		"PyTorch 1.13 does.",
		ko: "출력 하나는 W의 한 행과 x를 곱해 bias를 더한 값입니다. W의 칸을 클릭하면 그 " +
			"행이 선택되고, 아래 슬라이더로 그 행을 바꿀 수 있습니다. 살펴보기에는 PyTorch " +
			"1.13이 출력하는 그대로 layer가 나옵니다."},
	LinearTaskSum: {en: "Make one output the sum of two inputs: in its row, weight 1 for " +
		"two inputs and 0 for the rest, and bias 0 (“Zero the row” helps).",
		ko: "출력 하나가 두 입력의 합이 되게 해 보세요: 그 행에서 두 입력의 가중치는 1, " +
			"나머지는 0, bias는 0으로 둡니다 (‘행을 0으로’ 버튼을 쓰면 편합니다)."},
	LinearTaskNoBias: {en: "Turn the bias off (bias=False): Inspect shows layer.bias as None, " +
		"and Y = Wx.",
		ko: "bias를 꺼 보세요 (bias=False): 살펴보기에서 layer.bias가 None이 되고 Y = Wx가 " +
			"됩니다."},
	LinearBoardTitle:            same("{1}: Y = Wx + b"),
	LinearBoardTitleShort:       same("Y = Wx + b"),
	LinearBoardTitleNoBias:      same("{1}: Y = Wx"),
	LinearBoardTitleShortNoBias: same("bias=False: Y = Wx"),
	LinearCaptionX:              {en: "x: the input, 10 numbers", ko: "x: 입력, 수 10개"},
	LinearCaptionW: {en: "W: the weight, 5×10 ([out][in]); point at a cell for its value",
		ko: "W: 가중치, 5×10 ([출력][입력]); 칸을 가리키면 값이 나옵니다"},
	LinearCellW:      same("W[{1}][{2}] = {3}"),
	LinearCellX:      same("x[{1}] = {2}"),
	LinearCellB:      same("b[{1}] = {2}"),
	LinearCellY:      same("Y[{1}] = {2}"),
	LinearSum:        same("Y[{1}] = {2} = {3}"),
	LinearSumRounded: same("Y[{1}] = {2} ≈ {3}"),
	LinearSumShort: {en: "Y[{1}] = (row {1} of W)·x + b[{1}] = {2}",
		ko: "Y[{1}] = (W의 {1}행)·x + b[{1}] = {2}"},
	LinearSumShortNoBias: {en: "Y[{1}] = (row {1} of W)·x = {2}", ko: "Y[{1}] = (W의 {1}행)·x = {2}"},
	LinearRowMenu:        {en: "output row", ko: "출력 행"},
	LinearRowOption:      same("Y[{1}]"),
	LinearWeightRow:      same("W[{1}][{2}]"),

	CollapseTitle: {en: "Stacked linear layers collapse", ko: "Linear layer를 쌓아도 선형변환 하나"},
	CollapseBody1: {en: "Two Linear layers with nothing between them compute one linear map. " +
		"With W1 = 2 and W2 = 3 and no bias, y = 3(2x) = 6x: one layer with W = 6 does the same.",
		ko: "사이에 아무것도 없는 두 Linear layer는 선형변환 하나와 같은 연산을 합니다. " +
			"W1 = 2, W2 = 3이고 bias가 없으면 y = 3(2x) = 6x로, W = 6인 layer 하나와 같습니다."},
	CollapseBody2: {en: "With biases, y = W2(W1x + b1) + b2 = (W2·W1)x + (W2·b1 + b2). However " +
		"many layers you stack, the network is one Linear layer, and on the plane its " +
		"boundary is a straight line (part 3).",
		ko: "bias가 있으면 y = W2(W1x + b1) + b2 = (W2·W1)x + (W2·b1 + b2)입니다. layer를 " +
			"아무리 많이 쌓아도 Linear layer 하나와 같고, 평면 위의 경계는 직선입니다 (3부)."},
	CollapsePart1: {en: "Part 1: W1, W2", ko: "1부: W1, W2"},
	CollapsePart2: {en: "Part 2: with biases", ko: "2부: bias 포함"},
	CollapsePart3: {en: "Part 3: 2-4-2-1", ko: "3부: 2-4-2-1"},
	CollapseTaskSix: {en: "Set W1 = 2 and W2 = 3 and read W = 6.",
		ko: "W1 = 2, W2 = 3으로 두고 W = 6을 확인해 보세요."},
	CollapseTaskGap: {en: "Put an activation between the layers and watch the two curves " +
		"part: the board shows the gap.",
		ko: "두 layer 사이에 활성화 함수를 넣고 두 곡선이 갈라지는 것을 보세요: 그 차이가 " +
			"화면에 나옵니다."},
	CollapseTaskBend: {en: "Switch the hidden layers to Tanh or ReLU: the network no longer " +
		"folds into one layer, and its boundary on the plane bends.",
		ko: "은닉층을 Tanh나 ReLU로 바꿔 보세요: 신경망이 더 이상 layer 하나로 접히지 않고, " +
			"평면 위의 경계가 휘어집니다."},
	CollapseBoardTitle: {en: "Two Linear layers, one linear map",
		ko: "Linear layer 두 개, 선형변환 하나"},
	CollapseBoardTitleShort: {en: "Two layers = one", ko: "두 layer = 하나"},
	CollapseTwoLayers:       {en: "two layers", ko: "layer 두 개"},
	CollapseOneLayer:        {en: "one layer", ko: "layer 하나"},
	CollapseAlgebra: {en: "y = W2·(W1·x) = {1}·({2}·x) = {3}·x",
		ko: "y = W2·(W1·x) = {1}·({2}·x) = {3}·x"},
	CollapseAlgebraShort: same("y = {1}·x"),
	CollapseAlgebraBias: {en: "y = W2·(W1·x + b1) + b2 = {1}·x {2}",
		ko: "y = W2·(W1·x + b1) + b2 = {1}·x {2}"},
	CollapseAlgebraBiasShort: same("y = {1}·x {2}"),
	CollapseWeight:           same("W = W2·W1 = {1}·{2} = {3}"),
	CollapseBias: {en: "b = W2·b1 + b2 = {1}·{2} {3} = {4}",
		ko: "b = W2·b1 + b2 = {1}·{2} {3} = {4}"},
	CollapseSame: {en: "The {1} layers fold into one Linear layer: the same function",
		ko: "layer {1}개가 Linear layer 하나로 접힙니다: 같은 함수입니다"},
	CollapseSameShort: {en: "one layer, the same function", ko: "layer 하나, 같은 함수"},
	CollapseGap: {en: "{1} between the layers: {2} layers stay, and the curves differ by up to {3}",
		ko: "layer 사이에 {1}: layer {2}개가 남고, 두 곡선의 차이는 최대 {3}"},
	CollapseGapShort: {en: "gap up to {1}", ko: "차이 최대 {1}"},
	CollapsePlaneTitle: {en: "{1} Linear layers fold into one",
		ko: "Linear layer {1}개가 하나로 접힙니다"},
	CollapsePlaneTitleShort: {en: "Folded into one", ko: "하나로 접힘"},
	CollapseWEff: {en: "W_eff = W3·W2·W1 = [{1}, {2}]",
		ko: "W_eff = W3·W2·W1 = [{1}, {2}]"},
	CollapseWEffShort: same("W_eff = [{1}, {2}]"),
	CollapseBEff:      same("b_eff = {1}"),
	CollapseOneUnit: {en: "one Linear(2, 1): its output over the plane",
		ko: "Linear(2, 1) 하나의 출력"},
	CollapseNoOne:   {en: "no one layer", ko: "layer 하나가 아님"},
	CollapseBetween: {en: "activation between the layers", ko: "layer 사이의 활성화 함수"},
	// Once an activation stands between the layers the board says so, not the product.
	CollapseBoardTitleAct: {en: "Two Linear layers with {1} between: not one linear map",
		ko: "사이에 {1}가 있는 Linear layer 두 개: 선형변환 하나가 아님"},
	CollapseBoardTitleActShort: {en: "Two layers ≠ one", ko: "두 layer ≠ 하나"},
	CollapseAlgebraAct: {en: "y = W2·{1}(W1·x) = {2}·{1}({3}·x)",
		ko: "y = W2·{1}(W1·x) = {2}·{1}({3}·x)"},
	CollapseAlgebraActBias:  same("y = W2·{1}(W1·x + b1) + b2"),
	CollapseAlgebraActShort: same("y = W2·f(W1·x)"),
	CollapseNotLinear: {en: "The collapse does not hold: no single W gives this curve",
		ko: "하나로 접히지 않습니다: 이 곡선과 같은 W는 없습니다"},
	CollapseNotLinearShort: {en: "no single W", ko: "W 하나가 아님"},
	CollapseProduct:        same("W2·W1 = {1}"),
	CollapseWithoutF:       {en: "W2·W1 without f", ko: "f 없는 W2·W1"},

	CurveTitle: {en: "Non-linear activations", ko: "Non-linear function (활성화 함수)"},
	CurveBody1: {en: "An activation a = f(z) bends the output of each Linear layer, so stacked " +
		"layers no longer collapse into one. Pick one, drag z along the axis (or its slider) " +
		"and read f(z) and its slope f′\u2060(z).",
		ko: "활성화 함수 a = f(z)는 Linear layer의 출력을 휘게 해서, layer를 쌓아도 하나로 " +
			"합쳐지지 않게 합니다. 함수를 고르고 축을 따라 z를 끌어 (슬라이더도 됩니다) " +
			"f(z)와 기울기 f′\u2060(z)를 읽어 보세요."},
	CurveBody2: {en: "Identity (no bend: f(z) = z), Sigmoid, Tanh, ReLU, Leaky ReLU (its " +
		"slope below the menu) and ReLU6 come first; the others are under “more”.",
		ko: "Identity(휘지 않음: f(z) = z), Sigmoid, Tanh, ReLU, Leaky ReLU(기울기는 메뉴 " +
			"아래에서), ReLU6가 먼저 나오고, 나머지는 ‘그 밖의 함수’에 있습니다."},
	CurveTaskFlat: {en: "Find a z where Sigmoid's slope f′\u2060(z) is below 0.025, a tenth " +
		"of its peak: look far from 0, where the curve flattens (it saturates).",
		ko: "Sigmoid의 기울기 f′\u2060(z)가 0.025(최대값의 10분의 1)보다 작아지는 z를 찾아 " +
			"보세요: 0에서 멀어지면 곡선이 평평해집니다 (포화)."},
	CurveFormula:  same("f(z) = {1}"),
	CurveDragHint: {en: "drag on the plot to move z", ko: "그래프를 끌어 z를 옮기세요"},
	CurveNoteIdentity: {en: "z unchanged: no activation at all.",
		ko: "z를 그대로 내보냅니다: 활성화 함수가 없는 것과 같습니다."},
	CurveNoteSigmoid: {en: "Squeezes z into (0, 1); its slope is at most 0.25.",
		ko: "z를 0과 1 사이로 눌러 담습니다. 기울기는 최대 0.25입니다."},
	CurveNoteTanh: {en: "Like Sigmoid, but from -1 to 1 and centred on 0; its slope reaches 1.",
		ko: "sigmoid와 비슷하지만 -1에서 1 사이이고 0을 중심으로 합니다. 기울기는 최대 1입니다."},
	CurveNoteReLU: {en: "Passes positive z unchanged and gives 0 otherwise; its slope is 1 or 0.",
		ko: "양수는 그대로 내보내고 0 이하는 모두 0으로 출력합니다. 기울기는 1 또는 0입니다."},
	CurveNoteLeaky: {en: "Like ReLU, but negative z leaks through with a small slope " +
		"(negative_slope, 0.01 by default): the gradient never stops.",
		ko: "ReLU와 같지만 0 이하의 값은 작은 기울기(negative_slope, 기본 0.01)로 새어 " +
			"나가, 기울기가 끊기지 않습니다."},
	CurveNoteReLU6: {en: "ReLU capped at 6: its slope is 0 below 0 and above 6.",
		ko: "최대값을 6으로 제한한 ReLU입니다: 0 아래와 6 위에서 기울기는 0입니다."},
	CurveNoteELU: {en: "ReLU for z > 0; below 0 it curves smoothly down to -alpha.",
		ko: "z > 0에서는 ReLU와 같고, 0 아래에서는 -alpha까지 부드럽게 내려갑니다."},
	CurveNoteGELU: {en: "z times the chance that a standard normal value is below z: a " +
		"smooth ReLU that dips below 0.",
		ko: "z에 표준정규분포 값이 z 이하일 확률을 곱한 값: 0 아래로 살짝 내려가는 " +
			"부드러운 ReLU입니다."},
	CurveNoteSiLU: {en: "z·sigmoid(z): smooth, a little below 0, then growing like z.",
		ko: "z·sigmoid(z): 부드럽고, 0 아래로 조금 내려갔다가 z처럼 커집니다."},
	CurveNoteSoftplus: {en: "A smooth ReLU, log(1 + exp(βz))/β, always above 0.",
		ko: "부드러운 ReLU, log(1 + exp(βz))/β이며 항상 0보다 큽니다."},

	VanishTitle: {en: "Sigmoid saturates; the gradient vanishes", ko: "Sigmoid의 포화와 사라지는 기울기"},
	VanishBody1: {en: "Far from 0, sigmoid flattens toward 0 or 1 and its slope nears 0. " +
		"Backprop multiplies, layer by layer, by the weights and by one slope, and sigmoid′ " +
		"is at most 0.25: in a deep stack the gradient shrinks layer by layer, the bars " +
		"under the layers fall by orders of magnitude, and the first layers barely learn.",
		ko: "0에서 멀어지면 sigmoid는 0이나 1로 수렴하며 평평해지고, 기울기는 거의 0이 " +
			"됩니다. backprop은 층마다 가중치와 기울기 하나를 곱하는데 sigmoid′는 0.25 " +
			"이하입니다: 깊이 쌓으면 기울기가 층을 지날수록 작아져 층 아래의 막대가 " +
			"몇 자릿수씩 줄어들고, 앞쪽 층은 거의 학습하지 못합니다."},
	VanishBody2: {en: "Press Step and watch the backward pass: the board shows each layer's " +
		"two factors, the weights' (×W) and the slope's (×f′). Then switch the hidden " +
		"layers to Tanh, the tutorial's replacement, or to ReLU: ×f′ is no longer held " +
		"under 0.25 (ReLU′ is 1 where a unit passes), and the bars under the layers level. " +
		"The board's |dL/dz| still falls, by ×W, and with ReLU by the units that do not pass.",
		ko: "‘한 단계’를 누르고 역전파를 지켜보세요: ‘층별 역전파’ 표가 층마다 두 인수, " +
			"가중치의 인수(×W)와 기울기의 인수(×f′)를 보여 줍니다. 그다음 은닉층을 " +
			"튜토리얼이 대신 쓰는 Tanh나 ReLU로 바꾸면 ×f′가 더는 0.25 아래에 머물지 않고 " +
			"(ReLU′는 통과하는 유닛에서 1), 층 아래의 막대가 고르게 됩니다. 표의 |dL/dz|는 " +
			"×W 때문에, ReLU에서는 통과하지 못하는 유닛 때문에도 여전히 줄어듭니다."},
	VanishTaskSaturate: {en: "Drag a weight of the selected unit until it saturates " +
		"(f′\u2060(z) < 0.025) and watch its gradient vanish.",
		ko: "선택한 유닛의 가중치를 끌어 유닛을 포화시키고 (f′\u2060(z) < 0.025), 그 기울기가 " +
			"사라지는 것을 보세요."},
	VanishTaskLevel: {en: "Switch the hidden layers to Tanh or ReLU: the gradient bars level.",
		ko: "은닉층을 Tanh나 ReLU로 바꿔 보세요: 기울기 막대가 고르게 됩니다."},
	VanishBoardTitle: {en: "Backprop at training point #{1}, layer by layer",
		ko: "층별 역전파: 학습 데이터 #{1}"},
	VanishBoardTitleShort: {en: "Backprop, point #{1}", ko: "역전파: #{1}"},
	VanishBoardRule: {en: "Going back, each layer multiplies dL/dz by W and f′(z){1}.",
		ko: "거꾸로 가며 층마다 dL/dz에 W와 f′(z)를 곱합니다{1}."},
	VanishBoundSigmoid:   same(" (sigmoid′ ≤ 0.25)"), // VanishBoardRule's {1}
	VanishBoundTanh:      same(" (tanh′ ≤ 1)"),
	VanishBoundReLU:      {en: " (ReLU′ is 0 or 1)", ko: " (ReLU′는 0 또는 1)"},
	VanishBoardRuleShort: {en: "each layer: × W × f′(z)", ko: "층마다 × W × f′(z)"},
	VanishBoardSizes: {en: "Sizes over a layer's units (norms): ×f′ is its f′(z) weighted by dL/da.",
		ko: "크기는 층의 유닛 전체에 대한 노름이고, ×f′는 dL/da로 가중한 f′(z)입니다."},
	VanishBoardSizesShort: {en: "sizes: norms over a layer", ko: "크기: 층 전체의 노름"},
	VanishBoardRefused: {en: "Step was refused: no step was taken, nothing was updated.",
		ko: "‘한 단계’가 거부되어 아무것도 업데이트되지 않았습니다."},
	VanishBarCaption: {en: "|dL/dz|, log scale 1e-10 to 1", ko: "|dL/dz|, 로그 눈금 1e-10 ~ 1"},
	VanishRowLayer:   {en: "layer {1}", ko: "{1}층"},
	VanishRowOutput:  {en: "output", ko: "출력"},
	VanishRowWaiting: {en: "not reached yet", ko: "아직 오지 않음"},
	VanishRowW:       same("×W {1}"),
	VanishRowFPrime:  same("×f′ {1}"),
	VanishRowDZ:      same("|dL/dz| {1}"),
	VanishUnit: {en: "{1}: dL/dz = dL/da × f′(z) = {3} × {2} = {4}",
		ko: "{1}: dL/dz = dL/da × f′(z) = {3} × {2} = {4}"},
	VanishUnitShort: same("f′(z) = {1}, dL/dz = {2}"),

	RaceTitle: {en: "ReLU trains faster and costs less", ko: "ReLU는 더 빨리 학습하고 연산이 저렴합니다"},
	RaceBody1: {en: "The same data and the same initial weights, trained side by side with " +
		"four activations, right here. The tutorial says ReLU helps SGD converge faster and " +
		"is cheap to compute: the race shows the first, and beside it the time f and f′ take " +
		"on your machine.",
		ko: "같은 데이터, 같은 초기 가중치로 네 가지 활성화 함수를 이 페이지에서 나란히 " +
			"학습시킵니다. 튜토리얼은 ReLU가 SGD를 더 빨리 수렴하게 돕고 연산이 저렴하다고 " +
			"말합니다: 경주가 앞의 것을, 그 옆의 표가 여러분의 컴퓨터에서 잰 f와 f′의 시간을 " +
			"보여 줍니다."},
	RaceBody2: {en: "Each runner trains an epoch at a time; a dot (a ring for Leaky ReLU) " +
		"marks the epoch its loss first gets below the target.",
		ko: "각 주자는 에포크 하나씩 학습합니다. 점(Leaky ReLU는 고리)은 손실이 처음으로 " +
			"목표 아래로 내려간 에포크입니다."},
	RaceTask: {en: "Start the race and see which reaches the target loss first.",
		ko: "경주를 시작하고 어느 것이 목표 손실에 먼저 도달하는지 보세요."},
	RaceStart: {en: "Start the race", ko: "경주 시작"},
	RaceAgain: {en: "Run the race again", ko: "경주 다시 하기"},
	RaceBoardTitle: {en: "Training loss per epoch: which gets below {1} first?",
		ko: "에포크마다 학습 손실: 어느 것이 먼저 {1} 아래로 내려갈까요?"},
	RaceBoardTitleShort: {en: "Training loss per epoch", ko: "에포크마다 학습 손실"},
	RaceBoardSetup: {en: "circle data, a {1} network with a Tanh output, learning rate {2}, " +
		"the same initial weights",
		ko: "원 데이터, {1} 신경망 (출력은 Tanh), 학습률 {2}, 같은 초기 가중치"},
	RaceBoardSetupShort: {en: "{1}, the same initial weights", ko: "{1}, 같은 초기 가중치"},
	RaceTarget:          {en: "target {1}", ko: "목표 {1}"},
	RaceEpochs:          {en: "epoch", ko: "에포크"},
	RaceNotStarted:      {en: "Press “Start the race” in the panel", ko: "패널에서 ‘경주 시작’을 누르세요"},
	RaceNotStartedShort: {en: "Start the race in the panel", ko: "패널에서 시작하세요"},
	RaceWaiting:         {en: "{1}: waiting", ko: "{1}: 대기"},
	RaceReached:         {en: "{1}: below the target at epoch {2}", ko: "{1}: 목표 도달, 에포크 {2}"},
	RaceNever: {en: "{1}: not below the target in {2} epochs (loss {3})",
		ko: "{1}: 에포크 {2} 동안 목표에 못 미침 (손실 {3})"},
	RaceRunning:    {en: "{1}: loss {2}", ko: "{1}: 손실 {2}"},
	CostTitle:      {en: "Time per call on this machine, measured now", ko: "이 컴퓨터에서 지금 잰 호출 한 번의 시간"},
	CostTitleShort: {en: "Time per call", ko: "호출 한 번의 시간"},
	CostMeasuring:  {en: "measuring…", ko: "재는 중…"},
	CostRow: {en: "{1}: f {2} ns, f′ {3} ns, {4}× ReLU",
		ko: "{1}: f {2} ns, f′ {3} ns, ReLU의 {4}배"},
	CostRowShort: same("{1}: f {2}, f′ {3} ns"),
	CostRowOwn:   same("{1}: f {2} ns, f′ {3} ns"),
	CostRowNear: {en: "{1}: f {2} ns, f′ {3} ns, ≈ ReLU",
		ko: "{1}: f {2} ns, f′ {3} ns, ReLU와 비슷"},
	CostNote: {en: "≈: within {1}× of ReLU's, the noise of times this small",
		ko: "≈: ReLU와 {1}배 이내, 이렇게 짧은 시간은 측정 오차 범위입니다"},
	CostNoteShort: {en: "≈: within {1}×", ko: "≈: {1}배 이내"},
}

// joinWords returns one table of the words of all of ts.
func joinWords(ts ...map[Msg]entry) map[Msg]entry {
	all := map[Msg]entry{}
	for _, t := range ts {
		for m, e := range t {
			all[m] = e
		}
	}
	return all
}
