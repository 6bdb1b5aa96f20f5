package scoperules

import (
	"sort"

	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

type noUnusedVarsOptions struct {
	Vars               string `json:"vars"` // "all" | "local"
	Args               string `json:"args"` // "after-used" | "all" | "none"
	IgnoreRestSiblings bool   `json:"ignoreRestSiblings"`
	CaughtErrors       string `json:"caughtErrors"` // "none" | "all"
}

func defaultNoUnusedVars() noUnusedVarsOptions {
	return noUnusedVarsOptions{Vars: "all", Args: "after-used", IgnoreRestSiblings: true, CaughtErrors: "none"}
}

var noUnusedVars = &rules.Rule{
	Name:            "no-unused-vars",
	ESLintNames:     []string{"no-unused-vars", "@typescript-eslint/no-unused-vars"},
	Category:        rules.CategoryCorrectness,
	Summary:         "Disallow variables, imports, types and parameters that are never used",
	DefaultSeverity: rules.Warn,
	Sonar:           sonarSmell,
	Doc: rules.Doc{
		Description: "A binding that is declared but never read is dead code or a bug (a typo in the name that is used). " +
			"TypeScript semantics, as @typescript-eslint/no-unused-vars: a use in a type position counts, " +
			"exported bindings are used, and a read that only feeds the variable itself (`x++;`) or a " +
			"function calling itself does not count. Airbnb's options: every variable (module scope too), " +
			"parameters only after the last used one, rest siblings (`const {a, ...rest} = o`) ignored. " +
			"Caught errors are not checked (ESLint 8's default, which Airbnb inherits).",
		Incorrect: []string{"import { useState } from 'react';\nexport const n = 1;",
			"export function f(a: number, b: number) { return a; }",
			"let count = 0;\ncount += 1;"},
		Correct: []string{"import type { User } from './user';\nexport const users: User[] = [];",
			"export function f(a: number, b: number) { return b; }",
			"const { id, ...rest } = props;\nexport default rest;"},
		Options: `{"vars": "all"|"local", "args": "after-used"|"all"|"none", "ignoreRestSiblings": true, "caughtErrors": "none"|"all"}; Airbnb: {"vars": "all", "args": "after-used", "ignoreRestSiblings": true}.`,
	},
	Options: objectOption(defaultNoUnusedVars),
	File:    checkNoUnusedVars,
}

func checkNoUnusedVars(c *rules.FileContext) {
	f := c.File
	if isDeclarationFile(f) {
		return
	}
	o := options(c, defaultNoUnusedVars)
	sc := f.Scopes()
	reactUsedByJSX := hasJSX(f)
	inSignature := declaredInSignatures(sc, signatureParamRanges(f))
	for _, s := range sc.All {
		if s.Kind == tsparse.ScopeFuncName || s.Kind == tsparse.ScopeEnum || s.Kind == tsparse.ScopeMapped {
			continue
		}
		// Signature parameters bind nothing; only their type parameters count.
		typeParamsOnly := s.Kind == tsparse.ScopeFunctionType
		// The names an ambient namespace or module declares describe the
		// outside world; what is inside them (type parameters…) is still checked.
		if s.Kind == tsparse.ScopeNamespace && ambient(s) {
			continue
		}
		if o.Vars == "local" && s.Kind == tsparse.ScopeModule {
			continue
		}
		// A type and a value of one name are one variable to
		// typescript-eslint: exporting or using either uses both.
		used := map[string]bool{}
		for _, b := range s.Bindings {
			if b.Exported || isUsed(b) {
				used[b.Name] = true
			}
		}
		for _, b := range s.Bindings {
			if used[b.Name] || (typeParamsOnly && b.Kind != tsparse.BindTypeParam) {
				continue
			}
			if b.Kind == tsparse.BindParam && isParameterProperty(b) {
				continue
			}
			if inSignature[b] {
				continue
			}
			if b.Kind == tsparse.BindCatchParam && o.CaughtErrors != "all" {
				continue
			}
			if b.RestSibling && o.IgnoreRestSiblings {
				continue
			}
			if b.Name == "React" && reactUsedByJSX {
				continue // react/jsx-uses-react marks it used under the classic runtime
			}
			if b.Kind == tsparse.BindParam && !checkParam(b, o) {
				continue
			}
			report := b.Ident.Range
			written := false
			for _, r := range b.References {
				if r.IsWrite() {
					written = true
					if r.Scope.Function == b.Scope.Function {
						report = r.Range
					}
				}
			}
			msg := "'" + b.Name + "' is defined but never used."
			if written {
				msg = "'" + b.Name + "' is assigned a value but never used."
			}
			c.ReportRange(report, msg)
		}
	}
}

// isUsed: some reference reads the binding for something other than itself.
func isUsed(b *tsparse.Binding) bool {
	self := selfRange(b)
	for _, r := range b.References {
		if r.Flags&tsparse.RefExport != 0 {
			return true
		}
		if !r.IsRead() || r.Flags&tsparse.RefSelfOnly != 0 {
			continue
		}
		if !self.IsZero() && inside(r.Range, self) {
			continue
		}
		return true
	}
	return false
}

// selfRange is the part of a declaration where a read of the name is the
// declaration using itself (a recursive function, a self-referencing type).
func selfRange(b *tsparse.Binding) tsparse.Range {
	switch d := b.Decl.(type) {
	case *tsparse.FuncDecl:
		return d.Range
	case *tsparse.ClassDecl:
		return d.Range
	case *tsparse.TypeAliasDecl:
		return d.Range
	case *tsparse.InterfaceDecl:
		return d.Range
	case *tsparse.VarDeclarator:
		switch d.Init.(type) {
		case *tsparse.FuncExpr, *tsparse.ArrowFunc:
			return d.Init.Span()
		}
	}
	return tsparse.Range{}
}

// checkParam applies the args option: with "after-used" a parameter is only
// reported when no parameter binding after it is referenced.
func checkParam(b *tsparse.Binding, o noUnusedVarsOptions) bool {
	switch o.Args {
	case "none":
		return false
	case "all":
		return true
	}
	fnScope := b.Scope
	if fnScope.Kind != tsparse.ScopeFunction {
		return true
	}
	if _, arrow := fnScope.Node.(*tsparse.ArrowFunc); !arrow {
		if fn := functionOf(fnScope.Node); fn != nil && fn.Body == nil {
			return false // overloads and declarations have no body to use them in
		}
	}
	if m, ok := fnScope.Node.(*tsparse.MethodDef); ok && m.Kind == tsparse.MethodSet {
		return false
	}
	if p, ok := b.Decl.(*tsparse.Param); ok {
		if _, simple := p.Pattern.(*tsparse.Ident); !simple {
			return true // destructured parameters are always checked
		}
	}
	after := false
	for _, other := range fnScope.Bindings {
		if other == b {
			after = true
			continue
		}
		if after && other.Kind == tsparse.BindParam && len(other.References) > 0 {
			return false
		}
	}
	return true
}

func functionOf(n tsparse.Node) *tsparse.Function {
	switch n := n.(type) {
	case *tsparse.FuncDecl:
		return n.Func
	case *tsparse.FuncExpr:
		return n.Func
	case *tsparse.ArrowFunc:
		return n.Func
	case *tsparse.MethodDef:
		return n.Func
	}
	return nil
}

// ambient: declarations inside `declare module`, `declare global` and
// `declare namespace` describe something else; they are not local variables.
func ambient(s *tsparse.Scope) bool {
	for ; s != nil; s = s.Parent {
		if m, ok := s.Node.(*tsparse.ModuleDecl); ok {
			if m.Modifiers.Has(tsparse.ModDeclare) || m.Kind == tsparse.ModuleGlobal {
				return true
			}
			if _, isString := m.Name.(*tsparse.StringLit); isString {
				return true
			}
		}
	}
	return false
}

func hasJSX(f *tsparse.File) bool {
	found := false
	tsparse.Each(f, func(*tsparse.JSXElement) { found = true })
	if !found {
		tsparse.Each(f, func(*tsparse.JSXFragment) { found = true })
	}
	return found
}

// isParameterProperty: `constructor(private readonly x: X)` declares a class
// member, which is used from outside.
func isParameterProperty(b *tsparse.Binding) bool {
	p, ok := b.Decl.(*tsparse.Param)
	return ok && len(p.Modifiers) > 0
}

// signatureParamRanges lists the parameter lists of function types, call,
// construct and method signatures and bodiless functions: typescript-eslint
// marks every name declared there used (an `infer X` in a parameter type too).
func signatureParamRanges(f *tsparse.File) []tsparse.Range {
	var out []tsparse.Range
	add := func(params []*tsparse.Param) {
		if len(params) > 0 {
			out = append(out, tsparse.Range{Start: params[0].Range.Start, End: params[len(params)-1].Range.End})
		}
	}
	// The ranges' order does not matter: declaredInSignatures searches each.
	tsparse.Each(f, func(n *tsparse.FuncType) { add(n.Params) })
	tsparse.Each(f, func(n *tsparse.CallSig) { add(n.Params) })
	tsparse.Each(f, func(n *tsparse.MethodSig) { add(n.Params) })
	tsparse.Each(f, func(n *tsparse.FuncDecl) {
		if n.Func.Body == nil {
			add(n.Func.Params)
		}
	})
	tsparse.Each(f, func(n *tsparse.MethodDef) {
		if n.Func.Body == nil {
			add(n.Func.Params)
		}
	})
	return out
}

// declaredInSignatures returns the bindings whose name lies inside one of
// the ranges: bindings sorted by position, one binary search per range.
func declaredInSignatures(sc *tsparse.Scopes, ranges []tsparse.Range) map[*tsparse.Binding]bool {
	out := map[*tsparse.Binding]bool{}
	if len(ranges) == 0 {
		return out
	}
	var all []*tsparse.Binding
	for _, s := range sc.All {
		all = append(all, s.Bindings...)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].Ident.Range.Start < all[j].Ident.Range.Start })
	for _, r := range ranges {
		i := sort.Search(len(all), func(i int) bool { return all[i].Ident.Range.Start >= r.Start })
		for ; i < len(all) && all[i].Ident.Range.End <= r.End; i++ {
			out[all[i]] = true
		}
	}
	return out
}
