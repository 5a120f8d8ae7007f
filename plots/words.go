package plots

import (
	"errors"
	"fmt"
	"slices"
	"sync"

	"golang.org/x/image/font/opentype"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"

	"nnplay/core"
)

// Figures write their words in English (language "en", the default) or Korean ("ko"),
// the page's two languages: the figure options' Lang. gonum draws each text in one font,
// and the Liberation fonts have no Hangul, so a Korean figure draws all its text in the
// Korean font, which its caller registers first with UseKoreanFont (the page's figure
// module and plotgen pass the page's subset of Noto Sans CJK KR, which holds printable
// ASCII too). Korean follows the page's words (wasm/play's table).

// word is one text of the figures, written in fmt's verbs; Korean may reorder the
// arguments with %[n]v.
type word int

const (
	fAndDerivative word = iota
	zMarks
	highlightedZ
	deadNote
	leakyNote
	saturatedNote
	activeBand
	saturatedBand
	deadBand
	leakyBand
	galleryTitle
	vanishingTitle
	layerAxis
	gradNormAxis
	aboutFlat
	smallerPerLayer
	deadAfterEpochs
	learningRateLogAxis
	deadShareAxis
	deadDuringTraining
	epochAxis
	deadReLUTitle
	raceTitle
	trainingLossAxis
	lossNeverBelow
	lossBelowAt
	wordCount
)

var words = [wordCount]struct{ en, ko string }{
	fAndDerivative: {"f(z) and f′(z)", "f(z)와 f′(z)"},
	zMarks:         {"z marks (%d) on f(z) and f′(z)", "f(z)와 f′(z) 위의 z 값 (%d개)"},
	highlightedZ:   {"highlighted z on f(z) and f′(z)", "f(z)와 f′(z) 위의 강조한 z"},
	deadNote:       {"inactive: f′(z) = 0, no gradient", "비활성: f′(z) = 0, 기울기 없음"},
	leakyNote: {"leaky: f′(z) = %g, small but never 0",
		"작은 기울기: f′(z) = %g, 작지만 0이 아님"},
	saturatedNote: {"saturated: flat toward a bound", "포화: 한계값 쪽으로 평평함"},
	activeBand:    {"active", "활성"},
	saturatedBand: {"saturated", "포화"},
	deadBand:      {"inactive", "비활성"},
	leakyBand:     {"leaky", "작은 기울기"},
	galleryTitle: {"Activations f(z), solid, and their derivatives f′(z), dashed; " +
		"shaded: saturated (yellow), inactive (grey), leaky (blue)",
		"활성화 함수 f(z)(실선)와 도함수 f′(z)(점선). " +
			"음영: 포화(노랑), 비활성(회색), 작은 기울기(파랑)"},
	vanishingTitle: {"Gradient size per layer: %d hidden layers of %d, %v init",
		"층마다 기울기의 크기: 은닉층 %d개, 층마다 유닛 %d개, %v 초기화"},
	layerAxis:    {"layer (1 = next to the input)", "층 (1 = 입력 바로 다음)"},
	gradNormAxis: {"norm of dL/dW (log scale)", "dL/dW의 노름 (로그 눈금)"},
	aboutFlat:    {"%v: about flat (%.1fx per layer)", "%v: 거의 평평함 (층마다 %.1f배)"},
	smallerPerLayer: {"%v: %.1fx smaller per layer toward the input",
		"%v: 입력 쪽으로 층마다 %.1f배 작아짐"},
	deadAfterEpochs: {"After %d epochs on %v, mean of %d seeds",
		"%[2]v 데이터에서 %[1]d 에포크 뒤, 시드 %[3]d개의 평균"},
	learningRateLogAxis: {"learning rate (log scale)", "학습률 (로그 눈금)"},
	deadShareAxis: {"hidden units dead on every point",
		"모든 점에서 죽은 은닉 유닛의 비율"},
	deadDuringTraining: {"During training at learning rate %g", "학습률 %g로 학습하는 동안"},
	epochAxis:          {"epoch", "에포크"},
	deadReLUTitle: {"Dead ReLU units in Net B (%s): " +
		"large steps kill ReLU units, LeakyReLU keeps them alive",
		"Net B(%s)의 죽은 ReLU 유닛: " +
			"큰 업데이트는 ReLU 유닛을 죽이고, LeakyReLU는 살려 둡니다"},
	raceTitle: {"Activation race on %v: %s network, learning rate %g, batch 10",
		"%v 데이터에서 활성화 함수 경주: %s 신경망, 학습률 %g, 배치 10"},
	trainingLossAxis: {"training loss (mean of %s)", "학습 손실 (%s의 평균)"},
	lossNeverBelow:   {"%v: loss never below 0.05", "%v: 손실이 0.05 아래로 내려가지 않음"},
	lossBelowAt: {"%v: loss below 0.05 at epoch %d",
		"%v: 에포크 %d에서 손실이 0.05 아래"},
}

// Langs are the languages of the figures' words, by code.
var Langs = []string{"en", "ko"}

// lang is the language of a figure's words.
type lang struct{ korean bool }

// langOf reads a figure's language: "" or "en" for English, "ko" for Korean, which
// needs the Korean font.
func langOf(code string) (lang, error) {
	switch code {
	case "", "en":
		return lang{}, nil
	case "ko":
		if !font.DefaultCache.Has(koreanFont) {
			return lang{}, errors.New("plots: Korean figures need the Korean font: " +
				"call UseKoreanFont first")
		}
		return lang{korean: true}, nil
	}
	return lang{}, fmt.Errorf("plots: unknown language %q (want en or ko)", code)
}

// say writes word w with its arguments in the language.
func (l lang) say(w word, args ...any) string {
	f := words[w].en
	if l.korean {
		f = words[w].ko
	}
	if len(args) == 0 {
		return f
	}
	return fmt.Sprintf(f, args...)
}

// font returns the figures' sans-serif type in the language at size.
func (l lang) font(size vg.Length) font.Font {
	if l.korean {
		return font.Font{Typeface: koreanFont.Typeface, Size: size}
	}
	return font.Font{Typeface: "Liberation", Variant: "Sans", Size: size}
}

// band names a region of an activation at the foot of its shaded band.
func (l lang) band(r core.Region) string {
	switch r {
	case core.Saturated:
		return l.say(saturatedBand)
	case core.Dead:
		return l.say(deadBand)
	case core.Leaky:
		return l.say(leakyBand)
	}
	return l.say(activeBand)
}

// koreanFont is the font Korean figures are drawn in.
var koreanFont = font.Font{Typeface: "Noto Sans CJK KR"}

var koreanMu sync.Mutex

// UseKoreanFont registers the font Korean figures draw their text in: an OpenType font
// holding Hangul and printable ASCII, such as the page's subset of Noto Sans CJK KR
// (package wasm/play/kofont). Once a font is registered, later calls only check theirs.
func UseKoreanFont(otf []byte) error {
	f, err := opentype.Parse(otf)
	if err != nil {
		return fmt.Errorf("plots: the Korean font: %w", err)
	}
	koreanMu.Lock()
	defer koreanMu.Unlock()
	if !font.DefaultCache.Has(koreanFont) {
		font.DefaultCache.Add(font.Collection{{Font: koreanFont, Face: f}})
	}
	return nil
}

// WordRunes returns every rune of the figures' words in any language, and the minus sign
// of their ticks (signedTicks), once each and in order: what the Korean font must hold
// besides printable ASCII.
func WordRunes() []rune {
	runes := []rune(core.MinusSign)
	for _, w := range words {
		runes = append(runes, []rune(w.en+w.ko)...)
	}
	slices.Sort(runes)
	return slices.Compact(runes)
}
