package airbnb

import (
	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

type noSelfAssignOptions struct {
	Props bool `json:"props"`
}

var noSelfAssign = &rules.Rule{
	Name:            "no-self-assign",
	ESLintNames:     []string{"no-self-assign"},
	Category:        rules.CategoryCorrectness,
	Summary:         "Disallow assigning a variable or property to itself",
	DefaultSeverity: rules.Error,
	Sonar:           sonarBug,
	Options:         objectOptions(noSelfAssignOptions{Props: true}),
	Doc: rules.Doc{
		Description: "`x = x` (also inside destructuring: `[a, b] = [a, c]`) does nothing and is usually a typo. " +
			"With Airbnb's `props: true`, `obj.a = obj.a` and `a[0] = a[0]` are reported too.",
		Incorrect: []string{"x = x;", "[a, b] = [a, c];", "obj.a = obj.a;"},
		Correct:   []string{"x = y;", "obj.a = obj.b;"},
		Options:   `{"props": true} (Airbnb).`,
	},
	File: func(c *rules.FileContext) {
		o, ok := c.Options.(noSelfAssignOptions)
		if !ok {
			o = noSelfAssignOptions{Props: true}
		}
		tsparse.Each(c.File, func(a *tsparse.AssignExpr) {
			if a.Op == tsparse.TEq || a.Op == tsparse.TAmpAmpEq || a.Op == tsparse.TBarBarEq || a.Op == tsparse.TQuestionQuestionEq {
				eachSelfAssignment(a.Left, a.Right, o.Props, func(right tsparse.Expr) {
					c.ReportRange(right.Span(), "'"+text(c.File, right.Span())+"' is assigned to itself.")
				})
			}
		})
	},
}

func eachSelfAssignment(left, right tsparse.Expr, props bool, report func(tsparse.Expr)) {
	if left == nil || right == nil {
		return
	}
	left, right = unparen(left), unparen(right)
	switch l := left.(type) {
	case *tsparse.Ident:
		if r, ok := right.(*tsparse.Ident); ok && r.Name == l.Name {
			report(r)
		}
		return
	case *tsparse.ArrayLit:
		r, ok := right.(*tsparse.ArrayLit)
		if !ok {
			return
		}
		for i := 0; i < len(l.Elems) && i < len(r.Elems); i++ {
			le, re := l.Elems[i], r.Elems[i]
			if _, rest := le.(*tsparse.SpreadElem); rest && i < len(r.Elems)-1 {
				break
			}
			eachSelfAssignment(le, re, props, report)
			if _, spread := re.(*tsparse.SpreadElem); spread {
				break
			}
		}
		return
	case *tsparse.SpreadElem:
		if r, ok := right.(*tsparse.SpreadElem); ok {
			eachSelfAssignment(l.Arg, r.Arg, props, report)
		}
		return
	case *tsparse.ObjectLit:
		r, ok := right.(*tsparse.ObjectLit)
		if !ok || len(r.Props) == 0 {
			return
		}
		start := 0
		for i := len(r.Props) - 1; i >= 0; i-- {
			if _, spread := r.Props[i].(*tsparse.SpreadElem); spread {
				start = i + 1
				break
			}
		}
		for _, lp := range l.Props {
			for _, rp := range r.Props[start:] {
				selfAssignedProperty(lp, rp, props, report)
			}
		}
		return
	}
	if props && isMemberAccess(left) && isMemberAccess(right) && isSameReference(left, right) {
		report(right)
	}
}

func selfAssignedProperty(left, right tsparse.Expr, props bool, report func(tsparse.Expr)) {
	lp, ok1 := left.(*tsparse.Property)
	rp, ok2 := right.(*tsparse.Property)
	if !ok1 || !ok2 || !(rp.Kind == tsparse.PropInit || rp.Kind == tsparse.PropShorthand) {
		return
	}
	ln, ok := staticKeyName(lp.Key)
	rn, ok2 := staticKeyName(rp.Key)
	if ok && ok2 && ln == rn {
		eachSelfAssignment(lp.Value, rp.Value, props, report)
	}
}

func isMemberAccess(e tsparse.Expr) bool {
	switch e.(type) {
	case *tsparse.MemberExpr, *tsparse.IndexExpr:
		return true
	}
	return false
}

// memberName is getStaticPropertyName of a member access.
func memberName(e tsparse.Expr) (string, bool) {
	switch x := e.(type) {
	case *tsparse.MemberExpr:
		if id, ok := x.Prop.(*tsparse.Ident); ok {
			return id.Name, true
		}
		return "", false
	case *tsparse.IndexExpr:
		return staticStringValue(unparen(x.Index))
	}
	return "", false
}

// isSameReference is ESLint's isSameReference (ast-utils).
func isSameReference(a, b tsparse.Expr) bool {
	a, b = unparen(a), unparen(b)
	switch x := a.(type) {
	case *tsparse.ThisExpr:
		_, ok := b.(*tsparse.ThisExpr)
		return ok
	case *tsparse.SuperExpr:
		_, ok := b.(*tsparse.SuperExpr)
		return ok
	case *tsparse.Ident:
		y, ok := b.(*tsparse.Ident)
		return ok && x.Name == y.Name
	case *tsparse.PrivateName:
		y, ok := b.(*tsparse.PrivateName)
		return ok && x.Name == y.Name
	case *tsparse.MemberExpr, *tsparse.IndexExpr:
		if !isMemberAccess(b) {
			return false
		}
		if na, ok := memberName(a); ok {
			nb, ok := memberName(b)
			return ok && na == nb && isSameReference(memberObject(a), memberObject(b))
		}
		xa, okA := a.(*tsparse.IndexExpr)
		xb, okB := b.(*tsparse.IndexExpr)
		if okA && okB {
			return isSameReference(xa.Object, xb.Object) && isSameReference(xa.Index, xb.Index)
		}
		ma, okA := a.(*tsparse.MemberExpr)
		mb, okB := b.(*tsparse.MemberExpr)
		return okA && okB && isSameReference(ma.Object, mb.Object) && isSameReference(ma.Prop, mb.Prop)
	}
	if ka, ok := literalKind(a); ok {
		kb, ok := literalKind(b)
		va, _ := literalString(a)
		vb, _ := literalString(b)
		return ok && ka == kb && va == vb
	}
	return false
}

func memberObject(e tsparse.Expr) tsparse.Expr {
	switch x := e.(type) {
	case *tsparse.MemberExpr:
		return x.Object
	case *tsparse.IndexExpr:
		return x.Object
	}
	return nil
}
