package airbnb

import (
	"path"

	"github.com/fsdlint/fsdlint/rules"
	"github.com/fsdlint/fsdlint/tsparse"
)

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

// fileImports is what the import rules share about one file: its module
// sources, walked once, and specifiers resolved from its folder, each
// resolved once (the rules run one after another on the file's goroutine).
type fileImports struct {
	file    *tsparse.File
	path    string
	dir     string
	res     nodeResolver
	sources []moduleSource

	resolved map[string]string
}

// importsKey is the File.Memo key of a file's fileImports (per path: tests
// may lint one parsed file under several names).
type importsKey struct{ path string }

// importsOf returns c's file's fileImports, made on first use and dropped
// with the file.
func importsOf(c *rules.FileContext) *fileImports {
	return c.File.Memo(importsKey{c.Path}, func() any {
		return &fileImports{file: c.File, path: c.Path, dir: path.Dir(c.Path), res: resolverFor(c),
			sources: moduleSources(c.File), resolved: map[string]string{}}
	}).(*fileImports)
}

// resolve is the node resolver's answer for spec imported from the file.
func (fi *fileImports) resolve(spec string) string {
	if r, ok := fi.resolved[spec]; ok {
		return r
	}
	r := fi.res.resolve(fi.dir, spec)
	fi.resolved[spec] = r
	return r
}
