package play

import "sort"

// The static text of index.html: its elements name a key of pageText in data-i18n (the
// text), data-i18n-title (the tooltip) or data-i18n-aria-label (the accessible name),
// and the panel fills them in the page's language, so the markup holds no English of
// its own. Keys are the page's words, the table's Msgs the program's.
var pageText = map[string]entry{
	"page-title": {en: "nnplay: a neural network, forward and backward",
		ko: "nnplay: 신경망의 순전파와 역전파"},
	"panel":    {en: "Playground controls", ko: "플레이그라운드 조작 패널"},
	"language": {en: "Language", ko: "언어"},
	"tagline": {en: "Linear layers Y = Wx + b with activations between them. Train it, or " +
		"press Step to watch one training step: forward, loss, backward, update.",
		ko: "Linear layer(Y = Wx + b) 사이에 활성화 함수를 넣은 신경망입니다. 학습시키거나, " +
			"‘한 단계’를 눌러 학습 한 단계를 지켜보세요: 순전파, 손실, 역전파, 업데이트."},

	"lessons":   {en: "Lessons", ko: "단원"},
	"free-play": {en: "Free play", ko: "자유 실습"},
	"lessons-hint": {en: "Each lesson opens a scene of its own; free play stays as you left it.",
		ko: "단원마다 장면이 따로 열리고, 자유 실습은 두고 간 그대로 남아 있습니다."},
	"clear-progress": {en: "Forget what is done", ko: "진도 지우기"},
	"tasks":          {en: "Tasks (a ✓ stays once done)", ko: "할 일 (한 번 해내면 ✓가 남습니다)"},
	"zero-row":       {en: "Zero the row", ko: "행을 0으로"},
	"lesson-parts":   {en: "Parts of the lesson", ko: "단원의 부분"},

	"training":       {en: "Training", ko: "학습"},
	"reset":          {en: "Reset", ko: "초기화"},
	"reset-title":    {en: "Draw the weights again from the same seed", ko: "같은 시드로 가중치를 다시 뽑습니다"},
	"step":           {en: "Step", ko: "한 단계"},
	"step-title":     {en: "Show the next phase of one training step", ko: "학습 한 단계의 다음 과정을 보여 줍니다"},
	"new-seed":       {en: "New seed", ko: "새 시드"},
	"new-seed-title": {en: "Reset with other random weights", ko: "다른 무작위 가중치로 초기화합니다"},
	"keys-hint": {en: "Keys: space plays and pauses (on a focused button, space presses it), " +
		"→ steps. Step starts at the training point nearest the input point and updates " +
		"with a batch of it and the points after it.",
		ko: "키: 스페이스는 학습과 멈춤(버튼에 포커스가 있으면 스페이스는 그 버튼을 누릅니다), " +
			"→는 한 단계입니다. 한 단계는 입력 점에 가장 가까운 학습 데이터에서 시작해, 그 " +
			"데이터와 그 뒤의 데이터로 이루어진 배치로 업데이트합니다."},
	"epoch":         {en: "epoch", ko: "에포크"},
	"train-loss":    {en: "train loss", ko: "학습 손실"},
	"test-loss":     {en: "test loss", ko: "테스트 손실"},
	"frames-per-s":  {en: "frames/s", ko: "프레임/초"},
	"epochs-per-s":  {en: "epochs/s", ko: "에포크/초"},
	"learning-rate": {en: "learning rate", ko: "학습률"},
	"batch-size":    {en: "batch size", ko: "배치 크기"},
	"loss":          {en: "loss", ko: "손실 함수"},
	"speed":         {en: "speed", ko: "속도"},

	"data":           {en: "Data", ko: "데이터"},
	"data-set":       {en: "data set", ko: "데이터 세트"},
	"noise":          {en: "noise", ko: "잡음"},
	"training-share": {en: "training share", ko: "학습 데이터 비율"},
	"regenerate":     {en: "Regenerate", ko: "다시 만들기"},

	"network":    {en: "Network", ko: "신경망"},
	"start-from": {en: "start from", ko: "시작 신경망"},

	"selected-unit": {en: "Selected unit", ko: "선택한 유닛"},
	"unit-hint": {en: "Click or tap a unit on the canvas, or pick one here.",
		ko: "캔버스에서 유닛을 클릭하거나 누르세요. 여기서 고를 수도 있습니다."},

	"input-point": {en: "Input point", ko: "입력 점"},
	"input-hint": {en: "The point whose forward pass the canvas shows. You can also click or " +
		"drag on the output plane.",
		ko: "캔버스가 순전파를 보여 주는 점입니다. 출력 평면을 클릭하거나 끌어서 옮길 수도 있습니다."},

	"inspect": {en: "Inspect", ko: "살펴보기"},
	"inspect-hint": {en: "as PyTorch prints the selected unit's layer",
		ko: "선택한 유닛의 layer를 PyTorch가 출력하는 그대로"},
	"inspect-name": {en: "The selected layer's weight and bias", ko: "선택한 layer의 가중치와 bias"},

	"export":      {en: "Export", ko: "내보내기"},
	"export-png":  {en: "Export PNG", ko: "PNG 내보내기"},
	"save-canvas": {en: "Save canvas", ko: "캔버스 저장"},
	"export-hint": {en: "Export PNG draws the selected unit's activation and its derivative, " +
		"with its z values marked.",
		ko: "PNG 내보내기는 선택한 유닛의 활성화 함수와 도함수를 그리고, 그 유닛의 z 값들을 " +
			"표시합니다."},
}

// PageText returns the static text of index.html under key in the page's language, and
// whether the key exists.
func PageText(key string) (string, bool) {
	e, ok := pageText[key]
	return e.in(Language()), ok
}

// PageKeys lists the keys of the page's static text, sorted.
func PageKeys() []string {
	keys := make([]string, 0, len(pageText))
	for k := range pageText {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
