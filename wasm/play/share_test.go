package play

import (
	"encoding/base64"
	"encoding/binary"
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"nnplay/core"
)

// odd is a setup far from the default in every field, with weights.
func odd() Setup {
	s := DefaultSetup()
	s.Data = DataConfig{Kind: core.MultiGauss, Noise: 35, TrainPct: 70, Seed: 1<<64 - 1}
	s.Problem = Regression
	s.Features = []core.Feature{core.X1, core.X1Squared, core.X1X2, core.SinX2}
	s.Hidden = []int{8, 1, 3}
	s.Acts = []core.Activation{core.LeakyReLU{NegativeSlope: -0.3}, core.Softplus{Beta: 0.5,
		Threshold: 7}, core.ELU{Alpha: 2.5}, nil}
	s.Bias = []bool{true, false, true, false}
	s.InitSeed = 42
	s.LR = 0.00001
	s.BatchSize = 30
	s.Loss = core.MSELoss{}
	s.Reg, s.RegRate = RegL1, 3
	s.Discretize, s.ShowTest = true, true
	s.Lesson = MaxLesson
	s.Lang = "ko"
	s.Weights = WeightsOf(s.Network())
	s.Weights[0] = math.Copysign(0, -1)
	s.Weights[1] = 5e-324
	s.Weights[2] = -1e300
	return s
}

func sameSetup(a, b Setup) bool {
	return a.Hash() == b.Hash() && len(a.Weights) == len(b.Weights) &&
		slices.EqualFunc(a.Weights, b.Weights, func(x, y float64) bool {
			return math.Float64bits(x) == math.Float64bits(y)
		})
}

func TestSetupRoundTrip(t *testing.T) {
	deep := DefaultSetup()
	deep.Features = core.AllFeatures()
	deep.Hidden = []int{8, 8, 8, 8, 8, 8, 8, 8}
	deep.Acts = slices.Repeat([]core.Activation{core.GELU{}}, 9)
	deep.Bias = slices.Repeat([]bool{true}, 9)
	deep.Weights = WeightsOf(deep.Network())
	flat := DefaultSetup()
	flat.Hidden, flat.Acts, flat.Bias = nil, []core.Activation{core.Sigmoid{}}, []bool{false}
	flat.Weights = []float64{1.5, -2.25}
	withWeights := DefaultSetup()
	withWeights.Weights = WeightsOf(NewSession().Net)
	for name, s := range map[string]Setup{"default": DefaultSetup(), "odd": odd(), "deep": deep,
		"no hidden layer": flat, "default with weights": withWeights} {
		h := s.Hash()
		if strings.ContainsAny(h, "#<>\"' ") {
			t.Errorf("%s: the hash has characters a link should not: %s", name, h)
		}
		for _, hash := range []string{h, "#" + h} {
			got, errs := ParseHash(hash)
			if len(errs) > 0 {
				t.Errorf("%s: %v", name, errs)
			}
			if !sameSetup(got, s) {
				t.Errorf("%s: decoded\n%s\nwant\n%s", name, got.Hash(), h)
			}
		}
		if errs := s.Check(); len(errs) > 0 {
			t.Errorf("%s: Check: %v", name, errs)
		}
	}
}

// TestDefaultSetupIsTheSession: the default link describes the page as it opens, and
// its network without weights is the one NewSession and Reset draw.
func TestDefaultSetupIsTheSession(t *testing.T) {
	s, m := DefaultSetup(), NewSession()
	if s.Data != m.Data || !slices.Equal(s.Features, m.Features) || s.InitSeed != m.InitSeed ||
		s.LR != m.LR || s.BatchSize != m.BatchSize || s.Loss != m.Loss {
		t.Errorf("the default setup %s differs from the new session", s.Hash())
	}
	net := s.Network()
	if net.String() != m.Net.String() || !slices.Equal(WeightsOf(net), WeightsOf(m.Net)) {
		t.Errorf("the default network\n%v\nis not the session's\n%v", net, m.Net)
	}
	if got, errs := ParseHash(""); len(errs) > 0 || !sameSetup(got, s) {
		t.Errorf("an empty hash gives %s, %v", got.Hash(), errs)
	}
}

// TestNetworkFromSetup: the weights a link carries land in every parameter, bit for
// bit, and the bias switches and activations are the link's.
func TestNetworkFromSetup(t *testing.T) {
	s := odd()
	net := s.Network()
	if got := net.Sizes(); !slices.Equal(got, []int{4, 8, 1, 3, 1}) {
		t.Fatalf("sizes %v", got)
	}
	if !sameSetup(Setup{Weights: WeightsOf(net)}, Setup{Weights: s.Weights}) {
		t.Error("the network's parameters are not the link's weights")
	}
	for l, layer := range net.Layers {
		if layer.Linear.HasBias() != s.Bias[l] || layer.Act != s.Acts[l] {
			t.Errorf("layer %d: bias %v act %v, want %v %v", l, layer.Linear.HasBias(),
				layer.Act, s.Bias[l], s.Acts[l])
		}
	}
	if len(s.Weights) != s.WeightCount() {
		t.Errorf("WeightCount %d, want %d", s.WeightCount(), len(s.Weights))
	}
}

func f64s(vs ...float64) string {
	b := make([]byte, 8*len(vs))
	for i, v := range vs {
		binary.LittleEndian.PutUint64(b[8*i:], math.Float64bits(v))
	}
	return base64.RawURLEncoding.EncodeToString(b)
}

// TestParseHashRefuses checks that each bad field is refused alone, with its field,
// reason and what it wants, while the good fields beside it apply.
func TestParseHashRefuses(t *testing.T) {
	ok25 := f64s(slices.Repeat([]float64{0.5}, 25)...)
	nan25 := f64s(append(slices.Repeat([]float64{0.5}, 24), math.NaN())...)
	type refusal struct {
		field  string
		reason HashReason
	}
	cases := []struct {
		hash  string
		want  []refusal
		check func(s Setup) bool
	}{
		{"lr=abc&batch=12", []refusal{{"lr", HashNotNumber}},
			func(s Setup) bool { return s.LR == 0.03 && s.BatchSize == 12 }},
		{"lr=0", []refusal{{"lr", HashOutOfRange}}, nil},
		{"lr=11", []refusal{{"lr", HashOutOfRange}}, nil},
		{"lr=1e999", []refusal{{"lr", HashOutOfRange}}, nil},
		{"lr=0x1p-3", []refusal{{"lr", HashNotNumber}}, nil},
		{"lr=%D9%A3", []refusal{{"lr", HashNotNumber}}, nil},
		{"lr=%zz&noise=5", []refusal{{"lr", HashBadEscape}},
			func(s Setup) bool { return s.Data.Noise == 5 }},
		{"lr=0.1&lr=0.3", []refusal{{"lr", HashRepeated}}, func(s Setup) bool { return s.LR == 0.1 }},
		{"lr", []refusal{{"lr", HashNotNumber}}, nil},
		{"noise=-5", []refusal{{"noise", HashOutOfRange}}, nil},
		{"noise=NaN", []refusal{{"noise", HashNotNumber}}, nil},
		{"train=95", []refusal{{"train", HashOutOfRange}}, nil},
		{"seed=-1", []refusal{{"seed", HashOutOfRange}}, nil},
		{"seed=18446744073709551616", []refusal{{"seed", HashOutOfRange}}, nil},
		{"init=+3", []refusal{{"init", HashNotNumber}}, nil},
		{"data=moon", []refusal{{"data", HashUnknownName}}, nil},
		{"lang=fr", []refusal{{"lang", HashUnknownName}}, func(s Setup) bool { return s.Lang == "" }},
		{"lang=ko", nil, func(s Setup) bool { return s.Lang == "ko" }},
		{"problem=regression", nil, func(s Setup) bool { return s.Data.Kind == core.Plane }},
		{"problem=regression&data=circle", []refusal{{"data", HashMismatch}},
			func(s Setup) bool { return s.Data.Kind == core.Plane && s.Problem == Regression }},
		{"problem=maybe", []refusal{{"problem", HashUnknownName}}, nil},
		{"features=x1,x1", []refusal{{"features", HashBadOrder}}, nil},
		{"features=x2,x1", []refusal{{"features", HashBadOrder}}, nil},
		{"features=", []refusal{{"features", HashWrongCount}}, nil},
		{"features=x1,z", []refusal{{"features", HashUnknownName}}, nil},
		{"features=sinx2", nil, func(s Setup) bool { return s.Features[0] == core.SinX2 }},
		{"layers=9", []refusal{{"layers", HashOutOfRange}},
			func(s Setup) bool { return slices.Equal(s.Hidden, []int{4, 2}) }},
		{"layers=1,2,3,4,5,6,7,8,1", []refusal{{"layers", HashWrongCount}}, nil},
		{"layers=4,,2", []refusal{{"layers", HashNotNumber}}, nil},
		{"layers=&acts=relu&bias=0", nil, func(s Setup) bool {
			return len(s.Hidden) == 0 && s.Acts[0] == core.ReLU{} && !s.Bias[0]
		}},
		{"layers=", nil, func(s Setup) bool { return len(s.Acts) == 1 && len(s.Bias) == 1 }},
		{"layers=3", []refusal{}, func(s Setup) bool { return len(s.Acts) == 2 }},
		{"acts=relu", []refusal{{"acts", HashWrongCount}},
			func(s Setup) bool { return s.Acts[0] == core.Tanh{} }},
		{"acts=relu,foo,tanh", []refusal{{"acts", HashUnknownName}}, nil},
		{"acts=leaky_relu:5,tanh,tanh", []refusal{{"acts", HashOutOfRange}}, nil},
		{"acts=leaky_relu:x,tanh,tanh", []refusal{{"acts", HashNotNumber}}, nil},
		{"acts=tanh:1,tanh,tanh", []refusal{{"acts", HashWrongCount}}, nil},
		{"acts=leaky_relu,none,softplus", nil, func(s Setup) bool {
			return s.Acts[0] == core.DefaultLeakyReLU && s.Acts[1] == nil &&
				s.Acts[2] == core.DefaultSoftplus
		}},
		{"bias=1,0", []refusal{{"bias", HashWrongCount}}, nil},
		{"bias=1,2,1", []refusal{{"bias", HashUnknownName}}, nil},
		{"batch=0", []refusal{{"batch", HashOutOfRange}}, nil},
		{"batch=31", []refusal{{"batch", HashOutOfRange}}, nil},
		{"batch=1.5", []refusal{{"batch", HashNotNumber}}, nil},
		{"batch=99999999999999999999999", []refusal{{"batch", HashOutOfRange}}, nil},
		{"loss=l2", []refusal{{"loss", HashUnknownName}}, nil},
		{"reg=l3", []refusal{{"reg", HashUnknownName}}, nil},
		{"rate=0.002", []refusal{{"rate", HashNotOffered}}, nil},
		{"reg=l2&rate=0.3", nil, func(s Setup) bool { return s.Reg == RegL2 && s.RegRate == 0.3 }},
		{"discretize=yes", []refusal{{"discretize", HashUnknownName}}, nil},
		{"discretize=true&showtest=1", nil, func(s Setup) bool { return s.Discretize && s.ShowTest }},
		{"lesson=7", []refusal{{"lesson", HashOutOfRange}}, nil},
		{"lesson=3", nil, func(s Setup) bool { return s.Lesson == 3 }},
		{"weights=AAAA", []refusal{{"weights", HashWrongCount}}, nil},
		{"weights=" + ok25, nil, func(s Setup) bool { return len(s.Weights) == 25 }},
		{"weights=" + nan25, []refusal{{"weights", HashBadWeights}}, nil},
		{"weights=" + strings.Repeat("!", len(ok25)), []refusal{{"weights", HashBadWeights}}, nil},
		{"layers=9&weights=" + ok25, []refusal{{"layers", HashOutOfRange},
			{"weights", HashNeedsNetwork}}, func(s Setup) bool { return s.Weights == nil }},
		{"bias=1,1,0&weights=" + ok25, []refusal{{"weights", HashWrongCount}}, nil},
		{"foo=1&lr=0.3", []refusal{{"foo", HashUnknownField}},
			func(s Setup) bool { return s.LR == 0.3 }},
		{"&&&lr=0.3&&", nil, func(s Setup) bool { return s.LR == 0.3 }},
		{"lr=<script>alert(1)</script>", []refusal{{"lr", HashNotNumber}}, nil},
		{strings.Repeat("x", MaxHashLength+1), []refusal{{"", HashTooLong}}, nil},
		{strings.Repeat("a=1&", maxHashFields+5), nil, nil}, // checked below
	}
	for _, c := range cases {
		s, errs := ParseHash(c.hash)
		label := c.hash
		if len(label) > 60 {
			label = label[:60] + "..."
		}
		if c.want != nil {
			var got []refusal
			for _, e := range errs {
				got = append(got, refusal{e.Field, e.Reason})
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("%q: refusals %v, want %v (%v)", label, got, c.want, errs)
			}
		}
		if c.check != nil && !c.check(s) {
			t.Errorf("%q: the setup is %s", label, s.Hash())
		}
		if errs := s.Check(); len(errs) > 0 {
			t.Errorf("%q: the decoded setup is not valid: %v", label, errs)
		}
		for _, e := range errs {
			if e.Error() == "" || !strings.Contains(e.Error(), e.Reason.String()) ||
				utf8.RuneCountInString(e.Value) > maxValueRunes || !utf8.ValidString(e.Value) {
				t.Errorf("%q: error %#v reads %q", label, e, e.Error())
			}
		}
	}
	_, errs := ParseHash(strings.Repeat("a=1&", maxHashFields+5))
	if len(errs) != maxHashFields+1 || errs[len(errs)-1].Reason != HashTooManyFields {
		t.Errorf("too many fields: %d errors, the last %v", len(errs), errs[len(errs)-1])
	}
}

// TestHashErrorSays checks the English message, and that the value is clipped to
// whole characters.
func TestHashErrorSays(t *testing.T) {
	_, errs := ParseHash("lr=" + strings.Repeat("가", 100))
	if len(errs) != 1 {
		t.Fatal(errs)
	}
	e := errs[0]
	if utf8.RuneCountInString(e.Value) != maxValueRunes || !strings.HasSuffix(e.Value, "...") {
		t.Errorf("value %q", e.Value)
	}
	_, errs = ParseHash("lr=" + strings.Repeat("\U0001F600", 100))
	if v := errs[0].Value; utf8.RuneCountInString(v) != maxValueRunes || !strings.HasSuffix(v, "...") {
		t.Errorf("value %q", v)
	}
	_, errs = ParseHash("problem=classification&data=plane")
	if got := errs[0].Want.String(); got != "circle|xor|gauss|spiral" {
		t.Errorf("a data set of the other problem wants %q", got)
	}
	_, errs = ParseHash("batch=40")
	if got := errs[0].Error(); got != `link field "batch": "40" is out of range (want 1..30)` {
		t.Errorf("message %q", got)
	}
	// A list of the wrong length is quoted as given, not as a count (look6 read
	// `acts "1 entries" has the wrong number of entries`).
	for link, value := range map[string]string{"acts=relu": "relu", "bias=1,0": "1,0"} {
		_, errs = ParseHash(link)
		if len(errs) != 1 || errs[0].Value != value {
			t.Errorf("%s is refused as %v, want the value %q quoted", link, errs, value)
		}
	}
	for r := HashReason(0); r < hashReasons; r++ {
		if s := r.String(); s == "" || strings.HasPrefix(s, "HashReason(") {
			t.Errorf("reason %d has no words", r)
		}
	}
}

// TestSetupCheck: a page state a link cannot carry is found before it is shared.
func TestSetupCheck(t *testing.T) {
	s := DefaultSetup()
	s.Hidden = []int{4, 9}
	s.LR = math.NaN()
	s.Weights = []float64{1}
	var fields []string
	for _, e := range s.Check() {
		fields = append(fields, e.Field)
	}
	if !slices.Equal(fields, []string{"layers", "lr", "weights"}) {
		t.Errorf("Check refuses %v", fields)
	}
}

// TestLinkLength reports what a link to the default network with its weights weighs.
func TestLinkLength(t *testing.T) {
	s := DefaultSetup()
	s.Weights = WeightsOf(NewSession().Net)
	h := s.Hash()
	t.Logf("default network with weights: %d characters after '#':\n#%s", len(h), h)
	if len(h) > 500 {
		t.Errorf("the default link weighs %d characters", len(h))
	}
	if longest := len(odd().Hash()); longest > MaxHashLength {
		t.Errorf("a valid link of %d characters exceeds MaxHashLength", longest)
	}
}

// TestLargestLinkFits: the largest network a link carries, with weights, is within
// MaxHashLength, so every valid setup can be shared.
func TestLargestLinkFits(t *testing.T) {
	s := DefaultSetup()
	s.Data.Seed, s.InitSeed = 1<<64-1, 1<<64-1
	s.Features = core.AllFeatures()
	s.Hidden = slices.Repeat([]int{core.MaxUnits}, core.MaxHiddenLayers)
	s.Acts = slices.Repeat([]core.Activation{core.Softplus{Beta: 0.123456789, Threshold: 12.3456789}},
		core.MaxHiddenLayers+1)
	s.Bias = slices.Repeat([]bool{true}, core.MaxHiddenLayers+1)
	s.Weights = WeightsOf(s.Network())
	h := s.Hash()
	if len(h) > MaxHashLength {
		t.Errorf("the largest link has %d characters, more than MaxHashLength %d", len(h), MaxHashLength)
	}
	if _, errs := ParseHash(h); len(errs) > 0 {
		t.Error(errs)
	}
}

// FuzzParseHash: whatever the hash, decoding never panics, its refusals are bounded
// and readable, and it gives a valid setup that builds a network and survives a round
// trip unchanged.
func FuzzParseHash(f *testing.F) {
	f.Add(DefaultSetup().Hash())
	f.Add(odd().Hash())
	f.Add("#lesson=3")
	f.Add("layers=9&weights=AAAA&acts=leaky_relu:5&lr=%zz")
	f.Add("features=x1,sinx2&layers=&acts=softplus:1:20&bias=0&weights=" + f64s(1, 2))
	f.Fuzz(func(t *testing.T, hash string) {
		s, errs := ParseHash(hash)
		if len(errs) > maxHashFields+2 {
			t.Fatalf("%d refusals", len(errs))
		}
		for _, e := range errs {
			if utf8.RuneCountInString(e.Value) > maxValueRunes || e.Error() == "" {
				t.Fatalf("refusal %#v", e)
			}
		}
		if errs := s.Check(); len(errs) > 0 {
			t.Fatalf("decoded an invalid setup %s: %v", s.Hash(), errs)
		}
		again, errs := ParseHash(s.Hash())
		if len(errs) > 0 || !sameSetup(again, s) {
			t.Fatalf("round trip of %s: %v", s.Hash(), errs)
		}
		net := s.Network()
		want := append(append([]int{len(s.Features)}, s.Hidden...), 1)
		if !slices.Equal(net.Sizes(), want) {
			t.Fatalf("network sizes %v, want %v", net.Sizes(), want)
		}
	})
}

// TestLinkRefusalsInPlainWords: a refused link's ranges read as a learner reads them
// ("from 0 to 6", "more than 0, at most 10"), a refused unknown field is quoted as what
// it is, and "-0" is 0, as a number box takes it (look10: "allowed: (0, 10]",
// `<script>alert(1)</script> "" is not a field of a link`, lesson "-0" out of 0..6).
func TestLinkRefusalsInPlainWords(t *testing.T) {
	for hash, want := range map[string][2]string{
		"seed=-1": {"seed “-1” is out of range (allowed: from 0 to " +
			"18,446,744,073,709,551,615)", "0부터"},
		"lr=1e400": {"lr “1e400” is out of range (allowed: more than 0, at most 10)",
			"0보다 크고 10 이하"},
		"lesson=2&part=9": {"part “9” is out of range (this lesson's parts: from 1 to 3)",
			"1부터 3까지"},
		// The fields a link has are listed, plainly (review17: they were dropped).
		"<script>alert(1)</script>": {"“<script>alert(1)</script>” is not a field of a link " +
			"(its fields: data, noise, train, seed, problem,", "(링크의 필드: data, noise, train,"},
		"reg=x": {"reg “x” is not a known name (allowed: none, l1, l2)", "none, l1, l2"},
	} {
		_, errs := ParseHash(hash)
		en, ko := fieldErrors(errs).In(English), fieldErrors(errs).In(Korean)
		if !strings.Contains(en, want[0]) || !strings.Contains(ko, want[1]) ||
			strings.Contains(en, "“”") {
			t.Errorf("%s says %q and %q", hash, en, ko)
		}
	}
	for _, hash := range []string{"lesson=-0", "seed=-0", "part=-00&lesson=0"} {
		if s, errs := ParseHash(hash); len(errs) > 0 && errs[0].Field != "part" || s.Lesson != 0 {
			t.Errorf("%s: refused %v", hash, errs)
		}
	}
}

// TestRefusalsCarryWhatTheyWant: a refusal keeps its range, count or choices as data,
// and its words are written from them: the page once parsed the "0..6" and "(0, 10]" the
// parser had written (review17), so a choice that reads as a range was said as one.
func TestRefusalsCarryWhatTheyWant(t *testing.T) {
	for hash, want := range map[string]Want{
		"batch=40":       {Lo: "1", Hi: "30"},
		"lr=0":           {Lo: "0", Hi: "10", Above: true},
		"reg=x":          {Choices: []string{"none", "l1", "l2"}},
		"acts=tanh":      {Lo: "3", Hi: "3", Of: WantPerLayer},
		"seed=-1":        {Lo: "0", Hi: "18,446,744,073,709,551,615"},
		"features=x2,x1": {Choices: featureKeys[:], Of: WantOrder},
		"showtest=2":     {Choices: []string{"0", "1"}},
	} {
		if _, errs := ParseHash(hash); len(errs) != 1 || !reflect.DeepEqual(errs[0].Want, want) {
			t.Errorf("%s: refused %+v, want %+v", hash, errs, want)
		}
	}
	for w, words := range map[*Want][2]string{
		{Choices: []string{"0..1", "(0, 10]"}}: {"0..1, (0, 10]", "0..1, (0, 10]"},
		{Lo: "1", Hi: "1"}:                     {"(allowed: 1)", "(가능한 값: 1)"},
		{Lo: "0.01", Hi: "100"}:                {"from 0.01 to 100", "0.01부터 100까지"},
	} {
		e := HashError{Field: "f", Value: "v", Reason: HashOutOfRange, Want: *w}
		if en, ko := e.In(English), e.In(Korean); !strings.Contains(en, words[0]) ||
			!strings.Contains(ko, words[1]) {
			t.Errorf("%+v reads %q and %q", *w, en, ko)
		}
	}
}

// TestUnknownFieldsListTheFieldsOnce: a TensorFlow Playground link pasted on the page has
// a dozen fields this page does not know, and each refusal listed the link's 21 fields
// again, a status line of 4,393 characters (review19). The unknown fields are named
// together, the list said once.
func TestUnknownFieldsListTheFieldsOnce(t *testing.T) {
	hash := "activation=tanh&batchSize=10&dataset=circle&noise=0&learningRate=0.03"
	_, errs := ParseHash(hash)
	for _, l := range Langs() {
		said := fieldErrors(errs).In(l)
		if n := strings.Count(said, "data, noise, train"); n != 1 {
			t.Errorf("%s: the fields are listed %d times: %s", l.Code(), n, said)
		}
		for _, f := range []string{"“activation”", "“batchSize”", "“dataset”", "“learningRate”"} {
			if !strings.Contains(said, f) {
				t.Errorf("%s: %s is not named: %s", l.Code(), f, said)
			}
		}
	}
	if said := fieldErrors(errs).In(English); !strings.Contains(said, "are not fields of a link") {
		t.Errorf("several unknown fields read %q", said)
	}
}
