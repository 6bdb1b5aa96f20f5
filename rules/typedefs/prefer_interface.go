package typedefs

import (
	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

// reportTypeLiteralAliases reports `type A = { … }` (parentheses around the
// literal included, as typescript-estree drops them) and converts it to
// `interface A { … }`, dropping the `;` after the literal as upstream does.
func reportTypeLiteralAliases(ctx *rules.FileContext, aliases []*tsparse.TypeAliasDecl) {
	f := ctx.File
	for _, a := range aliases {
		lit := typeLiteral(a.Type)
		if lit == nil {
			continue
		}
		headEnd := a.Name.Range.End
		if a.TypeParams != nil {
			headEnd = a.TypeParams.Range.End
		}
		outerEnd := a.Type.Span().End
		edits := []rules.Edit{
			{Start: a.TypeRange.Start, End: a.TypeRange.End, NewText: "interface"},
			{Start: headEnd, End: lit.Range.Start, NewText: " " + keptComments(f, headEnd, lit.Range.Start, nil)},
		}
		if lit.Range.End < outerEnd { // the closing parentheses
			edits = append(edits, rules.Edit{Start: lit.Range.End, End: outerEnd, NewText: keptComments(f, lit.Range.End, outerEnd, nil)})
		}
		if semi := semicolonAfter(f, outerEnd, a.Range.End); semi >= 0 {
			edits = append(edits, rules.Edit{Start: semi, End: semi + 1, NewText: ""})
		}
		ctx.ReportRange(a.Name.Range, msgInterfaceOverType, rules.Fix{
			Message: "Convert the type alias to an interface", Edits: edits, Safety: rules.SafeFix,
		})
	}
}

// typeLiteral returns t when it is a type literal, possibly parenthesised.
func typeLiteral(t tsparse.TypeNode) *tsparse.TypeLiteral {
	for {
		switch n := t.(type) {
		case *tsparse.TypeLiteral:
			return n
		case *tsparse.ParenType:
			t = n.Type
		default:
			return nil
		}
	}
}

// semicolonAfter finds the `;` that ends the declaration: the first token
// after the type, comments skipped, when it lies before end; -1 otherwise.
func semicolonAfter(f *tsparse.File, from, end int32) int32 {
	src := f.Src
	ci := 0
	for i := from; i < end && int(i) < len(src); {
		for ci < len(f.Comments) && f.Comments[ci].Range.End <= i {
			ci++
		}
		if ci < len(f.Comments) && f.Comments[ci].Range.Start == i {
			i = f.Comments[ci].Range.End
			continue
		}
		switch src[i] {
		case ' ', '\t', '\n', '\r', '\v', '\f':
			i++
			continue
		case ';':
			return i
		}
		return -1
	}
	return -1
}
