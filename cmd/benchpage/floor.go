package main

import (
	_ "embed"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
)

// The floor: how soon this browser, started as the playground's loads start it, shows a
// page that does next to nothing (floor.html). Measured in the same run as the
// playground, taking turns with it, so that the two compare: what of the playground's
// first frame no page could save, and what is its own.

//go:embed floor.html
var floorHTML []byte

// floorPath is where the floor page is served over http, beside the playground.
const floorPath = "/bench-floor.html"

// floorPages are the floor's pages, from the least a page can show to a WebGL draw with
// as many programs as ebiten compiles and links for the playground's first frame (3; it
// draws with them in 8 pairings of program, blend and target, and 386 draw calls).
var floorPages = []struct{ Name, Query string }{
	{"blank page", "gl=none"},
	{"WebGL clear", "gl=clear"},
	{"WebGL, 1 program", "gl=draw&programs=1"},
	{"WebGL, 3 programs", "gl=draw&programs=3"},
}

// FloorRow is one floor page's first frame on the screen, ms from navigation, for
// each load over http and from file://.
type FloorRow struct {
	Name       string
	HTTP, Disk []float64
}

// withFloor serves the floor page at floorPath and the rest as site does.
func withFloor(site http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != floorPath {
			site.ServeHTTP(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		w.Write(floorHTML)
	})
}

// writeFloorFile writes the floor page into a new folder for its file:// loads; remove
// the folder when done.
func writeFloorFile() (dir, url string, err error) {
	dir, err = os.MkdirTemp("", "benchpage-floor-")
	if err != nil {
		return "", "", err
	}
	f := filepath.Join(dir, "floor.html")
	if err := os.WriteFile(f, floorHTML, 0o644); err != nil {
		os.RemoveAll(dir)
		return "", "", err
	}
	return dir, "file://" + filepath.ToSlash(f), nil
}

// floorMarkJS is when the floor page marked its frame, ms from navigation.
const floorMarkJS = `performance.getEntriesByName('nnplay-first-frame')[0].startTime`

// loadFloors loads each floor page once over the way (http or file://) of base and
// adds its first frame on the screen to r.Floors.
func (b *bench) loadFloors(r *Result, base string, fromDisk bool) error {
	if r.Floors == nil {
		for _, p := range floorPages {
			r.Floors = append(r.Floors, FloorRow{Name: p.Name})
		}
	}
	for i, p := range floorPages {
		t, err := b.openTab(base+"?"+p.Query, true, false) // its trace is not written
		if err != nil {
			return fmt.Errorf("the floor's %s: %w", p.Name, err)
		}
		var at float64
		err = t.eval(floorMarkJS, &at)
		var events []traceEvent
		if err == nil {
			events, err = t.endTrace("")
		}
		r.Problems = append(r.Problems, t.errors()...)
		t.close()
		if err != nil {
			return fmt.Errorf("the floor's %s: %w", p.Name, err)
		}
		ms, ok := shown(events)
		if !ok {
			r.Problems = append(r.Problems, fmt.Sprintf("the floor's %s: the trace shows "+
				"no swap after its frame", p.Name))
			continue
		}
		if fromDisk {
			r.Floors[i].Disk = append(r.Floors[i].Disk, at+ms)
		} else {
			r.Floors[i].HTTP = append(r.Floors[i].HTTP, at+ms)
		}
	}
	return nil
}

// writeFloors prints the floor's pages beside the playground's first frame shown.
func (r *Result) writeFloors(w io.Writer) {
	if len(r.Floors) == 0 {
		return
	}
	fmt.Fprintln(w, "\nThe floor: the first frame on the screen (as shown above) of pages "+
		"that do next to nothing\n(cmd/benchpage/floor.html), each load in a new "+
		"Chromium taking turns with the playground's:\nwhat this browser takes before "+
		"any page's first frame. Median (min-max), ms from navigation.")
	t := &table{left: 1}
	t.head = [][]string{{"", "http", "file://"}}
	cell := func(v []float64) string {
		if len(v) == 0 {
			return "-"
		}
		s := sorted(v)
		return fmt.Sprintf("%.0f (%.0f-%.0f)", median(v), s[0], s[len(s)-1])
	}
	for _, f := range r.Floors {
		t.add(f.Name, cell(f.HTTP), cell(f.Disk))
	}
	t.rule()
	t.add("the playground", cell(r.ShownHTTP), cell(r.ShownDisk))
	t.write(w)
	last := r.Floors[len(r.Floors)-1]
	fmt.Fprintf(w, "  the playground over the last floor: http %s, file:// %s\n",
		overFloor(r.ShownHTTP, last.HTTP), overFloor(r.ShownDisk, last.Disk))
}

// overFloor is ours minus the floor's median, or "-" when either is missing.
func overFloor(ours, floor []float64) string {
	if len(ours) == 0 || len(floor) == 0 {
		return "-"
	}
	return fmt.Sprintf("%+.0f ms", median(ours)-median(floor))
}
