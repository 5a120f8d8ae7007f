package main

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// TestFloorRows: each floor page's median and range, each way, then the playground's,
// and the playground over the last floor.
func TestFloorRows(t *testing.T) {
	r := sample()
	r.Floors = []FloorRow{
		{Name: "blank page", HTTP: []float64{380, 350, 400}, Disk: []float64{390}},
		{Name: "WebGL, 3 programs", HTTP: []float64{560, 540}},
	}
	var b strings.Builder
	r.Write(&b)
	out := b.String()
	var rows []string
	floor := out[strings.Index(out, "The floor:"):]
	for _, l := range strings.Split(floor[:strings.Index(floor, "\nPlay:")], "\n") {
		if strings.HasPrefix(l, "  ") && !strings.HasPrefix(l, "  -") {
			rows = append(rows, strings.Join(strings.Fields(l), " "))
		}
	}
	want := []string{
		"http file://",
		"blank page 380 (350-400) 390 (390-390)",
		"WebGL, 3 programs 550 (540-560) -",
		"the playground 1525 (1400-1650) 1950 (1900-2000)",
		"the playground over the last floor: http +975 ms, file:// -",
	}
	if strings.Join(rows, "|") != strings.Join(want, "|") {
		t.Errorf("rows %q, want %q in:\n%s", rows, want, out)
	}
	r.Floors = nil
	b.Reset()
	r.Write(&b)
	if strings.Contains(b.String(), "The floor") {
		t.Errorf("a run without the floor prints it:\n%s", b.String())
	}
}

// TestFloorServed: the floor page at floorPath, everything else as the site serves it.
func TestFloorServed(t *testing.T) {
	site := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("site " + r.URL.Path))
	})
	h := withFloor(site)
	for path, want := range map[string]string{
		floorPath:     string(floorHTML),
		"/":           "site /",
		"/floor.html": "site /floor.html",
	} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		if rec.Body.String() != want {
			t.Errorf("%s: %.60q, want %.60q", path, rec.Body.String(), want)
		}
	}
	if !strings.Contains(string(floorHTML), "performance.mark('nnplay-first-frame')") {
		t.Error("the floor page does not mark its frame as shown reads it")
	}
}
