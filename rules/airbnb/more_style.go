package airbnb

import (
	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

// styleRule fills the fields shared by Airbnb's style rules (off in recommended).
func styleRule(name, summary string, doc rules.Doc, check func(*rules.FileContext)) *rules.Rule {
	return &rules.Rule{
		Name:            name,
		ESLintNames:     []string{name},
		Category:        rules.CategorySuggestion,
		Summary:         summary,
		DefaultSeverity: rules.Off,
		Sonar:           sonarSmell,
		Options:         noOptions,
		Doc:             doc,
		File:            check,
	}
}

var defaultCaseLast = styleRule("default-case-last", "Require the default clause to be the last one", rules.Doc{
	Description: "A `default` in the middle of a switch is easy to misread as the fallback for the cases after it.",
	Incorrect:   []string{"switch (x) { default: break; case 1: break; }"},
	Correct:     []string{"switch (x) { case 1: break; default: break; }"},
}, func(c *rules.FileContext) {
	tsparse.Each(c.File, func(s *tsparse.SwitchStmt) {
		for i, sc := range s.Cases {
			if sc.Test == nil && i != len(s.Cases)-1 {
				c.ReportRange(sc.Range, "Default clause should be the last clause.")
			}
		}
	})
})

var noLonelyIf = styleRule("no-lonely-if", "Disallow an if as the only statement of an else block", rules.Doc{
	Description: "`else { if (b) … }` reads better as `else if (b) …`. (ESLint can fix this; fsdlint reports only.)",
	Incorrect:   []string{"if (a) {} else { if (b) {} }"},
	Correct:     []string{"if (a) {} else if (b) {}"},
}, func(c *rules.FileContext) {
	tsparse.EachWithParents(c.File, func(ifs *tsparse.IfStmt, parents []tsparse.Node) {
		if len(parents) < 2 {
			return
		}
		block, ok := parents[len(parents)-1].(*tsparse.BlockStmt)
		outer, ok2 := parents[len(parents)-2].(*tsparse.IfStmt)
		if ok && ok2 && len(block.Body) == 1 && tsparse.Node(outer.Alt) == tsparse.Node(block) {
			c.ReportRange(ifs.Range, "Unexpected if as the only statement in an else block.")
		}
	})
})

var noMultiAssign = styleRule("no-multi-assign", "Disallow chained assignments", rules.Doc{
	Description: "`a = b = c` and `const a = b = c` hide an assignment (and, in a declaration, may create a global).",
	Incorrect:   []string{"a = b = 0;", "const a = b = 0;"},
	Correct:     []string{"a = 0;\nb = 0;"},
}, func(c *rules.FileContext) {
	tsparse.EachWithParents(c.File, func(a *tsparse.AssignExpr, parents []tsparse.Node) {
		var child tsparse.Node = a
		for i := len(parents) - 1; i >= 0; i-- {
			switch p := parents[i].(type) {
			case *tsparse.ParenExpr:
				child = p
				continue
			case *tsparse.VarDeclarator:
				if p.Init != nil && tsparse.Node(p.Init) == child {
					c.ReportRange(a.Range, "Unexpected chained assignment.")
				}
			case *tsparse.PropertyDef:
				if p.Value != nil && tsparse.Node(p.Value) == child {
					c.ReportRange(a.Range, "Unexpected chained assignment.")
				}
			case *tsparse.AssignExpr:
				if tsparse.Node(p.Right) == child {
					c.ReportRange(a.Range, "Unexpected chained assignment.")
				}
			}
			return
		}
	})
})

var bitwiseOps = map[tsparse.Token]bool{tsparse.TCaret: true, tsparse.TBar: true, tsparse.TAmp: true,
	tsparse.TLessLess: true, tsparse.TGreaterGreater: true, tsparse.TGreaterGreaterGreater: true,
	tsparse.TCaretEq: true, tsparse.TBarEq: true, tsparse.TAmpEq: true, tsparse.TLessLessEq: true,
	tsparse.TGreaterGreaterEq: true, tsparse.TGreaterGreaterGreaterEq: true}

var noBitwise = styleRule("no-bitwise", "Disallow bitwise operators", rules.Doc{
	Description: "`&`, `|`, `^`, `~`, shifts and their assignments are rare in application code and often a typo " +
		"for `&&`/`||`.",
	Incorrect: []string{"const y = x | 0;", "if (a & b) {}"},
	Correct:   []string{"const y = Math.trunc(x);", "if (a && b) {}"},
}, func(c *rules.FileContext) {
	tsparse.Each(c.File, func(x *tsparse.BinaryExpr) {
		if bitwiseOps[x.Op] {
			c.ReportRange(x.Range, "Unexpected use of '"+text(c.File, x.OpRange)+"'.")
		}
	})
	tsparse.Each(c.File, func(x *tsparse.AssignExpr) {
		if bitwiseOps[x.Op] {
			c.ReportRange(x.Range, "Unexpected use of '"+text(c.File, x.OpRange)+"'.")
		}
	})
	tsparse.Each(c.File, func(x *tsparse.UnaryExpr) {
		if x.Op == tsparse.TTilde {
			c.ReportRange(x.Range, "Unexpected use of '~'.")
		}
	})
})

var noContinue = styleRule("no-continue", "Disallow continue statements", rules.Doc{
	Description: "Airbnb bans `continue`: an early-filtered loop or a guarded block reads more directly.",
	Incorrect:   []string{"for (const x of xs) { if (!x) continue; use(x); }"},
	Correct:     []string{"xs.filter(Boolean).forEach(use);"},
}, func(c *rules.FileContext) {
	tsparse.Each(c.File, func(s *tsparse.ContinueStmt) {
		c.ReportRange(s.Range, "Unexpected use of continue statement.")
	})
})

var noUselessConcat = styleRule("no-useless-concat", "Disallow concatenating two literals on one line", rules.Doc{
	Description: "`'a' + 'b'` on one line is just `'ab'`.",
	Incorrect:   []string{"const s = 'a' + 'b';"},
	Correct:     []string{"const s = 'ab';", "const s = 'a' +\n  'b';"},
}, func(c *rules.FileContext) {
	tsparse.Each(c.File, func(b *tsparse.BinaryExpr) {
		if b.Op != tsparse.TPlus {
			return
		}
		left := unparen(b.Left)
		for {
			if x, ok := concatOperands(left); ok {
				left = unparen(x.Right)
				continue
			}
			break
		}
		right := unparen(b.Right)
		for {
			if x, ok := concatOperands(right); ok {
				right = unparen(x.Left)
				continue
			}
			break
		}
		if isStringOrTemplate(left) && isStringOrTemplate(right) {
			endLine, _ := c.File.Lines().Position(left.Span().End)
			startLine, _ := c.File.Lines().Position(right.Span().Start)
			if endLine == startLine {
				c.ReportRange(b.OpRange, "Unexpected string concatenation of literals.")
			}
		}
	})
})
