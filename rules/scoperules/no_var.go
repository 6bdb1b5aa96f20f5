package scoperules

import (
	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

var noVar = &rules.Rule{
	Name:            "no-var",
	ESLintNames:     []string{"no-var"},
	Category:        rules.CategorySuggestion,
	Summary:         "Use let or const instead of var",
	DefaultSeverity: rules.Off,
	Sonar:           sonarConventional,
	Fix:             rules.SafeFix,
	Doc: rules.Doc{
		Description: "`var` is function-scoped and hoisted, which hides bugs that block-scoped `let` and `const` " +
			"make visible (a loop variable shared by every closure, a use before the declaration). " +
			"The fix writes `let`, and only where that cannot change behaviour, as ESLint does: not in a " +
			"switch case, not when the name is declared twice, used outside its block or before the " +
			"declaration, or captured by a closure inside a loop.",
		Incorrect: []string{"var count = 0;", "for (var i = 0; i < n; i++) {}"},
		Correct:   []string{"let count = 0;", "const name = 'x';"},
	},
	File: checkNoVar,
}

func checkNoVar(c *rules.FileContext) {
	f := c.File
	sc := f.Scopes()
	tsparse.EachWithParents(f, func(d *tsparse.VarDecl, parents []tsparse.Node) {
		if d.Kind != tsparse.VarVar {
			return
		}
		var fixes []rules.Fix
		if canFixVar(d, parents, sc) {
			fixes = []rules.Fix{{Message: "Use let", Safety: rules.SafeFix,
				Edits: []rules.Edit{{Start: d.KindRange.Start, End: d.KindRange.End, NewText: "let"}}}}
		}
		c.ReportRange(d.Range, "Unexpected var, use let or const instead.", fixes...)
	})
}

// canFixVar follows ESLint's conditions for turning var into let.
func canFixVar(d *tsparse.VarDecl, parents []tsparse.Node, sc *tsparse.Scopes) bool {
	if d.Modifiers.Has(tsparse.ModDeclare) || len(parents) == 0 {
		// top level: ESLint treats a script's global scope as unfixable; for
		// modules it fixes, but we cannot tell a script from a module here
		// without the file's module-ness, so stay on the safe side.
		return false
	}
	var block tsparse.Range
	switch p := parents[len(parents)-1].(type) {
	case *tsparse.BlockStmt:
		block = p.Range
	case *tsparse.ExportDecl:
		return false
	default:
		return false // switch cases, for heads, labelled statements…
	}
	for _, a := range parents {
		switch a.(type) {
		case *tsparse.ForStmt, *tsparse.ForInStmt, *tsparse.ForOfStmt, *tsparse.WhileStmt, *tsparse.DoWhileStmt, *tsparse.SwitchStmt:
			return false
		}
	}
	for _, x := range d.Decls {
		id, ok := x.Name.(*tsparse.Ident)
		if !ok || id.Name == "let" {
			return false
		}
		b := bindingOf(sc, id)
		if b == nil || len(b.Redeclarations) > 0 {
			return false
		}
		for _, r := range b.References {
			if !inside(r.Range, block) || r.Range.Start < id.Range.Start {
				return false
			}
		}
	}
	return true
}

// bindingOf finds the binding declared by identifier id.
func bindingOf(sc *tsparse.Scopes, id *tsparse.Ident) *tsparse.Binding {
	for _, s := range sc.All {
		for _, b := range s.Bindings {
			if b.Ident == id {
				return b
			}
		}
	}
	return nil
}
