package scoperules

import (
	"strings"

	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

var consistentReturn = &rules.Rule{
	Name:            "consistent-return",
	ESLintNames:     []string{"consistent-return"},
	Category:        rules.CategoryCorrectness,
	Summary:         "Require a function to return a value always or never",
	DefaultSeverity: rules.Off,
	Sonar:           sonarBug,
	Doc: rules.Doc{
		Description: "A function that returns a value on some paths and nothing on others hands `undefined` to its " +
			"caller by accident (a forgotten branch). Reported: a `return;` or `return x;` that differs from the " +
			"function's first return, and a function with value returns whose end can be reached. The end " +
			"counts as unreachable after return/throw, an if/else or switch (with default) whose every branch " +
			"ends so, a try whose block and handler (or finally) end so, and an endless loop without break.",
		Incorrect: []string{"function f(x) {\n  if (x) return 1;\n}", "function g(x) {\n  if (x) return;\n  return 2;\n}"},
		Correct:   []string{"function f(x) {\n  if (x) return 1;\n  return 0;\n}", "function h(x) {\n  if (!x) throw new Error('x');\n  return x;\n}"},
		Options:   `{"treatUndefinedAsUnspecified": false} (Airbnb: the default).`,
	},
	Options: objectOption(func() consistentReturnOptions { return consistentReturnOptions{} }),
	File:    checkConsistentReturn,
}

type consistentReturnOptions struct {
	TreatUndefinedAsUnspecified bool `json:"treatUndefinedAsUnspecified"`
}

func checkConsistentReturn(c *rules.FileContext) {
	f := c.File
	o := options(c, func() consistentReturnOptions { return consistentReturnOptions{} })
	// One pass per function kind: each function is checked on its own, and
	// the findings are sorted by position afterwards.
	check := func(owner tsparse.Node, fn *tsparse.Function, parents []tsparse.Node) {
		if fn.Body != nil {
			checkFunctionReturns(c, owner, fn, lastOf(parents), o)
		}
	}
	tsparse.EachWithParents(f, func(n *tsparse.FuncDecl, parents []tsparse.Node) { check(n, n.Func, parents) })
	tsparse.EachWithParents(f, func(n *tsparse.FuncExpr, parents []tsparse.Node) { check(n, n.Func, parents) })
	tsparse.EachWithParents(f, func(n *tsparse.ArrowFunc, parents []tsparse.Node) { check(n, n.Func, parents) })
	tsparse.Each(f, func(n *tsparse.MethodDef) {
		if n.Func.Body != nil {
			checkFunctionReturns(c, n, n.Func, n, o)
		}
	})
}

// lastOf is the direct parent in an ancestor list, nil for a top-level node.
func lastOf(parents []tsparse.Node) tsparse.Node {
	if len(parents) == 0 {
		return nil
	}
	return parents[len(parents)-1]
}

func checkFunctionReturns(c *rules.FileContext, owner tsparse.Node, fn *tsparse.Function, parent tsparse.Node, o consistentReturnOptions) {
	var first *tsparse.ReturnStmt
	firstHasValue := false
	name := "" // built on the first report: most functions have none
	// Every function body is walked: the flattened tree saves re-descending.
	tsparse.InspectSubtree(c.File, fn.Body, func(n tsparse.Node) bool {
		switch n := n.(type) {
		case *tsparse.FuncDecl, *tsparse.FuncExpr, *tsparse.ArrowFunc, *tsparse.ClassDecl, *tsparse.ClassExpr:
			return false
		case *tsparse.ReturnStmt:
			has := returnsValue(n, o)
			if first == nil {
				first, firstHasValue = n, has
				return true
			}
			if has != firstHasValue {
				if name == "" {
					name = upperFirst(functionNameWithKind(c.File, owner, fn, parent))
				}
				if firstHasValue {
					c.ReportRange(n.Range, name+" expected a return value.")
				} else {
					c.ReportRange(n.Range, name+" expected no return value.")
				}
			}
		}
		return true
	})
	if first == nil || !firstHasValue || isConstructor(parent) {
		return
	}
	if stmtsTerminate(fn.Body.Body) {
		return
	}
	c.ReportRange(functionHead(c.File, owner, fn, parent), "Expected to return a value at the end of "+functionNameWithKind(c.File, owner, fn, parent)+".")
}

func returnsValue(r *tsparse.ReturnStmt, o consistentReturnOptions) bool {
	if r.Arg == nil {
		return false
	}
	if o.TreatUndefinedAsUnspecified {
		if id, ok := r.Arg.(*tsparse.Ident); ok && id.Name == "undefined" {
			return false
		}
		if u, ok := r.Arg.(*tsparse.UnaryExpr); ok && u.Op == tsparse.TVoid {
			return false
		}
	}
	return true
}

func isConstructor(parent tsparse.Node) bool {
	m, ok := parent.(*tsparse.MethodDef)
	return ok && m.Kind == tsparse.MethodConstructor
}

// stmtsTerminate: control cannot run off the end of the statement list.
func stmtsTerminate(list []tsparse.Stmt) bool {
	for _, s := range list {
		if terminates(s) {
			return true
		}
	}
	return false
}

func terminates(s tsparse.Stmt) bool {
	switch s := s.(type) {
	case *tsparse.ReturnStmt, *tsparse.ThrowStmt:
		return true
	case *tsparse.BlockStmt:
		return stmtsTerminate(s.Body)
	case *tsparse.IfStmt:
		return s.Alt != nil && terminates(s.Cons) && terminates(s.Alt)
	case *tsparse.TryStmt:
		if s.Finalizer != nil && stmtsTerminate(s.Finalizer.Body) {
			return true
		}
		if !stmtsTerminate(s.Block.Body) {
			return false
		}
		return s.Handler == nil || stmtsTerminate(s.Handler.Body)
	case *tsparse.SwitchStmt:
		hasDefault := false
		for _, cs := range s.Cases {
			if cs.Test == nil {
				hasDefault = true
			}
		}
		if !hasDefault || len(s.Cases) == 0 || breaksOut(s, "") {
			return false
		}
		// Fall-through reaches the next case; the last case must end the function.
		return stmtsTerminate(s.Cases[len(s.Cases)-1].Body)
	case *tsparse.WhileStmt:
		return isTrue(s.Test) && !breaksOut(s.Body, "")
	case *tsparse.DoWhileStmt:
		return (isTrue(s.Test) && !breaksOut(s.Body, "")) || (terminates(s.Body) && !continuesOrBreaks(s.Body))
	case *tsparse.ForStmt:
		return (s.Test == nil || isTrue(s.Test)) && !breaksOut(s.Body, "")
	case *tsparse.LabeledStmt:
		return terminates(s.Body) && !breaksOut(s.Body, s.Label.Name)
	}
	return false
}

func isTrue(e tsparse.Expr) bool {
	b, ok := unparenExpr(e).(*tsparse.BoolLit)
	return ok && b.Value
}

// breaksOut: a break inside n leaves n (an unlabelled break not nested in an
// inner loop or switch, or a break to label).
func breaksOut(n tsparse.Node, label string) bool {
	found := false
	var walk func(n tsparse.Node, depth int)
	walk = func(n tsparse.Node, depth int) {
		tsparse.Inspect(n, func(x tsparse.Node) bool {
			if found {
				return false
			}
			switch x := x.(type) {
			case *tsparse.FuncDecl, *tsparse.FuncExpr, *tsparse.ArrowFunc, *tsparse.ClassDecl, *tsparse.ClassExpr:
				return false
			case *tsparse.BreakStmt:
				if x.Label == nil && depth == 0 || x.Label != nil && x.Label.Name == label && label != "" {
					found = true
				}
				if x.Label != nil && label == "" {
					// A labelled break may leave n too; be conservative.
					found = true
				}
			case *tsparse.WhileStmt, *tsparse.DoWhileStmt, *tsparse.ForStmt, *tsparse.ForInStmt, *tsparse.ForOfStmt, *tsparse.SwitchStmt:
				if x != n {
					walk2 := x
					eachBody(walk2, func(b tsparse.Node) { walk(b, depth+1) })
					return false
				}
			}
			return true
		})
	}
	if sw, ok := n.(*tsparse.SwitchStmt); ok {
		for _, cs := range sw.Cases {
			for _, st := range cs.Body {
				walk(st, 0)
			}
		}
		return found
	}
	walk(n, 0)
	return found
}

// eachBody visits the statements of a loop or switch (its test expressions hold no breaks).
func eachBody(n tsparse.Node, f func(tsparse.Node)) {
	switch n := n.(type) {
	case *tsparse.WhileStmt:
		f(n.Body)
	case *tsparse.DoWhileStmt:
		f(n.Body)
	case *tsparse.ForStmt:
		f(n.Body)
	case *tsparse.ForInStmt:
		f(n.Body)
	case *tsparse.ForOfStmt:
		f(n.Body)
	case *tsparse.SwitchStmt:
		for _, cs := range n.Cases {
			for _, st := range cs.Body {
				f(st)
			}
		}
	}
}

func continuesOrBreaks(n tsparse.Node) bool {
	found := false
	tsparse.Inspect(n, func(x tsparse.Node) bool {
		switch x.(type) {
		case *tsparse.BreakStmt, *tsparse.ContinueStmt:
			found = true
		case *tsparse.FuncDecl, *tsparse.FuncExpr, *tsparse.ArrowFunc:
			return false
		}
		return !found
	})
	return found
}

// functionNameWithKind words a function as ESLint's getFunctionNameWithKind does.
func functionNameWithKind(f *tsparse.File, owner tsparse.Node, fn *tsparse.Function, parent tsparse.Node) string {
	var parts []string
	if m, ok := parent.(*tsparse.MethodDef); ok {
		if m.Modifiers.Has(tsparse.ModStatic) {
			parts = append(parts, "static")
		}
		if _, private := m.Key.(*tsparse.PrivateName); private {
			parts = append(parts, "private")
		}
	}
	if fn.Async {
		parts = append(parts, "async")
	}
	if fn.Generator {
		parts = append(parts, "generator")
	}
	kind := "function"
	switch p := parent.(type) {
	case *tsparse.MethodDef:
		switch p.Kind {
		case tsparse.MethodConstructor:
			return "constructor"
		case tsparse.MethodGet:
			kind = "getter"
		case tsparse.MethodSet:
			kind = "setter"
		default:
			kind = "method"
		}
		return strings.Join(append(parts, kind), " ") + keyName(f, p.Key)
	case *tsparse.Property:
		switch p.Kind {
		case tsparse.PropGet:
			kind = "getter"
		case tsparse.PropSet:
			kind = "setter"
		case tsparse.PropMethod:
			kind = "method"
		}
		if kind != "function" {
			return strings.Join(append(parts, kind), " ") + keyName(f, p.Key)
		}
	}
	if _, arrow := owner.(*tsparse.ArrowFunc); arrow {
		kind = "arrow function"
	}
	name := ""
	if fn.Name != nil {
		name = " '" + fn.Name.Name + "'"
	} else if p, ok := parent.(*tsparse.Property); ok {
		name = keyName(f, p.Key)
	} else if p, ok := parent.(*tsparse.PropertyDef); ok {
		kind = "method"
		name = keyName(f, p.Key)
	}
	return strings.Join(append(parts, kind), " ") + name
}

func keyName(f *tsparse.File, key tsparse.Expr) string {
	switch k := key.(type) {
	case *tsparse.Ident:
		return " '" + k.Name + "'"
	case *tsparse.PrivateName:
		return " #" + k.Name
	case *tsparse.StringLit:
		return " '" + k.Value + "'"
	case *tsparse.NumberLit:
		return " '" + k.Raw + "'"
	}
	return ""
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// functionHead is where ESLint's consistent-return reports a missing final
// return: an arrow's =>, a method's key, else the function's name or first token.
func functionHead(f *tsparse.File, owner tsparse.Node, fn *tsparse.Function, parent tsparse.Node) tsparse.Range {
	if a, ok := owner.(*tsparse.ArrowFunc); ok {
		return a.ArrowRange
	}
	switch p := parent.(type) {
	case *tsparse.MethodDef:
		return keySpan(p.Key)
	case *tsparse.Property:
		if p.Kind == tsparse.PropMethod || p.Kind == tsparse.PropGet || p.Kind == tsparse.PropSet {
			return keySpan(p.Key)
		}
	}
	if fn.Name != nil {
		return fn.Name.Range
	}
	start := owner.Span().Start
	end := start
	for end < int32(len(f.Src)) && isWordByte(f.Src[end]) {
		end++
	}
	if end == start {
		end = start + 1
	}
	return tsparse.Range{Start: start, End: end}
}

func isWordByte(c byte) bool {
	return c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// keySpan is a property key's range; ESTree's key of [expr] is expr itself.
func keySpan(key tsparse.Expr) tsparse.Range {
	if c, ok := key.(*tsparse.ComputedKey); ok {
		return c.Expr.Span()
	}
	return key.Span()
}
