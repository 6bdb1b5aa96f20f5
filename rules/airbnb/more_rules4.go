package airbnb

import (
	"math"

	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

var arrowBodyStyle = styleRule("arrow-body-style", "Require arrow functions to return their value without a block when they can", rules.Doc{
	Description: "With Airbnb's \"as-needed\", an arrow function whose block body is a single `return` " +
		"should return the expression directly. (ESLint can fix this; fsdlint reports only.)",
	Incorrect: []string{"const f = (x) => { return x * 2; };"},
	Correct:   []string{"const f = (x) => x * 2;", "const g = (x) => { log(x); return x; };"},
}, func(c *rules.FileContext) {
	tsparse.Each(c.File, func(a *tsparse.ArrowFunc) {
		if a.Func.Body == nil || len(a.Func.Body.Body) != 1 {
			return
		}
		ret, ok := a.Func.Body.Body[0].(*tsparse.ReturnStmt)
		if !ok {
			return
		}
		msg := "Unexpected block statement surrounding arrow body; move the returned value immediately after the `=>`."
		if ret.Arg != nil {
			if _, obj := ret.Arg.(*tsparse.ObjectLit); obj {
				msg = "Unexpected block statement surrounding arrow body; parenthesize the returned value and move it immediately after the `=>`."
			}
		}
		c.ReportRange(a.Func.Body.Range, msg)
	})
})

var preferDestructuring = styleRule("prefer-destructuring", "Require destructuring for same-name property reads and array index reads", rules.Doc{
	Description: "Airbnb's settings: `const x = obj.x;` should be `const { x } = obj;`, and an assignment " +
		"`x = arr[0];` should use array destructuring. Renamed reads (`const y = obj.x`) and declarations from " +
		"array indexes are fine. (ESLint can fix the declarations; fsdlint reports only.)",
	Incorrect: []string{"const name = user.name;", "first = list[0];"},
	Correct:   []string{"const { name } = user;", "const first = list[0];", "const label = user.name;"},
}, func(c *rules.FileContext) {
	check := func(left tsparse.Node, right tsparse.Expr, report tsparse.Node, declarator bool) {
		if right == nil {
			return
		}
		var prop tsparse.Expr
		switch m := unparen(right).(type) {
		case *tsparse.MemberExpr:
			if _, super := m.Object.(*tsparse.SuperExpr); super || isOptionalChain(m) {
				return
			}
			if _, private := m.Prop.(*tsparse.PrivateName); private {
				return
			}
			prop = m.Prop
		case *tsparse.IndexExpr:
			if _, super := m.Object.(*tsparse.SuperExpr); super || isOptionalChain(m) {
				return
			}
			index := unparen(m.Index)
			if num, ok := index.(*tsparse.NumberLit); ok {
				if f, ok := numberValue(num.Raw); ok && f == math.Trunc(f) && !math.IsInf(f, 0) {
					if !declarator {
						c.ReportRange(report.Span(), "Use array destructuring.")
					}
					return
				}
			}
			if !declarator {
				return
			}
			if s, ok := index.(*tsparse.StringLit); ok {
				if id, ok := left.(*tsparse.Ident); ok && id.Name == s.Value {
					c.ReportRange(report.Span(), "Use object destructuring.")
				}
			}
			return
		default:
			return
		}
		if !declarator {
			return
		}
		if id, ok := left.(*tsparse.Ident); ok {
			if p, ok := prop.(*tsparse.Ident); ok && p.Name == id.Name {
				c.ReportRange(report.Span(), "Use object destructuring.")
			}
		}
	}
	tsparse.Each(c.File, func(x *tsparse.VarDeclarator) { check(x.Name, x.Init, x, true) })
	tsparse.Each(c.File, func(x *tsparse.AssignExpr) {
		if x.Op == tsparse.TEq {
			check(x.Left, x.Right, x, false)
		}
	})
})

func init() {
	arrowBodyStyle.Options = airbnbOptionsOnly(`"as-needed"`, `{"requireReturnForObjectLiteral": false}`)
	preferDestructuring.Options = airbnbOptionsOnly(
		`{"VariableDeclarator": {"array": false, "object": true}, "AssignmentExpression": {"array": true, "object": false}}`,
		`{"enforceForRenamedProperties": false}`)
}
