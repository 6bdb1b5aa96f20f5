package airbnb

import (
	"strings"

	"github.com/fsdlint/fsdlint/tsparse"
)

// elementType is jsx-ast-utils' elementType: "div", "Foo.Bar", "svg:rect".
func elementType(name tsparse.Node) string {
	switch n := name.(type) {
	case *tsparse.JSXIdent:
		return n.Name
	case *tsparse.JSXMemberExpr:
		return elementType(n.Object) + "." + n.Prop.Name
	case *tsparse.JSXNamespacedName:
		return n.Namespace.Name + ":" + n.Name.Name
	}
	return ""
}

// isDOMComponent: a tag that starts with a lower-case ASCII letter.
func isDOMComponent(o *tsparse.JSXOpening) bool {
	t := elementType(o.Name)
	return t != "" && t[0] >= 'a' && t[0] <= 'z'
}

// attrName is jsx-ast-utils' propName: "name" or "ns:name"; "" for a spread.
func attrName(a tsparse.Node) string {
	attr, ok := a.(*tsparse.JSXAttr)
	if !ok {
		return ""
	}
	return elementType(attr.Name)
}

// plainAttrName is `attr.name.name` in ESLint rules: the name of a JSXAttribute
// whose name is a plain identifier, else "".
func plainAttrName(a tsparse.Node) string {
	if attr, ok := a.(*tsparse.JSXAttr); ok {
		if id, ok := attr.Name.(*tsparse.JSXIdent); ok {
			return id.Name
		}
	}
	return ""
}

// jsxProp is an attribute found by getProp: a real JSXAttr, or a property of
// an object literal spread into the element ({...{type: 'button'}}).
type jsxProp struct {
	Attr *tsparse.JSXAttr // nil when the prop comes from a spread object
	// Value is what ESTree would hold in attribute.value: nil (no value),
	// *tsparse.StringLit, *tsparse.JSXExprContainer, *tsparse.JSXElement or
	// *tsparse.JSXFragment. For spread properties a literal value becomes a
	// *tsparse.StringLit-like Literal (see SpreadValue) and anything else an
	// expression container.
	Value       tsparse.Node
	SpreadValue tsparse.Expr // the property value when the prop comes from a spread
}

// getProp is jsx-ast-utils' getProp with ignoreCase: the first matching
// attribute, or a matching identifier-keyed property of a spread object literal.
func getProp(o *tsparse.JSXOpening, name string) (jsxProp, bool) {
	want := strings.ToUpper(name)
	for _, a := range o.Attrs {
		switch x := a.(type) {
		case *tsparse.JSXAttr:
			if strings.ToUpper(attrName(x)) == want {
				return jsxProp{Attr: x, Value: x.Value}, true
			}
		case *tsparse.JSXSpreadAttr:
			obj, ok := x.Arg.(*tsparse.ObjectLit)
			if !ok || want == "KEY" {
				continue
			}
			for _, p := range obj.Props {
				prop, ok := p.(*tsparse.Property)
				if !ok {
					continue
				}
				if id, ok := prop.Key.(*tsparse.Ident); ok && strings.ToUpper(id.Name) == want { //nolint:gocritic // equalFold: mirrors jsx-ast-utils' toUpperCase(); EqualFold differs on e.g. dotless ı
					return jsxProp{SpreadValue: prop.Value}, true
				}
			}
		}
	}
	return jsxProp{}, false
}

func unparenOrNil(e tsparse.Expr) tsparse.Expr {
	if e == nil {
		return nil
	}
	return unparen(e)
}

// jsxElementsOf yields every JSX element of a file with its ancestors.
func eachJSXElement(f *tsparse.File, fn func(el *tsparse.JSXElement, parents []tsparse.Node)) {
	tsparse.EachWithParents(f, fn)
}
