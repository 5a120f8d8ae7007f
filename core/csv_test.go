package core

import (
	"bytes"
	"errors"
	"io"
	"strconv"
	"strings"
	"testing"
)

func TestReadCSV(t *testing.T) {
	for _, in := range []string{
		"x1,x2,label\n1,2,1\n-0.5,3e-1,-1\n",
		"1,2,1\n-0.5,0.3,-1",
		"X1, x2 ,LABEL\r\n1,2,1\r\n\r\n-0.5,0.3,-1\r\n",
		"1, 2, 1\n -0.5 , 0.3 , -1 \n",
		"\ufeffx1,x2,label\n1,2,1\n-0.5,0.3,-1\n", // a byte-order mark, as spreadsheets write
		"\ufeff1,2,1\n-0.5,0.3,-1\n",
		"x1,x2,value\n1,2,1\n-0.5,0.3,-1\n", // a regression's header names its value
		// the minus sign the page prints, and its error's examples, copied into a file
		"x1,x2,label\n1,2,1\n\u22120.5,3e\u22121,\u22121\n",
	} {
		ps, err := ReadCSV(strings.NewReader(in))
		if err != nil {
			t.Errorf("%q: %v", in, err)
			continue
		}
		if len(ps) != 2 || ps[0] != (Point{1, 2, 1}) || ps[1] != (Point{-0.5, 0.3, -1}) {
			t.Errorf("%q: got %v", in, ps)
		}
	}
}

func TestReadCSVErrors(t *testing.T) {
	cases := []struct{ in, want string }{
		{"", "0 data rows"},
		{"x1,x2,label\n", "0 data rows"},
		{"x1,x2,label\n1,2,1\n", "1 data rows"},
		{"x1,x2,label\n1,2,1\n3,abc,1\n", `line 3, field x2: "abc" is not a plain decimal`},
		{"1,2,1\n1,2\n", "line 2: has 2 fields, want 3"},
		{"1,2,1\n1,2,1,4\n", "line 2: has 4 fields, want 3"},
		{"1,2,1\n1,NaN,1\n", `line 2, field x2: "NaN" is not a plain decimal`},
		{"1,2,1\n1,2,+Inf\n", `line 2, field label: "+Inf" is not a plain decimal`},
		{"1,2,1\n1,2,1e999\n", `line 2, field label: "1e999" is too large`},
		{"1,2,1\n1e-400,2,1\n", `line 2, field x1: "1e-400" is too small`},
		{"1,2,1\n0x1p2,2,1\n", `line 2, field x1: "0x1p2" is not a plain decimal`},
		{"1,2,1\n1,1_0,1\n", `line 2, field x2: "1_0" is not a plain decimal`},
		{"1,2,1\n1,inf,1\n", `line 2, field x2: "inf" is not a plain decimal`},
		{"a,b,c\n1,2,1\n", `line 1: is a header other than x1,x2,label`},
		{",x1,x2,y\n1,2,1\n", `line 1: is a header other than x1,x2,label`},
		{"a,2,1\n1,2,1\n", `line 1, field x1: "a" is not a plain decimal`},
		{"a;b;c\n1,2,1\n", "line 1: has 1 fields, want 3"},
		{"1,2,1\n\"1,2,1\n", "line 2"},
		{"1,2,1\n1,2,\n", `line 2, field label: "" is not a plain decimal`},
	}
	for _, c := range cases {
		ps, err := ReadCSV(strings.NewReader(c.in))
		if err == nil || !strings.Contains(err.Error(), c.want) || ps != nil {
			t.Errorf("ReadCSV(%q) = %v, %v; want an error with %q", c.in, ps, err, c.want)
		}
	}
	var ce *CSVError
	_, err := ReadCSV(strings.NewReader("1,2,1\n1,x,1\n"))
	if !errors.As(err, &ce) || ce.Line != 2 || ce.Field != "x2" {
		t.Errorf("error %#v does not name line 2, field x2", err)
	}
}

func TestReadCSVLimits(t *testing.T) {
	big := strings.Repeat("1,2,1\n", MaxCSVRows+1)
	if _, err := ReadCSV(strings.NewReader(big)); err == nil ||
		!strings.Contains(err.Error(), "more than 100000 rows") {
		t.Errorf("too many rows: %v", err)
	}
	huge := "1,2,1\n" + strings.Repeat(" ", MaxCSVBytes)
	if _, err := ReadCSV(strings.NewReader(huge)); err == nil ||
		!strings.Contains(err.Error(), "larger than 8 MB") {
		t.Errorf("huge file: %v", err)
	}
}

func TestCSVRoundTrip(t *testing.T) {
	ps, err := Generate(Spiral, 500, 20, NewRNG(1))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := writeCSV(&buf, ps); err != nil {
		t.Fatal(err)
	}
	got, err := ReadCSV(&buf)
	if err != nil {
		t.Fatal(err)
	}
	for i := range ps {
		if got[i] != ps[i] {
			t.Fatalf("point %d: %v, want %v", i, got[i], ps[i])
		}
	}
	if !IsClassification(got) {
		t.Error("spiral labels are classes")
	}
}

// FuzzReadCSV checks that no input makes the reader panic and that what it accepts is
// finite and survives a write and a read unchanged.
func FuzzReadCSV(f *testing.F) {
	for _, s := range []string{
		"x1,x2,label\n1,2,1\n-0.5,3e-1,-1\n",
		"1,2,1\n1,x,1\n",
		"\"1\",\"2\",\"-1\"\n0,0,0\n",
		"1,2,1\n1,2\n",
		"x1,x2,label\r\n1e308,-1e-308,0.5\r\n0,0,0\r\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		ps, err := ReadCSV(bytes.NewReader(data))
		if err != nil {
			return
		}
		for _, p := range ps {
			if !IsFinite(p.X1) || !IsFinite(p.X2) || !IsFinite(p.Label) {
				t.Fatalf("accepted %v", p)
			}
		}
		var buf bytes.Buffer
		if err := writeCSV(&buf, ps); err != nil {
			t.Fatal(err)
		}
		again, err := ReadCSV(&buf)
		if err != nil || len(again) != len(ps) {
			t.Fatalf("round trip: %v", err)
		}
		for i := range ps {
			if again[i] != ps[i] {
				t.Fatalf("round trip changed %v into %v", ps[i], again[i])
			}
		}
	})
}

// writeCSV writes points as ReadCSV reads them, with a header and shortest
// round-trip numbers: the round-trip tests' other half.
func writeCSV(w io.Writer, points []Point) error {
	var b strings.Builder
	b.WriteString("x1,x2,label\n")
	for _, p := range points {
		for i, v := range [3]float64{p.X1, p.X2, p.Label} {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(strconv.FormatFloat(v, 'g', -1, 64))
		}
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}
