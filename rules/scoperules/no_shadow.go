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
	// typescript-eslint 7's defaults (hoist became "functions-and-types" in v8).
	return noShadowOptions{Hoist: "functions", IgnoreTypeValueShadow: true, IgnoreFunctionTypeParameterNameValueShadow: true}
}

var noShadow = &rules.Rule{
	Name:            "no-shadow",
	ESLintNames:     []string{"no-shadow", "@typescript-eslint/no-shadow"},
	Category:        rules.CategorySuggestion,
	Summary:         "Disallow declarations that shadow a variable of an outer scope",
	DefaultSeverity: rules.Off,
	Sonar:           sonarSmell,
	Doc: rules.Doc{
		Description: "An inner `user` that hides an outer `user` makes the reader (and the writer, a month later) " +
			"guess which one a line means. TypeScript semantics (@typescript-eslint/no-shadow, as Airbnb's " +
			"TypeScript config): a type and a value with the same name do not shadow each other, parameter names " +
			"in function types are ignored, and outer functions count even when declared further down (typescript-eslint 7's hoist: \"functions\").",
		Incorrect: []string{"const user = load();\nfunction show(user) { return user.name; }"},
		Correct:   []string{"const user = load();\nfunction show(account) { return account.name; }", "type Props = {};\nconst Props = {};"},
		Options:   `{"hoist": "functions", "ignoreTypeValueShadow": true, "ignoreFunctionTypeParameterNameValueShadow": true, "allow": []} (typescript-eslint defaults, which Airbnb uses).`,
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
		for _, b := range s.Bindings {
			if allowed[b.Name] {
				continue
			}
			// Parameter names of function types, signatures and overloads name nothing at run time.
			if o.IgnoreFunctionTypeParameterNameValueShadow && b.Kind == tsparse.BindParam && signatureParam(s) {
				continue
			}
			outer := shadowed(s.Parent, b, o)
			if outer == nil || staticMethodGeneric(b, outer) || ownEnum(b, outer) {
				continue
			}
			line, col := lines.Position(outer.Ident.Range.Start)
			c.ReportRange(b.Ident.Range, fmt.Sprintf("'%s' is already declared in the upper scope on line %d column %d.", b.Name, line, col))
		}
	}
}

// shadowed finds the outer binding that b hides, applying the TS options.
// A type and a value of one name in one scope are one variable to
// typescript-eslint, named by its first declaration; so are they here.
func shadowed(from *tsparse.Scope, b *tsparse.Binding, o noShadowOptions) *tsparse.Binding {
	for s := from; s != nil; s = s.Parent {
		var outer *tsparse.Binding
		isValue := false
		for _, space := range []tsparse.Space{tsparse.SpaceValue, tsparse.SpaceType} {
			c := s.Lookup(b.Name, space)
			if c == nil {
				continue
			}
			if valueVariable(c) {
				isValue = true
			}
			if outer == nil || c.Ident.Range.Start < outer.Ident.Range.Start {
				outer = c
			}
		}
		if outer == nil {
			continue
		}
		if o.IgnoreTypeValueShadow && valueVariable(b) != isValue {
			return nil
		}
		// A function expression's or class expression's own name sitting in
		// the initialiser of the variable it is assigned to.
		if b.Kind == tsparse.BindFuncExprName || b.Kind == tsparse.BindClassExprName {
			if x, ok := outer.Decl.(*tsparse.VarDeclarator); ok && x.Init != nil && inside(b.Ident.Range, x.Init.Span()) &&
				b.Scope.Parent == outer.Scope {
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

// valueVariable: the binding names a value (a type-only import does not).
func valueVariable(b *tsparse.Binding) bool {
	return b.Space&tsparse.SpaceValue != 0 && !b.TypeOnlyImport
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

// signatureParam: the scope holds the parameters of a function type, a
// signature, or a function without a body (overload, declare).
func signatureParam(s *tsparse.Scope) bool {
	if s.Kind == tsparse.ScopeFunctionType {
		// typescript-eslint 7 does not count constructor types (new (…) => T) here.
		ft, ok := s.Node.(*tsparse.FuncType)
		return !ok || !ft.Constructor
	}
	if s.Kind != tsparse.ScopeFunction {
		return false
	}
	if _, arrow := s.Node.(*tsparse.ArrowFunc); arrow {
		return false
	}
	fn := functionOf(s.Node)
	return fn != nil && fn.Body == nil
}

// staticMethodGeneric: a static method's type parameter may reuse the name of
// its class's type parameter (the class's is not in scope there for types).
func staticMethodGeneric(b, outer *tsparse.Binding) bool {
	if b.Kind != tsparse.BindTypeParam || outer.Kind != tsparse.BindTypeParam {
		return false
	}
	m, ok := b.Scope.Node.(*tsparse.MethodDef)
	if !ok || !m.Modifiers.Has(tsparse.ModStatic) {
		return false
	}
	return outer.Scope.Kind == tsparse.ScopeClass
}

// ownEnum: an enum member named like its enum.
func ownEnum(b, outer *tsparse.Binding) bool {
	return b.Kind == tsparse.BindEnumMember && outer.Kind == tsparse.BindEnum && b.Scope.Node == outer.Decl
}
