package airbnb

import (
	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

type noConstantConditionOptions struct {
	CheckLoops bool `json:"checkLoops"`
}

var noConstantCondition = &rules.Rule{
	Name:            "no-constant-condition",
	ESLintNames:     []string{"no-constant-condition"},
	Category:        rules.CategoryCorrectness,
	Summary:         "Disallow constant conditions in if, ternaries and loops",
	DefaultSeverity: rules.Warn,
	Sonar:           sonarBug,
	Options:         objectOptions(noConstantConditionOptions{CheckLoops: true}),
	Doc: rules.Doc{
		Description: "A condition that is always truthy or falsy (`if (0)`, `if ({})`, `x || true`, `typeof x`) " +
			"is dead code or a typo. Loops are checked too (so `while (true)` is reported), except a loop that " +
			"contains a `yield`. `undefined` and `Boolean` are assumed to be the globals (fsdlint does not check " +
			"for a local binding of that name).",
		Incorrect: []string{"if (x = 0) {}", "while (true) { step(); }", "const y = 'a' ? 1 : 2;"},
		Correct:   []string{"if (x === 0) {}", "for (;;) { if (done()) break; }"},
		Options:   `{"checkLoops": true} (ESLint's default; Airbnb sets the rule to "warn" without options).`,
	},
	File: func(c *rules.FileContext) {
		o, ok := c.Options.(noConstantConditionOptions)
		if !ok {
			o = noConstantConditionOptions{CheckLoops: true}
		}
		report := func(test tsparse.Expr) {
			if test != nil && isConstant(test, true) {
				c.ReportRange(unparen(test).Span(), "Unexpected constant condition.")
			}
		}
		tsparse.Each(c.File, func(x *tsparse.IfStmt) { report(x.Test) })
		tsparse.Each(c.File, func(x *tsparse.CondExpr) { report(x.Test) })
		if !o.CheckLoops {
			return
		}
		tsparse.Each(c.File, func(x *tsparse.WhileStmt) {
			if !containsYield(x.Body) && !containsYield(x.Test) {
				report(x.Test)
			}
		})
		tsparse.Each(c.File, func(x *tsparse.DoWhileStmt) {
			if !containsYield(x.Body) && !containsYield(x.Test) {
				report(x.Test)
			}
		})
		tsparse.Each(c.File, func(x *tsparse.ForStmt) {
			if x.Test != nil && !containsYield(x) {
				report(x.Test)
			}
		})
	},
}

// containsYield: a yield in n outside nested (non-arrow) functions.
func containsYield(n tsparse.Node) bool {
	found := false
	tsparse.Inspect(n, func(m tsparse.Node) bool {
		switch m.(type) {
		case *tsparse.YieldExpr:
			found = true
		case *tsparse.FuncExpr, *tsparse.FuncDecl, *tsparse.MethodDef, *tsparse.Class:
			return false
		}
		return !found
	})
	return found
}

// literalTruthiness is ESLint's getBooleanValue of a literal.
func literalTruthiness(e tsparse.Expr) (bool, bool) {
	switch x := unparen(e).(type) {
	case *tsparse.StringLit:
		return x.Value != "", true
	case *tsparse.NumberLit:
		f, _ := numberValue(x.Raw)
		return f != 0 && f == f, true
	case *tsparse.BigIntLit:
		f, _ := numberValue(x.Raw[:len(x.Raw)-1])
		return f != 0, true
	case *tsparse.BoolLit:
		return x.Value, true
	case *tsparse.NullLit:
		return false, true
	case *tsparse.RegExpLit:
		return true, true
	}
	return false, false
}

func isLogicalIdentity(e tsparse.Expr, op tsparse.Token) bool {
	switch x := unparen(e).(type) {
	case *tsparse.UnaryExpr:
		return op == tsparse.TAmpAmp && x.Op == tsparse.TVoid
	case *tsparse.BinaryExpr:
		if isLogicalOp(x.Op) {
			return op == x.Op && (isLogicalIdentity(x.Left, op) || isLogicalIdentity(x.Right, op))
		}
	case *tsparse.AssignExpr:
		return (x.Op == tsparse.TBarBarEq && op == tsparse.TBarBar || x.Op == tsparse.TAmpAmpEq && op == tsparse.TAmpAmp) &&
			isLogicalIdentity(x.Right, op)
	}
	if v, ok := literalTruthiness(e); ok {
		return op == tsparse.TBarBar && v || op == tsparse.TAmpAmp && !v
	}
	return false
}

// isConstant is ESLint's isConstant (ast-utils).
func isConstant(e tsparse.Expr, inBoolean bool) bool {
	if e == nil {
		return true
	}
	switch x := unparen(e).(type) {
	case *tsparse.StringLit, *tsparse.NumberLit, *tsparse.BigIntLit, *tsparse.BoolLit, *tsparse.NullLit,
		*tsparse.RegExpLit, *tsparse.ArrowFunc, *tsparse.FuncExpr, *tsparse.ClassExpr, *tsparse.ObjectLit:
		return true
	case *tsparse.TemplateLit:
		if inBoolean {
			for _, q := range x.Quasis {
				if q.Raw != "" {
					return true
				}
			}
		}
		for _, sub := range x.Exprs {
			if !isConstant(sub, false) {
				return false
			}
		}
		return true
	case *tsparse.ArrayLit:
		if inBoolean {
			return true
		}
		for _, el := range x.Elems {
			if el != nil && !isConstant(el, false) {
				return false
			}
		}
		return true
	case *tsparse.UnaryExpr:
		if x.Op == tsparse.TVoid || x.Op == tsparse.TTypeof && inBoolean {
			return true
		}
		if x.Op == tsparse.TBang {
			return isConstant(x.Arg, true)
		}
		return isConstant(x.Arg, false)
	case *tsparse.BinaryExpr:
		if isLogicalOp(x.Op) {
			left, right := isConstant(x.Left, inBoolean), isConstant(x.Right, inBoolean)
			return left && right || left && isLogicalIdentity(x.Left, x.Op) ||
				inBoolean && right && isLogicalIdentity(x.Right, x.Op)
		}
		return isConstant(x.Left, false) && isConstant(x.Right, false) && x.Op != tsparse.TIn
	case *tsparse.NewExpr:
		return inBoolean
	case *tsparse.AssignExpr:
		switch x.Op {
		case tsparse.TEq:
			return isConstant(x.Right, inBoolean)
		case tsparse.TBarBarEq:
			return inBoolean && isLogicalIdentity(x.Right, tsparse.TBarBar)
		case tsparse.TAmpAmpEq:
			return inBoolean && isLogicalIdentity(x.Right, tsparse.TAmpAmp)
		}
		return false
	case *tsparse.SeqExpr:
		return isConstant(x.Exprs[len(x.Exprs)-1], inBoolean)
	case *tsparse.SpreadElem:
		return isConstant(x.Arg, inBoolean)
	case *tsparse.CallExpr:
		if id, ok := x.Callee.(*tsparse.Ident); ok && id.Name == "Boolean" {
			return len(x.Args) == 0 || isConstant(x.Args[0], true)
		}
		return false
	case *tsparse.Ident:
		return x.Name == "undefined"
	}
	return false
}
