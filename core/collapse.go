package core

// FoldLinear returns the one Linear layer equivalent to a followed by b:
// b(a(x)) = Wb(Wa x + ba) + bb = (Wb Wa) x + (Wb ba + bb). The result has a bias when
// either layer has one. It panics if a.Out != b.In.
func FoldLinear(a, b *Linear) *Linear {
	if a.Out != b.In {
		panic("core: FoldLinear needs a.Out == b.In")
	}
	f := newLinear(a.In, b.Out, a.HasBias() || b.HasBias())
	for i := 0; i < b.Out; i++ {
		for j := 0; j < a.In; j++ {
			s := 0.0
			for k := 0; k < a.Out; k++ {
				s += b.Weight[i][k] * a.Weight[k][j]
			}
			f.Weight[i][j] = s
		}
		if f.HasBias() {
			s := 0.0
			if b.HasBias() {
				s = b.Bias[i]
			}
			if a.HasBias() {
				for k := 0; k < a.Out; k++ {
					s += b.Weight[i][k] * a.Bias[k]
				}
			}
			f.Bias[i] = s
		}
	}
	return f
}

// Collapse returns a copy of s in which every run of Linear layers with nothing but
// Identity between them is folded into the one equivalent Linear layer (see
// FoldLinear): the tutorial's point that Linear(W1=2) then Linear(W2=3) is Linear(W=6).
// A network with an activation between every pair of Linear layers comes back
// unchanged, as a copy.
func Collapse(s *Sequential) *Sequential {
	c := &Sequential{}
	for _, l := range s.Layers {
		n := len(c.Layers)
		if n > 0 && isLinearOnly(c.Layers[n-1]) {
			c.Layers[n-1] = Layer{Linear: FoldLinear(c.Layers[n-1].Linear, l.Linear), Act: l.Act}
			continue
		}
		c.Layers = append(c.Layers, Layer{Linear: l.Linear.Clone(), Act: l.Act})
	}
	return c
}

func isLinearOnly(l Layer) bool {
	_, id := l.Act.(Identity)
	return l.Act == nil || id
}
