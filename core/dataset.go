package core

import (
	"fmt"
	"math"
	"strings"
)

// Point is one sample on the plane with its label: +1 or -1 for classification, a real
// value for regression (Playground does not clamp it: the plane reaches 1.2).
type Point struct {
	X1, X2, Label float64
}

// DatasetKind is one of TensorFlow Playground's data generators.
type DatasetKind int

const (
	// Circle: label +1 inside radius 2.5, -1 in a ring from 3.5 to 5.
	Circle DatasetKind = iota
	// XOR: label +1 where x1*x2 >= 0, with a 0.3 gap at the axes.
	XOR
	// Gauss: two Gaussian blobs around (2, 2) (+1) and (-2, -2) (-1).
	Gauss
	// Spiral: two interleaved spirals.
	Spiral
	// Plane: regression of (x1 + x2)/10.
	Plane
	// MultiGauss: regression of six signed Gaussian bumps.
	MultiGauss
)

var datasetNames = [...]string{"circle", "xor", "gauss", "spiral", "plane", "multi_gauss"}

// DatasetKinds lists every generator, classification first.
func DatasetKinds() []DatasetKind {
	return []DatasetKind{Circle, XOR, Gauss, Spiral, Plane, MultiGauss}
}

// String returns the generator's name: "circle", "xor", "gauss", "spiral", "plane" or
// "multi_gauss".
func (k DatasetKind) String() string {
	if k < 0 || int(k) >= len(datasetNames) {
		return fmt.Sprintf("DatasetKind(%d)", int(k))
	}
	return datasetNames[k]
}

// ParseDatasetKind reads a generator's name as String writes it.
func ParseDatasetKind(s string) (DatasetKind, error) {
	for i, n := range datasetNames {
		if n == s {
			return DatasetKind(i), nil
		}
	}
	return 0, fmt.Errorf("core: unknown dataset %q (want %s)", s, strings.Join(datasetNames[:], ", "))
}

// Regression reports whether the labels are real values rather than +1/-1.
func (k DatasetKind) Regression() bool { return k == Plane || k == MultiGauss }

// DefaultSize is Playground's number of points: 500 for classification, 1200 for
// regression.
func (k DatasetKind) DefaultSize() int {
	if k.Regression() {
		return 1200
	}
	return 500
}

// MaxNoise is the largest noise Playground offers, in percent.
const MaxNoise = 50

// Generate draws n points from generator k with noise in percent (0 to MaxNoise), using
// Playground's formulas and rng for every random number.
func Generate(k DatasetKind, n int, noise float64, rng *RNG) ([]Point, error) {
	if !(noise >= 0 && noise <= MaxNoise) {
		return nil, fmt.Errorf("core: noise %v%% is outside 0..%d%%", noise, MaxNoise)
	}
	if n < 2 || n > 100000 {
		return nil, fmt.Errorf("core: %d points asked, want 2..100000", n)
	}
	noise /= 100
	var ps []Point
	switch k {
	case Circle:
		ps = circle(n, noise, rng)
	case XOR:
		ps = xor(n, noise, rng)
	case Gauss:
		ps = gauss(n, noise, rng)
	case Spiral:
		ps = spiral(n, noise, rng)
	case Plane:
		ps = plane(n, noise, rng)
	case MultiGauss:
		ps = multiGauss(n, noise, rng)
	default:
		return nil, fmt.Errorf("core: unknown dataset %v", k)
	}
	return ps, nil
}

func circle(n int, noise float64, rng *RNG) []Point {
	const radius = 5.0
	label := func(x, y float64) float64 {
		if math.Hypot(x, y) < radius*0.5 {
			return 1
		}
		return -1
	}
	var ps []Point
	ring := func(rmin, rmax float64) {
		for i := 0; i < n/2; i++ {
			r := rng.Uniform(rmin, rmax)
			angle := rng.Uniform(0, 2*math.Pi)
			x, y := r*math.Sin(angle), r*math.Cos(angle)
			nx := rng.Uniform(-radius, radius) * noise
			ny := rng.Uniform(-radius, radius) * noise
			ps = append(ps, Point{x, y, label(x+nx, y+ny)})
		}
	}
	ring(0, radius*0.5)
	ring(radius*0.7, radius)
	return ps
}

func xor(n int, noise float64, rng *RNG) []Point {
	const padding = 0.3
	pad := func(v float64) float64 {
		if v > 0 {
			return v + padding
		}
		return v - padding
	}
	ps := make([]Point, 0, n)
	for i := 0; i < n; i++ {
		x := pad(rng.Uniform(-5, 5))
		y := pad(rng.Uniform(-5, 5))
		nx := rng.Uniform(-5, 5) * noise
		ny := rng.Uniform(-5, 5) * noise
		label := -1.0
		if (x+nx)*(y+ny) >= 0 {
			label = 1
		}
		ps = append(ps, Point{x, y, label})
	}
	return ps
}

func gauss(n int, noise float64, rng *RNG) []Point {
	// Playground maps noise 0..0.5 linearly to a variance of 0.5..4.
	variance := 0.5 + noise/0.5*3.5
	std := math.Sqrt(variance)
	var ps []Point
	blob := func(cx, cy, label float64) {
		for i := 0; i < n/2; i++ {
			x := rng.Normal(cx, std)
			y := rng.Normal(cy, std)
			ps = append(ps, Point{x, y, label})
		}
	}
	blob(2, 2, 1)
	blob(-2, -2, -1)
	return ps
}

func spiral(n int, noise float64, rng *RNG) []Point {
	var ps []Point
	half := n / 2
	arm := func(deltaT, label float64) {
		for i := 0; i < half; i++ {
			r := float64(i) / float64(half) * 5
			t := 1.75*float64(i)/float64(half)*2*math.Pi + deltaT
			x := r*math.Sin(t) + rng.Uniform(-1, 1)*noise
			y := r*math.Cos(t) + rng.Uniform(-1, 1)*noise
			ps = append(ps, Point{x, y, label})
		}
	}
	arm(0, 1)
	arm(math.Pi, -1)
	return ps
}

func plane(n int, noise float64, rng *RNG) []Point {
	const radius = 6.0
	ps := make([]Point, 0, n)
	for i := 0; i < n; i++ {
		x := rng.Uniform(-radius, radius)
		y := rng.Uniform(-radius, radius)
		nx := rng.Uniform(-radius, radius) * noise
		ny := rng.Uniform(-radius, radius) * noise
		ps = append(ps, Point{x, y, (x + nx + y + ny) / 10})
	}
	return ps
}

func multiGauss(n int, noise float64, rng *RNG) []Point {
	const radius = 6.0
	centers := [...][3]float64{
		{-4, 2.5, 1}, {0, 2.5, -1}, {4, 2.5, 1},
		{-4, -2.5, -1}, {0, -2.5, 1}, {4, -2.5, -1},
	}
	label := func(x, y float64) float64 {
		// The bump of largest magnitude wins; each falls linearly from 1 at its
		// centre to 0 at distance 2.
		best := 0.0
		for _, c := range centers {
			v := c[2] * math.Max(0, 1-math.Hypot(x-c[0], y-c[1])/2)
			if math.Abs(v) > math.Abs(best) {
				best = v
			}
		}
		return best
	}
	ps := make([]Point, 0, n)
	for i := 0; i < n; i++ {
		x := rng.Uniform(-radius, radius)
		y := rng.Uniform(-radius, radius)
		nx := rng.Uniform(-radius, radius) * noise
		ny := rng.Uniform(-radius, radius) * noise
		ps = append(ps, Point{x, y, label(x+nx, y+ny)})
	}
	return ps
}

// Split shuffles points with rng and cuts them into a training set of trainPercent
// percent (rounded down) and a test set of the rest, as Playground does. It does not
// modify points.
func Split(points []Point, trainPercent float64, rng *RNG) (train, test []Point) {
	ps := append([]Point(nil), points...)
	rng.Shuffle(len(ps), func(i, j int) { ps[i], ps[j] = ps[j], ps[i] })
	cut := int(math.Floor(float64(len(ps)) * trainPercent / 100))
	cut = min(max(cut, 0), len(ps))
	return ps[:cut:cut], ps[cut:]
}

// Feature is one of Playground's input features computed from a point (x1, x2).
type Feature int

// The features, in Playground's order: x1, x2, their squares, their product, and
// their sines.
const (
	X1 Feature = iota
	X2
	X1Squared
	X2Squared
	X1X2
	SinX1
	SinX2
)

var featureNames = [...]string{"x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)"}

// AllFeatures lists every feature in Playground's order.
func AllFeatures() []Feature { return []Feature{X1, X2, X1Squared, X2Squared, X1X2, SinX1, SinX2} }

// String returns the feature's formula: "x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)"
// or "sin(x2)".
func (f Feature) String() string {
	if f < 0 || int(f) >= len(featureNames) {
		return fmt.Sprintf("Feature(%d)", int(f))
	}
	return featureNames[f]
}

// ParseFeature reads a feature's formula as String writes it.
func ParseFeature(s string) (Feature, error) {
	for i, n := range featureNames {
		if n == s {
			return Feature(i), nil
		}
	}
	return 0, fmt.Errorf("core: unknown feature %q (want %s)", s, strings.Join(featureNames[:], ", "))
}

// Eval returns the feature's value at (x1, x2).
func (f Feature) Eval(x1, x2 float64) float64 {
	switch f {
	case X1:
		return x1
	case X2:
		return x2
	case X1Squared:
		return x1 * x1
	case X2Squared:
		return x2 * x2
	case X1X2:
		return x1 * x2
	case SinX1:
		return math.Sin(x1)
	case SinX2:
		return math.Sin(x2)
	}
	panic(fmt.Sprintf("core: unknown feature %d", int(f)))
}

// EvalFeatures writes the features fs of (x1, x2) into dst.
func EvalFeatures(fs []Feature, x1, x2 float64, dst []float64) {
	for i, f := range fs {
		dst[i] = f.Eval(x1, x2)
	}
}

// Inputs returns the feature rows of points, one row of len(fs) per point.
func Inputs(points []Point, fs []Feature) [][]float64 {
	flat := make([]float64, len(points)*len(fs))
	xs := rows(flat, len(points), len(fs))
	for i, p := range points {
		EvalFeatures(fs, p.X1, p.X2, xs[i])
	}
	return xs
}

// Targets returns one single-element target row per point: the label itself, or, for
// a loss that wants probabilities (BCEWithLogitsLoss), (label+1)/2 so that -1 becomes 0
// and +1 becomes 1.
func Targets(points []Point, loss Loss) [][]float64 {
	flat := make([]float64, len(points))
	ts := rows(flat, len(points), 1)
	_, prob := loss.(BCEWithLogitsLoss)
	for i, p := range points {
		ts[i][0] = p.Label
		if prob {
			ts[i][0] = (p.Label + 1) / 2
		}
	}
	return ts
}
