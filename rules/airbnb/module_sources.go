package airbnb

import "github.com/fsdlint/fsdlint/tsparse"

// moduleSources lists what eslint-module-utils' moduleVisitor visits with
// commonjs on: import/export-from declarations, import("x") and require("x").
func moduleSources(f *tsparse.File) []moduleSource {
	var out []moduleSource
	tsparse.InspectFile(f, func(n tsparse.Node) bool {
		switch x := n.(type) {
		case *tsparse.ImportDecl:
			if x.Source != nil {
				out = append(out, moduleSource{x.Source, x, x.TypeOnly})
			}
		case *tsparse.ExportNamedDecl:
			if x.Source != nil {
				out = append(out, moduleSource{x.Source, x, x.TypeOnly})
			}
		case *tsparse.ExportAllDecl:
			if x.Source != nil {
				out = append(out, moduleSource{x.Source, x, x.TypeOnly})
			}
		case *tsparse.ImportCall:
			if s, ok := unparen(x.Source).(*tsparse.StringLit); ok {
				out = append(out, moduleSource{s, x, false})
			}
		case *tsparse.CallExpr:
			if id, ok := x.Callee.(*tsparse.Ident); ok && id.Name == "require" && len(x.Args) == 1 {
				if s, ok := unparen(x.Args[0]).(*tsparse.StringLit); ok {
					out = append(out, moduleSource{s, x, false})
				}
			}
		}
		return true
	})
	return out
}
