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

// restrictableKind is the selector naming n's node type, or "" for a node no
// supported selector names: one type switch per node instead of a map
// lookup and a call per node and selector.
func restrictableKind(n tsparse.Node) string {
	switch n.(type) {
	case *tsparse.ForInStmt:
		return "ForInStatement"
	case *tsparse.ForOfStmt:
		return "ForOfStatement"
	case *tsparse.LabeledStmt:
		return "LabeledStatement"
	case *tsparse.WithStmt:
		return "WithStatement"
	case *tsparse.DebuggerStmt:
		return "DebuggerStatement"
	case *tsparse.SeqExpr:
		return "SequenceExpression"
	case *tsparse.EnumDecl:
		return "TSEnumDeclaration"
	}
	return ""
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
		tsparse.InspectFile(c.File, func(n tsparse.Node) bool {
			kind := restrictableKind(n)
			if kind == "" {
				return true
			}
			for _, r := range list {
				if r.Selector == kind {
					c.ReportRange(n.Span(), r.Message)
				}
			}
			return true
		})
	},
}
