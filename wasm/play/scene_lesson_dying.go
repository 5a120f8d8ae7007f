package play

import "strconv"

// Lesson 6's board: how many hidden units are dead now and in the scene the lesson
// opened with, and why the selected unit is dead (or not): f'(z) = 0 on every training
// point, so no gradient reaches its weights.

func (s *Scene) dyingBoard(m *Session) {
	sc, r := s.Geo.Scale, s.Geo.Lesson
	lh := s.Fonts.Face(Small).LineHeight
	d := m.Lesson.Dying
	dead, units := m.deadHidden()
	s.write(Normal, prioTitle, Ink, r.X, r.Y, alignLeft,
		Say(DyingBoardTitle, strconv.Itoa(dead), strconv.Itoa(units)),
		Say(DyingBoardTitleShort, strconv.Itoa(dead), strconv.Itoa(units)))
	y := r.Y + s.boardTitle()
	lines := [][]string{
		{Say(DyingScene, strconv.Itoa(Dying.Epochs), shortNum(Dying.LR), strconv.Itoa(d.Dead),
			Num(d.Loss)), Say(DyingSceneShort, strconv.Itoa(d.Dead), Num(d.Loss))},
		{Say(DyingNow, m.EpochText(), strconv.Itoa(dead),
			Num(m.View().TrainLoss)), Say(DyingNowShort, strconv.Itoa(dead), Num(m.View().TrainLoss))},
	}
	for _, l := range lines {
		s.write(Small, prioFocus, Ink, r.X, y, alignLeft, l...)
		y += lh
	}
	y += 6 * sc
	u := m.Selected
	if u.Level == 0 {
		return
	}
	why := deadReason(m, u)
	name := m.UnitName(u)
	var text []string
	if why.Dead {
		text = []string{Say(DyingUnitDead, name),
			Say(DyingAllPoints, strconv.Itoa(why.Points)),
			Say(DyingZRange, Num(why.ZMin), Num(why.ZMax)),
			Say(DyingNoGradient, strconv.Itoa(why.Weights), Num(why.GradNorm))}
	} else {
		text = []string{Say(DyingUnitAlive, name),
			Say(DyingPassing, strconv.Itoa(why.Passing), strconv.Itoa(why.Points)),
			Say(DyingZRange, Num(why.ZMin), Num(why.ZMax)),
			Say(DyingGradient, strconv.Itoa(why.Weights), Num(why.GradNorm))}
	}
	for i, t := range text {
		ink := Ink
		if i > 0 {
			ink = SoftInk
		}
		s.write(Small, prioFocus, ink, r.X, y, alignLeft, t)
		y += lh
	}
}
