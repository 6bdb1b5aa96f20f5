package airbnb

import (
	"strings"

	"github.com/fsdlint/fsdlint/tsparse"
)

// tokenText approximates ESLint's token-by-token comparison (equalTokens):
// the node's source with whitespace and comments dropped, one space kept
// between two word characters, and string/template literals kept verbatim.
func tokenText(f *tsparse.File, n tsparse.Node) string {
	src := f.Src[n.Span().Start:n.Span().End]
	var b strings.Builder
	word := func(c byte) bool {
		return c == '_' || c == '$' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
	}
	pendingSpace := false
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			pendingSpace = true
			i++
			continue
		case c == '/' && i+1 < len(src) && src[i+1] == '/':
			for i < len(src) && src[i] != '\n' {
				i++
			}
			pendingSpace = true
			continue
		case c == '/' && i+1 < len(src) && src[i+1] == '*':
			end := strings.Index(string(src[i+2:]), "*/")
			if end < 0 {
				i = len(src)
			} else {
				i += end + 4
			}
			pendingSpace = true
			continue
		}
		if pendingSpace && b.Len() > 0 && word(b.String()[b.Len()-1]) && word(c) {
			b.WriteByte(' ')
		}
		pendingSpace = false
		if c == '\'' || c == '"' || c == '`' {
			j := i + 1
			for j < len(src) && src[j] != c {
				if src[j] == '\\' {
					j++
				}
				j++
			}
			j = min(j+1, len(src))
			b.Write(src[i:j])
			i = j
			continue
		}
		b.WriteByte(c)
		i++
	}
	return b.String()
}

// sameTokens is ESLint's equal(a, b) of no-duplicate-case: the same ESTree
// node type (parentheses ignored) and the same tokens.
func sameTokens(f *tsparse.File, a, b tsparse.Expr) bool {
	a, b = unparen(a), unparen(b)
	return sameNodeType(a, b) && tokenText(f, a) == tokenText(f, b)
}

// sameNodeType compares ESTree node types; our Binary covers ESTree's
// BinaryExpression and LogicalExpression, told apart by the operator.
func sameNodeType(a, b tsparse.Expr) bool {
	switch x := a.(type) {
	case *tsparse.BinaryExpr:
		y, ok := b.(*tsparse.BinaryExpr)
		return ok && isLogicalOp(x.Op) == isLogicalOp(y.Op)
	case *tsparse.StringLit, *tsparse.NumberLit, *tsparse.BoolLit, *tsparse.NullLit, *tsparse.RegExpLit, *tsparse.BigIntLit:
		return isLiteral(b)
	case *tsparse.MemberExpr, *tsparse.IndexExpr:
		switch b.(type) {
		case *tsparse.MemberExpr, *tsparse.IndexExpr:
			return true
		}
		return false
	}
	return typeName(a) == typeName(b)
}

func typeName(n tsparse.Node) string {
	return strings.TrimPrefix(strings.TrimPrefix(fmtType(n), "*"), "tsparse.")
}
