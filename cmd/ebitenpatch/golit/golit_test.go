package golit

import (
	"go/constant"
	"go/parser"
	"math/big"
	"reflect"
	"strings"
	"testing"
)

type kind int

type leaf struct {
	N    int
	K    kind
	S    string
	F    float64
	B    bool
	C    constant.Value
	Kids []leaf
}

type tree struct {
	Name  string
	Root  *leaf
	Other *leaf
	None  *leaf
	Empty []int
	Nil   []int
	Arr   [2]uint8
	Ks    []kind
	hid   int
}

func TestExpr(t *testing.T) {
	shared := &leaf{N: 1, Kids: []leaf{{S: "a\"b"}, {F: 0.1}}}
	same := &leaf{N: 1, Kids: []leaf{{S: "a\"b"}, {F: 0.1}}}
	w := NewWriter("v")
	got, err := w.Expr(tree{Name: "t", Root: shared, Other: same, Empty: []int{},
		Arr: [2]uint8{0, 7}, Ks: []kind{2, 0}})
	if err != nil {
		t.Fatal(err)
	}
	want := `golit.tree{Name: "t", Root: &v0, Other: &v0, Empty: []int{}, ` +
		`Arr: [2]uint8{0, 7}, Ks: []golit.kind{2, 0}}`
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	// Equal values behind two pointers are one variable.
	wantDecls := `var v0 = golit.leaf{N: 1, Kids: []golit.leaf{{S: "a\"b"}, {F: 0.1}}}` + "\n"
	if w.Decls() != wantDecls {
		t.Errorf("decls\n%s\nwant\n%s", w.Decls(), wantDecls)
	}
	if imports := w.Imports(); !reflect.DeepEqual(imports, []string{"nnplay/cmd/ebitenpatch/golit"}) {
		t.Errorf("imports %q", imports)
	}
	for _, src := range []string{got, w.Decls()} {
		src = strings.TrimPrefix(strings.TrimSpace(src), "var v0 = ")
		if _, err := parser.ParseExpr(src); err != nil {
			t.Errorf("not Go: %v\n%s", err, src)
		}
	}
	k, err := NewWriter("v").Expr(kind(3))
	if k != "golit.kind(3)" || err != nil {
		t.Errorf("a named int: %s, %v", k, err)
	}
}

// Each constant is made by the call that gives its representation, which
// reflect.DeepEqual compares: go/constant keeps a float that is a whole number as a
// fraction when it came from one.
func TestConstants(t *testing.T) {
	for _, c := range []struct {
		v    constant.Value
		want string
		made constant.Value
	}{
		{constant.MakeInt64(-3), "constant.MakeInt64(-3)", constant.MakeInt64(-3)},
		{constant.ToFloat(constant.MakeInt64(1)), "constant.Make(big.NewRat(1, 1))",
			constant.Make(big.NewRat(1, 1))},
		{constant.BinaryOp(constant.MakeInt64(1), 0x0f, constant.MakeFloat64(2)),
			"constant.Make(big.NewRat(1, 2))", constant.Make(big.NewRat(1, 2))},
		{constant.MakeBool(true), "constant.MakeBool(true)", constant.MakeBool(true)},
		{constant.MakeString("x"), `constant.MakeString("x")`, constant.MakeString("x")},
	} {
		got, err := NewWriter("v").Expr(leaf{C: c.v})
		if err != nil {
			t.Fatal(err)
		}
		if want := "golit.leaf{C: " + c.want + "}"; got != want {
			t.Errorf("%v: %s, want %s", c.v, got, want)
		}
		if !reflect.DeepEqual(c.made, c.v) {
			t.Errorf("%s does not make %v's representation", c.want, c.v)
		}
	}
}

// What a literal could not make equal is refused.
func TestRefuses(t *testing.T) {
	n := 1
	for _, v := range []any{
		tree{hid: 1},
		map[string]int{},
		leaf{F: 1 / zero()},
		[]*int{&n},
		struct{ A any }{A: 1},
		struct{ F func() }{F: func() {}},
		leaf{C: constant.MakeFloat64(1e300)},
	} {
		if got, err := NewWriter("v").Expr(v); err == nil {
			t.Errorf("%#v written as %s", v, got)
		}
	}
}

func zero() float64 { return 0 }
