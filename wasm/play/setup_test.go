package play

import (
	"bytes"
	"errors"
	"math"
	"slices"
	"strings"
	"testing"

	"nnplay/core"
)

// modelText is the network's model file, which holds every weight exactly.
func modelText(t *testing.T, net *core.Sequential) string {
	t.Helper()
	var b bytes.Buffer
	if err := core.WriteModel(&b, net); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// sameBits reports whether two lists of numbers are the same bit for bit.
func sameBits(a, b []float64) bool {
	return slices.EqualFunc(a, b, func(x, y float64) bool {
		return math.Float64bits(x) == math.Float64bits(y)
	})
}

// edited is a session changed in every way a link carries, and trained a little.
func edited(t *testing.T) *Session {
	t.Helper()
	m := NewSession()
	for _, c := range []Command{
		SetDataKind{Kind: core.Spiral}, SetNoise{Percent: 25}, SetTrainPct{Percent: 70},
		Regenerate{}, SetFeature{Feature: core.SinX1, On: true},
		SetFeature{Feature: core.X1Squared, On: true}, AddLayer{}, AddUnit{Level: 3},
		SetUnits{Level: 1, N: 7}, SetActivation{Layer: 2, Act: core.LeakyReLU{NegativeSlope: 0.2}},
		SetBiasEnabled{Layer: 1, On: false}, SetLR{LR: 0.1}, SetBatch{Size: 7},
		SetLoss{Loss: core.MSELoss{}}, SetRegularization{Reg: RegL2}, SetRegRate{Rate: 0.003},
		SetDiscretize{On: true}, SetShowTest{On: true}, NewSeed{}, Play{On: true},
	} {
		if err := m.Apply(c); err != nil {
			t.Fatalf("%#v: %v", c, err)
		}
	}
	for k := 0; k < 3; k++ {
		m.Tick(clock, 0)
	}
	m.Apply(Play{On: false})
	return m
}

// TestLinkRestoresThePage: a link with weights puts the page it was copied from on a
// new page exactly, weights bit for bit; without weights, everything but the weights,
// which are the ones its seed draws.
func TestLinkRestoresThePage(t *testing.T) {
	m := edited(t)
	m.Share.Weights = true
	link := m.Link()
	if !strings.Contains(link, "&weights=") || !strings.Contains(link, "reg=l2&rate=0.003") {
		t.Fatalf("the link lacks fields: %s", link)
	}
	n := NewSession()
	if err := n.Apply(OpenLink{Hash: "#" + link}); err != nil {
		t.Fatal(err)
	}
	if got := n.Link(); got != link {
		t.Errorf("the opened page's link\n%s\nwant\n%s", got, link)
	}
	if modelText(t, n.Net) != modelText(t, m.Net) || !sameBits(WeightsOf(n.Net), WeightsOf(m.Net)) {
		t.Error("the weights are not the link's")
	}
	if !slices.Equal(n.Train, m.Train) || !slices.Equal(n.Test, m.Test) {
		t.Error("the data are not the link's")
	}
	if n.Epoch() != 0 || n.Trainer.Opt.L2 != 0.003 || n.Trainer.Opt.L1 != 0 || !n.ShowTest ||
		!n.Discretize || n.Problem != Classification {
		t.Errorf("epoch %v, L1 %v, L2 %v, toggles %v %v", n.Epoch(), n.Trainer.Opt.L1,
			n.Trainer.Opt.L2, n.ShowTest, n.Discretize)
	}
	// The same link without weights: the network as its seed draws it, as Reset does.
	m.Share.Weights = false
	bare := NewSession()
	if err := bare.Apply(OpenLink{Hash: m.Link()}); err != nil {
		t.Fatal(err)
	}
	want := NewSession()
	want.Apply(OpenLink{Hash: m.Link()})
	want.Apply(Reset{})
	if !sameBits(WeightsOf(bare.Net), WeightsOf(want.Net)) || bare.Net.String() != m.Net.String() {
		t.Error("a link without weights does not draw them from its seed")
	}
}

// TestHostileLink: a link of markup, absurd numbers and broken fields is refused field by
// field in the page's language, keeps the defaults for those fields, and applies the
// rest; the refusal quotes the markup as text.
func TestHostileLink(t *testing.T) {
	defer speak(English)
	for _, l := range Langs() {
		speak(l)
		m := NewSession()
		m.Apply(SetLR{LR: 1}) // a setting the link does not name goes back to its default
		hash := `#data=<img src=x onerror=alert(1)>&lr=<b>3</b>&layers=3,99&batch=5&` +
			`noise=1e999&%3Cscript%3E=1&lesson=9&weights=AAAA&features=x2,x1&acts=relu,relu,tanh`
		err := m.Apply(OpenLink{Hash: hash})
		var n Notice
		if !errors.As(err, &n) {
			t.Fatalf("%v: the link's refusal is %T %v, want a Notice", l, err, err)
		}
		text := Explain(err)
		for _, want := range []string{"data", "<img src=x onerror=alert(1)>", "<b>3</b>", "layers",
			"noise", "<script>", "lesson", "weights", "features"} {
			if !strings.Contains(text, want) {
				t.Errorf("%v: the refusal %q does not name %q", l, text, want)
			}
		}
		// A field's name reads as the learner would type it, not percent-encoded; a seed's
		// range in words a learner can read.
		if strings.Contains(text, "%3C") {
			t.Errorf("%v: the refusal %q names a field percent-encoded", l, text)
		}
		if l == Korean && !strings.Contains(text, "기본값") {
			t.Errorf("the Korean refusal %q is not Korean", text)
		}
		if m.BatchSize != 5 || m.LR != 0.03 || m.Data.Kind != core.Circle ||
			!slices.Equal(m.Sizes(), []int{2, 4, 2, 1}) || m.Data.Noise != 0 {
			t.Errorf("%v: the good field and the defaults: batch %d lr %v %v %v", l, m.BatchSize,
				m.LR, m.Data.Kind, m.Sizes())
		}
		err = m.Apply(OpenLink{Hash: "#seed=99999999999999999999999"})
		// Grouped digits, not twenty to count nor "2^64-1" (look8: programmer notation).
		if seed := Explain(err); strings.Contains(seed, "18446744073709551615") ||
			strings.Contains(seed, "^") || !strings.Contains(seed, "18,446,744,073,709,551,615") {
			t.Errorf("%v: the seed's refusal %q", l, seed)
		}
	}
}

// TestHashReasonsSaid: every reason a field of a link is refused for has its words.
func TestHashReasonsSaid(t *testing.T) {
	for r := HashReason(0); r < hashReasons; r++ {
		for _, l := range Langs() {
			e := HashError{Field: "f", Value: "v", Reason: r, Want: fromTo("1", "2")}
			if r == HashUnknownField { // says its name and the fields, not its value
				e.Field, e.Want = "zz", fieldKeys()
			}
			got := e.In(l)
			if !strings.Contains(got, SayIn(l, hashReasonWords[r])) &&
				r != HashUnknownField || !strings.Contains(got, SayIn(l, WantFromTo, "1", "2")) &&
				r != HashUnknownField || !strings.Contains(got, e.Field) || hashReasonWords[r] == 0 {
				t.Errorf("%v in %v reads %q", r, l, got)
			}
			if r == HashUnknownField && !strings.Contains(got, "data, noise, train, seed") {
				t.Errorf("%v in %v does not list the link's fields: %q", r, l, got)
			}
		}
	}
}

// TestCopyLink: the clipboard's answer says so, and a refusal shows the link in a box.
func TestCopyLink(t *testing.T) {
	m := NewSession()
	m.Apply(SetPageAddress{URL: "http://h/index.html#old=1"})
	if got := m.ShareURL(); got != "http://h/index.html#"+m.Link() {
		t.Errorf("the link is %s", got)
	}
	if err := m.Apply(Copied{OK: true, URL: "u"}); !strings.Contains(Explain(err), "Copied") ||
		m.Share.Fallback != "" {
		t.Errorf("copied: %v, box %q", err, m.Share.Fallback)
	}
	if err := m.Apply(Copied{OK: false, URL: "u"}); !strings.Contains(Explain(err), "box") ||
		m.Share.Fallback != "u" {
		t.Errorf("refused: %v, box %q", err, m.Share.Fallback)
	}
	if err := m.Apply(AskExport{Kind: "url"}); err != nil || m.PendingExport() != "url" ||
		m.PendingExport() != "" {
		t.Errorf("asking for the link: %v", err)
	}
	if m.Apply(AskExport{Kind: "<b>"}) == nil {
		t.Error("an unknown export is asked for")
	}
}

// TestALinkFromDiskSaysItOpensHereOnly: Copy link on a page opened from disk copies a
// file:// link, which opens only on this computer; beside the button the page says so,
// in both languages, whether the clipboard took it or not (look10: it said nothing), and
// names the address's start. So does a page served by this computer itself, as `make
// run` serves it (http://127.0.0.1:8080, README): its links open here only as well, and it
// said nothing (review19). Over http(s) from another computer it says nothing of the kind.
func TestALinkFromDiskSaysItOpensHereOnly(t *testing.T) {
	defer speak(English)
	for url, here := range map[string]string{
		"file:///home/k/nnplay/index.html": "file://",
		"http://127.0.0.1:8080/index.html": "http://127.0.0.1:8080",
		"http://localhost:8080/?a=1":       "http://localhost:8080",
		"http://[::1]:8080/":               "http://[::1]:8080",
		"HTTPS://127.0.1.1/nnplay/":        "https://127.0.1.1",
		"https://h/nnplay/":                "", "HTTPS://H/": "",
		"http://192.168.0.7:8080/": "", "http://127.example.org/": "",
		"http://localhost.example.org/": "",
	} {
		for _, l := range Langs() {
			speak(l)
			m := NewSession()
			apply(t, m, SetPageAddress{URL: url})
			for _, ok := range []bool{true, false} {
				said := Explain(m.Apply(Copied{OK: ok, URL: m.ShareURL()}))
				alone := map[bool]string{true: Say(LinkCopied), false: Say(LinkCopyRefused)}[ok]
				if here == "" && said != alone ||
					here != "" && !strings.Contains(said, Say(LinkOnlyHere, here)) {
					t.Errorf("%s in %v (copied %v): %q", url, l, ok, said)
				}
			}
		}
	}
}

// TestLinkKeepsItsWeights: a page opened by a link with weights keeps them in its
// address and in the link it copies, and one opened by a link without weights leaves
// them out; before, the address lost the weights as soon as the page opened.
func TestLinkKeepsItsWeights(t *testing.T) {
	m := edited(t)
	m.Share.Weights = true
	with := m.Link()
	n := NewSession()
	if err := n.Apply(OpenLink{Hash: "#" + with}); err != nil {
		t.Fatal(err)
	}
	if got := n.Link(); got != with || !n.Share.Weights {
		t.Errorf("a page opened with weights links to\n%s\nwant\n%s", got, with)
	}
	m.Share.Weights = false
	if err := n.Apply(OpenLink{Hash: "#" + m.Link()}); err != nil {
		t.Fatal(err)
	}
	if n.Share.Weights || strings.Contains(n.Link(), "weights=") {
		t.Errorf("a page opened without weights links to %s", n.Link())
	}
}

// TestNewNetworkForgetsTheOld: a link, a model file and a preset put a new network on the
// page the same way: training starts at epoch 0, the Step, the hover and the biases kept
// while off are forgotten, and a selection the new network has not goes back to its
// first unit. (A preset kept the hover on a unit its network may not have.)
func TestNewNetworkForgetsTheOld(t *testing.T) {
	_, small, _, _ := NewSession().ExportText("model") // 2-4-2-1
	for _, c := range []struct {
		name string
		cmd  Command
	}{
		{"a model file", LoadFile{Kind: ModelFile, Name: "m.json", Text: small}},
		{"a link", ApplySetup{Setup: NewSession().Setup(false)}},
		{"a preset", UsePreset{Index: 0}},
	} {
		m := edited(t) // bias off in layer 1, 7 units in level 1
		apply(t, m, Select{Unit: Unit{Level: 1, Index: 6}}, StepPhase{},
			SetHover{Hover: Hover{On: true, Unit: Unit{Level: 3, Index: 1}}})
		if m.Trainer.Epoch == 0 || !m.Anim.Playing() && m.Anim.Record == nil ||
			len(m.stash) == 0 {
			t.Fatalf("%s: the old page is not at work: epoch %d, anim %+v, stash %v", c.name,
				m.Trainer.Epoch, m.Anim, m.stash)
		}
		if err := m.Apply(c.cmd); err != nil && !errors.As(err, new(Notice)) {
			t.Fatalf("%s: %v", c.name, err)
		}
		if m.Trainer.Epoch != 0 || m.Anim.Record != nil || m.Anim.Playing() ||
			len(m.stash) != 0 || m.Selected != (Unit{Level: 1}) || m.Hover != (Hover{}) {
			t.Errorf("%s kept the old network's epoch %d, anim %+v, stash %v, selection %v, "+
				"hover %+v", c.name, m.Trainer.Epoch, m.Anim, m.stash, m.Selected, m.Hover)
		}
	}
}

// TestPresetIsFreshlyDrawn: a preset is its network drawn from the page's seed with
// Playground's init, over the page's features, and trains from epoch 0.
func TestPresetIsFreshlyDrawn(t *testing.T) {
	for i, p := range Presets() {
		m := edited(t) // four features, another seed
		if err := m.Apply(UsePreset{Index: i}); err != nil {
			t.Fatal(err)
		}
		sizes := append([]int{len(m.Features)}, p.Sizes[1:]...)
		want := core.MLP(sizes, p.Hidden, p.Output, core.InitPlayground, m.InitSeed)
		if got, w := modelText(t, m.Net), modelText(t, want); got != w {
			t.Errorf("preset %d: the network is\n%s\nwant\n%s", i, got, w)
		}
		if m.Trainer.Net != m.Net || m.Trainer.Epoch != 0 || m.SamplesSeen != 0 ||
			len(m.XTrain[0]) != len(m.Features) {
			t.Errorf("preset %d: the trainer is not the new network's at epoch 0", i)
		}
	}
}
