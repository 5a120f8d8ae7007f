package play

// Lesson 6's words (Dying ReLU), a block of the lessons' messages of its own: the
// lesson and its board say much, and lesson_words.go holds the other lessons'.
const (
	DyingTitle Msg = dyingFirst + iota
	DyingBody1
	DyingBody2
	DyingTask
	DyingBoardTitle
	DyingBoardTitleShort
	DyingScene
	DyingSceneShort
	DyingNow
	DyingNowShort
	DyingUnitDead
	DyingUnitAlive
	DyingAllPoints
	DyingPassing
	DyingZRange
	DyingNoGradient
	DyingGradient

	msgEnd
)

var dyingWords = map[Msg]entry{
	DyingTitle: {en: "Dying ReLU", ko: "죽은 뉴런 (Dead Neuron) 현상"},
	DyingBody1: {en: "A large gradient step can push a ReLU unit's z below 0 on every " +
		"training point. Then f′\u2060(z) = 0 everywhere, no gradient reaches its weights, and the " +
		"unit never recovers: it is dead. Here 20 epochs at learning rate 1 killed some " +
		"(greyed).",
		ko: "기울기가 큰 업데이트 한 번에 ReLU 유닛의 z가 모든 학습 데이터에서 0 아래로 " +
			"내려갈 수 있습니다. 그러면 어디서나 f′\u2060(z) = 0이 되어 가중치에 기울기가 전달되지 " +
			"않고, 유닛은 다시 살아나지 못합니다: 죽은 유닛입니다. 여기서는 학습률 1로 20 " +
			"에포크를 학습해 몇몇 유닛이 죽었습니다 (회색)."},
	DyingBody2: {en: "Three fixes are usual: Leaky ReLU keeps a small slope below 0; the " +
		"tutorial names ReLU6, which caps the output at 6; a lower learning rate avoids the " +
		"large steps. Try each at this rate and watch the board and the gradient bars. " +
		"Leaky ReLU keeps every unit alive, but the output unit saturates (sat 100%), its " +
		"gradients fall to about 1e-9 and the loss stays. ReLU6's slope below 0 is 0 as " +
		"ReLU's is: here it loses nearly as many units. Click a dead unit to see why.",
		ko: "Leaky ReLU는 0 아래에서도 작은 기울기를 남기고, 튜토리얼이 말하는 ReLU6는 " +
			"출력을 6으로 제한하며, 학습률을 낮추면 큰 업데이트를 피할 수 있습니다. " +
			"이 학습률에서 하나씩 해 보고 보드와 기울기 막대를 보세요. " +
			"Leaky ReLU는 모든 유닛을 살려 두지만 출력 유닛이 포화되어(포화 100%) 기울기가 " +
			"1e-9 정도로 내려가고 손실은 그대로입니다. ReLU6도 0 아래 기울기는 ReLU처럼 0이라 " +
			"여기서는 거의 같은 수의 유닛이 죽습니다. 죽은 유닛을 클릭하면 죽은 이유가 나옵니다."},
	DyingTask: {en: "Bring training back: lower the learning rate (to 0.1, say; with any " +
		"of the three activations), press Reset and train 20 epochs: fewer units die and the " +
		"loss falls below a quarter of the start's.",
		ko: "학습을 되살려 보세요: 학습률을 0.1 정도로 낮추고(세 활성화 함수 중 어느 것이든), " +
			"초기화를 누른 뒤 20 에포크를 학습하면 죽는 유닛이 줄고 손실이 처음의 4분의 1 " +
			"아래로 내려갑니다."},
	DyingBoardTitle:      {en: "{1} of {2} hidden units dead", ko: "죽은 은닉 유닛: {2}개 중 {1}개"},
	DyingBoardTitleShort: {en: "{1} of {2} dead", ko: "죽은 유닛 {1}/{2}"},
	DyingScene: {en: "at the start: {1} epochs at learning rate {2}, {3} dead, loss {4}",
		ko: "처음: 에포크 {1}, 학습률 {2}, 죽은 유닛 {3}개, 손실 {4}"},
	DyingSceneShort: {en: "start: {1} dead, loss {2}", ko: "처음: 죽은 유닛 {1}개, 손실 {2}"},
	DyingNow:        {en: "now: epoch {1}, {2} dead, loss {3}", ko: "지금: 에포크 {1}, 죽은 유닛 {2}개, 손실 {3}"},
	DyingNowShort:   {en: "now: {1} dead, loss {2}", ko: "지금: 죽은 유닛 {1}개, 손실 {2}"},
	DyingUnitDead:   {en: "{1} is dead:", ko: "{1}: 죽은 유닛입니다."},
	DyingUnitAlive:  {en: "{1} is alive:", ko: "{1}: 살아 있는 유닛입니다."},
	DyingAllPoints:  {en: "f′(z) = 0 on all {1} training points", ko: "학습 데이터 {1}개 모두에서 f′(z) = 0"},
	DyingPassing: {en: "f′(z) ≠ 0 on {1} of {2} training points",
		ko: "학습 데이터 {2}개 중 {1}개에서 f′(z) ≠ 0"},
	DyingZRange: {en: "(z from {1} to {2})", ko: "(z: {1} ~ {2})"},
	DyingNoGradient: {en: "so no gradient reaches its {1} weights: |dL/dw| = {2}",
		ko: "그래서 가중치 {1}개에 기울기가 전달되지 않습니다: |dL/dw| = {2}"},
	DyingGradient: {en: "its {1} weights get a gradient: |dL/dw| = {2}",
		ko: "가중치 {1}개에 기울기가 전달됩니다: |dL/dw| = {2}"},
}
