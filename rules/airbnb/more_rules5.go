package airbnb

import (
	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

var noUselessRename = styleRule("no-useless-rename", "Disallow renaming an import, export or destructured name to itself", rules.Doc{
	Description: "`import { a as a }`, `export { a as a }` and `const { a: a } = o` rename nothing.",
	Incorrect:   []string{"import { a as a } from 'm';", "const { a: a } = o;"},
	Correct:     []string{"import { a } from 'm';", "const { a } = o;"},
}, func(c *rules.FileContext) {
	report := func(n tsparse.Node, kind, name string) {
		c.ReportRange(n.Span(), kind+" "+name+" unnecessarily renamed.")
	}
	keyName := func(k tsparse.Expr) (string, bool) {
		switch x := k.(type) {
		case *tsparse.Ident:
			return x.Name, true
		case *tsparse.StringLit:
			return x.Value, true
		}
		return "", false
	}
	targetName := func(v tsparse.Node) string {
		switch x := v.(type) {
		case *tsparse.Ident:
			return x.Name
		case *tsparse.AssignPattern:
			if id, ok := x.Left.(*tsparse.Ident); ok {
				return id.Name
			}
		case *tsparse.AssignExpr:
			if id, ok := unparen(x.Left).(*tsparse.Ident); ok {
				return id.Name
			}
		}
		return ""
	}
	var target func(e tsparse.Expr)
	target = func(e tsparse.Expr) { // object literals written as assignment targets
		switch x := unparenOrNil(e).(type) {
		case *tsparse.ObjectLit:
			for _, p := range x.Props {
				prop, ok := p.(*tsparse.Property)
				if !ok {
					continue
				}
				if prop.Kind == tsparse.PropInit {
					if k, ok := keyName(prop.Key); ok && k == targetName(unparen(prop.Value)) {
						report(prop, "Destructuring assignment", k)
					}
					target(prop.Value)
				}
			}
		case *tsparse.ArrayLit:
			for _, el := range x.Elems {
				target(el)
			}
		case *tsparse.AssignExpr:
			target(x.Left)
		}
	}
	tsparse.Each(c.File, func(x *tsparse.ObjectPattern) {
		for _, p := range x.Props {
			if p.Shorthand {
				continue
			}
			if k, ok := keyName(p.Key); ok && k == targetName(p.Value) {
				report(p, "Destructuring assignment", k)
			}
		}
	})
	tsparse.Each(c.File, func(x *tsparse.AssignExpr) {
		if x.Op == tsparse.TEq {
			target(x.Left)
		}
	})
	tsparse.Each(c.File, func(x *tsparse.ImportSpec) {
		if x.Imported != nil && x.Local != nil && x.Imported.Span() != x.Local.Range && moduleExportName(x.Imported) == x.Local.Name {
			report(x, "Import", moduleExportName(x.Imported))
		}
	})
	tsparse.Each(c.File, func(x *tsparse.ExportSpec) {
		if x.Local != nil && x.Exported != nil && x.Local.Span() != x.Exported.Span() && moduleExportName(x.Local) == moduleExportName(x.Exported) {
			report(x, "Export", moduleExportName(x.Local))
		}
	})
})

var noUselessComputedKey = styleRule("no-useless-computed-key", "Disallow computed keys that are plain literals", rules.Doc{
	Description: "`{ ['a']: 1 }` is `{ a: 1 }`. Class members are not checked (Airbnb keeps ESLint's default). " +
		"(ESLint can fix this; fsdlint reports only.)",
	Incorrect: []string{"const o = { ['a']: 1 };"},
	Correct:   []string{"const o = { a: 1, [k]: 2 };"},
}, func(c *rules.FileContext) {
	check := func(n tsparse.Node, key tsparse.Expr) {
		ck, ok := key.(*tsparse.ComputedKey)
		if !ok {
			return
		}
		switch lit := ck.Expr.(type) {
		case *tsparse.StringLit:
			if lit.Value == "__proto__" {
				return
			}
		case *tsparse.NumberLit:
		default:
			return
		}
		c.ReportRange(n.Span(), "Unnecessarily computed property ["+text(c.File, ck.Expr.Span())+"] found.")
	}
	tsparse.Each(c.File, func(x *tsparse.Property) { check(x, x.Key) })
	tsparse.Each(c.File, func(x *tsparse.PatternProp) { check(x, x.Key) })
})

func init() {
	noUselessRename.Options = airbnbOptionsOnly(`{"ignoreDestructuring": false, "ignoreImport": false, "ignoreExport": false}`)
}
