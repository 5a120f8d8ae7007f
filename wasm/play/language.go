package play

import (
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"sync/atomic"

	"nnplay/core"
)

// Lang is a language the page speaks: every Msg of the table has its text in each.
type Lang int

const (
	// English is the page's default.
	English Lang = iota
	// Korean follows the words of the lesson's tutorial (tutorial-ko.txt).
	Korean
	langCount
)

var langCodes = [langCount]string{English: "en", Korean: "ko"}

// Code is the language's code, as in localStorage "nnplay-lang" and <html lang>: "en"
// or "ko".
func (l Lang) Code() string { return langCodes[l] }

// Langs lists the languages the page speaks.
func Langs() []Lang { return []Lang{English, Korean} }

// ParseLang reads a language code, "en" or "ko".
func ParseLang(code string) (Lang, error) {
	for l, c := range langCodes {
		if c == code {
			return Lang(l), nil
		}
	}
	return 0, UnknownLanguage.With(strconv.Quote(clip(code)))
}

// BrowserLang is the page's language for a browser language tag such as "ko-KR" or
// "en-GB": Korean for any tag of Korean, English otherwise.
func BrowserLang(tag string) Lang {
	if t := strings.ToLower(tag); t == "ko" || strings.HasPrefix(t, "ko-") {
		return Korean
	}
	return English
}

// lang is the language Say speaks. DOM callbacks say messages on their own goroutine
// while Update may switch it, hence atomic.
var lang atomic.Int32

// Language returns the language the page speaks now.
func Language() Lang { return Lang(lang.Load()) }

// SetLanguage switches the page's language, as the learner does by hand: the next
// scene, the panel and every open message say their words in it, and the page remembers
// it for the next visit (Chosen).
type SetLanguage struct{ Lang Lang }

func (c SetLanguage) apply(*Session) error {
	if err := show(c.Lang); err != nil {
		return err
	}
	kept.Store((int32(c.Lang) + 1) | unsaved)
	return nil
}

// kept is the one record of the kept language: 1 + the language the page's next plain
// visit speaks (the learner's last choice, in this tab or another, else the browser's),
// 0 before the page has said, with unsaved set while the learner's choice in this tab is
// not yet in localStorage (Chosen). With two tabs open, a choice in one makes the other's
// menu say that the language it shows is no longer the kept one (KeptElsewhere,
// langChoices), so that choosing it there keeps it again. (Saving the kept language
// whenever it differed from what this tab last saved lost that choice: the other tab's
// was not what this one last saved.) Its writers, the language commands and the
// panel's sync (Chosen), run one at a time under the Game's lock, in Update and at the
// start, so a read and the store after it need no compare-and-swap; it stays atomic,
// as lang is, so that a read from any goroutine is safe.
var kept atomic.Int32

const unsaved = 1 << 8

// keptLang returns the language the next plain visit speaks, and false before the page
// has said.
func keptLang() (Lang, bool) {
	k := kept.Load() &^ unsaved
	return Lang(k - 1), k > 0
}

// LanguageKept reports whether the page shows the language its next plain visit speaks:
// false while it shows a link's, or one that another tab's choice has replaced.
func LanguageKept() bool {
	l, ok := keptLang()
	return !ok || l == Language()
}

// show switches the page's language without making it the learner's choice: the
// language a page starts in, or a link's.
func show(l Lang) error {
	if l < 0 || l >= langCount {
		return UnknownLanguage.With(int(l))
	}
	lang.Store(int32(l))
	return nil
}

// Chosen returns the language the learner switched to by hand in this tab since the
// last call, for the page to remember for the next visit (localStorage "nnplay-lang");
// ok is false when there is none. A language the page started in or a link opened it in
// is shown, never remembered: a teacher's Korean link leaves a learner's English as it was.
func Chosen() (l Lang, ok bool) {
	k := kept.Load()
	if k&unsaved == 0 {
		return 0, false
	}
	kept.Store(k &^ unsaved) // no write comes between: see kept
	return Lang(k&^unsaved - 1), true
}

// KeptElsewhere is what the page sends when another of its tabs changes localStorage (a
// storage event): Kept is the code of the language the next plain visit speaks, as
// boot.js reads it then (nnplayBoot.kept). The page goes on speaking its own. A choice
// of this tab's not yet saved is newer than the other's, and stays: saved, it tells the
// other tabs in turn.
type KeptElsewhere struct{ Kept string }

func (c KeptElsewhere) apply(*Session) error {
	l, err := ParseLang(c.Kept)
	if err != nil {
		return err
	}
	if kept.Load()&unsaved == 0 {
		kept.Store(int32(l) + 1)
	}
	return nil
}

// Say returns message m in the page's language with its placeholders {1}, {2}, ...
// replaced by args, in order. A placeholder without an argument stays as it is, for a
// test to find.
func Say(m Msg, args ...string) string { return SayIn(Language(), m, args...) }

// SayIn is Say in language l.
func SayIn(l Lang, m Msg, args ...string) string {
	t := m.entry().in(l)
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

// in returns the entry's text in language l.
func (e entry) in(l Lang) string {
	if l == Korean {
		return e.ko
	}
	return e.en
}

// Message is a message of the table with its arguments, said in the page's language
// when it is read rather than when it is made: the errors of commands, the reason
// training stopped and the panel's open messages are Messages, so that a switch of
// language says them again in the new one. It is an error.
type Message struct {
	Msg Msg
	// Args fill the placeholders: a string as it is, an int in decimal, a float64 as
	// %g writes it, a Msg or a Message said in turn, an error as Explain says it.
	Args []any
}

// With returns m with its arguments, as a Message.
func (m Msg) With(args ...any) Message { return Message{Msg: m, Args: args} }

// String says the message in the page's language.
func (m Message) String() string { return m.In(Language()) }

// Error says the message in the page's language.
func (m Message) Error() string { return m.String() }

// In says the message in language l.
func (m Message) In(l Lang) string {
	args := make([]string, len(m.Args))
	for i, a := range m.Args {
		switch a := a.(type) {
		case string:
			args[i] = a
		case int:
			args[i] = strconv.Itoa(a)
		case float64:
			args[i] = shortNum(a)
		case Msg:
			args[i] = SayIn(l, a)
		case Message:
			args[i] = a.In(l)
		case error:
			args[i] = explainIn(l, a)
		default:
			panic("play: a message argument of an unexpected type")
		}
	}
	return SayIn(l, m.Msg, args...)
}

// Sentences are messages said one after another, a space between them, each in the
// page's language when it is read: a message made of parts, such as why training
// paused. It is an error.
type Sentences []error

// In says the sentences in language l.
func (s Sentences) In(l Lang) string {
	parts := make([]string, 0, len(s))
	for _, e := range s {
		parts = append(parts, explainIn(l, e))
	}
	return strings.Join(parts, " ")
}

// Error says the sentences in the page's language.
func (s Sentences) Error() string { return s.In(Language()) }

// said is a message that says itself in any language: a Message or Sentences.
type said interface{ In(Lang) string }

// Explain says err for the page in the page's language: a Message in that language,
// and the errors core gives for bad numbers, data files and model files through the
// table, never as core's English. Any other error reads as its own text. Its numbers
// take the minus sign the canvas draws (signNumbers).
func Explain(err error) string { return signNumbers(explainIn(Language(), err)) }

func explainIn(l Lang, err error) string {
	var (
		msg said
		de  *core.DecimalError
		ce  *core.CSVError
		me  *core.ModuleError
	)
	switch {
	case err == nil:
		return ""
	case errors.As(err, &msg):
		return msg.In(l)
	case errors.As(err, &ce):
		why := explainInner(l, ce.Err, CSVBadLine)
		if ce.Field == "" {
			return CSVLineError.With(ce.Line, why).In(l)
		}
		return CSVFieldError.With(ce.Line, ce.Field, why).In(l)
	case errors.As(err, &me):
		why := explainInner(l, me.Err, ModuleInvalid)
		if me.Field == "" {
			return ModuleWrong.With(me.Index, why).In(l)
		}
		return ModuleFieldWrong.With(me.Index, me.Field, why).In(l)
	case errors.As(err, &de):
		return decimalReason(de.Err).With(strconv.Quote(de.Text)).In(l)
	}
	return err.Error()
}

// explainInner says the reason inside a file's error: a bad number through the table,
// anything else as fallback says, since core words those reasons in English only.
func explainInner(l Lang, err error, fallback Msg) string {
	var (
		de *core.DecimalError
		fc *core.FieldCountError
		uf *core.UnknownFieldError
		ut *core.UnknownTypeError
		se *core.ShapeError
		ve *core.ValueError
		le *core.ListError
		pr *core.ParamRangeError
		ce *core.ChainError
		pe *core.PlaceError
		ms *core.MisspeltFieldError
	)
	switch {
	case errors.As(err, &ms):
		return ModuleFieldMisspelt.With(strconv.Quote(clipText(ms.Unknown)),
			strconv.Quote(ms.Missing)).In(l)
	case errors.Is(err, core.ErrFieldMissing):
		return ModuleFieldGone.With().In(l)
	case errors.As(err, &uf):
		return ModuleFieldOther.With(strings.Join(uf.Want, ", ")).In(l)
	case errors.As(err, &ut):
		return ModuleTypeOther.With(strconv.Quote(clipText(ut.Type))).In(l)
	case errors.As(err, &se):
		switch se.Kind {
		case core.RowLength:
			return ModuleRowLength.With(se.Row, se.Got, se.Want).In(l)
		case core.RowCount:
			return ModuleRows.With(se.Got, se.Want).In(l)
		}
		return ModuleValues.With(se.Got, se.Want).In(l)
	case errors.As(err, &le) && le.Rows < 0:
		return ModuleWantBias.With(le.Cols, listReason(l, le.Err)).In(l)
	case errors.As(err, &le):
		return ModuleWantRows.With(le.Rows, le.Cols, listReason(l, le.Err)).In(l)
	case errors.Is(err, core.ErrNotObject):
		return ModuleNotObject.With().In(l)
	case errors.As(err, &pe) && pe.AfterActivation:
		return ModuleAfterAct.With(pe.Act.String()).In(l)
	case errors.As(err, &pe):
		return ModuleBeforeLinear.With(pe.Act.String()).In(l)
	case errors.As(err, &ce):
		return ModuleChain.With(ce.In, ce.PrevOut).In(l)
	case errors.As(err, &pr):
		return ModuleParamRange.With(pr.Name, Exact(pr.Value), Exact(pr.Lo), Exact(pr.Hi)).In(l)
	case errors.As(err, &ve):
		switch ve.Want {
		case core.WantString:
			return ModuleWantString.With(ve.Got).In(l)
		case core.WantInteger:
			return ModuleWantInteger.With(ve.Got, ve.Lo, ve.Hi).In(l)
		}
		return ModuleWantNumber.With(ve.Got).In(l)
	case errors.As(err, &de):
		return explainIn(l, de)
	case errors.As(err, &fc):
		return FieldCount.With(fc.Fields).In(l)
	case errors.Is(err, core.ErrCSVHeader):
		return OtherHeader.With().In(l)
	case errors.Is(err, core.ErrNotDecimal), errors.Is(err, core.ErrTooLarge),
		errors.Is(err, core.ErrTooSmall):
		// Core writes these as `"text" reason`: the text is the quoted prefix.
		text, _ := strconv.QuotedPrefix(err.Error())
		return decimalReason(err).With(text).In(l)
	}
	if l == English {
		return err.Error()
	}
	return SayIn(l, fallback)
}

// listReason says why a model file's weight or bias is not a list of numbers.
func listReason(l Lang, err error) string {
	var (
		de  *core.DecimalError
		ute *json.UnmarshalTypeError
	)
	switch {
	case err == nil:
		return ModuleGotNull.With().In(l)
	case errors.As(err, &de):
		return explainIn(l, de)
	case errors.As(err, &ute):
		if w, ok := jsonKindWords[ute.Value]; ok {
			return ModuleFound.With(w).In(l)
		}
		return ModuleFound.With(ute.Value).In(l)
	}
	return explainInner(l, err, ModuleInvalid)
}

// jsonKindWords name the kinds of JSON value json.UnmarshalTypeError gives: Korean
// names each in its own words, with JSON's word that the file's editor knows.
var jsonKindWords = map[string]Msg{"string": JSONString, "number": JSONNumber,
	"bool": JSONBool, "object": JSONObject, "array": JSONArray}

// decimalReason is the message of a reason core.ParseDecimal gives.
func decimalReason(err error) Msg {
	switch {
	case errors.Is(err, core.ErrTooLarge):
		return DecimalTooLarge
	case errors.Is(err, core.ErrTooSmall):
		return DecimalTooSmall
	}
	return DecimalNotPlain
}
