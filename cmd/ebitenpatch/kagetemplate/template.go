// Package kagetemplate executes the part of text/template that ebiten's built-in shader
// template uses (internal/builtinshader): text, and {{if}}, {{else if}}, {{else}} and
// {{end}} on a field ({{if .UseColorM}}) or on eq of two fields ({{if eq .Filter
// .FilterLinear}}), with text/template's API for it: New, Parse, Must and Execute.
// Anything else is refused when the template is parsed, so that a new action in an
// ebiten release stops the build instead of writing a different shader.
//
// cmd/ebitenpatch gives the page's build a copy of ebiten that imports this package in
// place of text/template. text/template finds a template's methods by name at run time
// (reflect's MethodByName), and a program that may do so keeps every exported method of
// every type it converts to an interface: the linker cannot tell which one a template
// will call. This package reads fields only, with reflect's FieldByName.
package kagetemplate

import (
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
)

// Template is a parsed template.
type Template struct {
	name string
	root []node
}

// A node is text (cond nil) or an if with its branches.
type node struct {
	text     string
	cond     []string // ".Field", or "eq", ".A", ".B"
	then, el []node
}

// New returns an empty template called name.
func New(name string) *Template { return &Template{name: name} }

// Must returns t, and panics if err is not nil, as text/template's Must does.
func Must(t *Template, err error) *Template {
	if err != nil {
		panic(err)
	}
	return t
}

// frame is an {{if}} being parsed: the nodes before it, and where its branches go.
type frame struct {
	outer  []node
	n      *node
	inElse bool
	elseIf bool // an {{else if}}: {{else}}{{if}}, closed by its if's {{end}}
}

// Parse reads text as the template's body.
func (t *Template) Parse(text string) (*Template, error) {
	var stack []frame
	var cur []node
	for text != "" {
		i := strings.Index(text, "{{")
		if i < 0 {
			cur = append(cur, node{text: text})
			break
		}
		if i > 0 {
			cur = append(cur, node{text: text[:i]})
		}
		j := strings.Index(text[i:], "}}")
		if j < 0 {
			return nil, fmt.Errorf("template: %s: unclosed action", t.name)
		}
		action := strings.Fields(text[i+2 : i+j])
		text = text[i+j+2:]
		var err error
		if stack, cur, err = t.action(action, stack, cur); err != nil {
			return nil, err
		}
	}
	if len(stack) > 0 {
		return nil, fmt.Errorf("template: %s: unexpected EOF: an {{if}} has no {{end}}", t.name)
	}
	t.root = cur
	return t, nil
}

// action applies one action to the parse: stack holds the open ifs, cur the nodes of the
// innermost branch. It returns both as they are after it.
func (t *Template) action(a []string, stack []frame, cur []node) ([]frame, []node, error) {
	switch {
	case len(a) > 1 && a[0] == "if":
		c, err := t.cond(a[1:])
		if err != nil {
			return nil, nil, err
		}
		return append(stack, frame{outer: cur, n: &node{cond: c}}), nil, nil
	case len(a) > 0 && a[0] == "else" && len(stack) > 0 && !stack[len(stack)-1].inElse:
		f := &stack[len(stack)-1]
		f.n.then, f.inElse = cur, true
		if len(a) == 1 {
			return stack, nil, nil
		}
		if len(a) < 3 || a[1] != "if" {
			return nil, nil, fmt.Errorf("template: %s: unknown action {{%s}}", t.name,
				strings.Join(a, " "))
		}
		c, err := t.cond(a[2:])
		if err != nil {
			return nil, nil, err
		}
		return append(stack, frame{n: &node{cond: c}, elseIf: true}), nil, nil
	case len(a) == 1 && a[0] == "end" && len(stack) > 0:
		for {
			f := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if f.inElse {
				f.n.el = cur
			} else {
				f.n.then = cur
			}
			cur = append(f.outer, *f.n)
			if !f.elseIf {
				return stack, cur, nil
			}
		}
	}
	return nil, nil, fmt.Errorf("template: %s: unknown or misplaced action {{%s}}", t.name,
		strings.Join(a, " "))
}

// cond checks an if's condition: one field, or eq of two.
func (t *Template) cond(c []string) ([]string, error) {
	field := func(s string) bool { return len(s) > 1 && s[0] == '.' && !strings.Contains(s[1:], ".") }
	if len(c) == 1 && field(c[0]) || len(c) == 3 && c[0] == "eq" && field(c[1]) && field(c[2]) {
		return c, nil
	}
	return nil, fmt.Errorf("template: %s: unknown condition %q", t.name, strings.Join(c, " "))
}

// Execute writes the template with data's fields, as text/template would.
func (t *Template) Execute(w io.Writer, data any) error {
	v := reflect.ValueOf(data)
	for v.Kind() == reflect.Pointer {
		v = v.Elem()
	}
	if v.Kind() != reflect.Struct {
		return fmt.Errorf("template: %s: data is a %s, not a struct", t.name, v.Kind())
	}
	var b strings.Builder
	if err := t.run(&b, t.root, v); err != nil {
		return err
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func (t *Template) run(b *strings.Builder, nodes []node, v reflect.Value) error {
	for _, n := range nodes {
		if n.cond == nil {
			b.WriteString(n.text)
			continue
		}
		ok, err := t.eval(n.cond, v)
		if err != nil {
			return err
		}
		branch := n.el
		if ok {
			branch = n.then
		}
		if err := t.run(b, branch, v); err != nil {
			return err
		}
	}
	return nil
}

func (t *Template) eval(c []string, v reflect.Value) (bool, error) {
	var xs []reflect.Value
	for _, s := range c {
		if s == "eq" {
			continue
		}
		f := v.FieldByName(s[1:])
		if !f.IsValid() || !f.CanInterface() {
			return false, fmt.Errorf("template: %s: no exported field %s", t.name, s)
		}
		xs = append(xs, f)
	}
	if len(xs) == 1 {
		switch x := xs[0]; x.Kind() {
		case reflect.Bool:
			return x.Bool(), nil
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			return x.Int() != 0, nil
		case reflect.String:
			return x.Len() > 0, nil
		}
		return false, fmt.Errorf("template: %s: %s is a %s", t.name, c[0], xs[0].Kind())
	}
	a, b := xs[0], xs[1]
	switch {
	case isInt(a) && isInt(b):
		return a.Int() == b.Int(), nil
	case a.Kind() == reflect.Bool && b.Kind() == reflect.Bool:
		return a.Bool() == b.Bool(), nil
	case a.Kind() == reflect.String && b.Kind() == reflect.String:
		return a.String() == b.String(), nil
	}
	return false, errors.New("template: " + t.name + ": eq of a " + a.Kind().String() +
		" and a " + b.Kind().String())
}

func isInt(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return true
	}
	return false
}
