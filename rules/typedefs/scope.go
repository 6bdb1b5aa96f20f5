package typedefs

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/fsdlint/fsdlint/tsparse"
)

// interfaceSite is one interface declaration with what decides whether a
// type alias can replace it.
type interfaceSite struct {
	decl          *tsparse.InterfaceDecl
	exportDefault *tsparse.ExportDefaultDecl // set for `export default interface`
	scope         string                     // merge scope (see scopeKey)
	augmentation  bool                       // inside `declare global` or `declare module "x"`
	global        bool                       // in the global scope of a script declaration file
}

// declarations counts, per merge scope and name, the declarations an
// interface can merge with.
type declarations struct {
	interfaces map[string]int
	others     map[string]bool // class, function, enum, namespace
}

func (d *declarations) merges(site interfaceSite) bool {
	key := site.scope + "\x00" + site.decl.Name.Name
	return d.interfaces[key] > 1 || d.others[key]
}

// collect walks the file once: every interface (with its context), every
// type alias, and the names that take part in declaration merging. Statements
// whose text lacks keyword ("interface" or "type") cannot hold what is looked
// for: only their own name is recorded, and the walk does not enter them.
func collect(f *tsparse.File, keyword string) (ifaces []interfaceSite, aliases []*tsparse.TypeAliasDecl, decls *declarations) {
	decls = &declarations{interfaces: map[string]int{}, others: map[string]bool{}}
	if !bytes.Contains(f.Src, []byte(keyword)) {
		return nil, nil, decls
	}
	// A .d.ts file without imports or exports is global whatever the
	// tsconfig's moduleDetection says ("force" only applies to other files).
	globalFile := isDeclarationFile(f.Path) && isScript(f)
	tsparse.WalkFile(f, func(n tsparse.Node, parents []tsparse.Node) bool {
		descend := true
		switch n.(type) {
		case *tsparse.ExportDecl, *tsparse.ExportDefaultDecl:
			// wrappers: the declaration inside records its name
		case tsparse.Stmt:
			r := n.Span()
			descend = bytes.Contains(f.Src[r.Start:r.End], []byte(keyword))
		}
		switch n := n.(type) {
		case *tsparse.InterfaceDecl:
			site := interfaceSite{decl: n, scope: scopeKey(parents)}
			if len(parents) > 0 {
				site.exportDefault, _ = parents[len(parents)-1].(*tsparse.ExportDefaultDecl)
			}
			site.augmentation = inAugmentation(parents)
			site.global = globalFile && inGlobalScope(parents)
			ifaces = append(ifaces, site)
			decls.interfaces[site.scope+"\x00"+n.Name.Name]++
			return false // no declarations inside
		case *tsparse.TypeAliasDecl:
			if descend {
				aliases = append(aliases, n)
			}
			return false
		case tsparse.TypeNode, tsparse.TypeMember:
			return false // types hold no statements: skip most of a .d.ts
		case *tsparse.ClassDecl:
			if n.Class != nil && n.Class.Name != nil {
				decls.others[scopeKey(parents)+"\x00"+n.Class.Name.Name] = true
			}
		case *tsparse.FuncDecl:
			if n.Func != nil && n.Func.Name != nil {
				decls.others[scopeKey(parents)+"\x00"+n.Func.Name.Name] = true
			}
		case *tsparse.EnumDecl:
			if n.Name != nil {
				decls.others[scopeKey(parents)+"\x00"+n.Name.Name] = true
			}
		case *tsparse.ModuleDecl:
			if name := leftmostName(n.Name); name != "" {
				decls.others[scopeKey(parents)+"\x00"+name] = true
			}
		}
		return descend
	})
	return ifaces, aliases, decls
}

// scopeKey names the declaration space a declaration with these ancestors
// lives in. Namespace bodies are keyed by their qualified name, so that two
// `namespace N { … }` blocks of one scope share a key, as their members merge;
// any other block is keyed by its position.
func scopeKey(parents []tsparse.Node) string {
	var b strings.Builder
	for i, p := range parents {
		switch n := p.(type) {
		case *tsparse.ModuleDecl:
			b.WriteByte('/')
			b.WriteString(moduleName(n))
		case *tsparse.BlockStmt:
			if i > 0 {
				if m, ok := parents[i-1].(*tsparse.ModuleDecl); ok && m.Body == n {
					continue
				}
			}
			b.WriteString("/#")
			b.WriteString(strconv.Itoa(int(n.Range.Start)))
		case *tsparse.SwitchCase, *tsparse.StaticBlock:
			b.WriteString("/#")
			b.WriteString(strconv.Itoa(int(n.Span().Start)))
		}
	}
	return b.String()
}

func moduleName(m *tsparse.ModuleDecl) string {
	if m.Kind == tsparse.ModuleGlobal {
		return "global"
	}
	switch n := m.Name.(type) {
	case *tsparse.StringLit:
		return strconv.Quote(n.Value)
	case nil:
		return ""
	}
	return qualifiedName(m.Name)
}

func qualifiedName(n tsparse.Node) string {
	switch n := n.(type) {
	case *tsparse.Ident:
		return n.Name
	case *tsparse.QualifiedName:
		return qualifiedName(n.Left) + "." + n.Right.Name
	}
	return ""
}

// leftmostName is the name a namespace declaration binds in its scope
// (`A` for `namespace A.B`); "" for `declare module "x"` and `global`.
func leftmostName(n tsparse.Node) string {
	switch n := n.(type) {
	case *tsparse.Ident:
		return n.Name
	case *tsparse.QualifiedName:
		return leftmostName(n.Left)
	}
	return ""
}

// inAugmentation: inside `declare global { … }` or `declare module "x" { … }`,
// where interfaces add members to existing declarations.
func inAugmentation(parents []tsparse.Node) bool {
	for _, p := range parents {
		if m, ok := p.(*tsparse.ModuleDecl); ok {
			if _, str := m.Name.(*tsparse.StringLit); str || m.Kind == tsparse.ModuleGlobal {
				return true
			}
		}
	}
	return false
}

// inGlobalScope: only namespaces (and exports inside them) enclose the
// declaration, so in a script file it is global and merges across files.
func inGlobalScope(parents []tsparse.Node) bool {
	for i, p := range parents {
		switch n := p.(type) {
		case *tsparse.ModuleDecl, *tsparse.ExportDecl:
		case *tsparse.BlockStmt:
			if i == 0 {
				return false
			}
			if m, ok := parents[i-1].(*tsparse.ModuleDecl); !ok || m.Body != n {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// isScript reports whether the file is a script, not a module: no top-level
// import or export (TypeScript's moduleDetection "auto" for .ts/.d.ts files).
func isScript(f *tsparse.File) bool {
	for _, ext := range []string{".mts", ".cts", ".mjs", ".cjs"} {
		if strings.HasSuffix(f.Path, ext) {
			return false
		}
	}
	for _, s := range f.Body {
		switch n := s.(type) {
		case *tsparse.ImportDecl, *tsparse.ExportDecl, *tsparse.ExportDefaultDecl, *tsparse.ExportNamedDecl,
			*tsparse.ExportAllDecl, *tsparse.ExportAssign, *tsparse.NamespaceExportDecl:
			return false
		case *tsparse.ImportEqualsDecl:
			if n.Require != nil {
				return false
			}
		}
	}
	return true
}
