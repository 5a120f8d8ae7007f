package play

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"

	"nnplay/core"
)

// The files the page writes and reads: the model file (nnplay/1), a PyTorch program,
// the learner's data as CSV. The browser only picks, drops, reads and downloads them;
// what they hold and every check is here.

// FileKind is what a file the learner loads holds.
type FileKind int

const (
	// ModelFile is a network in the model file format (core.WriteModel), a .json file.
	ModelFile FileKind = iota + 1
	// DataFile is points as CSV (core.ReadCSV), a .csv file.
	DataFile
)

// FileInputs are the panel's file pickers, by id: the model's and the data's.
var FileInputs = map[string]FileKind{"load-model": ModelFile, "load-data": DataFile}

// limit is the largest file of the kind the page reads.
func (k FileKind) limit() float64 {
	if k == ModelFile {
		return core.MaxModelBytes
	}
	return core.MaxCSVBytes
}

// FileFor returns the kind of the file name of size bytes that the learner picked in
// picker input (an id of FileInputs) or dropped on the page (input ""), where its name's
// ending decides. It refuses a file it cannot read (kind 0) and, by its size before a
// byte of it is read, a file larger than the page reads (with its kind, for Refuse).
func FileFor(input, name string, size float64) (FileKind, error) {
	name = clipText(name)
	kind, ok := FileInputs[input]
	if !ok {
		switch lower := strings.ToLower(name); {
		case strings.HasSuffix(lower, ".json"):
			kind = ModelFile
		case strings.HasSuffix(lower, ".csv"), strings.HasSuffix(lower, ".txt"):
			kind = DataFile
		default:
			return 0, FileRefused.With(name, UnknownFileKind.With())
		}
	}
	if size > kind.limit() {
		return kind, FileRefused.With(name, FileTooLarge.With(megabytes(size),
			megabytes(kind.limit())))
	}
	return kind, nil
}

// megabytes writes a size in bytes as megabytes, to a tenth.
func megabytes(n float64) string { return strconv.FormatFloat(n/(1<<20), 'f', 1, 64) }

// LoadFile reads a file the learner loaded: a model file replaces the network, a data
// file becomes the data. A file that is refused, with the field or the line at fault,
// changes nothing; one that is read answers with a Notice that says what it held.
type LoadFile struct {
	Kind       FileKind
	Name, Text string
}

// Refuse shows why the page refused a file of kind Kind (0 when unknown) before it read
// it (FileFor's answer), where that kind's answers show (AnswersBeside).
type Refuse struct {
	Kind FileKind
	Err  error
}

func (c LoadFile) apply(m *Session) error {
	m.leaveLesson() // a file dropped in a lesson is for free play (lesson.go)
	var err error
	switch c.Kind {
	case ModelFile:
		err = m.loadModel(clipText(c.Name), c.Text)
	case DataFile:
		err = m.loadData(c.Name, c.Text)
	default:
		return FileRefused.With(clipText(c.Name), UnknownFileKind.With())
	}
	other := DataFile
	if c.Kind == DataFile {
		other = ModelFile
	}
	if Refusal(err) != nil && other.fits(c.Name, c.Text) {
		return FileRefused.With(clipText(c.Name), other.loadedBy())
	}
	return err
}

// fits reports whether a file that the other kind's loader refused looks like one of
// kind k, by its name's ending or by what it holds: a learner who picked their data set
// in Load model… (or a model in Load CSV…) is told where it loads, not only that it is
// not a model.
func (k FileKind) fits(name, text string) bool {
	lower := strings.ToLower(name)
	if k == ModelFile {
		return strings.HasSuffix(lower, ".json") ||
			strings.HasPrefix(strings.TrimSpace(text), "{")
	}
	if strings.HasSuffix(lower, ".csv") || strings.HasSuffix(lower, ".txt") {
		return true
	}
	_, err := core.ReadCSV(strings.NewReader(text))
	return err == nil
}

// loadedBy says that a file looks like one of kind k, and which button in which
// section of the panel loads it, in their words.
func (k FileKind) loadedBy() Message {
	if k == ModelFile {
		return LooksLikeModel.With(pageWord("load-model"), pageWord("share"))
	}
	return LooksLikeData.With(pageWord("load-data"), pageWord("data"))
}

// pageWord is the static text of index.html under a key (PageText), said in the
// language a message is read in.
type pageWord string

func (w pageWord) In(l Lang) string { return pageText[string(w)].in(l) }
func (w pageWord) Error() string    { return w.In(Language()) }

func (c Refuse) apply(*Session) error { return c.Err }

// ReadFailed says that the browser could not read file name, and why.
func ReadFailed(name, why string) error {
	return FileRefused.With(clipText(name), FileUnreadable.With(clipText(why)))
}

// loadModel makes the network of a model file the page's, with its weights; training
// starts over. When it ends a Step, the Step's end says that a model was loaded, and the
// answer does not say it again. A network takes the first of Playground's features that
// it has inputs for when it has not as many as the page feeds it.
func (m *Session) loadModel(name, text string) error {
	net, err := readModel([]byte(text))
	if err != nil {
		return FileRefused.With(name, err)
	}
	features, adapted := m.Features, net.In() != len(m.Features)
	if adapted {
		features = core.AllFeatures()[:net.In()]
	}
	m.useNetwork(net, features, ChangedByModel)
	said := Sentences{ModelLoaded.With(name, core.ShapeText(net.Sizes()))}
	if m.ending.ended { // "Step ended: you loaded a model" says it, and the canvas shows it
		said = nil
	}
	if adapted {
		said = append(said, ModelInputs.With(strings.ReplaceAll(list(features, FeatureLabel), ",",
			", ")))
	}
	if len(said) == 0 {
		return nil
	}
	return Notice{said}
}

// readModel reads a model file and checks that the page can show and train its network:
// one output, at most core.MaxHiddenLayers hidden layers of at most core.MaxUnits units,
// at most as many inputs as Playground has features, every parameter within ±ParamBound.
func readModel(data []byte) (*core.Sequential, error) {
	net, err := core.ParseModel(data)
	var (
		fault  *core.ModelError
		module *core.ModuleError
	)
	switch {
	case errors.As(err, &fault):
		return nil, modelFault(data, fault)
	case errors.As(err, &module):
		return nil, err // Explain says it through the table
	case err != nil:
		return nil, inEnglish{err, ModelUnreadable}
	}
	sizes := net.Sizes()
	switch {
	case net.Out() != 1:
		return nil, ModelOutputs.With(net.Out())
	case len(sizes)-2 > core.MaxHiddenLayers:
		return nil, ModelTooDeep.With(len(sizes)-2, core.MaxHiddenLayers)
	case sizes[0] > len(featureKeys):
		return nil, ModelTooManyInputs.With(sizes[0], len(featureKeys))
	}
	for l, n := range sizes[1 : len(sizes)-1] {
		if n > core.MaxUnits {
			return nil, ModelTooWide.With(l+1, n, core.MaxUnits)
		}
	}
	for _, p := range net.Parameters() {
		for i, v := range p.Value {
			if math.Abs(v) > ParamBound {
				// PyTorch's name "0.weight" is module 0's field weight.
				module, field, _ := strings.Cut(p.Name, ".")
				return nil, ModelValueTooLarge.With(module, field, i, shortNum(v),
					shortNum(ParamBound))
			}
		}
	}
	return net, nil
}

// modelFault says what core found wrong with a model file as a whole, in the page's
// languages.
func modelFault(data []byte, e *core.ModelError) error {
	field := strconv.Quote(clipText(e.Field))
	switch e.Fault {
	case core.ModelTooLarge:
		return FileTooLarge.With(megabytes(float64(len(data))), megabytes(core.MaxModelBytes))
	case core.ModelNotObject:
		if len(bytes.TrimSpace(data)) == 0 {
			return ModelEmpty.With()
		}
		if word := notFinite(data, e.Err); word != "" {
			return ModelNotFinite.With(word)
		}
		return ModelNotJSON.With()
	case core.ModelFieldUnknown:
		return ModelFieldUnknown.With(field)
	case core.ModelFieldMissing:
		if ms := new(core.MisspeltFieldError); errors.As(e, &ms) {
			return ModelFieldMisspelt.With(field, strconv.Quote(clipText(ms.Unknown)))
		}
		if e.Field == "format" {
			return ModelFieldWrong.With(field, strconv.Quote(core.ModelFormat))
		}
		return ModelFieldMissing.With(field)
	case core.ModelOtherFormat:
		return ModelFieldWrong.With(field, strconv.Quote(core.ModelFormat))
	case core.ModelModulesNotList:
		return ModelNotModules.With(field)
	case core.ModelTooManyModules:
		return ModelTooManyModules.With(core.MaxModules)
	case core.ModelNoModules:
		return ModelNoLayers.With(field)
	}
	return inEnglish{e, ModelUnreadable}
}

// notFinite returns the word where JSON's syntax error err in data stopped when it is
// one of the non-finite numbers other programs write (NaN, Infinity), or "".
func notFinite(data []byte, err error) string {
	var se *json.SyntaxError
	if !errors.As(err, &se) || se.Offset < 1 || se.Offset > int64(len(data)) {
		return ""
	}
	rest := data[se.Offset-1:]
	for _, w := range []string{"NaN", "nan", "Infinity", "infinity", "Inf", "inf"} {
		if bytes.HasPrefix(rest, []byte(w)) {
			return w
		}
	}
	return ""
}

// ExportText returns what the page exports as kind: "model" (the model file), "pytorch"
// (the PyTorch program) or "url" (the link Copy link copies), with the name of its file
// and its type ("" for the link).
func (m *Session) ExportText(kind string) (name, text, mime string, err error) {
	var b bytes.Buffer
	switch kind {
	case "model":
		name, mime, err = "nnplay-model.json", "application/json", core.WriteModel(&b, m.Net)
	case "pytorch":
		name, mime = "nnplay_model.py", "text/x-python"
		err = core.WritePyTorch(&b, m.Trainer, core.PyTorchOptions{Features: m.Features,
			About: m.about()})
	case "url":
		return "", m.ShareURL(), "", nil
	default:
		return "", "", "", fmt.Errorf("nnplay: export takes %q, not %q", ExportKinds, clip(kind))
	}
	if err != nil {
		return "", "", "", ExportRefused.With(inEnglish{err, ExportImpossible})
	}
	return name, b.String(), mime, nil
}

// ExportKinds are what ExportText exports.
var ExportKinds = []string{"pytorch", "model", "url"}

// ExportDone says that the page saved an export's file.
func ExportDone(kind, name string) error {
	if kind == "pytorch" {
		return Notice{PyTorchSaved.With(name)}
	}
	return Notice{FileSaved.With(name)}
}

// about says in a line where the page's data came from, for an exported program.
func (m *Session) about() string {
	if name, own := m.OwnData(); own {
		return fmt.Sprintf("nnplay: the learner's own data from %s, %g%% for training, seed %d",
			name, m.Data.TrainPct, m.Data.Seed)
	}
	return fmt.Sprintf("nnplay: TensorFlow Playground's %s data, noise %g%%, %g%% for training, "+
		"seed %d", m.Data.Kind, m.Data.Noise, m.Data.TrainPct, m.Data.Seed)
}

// inEnglish is an error that core words in English only: the page says it as core does
// in English, and says Korean in other languages.
type inEnglish struct {
	err error
	ko  Msg
}

func (e inEnglish) Error() string { return e.In(Language()) }

func (e inEnglish) In(l Lang) string {
	if l == English {
		return strings.TrimPrefix(e.err.Error(), "core: ")
	}
	return SayIn(l, e.ko)
}

// FeatureLabel is how the page writes an input feature: x1, x2, x1², x2², x1·x2, sin x1,
// sin x2.
func FeatureLabel(f core.Feature) string {
	if f < 0 || int(f) >= len(featureLabels) {
		return f.String()
	}
	return featureLabels[f]
}

var featureLabels = [...]string{"x1", "x2", "x1²", "x2²", "x1·x2", "sin x1", "sin x2"}
