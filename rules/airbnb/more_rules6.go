package airbnb

import (
	"bytes"

	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

var noLabels = styleRule("no-labels", "Disallow labels", rules.Doc{
	Description: "Airbnb disallows every label, and `break`/`continue` with a label (allowLoop and allowSwitch false).",
	Incorrect:   []string{"outer: for (;;) { break outer; }"},
	Correct:     []string{"for (;;) { break; }"},
}, func(c *rules.FileContext) {
	tsparse.Each(c.File, func(x *tsparse.LabeledStmt) {
		c.ReportRange(x.Range, "Unexpected labeled statement.")
	})
	tsparse.Each(c.File, func(x *tsparse.BreakStmt) {
		if x.Label != nil {
			c.ReportRange(x.Range, "Unexpected label in break statement.")
		}
	})
	tsparse.Each(c.File, func(x *tsparse.ContinueStmt) {
		if x.Label != nil {
			c.ReportRange(x.Range, "Unexpected label in continue statement.")
		}
	})
})

var noUnusedLabels = correctnessRule("no-unused-labels", "Disallow labels that no break or continue uses", rules.Doc{
	Description: "A label nothing jumps to is dead code, often a leftover or an object literal typed as a block. " +
		"(ESLint can remove it; fsdlint reports only.)",
	Incorrect: []string{"A: for (;;) { break; }"},
	Correct:   []string{"A: for (;;) { break A; }"},
}, func(c *rules.FileContext) {
	tsparse.Each(c.File, func(l *tsparse.LabeledStmt) {
		used := false
		tsparse.Inspect(l.Body, func(m tsparse.Node) bool {
			switch x := m.(type) {
			case *tsparse.LabeledStmt:
				return x.Label.Name != l.Label.Name
			case *tsparse.BreakStmt:
				used = used || x.Label != nil && x.Label.Name == l.Label.Name
			case *tsparse.ContinueStmt:
				used = used || x.Label != nil && x.Label.Name == l.Label.Name
			}
			return !used
		})
		if !used {
			c.ReportRange(l.Label.Range, "'"+l.Label.Name+":' is defined but never used.")
		}
	})
})

var lineSeparator, paragraphSeparator = []byte("\u2028"), []byte("\u2029")

var noMultiStr = styleRule("no-multi-str", "Disallow multiline strings written with a backslash", rules.Doc{
	Description: "A string continued with `\\` at the end of the line is easy to break with trailing whitespace; " +
		"use a template literal or concatenation. JSX attribute strings are not checked, as in ESLint.",
	Incorrect: []string{"const s = 'a \\\n  b';"},
	Correct:   []string{"const s = `a\n  b`;"},
}, func(c *rules.FileContext) {
	tsparse.EachWithParents(c.File, func(s *tsparse.StringLit, parents []tsparse.Node) {
		if _, jsx := parentOf(parents).(*tsparse.JSXAttr); jsx {
			return
		}
		// The source bytes as they are: no string copy per literal.
		raw := c.File.Src[s.Range.Start:s.Range.End]
		if bytes.ContainsAny(raw, "\n\r") || bytes.Contains(raw, lineSeparator) || bytes.Contains(raw, paragraphSeparator) {
			c.ReportRange(s.Range, "Multiline support is limited to browsers supporting ES5 only.")
		}
	})
})

var symbolDescription = styleRule("symbol-description", "Require a description for Symbol()", rules.Doc{
	Description: "`Symbol()` without a description is hard to tell apart when debugging. fsdlint assumes " +
		"`Symbol` is the global.",
	Incorrect: []string{"const key = Symbol();"},
	Correct:   []string{"const key = Symbol('key');"},
}, func(c *rules.FileContext) {
	tsparse.Each(c.File, func(call *tsparse.CallExpr) {
		if len(call.Args) != 0 {
			return
		}
		if id, ok := call.Callee.(*tsparse.Ident); ok && id.Name == "Symbol" {
			c.ReportRange(call.Range, "Expected Symbol to have a description.")
		}
	})
})

var radix = styleRule("radix", "Require the radix argument of parseInt", rules.Doc{
	Description: "`parseInt('071')` depends on the engine for some inputs; always pass the radix (2 to 36). " +
		"`parseInt` and `Number.parseInt` are assumed to be the built-ins.",
	Incorrect: []string{"const n = parseInt(s);", "const n = parseInt(s, 1);"},
	Correct:   []string{"const n = parseInt(s, 10);"},
}, func(c *rules.FileContext) {
	tsparse.Each(c.File, func(call *tsparse.CallExpr) {
		if !isParseIntCallee(unparen(call.Callee)) {
			return
		}
		switch len(call.Args) {
		case 0:
			c.ReportRange(call.Range, "Missing parameters.")
		case 1:
			c.ReportRange(call.Range, "Missing radix parameter.")
		default:
			if !validRadix(unparen(call.Args[1])) {
				c.ReportRange(call.Range, "Invalid radix parameter, must be an integer between 2 and 36.")
			}
		}
	})
})

func isParseIntCallee(e tsparse.Expr) bool {
	switch x := e.(type) {
	case *tsparse.Ident:
		return x.Name == "parseInt"
	case *tsparse.MemberExpr, *tsparse.IndexExpr:
		name, ok := memberName(x)
		obj, ok2 := unparen(memberObject(x)).(*tsparse.Ident)
		return ok && ok2 && name == "parseInt" && obj.Name == "Number"
	}
	return false
}

func validRadix(e tsparse.Expr) bool {
	if id, ok := e.(*tsparse.Ident); ok {
		return id.Name != "undefined"
	}
	if !isLiteral(e) {
		return true
	}
	num, ok := e.(*tsparse.NumberLit)
	if !ok {
		return false
	}
	f, ok := numberValue(num.Raw)
	return ok && f >= 2 && f <= 36 && f == float64(int(f))
}

var noArrayConstructor = &rules.Rule{
	Name:            "no-array-constructor",
	ESLintNames:     []string{"no-array-constructor", "@typescript-eslint/no-array-constructor"},
	Category:        rules.CategorySuggestion,
	Summary:         "Disallow Array() and new Array() with other than one argument",
	DefaultSeverity: rules.Off,
	Sonar:           sonarSmell,
	Options:         noOptions,
	Doc: rules.Doc{
		Description: "`new Array(a, b)` is `[a, b]`; a single argument (a length) and a type argument " +
			"(`new Array<T>()`) are allowed, as in @typescript-eslint's version.",
		Incorrect: []string{"const a = new Array();", "const b = Array(1, 2);"},
		Correct:   []string{"const a = [];", "const b = new Array(n);", "const c = new Array<string>();"},
	},
	File: func(c *rules.FileContext) {
		check := func(n tsparse.Node, callee tsparse.Expr, args []tsparse.Expr, typeArgs *tsparse.TypeArgList) {
			if id, ok := callee.(*tsparse.Ident); ok && id.Name == "Array" && len(args) != 1 && typeArgs == nil {
				c.ReportRange(n.Span(), "The array literal notation [] is preferable.")
			}
		}
		tsparse.Each(c.File, func(x *tsparse.NewExpr) { check(x, x.Callee, x.Args, x.TypeArgs) })
		tsparse.Each(c.File, func(x *tsparse.CallExpr) {
			if !x.Optional {
				check(x, x.Callee, x.Args, x.TypeArgs)
			}
		})
	},
}

func init() {
	noLabels.Options = airbnbOptionsOnly(`{"allowLoop": false, "allowSwitch": false}`)
}
