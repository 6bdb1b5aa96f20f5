package tsparse

import (
	"fmt"
	"reflect"
	"strings"
)

// dump prints a node as an S-expression: (Type start:end child…), with names
// and literal values inline, for compact exact expectations in tests.
func dump(n Node) string {
	var b strings.Builder
	dumpTo(&b, n)
	return b.String()
}

func dumpTo(b *strings.Builder, n Node) {
	t := reflect.TypeOf(n).Elem().Name()
	r := n.Span()
	fmt.Fprintf(b, "(%s %d:%d", t, r.Start, r.End)
	switch n := n.(type) {
	case *Ident:
		fmt.Fprintf(b, " %s", n.Name)
	case *StringLit:
		fmt.Fprintf(b, " %q", n.Value)
	case *NumberLit:
		fmt.Fprintf(b, " %s", n.Raw)
	case *RegExpLit:
		fmt.Fprintf(b, " /%s/%s", n.Pattern, n.Flags)
	case *BinaryExpr:
		fmt.Fprintf(b, " %s", n.Op)
	case *AssignExpr:
		fmt.Fprintf(b, " %s", n.Op)
	case *UnaryExpr:
		fmt.Fprintf(b, " %s", n.Op)
	case *UpdateExpr:
		fmt.Fprintf(b, " %s", n.Op)
	case *TemplateElem:
		fmt.Fprintf(b, " %q", n.Raw)
	case *JSXText:
		fmt.Fprintf(b, " %q", n.Raw)
	case *JSXIdent:
		fmt.Fprintf(b, " %s", n.Name)
	case *KeywordType:
		fmt.Fprintf(b, " %s", n.Name)
	case *TypeOperator:
		fmt.Fprintf(b, " %s", n.Op)
	case *VarDecl:
		fmt.Fprintf(b, " %d", n.Kind)
	case *PrivateName:
		fmt.Fprintf(b, " #%s", n.Name)
	}
	eachChild(n, func(c Node) {
		b.WriteByte(' ')
		dumpTo(b, c)
	})
	b.WriteByte(')')
}
