package play

// The words of links: a refused field, what the field wants, and the page's answers to
// Copy link. They are rows of the page's one table (messages.go), the last block before
// msgCount, filled in by init.
const (
	LinkRefused Msg = linkFirst + iota
	LinkWhole
	LinkFieldRefused
	LinkFieldWants
	LinkFieldNeeds
	LinkUnknownField
	LinkUnknownFields
	AddressLangUnknown
	InEnglish
	InKorean
	WantFromTo
	WantAboveAtMost
	WantLessonWords
	WantPartWords
	WantWeightsWords
	WantPerLayerWords
	WantParamsWords
	WantUnitsWords
	WantLayersWords
	WantFeaturesWords
	WantOrderWords
	WantFieldsWords
	WantCharsWords
	HashTooLongWords
	HashTooManyFieldsWords
	HashUnknownFieldWords
	HashRepeatedWords
	HashBadEscapeWords
	HashNotNumberWords
	HashOutOfRangeWords
	HashNotOfferedWords
	HashUnknownNameWords
	HashWrongCountWords
	HashBadOrderWords
	HashMismatchWords
	HashNeedsNetworkWords
	HashBadWeightsWords
	LinkCopied
	LinkLanguage
	LinkCopyRefused
	LinkWithoutOwnData
	LinkWithoutWeights
	LinkOnlyHere

	msgCount
)

var linkRows = map[Msg]entry{
	LinkRefused: {en: "Part of this link could not be used; those settings keep their " +
		"defaults: {1}.", ko: "이 링크의 일부는 쓸 수 없어, 그 설정은 기본값으로 두었습니다: {1}."},
	LinkWhole:        {en: "the link", ko: "링크"},
	LinkFieldRefused: {en: "{1} “{2}” {3}", ko: "{1} “{2}”: {3}"},
	LinkFieldWants:   {en: "{1} “{2}” {3} (allowed: {4})", ko: "{1} “{2}”: {3} (가능한 값: {4})"},
	LinkFieldNeeds:   {en: "{1} “{2}” {3} ({4})", ko: "{1} “{2}”: {3} ({4})"},
	LinkUnknownField: {en: "“{1}” is not a field of a link (its fields: {2})",
		ko: "“{1}”: 링크에 없는 필드입니다 (링크의 필드: {2})"},
	LinkUnknownFields: {en: "{1} are not fields of a link (its fields: {2})",
		ko: "{1}: 링크에 없는 필드입니다 (링크의 필드: {2})"},
	AddressLangUnknown: {en: "The address asks for the language “{1}”, which this page does " +
		"not have, so the page opened in {2}. Its languages are {3}.",
		ko: "주소에 있는 언어(“{1}”)는 이 페이지에 없어 {2}로 열었습니다. 이 페이지의 언어: {3}."},
	InEnglish:       {en: "English", ko: "영어"},
	InKorean:        {en: "Korean", ko: "한국어"},
	WantFromTo:      {en: "from {1} to {2}", ko: "{1}부터 {2}까지"},
	WantAboveAtMost: {en: "more than {1}, at most {2}", ko: "{1}보다 크고 {2} 이하"},
	WantLessonWords: {en: "a lesson {1}, or 0 for free play",
		ko: "단원 번호 {1}, 자유 실습은 0"},
	WantPartWords: {en: "this lesson's parts: {1}", ko: "이 단원의 부 번호: {1}"},
	WantWeightsWords: {en: "this network has {1} weights and biases",
		ko: "이 신경망의 가중치와 bias는 {1}개입니다"},
	WantPerLayerWords: {en: "{1}, one per Linear layer", ko: "Linear 층마다 하나씩 {1}개"},
	WantParamsWords:   {en: "the activation's parameters: {1}", ko: "활성화 함수의 매개변수: {1}개"},
	WantUnitsWords:    {en: "{1} units in each hidden layer", ko: "은닉층마다 유닛 수: {1}"},
	WantLayersWords:   {en: "{1} hidden layers", ko: "은닉층 수: {1}"},
	WantFeaturesWords: {en: "{1} input features", ko: "입력 특성 수: {1}"},
	WantOrderWords:    {en: "each at most once, in this order: {1}", ko: "겹치지 않게, 이 순서로: {1}"},
	WantFieldsWords:   {en: "the first {1} fields are read", ko: "앞의 필드 {1}개만 읽습니다"},
	WantCharsWords:    {en: "at most {1} characters", ko: "{1}자까지"},
	HashTooLongWords:  {en: "is too long", ko: "너무 깁니다"},
	HashTooManyFieldsWords: {en: "comes after the last field a link may have",
		ko: "링크가 가질 수 있는 필드 수를 넘었습니다"},
	HashUnknownFieldWords: {en: "is not a field of a link", ko: "링크에 없는 필드입니다"},
	HashRepeatedWords:     {en: "gives a field a second time", ko: "앞에 나온 필드가 다시 나왔습니다"},
	HashBadEscapeWords:    {en: "has a broken %-escape", ko: "%-이스케이프가 잘못되었습니다"},
	HashNotNumberWords:    {en: "is not a number", ko: "수가 아닙니다"},
	HashOutOfRangeWords:   {en: "is out of range", ko: "범위를 벗어났습니다"},
	HashNotOfferedWords:   {en: "is not on the menu", ko: "메뉴에 없는 값입니다"},
	HashUnknownNameWords:  {en: "is not a known name", ko: "알 수 없는 이름입니다"},
	HashWrongCountWords:   {en: "has the wrong number of entries", ko: "항목 수가 맞지 않습니다"},
	HashBadOrderWords: {en: "repeats features or lists them out of order",
		ko: "입력 특성이 겹치거나 순서가 틀렸습니다"},
	HashMismatchWords: {en: "is a data set of the other problem type",
		ko: "다른 문제 유형의 데이터 세트입니다"},
	HashNeedsNetworkWords: {en: "belongs to a network the link does not describe",
		ko: "링크에 쓰인 신경망의 가중치가 아닙니다"},
	HashBadWeightsWords: {en: "is not a list of finite numbers in base64url",
		ko: "base64url로 쓴 유한한 수의 목록이 아닙니다"},
	LinkCopied:   {en: "Copied the link to the clipboard.", ko: "링크를 클립보드에 복사했습니다."},
	LinkLanguage: {en: "{1} (this tab only)", ko: "{1} (이 탭만)"},
	LinkCopyRefused: {en: "The browser did not let the page copy: copy the link from the box " +
		"under the Copy link button.",
		ko: "브라우저가 복사를 허락하지 않았습니다. 링크 복사 버튼 아래 칸에서 링크를 복사하세요."},
	LinkOnlyHere: {en: "The page's address ({1}) is on this computer, so its link opens on " +
		"this computer only: to share it, put the page on a server other computers reach.",
		ko: "페이지의 주소({1})가 이 컴퓨터 안에 있어, 복사한 링크는 이 컴퓨터에서만 열립니다. " +
			"다른 컴퓨터에서 열려면 그 컴퓨터가 열 수 있는 서버에 페이지를 두세요."},
	LinkWithoutWeights: {en: "The link holds the settings, not these weights: it opens with " +
		"weights drawn afresh. To send these, tick “{1}” and copy again.",
		ko: "링크에는 설정만 있고 지금의 가중치는 없어, 링크를 열면 가중치를 새로 " +
			"초기화합니다. 지금의 가중치를 보내려면 ‘{1}’를 켜고 다시 복사하세요."},
	LinkWithoutOwnData: {en: "A link cannot carry your own data: it opens with the data set {1}.",
		ko: "링크에는 직접 불러온 데이터를 담을 수 없어, 링크를 열면 {1} 데이터 세트로 시작합니다."},
}

// wantWords say what a field wants from the Want's text ({1}), as "from 1 to 30".
var wantWords = [wantKinds]Msg{
	WantLesson: WantLessonWords, WantPart: WantPartWords, WantWeights: WantWeightsWords,
	WantPerLayer: WantPerLayerWords, WantParams: WantParamsWords, WantUnits: WantUnitsWords,
	WantLayers: WantLayersWords, WantFeatures: WantFeaturesWords, WantOrder: WantOrderWords,
	WantFields: WantFieldsWords, WantChars: WantCharsWords,
}

func init() {
	for m, e := range linkRows {
		table[m] = e
	}
}
