package scoperules

import (
	"fmt"

	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

type noShadowOptions struct {
	BuiltinGlobals                             bool     `json:"builtinGlobals"`
	Hoist                                      string   `json:"hoist"` // "all" | "functions" | "functions-and-types" | "never" | "types"
	Allow                                      []string `json:"allow"`
	IgnoreOnInitialization                     bool     `json:"ignoreOnInitialization"`
	IgnoreTypeValueShadow                      bool     `json:"ignoreTypeValueShadow"`
	IgnoreFunctionTypeParameterNameValueShadow bool     `json:"ignoreFunctionTypeParameterNameValueShadow"`
}

func defaultNoShadow() noShadowOptions {
	return noShadowOptions{Hoist: "functions-and-types", IgnoreTypeValueShadow: true, IgnoreFunctionTypeParameterNameValueShadow: true}
}

var noShadow = &rules.Rule{
	Name:            "no-shadow",
	ESLintNames:     []string{"no-shadow", "@typescript-eslint/no-shadow"},
	Category:        rules.CategorySuggestion,
	Summary:         "Disallow declarations that shadow a variable of an outer scope",
	DefaultSeverity: rules.Error,
	Sonar:           sonarSmell,
	Doc: rules.Doc{
		Description: "An inner `user` that hides an outer `user` makes the reader (and the writer, a month later) " +
			"guess which one a line means. TypeScript semantics (@typescript-eslint/no-shadow, as Airbnb's " +
			"TypeScript config): a type and a value with the same name do not shadow each other, parameter names " +
			"in function types are ignored, and outer functions and types count even when declared further down.",
		Incorrect: []string{"const user = load();\nfunction show(user) { return user.name; }"},
		Correct:   []string{"const user = load();\nfunction show(account) { return account.name; }", "type Props = {};\nconst Props = {};"},
		Options:   `{"hoist": "functions-and-types", "ignoreTypeValueShadow": true, "ignoreFunctionTypeParameterNameValueShadow": true, "allow": []} (typescript-eslint defaults, which Airbnb uses).`,
	},
	Options: objectOption(defaultNoShadow),
	File:    checkNoShadow,
}

func checkNoShadow(c *rules.FileContext) {
	f := c.File
	o := options(c, defaultNoShadow)
	allowed := map[string]bool{}
	for _, a := range o.Allow {
		allowed[a] = true
	}
	lines := f.Lines()
	for _, s := range f.Scopes().All {
		if s.Kind == tsparse.ScopeModule || s.Parent == nil {
			continue
		}
		if s.Kind == tsparse.ScopeFunctionType && o.IgnoreFunctionTypeParameterNameValueShadow {
			continue
		}
		for _, b := range s.Bindings {
			if allowed[b.Name] || b.Kind == tsparse.BindEnumMember {
				continue
			}
			outer := shadowed(s.Parent, b, o)
			if outer == nil {
				continue
			}
			line, col := lines.Position(outer.Ident.Range.Start)
			c.ReportRange(b.Ident.Range, fmt.Sprintf("'%s' is already declared in the upper scope on line %d column %d.", b.Name, line, col))
		}
	}
}

// shadowed finds the outer binding that b hides, applying the TS options.
func shadowed(from *tsparse.Scope, b *tsparse.Binding, o noShadowOptions) *tsparse.Binding {
	for s := from; s != nil; s = s.Parent {
		outer := s.Lookup(b.Name, tsparse.SpaceBoth)
		if outer == nil {
			continue
		}
		if o.IgnoreTypeValueShadow && outer.Space&b.Space == 0 {
			return nil
		}
		// A function expression's or class expression's own name sitting in
		// the initialiser of the variable it is assigned to.
		if b.Kind == tsparse.BindFuncExprName || b.Kind == tsparse.BindClassExprName {
			if x, ok := outer.Decl.(*tsparse.VarDeclarator); ok && x.Init != nil && inside(b.Ident.Range, x.Init.Span()) {
				return nil
			}
		}
		if outer.Ident.Range.Start > b.Ident.Range.Start && !hoisted(outer, o.Hoist) {
			return nil
		}
		return outer
	}
	return nil
}

func hoisted(b *tsparse.Binding, hoist string) bool {
	isFunc := b.Kind == tsparse.BindFunction
	isType := b.Kind == tsparse.BindTypeAlias || b.Kind == tsparse.BindInterface
	switch hoist {
	case "all":
		return true
	case "functions":
		return isFunc
	case "types":
		return isType
	case "functions-and-types":
		return isFunc || isType
	}
	return false
}
