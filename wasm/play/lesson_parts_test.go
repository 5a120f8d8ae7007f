package play

import (
	"fmt"
	"testing"

	"nnplay/core"
)

// partTasks does, in a lesson's part, what the tasks it lists ask: by lesson and part.
var partTasks = map[[2]int]func(t *testing.T, m *Session){
	{1, 0}: func(t *testing.T, m *Session) {
		apply(t, m, PickCell{Row: 2, Col: -1}, ZeroLinearRow{Row: -1},
			SetLinearWeight{Row: 2, Col: 3, Value: 1}, SetLinearWeight{Row: 2, Col: 7, Value: 1},
			SetLinearBiasOn{On: false})
	},
	{2, 0}: collapseBlockTasks,
	{2, 1}: collapseBlockTasks,
	{2, 2}: func(t *testing.T, m *Session) {
		apply(t, m, SetHiddenActivation{Act: core.Tanh{}})
	},
	{3, 0}: func(t *testing.T, m *Session) {
		apply(t, m, SetCurveActivation{Act: core.Sigmoid{}}, SetCurveZ{Z: -5.5})
	},
	{4, 0}: func(t *testing.T, m *Session) {
		apply(t, m, SetWeight{Layer: 0, Unit: m.Selected.Index, In: 0, Value: 5},
			SetHiddenActivation{Act: core.ReLU{}})
	},
	{5, 0}: func(t *testing.T, m *Session) {
		apply(t, m, StartRace{})
		runRace(t, m)
	},
	{6, 0}: func(t *testing.T, m *Session) {
		apply(t, m, SetLR{LR: 0.1}, Reset{})
		train(m, Dying.Epochs)
	},
}

// collapseBlockTasks does lesson 2's tasks on the block of two Linear(1, 1).
func collapseBlockTasks(t *testing.T, m *Session) {
	apply(t, m, SetWeight{Layer: 0, Value: 2}, SetWeight{Layer: 1, Value: 3},
		SetActivation{Layer: 0, Act: core.ReLU{}})
}

// TestEachPartListsItsOwnTasks opens every part of every lesson, reads the tasks the
// panel lists there and does what they ask in that part: each listed task is then
// ticked, and every task of a lesson is listed in some part. (Lesson 2's part 3, the
// 2-4-2-1 network, listed part 1's "Set W1 = 2 and W2 = 3", which it has no W1 for.)
func TestEachPartListsItsOwnTasks(t *testing.T) {
	for id := 1; id <= MaxLesson; id++ {
		listed := map[string]bool{}
		for part := range max(1, len(lessons[id].Parts)) {
			where := fmt.Sprintf("lesson %d, part %d", id, part+1)
			do := partTasks[[2]int{id, part}]
			if do == nil {
				t.Errorf("%s: no way to do its tasks in this test", where)
				continue
			}
			m := openLesson(t, id, part)
			var texts []string
			for slot := 1; slot <= 2; slot++ {
				task := fmt.Sprintf("task-%d", slot)
				if text := controlShows(t, m, task, ""); text != "" {
					texts = append(texts, text)
					listed[text] = true
				}
			}
			if len(texts) == 0 {
				t.Errorf("%s lists no task", where)
			}
			do(t, m)
			for slot, text := range texts {
				if controlShows(t, m, fmt.Sprintf("task-%d", slot+1), "data-done") != "true" {
					t.Errorf("%s lists %q, which its part does not tick when done", where, text)
				}
			}
		}
		for _, task := range lessons[id].Tasks {
			if !listed[Say(task.Text)] {
				t.Errorf("lesson %d lists %q in none of its parts", id, Say(task.Text))
			}
		}
	}
}
