package airbnb

import (
	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

type noUnusedExpressionsOptions struct {
	AllowShortCircuit    bool `json:"allowShortCircuit"`
	AllowTernary         bool `json:"allowTernary"`
	AllowTaggedTemplates bool `json:"allowTaggedTemplates"`
	EnforceForJSX        bool `json:"enforceForJSX"`
}

var noUnusedExpressions = &rules.Rule{
	Name:            "no-unused-expressions",
	ESLintNames:     []string{"no-unused-expressions", "@typescript-eslint/no-unused-expressions"},
	Category:        rules.CategoryCorrectness,
	Summary:         "Disallow expression statements that have no effect",
	DefaultSeverity: rules.Error,
	Sonar:           sonarBug,
	Doc: rules.Doc{
		Description: "An expression statement whose value is thrown away and that has no side effect is usually " +
			"a mistake (a missing call or assignment). Reported: identifiers, literals, member access, binary and " +
			"logical expressions (`a && b()` too, since Airbnb allows no short circuit), ternaries, arrays, objects, " +
			"functions, classes, templates (also tagged), sequences, `this` and unary operators other than `void` " +
			"and `delete`. Calls, `new`, assignments, `++`, `await`, `yield`, `import()` and directives pass; JSX " +
			"passes. As in @typescript-eslint's version, one `as`, `!`, `<T>` or instantiation wrapper is looked through.",
		Incorrect: []string{"a && b();", "x.y;", "cond ? f() : g();"},
		Correct:   []string{"if (a) b();", "f();", "x = 1;", "'use strict';"},
		Options:   `{"allowShortCircuit": false, "allowTernary": false, "allowTaggedTemplates": false, "enforceForJSX": false} (Airbnb).`,
	},
	Options: objectOptions(noUnusedExpressionsOptions{}),
	File: func(c *rules.FileContext) {
		o, _ := c.Options.(noUnusedExpressionsOptions)
		tsparse.EachWithParents(c.File, func(s *tsparse.ExprStmt, parents []tsparse.Node) {
			if !isExpressionStatement(s, parentOf(parents)) || isDirective(s, parents, c.File.Body) {
				return
			}
			e := unparen(s.Expr)
			if o.isValidTS(e) {
				return
			}
			switch w := e.(type) {
			case *tsparse.AsExpr:
				e = unparen(w.Expr)
			case *tsparse.NonNullExpr:
				e = unparen(w.Expr)
			case *tsparse.TypeAssertion:
				e = unparen(w.Expr)
			case *tsparse.InstantiationExpr:
				e = unparen(w.Expr)
			}
			if o.disallowed(e) {
				c.ReportRange(s.Range, "Expected an assignment or function call and instead saw an expression.")
			}
		})
	},
}

// isValidTS is @typescript-eslint's pre-check: an optional call chain or
// import(), looking through allowed short circuits and ternaries.
func (o noUnusedExpressionsOptions) isValidTS(e tsparse.Expr) bool {
	switch x := e.(type) {
	case *tsparse.BinaryExpr:
		if o.AllowShortCircuit && isLogicalOp(x.Op) {
			return o.isValidTS(unparen(x.Right))
		}
	case *tsparse.CondExpr:
		if o.AllowTernary {
			return o.isValidTS(unparen(x.Alt)) && o.isValidTS(unparen(x.Cons))
		}
	case *tsparse.ImportCall:
		return true
	case *tsparse.CallExpr:
		return isOptionalChain(x)
	}
	return false
}

// disallowed is ESLint's Checker: true when the expression has no effect.
func (o noUnusedExpressionsOptions) disallowed(e tsparse.Expr) bool {
	switch x := e.(type) {
	case *tsparse.ArrayLit, *tsparse.ArrowFunc, *tsparse.ClassExpr, *tsparse.FuncExpr, *tsparse.Ident,
		*tsparse.StringLit, *tsparse.NumberLit, *tsparse.BigIntLit, *tsparse.RegExpLit, *tsparse.BoolLit,
		*tsparse.NullLit, *tsparse.MemberExpr, *tsparse.IndexExpr, *tsparse.MetaProperty, *tsparse.ObjectLit,
		*tsparse.SeqExpr, *tsparse.TemplateLit, *tsparse.ThisExpr:
		return true
	case *tsparse.BinaryExpr:
		if o.AllowShortCircuit && isLogicalOp(x.Op) {
			return o.disallowed(unparen(x.Right))
		}
		return true
	case *tsparse.CondExpr:
		if o.AllowTernary {
			return o.disallowed(unparen(x.Cons)) || o.disallowed(unparen(x.Alt))
		}
		return true
	case *tsparse.JSXElement, *tsparse.JSXFragment:
		return o.EnforceForJSX
	case *tsparse.TaggedTemplate:
		return !o.AllowTaggedTemplates
	case *tsparse.UnaryExpr:
		return x.Op != tsparse.TVoid && x.Op != tsparse.TDelete
	}
	return false
}

func isLogicalOp(op tsparse.Token) bool {
	return op == tsparse.TAmpAmp || op == tsparse.TBarBar || op == tsparse.TQuestionQuestion
}

// isOptionalChain says whether a call or member access is part of an optional
// chain (ESTree wraps such chains in a ChainExpression).
func isOptionalChain(e tsparse.Expr) bool {
	for {
		switch x := e.(type) {
		case *tsparse.CallExpr:
			if x.Optional {
				return true
			}
			e = x.Callee
		case *tsparse.MemberExpr:
			if x.Optional {
				return true
			}
			e = x.Object
		case *tsparse.IndexExpr:
			if x.Optional {
				return true
			}
			e = x.Object
		case *tsparse.NonNullExpr:
			e = x.Expr
		default:
			return false
		}
	}
}

// isDirective says whether s is part of a directive prologue: the leading
// string-literal statements of the file or of a function body.
func isDirective(s *tsparse.ExprStmt, parents []tsparse.Node, fileBody []tsparse.Stmt) bool {
	var body []tsparse.Stmt
	switch p := parentOf(parents).(type) {
	case nil:
		body = fileBody
	case *tsparse.BlockStmt:
		if len(parents) < 2 {
			return false
		}
		if _, fn := parents[len(parents)-2].(*tsparse.Function); !fn {
			return false
		}
		body = p.Body
	default:
		return false
	}
	return inPrologue(s, body)
}

func inPrologue(s *tsparse.ExprStmt, body []tsparse.Stmt) bool {
	for _, x := range body {
		es, ok := x.(*tsparse.ExprStmt)
		if !ok {
			return false
		}
		if _, str := unparen(es.Expr).(*tsparse.StringLit); !str {
			return false
		}
		if es == s {
			return true
		}
	}
	return false
}

// isExpressionStatement: our *ExprStmt also wraps the expression of
// `export default`, a for loop's init and a for-in/of's left side, which are
// not ExpressionStatements in ESTree.
func isExpressionStatement(s *tsparse.ExprStmt, parent tsparse.Node) bool {
	switch p := parent.(type) {
	case *tsparse.ExportDefaultDecl:
		return false
	case *tsparse.ForStmt:
		return tsparse.Node(p.Init) != tsparse.Node(s)
	case *tsparse.ForInStmt:
		return tsparse.Node(p.Left) != tsparse.Node(s)
	case *tsparse.ForOfStmt:
		return tsparse.Node(p.Left) != tsparse.Node(s)
	}
	return true
}
