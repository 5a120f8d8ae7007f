package play

// The words of files: the model file, the learner's data file and the exports, in
// English and Korean: rows of the page's one table (messages.go), filled in by init
// (messages_controls.go).
const (
	FileRefused Msg = filesFirst + iota
	UnknownFileKind
	FileTooLarge
	FileUnreadable
	DataFileUnreadable
	DataFileNotText
	PointOffThePlane
	FieldCount
	OtherHeader
	ModuleFieldGone
	ModuleFieldOther
	ModuleTypeOther
	ModuleRowLength
	ModuleRows
	ModuleValues
	ModuleWantString
	ModuleWantNumber
	ModuleWantInteger
	ModuleWantRows
	ModuleWantBias
	ModuleGotNull
	ModuleFound
	JSONString
	JSONNumber
	JSONBool
	JSONObject
	JSONArray
	ModuleParamRange
	ModuleChain
	ModuleNotObject
	ModuleBeforeLinear
	ModuleAfterAct
	TooFewPoints
	ValueTooLarge
	DataLoaded
	ValuesBeyondOutput
	ValuesBelowOutput
	ZeroOneLabels
	ModelLoaded
	ModelInputs
	ModelNotJSON
	ModelEmpty
	ModelNotFinite
	ModelFieldUnknown
	ModelFieldWrong
	ModelFieldMissing
	ModelNotModules
	ModelTooManyModules
	ModelUnreadable
	ModelOutputs
	ModelTooDeep
	ModelTooManyInputs
	ModelTooWide
	ModelValueTooLarge
	ExportRefused
	ExportImpossible
	PyTorchSaved
	FileSaved
	ExportTitle
	ExportMarks
	ExportMarksOne
	ExportHighlight
	// A file in the other kind's loader (files39).
	LooksLikeData
	LooksLikeModel
	// A field missing beside one near it in spelling (files39).
	ModuleFieldMisspelt
	ModelFieldMisspelt
	ModelNoLayers // "modules": [] (files39)

	linkFirst // the links' words follow, in messages_link.go
)

var fileRows = map[Msg]entry{
	FileRefused: same("{1}: {2}"),
	UnknownFileKind: {en: "the page reads model files (.json) and data files (.csv)",
		ko: "이 페이지는 모델 파일(.json)과 데이터 파일(.csv)을 읽습니다"},
	FileTooLarge: {en: "the file is {1} MB, and the page reads files of this kind up to {2} MB",
		ko: "파일 크기가 {1}MB입니다. 이런 파일은 {2}MB까지 읽을 수 있습니다"},
	FileUnreadable: {en: "the browser could not read the file ({1})",
		ko: "브라우저가 파일을 읽지 못했습니다 ({1})"},
	DataFileUnreadable: {en: "not a data file of lines x1,x2,label",
		ko: "x1,x2,label 형식의 줄로 된 데이터 파일이 아닙니다"},
	PointOffThePlane: {en: "data file, line {1}: the point ({2}, {3}) lies outside the plane, " +
		"which spans −{4} to {4}",
		ko: "데이터 파일 {1}번째 줄: 평면(−{4}에서 {4}까지) 밖의 점입니다: ({2}, {3})"},
	FieldCount: {en: "a line holds 3 values, x1,x2,label, and this one holds {1}",
		ko: "한 줄에는 x1,x2,label 값 3개가 있어야 하는데, 이 줄에는 {1}개가 있습니다"},
	OtherHeader: {en: "a header the page does not read: a data file has no header or " +
		"x1,x2,label (x1,x2,value for a regression), in this order",
		ko: "페이지가 읽지 못하는 열 이름 줄입니다. 데이터 파일에는 열 이름 줄이 없거나, " +
			"있다면 x1,x2,label(회귀라면 x1,x2,value) 순서여야 합니다"},
	ModuleFieldGone: {en: "is missing", ko: "필드가 없습니다"},
	ModuleFieldOther: {en: "is not a field of this module (its fields: {1})",
		ko: "이 모듈의 필드가 아닙니다 (필드: {1})"},
	ModuleTypeOther: {en: "{1} is not a module type: linear or an activation's name",
		ko: "모듈 type이 아닙니다: {1} (linear나 활성화 함수의 이름이어야 합니다)"},
	ModuleRowLength: {en: "the number of values in row {1} is {2}, and in_features is {3}: " +
		"they must be equal", ko: "{1}번 행의 값은 {2}개, in_features는 {3}입니다: 둘이 같아야 합니다"},
	ModuleRows: {en: "the number of rows is {1}, and out_features is {2}: they must be equal",
		ko: "행은 {1}개, out_features는 {2}입니다: 둘이 같아야 합니다"},
	ModuleValues: {en: "the number of values is {1}, and out_features is {2}: they must be equal",
		ko: "값은 {1}개, out_features는 {2}입니다: 둘이 같아야 합니다"},
	ModuleWantString: {en: "is {1}, want a string", ko: "{1}입니다: 문자열이어야 합니다"},
	ModuleWantNumber: {en: "is {1}, want a number", ko: "{1}입니다: 수여야 합니다"},
	ModuleWantInteger: {en: "is {1}, want an integer from {2} to {3}",
		ko: "{1}입니다: {2}부터 {3}까지의 정수여야 합니다"},
	ModuleWantRows: {en: "must be a list of rows, out_features = {1} of them, each of " +
		"in_features = {2} finite numbers ({3})",
		ko: "out_features = {1}개의 행으로, 행마다 in_features = {2}개의 유한한 수로 된 목록이어야 " +
			"합니다 ({3})"},
	ModuleWantBias: {en: "must be null or a list of finite numbers, out_features = {1} of them " +
		"({2})",
		ko: "null이거나 out_features = {1}개의 유한한 수로 된 목록이어야 합니다 ({2})"},
	ModuleGotNull: {en: "got null", ko: "null입니다"},
	ModuleFound:   {en: "found {1}", ko: "{1} 값이 있습니다"},
	JSONString:    {en: "string", ko: "문자열(string)"},
	JSONNumber:    {en: "number", ko: "수(number)"},
	JSONBool:      {en: "bool", ko: "true나 false(bool)"},
	JSONObject:    {en: "object", ko: "객체(object)"},
	JSONArray:     {en: "array", ko: "목록(array)"},
	ModuleChain: {en: "is {1}, and the previous linear layer's out_features is {2}: they " +
		"must be equal", ko: "{1}입니다. 앞 linear 층의 out_features는 {2}입니다: 둘이 같아야 합니다"},
	ModuleNotObject: {en: "is not a JSON object", ko: "JSON 객체가 아닙니다"},
	ModuleBeforeLinear: {en: "{1} comes before the first linear layer",
		ko: "{1} 모듈이 linear 층보다 앞에 있습니다. 모델은 linear 층으로 시작해야 합니다"},
	ModuleAfterAct: {en: "{1} follows another activation; put a linear layer between them",
		ko: "{1} 모듈이 다른 활성화 함수 바로 뒤에 있습니다. 둘 사이에 linear 층을 두세요"},
	ModuleParamRange: {en: "{1} is {2}, want a number from {3} to {4}",
		ko: "{1}의 값 {2}: {3}에서 {4} 사이의 수여야 합니다"},
	TooFewPoints: {en: "a data file needs at least 2 points, and this one holds {1}",
		ko: "점이 {1}개밖에 없습니다. 데이터 파일에는 점이 2개 이상 있어야 합니다"},
	ValueTooLarge: {en: "data file, line {1}: the value {2} lies beyond ±{3}, more than the " +
		"page trains on: divide the values by a power of ten",
		ko: "데이터 파일 {1}번째 줄: 값 {2}은 ±{3} 범위를 벗어나 학습할 수 없습니다. " +
			"값을 10이나 100으로 나누어 보세요"},
	DataLoaded: {en: "Loaded {1}: {2} points, {3}.", ko: "{1} 파일을 불러왔습니다: 점 {2}개, {3}."},
	ValuesBeyondOutput: {en: "The data's values run from {1} to {2}, but the output layer's {3} " +
		"gives only {4} to {5}: set the output layer's activation to Identity to reach them.",
		ko: "데이터의 값은 {1}부터 {2}까지인데, 출력층의 {3}는 {4}부터 {5}까지만 냅니다. " +
			"출력층의 활성화 함수를 Identity로 바꾸면 이 값까지 낼 수 있습니다."},
	ValuesBelowOutput: {en: "The data's values run from {1} to {2}, but the output layer's {3} " +
		"gives nothing below {4}: set the output layer's activation to Identity to reach them.",
		ko: "데이터의 값은 {1}부터 {2}까지인데, 출력층의 {3}는 {4}보다 작은 값을 내지 못합니다. " +
			"출력층의 활성화 함수를 Identity로 바꾸면 이 값까지 낼 수 있습니다."},
	ZeroOneLabels: {en: "Its labels 0 and 1 make it a regression: to classify, write −1 " +
		"for 0, as Playground's classes are −1 and 1.",
		ko: "레이블이 0과 1이라 회귀 문제가 되었습니다. 분류하려면 0 대신 −1을 쓰세요. " +
			"Playground의 두 클래스는 −1과 1입니다."},
	ModelLoaded: {en: "Loaded the model {1}: {2}.",
		ko: "{1} 모델을 불러왔습니다: {2}."},
	ModelInputs: {en: "Its inputs are {1}.", ko: "입력은 {1}입니다."},
	ModelNotFinite: {en: "not a model file: it holds {1}, and a model file's numbers are " +
		"finite decimals", ko: "모델 파일이 아닙니다. {1} 값이 있는데, 모델 파일의 수는 유한한 십진수여야 합니다"},
	DataFileNotText: {en: "not a text file: a data file is lines of text x1,x2,label",
		ko: "문자로 된 파일이 아닙니다. 데이터 파일은 x1,x2,label 형식의 줄입니다"},
	ModelNotJSON: {en: "not a model file: a model file is a JSON object",
		ko: "모델 파일이 아닙니다. 모델 파일은 JSON 객체입니다"},
	ModelEmpty: {en: "the file is empty: a model file is a JSON object",
		ko: "파일이 비어 있습니다. 모델 파일은 JSON 객체입니다"},
	ModelFieldUnknown: {en: "field {1} is not a field of a model file",
		ko: "{1}: 모델 파일에 없는 필드입니다"},
	ModelFieldWrong:   {en: "field {1} must be {2}", ko: "{1} 필드는 {2}여야 합니다"},
	ModelFieldMissing: {en: "field {1} is missing", ko: "{1} 필드가 없습니다"},
	ModelNotModules: {en: "field {1} must be a list of modules",
		ko: "{1} 필드는 모듈의 목록이어야 합니다"},
	ModelTooManyModules: {en: "the model has more than {1} modules, the most the page reads",
		ko: "모듈이 {1}개보다 많습니다. 이 페이지는 {1}개까지 읽습니다"},
	ModelUnreadable: {en: "not a model file this page reads",
		ko: "이 페이지가 읽을 수 있는 모델 파일이 아닙니다"},
	ModelOutputs: {en: "the model has {1} outputs; the page's network has one",
		ko: "모델의 출력이 {1}개입니다. 이 페이지의 신경망은 출력이 하나입니다"},
	ModelTooDeep: {en: "the model has {1} hidden layers; the page shows at most {2}",
		ko: "모델의 은닉층이 {1}개입니다. 이 페이지는 {2}개까지 보여 줍니다"},
	ModelTooManyInputs: {en: "the model takes {1} inputs; the page has {2} input features",
		ko: "모델의 입력이 {1}개입니다. 이 페이지의 입력 특성은 {2}개입니다"},
	ModelTooWide: {en: "hidden layer {1} of the model has {2} units; the page shows at most {3}",
		ko: "모델의 {1}번째 은닉층에 유닛이 {2}개입니다. 이 페이지는 {3}개까지 보여 줍니다"},
	ModelValueTooLarge: {en: "model file, module {1}, field {2}, entry {3}: {4} is beyond ±{5}",
		ko: "모델 파일 {1}번 모듈, {2}, {3}번 값: {4}은 ±{5} 범위를 벗어납니다"},
	ExportRefused:    {en: "Could not export: {1}", ko: "내보내지 못했습니다: {1}"},
	ExportImpossible: {en: "not in this state", ko: "지금 상태로는 내보낼 수 없습니다"},
	PyTorchSaved: {en: "Saved {1}: run it with python3 {1} [epochs].",
		ko: "{1} 파일을 저장했습니다. python3 {1} [에포크 수]로 실행하세요."},
	FileSaved: {en: "Saved {1}.", ko: "{1} 파일을 저장했습니다."},
	// Export PNG's figure: its title, and its legend's names of the unit's z.
	ExportTitle:     same("{1}: {2}"),
	ExportMarks:     {en: "z at {1} training points", ko: "학습 데이터 {1}개의 z"},
	ExportMarksOne:  {en: "z at 1 training point", ko: "학습 데이터 1개의 z"},
	ExportHighlight: {en: "z at the input point", ko: "입력 점의 z"},
	// A file in the other kind's loader: {1} is the button that loads it, {2} its section.
	LooksLikeData: {en: "this looks like a data file (CSV), not a model file: load it with " +
		"“{1}” in the “{2}” section",
		ko: "모델 파일이 아니라 데이터 파일(CSV)로 보입니다. ‘{2}’ 아래의 ‘{1}’로 불러오세요"},
	LooksLikeModel: {en: "this looks like a model file (JSON), not a data file: load it with " +
		"“{1}” in the “{2}” section",
		ko: "데이터 파일이 아니라 모델 파일(JSON)로 보입니다. ‘{2}’ 아래의 ‘{1}’로 불러오세요"},
	// A field missing beside one near it in spelling: {1} is the one the file has.
	ModuleFieldMisspelt: {en: "is missing; {1} is not a field: did you mean {2}?",
		ko: "필드가 없습니다. {1}: 없는 필드입니다. {2} 필드를 잘못 쓴 것 같습니다"},
	ModelFieldMisspelt: {en: "field {1} is missing; {2} is not a field: did you mean {1}?",
		ko: "{1} 필드가 없습니다. {2}: 없는 필드입니다. {1} 필드를 잘못 쓴 것 같습니다"},
	ModelNoLayers: {en: "the model has no layers: field {1} is an empty list, and a model " +
		"starts with a linear layer",
		ko: "모델에 층이 없습니다. {1} 필드에 모듈이 하나도 없습니다. 모델은 linear 층으로 시작해야 합니다"},
}
