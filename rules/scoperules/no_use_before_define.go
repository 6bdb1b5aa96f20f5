package scoperules

import (
	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

type noUseBeforeDefineOptions struct {
	Functions            bool `json:"functions"`
	Classes              bool `json:"classes"`
	Variables            bool `json:"variables"`
	Enums                bool `json:"enums"`
	Typedefs             bool `json:"typedefs"`
	IgnoreTypeReferences bool `json:"ignoreTypeReferences"`
	AllowNamedExports    bool `json:"allowNamedExports"`
}

func defaultNoUseBeforeDefine() noUseBeforeDefineOptions {
	return noUseBeforeDefineOptions{Functions: true, Classes: true, Variables: true, Enums: true, Typedefs: true, IgnoreTypeReferences: true}
}

var noUseBeforeDefine = &rules.Rule{
	Name:            "no-use-before-define",
	ESLintNames:     []string{"no-use-before-define", "@typescript-eslint/no-use-before-define"},
	Category:        rules.CategorySuggestion,
	Summary:         "Disallow using a variable, function, class or enum before its declaration",
	DefaultSeverity: rules.Off,
	Sonar:           sonarSmell,
	Doc: rules.Doc{
		Description: "Code reads top to bottom; a use above the declaration makes the reader jump, and for " +
			"`let`/`const`/`class` it throws at run time (temporal dead zone). Airbnb checks functions, classes " +
			"and variables, even hoisted function declarations and uses inside functions declared earlier. " +
			"TypeScript semantics: references from type positions are ignored.",
		Incorrect: []string{"alert(a);\nconst a = 10;", "f();\nfunction f() {}"},
		Correct:   []string{"const a = 10;\nalert(a);", "type A = B;\ntype B = string;"},
		Options:   `{"functions": true, "classes": true, "variables": true, "enums": true, "typedefs": true, "ignoreTypeReferences": true, "allowNamedExports": false}.`,
	},
	Options: objectOption(defaultNoUseBeforeDefine),
	File:    checkNoUseBeforeDefine,
}

func checkNoUseBeforeDefine(c *rules.FileContext) {
	f := c.File
	if isDeclarationFile(f) {
		return
	}
	o := options(c, defaultNoUseBeforeDefine)
	for _, r := range f.Scopes().References {
		b := r.Binding
		if b == nil || r.Flags&tsparse.RefInit != 0 {
			continue
		}
		// Type references (and typeof queries) are ignored; a value used as a
		// computed key inside a type is not a type reference.
		if o.IgnoreTypeReferences && r.Flags&tsparse.RefInType != 0 && (r.Space&tsparse.SpaceType != 0 || r.Flags&tsparse.RefTypeQuery != 0) {
			continue
		}
		if o.AllowNamedExports && r.Flags&tsparse.RefExport != 0 {
			continue
		}
		if ambient(b.Scope) {
			continue
		}
		switch b.Kind {
		case tsparse.BindFunction:
			if !o.Functions {
				continue
			}
		case tsparse.BindClass:
			if !o.Classes && separateContext(r, b) {
				continue
			}
		case tsparse.BindEnum:
			if !o.Enums {
				continue
			}
		case tsparse.BindTypeAlias, tsparse.BindInterface:
			if !o.Typedefs {
				continue
			}
		case tsparse.BindVar, tsparse.BindLet, tsparse.BindConst, tsparse.BindUsing:
			if !o.Variables && separateContext(r, b) {
				continue
			}
		case tsparse.BindImport, tsparse.BindImportEquals, tsparse.BindParam, tsparse.BindCatchParam,
			tsparse.BindTypeParam, tsparse.BindNamespace, tsparse.BindEnumMember, tsparse.BindFuncExprName, tsparse.BindClassExprName:
			continue
		}
		if firstDeclaration(b).End < r.Range.End && !evaluatedDuringInit(r, b) {
			continue
		}
		c.ReportRange(r.Range, "'"+b.Name+"' was used before it was defined.")
	}
}

// separateContext: the reference is in a function other than the one declaring b.
func separateContext(r *tsparse.Reference, b *tsparse.Binding) bool {
	return r.Scope.Function != b.Scope.Function
}

// evaluatedDuringInit: `const a = a + 1` reads a while it is being initialised.
func evaluatedDuringInit(r *tsparse.Reference, b *tsparse.Binding) bool {
	x, ok := b.Decl.(*tsparse.VarDeclarator)
	if !ok || x.Init == nil || !inside(r.Range, x.Init.Span()) {
		return false
	}
	return r.Scope.Function == b.Scope.Function
}

// firstDeclaration: a type and a value of one name are one variable to
// typescript-eslint, defined where the first of them is.
func firstDeclaration(b *tsparse.Binding) tsparse.Range {
	first := b.Ident.Range
	for _, space := range []tsparse.Space{tsparse.SpaceValue, tsparse.SpaceType} {
		if c := b.Scope.Lookup(b.Name, space); c != nil && c.Ident.Range.Start < first.Start {
			first = c.Ident.Range
		}
	}
	return first
}
