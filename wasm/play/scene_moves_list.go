package play

import (
	"slices"
	"strconv"
	"strings"
)

// The list of the Step's update's moves that show nowhere else on the canvas (movesList
// asks for it): its rows, and its forms once the texts before it are placed, each made
// once for what it shows and kept, since the update's scene is built every frame (each
// frame formatted every move twice and joined the list anew).

// moveRow is a line of the list of moves: a parameter's move, in full and short
// ("w[i][j] 0.1234 → 0.1240", "w[i][j] 0.123→0.124") and as an entry of a line that holds
// several ("[j] 0.123→0.124"), in its unit's decimals (moveDigits), and short and as an
// entry in its own; move names it as text.move does.
type moveRow struct {
	move               int
	full, short, entry string
	ownShort, ownEntry string
}

// movesKept are the selected unit's rows of moves and its name (the list's first line
// afar, "layer 8, unit 7:") for a record, a unit and a language; and the list's last
// forms, for the moves it listed (by text.move) in the widths and fonts it flowed them in,
// and the same forms named (nameList), once asked for.
type movesKept struct {
	rec          *StepRecord
	u            Unit
	lang         Lang
	rows         []moveRow
	head         string
	formed       bool
	listed       []int
	widths       [2]float64
	fonts        *Fonts
	forms, named []string
}

// moveRowsOf returns the rows of unit u's moves in the Step's update, its weights'
// (parameter idx of the record) and its bias's last, made again only for another
// record, unit or language.
func (s *Scene) moveRowsOf(m *Session, st stepState, u Unit, idx int) []moveRow {
	k := &s.moves
	if k.rec == st.rec && k.u == u && k.lang == Language() {
		return k.rows
	}
	*k = movesKept{rec: st.rec, u: u, lang: Language(), rows: k.rows[:0], listed: k.listed,
		forms: k.forms, named: k.named, head: m.UnitName(u) + ":"}
	l := u.Level - 1
	lin, i := m.Layer(l).Linear, strconv.Itoa(u.Index)
	dg := s.moveDigitsOf(m, st, u)
	ownDigits := moveDigits{change: dg.change} // each its own decimals, in the unit's form
	for j := range lin.In {
		n := u.Index*lin.In + j
		long, brief := moveTexts(st.rec.Old[idx][n], st.rec.New[idx][n], dg)
		_, own := moveTexts(st.rec.Old[idx][n], st.rec.New[idx][n], ownDigits)
		k.rows = append(k.rows, moveRow{move: j + 1,
			full:     Say(WeightMoveRow, i, strconv.Itoa(j), long),
			short:    Say(WeightMoveRow, i, strconv.Itoa(j), brief),
			entry:    "[" + strconv.Itoa(j) + "] " + brief,
			ownShort: Say(WeightMoveRow, i, strconv.Itoa(j), own),
			ownEntry: "[" + strconv.Itoa(j) + "] " + own})
	}
	if b, ok := s.paramIndex(st, l, true); ok && lin.HasBias() {
		long, brief := moveTexts(st.rec.Old[b][u.Index], st.rec.New[b][u.Index], dg)
		_, own := moveTexts(st.rec.Old[b][u.Index], st.rec.New[b][u.Index], ownDigits)
		short := Say(BiasMoveRow, i, brief)
		k.rows = append(k.rows, moveRow{move: moveBias, full: Say(BiasMoveRow, i, long),
			short: short, entry: short, ownShort: Say(BiasMoveRow, i, own),
			ownEntry: Say(BiasMoveRow, i, own)})
	}
	return k.rows
}

// listForms gives the list of moves t its forms, once the texts placed before it are
// placed: the moves that none of them shows; none when they show every move. Where the
// edges leave out a weight's move, the list takes every weight's, in one form, and the
// edges show none but a hovered edge's: at 390x844 "w 0.0666 → 0.0653" by its edge
// beside "w[0][1] 0.2458 → 0.2463" in the list read as two kinds of thing (look9).
// Should the list find no room, keepMoves gives the edges their moves back.
func (s *Scene) listForms(t *text) {
	k := &s.moves
	s.movesHidden = s.movesHidden[:0]
	for _, r := range k.rows {
		if r.move > 0 && !s.showsMove(r.move) {
			for i := range s.texts {
				if e := &s.texts[i]; e.ok && e.move > 0 && e.owner != ownHovered {
					e.ok = false
					s.movesHidden = append(s.movesHidden, i)
				}
			}
			break
		}
	}
	listed := s.listed[:0]
	for _, r := range k.rows {
		if !s.showsMove(r.move) {
			listed = append(listed, r.move)
		}
	}
	s.listed = listed
	widths := [2]float64{t.region.W, t.near.W}
	if !k.formed || !slices.Equal(listed, k.listed) || widths != k.widths || s.Fonts != k.fonts {
		k.formed, k.listed, k.widths, k.fonts = true, append(k.listed[:0], listed...), widths,
			s.Fonts
		k.forms, k.named = s.listedForms(k.forms[:0], t), k.named[:0]
	}
	f0 := len(s.formPool)
	s.formPool = append(s.formPool, k.forms...)
	t.forms = [2]int{f0, len(s.formPool)}
}

// listedForms appends to forms those of the list t of the moves listed (movesKept): a
// move a line, in the unit's decimals, else in short, else several a line in rows as
// wide as t's region, 90% of it, and so on to half, or its near region; the short ones
// again each in its own decimals, the fewest, where those differ.
func (s *Scene) listedForms(forms []string, t *text) []string {
	var full, short, entries, ownShort, ownEntries []string
	for _, r := range s.moves.rows {
		if !slices.Contains(s.moves.listed, r.move) {
			continue
		}
		full, short = append(full, r.full), append(short, r.short)
		ownShort = append(ownShort, r.ownShort)
		if len(entries) == 0 {
			entries, ownEntries = append(entries, r.short), append(ownEntries, r.ownShort)
		} else {
			entries, ownEntries = append(entries, r.entry), append(ownEntries, r.ownEntry)
		}
	}
	if len(full) == 0 {
		return forms
	}
	forms = append(forms, strings.Join(full, "\n"))
	for k, rows := range [][]string{short, ownShort} {
		if k == 1 && slices.Equal(ownShort, short) {
			break
		}
		es := [][]string{entries, ownEntries}[k]
		forms = append(forms, strings.Join(rows, "\n"))
		for f := 1.0; f > 0.45; f -= 0.1 {
			forms = append(forms, s.flow(es, f*t.region.W-8*s.Geo.Scale))
		}
		if t.near.W > 0 {
			forms = append(forms, s.flow(es, t.near.W-8*s.Geo.Scale))
		}
	}
	return forms
}

// keepMoves shows again the moves listForms took from the edges for the list t, where t
// found no room: their places are still theirs, since no text was placed between. (At
// 900x500 Net B's and the deep stack's lists found none, and 12 moves that the edges had
// room for showed nowhere: review16.)
func (s *Scene) keepMoves(t *text) {
	if t.ok {
		return
	}
	for _, i := range s.movesHidden {
		s.texts[i].ok = true
	}
}

// nameList gives the list of moves t, which found no room near its unit, its forms for
// afar: each first names the unit, since two to four columns away it read as another's.
func (s *Scene) nameList(t *text) {
	k := &s.moves
	if len(k.named) == 0 {
		for _, f := range k.forms {
			k.named = append(k.named, k.head+"\n"+f)
		}
	}
	f0 := len(s.formPool)
	s.formPool = append(s.formPool, k.named...)
	t.forms = [2]int{f0, len(s.formPool)}
}

// flow returns entries in lines no wider than w where they can be, two spaces apart.
func (s *Scene) flow(entries []string, w float64) string {
	face := s.Fonts.Face(Small)
	var b strings.Builder
	row := ""
	for _, e := range entries {
		switch {
		case row == "":
			row = e
		case face.Width(row+"  "+e) > w:
			b.WriteString(row + "\n")
			row = e
		default:
			row += "  " + e
		}
	}
	b.WriteString(row)
	return b.String()
}
