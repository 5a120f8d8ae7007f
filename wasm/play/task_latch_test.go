package play

import (
	"strings"
	"testing"
)

// TestTasksAreDoneOnce pins one rule for every lesson's tasks: a task is ticked when the
// learner has done it, and the tick stays (it is kept in localStorage with the lessons
// done), so the panel's heading says that a tick stays. The fresh-eyes look saw lesson 4's
// "until it saturates" ticked after the unit left saturation, with nothing to say why.
func TestTasksAreDoneOnce(t *testing.T) {
	m := openLesson(t, 4, 0)
	apply(t, m, SetWeight{Layer: 0, Unit: 0, In: 0, Value: 5})
	if !vanishSaturated(m) || !m.TaskDone(4, 0) {
		t.Fatal("w[0][0] = 5 neither saturates the unit nor ticks the task")
	}
	apply(t, m, SetWeight{Layer: 0, Unit: 0, In: 1, Value: 5})
	if vanishSaturated(m) {
		t.Fatal("w[0][1] = 5 keeps the unit saturated: the test shows nothing")
	}
	if !m.TaskDone(4, 0) {
		t.Error("the task came undone when the unit left saturation")
	}
	for id := 1; id <= MaxLesson; id++ { // every lesson's ticks, as a new visit loads them
		m := openLesson(t, id, 0)
		apply(t, m, LoadProgress{Text: "1.1 1.2 2.1 2.2 2.3 3.1 4.1 4.2 5.1 6.1"}, Reset{})
		for i := range lessons[id].Tasks {
			if !m.TaskDone(id, i) {
				t.Errorf("lesson %d task %d came undone", id, i+1)
			}
		}
	}
	heading := pageText["tasks"]
	for _, words := range []string{heading.en, heading.ko} {
		if !strings.Contains(words, "✓") {
			t.Errorf("the tasks' heading %q does not say a tick stays once done", words)
		}
	}
}
