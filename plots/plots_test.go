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
	"reflect"
	"strings"
	"testing"
	"unsafe"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"

	"nnplay/core"
	"nnplay/plots/palette"
	"nnplay/wasm/play/kofont"
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
	{"activation-relu6", 400, 300, func() (Figure, error) {
		return Activation(core.ReLU6{}, ActivationOptions{})
	}},
	{"gallery", 700, 350, func() (Figure, error) { return Gallery(core.Activations(), "") }},
	{"vanishing-gradient", 400, 300, func() (Figure, error) {
		return VanishingGradient(VanishingOptions{Depth: 6})
	}},
	{"dead-relu", 700, 330, func() (Figure, error) {
		return DeadReLU(DeadReLUOptions{LRs: []float64{0.01, 0.3, 3}, Epochs: 4, Seeds: 2, TimeLen: 6})
	}},
	{"activation-race", 400, 300, func() (Figure, error) {
		return ActivationRace(RaceOptions{Epochs: 30})
	}},
	// A figure as Export PNG draws it in Korean: the words, the font and its placing.
	{"activation-leaky_relu-ko", 400, 300, func() (Figure, error) {
		if err := UseKoreanFont(kofont.OTF); err != nil {
			return nil, err
		}
		return Activation(core.DefaultLeakyReLU, ActivationOptions{Marks: []float64{-2, 1},
			Lang: "ko", Title: "1층 유닛 1: LeakyReLU(negative_slope=0.01)"})
	}},
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
				t.Errorf("%d pixels differ from %s (at most %d allowed); "+
					"run go test ./plots -update after checking the new image", differ, path, limit)
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
	c := vgimg.NewWith(
		vgimg.UseWH(vg.Length(w)*vg.Inch/vg.Length(dpi), vg.Length(h)*vg.Inch/vg.Length(dpi)),
		vgimg.UseDPI(dpi),
	)
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
		if near(img.At(x, y), palette.Function, 60) {
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

// Each region is shaded in its palette colour, the same the page uses: ReLU's dead
// band covers z < 0 and stops at 0; LeakyReLU's negative side is leaky, never dead or
// saturated; ReLU6's flat top is saturated; GELU has one saturated tail and no stripe
// where it turns at z = -0.75.
func TestRegionShading(t *testing.T) {
	const w, h = 640, 480
	fill := func(r core.Region) color.Color {
		c, ok := palette.RegionFill(r)
		if !ok {
			return color.White
		}
		return blend(c)
	}
	for _, c := range []struct {
		f    core.Activation
		y    float64 // a height clear of the curves and the legend
		want map[float64]core.Region
	}{
		{core.ReLU{}, 4.4, map[float64]core.Region{-5.5: core.Dead, -3.3: core.Dead, -1.7: core.Dead,
			-0.3: core.Dead, 0.3: core.Active, 1.7: core.Active, 3.3: core.Active}},
		{core.DefaultLeakyReLU, 4.4, map[float64]core.Region{-5.5: core.Leaky, -3.3: core.Leaky,
			-0.3: core.Leaky, 0.3: core.Active, 3.3: core.Active}},
		{core.ReLU6{}, 2, map[float64]core.Region{-3: core.Dead, 3: core.Active, 6.5: core.Saturated,
			8.5: core.Saturated}},
		{core.GELU{}, 4.4, map[float64]core.Region{-5: core.Saturated, -2: core.Saturated,
			-1.3: core.Active, -0.75: core.Active, -0.6: core.Active, 0.5: core.Active}},
	} {
		p, err := Activation(c.f, ActivationOptions{})
		if err != nil {
			t.Fatal(err)
		}
		img := decode(t, render(t, p, w, h))
		at := pixelMap(p, w, h)
		for z, r := range c.want {
			if x, y := at(z, c.y); !near(img.At(x, y), fill(r), 6) {
				t.Errorf("%v at z=%v: %v, want the %v shade %v", c.f, z, img.At(x, y), r, fill(r))
			}
		}
	}
}

// Every activation figure's legend sits on a white box off the shaded bands: its box
// lies outside the data area or beside every band, its margin is white, and its text is
// in it.
func TestLegendOnWhiteOffBands(t *testing.T) {
	const w, h = 640, 480
	for _, f := range core.Activations() {
		marked := ActivationOptions{Marks: []float64{-1, 0.5, 2}, Highlight: []float64{1}}
		for _, o := range []ActivationOptions{{}, marked} {
			p, lg, err := activation(f, o)
			if err != nil {
				t.Fatal(err)
			}
			img := decode(t, render(t, p, w, h))
			dpi := dpiFor(w, h)
			c := vgimg.NewWith(
				vgimg.UseWH(vg.Length(w)*vg.Inch/vg.Length(dpi), vg.Length(h)*vg.Inch/vg.Length(dpi)),
				vgimg.UseDPI(dpi),
			)
			da := p.DataCanvas(margin(draw.New(c)))
			box := lg.Box(da, p)
			px := func(x, y vg.Length) (int, int) {
				return int(math.Round(x.Dots(float64(dpi)))), h - int(math.Round(y.Dots(float64(dpi))))
			}
			bx0, by0 := px(box.Min.X, box.Max.Y) // top left, in pixels
			bx1, by1 := px(box.Max.X, box.Min.Y)
			// The left edge falls within a pixel (76.5): the margin's pixels are those
			// from the one the edge is in, not from the one it rounds to, which put the
			// margin's inner pixel under the legend's first swatch.
			bx0 = int(math.Floor(box.Min.X.Dots(float64(dpi))))
			if box.Min.Y < da.Max.Y { // reaches into the data area: it must keep off the bands
				at := pixelMap(p, w, h)
				for _, s := range core.Spans(f, p.X.Min, p.X.Max, spanSamples) {
					from, _ := at(s.From, 0)
					to, _ := at(s.To, 0)
					if s.Region != core.Active && bx0 < to && from < bx1 {
						t.Errorf("%v: legend at x %d..%d lies on the %v band at x %d..%d",
							f, bx0, bx1, s.Region, from, to)
					}
				}
			}
			ink := 0
			// The margin is 4 points, over 5 pixels at this size; its outermost pixel
			// may take antialiasing from what borders the box.
			for y := by0 + 1; y < by1-1; y++ {
				for x := bx0 + 1; x < bx1-1; x++ {
					inMargin := y <= by0+4 || y >= by1-5 || x <= bx0+4 || x >= bx1-5
					switch c := img.At(x, y); {
					case inMargin && !near(c, color.White, 4):
						t.Fatalf("%v %+v: the legend's margin is %v at (%d, %d), not white", f, o, c, x, y)
					case near(c, palette.Black, 60):
						ink++
					}
				}
			}
			if ink < 50 {
				t.Errorf("%v %+v: %d pixels of legend text in its box", f, o, ink)
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
	for _, o := range []ActivationOptions{
		{Min: 2, Max: 1}, {Min: math.Inf(-1), Max: 1}, {Marks: []float64{math.NaN()}},
	} {
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

// Every kind of figure is registered once, with a size Write takes and a word for the
// help; each builds with default options.
func TestKinds(t *testing.T) {
	seen := map[string]bool{}
	for _, k := range Kinds() {
		if seen[k.Name] || k.Name == "" || k.About == "" || k.Build == nil {
			t.Errorf("kind %+v is a duplicate or incomplete", k)
		}
		seen[k.Name] = true
		if k.Width < 64 || k.Height < 64 || k.Width > 8192 || k.Height > 8192 {
			t.Errorf("%s: default size %dx%d", k.Name, k.Width, k.Height)
		}
	}
	for _, name := range []string{
		"activation", "gallery", "vanishing-gradient", "dead-relu", "activation-race",
	} {
		if !seen[name] {
			t.Errorf("kind %q is not registered", name)
		}
	}
}

// TestLegendNamesEveryMark checks that every mark an activation figure draws has its
// entry in the legend: the curves, the shaded bands and each glyph of the z marks.
// (The marks' triangles on f'(z) were drawn without one: the legend showed only their
// circles on f(z).)
func TestLegendNamesEveryMark(t *testing.T) {
	for _, f := range core.Activations() {
		o := ActivationOptions{Marks: []float64{-1, 0.5, 2}, Highlight: []float64{1}}
		p, lg, err := activation(f, o)
		if err != nil {
			t.Fatal(err)
		}
		named := map[plot.Thumbnailer]bool{}
		for _, ts := range lg.thumbs {
			for _, th := range ts {
				named[th] = true
				if two, ok := th.(pair); ok {
					named[two[0]], named[two[1]] = true, true
				}
			}
		}
		drawn := 0
		for _, pl := range plottersOf(p) {
			switch pl.(type) {
			case *plotter.Scatter, *plotter.Function:
				drawn++
				if !named[pl.(plot.Thumbnailer)] {
					t.Errorf("%v: the legend has no entry for the %T %+v", f, pl, pl)
				}
			}
		}
		if drawn != 6 { // f, f', and two marks on each of them
			t.Errorf("%v: %d curves and marks, want 6", f, drawn)
		}
	}
}

// plottersOf returns what p draws: gonum keeps it unexported.
func plottersOf(p *plot.Plot) []plot.Plotter {
	v := reflect.ValueOf(p).Elem().FieldByName("plotters")
	return *(*[]plot.Plotter)(unsafe.Pointer(v.UnsafeAddr()))
}

// TestTicksWriteTheMinusSign checks every tick label of every golden figure, and of the
// gallery in Korean: a negative one, and an exponent's sign, write the minus sign
// (U+2212), as the page and its canvas do, never a hyphen ("-6" in Liberation Sans is a
// short dash high on the line, beside the page's "−6"). The Korean font must hold it
// (TestKoreanFigures: WordRunes).
func TestTicksWriteTheMinusSign(t *testing.T) {
	minus := 0
	check := func(name string, fig Figure) {
		var ps []*plot.Plot
		switch f := fig.(type) {
		case *plot.Plot:
			ps = append(ps, f)
		case grid:
			for _, row := range f.plots {
				ps = append(ps, row...)
			}
		default:
			t.Fatalf("%s: a figure of type %T", name, fig)
		}
		for _, p := range ps {
			for _, a := range []*plot.Axis{&p.X, &p.Y} {
				for _, tk := range a.Tick.Marker.Ticks(a.Min, a.Max) {
					if strings.Contains(tk.Label, "-") {
						t.Errorf("%s: a tick reads %q", name, tk.Label)
					}
					minus += strings.Count(tk.Label, "−")
				}
			}
		}
	}
	for _, g := range goldenFigures {
		fig, err := g.build()
		if err != nil {
			t.Fatal(err)
		}
		check(g.name, fig)
	}
	if err := UseKoreanFont(kofont.OTF); err != nil {
		t.Fatal(err)
	}
	fig, err := Gallery(core.Activations(), "ko")
	if err != nil {
		t.Fatal(err)
	}
	check("gallery in Korean", fig)
	if minus == 0 {
		t.Fatal("no tick reads a minus sign: the figures show no negative value")
	}
}
