package play

import (
	"encoding/json"
	"fmt"
	"image/color"
	"slices"
	"testing"
	"time"

	"nnplay/core"
	"nnplay/wasm/play/remote"
)

const testURL = "http://127.0.0.1:8080/index.html"

// started is a session as a page with nothing stored starts it in language l.
func started(t *testing.T, l Lang) *Session {
	t.Helper()
	lang.Store(int32(English))
	m := NewSession()
	for _, c := range []Command{StartLanguage{Lang: l}, SetPageAddress{testURL}, LoadProgress{}} {
		if err := m.Apply(c); err != nil {
			t.Fatal(err)
		}
	}
	return m
}

// drawList is a Canvas that writes down every draw with everything it draws: the
// triangles' vertices and indices, the discs, the plane's points.
type drawList struct{ calls []string }

func (d *drawList) add(kind any, m *Mesh) {
	d.calls = append(d.calls, fmt.Sprint(kind, m.Vertices, m.Indices))
}
func (d *drawList) log(v any)                    { d.calls = append(d.calls, fmt.Sprint(v)) }
func (d *drawList) Clear(c color.RGBA)           { d.log(c) }
func (d *drawList) DrawFlat(m *Mesh)             { d.add("flat", m) }
func (d *drawList) DrawSmooth(m *Mesh)           { d.add("smooth", m) }
func (d *drawList) DrawLines(m *Mesh)            { d.add("lines", m) }
func (d *drawList) Shades() bool                 { return false }
func (d *drawList) DrawSprites(m *Mesh)          { d.add("sprites", m) }
func (d *drawList) DrawText(m *Mesh, s FontSize) { d.add(s, m) }
func (d *drawList) Disc(c Dot)                   { d.log(c) }
func (d *drawList) Points(pl *PlaneView)         { d.log(pl.Points) }

// firstDiff returns where a and b first differ, and whether they do.
func firstDiff[T comparable](a, b []T) (int, bool) {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i, true
		}
	}
	return min(len(a), len(b)), len(a) != len(b)
}

// around is s about byte i.
func around(s string, i int) string { return s[max(0, i-200):min(len(s), i+200)] }

// observed is all a page shows of session m at 1280 x 800: the test API's state (but
// for its counters of versions and frames, which only grow), the address's hash, the
// lessons' list and progress, the language, and the draw list of its scene.
func observed(t *testing.T, m *Session) (string, *drawList) {
	t.Helper()
	s := sceneOf(t, m)
	state := Snapshot(m, s.Geo, s)
	state.Version = 0
	b, err := json.Marshal(map[string]any{"state": state, "link": m.Link(),
		"url": m.ShareURL(), "lessons": Lessons(m), "progress": m.ProgressText(),
		"lang": Language(), "trains": m.TrainsIn(), "worker": m.ToWorker(time.Now()) != nil})
	if err != nil {
		t.Fatal(err)
	}
	var pics Pictures
	pics.Refresh(m)
	var d drawList
	s.Paint(&Batcher{Canvas: &d, Pics: &pics, Fonts: fontsAt(t, 1)})
	return string(b), &d
}

// mess puts session m through a learner's session: a link of another network opened,
// a weight and the input point moved, a unit and an edge picked, lessons' tasks done,
// fast Play training in worker w, the language switched and a lesson opened. It
// returns a frame the worker trained, which arrives late.
func mess(t *testing.T, m *Session, w *remote.Worker) []byte {
	t.Helper()
	other := NewSession()
	other.Apply(SetActivation{Layer: 0, Act: core.ReLU{}})
	other.Apply(SetShareWeights{On: true})
	m.WorkerReady(true)
	for _, c := range []Command{
		OpenLink{Hash: "#" + other.Link()}, SetWeight{Layer: 1, Unit: 0, In: 1, Value: 2.5},
		SetInput{X1: -2, X2: 3}, Select{Unit: Unit{Level: 2, Index: 1}},
		LoadProgress{Text: "1.1 2.1 3.1"}, SetSpeed{Speed: SpeedMax}, Play{On: true},
	} {
		if err := m.Apply(c); err != nil {
			if _, ok := err.(Notice); !ok {
				t.Fatalf("%T: %v", c, err)
			}
		}
	}
	if err := w.Put(m.ToWorker(time.Now())); err != nil {
		t.Fatal(err)
	}
	if _, err := m.FromWorker(w.Run(0)); err != nil {
		t.Fatal(err)
	}
	if err := w.Put(m.ToWorker(time.Now())); err != nil { // the page took the frame
		t.Fatal(err)
	}
	late := slices.Clone(w.Run(0))
	if late == nil {
		t.Fatal("the worker sent no second frame")
	}
	m.Apply(SetLanguage{Lang: Korean})
	m.Apply(OpenLesson{ID: 2})
	m.Apply(SetHover{Hover: Hover{Unit: Unit{Level: 1, Index: 1}}})
	steps(m, 2)
	return late
}

// TestResetIsAFreshPage resets a session after a messy one and checks that it shows
// exactly what a fresh page shows, in English and in Korean, that no frame of the
// worker's lands after it, and that both go on alike through the same actions.
func TestResetIsAFreshPage(t *testing.T) {
	t.Cleanup(func() { lang.Store(int32(English)) })
	for _, l := range Langs() {
		m := started(t, English)
		first := m.Link()
		w := &remote.Worker{}
		late := mess(t, m, w)
		if m.Link() == first || Language() != Korean || m.Lesson == nil {
			t.Fatal("the mess did not take")
		}
		v := m.Version()
		m.Reset(l, testURL+"#lesson=2")
		if Language() != l { // one language for the process: checked before fresh sets it
			t.Errorf("the reset page speaks %s, not %s", Language().Code(), l.Code())
		}
		if m.Version() <= v {
			t.Errorf("version %d after %d: the page would not redraw", m.Version(), v)
		}
		if n, err := m.FromWorker(late); n != 0 || err != nil || m.Trainer.Epoch != 0 {
			t.Errorf("a late frame landed: %d samples, epoch %d, %v", n, m.Trainer.Epoch, err)
		}
		stop := m.ToWorker(time.Now())
		if stop == nil || w.Put(stop) != nil || w.Run(0) != nil {
			t.Errorf("the worker was not stopped")
		}
		if n, _ := m.FromWorker(late); n != 0 {
			t.Errorf("a late frame landed after the stop")
		}
		fresh := started(t, l)
		for k, act := range []func(*Session){
			func(*Session) {},
			func(s *Session) { steps(s, 3) },
			func(s *Session) { s.Apply(OpenLesson{ID: 3}); s.Apply(SetInput{X1: 1, X2: 1}) },
			func(s *Session) { s.Apply(OpenLesson{ID: 0}); epochs(s, 5) },
		} {
			act(m)
			act(fresh)
			got, gotDraw := observed(t, m)
			want, wantDraw := observed(t, fresh)
			if i, differ := firstDiff([]byte(got), []byte(want)); differ {
				t.Fatalf("%s, action %d: the reset page shows\n%s\nwhere a fresh page shows\n%s",
					l.Code(), k, around(got, i), around(want, i))
			}
			if i, differ := firstDiff(gotDraw.calls, wantDraw.calls); differ {
				t.Fatalf("%s, action %d: draw %d of %d differs from a fresh page's (of %d)",
					l.Code(), k, i, len(gotDraw.calls), len(wantDraw.calls))
			}
		}
	}
}
