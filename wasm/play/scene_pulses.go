package play

import (
	"image/color"
	"math"

	"nnplay/core"
	"nnplay/wasm/play/sheet"
)

// Pulse is a dot moving along an edge: during Step, w·a travelling forward and dL/dz
// travelling back; in slow Play, a steady flow of the last trained sample's w·a. It is
// coloured by the sign of what it carries, sized by its share of the largest, and
// drawn on a white disc of radius Halo.
type Pulse struct {
	X, Y, R, Halo float64
	Color         color.RGBA
}

// pulses places the moving dots of this moment.
func (s *Scene) pulses(m *Session, st stepState, clock float64) {
	s.Pulses = s.Pulses[:0]
	if !s.shows(m, PaneNetwork) {
		return
	}
	if st.rec != nil && st.playing {
		if st.phase != PhaseForward && st.phase != PhaseBackward {
			return
		}
		l := st.layer
		lt := st.rec.Trace.Layers[l]
		top, topDZ := 1e-12, math.Max(1e-12, maxAbs(lt.DZ))
		for i := range lt.Z {
			for j := range lt.Input {
				top = math.Max(top, math.Abs(s.weight(m, st, l, i, j)*lt.Input[j]))
			}
		}
		for i := range lt.Z {
			for j := range lt.Input {
				v, at := s.weight(m, st, l, i, j)*lt.Input[j], smooth(st.t) // forward: w·a
				size := math.Abs(v) / top
				if st.phase == PhaseBackward { // dL/dz, from the unit back to its inputs
					v, at = lt.DZ[i], 1-smooth(st.t)
					size = math.Min(1, math.Abs(v)/topDZ)
				}
				s.pulse(l, i, j, at, v, size)
			}
		}
		return
	}
	if !m.Playing || !m.Speed.Slow() {
		return
	}
	tr := m.LastTrained() // the last sample Play trained
	if !tr.HasBackward {
		return
	}
	for l, lt := range tr.Layers {
		w := m.Layer(l).Linear.Weight
		top := 1e-12
		for i := range lt.Z {
			for j := range lt.Input {
				top = math.Max(top, math.Abs(w[i][j]*lt.Input[j]))
			}
		}
		at := math.Mod(clock*0.8+float64(l)*0.25, 1)
		for i := range lt.Z {
			for j := range lt.Input {
				v := w[i][j] * lt.Input[j]
				s.pulse(l, i, j, at, v, math.Abs(v)/top)
			}
		}
	}
}

// pulse adds a dot at fraction at along the edge from unit j of level l to unit i of
// level l+1, coloured by the sign of v and sized by size in [0, 1].
func (s *Scene) pulse(l, i, j int, at, v, size float64) {
	if !core.IsFinite(v) || math.IsNaN(size) {
		return
	}
	from, to := s.Geo.Nodes[l][j], s.Geo.Nodes[l+1][i]
	x0, y0 := from.X+from.W, from.Y+from.H/2
	x1, y1 := to.X, to.Y+to.H/2
	size = math.Min(1, size)
	sc := s.Geo.Scale
	r := (2 + 4.5*math.Sqrt(size)) * sc
	s.Pulses = append(s.Pulses, Pulse{X: x0 + (x1-x0)*at, Y: y0 + (y1-y0)*at, R: r, Halo: r + sc,
		Color: sheet.Diverging(math.Copysign(0.4+0.6*size, v))})
}
