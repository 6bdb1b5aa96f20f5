package typedefs

import (
	"strings"

	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

const (
	msgTypeOverInterface = "Use a `type` instead of an `interface`."
	msgInterfaceOverType = "Use an `interface` instead of a `type`."
)

// reportInterfaces reports every interface; the fix turns it into a type
// alias unless a type alias would mean something else there.
func reportInterfaces(ctx *rules.FileContext, ifaces []interfaceSite, decls *declarations) {
	f := ctx.File
	for _, site := range ifaces {
		d := site.decl
		msg := msgTypeOverInterface
		var fixes []rules.Fix
		switch {
		case site.augmentation:
			msg += " No autofix: an interface in `declare global` or `declare module \"…\"` augments an existing declaration; a type alias cannot."
		case decls.merges(site):
			msg += " No autofix: `" + d.Name.Name + "` merges with another declaration of the same name in this scope; a type alias cannot merge."
		case site.global:
			msg += " No autofix: `" + d.Name.Name + "` is declared in the global scope of a declaration file without imports or exports, where declarations of one name merge across files."
		case usesThisType(d):
			msg += " No autofix: the interface uses the polymorphic `this` type, which a type alias cannot."
		case heritageMentions(d, d.Name.Name):
			msg += " No autofix: its `extends` clause refers to `" + d.Name.Name + "` itself, which would make the type alias circular."
		case len(d.Extends) > 0 && hasVarianceAnnotations(d.TypeParams):
			msg += " No autofix: its type parameters have variance annotations (`in`/`out`), which a type alias allows on an object type but not on the intersection that replaces `extends`."
		default:
			fixes = []rules.Fix{interfaceToType(f, site)}
		}
		ctx.ReportRange(d.Name.Range, msg, fixes...)
	}
}

// interfaceToType makes the edits typescript-eslint's fixer makes
// (`interface A<T> extends B, C { … }` -> `type A<T> = { … } & B & C`), but
// keeps the comments of the deleted `extends` clause.
func interfaceToType(f *tsparse.File, site interfaceSite) rules.Fix {
	d := site.decl
	headEnd := d.Name.Range.End
	if d.TypeParams != nil {
		headEnd = d.TypeParams.Range.End
	}
	bodyEnd := d.BodyRange.End
	edits := []rules.Edit{
		{Start: d.InterfaceRange.Start, End: d.InterfaceRange.End, NewText: "type"},
		{Start: headEnd, End: d.BodyRange.Start, NewText: " = " + keptComments(f, headEnd, d.BodyRange.Start, d.Extends)},
	}
	for _, h := range d.Extends {
		edits = append(edits, rules.Edit{Start: bodyEnd, End: bodyEnd, NewText: " & " + string(f.Src[h.Range.Start:h.Range.End])})
	}
	if ed := site.exportDefault; ed != nil {
		edits = append(edits,
			rules.Edit{Start: ed.Range.Start, End: d.Range.Start, NewText: ""},
			rules.Edit{Start: bodyEnd, End: bodyEnd, NewText: "\nexport default " + d.Name.Name})
	}
	return rules.Fix{Message: "Convert the interface to a type alias", Edits: edits, Safety: rules.SafeFix}
}

// keptComments renders the comments in [start, end) that lie outside the
// given heritage types (whose text is copied whole), each followed by what
// keeps it a comment: a space, or a newline after a line comment.
func keptComments(f *tsparse.File, start, end int32, heritage []*tsparse.HeritageType) string {
	var b strings.Builder
	for _, c := range f.Comments {
		if c.Range.Start < start || c.Range.End > end || insideAny(c.Range, heritage) {
			continue
		}
		b.Write(f.Src[c.Range.Start:c.Range.End])
		if c.Block {
			b.WriteByte(' ')
		} else {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

func insideAny(r tsparse.Range, heritage []*tsparse.HeritageType) bool {
	for _, h := range heritage {
		if r.Start >= h.Range.Start && r.End <= h.Range.End {
			return true
		}
	}
	return false
}

// usesThisType reports whether the interface's members or heritage mention
// the `this` type, which is an error in a type alias (TS2526). `this is T`
// type predicates and `this:` parameters are allowed there.
func usesThisType(d *tsparse.InterfaceDecl) bool {
	found := false
	tsparse.Inspect(d, func(n tsparse.Node) bool {
		switch n := n.(type) {
		case *tsparse.ThisType:
			found = true
		case *tsparse.TypePredicate:
			if _, this := n.Param.(*tsparse.ThisType); this {
				tsparse.Inspect(n.Type, func(m tsparse.Node) bool {
					_, isThis := m.(*tsparse.ThisType)
					found = found || isThis
					return !found
				})
				return false
			}
		}
		return !found
	})
	return found
}

// heritageMentions reports whether a heritage type of d refers to name: as
// a type name, or the first part of a qualified one (`name.X`; but not the
// `Element` of `React.JSX.Element`), in the heritage or its type arguments.
func heritageMentions(d *tsparse.InterfaceDecl, name string) bool {
	found := false
	var visit func(n tsparse.Node) bool
	visit = func(n tsparse.Node) bool {
		switch n := n.(type) {
		case *tsparse.Ident:
			found = found || n.Name == name
		case *tsparse.MemberExpr:
			tsparse.Inspect(n.Object, visit)
			return false
		case *tsparse.QualifiedName:
			tsparse.Inspect(n.Left, visit)
			return false
		}
		return !found
	}
	for _, h := range d.Extends {
		tsparse.Inspect(h, visit)
	}
	return found
}

func hasVarianceAnnotations(params *tsparse.TypeParamList) bool {
	if params == nil {
		return false
	}
	for _, p := range params.Params {
		if p.Modifiers.Has(tsparse.ModIn) || p.Modifiers.Has(tsparse.ModOut) {
			return true
		}
	}
	return false
}
