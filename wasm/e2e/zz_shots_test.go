package e2e

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

// A look, not a test: screenshots for ux9 (removed before commit).
func TestZZShots(t *testing.T) {
	tag := os.Getenv("UX9_TAG")
	p1, _ := os.ReadFile("/tmp/ux9-shots/p1")
	p2, _ := os.ReadFile("/tmp/ux9-shots/p2")
	links := map[string]string{"p1": strings.TrimSpace(string(p1)), "p2": strings.TrimSpace(string(p2)),
		"wide":  "features=x1,x2,x1sq,x2sq,x1x2,sinx1,sinx2&layers=8,8,8,8,8,8,8,8&acts=tanh,tanh,tanh,tanh,tanh,tanh,tanh,tanh,tanh&bias=1,1,1,1,1,1,1,1,1",
		"tanh6": "layers=8,8,8,8,8,8&acts=tanh,tanh,tanh,tanh,tanh,tanh,tanh&bias=1,1,1,1,1,1,1&lr=3"}
	type shot struct {
		name, link string
		w, h       int
		lang       string
		lesson     int
		play       float64
	}
	var shots []shot
	for _, lang := range []string{"en", "ko"} {
		for _, sz := range [][2]int{{900, 500}, {780, 800}} {
			shots = append(shots, shot{"item2-p1", "p1", sz[0], sz[1], lang, 0, 0})
		}
		shots = append(shots, shot{"item2-p2", "p2", 900, 500, lang, 0, 0})
		for _, sz := range [][2]int{{1280, 800}, {390, 844}} {
			shots = append(shots, shot{"item3-lesson4", "", sz[0], sz[1], lang, 4, 0})
		}
		for _, sz := range [][2]int{{1280, 800}, {1920, 1080}} {
			shots = append(shots, shot{"item4-wide", "wide", sz[0], sz[1], lang, 0, 0})
		}
		for _, sz := range [][2]int{{390, 844}, {375, 667}} {
			shots = append(shots, shot{"item5-deep", "p2", sz[0], sz[1], lang, 0, 0})
		}
		shots = append(shots, shot{"item6-tanh6", "tanh6", 900, 500, lang, 0, 3})
	}
	for _, s := range shots {
		name := fmt.Sprintf("%s-%dx%d-%s-%s", s.name, s.w, s.h, s.lang, tag)
		p := newPage(t)
		p.load(false, s.w, s.h, 1)
		p.call("lang", s.lang, nil)
		if s.link != "" {
			p.eval(`location.hash = '` + links[s.link] + `', 1`)
			time.Sleep(500 * time.Millisecond)
		}
		if s.lesson > 0 {
			p.call("lesson", s.lesson, nil)
			time.Sleep(500 * time.Millisecond)
			p.call("select", []int{1, 0}, nil)
			time.Sleep(300 * time.Millisecond)
			p.typeInto("w-1-0-0-num", "40")
		}
		if s.play > 0 {
			p.eval(`document.getElementById('play').click(), 1`)
			time.Sleep(time.Duration(s.play * float64(time.Second)))
			p.eval(`document.getElementById('play').click(), 1`)
		}
		time.Sleep(700 * time.Millisecond)
		p.screenshot(name)
		p.close()
	}
}
