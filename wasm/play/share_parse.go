package play

import (
	"encoding/base64"
	"encoding/binary"
	"fmt"
	"math"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"nnplay/core"
)

// MaxHashLength is the longest hash ParseHash reads. The largest network a link
// carries (all seven features, eight hidden layers of eight units: 577 parameters) with
// its weights takes about 6,700 characters.
const MaxHashLength = 8192

const (
	maxHashFields = 32 // fields read; a link has 20
	maxValueRunes = 40 // characters of a refused value a HashError keeps
)

// HashReason is why ParseHash refused a field: a code the page turns into words in the
// learner's language, with the field, the value and what the field wants.
type HashReason int

const (
	HashTooLong       HashReason = iota // the whole hash is longer than MaxHashLength
	HashTooManyFields                   // fields after the first maxHashFields, ignored
	HashUnknownField                    // no link has this field
	HashRepeated                        // the field came before; the first one counts
	HashBadEscape                       // a broken %-escape
	HashNotNumber                       // not a plain decimal or whole number
	HashOutOfRange                      // a number outside Want's range
	HashNotOffered                      // a number that is not on the menu
	HashUnknownName                     // a name that is not among Want's choices
	HashWrongCount                      // a list of the wrong length: Want is the count
	HashBadOrder                        // features repeated or out of Playground's order
	HashMismatch                        // a data set of the other problem type
	HashNeedsNetwork                    // weights for a network whose fields were refused
	HashBadWeights                      // not base64url of finite float64s
	hashReasons
)

var hashReasonText = [hashReasons]string{
	HashTooLong:       "is too long",
	HashTooManyFields: "is past the last field read",
	HashUnknownField:  "is not a field of a link",
	HashRepeated:      "is a second value for the field",
	HashBadEscape:     "has a broken %-escape",
	HashNotNumber:     "is not a number",
	HashOutOfRange:    "is out of range",
	HashNotOffered:    "is not on the menu",
	HashUnknownName:   "is not a known name",
	HashWrongCount:    "has the wrong number of entries",
	HashBadOrder:      "repeats features or lists them out of order",
	HashMismatch:      "is a data set of the other problem type",
	HashNeedsNetwork:  "belongs to a network the link does not describe",
	HashBadWeights:    "is not a list of finite numbers in base64url",
}

// String says the reason in English, as "is out of range".
func (r HashReason) String() string {
	if r < 0 || r >= hashReasons {
		return fmt.Sprintf("HashReason(%d)", int(r))
	}
	return hashReasonText[r]
}

// HashError is one field of a link that ParseHash refused, keeping the default in its
// place. Field and Value come from the link, so they are text for the page to show as
// text, never as HTML; both are cut to 40 characters.
type HashError struct {
	Field  string // the link's key, as "lr"; "" for the hash as a whole
	Value  string // the refused text, after %-decoding
	Reason HashReason
	Want   Want // what the field takes; the zero Want when the reason says it all
}

// Want is what a refused field of a link takes, kept as data for the page to say in the
// learner's words: a range from Lo to Hi (Lo excluded when Above, as the learning
// rate's "more than 0, at most 10"; a single count when Lo is Hi), or the values the
// field takes, in order (Choices). Lo and Hi are written as the page writes the number,
// a whole number's digits grouped ("18,446,744,073,709,551,615"). Of says what the
// numbers count, where a bare number would not say it ("25": the network's weights).
type Want struct {
	Lo, Hi  string
	Above   bool
	Choices []string
	Of      WantKind
}

// WantKind is what a Want's numbers or choices are.
type WantKind int

const (
	WantValue    WantKind = iota // the field's value itself
	WantLesson                   // a lesson's number, Lo to Hi, or 0 for free play
	WantPart                     // a part of the link's lesson
	WantWeights                  // the count of the network's weights and biases
	WantPerLayer                 // a count of entries, one per Linear layer
	WantParams                   // the count of an activation's parameters
	WantUnits                    // the units of each hidden layer
	WantLayers                   // the count of hidden layers
	WantFeatures                 // the count of input features
	WantOrder                    // features, each at most once, in the Choices' order
	WantFields                   // the count of fields a link's reader reads
	WantChars                    // the length of a link, in characters
	wantKinds
)

// of is w saying that its numbers or choices are k.
func (w Want) of(k WantKind) Want {
	w.Of = k
	return w
}

// fromTo is the range from lo to hi, both included.
func fromTo(lo, hi string) Want { return Want{Lo: lo, Hi: hi} }

// exactly is a count of n, as a list of the wrong length needs.
func exactly(n int) Want { return fromTo(strconv.Itoa(n), strconv.Itoa(n)) }

// oneOf is a choice of the names.
func oneOf(names ...string) Want { return Want{Choices: names} }

// IsZero reports whether w says nothing.
func (w Want) IsZero() bool { return w.Hi == "" && len(w.Choices) == 0 }

// String writes w as the English Error does: "1..30", "(0, 10]", "3", "none|l1|l2".
func (w Want) String() string {
	switch {
	case len(w.Choices) > 0:
		return strings.Join(w.Choices, "|")
	case w.Above:
		return "(" + w.Lo + ", " + w.Hi + "]"
	case w.Lo == w.Hi:
		return w.Hi
	}
	return w.Lo + ".." + w.Hi
}

// Error says it in English: `link field "batch": "40" is out of range (want 1..30)`.
func (e HashError) Error() string {
	s := fmt.Sprintf("link field %q: %q %v", e.Field, e.Value, e.Reason)
	if e.Field == "" {
		s = fmt.Sprintf("link: %q %v", e.Value, e.Reason)
	}
	if !e.Want.IsZero() {
		s += " (want " + e.Want.String() + ")"
	}
	return s
}

// ParseHash reads a URL fragment written by Setup.Hash (with or without its '#').
// Fields may come in any order; a missing field keeps its default (DefaultSetup), so
// "lesson=3" alone is a link. Each field that is wrong is refused on its own, with a
// HashError, and keeps its default; the rest apply. Without a valid problem field the
// data set decides it; without a data set the problem's first is used. Activations and
// bias switches must count one per Linear layer of the link's layers, and weights fit
// the link's network. The setup returned is always valid (see Setup.Check). ParseHash
// never panics, reads at most MaxHashLength characters and maxHashFields fields, and
// allocates in proportion to them.
func ParseHash(hash string) (Setup, []HashError) {
	s := DefaultSetup()
	hash = strings.TrimPrefix(hash, "#")
	if len(hash) > MaxHashLength {
		want := exactly(MaxHashLength).of(WantChars)
		return s, []HashError{{Value: clipText(hash), Reason: HashTooLong, Want: want}}
	}
	p := &hashParser{s: &s, met: map[string]*metField{}}
	fields := 0
	for rest := hash; rest != ""; {
		var part string
		part, rest, _ = strings.Cut(rest, "&")
		if part == "" {
			continue
		}
		if fields == maxHashFields {
			p.refuse("", part, &refusal{HashTooManyFields, exactly(maxHashFields).of(WantFields)})
			break
		}
		fields++
		key, value, _ := strings.Cut(part, "=")
		p.field(key, value)
	}
	p.settle()
	return s, p.errs
}

// refusal is a field parser's complaint.
type refusal struct {
	reason HashReason
	want   Want
}

type hashParser struct {
	s       *Setup
	met     map[string]*metField // the fields met, by key
	acts    []core.Activation
	bias    []bool
	weights string
	partNaN bool // the part was not a number: settle, which knows the lesson, says so
	errs    []HashError
}

// metField is a field of the link: its value as given, once unescaped, and whether it
// was read without a complaint.
type metField struct {
	value string
	ok    bool
}

// ok reports whether field key was met and read without a complaint.
func (p *hashParser) ok(key string) bool { return p.met[key] != nil && p.met[key].ok }

// field reads one key=value pair.
func (p *hashParser) field(key, raw string) {
	v, bad := url.PathUnescape(raw)
	i := slices.IndexFunc(hashFields, func(f hashField) bool { return f.key == key })
	if i < 0 {
		// Named as typed: a link's "<script>" arrives as "%3Cscript%3E". (The message is
		// plain text, never markup.)
		if name, err := url.PathUnescape(key); err == nil {
			key = name
		}
		if bad == nil {
			raw = v
		}
		p.refuse(key, raw, &refusal{HashUnknownField, fieldKeys()})
		return
	}
	if p.met[key] != nil {
		p.refuse(key, raw, &refusal{HashRepeated, Want{}})
		return
	}
	f := &metField{value: raw}
	p.met[key] = f
	if bad != nil {
		p.refuse(key, raw, &refusal{HashBadEscape, Want{}})
		return
	}
	f.value = v
	if r := hashFields[i].read(p, v); r != nil {
		p.refuse(key, v, r)
		return
	}
	f.ok = true
}

func (p *hashParser) refuse(field, value string, r *refusal) {
	p.errs = append(p.errs, HashError{Field: clipText(field), Value: clipText(value),
		Reason: r.reason, Want: r.want})
}

// clipText makes s valid UTF-8 of at most maxValueRunes characters.
func clipText(s string) string {
	if len(s) > 4*(maxValueRunes+1) {
		s = s[:4*(maxValueRunes+1)] // more characters than are kept, so "..." follows
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	if utf8.RuneCountInString(s) > maxValueRunes {
		s = string([]rune(s)[:maxValueRunes-3]) + "..."
	}
	return s
}

// settle checks the fields against each other once all are read, and keeps every
// default that the link's other fields still allow.
func (p *hashParser) settle() {
	s := p.s
	switch {
	case !p.ok("problem") && p.ok("data"):
		s.Problem = Classification
		if s.Data.Kind.Regression() {
			s.Problem = Regression
		}
	case s.Data.Kind.Regression() != (s.Problem == Regression):
		if p.ok("data") {
			p.refuse("data", s.Data.Kind.String(), &refusal{HashMismatch,
				choices(s.Problem.Datasets(), core.DatasetKind.String)})
			p.met["data"].ok = false
		}
		s.Data.Kind = s.Problem.Datasets()[0]
	}
	n := len(s.Hidden) + 1
	s.Acts, s.Bias = slices.Repeat([]core.Activation{core.Tanh{}}, n), slices.Repeat([]bool{true}, n)
	if p.ok("acts") && p.counts("acts", len(p.acts), n) {
		s.Acts = p.acts
	}
	if p.ok("bias") && p.counts("bias", len(p.bias), n) {
		s.Bias = p.bias
	}
	if p.ok("weights") {
		p.readWeights()
	}
	if n := partsOf(s.Lesson); p.ok("part") && s.Part >= n {
		reason := HashOutOfRange
		if p.partNaN {
			reason = HashNotNumber
		}
		want := fromTo("1", strconv.Itoa(n)).of(WantPart)
		p.refuse("part", p.met["part"].value, &refusal{reason, want})
		p.met["part"].ok = false
		s.Part = 0
	}
}

// counts refuses a list of got entries (of a field read) where want are needed,
// quoting it as given.
func (p *hashParser) counts(field string, got, want int) bool {
	if got != want {
		f := p.met[field]
		p.refuse(field, f.value, &refusal{HashWrongCount, exactly(want).of(WantPerLayer)})
		f.ok = false
	}
	return got == want
}

// readWeights reads the weights if the network they belong to came through whole.
func (p *hashParser) readWeights() {
	for _, f := range []string{"features", "layers", "bias"} {
		if p.met[f] != nil && !p.ok(f) {
			p.refuse("weights", p.weights, &refusal{HashNeedsNetwork, Want{}})
			return
		}
	}
	n := p.s.WeightCount()
	want := exactly(n).of(WantWeights)
	if len(p.weights) != base64.RawURLEncoding.EncodedLen(8*n) {
		p.refuse("weights", p.weights, &refusal{HashWrongCount, want})
		return
	}
	raw, err := base64.RawURLEncoding.DecodeString(p.weights)
	if err != nil || len(raw) != 8*n {
		p.refuse("weights", p.weights, &refusal{HashBadWeights, want})
		return
	}
	ws := make([]float64, n)
	for i := range ws {
		ws[i] = math.Float64frombits(binary.LittleEndian.Uint64(raw[8*i:]))
		if !core.IsFinite(ws[i]) {
			p.refuse("weights", p.weights, &refusal{HashBadWeights, want})
			return
		}
	}
	p.s.Weights = ws
}
