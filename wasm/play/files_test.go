package play

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"nnplay/core"
)

// TestOwnData: a CSV of ±1 labels is a classification and one of values a regression;
// the data set menu offers it by name, the problem type follows, the split and the
// Regenerate button work on it, and choosing Playground's data leaves it in the menu.
func TestOwnData(t *testing.T) {
	m := NewSession()
	var csv strings.Builder
	csv.WriteString("\uFEFFx1,x2,label\n")
	for k := 0; k < 40; k++ {
		fmt.Fprintf(&csv, "%g,%g,%d\n", float64(k%11)-5, float64(k%7)/2, 1-2*(k%2))
	}
	err := m.Apply(LoadFile{Kind: DataFile, Name: "<i>mine</i>.csv", Text: csv.String()})
	if !errors.As(err, new(Notice)) || !strings.Contains(Explain(err), "40 points") {
		t.Fatalf("loading: %v", err)
	}
	if len(m.Train)+len(m.Test) != 40 || len(m.Train) != 20 || m.Problem != Classification ||
		dataChoice(m) != OwnDataValue || m.Epoch() != 0 {
		t.Errorf("%d + %d points, %v, menu %q", len(m.Train), len(m.Test), m.Problem, dataChoice(m))
	}
	opts := datasetChoices(m)
	if last := opts[len(opts)-1]; last.Value != OwnDataValue ||
		last.Label != "<i>mine</i>.csv (40 points)" {
		t.Errorf("the menu's last choice is %+v", last)
	}
	first := slices.Clone(m.Train)
	m.Apply(Regenerate{})
	if slices.Equal(first, m.Train) || len(m.Train) != 20 {
		t.Error("Regenerate does not split the data anew")
	}
	m.Apply(SetTrainPct{Percent: 80})
	if len(m.Train) != 32 || dataChoice(m) != OwnDataValue {
		t.Errorf("at 80%%: %d training points", len(m.Train))
	}
	cmd, _ := chooseData("plane")
	m.Apply(cmd)
	if m.Problem != Regression || dataChoice(m) != "plane" || len(datasetChoices(m)) != 7 {
		t.Errorf("plane: %v %q", m.Problem, dataChoice(m))
	}
	cmd, _ = chooseData(OwnDataValue)
	if err := m.Apply(cmd); err != nil || dataChoice(m) != OwnDataValue ||
		m.Problem != Classification {
		t.Errorf("back to the own data: %v %v", err, m.Problem)
	}
	m.Apply(SetPageAddress{URL: "x"})
	err = m.Apply(Copied{OK: true})
	if !strings.Contains(Explain(err), "opens with the data set Circle.") {
		t.Errorf("a link of the own data does not warn: %v", Explain(err))
	}
	reg := "x1,x2,label\n0,0,0.5\n1,1,-0.25\n2,2,3\n"
	m.Apply(LoadFile{Kind: DataFile, Name: "r.csv", Text: reg})
	if m.Problem != Regression || len(m.Train)+len(m.Test) != 3 {
		t.Errorf("a regression: %v", m.Problem)
	}
	if err := NewSession().Apply(UseOwnData{}); err == nil {
		t.Error("the own data is chosen before any is loaded")
	}
}

// TestBadData: a bad CSV is refused with its line (counting the header and blank
// lines), in the page's language, and the data stay as they were. Its numbers are
// written as the learner writes them, with the page's minus sign (U+2212), in the message
// itself, which the page's API answers too, not only as the status line signs it.
func TestBadData(t *testing.T) {
	defer speak(English)
	for _, c := range []struct {
		text, en, ko string
	}{
		{"x1,x2,label\n1,2,1\n\n3,oops,1\n", "line 4, x2", "4번째 줄, x2"},
		// look12 read "has 1 fields, want 3 (x1,x2,label)", and Korean no count.
		{"1,2,1\n3,4\n", "line 2: a line holds 3 values, x1,x2,label, and this one holds 2",
			"2번째 줄: 한 줄에는 x1,x2,label 값 3개가 있어야 하는데, 이 줄에는 2개가 있습니다"},
		{"1,2,1\n3,4,1,5\n", "and this one holds 4", "이 줄에는 4개가"},
		{"1;2;1\n2;2;-1\n", "line 1: a line holds 3 values, x1,x2,label, and this one holds 1",
			"이 줄에는 1개가"},
		{"x1,x2,label\n1,2,1\n\n0,7,1\n", "line 4: the point (0, 7) lies outside", "4번째 줄"},
		{"1,2,1\n-7,-1e-7,1\n", "the point (−7, −1e−7) lies outside the plane, which spans " +
			"−6 to 6", "평면(−6에서 6까지) 밖의 점입니다: (−7, −1e−7)"},
		// A value the loss cannot train on: look12 found 1e308 loaded, the loss overflowed
		// at epoch 0 and the page blamed the learning rate.
		{"1,2,1\n2,2,1e308\n", "line 2: the value 1e308 lies beyond ±1000", "2번째 줄"},
		{"x1,x2,value\n1,2,0.5\n2,2,-1000.5\n", "line 3: the value −1000.5", "값 −1000.5은"},
		// The first bad line, whatever its fault: a learner mends a file from the top.
		{"1,2,1\n2,2,5000\n7,0,1\n", "line 2: the value 5000", "2번째 줄: 값 5000"},
		// Too few points, said as such: look12 found Korean calling a good line "not a
		// data file of lines x1,x2,label", and English "csv has 1 data rows".
		{"1,2,1\n", "needs at least 2 points, and this one holds 1", "점이 1개밖에 없습니다"},
		{"", "needs at least 2 points, and this one holds 0", "점이 0개밖에 없습니다"},
	} {
		for _, l := range Langs() {
			speak(l)
			m := NewSession()
			before, v := slices.Clone(m.Train), m.Version()
			err := m.Apply(LoadFile{Kind: DataFile, Name: "d.csv", Text: c.text})
			want := map[Lang]string{English: c.en, Korean: c.ko}[l]
			if said := explainIn(l, err); err == nil || errors.As(err, new(Notice)) ||
				!strings.Contains(said, want) || !strings.HasPrefix(said, "d.csv: ") {
				t.Errorf("%q in %v: %q, want %q", c.text, l, said, want)
			}
			if !slices.Equal(before, m.Train) || m.Version() != v || m.custom.points != nil {
				t.Errorf("%q changed the data", c.text)
			}
		}
	}
}

// TestModelFile: Save model's file loads back into another page bit for bit; a model of
// fewer inputs takes Playground's first features.
func TestModelFile(t *testing.T) {
	m := edited(t)
	name, text, mime, err := m.ExportText("model")
	if err != nil || name != "nnplay-model.json" || mime != "application/json" ||
		text != modelText(t, m.Net) {
		t.Fatalf("the model export: %v %q %q", err, name, mime)
	}
	n := NewSession()
	err = n.Apply(LoadFile{Kind: ModelFile, Name: name, Text: text})
	if !errors.As(err, new(Notice)) || !strings.Contains(Explain(err), "4-7-2-3-1") ||
		!strings.Contains(Explain(err), "x1, x2, x1²") {
		t.Errorf("loading it: %v", err)
	}
	if modelText(t, n.Net) != text || !sameBits(WeightsOf(n.Net), WeightsOf(m.Net)) ||
		!slices.Equal(n.Features, core.AllFeatures()[:4]) || n.Epoch() != 0 {
		t.Errorf("the loaded network or features differ: %v", n.Features)
	}
	// As many inputs as the page feeds: its features stay, and nothing more is said.
	same := NewSession()
	same.Apply(SetFeature{Feature: core.SinX2, On: true})
	same.Apply(SetFeature{Feature: core.X1, On: false})
	_, text, _, _ = NewSession().ExportText("model")
	err = same.Apply(LoadFile{Kind: ModelFile, Name: "m.json", Text: text})
	if strings.Contains(Explain(err), "inputs") ||
		!slices.Equal(same.Features, []core.Feature{core.X2, core.SinX2}) {
		t.Errorf("a model of the page's inputs: %v, features %v", err, same.Features)
	}
}

// TestBadModelFile: a model file the page cannot take is refused with the field at fault,
// in the page's language, and the network stays as it was.
func TestBadModelFile(t *testing.T) {
	defer speak(English)
	lin := func(in, out int, w string) string {
		row := "[" + strings.TrimSuffix(strings.Repeat(w+",", in), ",") + "]"
		rows := strings.TrimSuffix(strings.Repeat(row+",", out), ",")
		return fmt.Sprintf(`{"type":"linear","in_features":%d,"out_features":%d,"weight":[%s],`+
			`"bias":null}`, in, out, rows)
	}
	model := func(mods ...string) string {
		return `{"format":"nnplay/1","modules":[` + strings.Join(mods, ",") + `]}`
	}
	deep := append(slices.Repeat([]string{lin(2, 2, "0.1")}, 9), lin(2, 1, "0.1"))
	for _, c := range []struct {
		text, en, ko string
	}{
		{"not json", "a JSON object", "JSON 객체"},
		{"null", "a JSON object", "JSON 객체"},
		{`{"format":"nnplay/1","modules":[{"type":"elu","alpha":NaN}]}`, "it holds NaN",
			"NaN"},
		{`{"modules":[]}`, `field "format" must be "nnplay/1"`, `"format" 필드`},
		{`{"format":"nnplay/2","modules":[]}`, `field "format" must be "nnplay/1"`, `"format" 필드`},
		{`{"format":"nnplay/1","modules":[],"extra":1}`, `"extra"`, `"extra"`},
		{model(`{"type":"linear","in_features":2,"out_features":1,"weight":[[1,"x"]],` +
			`"bias":null}`), `module 0, field weight`, "0번 모듈, weight"},
		{model(`{"type":"tanh","bogus":1}`), "module 0", "0번 모듈"},
		// An empty list read "a Sequential needs at least one Linear module", and Korean
		// only that the page cannot read it.
		{model(), "the model has no layers", "모델에 층이 없습니다"},
		{model(lin(2, 3, "0.5")), "3 outputs", "출력이 3개"},
		{model(deep...), "9 hidden layers", "은닉층이 9개"},
		{model(lin(8, 1, "0.5")), "takes 8 inputs", "입력이 8개"},
		{model(lin(2, 9, "0.5"), lin(9, 1, "0.5")), "hidden layer 1 of the model has 9 units",
			"유닛이 9개"},
		{model(lin(2, 1, "2000")), "module 0, field weight, entry 0: 2000 is beyond ±1000",
			"0번 모듈, weight, 0번 값"},
		{`{"format":"nnplay/1"}`, `field "modules" is missing`, `"modules" 필드가 없습니다`},
		{`{"format":"nnplay/1","modules":{}}`, `field "modules" must be a list of modules`,
			`"modules" 필드는 모듈의 목록이어야 합니다`},
		{model(slices.Repeat([]string{`{"type":"tanh"}`}, core.MaxModules+1)...),
			"more than 256 modules", "모듈이 256개보다 많습니다"},
		{`{"format":"nnplay/1","modules":[` + strings.Repeat(" ", core.MaxModelBytes) + `]}`,
			"the file is 1.0 MB, and the page reads files of this kind up to 1.0 MB",
			"이런 파일은 1.0MB까지"},
	} {
		for _, l := range Langs() {
			speak(l)
			m := NewSession()
			before, v := modelText(t, m.Net), m.Version()
			err := m.Apply(LoadFile{Kind: ModelFile, Name: "bad.json", Text: c.text})
			want := map[Lang]string{English: c.en, Korean: c.ko}[l]
			if err == nil || errors.As(err, new(Notice)) || !strings.Contains(Explain(err), want) {
				t.Errorf("%.60s in %v: %v, want %q", c.text, l, err, want)
			}
			if modelText(t, m.Net) != before || m.Version() != v {
				t.Errorf("%.60s changed the network", c.text)
			}
		}
	}
}

// TestFileFor: a file's kind comes from its picker or its name, and a file larger than
// the page reads is refused by its size, before it is read, with its kind, so that the
// refusal shows where that kind's answers do (TestAnswersBeside).
func TestFileFor(t *testing.T) {
	for _, c := range []struct {
		input, name string
		size        float64
		kind        FileKind
		refused     string
	}{
		{"load-model", "x.txt", 100, ModelFile, ""},
		{"load-data", "x.json", 100, DataFile, ""},
		{"", "Model.JSON", core.MaxModelBytes, ModelFile, ""},
		{"", "points.csv", core.MaxCSVBytes, DataFile, ""},
		{"", "big.json", core.MaxModelBytes + 1, ModelFile, "the file is 1.0 MB, and the " +
			"page reads files of this kind up to 1.0 MB"},
		{"load-data", "big.csv", 9 << 20, DataFile, "9.0 MB"},
		{"", "photo.png", 10, 0, "model files (.json) and data files (.csv)"},
	} {
		kind, err := FileFor(c.input, c.name, c.size)
		if kind != c.kind || (err == nil) != (c.refused == "") ||
			err != nil && !strings.Contains(Explain(err), c.refused) {
			t.Errorf("%s %q %v: %v %v", c.input, c.name, c.size, kind, err)
		}
	}
}

// TestExports: what each export holds, and that a bad kind is refused.
func TestExports(t *testing.T) {
	m := NewSession()
	m.Apply(SetRegularization{Reg: RegL1})
	m.Apply(SetRegRate{Rate: 0.01})
	name, py, mime, err := m.ExportText("pytorch")
	if err != nil || name != "nnplay_model.py" || mime != "text/x-python" ||
		!strings.Contains(py, "nn.Sequential(") || !strings.Contains(py, "circle data") {
		t.Fatalf("pytorch: %v %q %q\n%.300s", err, name, mime, py)
	}
	var want strings.Builder
	core.WritePyTorch(&want, m.Trainer, core.PyTorchOptions{Features: m.Features, About: m.about()})
	if py != want.String() || m.Trainer.Opt.L1 != 0.01 {
		t.Error("the export is not core's program of the page's trainer")
	}
	if _, url, _, err := m.ExportText("url"); err != nil || url != m.ShareURL() {
		t.Errorf("url: %v %q", err, url)
	}
	if _, _, _, err := m.ExportText("<b>"); err == nil {
		t.Error("an unknown export")
	}
	// A page without training points cannot export a program, and says so.
	m.Apply(LoadFile{Kind: DataFile, Name: "two.csv", Text: "1,1,1\n2,2,-1\n"})
	m.Apply(SetTrainPct{Percent: 10})
	if _, _, _, err := m.ExportText("pytorch"); err == nil ||
		!strings.Contains(Explain(err), "no training samples") {
		t.Errorf("without training points: %v", err)
	}
}

// TestALoadDuringStepSaysLoadedOnce: a model loaded while a Step is shown is said
// once, in the Step's text ("Step ended: you loaded a model"), and the answer says
// nothing more; alone, a load names its file and network. (It said "you loaded a model
// ... Loaded the model m.json", in Korean too: look8.)
func TestALoadDuringStepSaysLoadedOnce(t *testing.T) {
	defer speak(English)
	_, model, _, _ := NewSession().ExportText("model")
	load := LoadFile{Kind: ModelFile, Name: "m.json", Text: model}
	for _, lang := range Langs() {
		speak(lang)
		verb := map[Lang]string{English: "oaded", Korean: "불러왔습니다"}[lang]
		m := NewSession()
		mustApply(t, m, StepPhase{Instant: true})
		said := explainIn(lang, m.Apply(load)) + StepInfo(m)
		if strings.Count(said, verb) != 1 || strings.HasSuffix(said, " ") {
			t.Errorf("%v, during a Step: %q", lang, said)
		}
		m = NewSession()
		if err := m.Apply(load); err == nil || strings.Count(err.Error(), verb) != 1 ||
			!strings.Contains(err.Error(), "m.json") {
			t.Errorf("%v: %v", lang, err)
		}
	}
}

// TestAnEmptyModelFileIsSaidEmpty: an empty model file (or one of blanks only) is said
// to be empty, in both languages, where it was "not a model file: a model file is a JSON
// object" (look10).
func TestAnEmptyModelFileIsSaidEmpty(t *testing.T) {
	for _, text := range []string{"", " \n\t"} {
		m := NewSession()
		err := m.Apply(LoadFile{Kind: ModelFile, Name: "empty.json", Text: text})
		if en, ko := explainIn(English, err), explainIn(Korean, err); !strings.Contains(en,
			Say(ModelEmpty)) || !strings.Contains(ko, ModelEmpty.entry().ko) {
			t.Errorf("the model file %q says %q and %q", text, en, ko)
		}
	}
}

// TestDataBeyondTheOutputSaysSo: a regression whose values the output layer's activation
// cannot give says so as it loads, and how to reach them. look12 loaded values to ±90
// into Net A, whose Tanh gives −1 to 1: the notice said only "Loaded", and thousands of
// epochs later the stall's advice was a lower learning rate, which cannot help.
func TestDataBeyondTheOutputSaysSo(t *testing.T) {
	defer speak(English)
	var wide strings.Builder
	wide.WriteString("x1,x2,value\n")
	for k := range 40 {
		x1, x2 := float64(k%11)-5, float64(k%7)-3
		fmt.Fprintf(&wide, "%g,%g,%g\n", x1, x2, 10*x1+5*x2)
	}
	for _, c := range []struct {
		name, text string
		out        core.Activation
		want       []string // in the notice; none: no word of the output
	}{
		{"tanh", wide.String(), core.Tanh{},
			[]string{"from −65.0 to 55.0", "Tanh gives only −1.00 to 1.00", "Identity"}},
		{"relu", wide.String(), core.ReLU{}, []string{"ReLU gives nothing below 0", "Identity"}},
		{"identity", wide.String(), core.Identity{}, nil},
		{"within", "0,0,0.5\n1,1,-0.25\n2,2,1\n", core.Tanh{}, nil},
	} {
		m := NewSession()
		m.Apply(SetActivation{Layer: len(m.Net.Layers) - 1, Act: c.out})
		err := m.Apply(LoadFile{Kind: DataFile, Name: "d.csv", Text: c.text})
		said := Explain(err)
		if !errors.As(err, new(Notice)) || m.Problem != Regression {
			t.Fatalf("%s: %v", c.name, err)
		}
		for _, w := range c.want {
			if !strings.Contains(said, w) {
				t.Errorf("%s: %q lacks %q", c.name, said, w)
			}
		}
		if c.want == nil && strings.Contains(said, "output layer") {
			t.Errorf("%s: %q", c.name, said)
		}
	}
}

// TestZeroOneLabelsSayWhy: labels 0 and 1, as PyTorch's binary tutorials write them, make
// a regression, and the notice says why and how to classify. look12 read only "Loaded
// lab.csv: 3 points, regression.".
func TestZeroOneLabelsSayWhy(t *testing.T) {
	defer speak(English)
	for _, c := range []struct {
		text string
		says bool
	}{
		{"1,2,1\n2,2,0\n3,3,1\n", true},
		{"1,2,0\n2,2,0\n", true},
		{"1,2,1\n2,2,0.5\n", false},
		{"1,2,1\n2,2,-1\n", false},
	} {
		m := NewSession()
		said := Explain(m.Apply(LoadFile{Kind: DataFile, Name: "d.csv", Text: c.text}))
		if got := strings.Contains(said, "labels 0 and 1") &&
			strings.Contains(said, "−1"); got != c.says {
			t.Errorf("%q: %q", c.text, said)
		}
	}
}

// TestALoadedModelNamesItsShapeAsThePresets: a model file of Net B's shape is named as
// the preset menu names Net B, 2-8x6-1, where it read 2-8-8-8-8-8-8-1 (mend22's brief:
// one way to write a shape).
func TestALoadedModelNamesItsShapeAsThePresets(t *testing.T) {
	defer speak(English)
	speak(English)
	m := NewSession()
	mustApply(t, m, UsePreset{Index: 1})
	_, model, _, _ := m.ExportText("model")
	said := Explain(NewSession().Apply(LoadFile{Kind: ModelFile, Name: "b.json", Text: model}))
	if presetList[1].Name != PresetNetB || !strings.Contains(said, "2-8x6-1") {
		t.Errorf("loading Net B says %q", said)
	}
}
