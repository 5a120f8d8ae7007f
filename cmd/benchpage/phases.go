package main

import (
	"fmt"
	"io"
	"sort"
)

// phasesJS collects, in ms from navigation, when each step towards the first frame
// ended: the HTML and each file received (Resource Timing; from file:// too), the DOM
// parsed, and the page's own marks (performance.mark "nnplay-...": web/boot.js's and
// the Go program's).
const phasesJS = `(() => {
  const o = {};
  const nav = performance.getEntriesByType('navigation')[0];
  if (nav) {
    o['HTML received'] = nav.responseEnd;
    o['DOM parsed'] = nav.domInteractive;
  }
  for (const r of performance.getEntriesByType('resource')) {
    o[r.name.split('/').pop() + ' received'] = r.responseEnd;
  }
  for (const p of performance.getEntriesByType('paint')) o[p.name] = p.startTime;
  for (const m of performance.getEntriesByType('mark')) {
    if (m.name.indexOf('nnplay-') === 0) o[m.name.slice(7)] = m.startTime;
  }
  return o;
})()`

// writePhases prints the median time from navigation to each phase, over http and
// from file://, in the order they happen.
func writePhases(w io.Writer, http, disk []map[string]float64) {
	if len(http) == 0 && len(disk) == 0 {
		return
	}
	medians := func(loads []map[string]float64) map[string]float64 {
		all := map[string][]float64{}
		for _, l := range loads {
			for k, v := range l {
				all[k] = append(all[k], v)
			}
		}
		out := map[string]float64{}
		for k, v := range all {
			out[k] = median(v)
		}
		return out
	}
	mh, md := medians(http), medians(disk)
	when := func(k string) float64 {
		if v, ok := mh[k]; ok {
			return v
		}
		return md[k]
	}
	seen := map[string]bool{}
	var names []string
	for _, m := range []map[string]float64{mh, md} {
		for k := range m {
			if !seen[k] {
				seen[k] = true
				names = append(names, k)
			}
		}
	}
	sort.Slice(names, func(i, j int) bool { return when(names[i]) < when(names[j]) })
	fmt.Fprintln(w, "\nWhere the first frame's time goes: median ms from navigation to the "+
		"end of each step\n(Resource and Navigation Timing, paint timing, and the page's "+
		"performance marks nnplay-*:\nweb/boot.js's and the Go program's).")
	t := &table{left: 1}
	t.head = [][]string{{"step", "http", "file://"}}
	cell := func(m map[string]float64, k string) string {
		if v, ok := m[k]; ok {
			return fmt.Sprintf("%.0f", v)
		}
		return "-"
	}
	for _, k := range names {
		t.add(k, cell(mh, k), cell(md, k))
	}
	t.write(w)
}
