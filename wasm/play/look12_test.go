package play

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestStepHintNamesTheBatch: the keys' hint says what the Step's own text says, that the
// step starts at the training point nearest the input point and updates with a batch.
// look12 read "Step trains on the training point nearest the input point." beside the
// Step's "the update uses the mean gradient of 10 points".
func TestStepHintNamesTheBatch(t *testing.T) {
	for l, words := range map[Lang][]string{
		English: {"nearest the input point", "batch"},
		Korean:  {"가장 가까운 학습 데이터", "배치"},
	} {
		hint := pageText["keys-hint"].in(l)
		for _, w := range words {
			if !strings.Contains(hint, w) {
				t.Errorf("%v: the hint %q does not say %q", l, hint, w)
			}
		}
		if strings.Contains(hint, "trains on the training point") {
			t.Errorf("%v: the hint %q says the step trains on one point", l, hint)
		}
	}
}

// TestLessonOneSumAddsUpAsWritten: lesson 1's sum line, as written, adds up to the result
// it writes after "=", or says "≈" where it does not. look12 read, on the fresh lesson,
// "Y[0] = −0.30×1 + 0.15×2 … − 0.25 = 6.84", whose terms as written sum to 6.87: a
// learner checking the product by hand, the lesson's point, found the page wrong.
func TestLessonOneSumAddsUpAsWritten(t *testing.T) {
	defer speak(English)
	speak(English)
	term := regexp.MustCompile(`([+−-]?) ?([0-9.]+(?:e[−-][0-9]+)?)(?:×([0-9]+))?`)
	for row := range 5 {
		m := openLesson(t, 1, 0)
		apply(t, m, PickCell{Row: row, Col: -1})
		var line string
		for _, l := range sceneAt(t, m, 1280, 800, 1).Labels {
			if strings.HasPrefix(l.Text, "Y["+strconv.Itoa(row)+"] = ") &&
				strings.Contains(l.Text, "×") {
				line = l.Text
			}
		}
		if line == "" {
			t.Fatalf("row %d: no sum line", row)
		}
		eq := " = "
		if strings.Contains(line, " ≈ ") {
			eq = " ≈ "
		}
		body := line[strings.Index(line, "= ")+2 : strings.LastIndex(line, eq)]
		sum := 0.0
		for _, m := range term.FindAllStringSubmatch(strings.ReplaceAll(body, "\n", " "), -1) {
			v, _ := strconv.ParseFloat(strings.ReplaceAll(m[2], "−", "-"), 64)
			if m[1] != "" && m[1] != "+" {
				v = -v
			}
			if m[3] != "" {
				x, _ := strconv.ParseFloat(m[3], 64)
				v *= x
			}
			sum += v
		}
		result := strings.ReplaceAll(line[strings.LastIndex(line, eq)+len(eq):], "−", "-")
		y, _ := strconv.ParseFloat(result, 64)
		if agree := math.Abs(sum-y) < 0.005; agree != (eq == " = ") {
			t.Errorf("row %d: %q: its terms as written sum to %.4f", row, line, sum)
		}
	}
}

// TestDataHintSaysTheLimits: the help under Load CSV… names the values a regression may
// hold, ±ValueLimit, which a file beyond is refused for, and writes its minus signs as
// the page's messages do (look12 read "from -6 to 6" beside the refusals' "−6").
func TestDataHintSaysTheLimits(t *testing.T) {
	for _, l := range Langs() {
		hint := pageText["data-hint"].in(l)
		if !strings.Contains(hint, "−1000") || !strings.Contains(hint, "−6") ||
			regexp.MustCompile(`-[0-9]`).MatchString(hint) {
			t.Errorf("%v: %q", l, hint)
		}
	}
	if ValueLimit != 1000 {
		t.Errorf("the hint says 1000, the limit is %v", ValueLimit)
	}
}

// TestLessonThreeNamesTheMenuInOrder: lesson 3 says which activations its menu offers
// first, and the menu's first is among them, first. look12 read "Sigmoid, Tanh, ReLU,
// Leaky ReLU … and ReLU6 come first" above a menu that starts with Identity.
func TestLessonThreeNamesTheMenuInOrder(t *testing.T) {
	defer speak(English)
	for _, l := range Langs() {
		speak(l)
		text := Say(CurveBody2)
		first := ActivationOptions()[0].Label
		if i := strings.Index(text, first); i < 0 || i > strings.Index(text, "Sigmoid") {
			t.Errorf("%v: %q does not name the menu's first, %s, first", l, text, first)
		}
	}
}

// TestStallBeyondTheOutputSaysWhy: a regression whose values lie beyond the output's Tanh
// stalls with the output saturated, and the stall says that a lower learning rate cannot
// help, and to make the output Identity. look12's stall said to lower the learning rate
// and press Reset, which stalls again.
func TestStallBeyondTheOutputSaysWhy(t *testing.T) {
	defer speak(English)
	speak(English)
	m := NewSession()
	smallGrids(m)
	var csv strings.Builder
	for k := range 200 {
		x1, x2 := float64(k%13)-6, float64(k%11)-5
		fmt.Fprintf(&csv, "%g,%g,%g\n", x1, x2, 10*x1+5*x2)
	}
	m.Apply(LoadFile{Kind: DataFile, Name: "d.csv", Text: csv.String()})
	if !playFor(t, m, SpeedEpoch, 3000, func() bool { return m.Stall() != nil }) {
		t.Fatalf("no stall by epoch %v", m.Epoch())
	}
	said := Explain(m.Stall())
	if !strings.Contains(said, "Identity") || strings.Contains(said, "lower the learning rate") {
		t.Errorf("at epoch %v: %q", m.Epoch(), said)
	}
}
