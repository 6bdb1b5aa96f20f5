package airbnb

import (
	"strings"

	"github.com/fsdlint/fsdlint/tsparse"
)

// jsValue approximates what jsx-ast-utils' getPropValue returns for an
// attribute: its JavaScript type and, for strings, the text.
type jsValue struct {
	Kind string // "undefined", "null", "string", "boolean", "number", "object"
	Str  string
	Bool bool // for booleans, and truthiness of numbers
}

func (v jsValue) truthy() bool {
	switch v.Kind {
	case "undefined", "null":
		return false
	case "string":
		return v.Str != ""
	case "boolean", "number":
		return v.Bool
	}
	return true
}

// isNullish is `value == null`.
func (v jsValue) isNullish() bool { return v.Kind == "undefined" || v.Kind == "null" }

// propValue is getPropValue(getProp(…)): undefined when the prop is absent,
// true for a valueless attribute.
func propValue(p jsxProp, found bool) jsValue {
	if !found {
		return jsValue{Kind: "undefined"}
	}
	if p.SpreadValue != nil {
		return exprValue(p.SpreadValue)
	}
	switch v := p.Value.(type) {
	case nil:
		return jsValue{Kind: "boolean", Bool: true}
	case *tsparse.StringLit:
		switch strings.ToLower(v.Value) {
		case "true":
			return jsValue{Kind: "boolean", Bool: true}
		case "false":
			return jsValue{Kind: "boolean"}
		}
		return jsValue{Kind: "string", Str: v.Value}
	case *tsparse.JSXExprContainer:
		if v.Expr == nil {
			return jsValue{Kind: "undefined"}
		}
		return exprValue(v.Expr)
	}
	return jsValue{Kind: "object"}
}

func exprValue(e tsparse.Expr) jsValue {
	switch x := unparen(e).(type) {
	case *tsparse.StringLit:
		return jsValue{Kind: "string", Str: x.Value}
	case *tsparse.TemplateLit:
		if len(x.Exprs) == 0 {
			return jsValue{Kind: "string", Str: x.Quasis[0].Raw}
		}
		return jsValue{Kind: "string", Str: "${…}"}
	case *tsparse.NullLit:
		return jsValue{Kind: "null"}
	case *tsparse.BoolLit:
		return jsValue{Kind: "boolean", Bool: x.Value}
	case *tsparse.NumberLit:
		f, _ := numberValue(x.Raw)
		return jsValue{Kind: "number", Bool: f != 0}
	case *tsparse.Ident:
		if x.Name == "undefined" {
			return jsValue{Kind: "undefined"}
		}
		return jsValue{Kind: "string", Str: x.Name}
	case *tsparse.MemberExpr, *tsparse.CallExpr:
		return jsValue{Kind: "string", Str: "expr"}
	case *tsparse.CondExpr:
		if exprValue(x.Test).truthy() {
			return exprValue(x.Cons)
		}
		return exprValue(x.Alt)
	case *tsparse.BinaryExpr:
		switch x.Op {
		case tsparse.TAmpAmp:
			if l := exprValue(x.Left); !l.truthy() {
				return l
			}
			return exprValue(x.Right)
		case tsparse.TBarBar:
			if l := exprValue(x.Left); l.truthy() {
				return l
			}
			return exprValue(x.Right)
		case tsparse.TQuestionQuestion:
			if l := exprValue(x.Left); !l.isNullish() {
				return l
			}
			return exprValue(x.Right)
		}
	case *tsparse.UnaryExpr:
		switch x.Op {
		case tsparse.TBang:
			return jsValue{Kind: "boolean", Bool: !exprValue(x.Arg).truthy()}
		case tsparse.TVoid:
			return jsValue{Kind: "undefined"}
		}
	case *tsparse.AsExpr:
		return exprValue(x.Expr)
	case *tsparse.NonNullExpr:
		return exprValue(x.Expr)
	case *tsparse.SatisfiesExpr:
		return exprValue(x.Expr)
	}
	return jsValue{Kind: "object"}
}

// literalPropValue is getLiteralPropValue: the value of a literal attribute
// (or literal in a container); nil-like "null" for anything else.
func literalPropValue(p jsxProp, found bool) jsValue {
	if !found {
		return jsValue{Kind: "undefined"}
	}
	if p.SpreadValue == nil {
		if c, ok := p.Value.(*tsparse.JSXExprContainer); ok {
			if c.Expr == nil || !isLiteral(unparen(c.Expr)) && !isStaticTemplate(unparen(c.Expr)) {
				return jsValue{Kind: "null"}
			}
		}
	}
	return propValue(p, found)
}
