package play

import (
	"reflect"
	"slices"
)

// Status is what the panel's status line says: the message of the learner's last action.
// It stays until the learner's next action succeeds, and no longer: a refused layer
// count, a bad CSV or a refused link goes once the learner does something that works.
// Commands the page sends on its own (the language it starts in, its address, the
// lessons' progress from the last visit, a hover)
// are not the learner's actions and leave the line as it is, so that a hostile link's
// message at start-up is still there when the page is ready. A language switch that
// works leaves it too: the panel says it again in the new language, for the learner who
// switched to read it.
type Status struct{ err error }

// Err returns what the line says; nil when it is empty.
func (s *Status) Err() error { return s.err }

// Show puts err on the line (nil empties it): an answer that is not a command's, such as
// a finished download.
func (s *Status) Show(err error) { s.err = err }

// Answer records the answer err to command c, which the panel shows beside the field c
// came from when onField is true and on the line otherwise; a Notice, which refuses
// nothing (Refusal), goes on the line. The page's own commands (pageOwn) leave the line
// as it is, but for a Notice, said after it. It reports whether the line changed.
func (s *Status) Answer(c Command, err error, onField bool) bool {
	if _, own := c.(pageOwn); own {
		return s.tell(err)
	}
	if Refusal(err) != nil && onField {
		return false
	}
	if _, words := c.(SetLanguage); words && err == nil {
		return false
	}
	if err == nil && s.err == nil {
		return false
	}
	s.err = err
	return true
}

// tell shows a Notice the page's own command answered with (how the page opened: an
// address's language it has not) after what the line says, once: the same address told
// again says nothing new. It says nothing else.
func (s *Status) tell(err error) bool {
	n, ok := err.(Notice)
	switch {
	case !ok || says(s.err, n):
		return false
	case s.err != nil:
		s.err = Sentences{s.err, n}
	default:
		s.err = n
	}
	return true
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
