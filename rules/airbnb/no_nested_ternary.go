package airbnb

import (
	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

var noNestedTernary = &rules.Rule{
	Name:            "no-nested-ternary",
	ESLintNames:     []string{"no-nested-ternary"},
	Category:        rules.CategorySuggestion,
	Summary:         "Disallow a ternary inside another ternary's branches",
	DefaultSeverity: rules.Off,
	Sonar:           sonarClarity,
	Options:         noOptions,
	Doc: rules.Doc{
		Description: "A conditional expression whose consequent or alternate is itself a conditional expression " +
			"is hard to read. Parentheses do not exempt it; a ternary in the test position is not reported (as in ESLint).",
		Incorrect: []string{"const x = a ? b : c ? d : e;", "const x = a ? (b ? 1 : 2) : 3;"},
		Correct:   []string{"const x = (a ? b : c) ? d : e;", "const x = a ? b : c;"},
	},
	File: func(c *rules.FileContext) {
		tsparse.Each(c.File, func(e *tsparse.CondExpr) {
			_, consNested := unparen(e.Cons).(*tsparse.CondExpr)
			_, altNested := unparen(e.Alt).(*tsparse.CondExpr)
			if consNested || altNested {
				c.ReportRange(e.Range, "Do not nest ternary expressions.")
			}
		})
	},
}
