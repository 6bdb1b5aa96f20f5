package airbnb

import (
	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

var importFirst = &rules.Rule{
	Name:            "import/first",
	ESLintNames:     []string{"import/first"},
	Category:        rules.CategoryImports,
	Summary:         "Require imports before any other statement",
	DefaultSeverity: rules.Off,
	Sonar:           sonarSmell,
	Options:         noOptions,
	Doc: rules.Doc{
		Description: "Imports are hoisted whatever their position; one written after other statements misleads the " +
			"reader about the order of evaluation. Leading directives (`'use client'`) may come first. " +
			"`import x = require()` counts as an import; `export … from` does not. " +
			"(eslint-plugin-import can hoist the imports; fsdlint reports only.)",
		Incorrect: []string{"import a from 'a';\nconst x = 1;\nimport b from 'b';"},
		Correct:   []string{"'use client';\nimport a from 'a';\nimport b from 'b';\nconst x = 1;"},
	},
	File: func(c *rules.FileContext) {
		nonImports := 0
		prologue := true
		for _, s := range c.File.Body {
			if prologue && isStringStatement(s) {
				continue
			}
			prologue = false
			switch s.(type) {
			case *tsparse.ImportDecl, *tsparse.ImportEqualsDecl:
				if nonImports > 0 {
					c.ReportRange(s.Span(), "Import in body of module; reorder to top.")
				}
			default:
				nonImports++
			}
		}
	},
}

// isStringStatement: an expression statement that is a string literal
// (eslint-plugin-import's "possible directive").
func isStringStatement(s tsparse.Stmt) bool {
	es, ok := s.(*tsparse.ExprStmt)
	if !ok {
		return false
	}
	_, str := unparen(es.Expr).(*tsparse.StringLit)
	return str
}
