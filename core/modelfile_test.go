package core

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"runtime"
	"strings"
	"testing"
)

func TestModelRoundTripIsExact(t *testing.T) {
	nets := []*Sequential{deepNet(1), MLP([]int{2, 4, 2, 1}, Tanh{}, Tanh{}, InitPlayground, 9)}
	nets = append(
		nets,
		NewSequential(
			NewLinear(3, 2, false, NewRNG(1)),
			Softplus{Beta: 2.5, Threshold: 7},
			NewLinear(2, 1, true, NewRNG(2)),
			ELU{Alpha: 0.3},
		),
	)
	for _, net := range nets {
		var buf bytes.Buffer
		if err := WriteModel(&buf, net); err != nil {
			t.Fatal(err)
		}
		got, err := ReadModel(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatalf("%v\n%s", err, buf.String())
		}
		assertSameModel(t, got, net)
		var again bytes.Buffer
		if err := WriteModel(&again, got); err != nil || again.String() != buf.String() {
			t.Error("writing the read model gives different bytes")
		}
	}
}

func assertSameModel(t *testing.T, got, want *Sequential) {
	t.Helper()
	if got.String() != want.String() || len(got.Layers) != len(want.Layers) {
		t.Fatalf("structure differs:\n%v\n%v", got, want)
	}
	for l := range want.Layers {
		if got.Layers[l].Act != want.Layers[l].Act {
			t.Errorf("layer %d activation %v, want %v", l, got.Layers[l].Act, want.Layers[l].Act)
		}
		g, w := got.Layers[l].Linear, want.Layers[l].Linear
		for i := range w.w {
			if math.Float64bits(g.w[i]) != math.Float64bits(w.w[i]) {
				t.Errorf("layer %d weight %d: %v, want %v", l, i, g.w[i], w.w[i])
			}
		}
		for i := range w.Bias {
			if math.Float64bits(g.Bias[i]) != math.Float64bits(w.Bias[i]) {
				t.Errorf("layer %d bias %d differs", l, i)
			}
		}
	}
}

func TestModelFileLayout(t *testing.T) {
	net := NewSequential(NewLinear(2, 1, false, NewRNG(1)), DefaultLeakyReLU)
	net.Layers[0].Linear.Weight[0][0], net.Layers[0].Linear.Weight[0][1] = 0.5, -2
	var buf bytes.Buffer
	if err := WriteModel(&buf, net); err != nil {
		t.Fatal(err)
	}
	want := `{"format":"nnplay/1","modules":[
{"type":"linear","in_features":2,"out_features":1,"weight":[[0.5,-2]],"bias":null},
{"negative_slope":0.01,"type":"leaky_relu"}
]}
`
	if buf.String() != want {
		t.Errorf("model file:\n%s\nwant\n%s", buf.String(), want)
	}
}

func TestWriteModelRefusesNaN(t *testing.T) {
	net := MLP([]int{2, 2, 1}, Tanh{}, nil, InitPlayground, 1)
	net.Layers[1].Linear.Weight[0][1] = math.NaN()
	err := WriteModel(&bytes.Buffer{}, net)
	if err == nil || !strings.Contains(err.Error(), `module 2, field "weight": weight[0][1] is NaN`) {
		t.Errorf("WriteModel with NaN: %v", err)
	}
}

func TestReadModelErrors(t *testing.T) {
	lin := `{"type":"linear","in_features":2,"out_features":1,"weight":[[1,2]],"bias":[0]}`
	wrap := func(mods ...string) string {
		return `{"format":"nnplay/1","modules":[` + strings.Join(mods, ",") + `]}`
	}
	cases := []struct{ in, want string }{
		{``, "not a JSON object"},
		{`[1,2]`, "not a JSON object"},
		{`{"format":"nnplay/1","modules":[],"extra":1}`, `field "extra": unknown field`},
		{`{"format":"nnplay/2","modules":[]}`, `field "format": is "nnplay/2"`},
		{`{"format":"nnplay/1"}`, `field "modules": is missing`},
		{`{"format":"nnplay/1","modules":{}}`, `"modules": is not a list`},
		{wrap(), "is an empty list: a model has at least one linear layer"},
		{wrap(`3`), "module 0: is not a JSON object"},
		{wrap(`{"in_features":2}`), `module 0, field "type": is missing`},
		{wrap(lin, `{"type":"swish"}`), `module 1, field "type": unknown module type "swish"`},
		{wrap(lin, `{"type":7}`), `module 1, field "type": is 7, want a string`},
		{
			wrap(`{"type":"linear","in_features":2,"out_features":1,"weight":[[1,2]]}`),
			`module 0, field "bias": is missing`,
		},
		{
			wrap(`{"type":"linear","in_features":2,"out_features":1,"weight":[[1,2]],"bias":null,"bais":1}`),
			`module 0, field "bais": unknown field`,
		},
		{
			wrap(`{"type":"linear","in_features":3,"out_features":1,"weight":[[1,2]],"bias":null}`),
			`module 0, field "weight": row 0 has 2 values, want in_features = 3`,
		},
		{
			wrap(`{"type":"linear","in_features":2,"out_features":2,"weight":[[1,2]],"bias":null}`),
			`module 0, field "weight": has 1 row, want out_features = 2`,
		},
		{
			wrap(`{"type":"linear","in_features":2,"out_features":1,"weight":[[1,2]],"bias":[1,2]}`),
			`module 0, field "bias": has 2 values, want out_features = 1`,
		},
		{
			wrap(`{"type":"linear","in_features":2,"out_features":1,"weight":[[1,1e999]],"bias":null}`),
			`module 0, field "weight": want a list of 1 row of 2 finite numbers ("1e999" is too large`,
		},
		{
			wrap(`{"type":"linear","in_features":2,"out_features":1,"weight":[[1,1e-400]],"bias":null}`),
			`module 0, field "weight": want a list of 1 row of 2 finite numbers ("1e-400" is too small`,
		},
		{
			wrap(`{"type":"linear","in_features":2,"out_features":1,"weight":[[1,2]],"bias":[-1e-999]}`),
			`module 0, field "bias": want null or a list of 1 finite number ("-1e-999" is too small`,
		},
		{
			wrap(lin, `{"type":"leaky_relu","negative_slope":1e-400}`),
			`module 1, field "negative_slope": "1e-400" is too small`,
		},
		{
			wrap(`{"type":"linear","in_features":2,"out_features":1,"weight":[[1,"x"]],"bias":null}`),
			`module 0, field "weight": want a list of 1 row of 2 finite numbers (found string)`,
		},
		{
			// A number where a list is wanted is no number out of range.
			wrap(`{"type":"linear","in_features":2,"out_features":1,"weight":[1,2],"bias":null}`),
			`module 0, field "weight": want a list of 1 row of 2 finite numbers (found number)`,
		},
		{
			wrap(`{"type":"linear","in_features":2,"out_features":1,"weight":[[1,2]],"bias":3}`),
			`module 0, field "bias": want null or a list of 1 finite number (found number)`,
		},
		{
			wrap(`{"type":"linear","in_features":2,"out_features":1,"weight":null,"bias":null}`),
			`module 0, field "weight": want a list`,
		},
		{
			wrap(`{"type":"linear","in_features":2,"out_features":1,"weight":[[1,null]],"bias":null}`),
			`module 0, field "weight": want a list of 1 row of 2 finite numbers (found null)`,
		},
		{
			wrap(`{"type":"linear","in_features":1000000,"out_features":1,"weight":[[1]],"bias":null}`),
			`module 0, field "in_features": is 1000000, want an integer from 1 to 4096`,
		},
		{
			wrap(`{"type":"linear","in_features":-1,"out_features":1,"weight":[[1]],"bias":null}`),
			`module 0, field "in_features": is -1`,
		},
		{
			wrap(`{"type":"linear","in_features":1.5,"out_features":1,"weight":[[1]],"bias":null}`),
			`module 0, field "in_features": is 1.5`,
		},
		{wrap(lin, `{"type":"leaky_relu"}`), `module 1, field "negative_slope": is missing`},
		{
			wrap(lin, `{"type":"leaky_relu","negative_slope":"a"}`),
			`module 1, field "negative_slope": is "a", want a number`,
		},
		{
			wrap(lin, `{"type":"softplus","beta":0,"threshold":20}`),
			`module 1: beta is 0, want a number from 0.01 to 100`,
		},
		{wrap(lin, `{"type":"tanh","alpha":1}`), `module 1, field "alpha": unknown field`},
		{
			wrap(lin, `{"type":"leaky_relu","negative_slope":3}`),
			`module 1: negative_slope is 3, want a number from -1 to 1`,
		},
		{
			wrap(lin, lin),
			`module 1, field "in_features": is 2, but the previous linear layer has out_features 1`,
		},
		{wrap(`{"type":"relu"}`, lin), `module 0: ReLU() comes before the first linear layer`},
		{
			`{"format":"nnplay/1","modules":[` + strings.Repeat(`{"type":"relu"},`, 300) +
				`{"type":"relu"}]}`,
			"301 modules, at most 256",
		},
	}
	for _, c := range cases {
		_, err := ParseModel([]byte(c.in))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("ParseModel(%.60s): %v\nwant an error with %q", c.in, err, c.want)
		}
	}
}

// TestModelFaults: a fault of the file as a whole is a *ModelError that says which
// check refused it and the field at fault, so that the page can say it in its languages.
func TestModelFaults(t *testing.T) {
	for _, c := range []struct {
		in    string
		fault ModelFault
		field string
	}{
		{strings.Repeat(" ", MaxModelBytes+1), ModelTooLarge, ""},
		{``, ModelNotObject, ""},
		{`null`, ModelNotObject, ""},
		{`[1,2]`, ModelNotObject, ""},
		{`{"format":NaN}`, ModelNotObject, ""},
		{`{"modules":[],"format":"nnplay/1","zz":1,"extra":1}`, ModelFieldUnknown, "extra"},
		{`{"modules":[]}`, ModelFieldMissing, "format"},
		{`{"format":"nnplay/1"}`, ModelFieldMissing, "modules"},
		{`{"format":1,"modules":[]}`, ModelOtherFormat, "format"},
		{`{"format":"nnplay/1","modules":{}}`, ModelModulesNotList, "modules"},
		{`{"format":"nnplay/1","modules":[]}`, ModelNoModules, "modules"},
		{`{"format":"nnplay/1","modules":[` + strings.Repeat("{},", MaxModules) + `{}]}`,
			ModelTooManyModules, ""},
	} {
		_, err := ParseModel([]byte(c.in))
		var me *ModelError
		if !errors.As(err, &me) || me.Fault != c.fault || me.Field != c.field {
			t.Errorf("ParseModel(%.40s): %v, want fault %d in field %q", c.in, err, c.fault,
				c.field)
		}
	}
	// A file that is not JSON keeps encoding/json's error, which says where it stopped.
	_, err := ParseModel([]byte(`{"format":NaN}`))
	if se := new(json.SyntaxError); !errors.As(err, &se) || se.Offset != 11 {
		t.Errorf("a file with NaN: %v does not say where JSON stopped", err)
	}
}

// A model file larger than the page can afford is refused by its size, before any
// parsing, with a message that names the limit; one at the limit is read.
func TestReadModelTooLarge(t *testing.T) {
	over := bigModel(MaxModelBytes + 1)
	for name, err := range map[string]error{
		"ReadModel":  func() error { _, err := ReadModel(bytes.NewReader(over)); return err }(),
		"ParseModel": func() error { _, err := ParseModel(over); return err }(),
	} {
		if err == nil || !strings.Contains(err.Error(), "larger than 1 MB") ||
			!strings.Contains(err.Error(), "the page takes") {
			t.Errorf("%s of a %d-byte model: %v", name, len(over), err)
		}
	}
	// A model of exactly MaxModelBytes parses: TestParseModelMemoryAtTheLimit parses it.
}

// Parsing the costliest model file the limit admits (weight rows of one number each,
// the most slices per byte) stays within the memory the limit is chosen for.
func TestParseModelMemoryAtTheLimit(t *testing.T) {
	data := bigModel(MaxModelBytes)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	if _, err := ParseModel(data); err != nil {
		t.Fatalf("a model of exactly %d bytes: %v", len(data), err)
	}
	runtime.ReadMemStats(&after)
	got := after.TotalAlloc - before.TotalAlloc
	t.Logf("parsing a %d-byte model allocated %.1f MB", len(data), float64(got)/(1<<20))
	if got > modelParseBudget {
		t.Errorf("parsing a %d-byte model allocated %d MB, over the %d MB the limit allows for",
			len(data), got>>20, modelParseBudget>>20)
	}
}

// bigModel returns a valid model file of exactly n bytes in the costliest shape to
// parse: Linear(1, k) layers, whose weight is k rows of one number, between Linear(k, 1)
// layers, padded with spaces.
func bigModel(n int) []byte {
	const k = 4096
	rowsOfOne := `{"type":"linear","in_features":1,"out_features":4096,"weight":[` +
		strings.TrimSuffix(strings.Repeat("[0],", k), ",") + `],"bias":null}`
	oneRow := `{"type":"linear","in_features":4096,"out_features":1,"weight":[[` +
		strings.TrimSuffix(strings.Repeat("0,", k), ",") + `]],"bias":null}`
	var b strings.Builder
	b.WriteString(`{"format":"nnplay/1","modules":[`)
	b.WriteString(rowsOfOne)
	const tail = `]}`
	for mods := 1; mods+2 <= MaxModules &&
		b.Len()+len(oneRow)+len(rowsOfOne)+2+len(tail) <= n; mods += 2 {
		b.WriteString("," + oneRow + "," + rowsOfOne)
	}
	b.WriteString(tail)
	if pad := n - b.Len(); pad > 0 {
		b.WriteString(strings.Repeat(" ", pad))
	}
	return []byte(b.String())
}

// FuzzParseModel checks that no input makes the reader panic, and that whatever it
// accepts writes back and reads again to the identical model.
func FuzzParseModel(f *testing.F) {
	var buf bytes.Buffer
	if err := WriteModel(&buf, deepNet(1)); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	model := func(mods ...string) []byte {
		return []byte(`{"format":"nnplay/1","modules":[` + strings.Join(mods, ",") + `]}`)
	}
	f.Add(model(`{"type":"linear","in_features":1,"out_features":1,"weight":[[2]],"bias":null}`,
		`{"type":"linear","in_features":1,"out_features":1,"weight":[[3]],"bias":null}`))
	f.Add(model(
		`{"type":"linear","in_features":2,"out_features":1,"weight":[[1e308,-1e-308]],"bias":[0]}`,
		`{"type":"softplus","beta":1e-300,"threshold":-5}`))
	f.Add(model(`{"type":"linear","in_features":2,"out_features":1,"weight":[[1,2]],"bias":[0]}`,
		`{"type":"leaky_relu","negative_slope":-0.3}`))
	f.Add([]byte(`{}`))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, data []byte) {
		net, err := ParseModel(data)
		if err != nil {
			if net != nil {
				t.Fatal("a model returned with an error")
			}
			return
		}
		var out bytes.Buffer
		if err := WriteModel(&out, net); err != nil {
			t.Fatalf("accepted model does not write: %v", err)
		}
		again, err := ParseModel(out.Bytes())
		if err != nil {
			t.Fatalf("written model does not read: %v\n%s", err, out.String())
		}
		assertSameModel(t, again, net)
		x := make([]float64, net.In())
		net.Forward(NewTrace(net), x)
	})
}

func TestActivationJSON(t *testing.T) {
	for _, a := range testActivations() {
		data, err := MarshalActivation(a)
		if err != nil {
			t.Fatal(err)
		}
		got, err := UnmarshalActivation(data)
		if err != nil || got != a {
			t.Errorf("%s: got %v, %v", data, got, err)
		}
	}
	for _, bad := range []string{`{"type":"swish"}`, `{"type":"elu"}`,
		`{"type":"linear","in_features":1,"out_features":1,"weight":[[1]],"bias":null}`, `[]`} {
		if _, err := UnmarshalActivation([]byte(bad)); err == nil {
			t.Errorf("%s accepted", bad)
		}
	}
	if _, err := MarshalActivation(Softplus{}); err == nil {
		t.Error("Softplus with beta 0 marshalled")
	}
}

// modelParseBudget is what parsing a file of MaxModelBytes may allocate: the figure
// MaxModelBytes is chosen for (see its comment), with some room.
const modelParseBudget = 48 << 20
