package play

// Why a Step ended: an edit of what it was computed from ends it (endStep),
// and the page then shows the edited network at rest. Without a word its text, its loss
// box and its gradients would vanish unexplained, the fresh-eyes look found. The Step's
// text says it, beside the Step buttons, and only it (noteStepEnded).

// stepEnd is why the command being applied ended the Step the page showed (endStep).
type stepEnd struct {
	why   Msg // a clause: ChangedWeight, ChangedData, ...
	ended bool
}

// endStep ends the Step, if one is shown, because of what why says changed of what it was
// computed from; the Step's text says so (noteStepEnded). The code that ends a Step
// names the reason, so no list of commands can miss one. Play ends a Step without it: it
// is no edit, and training takes the page over, as the learner sees; nor does a scene
// that replaces the session (become: a lesson, a part of one, free play again), which
// ends nothing it must explain, as the whole canvas changes.
func (m *Session) endStep(why Msg) {
	if m.Anim.Record != nil {
		m.ending = stepEnd{why: why, ended: true}
	}
	m.Anim = Anim{}
}

// noteStepEnded keeps, for the Step's own text (StepInfo), what command c changed when c
// ended the Step the page showed (endStep), until the learner's next action. The rest of
// the edit that ended it is no next action: a slider sends a command at each move of a
// drag (dragged), and the drag's second move would erase what its first said. c's answer
// does not say it: beside the Step's text, the status line at the panel's top read it
// twice on a wide screen and pulled the panel's scroll away from the control just used
// (look11).
func (m *Session) noteStepEnded(c Command) {
	_, own := c.(pageOwn)
	switch {
	case m.ending.ended:
		m.stepEnded, m.endedBy = StepEndedBy.With(m.ending.why), editOf(c)
	case own: // the page's own command is no action of the learner: the note stays
	case m.stepEnded == nil || m.endedBy == nil || editOf(c) != m.endedBy:
		m.stepEnded, m.endedBy = nil, nil
	}
}

// editOf returns what command c edits without the value it sets (dragged), the same
// for every move of one slider's drag; nil for a command that no slider sends.
func editOf(c Command) Command {
	if d, ok := c.(dragged); ok {
		return d.edit()
	}
	return nil
}

// dragged is a command a slider sends at each move of a drag: edit returns what it edits,
// without the value it sets. Each slider's command says it beside its apply, as pageOwn
// marks the page's own commands.
type dragged interface{ edit() Command }
