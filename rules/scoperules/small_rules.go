package scoperules

import (
	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

var noConsole = &rules.Rule{
	Name:            "no-console",
	ESLintNames:     []string{"no-console"},
	Category:        rules.CategorySuggestion,
	Summary:         "Disallow console.* calls left in the code",
	DefaultSeverity: rules.Off,
	Sonar:           sonarConventional,
	Doc: rules.Doc{
		Description: "`console.log` left behind after debugging leaks internals into users' consoles and drowns real " +
			"messages. Reported: any `console.*` member access where `console` is the global (a local variable or " +
			"parameter named `console` is not reported). Airbnb sets it to warn.",
		Incorrect: []string{"console.log(user);"},
		Correct:   []string{"logger.info(user);", "function f(console) { console.log(1); }"},
	},
	File: checkNoConsole,
}

func checkNoConsole(c *rules.FileContext) {
	f := c.File
	globalConsole := map[tsparse.Node]bool{}
	for _, r := range f.Scopes().Unresolved {
		if r.Name == "console" && r.Flags&tsparse.RefInType == 0 {
			globalConsole[r.Node] = true
		}
	}
	if len(globalConsole) == 0 {
		return
	}
	tsparse.Each(f, func(m *tsparse.MemberExpr) {
		if globalConsole[m.Object] {
			c.ReportRange(m.Range, "Unexpected console statement.")
		}
	})
	tsparse.Each(f, func(ix *tsparse.IndexExpr) {
		if globalConsole[ix.Object] {
			c.ReportRange(ix.Range, "Unexpected console statement.")
		}
	})
}

var noMutableExports = &rules.Rule{
	Name:            "import/no-mutable-exports",
	ESLintNames:     []string{"import/no-mutable-exports"},
	Category:        rules.CategoryImports,
	Summary:         "Disallow exporting let and var bindings",
	DefaultSeverity: rules.Off,
	Sonar:           sonarSmell,
	Doc: rules.Doc{
		Description: "An exported `let` can be reassigned by its module after other modules imported it, and every " +
			"importer silently sees the new value: shared mutable state across the app. Export a `const`, or a " +
			"function that returns the current value.",
		Incorrect: []string{"export let count = 0;", "let user;\nexport { user };"},
		Correct:   []string{"export const count = 0;", "let count = 0;\nexport function getCount() { return count; }"},
	},
	File: checkNoMutableExports,
}

func checkNoMutableExports(c *rules.FileContext) {
	f := c.File
	report := func(d *tsparse.VarDecl) {
		kind := "let"
		if d.Kind == tsparse.VarVar {
			kind = "var"
		}
		c.ReportRange(d.Range, "Exporting mutable '"+kind+"' binding, use 'const' instead.")
	}
	// Only `export { x }` and `export default x` need the scopes and the
	// VarDecl of each module-level declarator: built on the first of them.
	var module *tsparse.Scope
	var declOf map[*tsparse.VarDeclarator]*tsparse.VarDecl
	var reported map[*tsparse.VarDecl]bool
	checkName := func(id *tsparse.Ident) {
		if module == nil {
			module = f.Scopes().Module
			declOf = moduleVarDecls(f)
			reported = map[*tsparse.VarDecl]bool{}
		}
		b := module.Lookup(id.Name, tsparse.SpaceValue)
		if b == nil {
			return
		}
		x, ok := b.Decl.(*tsparse.VarDeclarator)
		if !ok {
			return
		}
		if d := declOf[x]; d != nil && (d.Kind == tsparse.VarLet || d.Kind == tsparse.VarVar) && !reported[d] {
			reported[d] = true
			report(d)
		}
	}
	for _, s := range f.Body {
		switch s := s.(type) {
		case *tsparse.ExportDecl:
			if d, ok := s.Decl.(*tsparse.VarDecl); ok && (d.Kind == tsparse.VarLet || d.Kind == tsparse.VarVar) {
				report(d)
			}
		case *tsparse.ExportNamedDecl:
			if s.Source != nil {
				continue
			}
			for _, spec := range s.Specs {
				if id, ok := spec.Local.(*tsparse.Ident); ok {
					checkName(id)
				}
			}
		case *tsparse.ExportDefaultDecl:
			if es, ok := s.Decl.(*tsparse.ExprStmt); ok {
				if id, ok := es.Expr.(*tsparse.Ident); ok {
					checkName(id)
				}
			}
		}
	}
}

// moduleVarDecls maps each module-level declarator to its VarDecl.
func moduleVarDecls(f *tsparse.File) map[*tsparse.VarDeclarator]*tsparse.VarDecl {
	declOf := map[*tsparse.VarDeclarator]*tsparse.VarDecl{}
	for _, s := range f.Body {
		if e, ok := s.(*tsparse.ExportDecl); ok {
			s = e.Decl
		}
		if d, ok := s.(*tsparse.VarDecl); ok {
			for _, x := range d.Decls {
				declOf[x] = d
			}
		}
	}
	return declOf
}
