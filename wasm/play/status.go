package play

import (
	"reflect"
	"slices"
	"sync"
)

// Status is what the panel's lines say of the learner's actions: the status line at the
// panel's top (TopLine), the share section's line beside its buttons (ShareLine) and
// the export section's (ExportLine).
//
// An answer belongs to what it speaks of, its topic: it goes when the panel hides the
// control it speaks of (look39 found Export PyTorch's "Saved nnplay_model.py …" beside
// the button a lesson hid), and when a newer answer about the same thing comes on
// another line (a dropped picture's refusal on the top line, while the share section's
// line still refused the data set picked in Load model…).
//
// The top line stays until the learner's next action succeeds, and no longer: a refused
// layer count, a bad CSV or a refused link goes once the learner does something that
// works. Commands the page sends on its own (the language it starts in, its address, the
// lessons' progress from the last visit, a hover)
// are not the learner's actions and leave the line as it is, so that a hostile link's
// message at start-up is still there when the page is ready. A language switch that
// works leaves it too: the panel says it again in the new language, for the learner who
// switched to read it. The share section's and the export section's lines keep their
// buttons' last answer.
type Status struct{ lines [statusLines]line }

// StatusLine is one of the panel's lines that Status fills.
type StatusLine int

const (
	TopLine    StatusLine = iota // #status
	ShareLine                    // the share section's (ShareStatus)
	ExportLine                   // #export-status
	statusLines
)

// line is what a line says and about what, whether it comes into sight when shown, and
// whether it changed since the panel last wrote it (Changed).
type line struct {
	err         error
	about       topic
	seek, fresh bool
}

// topic is what an answer speaks of: its area, whose newer answer takes its place on
// every line, and the control whose hiding (its Control of Attr "hidden") takes it away;
// "" for none.
type topic struct{ area, control string }

// Err returns what the top line says; nil when it is empty.
func (s *Status) Err() error { return s.lines[TopLine].err }

// Show puts err on the top line (nil empties it): an answer that is not a command's.
func (s *Status) Show(err error) { s.say(err, topic{}, TopLine) }

// Exported shows the answer to an export the learner asked for, of one of ExportKinds,
// or "figure" (Export PNG) or "canvas" (Save canvas), on its section's line; the share
// section's answers go on the top line too, which does not come into sight for them.
func (s *Status) Exported(kind string, err error) {
	if kind == "figure" || kind == "canvas" {
		s.say(err, exportTopics[kind], ExportLine)
		return
	}
	s.say(err, exportTopics[kind], ShareLine, TopLine)
}

// Answer records the answer err to command c, which the panel shows beside the field c
// came from when onField is true, and on the top line otherwise, and on the share
// section's line too when c is one of that section's (AnswersBeside); a Notice, which
// refuses nothing (Refusal), goes on the lines. The page's own commands (pageOwn) leave
// the top line as it is, but for a Notice, said after it.
func (s *Status) Answer(c Command, err error, onField bool) {
	if _, own := c.(pageOwn); own {
		s.tell(err)
		return
	}
	if Refusal(err) != nil && onField {
		return
	}
	if _, words := c.(SetLanguage); words && err == nil {
		return
	}
	about := topicOf(c)
	switch {
	case err == nil && about.area == "" && s.Err() == nil:
	case AnswersBeside(c) && (err != nil || about.area != ""):
		// AskExport's nil leaves the share line to its answer, which comes after it
		s.say(err, about, ShareLine, TopLine)
	default:
		s.say(err, about, TopLine)
	}
}

// Tidy takes away the answers whose control m's panel hides.
func (s *Status) Tidy(m *Session) {
	for i := range s.lines {
		if l := &s.lines[i]; l.err != nil && l.about.control != "" &&
			hiders()[l.about.control](m) != "" { // a topic's control is one that hides
			*l = line{fresh: true}
		}
	}
}

// Changed returns what line l says and whether it comes into sight, and reports whether
// it changed since the last call: the panel writes a line only then.
func (s *Status) Changed(l StatusLine) (err error, seek, changed bool) {
	ln := &s.lines[l]
	changed, ln.fresh = ln.fresh, false
	return ln.err, ln.seek, changed
}

// say puts err about a topic on lines, the first of which comes into sight, and takes
// the topic's older answers off the other lines.
func (s *Status) say(err error, about topic, lines ...StatusLine) {
	for i := range s.lines {
		if l := &s.lines[i]; about.area != "" && l.about.area == about.area && l.err != nil {
			*l = line{fresh: true}
		}
	}
	for i, l := range lines {
		s.lines[l] = line{err: err, about: about, seek: i == 0, fresh: true}
	}
}

// topicOf is the topic of command c's answer: a file's, or the copied link's. (AskExport's
// answer comes after it, through Exported: the line keeps the last until then.)
func topicOf(c Command) topic {
	switch c := c.(type) {
	case LoadFile:
		return topic{"file", fileControls[c.Kind]}
	case Refuse:
		return topic{"file", fileControls[c.Kind]}
	case Copied:
		if !c.OK { // the words point at the box that holds the link
			return topic{"copy-link", "link-box"}
		}
		return exportTopics["url"]
	}
	return topic{}
}

// fileControls are the controls that load each kind of file: Load model… in the share
// section, Load CSV… in the data section, which lessons hide whole.
var fileControls = map[FileKind]string{ModelFile: "load-model-row", DataFile: "data-section"}

// exportTopics are the topics of the exports' answers, by kind: their buttons. Copy link
// and Save canvas show everywhere.
var exportTopics = map[string]topic{"pytorch": {"export-pytorch", "export-pytorch"},
	"model": {"save-model", "save-model"}, "url": {"copy-link", ""},
	"figure": {"export-png", "export-png"}, "canvas": {"save-canvas", ""}}

// hiders are the Shows of the Controls that hide an element (Attr "hidden"), by its id:
// a Show that says "" shows it.
var hiders = sync.OnceValue(func() map[string]func(*Session) string {
	hs := map[string]func(*Session) string{}
	for _, c := range Controls() {
		if c.Attr == "hidden" {
			hs[c.ID] = c.Show
		}
	}
	return hs
})

// tell shows a Notice the page's own command answered with (how the page opened: an
// address's language it has not) after what the top line says, once: the same address
// told again says nothing new. It says nothing else.
func (s *Status) tell(err error) {
	n, ok := err.(Notice)
	said := s.Err()
	switch {
	case !ok || says(said, n):
	case said != nil:
		s.Show(Sentences{said, n})
	default:
		s.Show(n)
	}
}

// says reports whether the line said, or any of its sentences, is the notice n.
func says(said error, n Notice) bool {
	if s, ok := said.(Sentences); ok {
		return slices.ContainsFunc(s, func(e error) bool { return says(e, n) })
	}
	return reflect.DeepEqual(said, n)
}

// Refusal returns err when it refuses a command, nil for a Notice (what a command that
// was carried out says): the field a command came from shows refusals only, as invalid.
func Refusal(err error) error {
	if _, done := err.(Notice); done {
		return nil
	}
	return err
}

// pageOwn is a command the page sends by itself, not an action of the learner.
type pageOwn interface{ pageOwn() }

func (SetHover) pageOwn()       {}
func (HoverCell) pageOwn()      {}
func (SetPageAddress) pageOwn() {}
func (StartLanguage) pageOwn()  {}
func (KeptElsewhere) pageOwn()  {}
func (LoadProgress) pageOwn()   {}

// StartLanguage is SetLanguage sent by the page as it starts, in the language of its
// link, else of the learner's last visit or of the browser; Kept is the code of the
// language the next plain visit speaks (boot.js), Lang's where it is none.
type StartLanguage struct {
	Lang Lang
	Kept string
}

func (c StartLanguage) apply(m *Session) error {
	k, err := ParseLang(c.Kept)
	if err != nil {
		k = c.Lang
	}
	kept.Store(int32(k) + 1) // unsaved cleared: a choice from before a reset is not this page's
	return show(c.Lang)
}
