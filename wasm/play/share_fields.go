package play

import (
	"cmp"
	"errors"
	"math"
	"slices"
	"strconv"
	"strings"

	"nnplay/core"
)

// The fields of a link and how each is read; share_parse.go holds the rest of the
// reader.

type hashField struct {
	key  string
	read func(p *hashParser, v string) *refusal
}

// hashFields reads each field of a link into the parser's setup, in Hash's order.
var hashFields = []hashField{
	{"data", func(p *hashParser, v string) *refusal {
		k, err := core.ParseDatasetKind(v)
		if err != nil {
			return &refusal{HashUnknownName, choices(core.DatasetKinds(), core.DatasetKind.String)}
		}
		p.s.Data.Kind = k
		return nil
	}},
	{"noise", func(p *hashParser, v string) *refusal {
		return decimalIn(v, &p.s.Data.Noise, 0, core.MaxNoise)
	}},
	{"train", func(p *hashParser, v string) *refusal {
		return decimalIn(v, &p.s.Data.TrainPct, 10, 90)
	}},
	{"seed", func(p *hashParser, v string) *refusal { return whole(v, &p.s.Data.Seed) }},
	{"problem", func(p *hashParser, v string) *refusal {
		return named(v, problemNames[:], &p.s.Problem)
	}},
	{"features", (*hashParser).features},
	{"layers", (*hashParser).layers},
	{"acts", (*hashParser).activations},
	{"bias", func(p *hashParser, v string) *refusal {
		bs, r := split(v, ",", core.MaxHiddenLayers+1, func(t string) (bool, *refusal) {
			var on bool
			return on, flagIn(t, &on)
		})
		p.bias = bs
		return r
	}},
	{"init", func(p *hashParser, v string) *refusal { return whole(v, &p.s.InitSeed) }},
	{"lr", func(p *hashParser, v string) *refusal {
		lr, want := 0.0, Want{Lo: "0", Hi: "10", Above: true}
		if r := decimalIn(v, &lr, 0, 10); r != nil {
			return &refusal{r.reason, want}
		}
		if lr == 0 {
			return &refusal{HashOutOfRange, want}
		}
		p.s.LR = lr
		return nil
	}},
	{"batch", func(p *hashParser, v string) *refusal {
		var n uint64
		if r := wholeIn(v, &n, 1, MaxBatch); r != nil {
			return r
		}
		p.s.BatchSize = int(n)
		return nil
	}},
	{"loss", func(p *hashParser, v string) *refusal {
		l, err := core.LossByName(v)
		if err != nil {
			return &refusal{HashUnknownName, choices(core.Losses(), core.Loss.Name)}
		}
		p.s.Loss = l
		return nil
	}},
	{"reg", func(p *hashParser, v string) *refusal { return named(v, regNames[:], &p.s.Reg) }},
	{"rate", func(p *hashParser, v string) *refusal {
		var rate float64
		offered := choices(RegularizationRates, decimal)
		if r := decimalIn(v, &rate, math.Inf(-1), math.Inf(1)); r != nil {
			return &refusal{r.reason, offered}
		}
		if !slices.Contains(RegularizationRates, rate) {
			return &refusal{HashNotOffered, offered}
		}
		p.s.RegRate = rate
		return nil
	}},
	{"discretize", func(p *hashParser, v string) *refusal { return flagIn(v, &p.s.Discretize) }},
	{"showtest", func(p *hashParser, v string) *refusal { return flagIn(v, &p.s.ShowTest) }},
	{"lang", func(p *hashParser, v string) *refusal {
		if _, err := ParseLang(v); err != nil {
			return &refusal{HashUnknownName, choices(Langs(), Lang.Code)}
		}
		p.s.Lang = v
		return nil
	}},
	{"lesson", func(p *hashParser, v string) *refusal {
		var n uint64
		if r := wholeIn(v, &n, 0, MaxLesson); r != nil {
			return &refusal{r.reason, fromTo("1", strconv.Itoa(MaxLesson)).of(WantLesson)}
		}
		p.s.Lesson = int(n)
		return nil
	}},
	{"part", func(p *hashParser, v string) *refusal {
		// A part its lesson lacks, 0 among them, or one that is not a number, is refused
		// by settle, which knows the lesson and says its range: here it stands beyond
		// every lesson's.
		var n uint64
		if r := whole(v, &n); r != nil || n < 1 || n > uint64(maxParts()) {
			p.partNaN = r != nil && r.reason == HashNotNumber
			n = uint64(maxParts()) + 1
		}
		p.s.Part = int(n) - 1
		return nil
	}},
	{"weights", func(p *hashParser, v string) *refusal { p.weights = v; return nil }},
}

// features reads the input features: distinct, in Playground's order.
func (p *hashParser) features(v string) *refusal {
	n := len(featureKeys)
	fs, r := split(v, ",", n, func(t string) (core.Feature, *refusal) {
		i := slices.Index(featureKeys[:], t)
		if i < 0 {
			return 0, &refusal{HashUnknownName, oneOf(featureKeys[:]...)}
		}
		return core.Feature(i), nil
	})
	switch {
	case r != nil:
		return r
	case len(fs) == 0:
		return &refusal{HashWrongCount, fromTo("1", strconv.Itoa(n)).of(WantFeatures)}
	}
	for i := 1; i < len(fs); i++ {
		if fs[i] <= fs[i-1] {
			return &refusal{HashBadOrder, oneOf(featureKeys[:]...).of(WantOrder)}
		}
	}
	p.s.Features = fs
	return nil
}

// layers reads the hidden layers' sizes; "" is no hidden layer.
func (p *hashParser) layers(v string) *refusal {
	units := fromTo("1", strconv.Itoa(core.MaxUnits)).of(WantUnits)
	hs, r := split(v, ",", core.MaxHiddenLayers, func(t string) (int, *refusal) {
		var n uint64
		if r := whole(t, &n); r != nil && r.reason == HashNotNumber {
			return 0, &refusal{HashNotNumber, units}
		}
		if n < 1 || n > core.MaxUnits {
			return 0, &refusal{HashOutOfRange, units}
		}
		return int(n), nil
	})
	if r != nil {
		r.want.Of = cmp.Or(r.want.Of, WantLayers) // a wrong count of hidden layers
		return r
	}
	p.s.Hidden = hs
	return nil
}

// activations reads one activation per Linear layer: a name, "none", or a name with
// its parameters, as "leaky_relu:0.1"; a name alone has PyTorch's defaults.
func (p *hashParser) activations(v string) *refusal {
	acts, r := split(v, ",", core.MaxHiddenLayers+1, func(t string) (core.Activation, *refusal) {
		name, params, _ := strings.Cut(t, ":")
		if t == "none" {
			return nil, nil
		}
		a, err := core.ActivationByName(name)
		if err != nil {
			names := choices(core.Activations(), core.Activation.Name).Choices
			return nil, &refusal{HashUnknownName, oneOf(append([]string{"none"}, names...)...)}
		}
		want := a.Params()
		count := &refusal{HashWrongCount, exactly(len(want)).of(WantParams)}
		switch {
		case !strings.Contains(t, ":"):
			return a, nil
		case params == "":
			return nil, count
		}
		i := 0 // the parameter read next
		values, r := split(params, ":", len(want), func(s string) (float64, *refusal) {
			var x float64
			w := want[i]
			i++
			return x, decimalIn(s, &x, w.Min, w.Max)
		})
		switch {
		case r != nil && r.reason == HashWrongCount, r == nil && len(values) != len(want):
			return nil, count
		case r != nil:
			return nil, r
		}
		a, err = a.WithParams(values...)
		if err != nil {
			return nil, &refusal{HashOutOfRange, Want{}}
		}
		return a, nil
	})
	p.acts = acts
	return r
}

// split reads a list of at most max entries separated by sep ("" is none), refusing a
// longer one before reading it.
func split[T any](v, sep string, max int, read func(string) (T, *refusal)) ([]T, *refusal) {
	if v == "" {
		return nil, nil
	}
	parts := strings.SplitN(v, sep, max+1)
	if len(parts) > max {
		return nil, &refusal{HashWrongCount, fromTo("0", strconv.Itoa(max))}
	}
	out := make([]T, len(parts))
	for i, t := range parts {
		x, r := read(t)
		if r != nil {
			return nil, r
		}
		out[i] = x
	}
	return out, nil
}

// decimalIn reads a plain decimal (core.ParseDecimal) from lo to hi into *dst.
func decimalIn(v string, dst *float64, lo, hi float64) *refusal {
	want := fromTo(decimal(lo), decimal(hi))
	if math.IsInf(lo, 0) {
		want = Want{}
	}
	x, err := core.ParseDecimal(v)
	switch {
	case err != nil && errors.Is(err, core.ErrNotDecimal):
		return &refusal{HashNotNumber, want}
	case err != nil || x < lo || x > hi:
		return &refusal{HashOutOfRange, want}
	}
	*dst = x
	return nil
}

// wholeRange is the range of a whole number such as the seed, as a learner reads it,
// its digits grouped: 18446744073709551615 was twenty digits to count, and 2^64-1 a
// programmer's notation.
var wholeRange = fromTo("0", "18,446,744,073,709,551,615")

// whole reads a whole number, digits only, into *dst; one beyond uint64 is out of
// range.
func whole(v string, dst *uint64) *refusal {
	var n uint64
	if len(v) > 1 && v[0] == '-' && whole(v[1:], &n) == nil {
		if n == 0 { // -0 is 0, as a number box takes it
			*dst = 0
			return nil
		}
		return &refusal{HashOutOfRange, wholeRange} // a number, below 0
	}
	if v == "" || strings.IndexFunc(v, func(r rune) bool { return r < '0' || r > '9' }) >= 0 {
		return &refusal{HashNotNumber, wholeRange}
	}
	n, err := strconv.ParseUint(v, 10, 64)
	if err != nil {
		return &refusal{HashOutOfRange, wholeRange}
	}
	*dst = n
	return nil
}

// wholeIn reads a whole number from lo to hi into *dst.
func wholeIn(v string, dst *uint64, lo, hi uint64) *refusal {
	var n uint64
	want := fromTo(strconv.FormatUint(lo, 10), strconv.FormatUint(hi, 10))
	if r := whole(v, &n); r != nil && r.reason == HashNotNumber {
		return &refusal{HashNotNumber, want}
	} else if r != nil || n < lo || n > hi {
		return &refusal{HashOutOfRange, want}
	}
	*dst = n
	return nil
}

// choices are the values vs a field takes, as text writes them.
func choices[T any](vs []T, text func(T) string) Want {
	names := make([]string, len(vs))
	for i, v := range vs {
		names[i] = text(v)
	}
	return oneOf(names...)
}

// fieldKeys are the fields a link has, in Hash's order.
func fieldKeys() Want { return choices(hashFields, func(f hashField) string { return f.key }) }

// named reads one of names into *dst, its index.
func named[T ~int](v string, names []string, dst *T) *refusal {
	i := slices.Index(names, v)
	if i < 0 {
		return &refusal{HashUnknownName, oneOf(names...)}
	}
	*dst = T(i)
	return nil
}

// flagIn reads "1" or "0" (or "true" or "false", as Playground writes them).
func flagIn(v string, dst *bool) *refusal {
	switch v {
	case "1", "true":
		*dst = true
	case "0", "false":
		*dst = false
	default:
		return &refusal{HashUnknownName, oneOf("0", "1")}
	}
	return nil
}
