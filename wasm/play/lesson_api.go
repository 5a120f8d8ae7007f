package play

import "fmt"

// parseLessonCall reads the test API's lesson calls, "lessons" and "lesson" (see
// APICalls), and reports whether name is one.
func parseLessonCall(name, args string) (Call, bool, error) {
	c := Call{Name: name}
	none := args == "" || args == "null"
	switch name {
	case "lessons":
		if !none {
			return c, true, fmt.Errorf("nnplay: lessons takes no arguments, not %s", clip(args))
		}
		return c, true, nil
	case "lesson":
		var id int
		if err := strict(args, &id); err != nil || id < 0 || id > MaxLesson {
			return c, true, fmt.Errorf("nnplay: lesson takes a lesson's number, 1 to %d "+
				"(0 for free play), not %s", MaxLesson, clip(args))
		}
		c.Command = OpenLesson{ID: id}
		return c, true, nil
	}
	return c, false, nil
}
