package scoperules

import (
	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

type noParamReassignOptions struct {
	Props                               bool     `json:"props"`
	IgnorePropertyModificationsFor      []string `json:"ignorePropertyModificationsFor"`
	IgnorePropertyModificationsForRegex []string `json:"ignorePropertyModificationsForRegex"`
}

func defaultNoParamReassign() noParamReassignOptions {
	return noParamReassignOptions{Props: true, IgnorePropertyModificationsFor: []string{
		"acc", "accumulator", "e", "ctx", "context", "req", "request", "res", "response", "$scope", "staticContext"}}
}

var noParamReassign = &rules.Rule{
	Name:            "no-param-reassign",
	ESLintNames:     []string{"no-param-reassign"},
	Category:        rules.CategorySuggestion,
	Summary:         "Disallow reassigning function parameters and (Airbnb) their properties",
	DefaultSeverity: rules.Off,
	Sonar:           sonarSmell,
	Doc: rules.Doc{
		Description: "Assigning to a parameter hides the value the caller passed, and assigning to a parameter's " +
			"property mutates the caller's object behind its back (React props and state must never be mutated). " +
			"With Airbnb's `props: true`, `p.x = 1`, `p.x++`, `delete p.x` and `for (p.x of …)` are reported too, " +
			"except for the conventional names in the ignore list (`acc`, `e`, `req`, `res`, …). " +
			"Method calls (`p.push(x)`) are not assignments and are not reported.",
		Incorrect: []string{"function f(user) { user = {}; }", "function g(props) { props.title = 'x'; }"},
		Correct:   []string{"function f(user) { const next = { ...user }; return next; }", "items.reduce((acc, x) => { acc[x.id] = x; return acc; }, {});"},
		Options:   `{"props": true, "ignorePropertyModificationsFor": [names], "ignorePropertyModificationsForRegex": [patterns]}; Airbnb: props true with acc, accumulator, e, ctx, context, req, request, res, response, $scope, staticContext.`,
	},
	Options: objectOption(defaultNoParamReassign),
	File:    checkNoParamReassign,
}

func checkNoParamReassign(c *rules.FileContext) {
	f := c.File
	o := options(c, defaultNoParamReassign)
	sc := f.Scopes()
	// Each identifier reading or writing a parameter, with the binding and
	// then the identifier's last reference to it (found once here rather
	// than by a search of the binding's references at each use).
	params := map[*tsparse.Ident]paramUse{}
	eachParamRef(sc, func(b *tsparse.Binding, id *tsparse.Ident, r *tsparse.Reference) {
		if r.Flags&tsparse.RefInit == 0 {
			params[id] = paramUse{binding: b}
		}
	})
	if len(params) == 0 {
		return
	}
	eachParamRef(sc, func(b *tsparse.Binding, id *tsparse.Ident, r *tsparse.Reference) {
		if u, ok := params[id]; ok && u.binding == b {
			u.ref = r
			params[id] = u
		}
	})
	ignored := map[string]bool{}
	for _, n := range o.IgnorePropertyModificationsFor {
		ignored[n] = true
	}
	regexes := compileAll(o.IgnorePropertyModificationsForRegex)
	tsparse.WalkFile(f, func(n tsparse.Node, parents []tsparse.Node) bool {
		id, ok := n.(*tsparse.Ident)
		if !ok {
			return true
		}
		u, ok := params[id]
		if !ok {
			return true
		}
		b, ref := u.binding, u.ref
		if ref.Flags&tsparse.RefWrite != 0 {
			c.ReportRange(id.Range, "Assignment to function parameter '"+b.Name+"'.")
			return true
		}
		if o.Props && !ignored[b.Name] && !matchesAny(regexes, b.Name) && modifiesProperty(id, parents) {
			c.ReportRange(id.Range, "Assignment to property of function parameter '"+b.Name+"'.")
		}
		return true
	})
}

// paramUse is the parameter an identifier refers to and its last reference.
type paramUse struct {
	binding *tsparse.Binding
	ref     *tsparse.Reference
}

// eachParamRef calls fn for every identifier reference to a parameter.
func eachParamRef(sc *tsparse.Scopes, fn func(*tsparse.Binding, *tsparse.Ident, *tsparse.Reference)) {
	for _, s := range sc.All {
		if s.Kind != tsparse.ScopeFunction {
			continue
		}
		for _, b := range s.Bindings {
			if b.Kind != tsparse.BindParam {
				continue
			}
			for _, r := range b.References {
				if id, ok := r.Node.(*tsparse.Ident); ok {
					fn(b, id, r)
				}
			}
		}
	}
}

// modifiesProperty walks up from a parameter read (ESLint's isModifyingProp):
// it is a modification when the parameter is the object of a member chain that
// is assigned, updated, deleted or a for-in/of target.
func modifiesProperty(id *tsparse.Ident, parents []tsparse.Node) bool {
	node := tsparse.Node(id)
	for i := len(parents) - 1; i >= 0; i-- {
		p := parents[i]
		switch p := p.(type) {
		case *tsparse.ParenExpr, *tsparse.NonNullExpr, *tsparse.AsExpr, *tsparse.SatisfiesExpr, *tsparse.TypeAssertion:
		case *tsparse.MemberExpr:
			if p.Object != node {
				return false
			}
		case *tsparse.IndexExpr:
			if p.Object != node {
				return false // a computed key: cache[p.a] = 0
			}
		case *tsparse.AssignExpr:
			return p.Left == node
		case *tsparse.UpdateExpr:
			return true
		case *tsparse.UnaryExpr:
			return p.Op == tsparse.TDelete
		case *tsparse.ForInStmt:
			return stmtExprIs(p.Left, node)
		case *tsparse.ForOfStmt:
			return stmtExprIs(p.Left, node)
		case *tsparse.CallExpr, *tsparse.NewExpr, *tsparse.CondExpr:
			return false
		case *tsparse.ArrayLit, *tsparse.ObjectLit, *tsparse.Property, *tsparse.SpreadElem:
			// destructuring targets: ({ x: p.a } = o)
			if !isAssignTargetChain(parents[:i+1]) {
				return false
			}
			return true
		default:
			return false
		}
		node = p
	}
	return false
}

func stmtExprIs(s tsparse.Stmt, n tsparse.Node) bool {
	es, ok := s.(*tsparse.ExprStmt)
	return ok && es.Expr == n
}

// isAssignTargetChain: the innermost array/object literal of the stack is
// (part of) the left side of an assignment.
func isAssignTargetChain(parents []tsparse.Node) bool {
	for i := len(parents) - 1; i > 0; i-- {
		switch p := parents[i-1].(type) {
		case *tsparse.AssignExpr:
			return p.Left == parents[i]
		case *tsparse.ArrayLit, *tsparse.ObjectLit, *tsparse.Property, *tsparse.SpreadElem, *tsparse.ParenExpr:
			continue
		default:
			return false
		}
	}
	return false
}
