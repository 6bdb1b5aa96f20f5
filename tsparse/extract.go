package tsparse

// ExtractFacts collects what the project-wide pass needs from a parsed file:
// every module reference (static, re-export, import-equals, dynamic import,
// require), the names the module exports, and every interface / type alias.
func ExtractFacts(f *File) *Facts {
	x := &extractor{facts: &Facts{}}
	for _, s := range f.Body {
		x.topLevelExports(s)
	}
	if f.flatTree != nil { // the rules flattened the tree already: iterate it
		InspectFile(f, x.visit)
	} else {
		for _, s := range f.Body {
			Inspect(s, x.visit)
		}
	}
	return x.facts
}

type extractor struct {
	facts *Facts
}

// moduleName is the text of an *Ident or *StringLit used as a module export name.
func moduleName(e Expr) (string, Range) {
	switch e := e.(type) {
	case *Ident:
		return e.Name, e.Range
	case *StringLit:
		return e.Value, e.Range
	}
	return "", Range{}
}

// visit handles nodes that can appear anywhere in the file.
func (x *extractor) visit(n Node) bool {
	switch n := n.(type) {
	case *ImportDecl:
		x.importDecl(n)
		return false
	case *ExportNamedDecl:
		if n.Source != nil {
			x.reexport(n)
		}
		return false
	case *ExportAllDecl:
		names := []ImportName{{Imported: "*", Range: n.Range}}
		if n.Alias != nil {
			names[0].Local, names[0].Range = moduleName(n.Alias)
		}
		names[0].TypeOnly = n.TypeOnly
		x.add(Import{Specifier: n.Source.Value, Kind: ImportExport, TypeOnly: n.TypeOnly,
			SpecifierRange: n.Source.Range, StatementRange: n.Range, Names: names})
	case *ImportEqualsDecl:
		if n.Require != nil {
			x.add(Import{Specifier: n.Require.Value, Kind: ImportEquals, TypeOnly: n.TypeOnly,
				SpecifierRange: n.Require.Range, StatementRange: n.Range,
				Names: []ImportName{{Imported: "*", Local: n.Name.Name, TypeOnly: n.TypeOnly, Range: n.Name.Range}}})
		}
	case *ImportCall:
		if s, r, ok := literalSpecifier(n.Source); ok {
			x.add(Import{Specifier: s, Kind: ImportDynamic, SpecifierRange: r, StatementRange: n.Range})
		}
	case *CallExpr:
		if id, ok := n.Callee.(*Ident); ok && id.Name == "require" && len(n.Args) == 1 && n.TypeArgs == nil && !n.Optional {
			if s, r, ok := literalSpecifier(n.Args[0]); ok {
				x.add(Import{Specifier: s, Kind: ImportRequire, SpecifierRange: r, StatementRange: n.Range})
			}
		}
	case *InterfaceDecl:
		x.facts.Declarations = append(x.facts.Declarations, Declaration{Kind: DeclInterface, Name: n.Name.Name, NameRange: n.Name.Range})
	case *TypeAliasDecl:
		x.facts.Declarations = append(x.facts.Declarations, Declaration{Kind: DeclType, Name: n.Name.Name, NameRange: n.Name.Range})
	}
	return true
}

// literalSpecifier accepts a string literal or a template without substitutions.
func literalSpecifier(e Expr) (string, Range, bool) {
	switch e := e.(type) {
	case *StringLit:
		return e.Value, e.Range, true
	case *TemplateLit:
		if len(e.Exprs) == 0 {
			return templateCooked(e.Quasis[0].Raw), e.Range, true
		}
	}
	return "", Range{}, false
}

// templateCooked decodes the escapes of a template's raw text (rare in specifiers).
func templateCooked(raw string) string {
	for i := 0; i < len(raw); i++ {
		if raw[i] == '\\' || raw[i] == '\r' {
			l := lexer{src: []byte(raw), str: raw}
			return l.decodeEscapes(0, int32(len(raw)), true)
		}
	}
	return raw
}

func (x *extractor) add(imp Import) { x.facts.Imports = append(x.facts.Imports, imp) }

func (x *extractor) importDecl(d *ImportDecl) {
	imp := Import{Specifier: d.Source.Value, Kind: ImportStatic, TypeOnly: d.TypeOnly,
		SpecifierRange: d.Source.Range, StatementRange: d.Range}
	if d.Default != nil {
		imp.Names = append(imp.Names, ImportName{Imported: "default", Local: d.Default.Name, TypeOnly: d.TypeOnly, Range: d.Default.Range})
	}
	if d.Namespace != nil {
		imp.Names = append(imp.Names, ImportName{Imported: "*", Local: d.Namespace.Name, TypeOnly: d.TypeOnly, Range: d.Namespace.Range})
	}
	allTyped := len(d.Named) > 0
	for _, s := range d.Named {
		name, _ := moduleName(s.Imported)
		imp.Names = append(imp.Names, ImportName{Imported: name, Local: s.Local.Name, TypeOnly: d.TypeOnly || s.TypeOnly, Range: s.Range})
		allTyped = allTyped && s.TypeOnly
	}
	if allTyped && d.Default == nil && d.Namespace == nil {
		imp.TypeOnly = true
	}
	x.add(imp)
}

func (x *extractor) reexport(d *ExportNamedDecl) {
	imp := Import{Specifier: d.Source.Value, Kind: ImportExport, TypeOnly: d.TypeOnly,
		SpecifierRange: d.Source.Range, StatementRange: d.Range}
	allTyped := len(d.Specs) > 0
	for _, s := range d.Specs {
		local, _ := moduleName(s.Local)
		exported, _ := moduleName(s.Exported)
		imp.Names = append(imp.Names, ImportName{Imported: local, Local: exported, TypeOnly: d.TypeOnly || s.TypeOnly, Range: s.Range})
		allTyped = allTyped && s.TypeOnly
	}
	if allTyped {
		imp.TypeOnly = true
	}
	x.add(imp)
}

// topLevelExports records the names a module exports.
func (x *extractor) topLevelExports(s Stmt) {
	exp := func(name string, typeOnly bool, r Range) {
		x.facts.Exports = append(x.facts.Exports, Export{Name: name, TypeOnly: typeOnly, Range: r})
	}
	switch s := s.(type) {
	case *ExportDecl:
		switch d := s.Decl.(type) {
		case *VarDecl:
			for _, decl := range d.Decls {
				forEachBoundName(decl.Name, func(id *Ident) { exp(id.Name, false, id.Range) })
			}
		case *FuncDecl:
			if d.Func.Name != nil && !x.seenExport(d.Func.Name.Name) { // overloads export once
				exp(d.Func.Name.Name, false, d.Func.Name.Range)
			}
		case *ClassDecl:
			if d.Class.Name != nil {
				exp(d.Class.Name.Name, false, d.Class.Name.Range)
			}
		case *InterfaceDecl:
			exp(d.Name.Name, true, d.Name.Range)
		case *TypeAliasDecl:
			exp(d.Name.Name, true, d.Name.Range)
		case *EnumDecl:
			exp(d.Name.Name, false, d.Name.Range)
		case *ModuleDecl:
			if id, ok := d.Name.(*Ident); ok {
				exp(id.Name, false, id.Range)
			} else if q, ok := d.Name.(*QualifiedName); ok {
				for {
					if l, ok := q.Left.(*QualifiedName); ok {
						q = l
						continue
					}
					if id, ok := q.Left.(*Ident); ok {
						exp(id.Name, false, id.Range)
					}
					break
				}
			}
		case *ImportEqualsDecl:
			exp(d.Name.Name, d.TypeOnly, d.Name.Range)
		}
	case *ExportDefaultDecl:
		_, isInterface := s.Decl.(*InterfaceDecl)
		exp("default", isInterface, s.DefaultRange)
	case *ExportNamedDecl:
		for _, spec := range s.Specs {
			name, r := moduleName(spec.Exported)
			exp(name, s.TypeOnly || spec.TypeOnly, r)
		}
	case *ExportAllDecl:
		if s.Alias != nil {
			name, r := moduleName(s.Alias)
			exp(name, s.TypeOnly, r)
		} else {
			x.facts.ExportsAll = append(x.facts.ExportsAll, s.Source.Value)
		}
	}
}

func (x *extractor) seenExport(name string) bool {
	// overloads are adjacent, so the last export is enough to look at
	n := len(x.facts.Exports)
	return n > 0 && x.facts.Exports[n-1].Name == name
}

// forEachBoundName calls f for every identifier a binding pattern declares.
func forEachBoundName(p Pattern, f func(*Ident)) {
	switch p := p.(type) {
	case *Ident:
		f(p)
	case *ObjectPattern:
		for _, prop := range p.Props {
			forEachBoundName(prop.Value, f)
		}
		if p.Rest != nil {
			forEachBoundName(p.Rest.Arg, f)
		}
	case *ArrayPattern:
		for _, e := range p.Elems {
			if e != nil {
				forEachBoundName(e, f)
			}
		}
	case *AssignPattern:
		forEachBoundName(p.Left, f)
	case *RestPattern:
		forEachBoundName(p.Arg, f)
	}
}
