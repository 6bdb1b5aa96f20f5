package airbnb

import (
	"strconv"
	"strings"

	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

type buttonHasTypeOptions struct {
	Button bool `json:"button"`
	Submit bool `json:"submit"`
	Reset  bool `json:"reset"`
}

// objectPrototypeNames pass `value in configuration` in the plugin because they
// are inherited from Object.prototype; they are reported as neither invalid nor forbidden.
var objectPrototypeNames = map[string]bool{"constructor": true, "hasOwnProperty": true, "isPrototypeOf": true,
	"propertyIsEnumerable": true, "toLocaleString": true, "toString": true, "valueOf": true, "__proto__": true,
	"__defineGetter__": true, "__defineSetter__": true, "__lookupGetter__": true, "__lookupSetter__": true}

var reactButtonHasType = &rules.Rule{
	Name:            "react/button-has-type",
	ESLintNames:     []string{"react/button-has-type"},
	Category:        rules.CategoryReact,
	Summary:         "Require an explicit, static type on <button> (reset forbidden)",
	DefaultSeverity: rules.Error,
	Sonar:           sonarBug,
	Doc: rules.Doc{
		Description: "A `<button>` without `type` is a submit button: inside a form it submits it. The type must be " +
			"a static string (or a ternary of static strings) among the allowed ones; Airbnb forbids `reset`. " +
			"`React.createElement('button', …)` is checked the same way.",
		Incorrect: []string{`<button onClick={f}>Go</button>`, `<button type="reset" />`, `<button type={t} />`},
		Correct:   []string{`<button type="button" onClick={f}>Go</button>`, `<button type={ok ? 'submit' : 'button'} />`},
		Options:   `{"button": true, "submit": true, "reset": false} (Airbnb).`,
	},
	Options: objectOptions(buttonHasTypeOptions{Button: true, Submit: true, Reset: false}),
	File: func(c *rules.FileContext) {
		o, ok := c.Options.(buttonHasTypeOptions)
		if !ok {
			o = buttonHasTypeOptions{Button: true, Submit: true}
		}
		allowed := map[string]bool{"button": o.Button, "submit": o.Submit, "reset": o.Reset}
		check := func(at tsparse.Range, value string) {
			ok, known := allowed[value]
			switch {
			case objectPrototypeNames[value]:
			case !known || !ok:
				c.ReportRange(at, `"`+value+`" is an invalid value for button type attribute`)
			}
		}
		var checkExpr func(at tsparse.Range, e tsparse.Expr)
		checkExpr = func(at tsparse.Range, e tsparse.Expr) {
			e = unparen(e)
			if v, ok := literalString(e); ok {
				check(at, v)
				return
			}
			switch x := e.(type) {
			case *tsparse.TemplateLit:
				if len(x.Exprs) == 0 {
					check(at, x.Quasis[0].Raw)
					return
				}
			case *tsparse.CondExpr:
				checkExpr(at, x.Cons)
				checkExpr(at, x.Alt)
				return
			}
			c.ReportRange(e.Span(), "The button type attribute must be specified by a static string or a trivial ternary expression")
		}
		tsparse.Each(c.File, func(x *tsparse.JSXElement) {
			if id, ok := x.Opening.Name.(*tsparse.JSXIdent); !ok || id.Name != "button" {
				return
			}
			p, found := getProp(x.Opening, "type")
			switch {
			case !found:
				c.ReportRange(x.Range, "Missing an explicit type attribute for button")
			case p.SpreadValue != nil && !isLiteral(p.SpreadValue):
				checkExpr(x.Range, p.SpreadValue)
			case p.SpreadValue != nil:
				v, _ := literalString(unparen(p.SpreadValue))
				check(x.Range, v)
			case p.Value == nil:
				check(x.Range, "true")
			default:
				if cont, ok := p.Value.(*tsparse.JSXExprContainer); ok {
					if cont.Expr != nil {
						checkExpr(x.Range, cont.Expr)
					}
					return
				}
				if s, ok := p.Value.(*tsparse.StringLit); ok {
					check(x.Range, jsxLiteralValue(s.Value))
				}
			}
		})
		tsparse.Each(c.File, func(x *tsparse.CallExpr) { checkCreateButton(c, x, checkExpr) })
	},
}

// checkCreateButton checks React.createElement('button', {type: …}).
func checkCreateButton(c *rules.FileContext, call *tsparse.CallExpr, checkExpr func(tsparse.Range, tsparse.Expr)) {
	m, ok := call.Callee.(*tsparse.MemberExpr)
	if !ok || len(call.Args) < 1 {
		return
	}
	obj, ok1 := m.Object.(*tsparse.Ident)
	prop, ok2 := m.Prop.(*tsparse.Ident)
	if !ok1 || !ok2 || obj.Name != "React" || prop.Name != "createElement" {
		return
	}
	if s, ok := unparen(call.Args[0]).(*tsparse.StringLit); !ok || s.Value != "button" {
		return
	}
	var props *tsparse.ObjectLit
	if len(call.Args) > 1 {
		props, _ = unparen(call.Args[1]).(*tsparse.ObjectLit)
	}
	if props == nil {
		c.ReportRange(call.Range, "Missing an explicit type attribute for button")
		return
	}
	for _, p := range props.Props {
		if prop, ok := p.(*tsparse.Property); ok {
			if id, ok := prop.Key.(*tsparse.Ident); ok && id.Name == "type" {
				checkExpr(call.Range, prop.Value)
				return
			}
		}
	}
	c.ReportRange(call.Range, "Missing an explicit type attribute for button")
}

// jsxLiteralValue is jsx-ast-utils' reading of an attribute string:
// "true"/"false" (any case) become booleans, shown here as "true"/"false".
func jsxLiteralValue(s string) string {
	switch strings.ToLower(s) {
	case "true":
		return "true"
	case "false":
		return "false"
	}
	return s
}

func isLiteral(e tsparse.Expr) bool {
	_, ok := literalKind(e)
	return ok
}

// literalString renders an ESTree Literal's value as JavaScript's String() would.
func literalString(e tsparse.Expr) (string, bool) {
	switch x := e.(type) {
	case *tsparse.StringLit:
		return x.Value, true
	case *tsparse.NumberLit:
		if f, err := strconv.ParseFloat(strings.ReplaceAll(x.Raw, "_", ""), 64); err == nil {
			return strconv.FormatFloat(f, 'f', -1, 64), true
		}
		return x.Raw, true
	case *tsparse.BoolLit:
		return strconv.FormatBool(x.Value), true
	case *tsparse.NullLit:
		return "null", true
	case *tsparse.BigIntLit:
		return strings.TrimSuffix(x.Raw, "n"), true
	case *tsparse.RegExpLit:
		return "/" + x.Pattern + "/" + x.Flags, true
	}
	return "", false
}
