package airbnb

import (
	"strings"
	"unicode"

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
	Fix:             rules.SafeFix,
	Options:         noOptions,
	Doc: rules.Doc{
		Description: "Imports are hoisted whatever their position; one written after other statements misleads the " +
			"reader about the order of evaluation. Leading directives (`'use client'`) may come first. " +
			"`import x = require()` counts as an import; `export … from` does not. The fix hoists the imports " +
			"as eslint-plugin-import does, up to the first one whose names are used before it.",
		Incorrect: []string{"import a from 'a';\nconst x = 1;\nimport b from 'b';"},
		Correct:   []string{"'use client';\nimport a from 'a';\nimport b from 'b';\nconst x = 1;"},
	},
	File: checkImportFirst,
}

// misplacedImport is an import after other statements, with the range the
// fix moves: from the end of the previous statement to the import's end.
type misplacedImport struct {
	node       tsparse.Stmt
	start, end int32
}

func checkImportFirst(c *rules.FileContext) {
	body := c.File.Body
	nonImports := 0
	prologue := true
	var lastLegal tsparse.Stmt
	var misplaced []misplacedImport
	shouldSort, lastSortable := true, 0
	for i, s := range body {
		if prologue && isStringStatement(s) {
			continue
		}
		prologue = false
		if !isImportStmt(s) {
			nonImports++
			continue
		}
		if nonImports == 0 {
			lastLegal = s
			continue
		}
		if shouldSort && usedBeforeEnd(c.File, s) {
			shouldSort = false
		}
		if shouldSort {
			lastSortable = len(misplaced)
		}
		misplaced = append(misplaced, misplacedImport{s, body[i-1].Span().End, s.Span().End})
	}
	for i, m := range misplaced {
		var fixes []rules.Fix
		switch {
		case i < lastSortable:
			// The plugin attaches an empty fix here; the hoisting fix is on the last sortable import.
		case i == lastSortable: // also when even the first one is not sortable: the plugin's quirk
			fixes = append(fixes, hoistImportsFix(c.File, body, lastLegal, misplaced[:lastSortable+1]))
		}
		c.ReportRange(m.node.Span(), "Import in body of module; reorder to top.", fixes...)
	}
}

// usedBeforeEnd approximates the plugin's scope check: a name the import
// declares appears as an identifier before the import ends (outside the
// import itself). A shadowing local only makes the fix more cautious.
func usedBeforeEnd(f *tsparse.File, imp tsparse.Stmt) bool {
	names := map[string]bool{}
	switch x := imp.(type) {
	case *tsparse.ImportDecl:
		if x.Default != nil {
			names[x.Default.Name] = true
		}
		if x.Namespace != nil {
			names[x.Namespace.Name] = true
		}
		for _, s := range x.Named {
			if s.Local != nil {
				names[s.Local.Name] = true
			}
		}
	case *tsparse.ImportEqualsDecl:
		names[x.Name.Name] = true
	}
	span := imp.Span()
	used := false
	for _, s := range f.Body {
		if s.Span().Start >= span.End || used {
			break
		}
		if s == imp {
			continue
		}
		tsparse.Inspect(s, func(n tsparse.Node) bool {
			if id, ok := n.(*tsparse.Ident); ok && names[id.Name] {
				used = true
			}
			return !used
		})
	}
	return used
}

// hoistImportsFix is the plugin's fix: cut the misplaced imports (with the
// whitespace before each) and insert them after the last import that is in
// place, or before the first statement.
func hoistImportsFix(f *tsparse.File, body []tsparse.Stmt, lastLegal tsparse.Stmt, moved []misplacedImport) rules.Fix {
	src := string(f.Src)
	var insert strings.Builder
	for _, m := range moved {
		code := src[m.start:m.end]
		if code != "" && !unicode.IsSpace(rune(code[0])) {
			insert.WriteString("\n")
		}
		insert.WriteString(code)
	}
	text := insert.String()
	at := body[0].Span().Start
	if lastLegal != nil {
		at = lastLegal.Span().End
	} else {
		lead := text[:len(text)-len(strings.TrimLeftFunc(text, unicode.IsSpace))]
		text = strings.TrimSpace(text) + lead
	}
	var out strings.Builder
	out.WriteString(src[:at])
	out.WriteString(text)
	pos := at
	for _, m := range moved {
		out.WriteString(src[pos:m.start])
		pos = m.end
	}
	end := moved[len(moved)-1].end
	return rules.Fix{Message: "Move the imports to the top", Safety: rules.SafeFix,
		Edits: []rules.Edit{{Start: 0, End: end, NewText: out.String()}}}
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
