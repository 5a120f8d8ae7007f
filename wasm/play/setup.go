package play

import (
	"net/url"
	"slices"
	"strings"

	"nnplay/core"
)

// The session as a shared link: Setup reads the page's configuration (and, when asked,
// its weights) into a Setup, ApplySetup puts one on the page, and OpenLink does both
// halves of a link: it reads a URL's hash and applies what it could read, saying which
// fields it refused. A link with a lesson opens the lesson instead (OpenLesson).

// Setup returns the page's configuration as a link carries it, with every weight and
// bias when weights is true. Lesson is 0 (Link adds the open lesson's number).
func (m *Session) Setup(weights bool) Setup {
	s := Setup{
		Data: m.Data, Problem: m.Problem, Features: slices.Clone(m.Features),
		InitSeed: m.InitSeed, LR: m.LR, BatchSize: m.BatchSize, Loss: m.Loss,
		Reg: m.Reg, RegRate: m.RegRate, Discretize: m.Discretize, ShowTest: m.ShowTest,
	}
	sizes := m.Sizes()
	s.Hidden = slices.Clone(sizes[1 : len(sizes)-1])
	for _, l := range m.Net.Layers {
		s.Acts = append(s.Acts, l.Act)
		s.Bias = append(s.Bias, l.Linear.HasBias())
	}
	if weights {
		s.Weights = WeightsOf(m.Net)
	}
	return s
}

// ApplySetup puts a setup on the page: its data, network (with its weights, or those
// drawn from its InitSeed), training rule and toggles; training starts over at epoch 0.
// Its Lesson is not applied here. A setup ParseHash did not give must pass Check.
type ApplySetup struct{ Setup Setup }

func (c ApplySetup) apply(m *Session) error {
	s := c.Setup
	if errs := s.Check(); len(errs) > 0 {
		return LinkRefused.With(fieldErrors(errs))
	}
	train, test, err := m.drawData(s.Data, false)
	if err != nil {
		return err
	}
	m.Data, m.Problem = s.Data, s.Problem
	m.custom.inUse = false
	m.Train, m.Test = train, test
	m.dataGen++
	m.InitSeed, m.LR, m.BatchSize, m.Loss = s.InitSeed, s.LR, s.BatchSize, s.Loss
	m.Reg, m.RegRate, m.Discretize, m.ShowTest = s.Reg, s.RegRate, s.Discretize, s.ShowTest
	m.Selected = Unit{Level: 1, Index: 0}
	m.useNetwork(s.Network(), slices.Clone(s.Features), ChangedByLink)
	return nil
}

// OpenLink applies the setup of a URL's hash (with or without its '#'), as the page does
// when it opens with one or its hash changes. The fields ParseHash refuses keep their
// defaults, and the command's answer is a Notice that lists them, in the page's language;
// the rest of the link applies. The page's links carry the weights when this one did,
// so that its address and Copy link keep them. A link with a lesson applies its setup to
// free play, kept aside, and opens the lesson; a link of nothing but its lesson or its
// language keeps free play as it is. A link's language is shown, not remembered (Chosen).
type OpenLink struct{ Hash string }

func (c OpenLink) apply(m *Session) error {
	s, errs := ParseHash(c.Hash)
	if l, err := ParseLang(s.Lang); err == nil {
		show(l) // for this visit: the refusals below are said in it too
	}
	open, alone := linkLesson(c.Hash, s) // lesson.go
	if alone {
		// A refused part leaves its lesson at its first part, as the refusal says: a
		// mistyped part must not keep the class out of the lesson. A refused lesson
		// changes nothing.
		if slices.ContainsFunc(errs, func(e HashError) bool { return e.Field == "lesson" }) {
			return LinkRefused.With(fieldErrors(errs))
		}
		if open != nil {
			if err := open.apply(m); err != nil {
				return err
			}
		}
		if len(errs) > 0 {
			return Notice{LinkRefused.With(fieldErrors(errs))}
		}
		return nil
	}
	m.leaveLesson()
	if err := (ApplySetup{Setup: s}).apply(m); err != nil {
		return err
	}
	m.Share.Weights = s.Weights != nil
	if open != nil && open.ID > 0 {
		if err := open.apply(m); err != nil {
			return err
		}
	}
	if len(errs) > 0 {
		return Notice{LinkRefused.With(fieldErrors(errs))}
	}
	return nil
}

// Link is the hash of the page's address: free play's setup, with the weights when the
// learner asked for them, the language the page speaks and the open lesson's number and
// part. In a lesson the setup is free play's, kept aside, so that the link brings both
// back, with the weights as in free play: a reload in a lesson keeps free play as a
// reload in free play does.
func (m *Session) Link() string { return m.link(m.Share.Weights) }

// ShareURL is the address Copy link copies: the page's address and its Link, in a lesson
// without free play's weights: the box that asks for them shows in free play only.
func (m *Session) ShareURL() string {
	return m.Share.Base + "#" + m.link(m.Share.Weights && m.Lesson == nil)
}

// link is Link, with free play's weights when weights is true.
func (m *Session) link(weights bool) string {
	free, id, part := m, 0, 0
	if m.Lesson != nil {
		free, id, part = m.freePlay(), m.Lesson.ID, m.Lesson.Part
	}
	s := free.Setup(weights)
	s.Lesson, s.Part, s.Lang = id, part, Language().Code()
	return s.Hash()
}

// Share is what the page keeps about sharing: whether links carry the weights, the
// page's address without its hash, and the link shown in the box under Copy link when
// the clipboard refused it ("" while the box is hidden).
type Share struct {
	Weights  bool
	Base     string
	Fallback string
	pending  string // an export asked for (AskExport)
}

// hereOnly returns the start of the page's address when its links open on this computer
// only, "" when they open on others too: a page opened from a file ("file://"), or served
// by this computer itself ("http://127.0.0.1:8080", as `make run` serves it; localhost
// and [::1] too), whose links open here only as well. An address the page was not told
// of says nothing.
func (s Share) hereOnly() string {
	u, err := url.Parse(s.Base)
	switch {
	case err != nil || u.Scheme == "":
		return ""
	case u.Scheme == "file":
		return "file://"
	case u.Scheme != "http" && u.Scheme != "https":
		return u.Scheme + ":"
	}
	h := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	v4 := strings.HasPrefix(h, "127.") && strings.Trim(h, "0123456789.") == ""
	if h == "localhost" || strings.HasSuffix(h, ".localhost") || h == "::1" || v4 {
		return u.Scheme + "://" + u.Host
	}
	return ""
}

// SetShareWeights says whether the page's links carry the weights.
type SetShareWeights struct{ On bool }

// SetPageAddress tells the page its address, which links start with: without the hash,
// and without a query's lang (index.html?lang=ko), since the hash names the language the
// page shows: a page opened in Korean and switched to English copied a link with both
// ?lang=ko and #...&lang=en. A query's lang that names none of the page's languages
// (and no hash's lang) is answered with a Notice: the page shows the language it would
// without one (boot.js's kept one), and the notice names it and the page's languages.
type SetPageAddress struct{ URL string }

// Copied is the clipboard's answer to Copy link: the link is on it, or, refused, it
// shows in a box to copy by hand.
type Copied struct {
	OK  bool
	URL string
}

func (c SetShareWeights) apply(m *Session) error { m.Share.Weights = c.On; return nil }

func (c SetPageAddress) apply(m *Session) error {
	base, hash, _ := strings.Cut(c.URL, "#")
	base, query, _ := strings.Cut(base, "?")
	var keep, asked []string
	for _, q := range strings.Split(query, "&") {
		if code, ok := strings.CutPrefix(q, "lang="); ok {
			if plain, err := url.QueryUnescape(code); err == nil {
				code = plain
			}
			if code != "" {
				asked = append(asked, code)
			}
		} else if q != "" {
			keep = append(keep, q)
		}
	}
	if len(keep) > 0 {
		base += "?" + strings.Join(keep, "&")
	}
	m.Share.Base = base
	// A query's language the page has not leaves the page in the language it shows
	// without one (boot.js), as a hash's does: say so, rather than fall back in silence,
	// unless the hash names a language, which wins (and its refusal says so).
	known := func(code string) bool { _, err := ParseLang(code); return err == nil }
	inHash := func(f string) bool { return strings.HasPrefix(f, "lang=") }
	if len(asked) > 0 && !slices.ContainsFunc(asked, known) &&
		!slices.ContainsFunc(strings.Split(strings.TrimPrefix(hash, "#"), "&"), inHash) {
		var listed []string
		for _, l := range Langs() {
			listed = append(listed, l.Code()+" ("+l.Name()+")")
		}
		return Notice{AddressLangUnknown.With(clipText(asked[0]), langWords[Language()],
			strings.Join(listed, ", "))}
	}
	return nil
}

func (c Copied) apply(m *Session) error {
	m.Share.Fallback = ""
	msg := Sentences{LinkCopied.With()}
	if !c.OK {
		m.Share.Fallback = c.URL
		msg = Sentences{LinkCopyRefused.With()}
	}
	if free := m.freePlay(); free.custom.inUse {
		msg = append(msg, LinkWithoutOwnData.With(datasetWords[free.Data.Kind]))
	}
	// A link without weights opens with those its setup draws: an edited network's new
	// units, or a trained one's, come back others.
	if m.Lesson == nil && !m.Share.Weights &&
		!slices.Equal(WeightsOf(m.Setup(false).Network()), WeightsOf(m.Net)) {
		box, _ := PageText("share-weights")
		msg = append(msg, LinkWithoutWeights.With(box))
	}
	if here := m.Share.hereOnly(); here != "" {
		msg = append(msg, LinkOnlyHere.With(here))
	}
	return Notice{msg}
}

func (SetShareWeights) looksOnly() {}
func (SetPageAddress) looksOnly()  {}
func (Copied) looksOnly()          {}

// Notice is the answer of a command that was carried out and has something to say: a
// link of which some fields were refused, a file loaded, a link copied. Apply counts it
// as done, and the page shows it as it shows a refusal.
type Notice struct{ Said error }

func (n Notice) Error() string    { return n.Said.Error() }
func (n Notice) Unwrap() error    { return n.Said }
func (n Notice) In(l Lang) string { return explainIn(l, n.Said) }

// fieldErrors are the refused fields of a link, said one after another.
type fieldErrors []HashError

func (fs fieldErrors) Error() string { return fs.In(Language()) }

// In says them in language l. Unknown fields are named together, where the first is,
// and the link's fields listed once: a Playground link has a dozen this page does not know.
func (fs fieldErrors) In(l Lang) string {
	var parts, unknown []string
	at := -1
	for _, e := range fs {
		if e.Reason == HashUnknownField && e.Field != "" {
			if at < 0 {
				at = len(parts)
				parts = append(parts, e.In(l))
			}
			unknown = append(unknown, "“"+e.Field+"”")
			continue
		}
		parts = append(parts, e.In(l))
	}
	if len(unknown) > 1 {
		parts[at] = LinkUnknownFields.With(strings.Join(unknown, ", "), fieldKeys().In(l)).In(l)
	}
	return strings.Join(parts, "; ")
}

// hashReasonWords say each reason a field of a link is refused for.
var hashReasonWords = [hashReasons]Msg{
	HashTooLong: HashTooLongWords, HashTooManyFields: HashTooManyFieldsWords,
	HashUnknownField: HashUnknownFieldWords, HashRepeated: HashRepeatedWords,
	HashBadEscape: HashBadEscapeWords, HashNotNumber: HashNotNumberWords,
	HashOutOfRange: HashOutOfRangeWords, HashNotOffered: HashNotOfferedWords,
	HashUnknownName: HashUnknownNameWords, HashWrongCount: HashWrongCountWords,
	HashBadOrder: HashBadOrderWords, HashMismatch: HashMismatchWords,
	HashNeedsNetwork: HashNeedsNetworkWords, HashBadWeights: HashBadWeightsWords,
}

// In says the refused field in language l: its key, its value as the link had it (text,
// never markup), why, and what the field takes.
func (e HashError) In(l Lang) string {
	why := Msg(HashTooLongWords)
	if e.Reason >= 0 && e.Reason < hashReasons {
		why = hashReasonWords[e.Reason]
	}
	field := e.Field
	if field == "" {
		field = SayIn(l, LinkWhole)
	}
	if e.Reason == HashUnknownField { // its name is what is wrong: "“<script>” is not …"
		return LinkUnknownField.With(field, e.Want.In(l)).In(l)
	}
	switch {
	case e.Want.IsZero():
		return LinkFieldRefused.With(field, e.Value, why).In(l)
	case e.Want.Of != WantValue: // the Want's words say what its numbers are
		return LinkFieldNeeds.With(field, e.Value, why, e.Want.In(l)).In(l)
	}
	return LinkFieldWants.With(field, e.Value, why, e.Want.In(l)).In(l)
}

// In says w in words a learner reads: "from 0 to 6", "more than 0, at most 10", a count
// alone, and the choices as a list, "none, l1, l2"; and what they are, when Of says,
// as "this network has 25 weights and biases".
func (w Want) In(l Lang) string {
	var text string
	switch {
	case len(w.Choices) > 0:
		text = strings.Join(w.Choices, ", ")
	case w.Above:
		text = SayIn(l, WantAboveAtMost, w.Lo, w.Hi)
	case w.Lo == w.Hi:
		text = w.Hi
	default:
		text = SayIn(l, WantFromTo, w.Lo, w.Hi)
	}
	if w.Of <= WantValue || w.Of >= wantKinds {
		return text
	}
	return SayIn(l, wantWords[w.Of], text)
}

// useNetwork puts net on the page over the input features fs, with its weights as they
// are: training starts over at epoch 0 (restart), and what belonged to the old network
// (the Step, the hover, a selection net has not, the biases kept while off) is
// forgotten. The data and the loss must be the ones net trains on. A Step shown ends,
// and the page says why (endStep).
func (m *Session) useNetwork(net *core.Sequential, fs []core.Feature, why Msg) {
	m.Net, m.Features = net, fs
	m.stash = map[*core.Linear][]float64{}
	m.runawayLR, m.stallLR = 0, 0 // another network: the rate that failed may train it
	m.retarget()
	m.reshaped(why)
	m.restart(why)
}

// restart starts training over with the network's weights as they are: epoch 0, no
// Step (ended for the reason why), no pause, a new loss curve.
func (m *Session) restart(why Msg) {
	m.endStep(why)
	m.Playing = false
	m.Diverged = nil
	m.SamplesSeen = 0
	m.epochSeen = 0
	m.Trainer = nil
	m.rebuild()
	m.History.Reset()
	m.stallSaid = stallSaid{} // a stall said of the old loss curve
	m.recordLoss()
}

// reshaped forgets what belonged to the network's old shape: the Step (ended for the
// reason why), the hover, a selection that no longer names a unit.
func (m *Session) reshaped(why Msg) {
	m.endStep(why)
	m.Hover = Hover{}
	if !m.valid(m.Selected) || m.Selected.Level == 0 {
		m.Selected = Unit{Level: 1, Index: 0}
	}
}
