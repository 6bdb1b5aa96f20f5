package airbnb

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

type objectShorthandOptions struct {
	Mode               string // "always" (the only mode supported)
	IgnoreConstructors bool   `json:"ignoreConstructors"`
	AvoidQuotes        bool   `json:"avoidQuotes"`
}

var objectShorthand = &rules.Rule{
	Name:            "object-shorthand",
	ESLintNames:     []string{"object-shorthand"},
	Category:        rules.CategorySuggestion,
	Summary:         "Require shorthand properties and methods in object literals",
	DefaultSeverity: rules.Off,
	Sonar:           sonarSmell,
	Fix:             rules.SafeFix,
	Doc: rules.Doc{
		Description: "`{a: a}` should be `{a}` and `{f: function () {}}` should be `{f() {}}`. Arrow-function " +
			"values are left alone. With Airbnb's `avoidQuotes`, a quoted key keeps the long form, and a method " +
			"with a quoted key is reported for the opposite reason.",
		Incorrect: []string{"const o = { a: a, f: function () {} };", "const o = { 'a-b'() {} };"},
		Correct:   []string{"const o = { a, f() {}, g: () => 1, 'a-b': function () {} };"},
		Options:   `["always", {"ignoreConstructors": false, "avoidQuotes": true}] (Airbnb; only "always" is supported).`,
	},
	Options: &rules.OptionsSpec{
		Default: func() any { return objectShorthandOptions{Mode: "always", AvoidQuotes: true} },
		Parse: func(args []json.RawMessage) (any, error) {
			o := objectShorthandOptions{Mode: "always"}
			if err := decodeArgs(args, &o.Mode, &o); err != nil {
				return nil, err
			}
			if o.Mode != "always" {
				return nil, fmt.Errorf(`only "always" is supported, not %q`, o.Mode)
			}
			return o, nil
		},
	},
	File: func(c *rules.FileContext) {
		o, ok := c.Options.(objectShorthandOptions)
		if !ok {
			o = objectShorthandOptions{Mode: "always", AvoidQuotes: true}
		}
		tsparse.EachWithParents(c.File, func(obj *tsparse.ObjectLit, parents []tsparse.Node) {
			if a, ok := parentOf(parents).(*tsparse.AssignExpr); ok && tsparse.Node(a.Left) == tsparse.Node(obj) {
				return
			}
			for _, p := range obj.Props {
				if prop, ok := p.(*tsparse.Property); ok {
					checkShorthand(c, o, prop)
				}
			}
		})
	},
}

func checkShorthand(c *rules.FileContext, o objectShorthandOptions, p *tsparse.Property) {
	if p.Kind == tsparse.PropGet || p.Kind == tsparse.PropSet {
		return
	}
	_, strKey := p.Key.(*tsparse.StringLit)
	value := unparenOrNil(p.Value)
	fn, isFunc := value.(*tsparse.FuncExpr)
	_, isArrow := value.(*tsparse.ArrowFunc)
	if _, computed := p.Key.(*tsparse.ComputedKey); computed && !isFunc && !isArrow {
		return
	}
	switch {
	case p.Kind == tsparse.PropMethod || p.Kind == tsparse.PropShorthand:
		if p.Kind == tsparse.PropMethod && o.AvoidQuotes && strKey {
			header := "function"
			if fn, ok := p.Value.(*tsparse.FuncExpr); ok {
				if fn.Func.Async {
					header = "async " + header
				}
				if fn.Func.Generator {
					header += "*"
				}
			}
			key := p.Key.Span()
			fix := rules.Fix{Message: "Use longform method syntax", Safety: rules.SafeFix,
				Edits: []rules.Edit{{Start: p.Range.Start, End: key.End, NewText: text(c.File, key) + ": " + header}}}
			c.ReportRange(p.Range, "Expected longform method syntax for string literal keys.", fix)
		}
	case isFunc && fn.Func.Name == nil:
		if o.IgnoreConstructors && isConstructorName(p.Key) || o.AvoidQuotes && strKey {
			return
		}
		var fixes []rules.Fix
		if edit, ok := methodShorthandEdit(c.File, p, fn); ok {
			fixes = append(fixes, rules.Fix{Message: "Use method shorthand", Safety: rules.SafeFix, Edits: []rules.Edit{edit}})
		}
		c.ReportRange(p.Range, "Expected method shorthand.", fixes...)
	case isIdentNamed(value, p.Key):
		fix := rules.Fix{Message: "Use property shorthand", Safety: rules.SafeFix,
			Edits: []rules.Edit{{Start: p.Range.Start, End: p.Range.End, NewText: value.(*tsparse.Ident).Name}}}
		c.ReportRange(p.Range, "Expected property shorthand.", fix)
	}
}

// isIdentNamed: the value is an identifier spelled like the (identifier) key.
func isIdentNamed(value tsparse.Expr, key tsparse.Expr) bool {
	v, ok := value.(*tsparse.Ident)
	k, ok2 := key.(*tsparse.Ident)
	return ok && ok2 && v.Name == k.Name
}

func isConstructorName(key tsparse.Expr) bool {
	id, ok := key.(*tsparse.Ident)
	if !ok {
		return false
	}
	i := strings.IndexFunc(id.Name, func(r rune) bool { return r != '_' && r != '$' && !(r >= '0' && r <= '9') })
	if i < 0 {
		return false
	}
	rest := id.Name[i:]
	return strings.ToUpper(rest[:1]) == rest[:1]
}

// methodShorthandEdit rewrites `key: [async] function [*] (…) {…}` as
// `[async ][*]key(…) {…}`; no edit when comments sit between the pieces.
func methodShorthandEdit(f *tsparse.File, p *tsparse.Property, fn *tsparse.FuncExpr) (rules.Edit, bool) {
	if hasCommentIn(f, tsparse.Range{Start: p.Key.Span().End, End: fn.Range.Start}) {
		return rules.Edit{}, false
	}
	src := f.Src
	i := fn.Range.Start
	skipSpace := func() {
		for i < fn.Range.End && (src[i] == ' ' || src[i] == '\t' || src[i] == '\n' || src[i] == '\r') {
			i++
		}
	}
	if fn.Func.Async {
		if !strings.HasPrefix(string(src[i:min(i+5, fn.Range.End)]), "async") {
			return rules.Edit{}, false
		}
		i += 5
		skipSpace()
	}
	if !strings.HasPrefix(string(src[i:min(i+8, fn.Range.End)]), "function") {
		return rules.Edit{}, false
	}
	i += 8
	if fn.Func.Generator {
		skipSpace()
		if i >= fn.Range.End || src[i] != '*' {
			return rules.Edit{}, false
		}
		i++
	}
	prefix := ""
	if fn.Func.Async {
		prefix += "async "
	}
	if fn.Func.Generator {
		prefix += "*"
	}
	key := text(f, p.Key.Span())
	return rules.Edit{Start: p.Range.Start, End: p.Range.End, NewText: prefix + key + string(src[i:fn.Range.End])}, true
}
