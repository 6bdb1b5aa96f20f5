package airbnb

import (
	"encoding/json"
	"fmt"

	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

// correctnessRule fills the fields shared by airbnb-base's correctness rules.
func correctnessRule(name, summary string, doc rules.Doc, check func(*rules.FileContext)) *rules.Rule {
	return &rules.Rule{
		Name:            name,
		ESLintNames:     []string{name},
		Category:        rules.CategoryCorrectness,
		Summary:         summary,
		DefaultSeverity: rules.Error,
		Sonar:           sonarBug,
		Options:         noOptions,
		Doc:             doc,
		File:            check,
	}
}

var noDebugger = correctnessRule("no-debugger", "Disallow debugger statements", rules.Doc{
	Description: "A `debugger` statement left in code stops every user with open dev tools.",
	Incorrect:   []string{"debugger;"},
	Correct:     []string{"console.assert(ok);"},
}, func(c *rules.FileContext) {
	tsparse.Each(c.File, func(d *tsparse.DebuggerStmt) {
		c.ReportRange(d.Range, "Unexpected 'debugger' statement.")
	})
})

var noSparseArrays = correctnessRule("no-sparse-arrays", "Disallow array literals with holes", rules.Doc{
	Description: "`[a, , b]` has a hole, usually a typo for a missing element.",
	Incorrect:   []string{"const a = [1, , 2];"},
	Correct:     []string{"const a = [1, 2];", "const [, second] = list;"},
}, func(c *rules.FileContext) {
	tsparse.Each(c.File, func(a *tsparse.ArrayLit) {
		for _, e := range a.Elems {
			if e == nil {
				c.ReportRange(a.Range, "Unexpected comma in middle of array.")
				break
			}
		}
	})
})

var noCompareNegZero = correctnessRule("no-compare-neg-zero", "Disallow comparing against -0", rules.Doc{
	Description: "`x === -0` is also true for `+0`; use `Object.is(x, -0)`.",
	Incorrect:   []string{"if (x === -0) {}"},
	Correct:     []string{"if (Object.is(x, -0)) {}"},
}, func(c *rules.FileContext) {
	isNegZero := func(e tsparse.Expr) bool {
		u, ok := unparen(e).(*tsparse.UnaryExpr)
		if !ok || u.Op != tsparse.TMinus {
			return false
		}
		num, ok := unparen(u.Arg).(*tsparse.NumberLit)
		if !ok {
			return false
		}
		v, parsed := numberValue(num.Raw)
		return parsed && v == 0
	}
	tsparse.Each(c.File, func(b *tsparse.BinaryExpr) {
		if isRelationalOrEquality(b.Op) && (isNegZero(b.Left) || isNegZero(b.Right)) {
			c.ReportRange(b.Range, "Do not use the '"+text(c.File, b.OpRange)+"' operator to compare against -0.")
		}
	})
})

func isRelationalOrEquality(op tsparse.Token) bool {
	switch op {
	case tsparse.TLess, tsparse.TLessEq, tsparse.TGreater, tsparse.TGreaterEq,
		tsparse.TEqEq, tsparse.TEqEqEq, tsparse.TNotEq, tsparse.TNotEqEq:
		return true
	}
	return false
}

var noSelfCompare = correctnessRule("no-self-compare", "Disallow comparing a value with itself", rules.Doc{
	Description: "`x === x` is true except for NaN; use `Number.isNaN(x)` for that. Compares tokens, as ESLint does.",
	Incorrect:   []string{"if (x === x) {}", "if (a.b < a.b) {}"},
	Correct:     []string{"if (Number.isNaN(x)) {}"},
}, func(c *rules.FileContext) {
	tsparse.Each(c.File, func(b *tsparse.BinaryExpr) {
		if isRelationalOrEquality(b.Op) && tokenText(c.File, unparen(b.Left)) == tokenText(c.File, unparen(b.Right)) {
			c.ReportRange(b.Range, "Comparing to itself is potentially pointless.")
		}
	})
})

var noDuplicateCase = correctnessRule("no-duplicate-case", "Disallow duplicate case labels", rules.Doc{
	Description: "A second `case` with the same expression (token for token) can never be reached.",
	Incorrect:   []string{"switch (x) { case 1: break; case 1: break; }"},
	Correct:     []string{"switch (x) { case 1: break; case 2: break; }"},
}, func(c *rules.FileContext) {
	tsparse.Each(c.File, func(s *tsparse.SwitchStmt) {
		var seen []tsparse.Expr
		for _, sc := range s.Cases {
			if sc.Test == nil {
				continue
			}
			dup := false
			for _, prev := range seen {
				if sameTokens(c.File, prev, sc.Test) {
					dup = true
					break
				}
			}
			if dup {
				c.ReportRange(sc.Range, "Duplicate case label.")
			} else {
				seen = append(seen, sc.Test)
			}
		}
	})
})

var noEmpty = correctnessRule("no-empty", "Disallow empty blocks and switches", rules.Doc{
	Description: "An empty block (also an empty `catch`) hides a missing piece of code; a comment inside the " +
		"block documents that it is intentional. Function bodies, class static blocks and namespace bodies may be empty.",
	Incorrect: []string{"if (x) {}", "try { f(); } catch (e) {}"},
	Correct:   []string{"if (x) { /* nothing to do */ }", "function noop() {}"},
}, func(c *rules.FileContext) {
	tsparse.EachWithParents(c.File, func(x *tsparse.BlockStmt, parents []tsparse.Node) {
		if len(x.Body) != 0 {
			return
		}
		switch parentOf(parents).(type) {
		case *tsparse.Function, *tsparse.ModuleDecl:
			return
		}
		if hasCommentIn(c.File, x.Range) {
			return
		}
		c.ReportRange(x.Range, "Empty block statement.")
	})
	tsparse.Each(c.File, func(x *tsparse.SwitchStmt) {
		if len(x.Cases) == 0 {
			c.ReportRange(x.Range, "Empty switch statement.")
		}
	})
})

func hasCommentIn(f *tsparse.File, r tsparse.Range) bool {
	for _, cm := range f.Comments {
		if cm.Range.Start >= r.Start && cm.Range.End <= r.End {
			return true
		}
		if cm.Range.Start >= r.End {
			break
		}
	}
	return false
}

var noNewWrappers = correctnessRule("no-new-wrappers", "Disallow new String/Number/Boolean", rules.Doc{
	Description: "`new String('a')` makes an object, not a primitive: `typeof` is \"object\" and it is always truthy. " +
		"fsdlint does not check whether String/Number/Boolean is shadowed by a local binding.",
	Incorrect: []string{"const s = new String('a');"},
	Correct:   []string{"const s = String(x);"},
}, func(c *rules.FileContext) {
	tsparse.Each(c.File, func(ne *tsparse.NewExpr) {
		if id, ok := unparen(ne.Callee).(*tsparse.Ident); ok && (id.Name == "String" || id.Name == "Number" || id.Name == "Boolean") {
			c.ReportRange(ne.Range, "Do not use "+id.Name+" as a constructor.")
		}
	})
})

var useIsNaN = correctnessRule("use-isnan", "Require isNaN() instead of comparing with NaN", rules.Doc{
	Description: "Every comparison with NaN is false (`NaN !== NaN`). Also reports `switch (NaN)` and `case NaN`.",
	Incorrect:   []string{"if (x === NaN) {}", "switch (x) { case NaN: break; }"},
	Correct:     []string{"if (Number.isNaN(x)) {}"},
}, func(c *rules.FileContext) {
	// Comparisons and switches give different messages, so the engine's sort
	// (position, then message) orders them the same whichever is found first.
	tsparse.Each(c.File, func(x *tsparse.BinaryExpr) {
		if isRelationalOrEquality(x.Op) && (isNaNRef(x.Left) || isNaNRef(x.Right)) {
			c.ReportRange(x.Range, "Use the isNaN function to compare with NaN.")
		}
	})
	tsparse.Each(c.File, func(x *tsparse.SwitchStmt) {
		if isNaNRef(x.Disc) {
			c.ReportRange(x.Range, "'switch(NaN)' can never match a case clause. Use Number.isNaN instead of the switch.")
		}
		for _, sc := range x.Cases {
			if sc.Test != nil && isNaNRef(sc.Test) {
				c.ReportRange(sc.Range, "'case NaN' can never match. Use Number.isNaN before the switch.")
			}
		}
	})
})

// isNaNRef: NaN, Number.NaN or Number['NaN'].
func isNaNRef(e tsparse.Expr) bool {
	switch x := unparen(e).(type) {
	case *tsparse.Ident:
		return x.Name == "NaN"
	case *tsparse.MemberExpr:
		obj, ok := unparen(x.Object).(*tsparse.Ident)
		prop, ok2 := x.Prop.(*tsparse.Ident)
		return ok && ok2 && obj.Name == "Number" && prop.Name == "NaN"
	case *tsparse.IndexExpr:
		obj, ok := unparen(x.Object).(*tsparse.Ident)
		s, ok2 := staticString(x.Index)
		return ok && ok2 && obj.Name == "Number" && s == "NaN"
	}
	return false
}

// staticString is a string literal's value or a template without substitutions.
func staticString(e tsparse.Expr) (string, bool) {
	switch x := unparen(e).(type) {
	case *tsparse.StringLit:
		return x.Value, true
	case *tsparse.TemplateLit:
		if len(x.Exprs) == 0 {
			return x.Quasis[0].Raw, true
		}
	}
	return "", false
}

var validTypes = map[string]bool{"symbol": true, "undefined": true, "object": true, "boolean": true,
	"number": true, "string": true, "function": true, "bigint": true}

type validTypeofOptions struct {
	RequireStringLiterals bool `json:"requireStringLiterals"`
}

var validTypeof = &rules.Rule{
	Name:            "valid-typeof",
	ESLintNames:     []string{"valid-typeof"},
	Category:        rules.CategoryCorrectness,
	Summary:         "Require typeof to be compared with a valid type name string",
	DefaultSeverity: rules.Error,
	Sonar:           sonarBug,
	Options:         objectOptions(validTypeofOptions{RequireStringLiterals: true}),
	Doc: rules.Doc{
		Description: "`typeof x === 'strnig'` is always false. The compared value must be one of the eight type " +
			"names; with Airbnb's `requireStringLiterals` it must also be a string literal (or another `typeof`).",
		Incorrect: []string{"typeof x === 'strnig'", "typeof x === y"},
		Correct:   []string{"typeof x === 'string'", "typeof x === typeof y"},
		Options:   `{"requireStringLiterals": true} (Airbnb).`,
	},
	File: func(c *rules.FileContext) {
		o, _ := c.Options.(validTypeofOptions)
		tsparse.Each(c.File, func(b *tsparse.BinaryExpr) {
			if !(b.Op == tsparse.TEqEq || b.Op == tsparse.TEqEqEq || b.Op == tsparse.TNotEq || b.Op == tsparse.TNotEqEq) {
				return
			}
			for _, pair := range [][2]tsparse.Expr{{b.Left, b.Right}, {b.Right, b.Left}} {
				if !isTypeofOperand(pair[0]) {
					continue
				}
				sib := unparen(pair[1])
				if isLiteral(sib) || isStaticTemplate(sib) {
					if v, ok := staticString(sib); !ok || !validTypes[v] {
						c.ReportRange(sib.Span(), "Invalid typeof comparison value.")
					}
				} else if id, ok := sib.(*tsparse.Ident); ok && id.Name == "undefined" && !o.RequireStringLiterals {
					c.ReportRange(sib.Span(), "Invalid typeof comparison value.")
				} else if o.RequireStringLiterals && !isTypeofOperand(sib) {
					c.ReportRange(sib.Span(), "Typeof comparisons should be to string literals.")
				}
			}
		})
	},
}

func isStaticTemplate(e tsparse.Expr) bool {
	t, ok := e.(*tsparse.TemplateLit)
	return ok && len(t.Exprs) == 0
}

var noUnsafeFinally = correctnessRule("no-unsafe-finally", "Disallow return, throw, break and continue in finally", rules.Doc{
	Description: "A control-flow statement in `finally` overrides the `try`/`catch` outcome (a return there " +
		"swallows the exception). Statements inside a nested function, or a loop/switch they belong to, are fine.",
	Incorrect: []string{"try { return 1; } finally { return 2; }"},
	Correct:   []string{"try { return 1; } finally { cleanup(); }"},
}, func(c *rules.FileContext) {
	// Each statement kind has its own message, so findings sort the same
	// whichever kind is visited first.
	check := func(n tsparse.Node, parents []tsparse.Node, kind string, label *tsparse.Ident, sentinel func(tsparse.Node) bool) {
		labelInside := false
		child := n
		for i := len(parents) - 1; i >= 0; i-- {
			p := parents[i]
			if sentinel(child) {
				return
			}
			if ls, ok := p.(*tsparse.LabeledStmt); ok && label != nil && ls.Label.Name == label.Name {
				labelInside = true
			}
			if t, ok := p.(*tsparse.TryStmt); ok && t.Finalizer != nil && child == tsparse.Node(t.Finalizer) {
				if label == nil || !labelInside {
					c.ReportRange(n.Span(), "Unsafe usage of "+kind+".")
				}
				return
			}
			child = p
		}
	}
	tsparse.EachWithParents(c.File, func(x *tsparse.ReturnStmt, parents []tsparse.Node) {
		check(x, parents, "ReturnStatement", nil, isFunctionOrClass)
	})
	tsparse.EachWithParents(c.File, func(x *tsparse.ThrowStmt, parents []tsparse.Node) {
		check(x, parents, "ThrowStatement", nil, isFunctionOrClass)
	})
	tsparse.EachWithParents(c.File, func(x *tsparse.BreakStmt, parents []tsparse.Node) {
		sentinel := isFunctionOrClass
		if x.Label == nil {
			sentinel = func(p tsparse.Node) bool { return isFunctionOrClass(p) || isLoop(p) || isSwitch(p) }
		}
		check(x, parents, "BreakStatement", x.Label, sentinel)
	})
	tsparse.EachWithParents(c.File, func(x *tsparse.ContinueStmt, parents []tsparse.Node) {
		check(x, parents, "ContinueStatement", x.Label, func(p tsparse.Node) bool { return isFunctionOrClass(p) || isLoop(p) })
	})
})

func isFunctionOrClass(n tsparse.Node) bool {
	_, class := n.(*tsparse.Class)
	return class || isFunctionBoundary(n)
}

func isLoop(n tsparse.Node) bool {
	switch n.(type) {
	case *tsparse.ForStmt, *tsparse.ForInStmt, *tsparse.ForOfStmt, *tsparse.WhileStmt, *tsparse.DoWhileStmt:
		return true
	}
	return false
}

func isSwitch(n tsparse.Node) bool { _, ok := n.(*tsparse.SwitchStmt); return ok }

var noCondAssign = &rules.Rule{
	Name:            "no-cond-assign",
	ESLintNames:     []string{"no-cond-assign"},
	Category:        rules.CategoryCorrectness,
	Summary:         "Disallow assignments in conditions",
	DefaultSeverity: rules.Error,
	Sonar:           sonarBug,
	Options: &rules.OptionsSpec{
		Default: func() any { return "always" },
		Parse: func(args []json.RawMessage) (any, error) {
			mode := "always"
			if err := decodeArgs(args, &mode); err != nil {
				return nil, err
			}
			if mode != "always" {
				return nil, fmt.Errorf(`only "always" (Airbnb's mode) is supported, not %q`, mode)
			}
			return mode, nil
		},
	},
	Doc: rules.Doc{
		Description: "`if (x = 1)` is usually a typo for `===`. With Airbnb's \"always\" any assignment in the test " +
			"of an if, loop or ternary is reported (not inside a nested function), parenthesised or not.",
		Incorrect: []string{"if (x = f()) {}", "while ((m = re.exec(s))) {}"},
		Correct:   []string{"const x = f();\nif (x) {}"},
		Options:   `"always" (Airbnb; "except-parens" is not supported).`,
	},
	File: func(c *rules.FileContext) {
		tsparse.EachWithParents(c.File, func(a *tsparse.AssignExpr, parents []tsparse.Node) {
			child := tsparse.Node(a)
			for i := len(parents) - 1; i >= 0; i-- {
				p := parents[i]
				if what := testOf(p, child); what != "" {
					c.ReportRange(a.Span(), "Unexpected assignment within "+what+".")
					return
				}
				if isFunctionBoundary(p) {
					return
				}
				child = p
			}
		})
	},
}

// testOf describes p when child is its test, as no-cond-assign words it.
func testOf(p, child tsparse.Node) string {
	is := func(e tsparse.Expr) bool { return e != nil && child == tsparse.Node(e) }
	switch x := p.(type) {
	case *tsparse.IfStmt:
		if is(x.Test) {
			return "an 'if' statement"
		}
	case *tsparse.WhileStmt:
		if is(x.Test) {
			return "a 'while' statement"
		}
	case *tsparse.DoWhileStmt:
		if is(x.Test) {
			return "a 'do...while' statement"
		}
	case *tsparse.ForStmt:
		if is(x.Test) {
			return "a 'for' statement"
		}
	case *tsparse.CondExpr:
		if is(x.Test) {
			return "ConditionalExpression"
		}
	}
	return ""
}

var noDupeElseIf = correctnessRule("no-dupe-else-if", "Disallow a condition already covered earlier in an if-else-if chain", rules.Doc{
	Description: "In `if (a) … else if (a) …` the second branch can never run; ESLint's check also catches " +
		"`if (a || b) … else if (a)` and `if (a) … else if (a && b)`.",
	Incorrect: []string{"if (a) {} else if (a) {}", "if (a || b) {} else if (b) {}"},
	Correct:   []string{"if (a) {} else if (b) {}"},
}, func(c *rules.FileContext) {
	tsparse.EachWithParents(c.File, func(s *tsparse.IfStmt, parents []tsparse.Node) {
		f := c.File
		test := unparen(s.Test)
		conds := []tsparse.Expr{test}
		if b, ok := test.(*tsparse.BinaryExpr); ok && b.Op == tsparse.TAmpAmp {
			conds = append(conds, splitLogical(tsparse.TAmpAmp, test)...)
		}
		var list [][][]tsparse.Expr
		for _, cond := range conds {
			list = append(list, splitOrAnd(cond))
		}
		cur := tsparse.Node(s)
		for i := len(parents) - 1; i >= 0; i-- {
			p, ok := parents[i].(*tsparse.IfStmt)
			if !ok || p.Alt == nil || tsparse.Node(p.Alt) != cur {
				return
			}
			cur = p
			curOr := splitOrAnd(unparen(p.Test))
			for k, orOperands := range list {
				var kept [][]tsparse.Expr
				for _, orOperand := range orOperands {
					covered := false
					for _, co := range curOr {
						if isSubset(f, co, orOperand) {
							covered = true
							break
						}
					}
					if !covered {
						kept = append(kept, orOperand)
					}
				}
				list[k] = kept
			}
			for _, orOperands := range list {
				if len(orOperands) == 0 {
					c.ReportRange(test.Span(), "This branch can never execute. Its condition is a duplicate or covered by previous conditions in the if-else-if chain.")
					return
				}
			}
		}
	})
})

func splitLogical(op tsparse.Token, e tsparse.Expr) []tsparse.Expr {
	e = unparen(e)
	if b, ok := e.(*tsparse.BinaryExpr); ok && b.Op == op {
		return append(splitLogical(op, b.Left), splitLogical(op, b.Right)...)
	}
	return []tsparse.Expr{e}
}

func splitOrAnd(e tsparse.Expr) [][]tsparse.Expr {
	var out [][]tsparse.Expr
	for _, or := range splitLogical(tsparse.TBarBar, e) {
		out = append(out, splitLogical(tsparse.TAmpAmp, or))
	}
	return out
}

func isSubset(f *tsparse.File, a, b []tsparse.Expr) bool {
	for _, x := range a {
		found := false
		for _, y := range b {
			if equalCondition(f, x, y) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// equalCondition is no-dupe-else-if's equal: && and || compare commutatively.
func equalCondition(f *tsparse.File, a, b tsparse.Expr) bool {
	a, b = unparen(a), unparen(b)
	if !sameNodeType(a, b) {
		return false
	}
	if x, ok := a.(*tsparse.BinaryExpr); ok && (x.Op == tsparse.TAmpAmp || x.Op == tsparse.TBarBar) {
		if y := b.(*tsparse.BinaryExpr); y.Op == x.Op {
			return equalCondition(f, x.Left, y.Left) && equalCondition(f, x.Right, y.Right) ||
				equalCondition(f, x.Left, y.Right) && equalCondition(f, x.Right, y.Left)
		}
	}
	return tokenText(f, a) == tokenText(f, b)
}
