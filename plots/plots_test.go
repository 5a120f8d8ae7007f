package plots

import (
	"bytes"
	"flag"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"

	"nnplay/core"
)

var update = flag.Bool("update", false, "rewrite the golden images in testdata/golden")

// goldenFigures are small, fast versions of every figure kind.
var goldenFigures = []struct {
	name          string
	width, height int
	build         func() (Figure, error)
}{
	{"activation-sigmoid", 400, 300, func() (Figure, error) {
		return Activation(core.Sigmoid{}, ActivationOptions{Marks: []float64{-4, -1, 0.5, 2}})
	}},
	{"activation-relu6", 400, 300, func() (Figure, error) { return Activation(core.ReLU6{}, ActivationOptions{}) }},
	{"gallery", 700, 350, func() (Figure, error) { return Gallery(core.Activations()) }},
	{"vanishing-gradient", 400, 300, func() (Figure, error) { return VanishingGradient(VanishingOptions{Depth: 6}) }},
	{"dead-relu", 700, 330, func() (Figure, error) {
		return DeadReLU(DeadReLUOptions{LRs: []float64{0.01, 0.3, 3}, Epochs: 4, Seeds: 2, TimeLen: 6})
	}},
	{"activation-race", 400, 300, func() (Figure, error) { return ActivationRace(RaceOptions{Epochs: 30}) }},
}

func render(t *testing.T, fig Figure, w, h int) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, fig, w, h, "png"); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func decode(t *testing.T, data []byte) image.Image {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return img
}

// TestGolden compares every figure kind with its committed image. Text and curves are
// rasterised by pure Go, so natively and under wasm the images agree; a few pixels of
// tolerance absorb last-bit differences in the math behind antialiasing.
func TestGolden(t *testing.T) {
	for _, g := range goldenFigures {
		t.Run(g.name, func(t *testing.T) {
			fig, err := g.build()
			if err != nil {
				t.Fatal(err)
			}
			got := render(t, fig, g.width, g.height)
			path := filepath.Join("testdata", "golden", g.name+".png")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./plots -update to create it)", err)
			}
			if bytes.Equal(got, want) {
				return
			}
			a, b := decode(t, got), decode(t, want)
			if a.Bounds() != b.Bounds() {
				t.Fatalf("size %v, golden %v", a.Bounds(), b.Bounds())
			}
			differ := 0
			for y := a.Bounds().Min.Y; y < a.Bounds().Max.Y; y++ {
				for x := a.Bounds().Min.X; x < a.Bounds().Max.X; x++ {
					if colorDistance(a.At(x, y), b.At(x, y)) > 24 {
						differ++
					}
				}
			}
			if limit := a.Bounds().Dx() * a.Bounds().Dy() / 1000; differ > limit {
				os.WriteFile(filepath.Join(t.TempDir(), g.name+".png"), got, 0o644)
				t.Errorf("%d pixels differ from %s (at most %d allowed); run go test ./plots -update after checking the new image", differ, path, limit)
			}
		})
	}
}

func colorDistance(a, b color.Color) int {
	r1, g1, b1, _ := a.RGBA()
	r2, g2, b2, _ := b.RGBA()
	d := func(x, y uint32) int { return int(math.Abs(float64(x>>8) - float64(y>>8))) }
	return max(d(r1, r2), d(g1, g2), d(b1, b2))
}

func TestSameInputsSameBytes(t *testing.T) {
	for _, g := range goldenFigures[:4] {
		a, _ := g.build()
		b, _ := g.build()
		if !bytes.Equal(render(t, a, g.width, g.height), render(t, b, g.width, g.height)) {
			t.Errorf("%s: two renders differ", g.name)
		}
	}
}

func TestWriteSizesAndFormats(t *testing.T) {
	p, err := Activation(core.Tanh{}, ActivationOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, sz := range [][2]int{{640, 480}, {333, 222}, {1200, 300}} {
		img := decode(t, render(t, p, sz[0], sz[1]))
		if img.Bounds().Dx() != sz[0] || img.Bounds().Dy() != sz[1] {
			t.Errorf("asked %v, got %v", sz, img.Bounds())
		}
	}
	var svg bytes.Buffer
	if err := Write(&svg, p, 640, 480, "svg"); err != nil || !strings.Contains(svg.String(), "<svg") {
		t.Errorf("svg: %v, %.80q", err, svg.String())
	}
	for _, bad := range []struct {
		w, h   int
		format string
	}{{10, 480, "png"}, {640, 480, "gif"}, {9000, 480, "png"}} {
		if err := Write(&bytes.Buffer{}, p, bad.w, bad.h, bad.format); err == nil {
			t.Errorf("Write(%d, %d, %q) accepted", bad.w, bad.h, bad.format)
		}
	}
}

// pixelMap returns where data coordinates of p land in an image rendered by Write at
// w x h.
func pixelMap(p *plot.Plot, w, h int) func(x, y float64) (int, int) {
	dpi := dpiFor(w, h)
	c := vgimg.NewWith(vgimg.UseWH(vg.Length(w)*vg.Inch/vg.Length(dpi), vg.Length(h)*vg.Inch/vg.Length(dpi)), vgimg.UseDPI(dpi))
	da := p.DataCanvas(margin(draw.New(c)))
	tx, ty := p.Transforms(&da)
	return func(x, y float64) (int, int) {
		return int(math.Round(tx(x).Dots(float64(dpi)))), h - int(math.Round(ty(y).Dots(float64(dpi))))
	}
}

func near(c color.Color, want color.Color, tol int) bool { return colorDistance(c, want) <= tol }

// The sigmoid curve passes through (0, 0.5) at the horizontal middle of the data area,
// and nowhere else on that row.
func TestSigmoidCrossesHalfAtZero(t *testing.T) {
	const w, h = 640, 480
	p, _ := Activation(core.Sigmoid{}, ActivationOptions{})
	img := decode(t, render(t, p, w, h))
	at := pixelMap(p, w, h)
	x0, y := at(0, 0.5)
	left, _ := at(-6, 0)
	right, _ := at(6, 0)
	if math.Abs(float64(x0)-float64(left+right)/2) > 1 {
		t.Errorf("z = 0 at x = %d, not the middle of [%d, %d]", x0, left, right)
	}
	var blues []int
	for x := left + 2; x < right-2; x++ {
		if near(img.At(x, y), blue, 60) {
			blues = append(blues, x)
		}
	}
	if len(blues) == 0 {
		t.Fatalf("no f(z) pixel on the row of 0.5 (y = %d)", y)
	}
	for _, x := range blues {
		if math.Abs(float64(x-x0)) > 4 {
			t.Errorf("f(z) pixel on the row of 0.5 at x = %d, %d pixels from z = 0", x, x-x0)
		}
	}
}

// ReLU's dead shading covers z < 0 and stops at 0; LeakyReLU has none.
func TestDeadShading(t *testing.T) {
	const w, h = 640, 480
	white := color.White
	grey := blend(deadFill)
	relu, _ := Activation(core.ReLU{}, ActivationOptions{})
	img := decode(t, render(t, relu, w, h))
	at := pixelMap(relu, w, h)
	for _, z := range []float64{-5.5, -3.3, -1.7, -0.3} {
		if x, y := at(z, 4.4); !near(img.At(x, y), grey, 6) {
			t.Errorf("ReLU at z=%v: %v, want the dead shade %v", z, img.At(x, y), grey)
		}
	}
	for _, z := range []float64{0.3, 1.7, 3.3} {
		if x, y := at(z, 4.4); !near(img.At(x, y), white, 6) {
			t.Errorf("ReLU at z=%v: %v, want white", z, img.At(x, y))
		}
	}
	leaky, _ := Activation(core.DefaultLeakyReLU, ActivationOptions{})
	img = decode(t, render(t, leaky, w, h))
	at = pixelMap(leaky, w, h)
	x0, y0 := at(-6, 6)
	x1, y1 := at(6, -0.5)
	for y := y0; y < y1; y++ {
		for x := x0; x < x1; x++ {
			if near(img.At(x, y), grey, 3) {
				t.Fatalf("LeakyReLU has a dead-shaded pixel at (%d, %d)", x, y)
			}
		}
	}
	if x, y := at(-3.3, 4.4); !near(img.At(x, y), blend(saturatedFill), 6) {
		t.Errorf("LeakyReLU at z=-3.3: %v, want the saturated shade (slope 0.01 < 10%% of 1)", img.At(x, y))
	}
}

// Every activation figure's legend sits on a white box and off the shaded bands: its
// text (the only black in a figure without marks) lies outside every band, and the
// pixels around it are white.
func TestLegendOnWhiteOffBands(t *testing.T) {
	const w, h = 640, 480
	for _, f := range core.Activations() {
		p, err := Activation(f, ActivationOptions{})
		if err != nil {
			t.Fatal(err)
		}
		img := decode(t, render(t, p, w, h))
		at := pixelMap(p, w, h)
		x0, y0 := at(p.X.Min, p.Y.Max)
		x1, y1 := at(p.X.Max, p.Y.Min)
		// The legend's text: the box around the black pixels of the data area.
		minX, minY, maxX, maxY := w, h, -1, -1
		for y := y0 + 1; y < y1; y++ {
			for x := x0 + 1; x < x1; x++ {
				if near(img.At(x, y), black, 60) {
					minX, minY, maxX, maxY = min(minX, x), min(minY, y), max(maxX, x), max(maxY, y)
				}
			}
		}
		if maxX < 0 {
			t.Errorf("%v: no legend text in the data area", f)
			continue
		}
		lo, hi := DefaultRange(f)
		for _, s := range core.Spans(f, lo, hi, spanSamples) {
			if s.Region == core.Active {
				continue
			}
			from, _ := at(s.From, 0)
			to, _ := at(s.To, 0)
			if minX <= to && from <= maxX {
				t.Errorf("%v: legend text at x %d..%d lies on the %v band at x %d..%d", f, minX, maxX, s.Region, from, to)
			}
		}
		// Three and four pixels out from the text, past its antialiasing and inside
		// the box's margin, every pixel is white: no band, no grid line.
		white := true
		for y := max(minY-4, y0+1); y <= min(maxY+4, y1-1) && white; y++ {
			for x := max(minX-4, x0+1); x <= min(maxX+4, x1-1); x++ {
				if x >= minX-2 && x <= maxX+2 && y >= minY-2 && y <= maxY+2 {
					continue
				}
				if !near(img.At(x, y), color.White, 4) {
					t.Errorf("%v: the legend's box is %v at (%d, %d), not white", f, img.At(x, y), x, y)
					white = false
					break
				}
			}
		}
	}
}

// blend is c over white.
func blend(c color.NRGBA) color.Color {
	a := float64(c.A) / 255
	mix := func(v uint8) uint8 { return uint8(math.Round(255 - (255-float64(v))*a)) }
	return color.RGBA{mix(c.R), mix(c.G), mix(c.B), 255}
}

func TestActivationOptionErrors(t *testing.T) {
	for _, o := range []ActivationOptions{{Min: 2, Max: 1}, {Min: math.Inf(-1), Max: 1}, {Marks: []float64{math.NaN()}}} {
		if _, err := Activation(core.Tanh{}, o); err == nil {
			t.Errorf("options %+v accepted", o)
		}
	}
	p, err := Activation(core.Tanh{}, ActivationOptions{Marks: []float64{-9, 10}})
	if err != nil || p.X.Min > -9 || p.X.Max < 10 {
		t.Errorf("marks outside the range must widen it: %v, [%v, %v]", err, p.X.Min, p.X.Max)
	}
}

// The data behind the training figures says what the figures claim.
func TestVanishingGradientData(t *testing.T) {
	xs, ts, err := data(core.Circle, 1)
	if err != nil {
		t.Fatal(err)
	}
	sizes := []int{2, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 1}
	fall := func(act core.Activation) float64 {
		n := gradNorms(core.MLP(sizes, act, core.Tanh{}, core.InitXavierUniform, 1), xs, ts)
		return math.Pow(n[9]/n[0], 1.0/9)
	}
	if f := fall(core.Sigmoid{}); f < 3 || f > 6 {
		t.Errorf("sigmoid's gradient falls %.2fx per layer, want about 4x", f)
	}
	for _, act := range []core.Activation{core.Tanh{}, core.ReLU{}} {
		if f := fall(act); f > 1.5 {
			t.Errorf("%v's gradient falls %.2fx per layer, want about flat", act, f)
		}
	}
}

func TestDeadReLUData(t *testing.T) {
	xs, ts, err := data(core.Spiral, 2)
	if err != nil {
		t.Fatal(err)
	}
	low, high := 0.0, 0.0
	for seed := uint64(1); seed <= 3; seed++ {
		low += deadRun(core.ReLU{}, 0.01, seed, 10, xs, ts, nil)
		high += deadRun(core.ReLU{}, 3, seed, 10, xs, ts, nil)
		if fr := deadRun(core.DefaultLeakyReLU, 3, seed, 10, xs, ts, nil); fr != 0 {
			t.Errorf("LeakyReLU has %.2f dead units", fr)
		}
	}
	if high <= 2*low {
		t.Errorf("dead ReLU share %.2f at lr 3 is not well above %.2f at lr 0.01", high/3, low/3)
	}
}
