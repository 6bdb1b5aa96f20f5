package airbnb

import (
	"encoding/json"
	"fmt"

	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

// restrictedSyntax is one entry of no-restricted-syntax: an ESTree node type
// (the only selector form supported) and the message to report.
type restrictedSyntax struct {
	Selector string `json:"selector"`
	Message  string `json:"message"`
}

// airbnbRestrictedSyntax is Airbnb's list, messages verbatim.
var airbnbRestrictedSyntax = []restrictedSyntax{
	{"ForInStatement", "for..in loops iterate over the entire prototype chain, which is virtually never what you want. Use Object.{keys,values,entries}, and iterate over the resulting array."},
	{"ForOfStatement", "iterators/generators require regenerator-runtime, which is too heavyweight for this guide to allow them. Separately, loops should be avoided in favor of array iterations."},
	{"LabeledStatement", "Labels are a form of GOTO; using them makes code confusing and hard to maintain and understand."},
	{"WithStatement", "`with` is disallowed in strict mode because it makes code impossible to predict and optimize."},
}

// restrictableNodes are the supported selectors (ESTree node types).
var restrictableNodes = map[string]bool{
	"ForInStatement": true, "ForOfStatement": true, "LabeledStatement": true, "WithStatement": true,
	"DebuggerStatement": true, "SequenceExpression": true, "TSEnumDeclaration": true,
}

// eachOfKind calls fn for every node of the file that the selector kind
// names: only those nodes are visited, not the whole tree.
func eachOfKind(f *tsparse.File, kind string, fn func(tsparse.Node)) {
	switch kind {
	case "ForInStatement":
		tsparse.Each(f, func(n *tsparse.ForInStmt) { fn(n) })
	case "ForOfStatement":
		tsparse.Each(f, func(n *tsparse.ForOfStmt) { fn(n) })
	case "LabeledStatement":
		tsparse.Each(f, func(n *tsparse.LabeledStmt) { fn(n) })
	case "WithStatement":
		tsparse.Each(f, func(n *tsparse.WithStmt) { fn(n) })
	case "DebuggerStatement":
		tsparse.Each(f, func(n *tsparse.DebuggerStmt) { fn(n) })
	case "SequenceExpression":
		tsparse.Each(f, func(n *tsparse.SeqExpr) { fn(n) })
	case "TSEnumDeclaration":
		tsparse.Each(f, func(n *tsparse.EnumDecl) { fn(n) })
	}
}

var noRestrictedSyntax = &rules.Rule{
	Name:            "no-restricted-syntax",
	ESLintNames:     []string{"no-restricted-syntax"},
	Category:        rules.CategorySuggestion,
	Summary:         "Disallow for-in, for-of, labels and with (Airbnb's list)",
	DefaultSeverity: rules.Off,
	Sonar:           sonarSmell,
	Doc: rules.Doc{
		Description: "Reports the syntax Airbnb bans, each with Airbnb's message: `for…in` (walks the prototype chain), " +
			"`for…of` (Airbnb prefers array methods), labels and `with`. `for…of` is common in modern code; many teams " +
			"configure this rule without it.",
		Incorrect: []string{"for (const k in o) {}", "for (const x of xs) {}", "outer: for (;;) {}"},
		Correct:   []string{"Object.keys(o).forEach((k) => {});", "xs.forEach((x) => {});"},
		Options: "A list of ESTree node types or {\"selector\", \"message\"} objects; supported selectors: " +
			"ForInStatement, ForOfStatement, LabeledStatement, WithStatement, DebuggerStatement, SequenceExpression, " +
			"TSEnumDeclaration. Default: Airbnb's four with its messages.",
	},
	Options: &rules.OptionsSpec{
		Default: func() any { return airbnbRestrictedSyntax },
		Parse: func(args []json.RawMessage) (any, error) {
			var list []restrictedSyntax
			for i, a := range args {
				var r restrictedSyntax
				if err := json.Unmarshal(a, &r.Selector); err != nil {
					if err := json.Unmarshal(a, &r); err != nil {
						return nil, fmt.Errorf("option %d: a node type or {selector, message}", i+1)
					}
				}
				if !restrictableNodes[r.Selector] {
					return nil, fmt.Errorf("option %d: selector %q is not supported (only plain node types: ForInStatement, ForOfStatement, LabeledStatement, WithStatement, DebuggerStatement, SequenceExpression, TSEnumDeclaration)", i+1, r.Selector)
				}
				if r.Message == "" {
					r.Message = "Using '" + r.Selector + "' is not allowed."
				}
				list = append(list, r)
			}
			return list, nil
		},
	},
	File: func(c *rules.FileContext) {
		list, _ := c.Options.([]restrictedSyntax)
		if list == nil {
			list = airbnbRestrictedSyntax
		}
		// Each kind once, even if several entries name it; a node gets its
		// entries' messages in list order, as before.
		done := map[string]bool{}
		for _, first := range list {
			kind := first.Selector
			if done[kind] {
				continue
			}
			done[kind] = true
			eachOfKind(c.File, kind, func(n tsparse.Node) {
				for _, r := range list {
					if r.Selector == kind {
						c.ReportRange(n.Span(), r.Message)
					}
				}
			})
		}
	},
}
