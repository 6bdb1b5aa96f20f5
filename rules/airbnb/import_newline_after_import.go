package airbnb

import (
	"fmt"
	"strings"

	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

type newlineAfterImportOptions struct {
	Count            int  `json:"count"`
	ExactCount       bool `json:"exactCount"`
	ConsiderComments bool `json:"considerComments"`
}

var importNewlineAfterImport = &rules.Rule{
	Name:            "import/newline-after-import",
	ESLintNames:     []string{"import/newline-after-import"},
	Category:        rules.CategoryImports,
	Summary:         "Require an empty line after the last import or top-level require",
	DefaultSeverity: rules.Off,
	Sonar:           sonarSmell,
	Fix:             rules.SafeFix,
	Options:         objectOptions(newlineAfterImportOptions{Count: 1}),
	Doc: rules.Doc{
		Description: "An import (or a top-level `require` statement) followed by a statement that is not another " +
			"import needs an empty line before it. The fix inserts the missing line breaks. A decorated class after " +
			"the imports counts from its first decorator.",
		Incorrect: []string{"import a from 'a';\nconst x = a;"},
		Correct:   []string{"import a from 'a';\n\nconst x = a;"},
		Options:   `{"count": 1, "exactCount": false} (Airbnb gives none); "considerComments" is not supported.`,
	},
	File: func(c *rules.FileContext) {
		o, ok := c.Options.(newlineAfterImportOptions)
		if !ok || o.Count < 1 {
			o = newlineAfterImportOptions{Count: 1}
		}
		checkImportBody(c, o, c.File.Body)
		tsparse.Each(c.File, func(m *tsparse.ModuleDecl) {
			if m.Body != nil {
				checkImportBody(c, o, m.Body.Body)
			}
		})
		checkRequires(c, o)
	},
}

func isImportStmt(s tsparse.Stmt) bool {
	switch s.(type) {
	case *tsparse.ImportDecl, *tsparse.ImportEqualsDecl:
		return true
	}
	return false
}

func checkImportBody(c *rules.FileContext, o newlineAfterImportOptions, body []tsparse.Stmt) {
	for i, s := range body {
		if !isImportStmt(s) || i+1 >= len(body) || isImportStmt(body[i+1]) {
			continue
		}
		checkNewlineAfter(c, o, s, body[i+1], "import")
	}
}

// nextStart is where the next statement starts for the line count: a
// decorated class counts from its first decorator.
func nextStart(s tsparse.Stmt) int32 {
	start := s.Span().Start
	var class *tsparse.Class
	switch x := s.(type) {
	case *tsparse.ClassDecl:
		class = x.Class
	case *tsparse.ExportDecl:
		if cd, ok := x.Decl.(*tsparse.ClassDecl); ok {
			class = cd.Class
		}
	case *tsparse.ExportDefaultDecl:
		if cd, ok := x.Decl.(*tsparse.ClassDecl); ok {
			class = cd.Class
		}
	}
	if class != nil && len(class.Decorators) > 0 {
		return class.Decorators[0].Range.Start
	}
	return start
}

func checkNewlineAfter(c *rules.FileContext, o newlineAfterImportOptions, s, next tsparse.Stmt, kind string) {
	lines := c.File.Lines()
	startLine, _ := lines.Position(s.Span().Start)
	endLine, _ := lines.Position(s.Span().End)
	nextLine, _ := lines.Position(nextStart(next))
	diff := nextLine - endLine
	want := o.Count + 1
	if diff >= want && !(o.ExactCount && diff != want) {
		return
	}
	at := s.Span().Start
	if startLine != endLine {
		at = lines.LineStart(endLine)
	}
	plural := ""
	if o.Count > 1 {
		plural = "s"
	}
	msg := fmt.Sprintf("Expected %d empty line%s after %s statement not followed by another %s.", o.Count, plural, kind, kind)
	var fixes []rules.Fix
	if !(o.ExactCount && want < diff) {
		end := s.Span().End
		fixes = append(fixes, rules.Fix{Message: "Add an empty line", Safety: rules.SafeFix,
			Edits: []rules.Edit{{Start: end, End: end, NewText: strings.Repeat("\n", want-diff)}}})
	}
	c.Report(rules.Finding{Path: c.Path, Range: tsparse.Range{Start: at, End: at}, Message: msg, Fixes: fixes})
}

// checkRequires handles `require('x')` calls outside functions, blocks, object
// literals and decorators, statement by statement of the file's body.
func checkRequires(c *rules.FileContext, o newlineAfterImportOptions) {
	type req struct {
		stmt int
		call *tsparse.CallExpr
	}
	var calls []req
	for i, s := range c.File.Body {
		tsparse.Inspect(s, func(n tsparse.Node) bool {
			switch x := n.(type) {
			case *tsparse.Function, *tsparse.ArrowFunc, *tsparse.BlockStmt, *tsparse.ObjectLit, *tsparse.Decorator:
				return false
			case *tsparse.CallExpr:
				if isStaticRequire(x) {
					calls = append(calls, req{i, x})
				}
			}
			return true
		})
	}
	body := c.File.Body
	for k, r := range calls {
		if k+1 < len(calls) && calls[k+1].stmt == r.stmt {
			continue
		}
		if r.stmt+1 >= len(body) || k+1 < len(calls) && calls[k+1].stmt == r.stmt+1 {
			continue
		}
		checkNewlineAfter(c, o, body[r.stmt], body[r.stmt+1], "require")
	}
}

func isStaticRequire(call *tsparse.CallExpr) bool {
	id, ok := call.Callee.(*tsparse.Ident)
	if !ok || id.Name != "require" || len(call.Args) != 1 {
		return false
	}
	_, str := call.Args[0].(*tsparse.StringLit)
	return str
}
