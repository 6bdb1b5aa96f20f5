package tsparse

// parseImport parses every import statement form (the current token is `import`).
func (p *parser) parseImport(start int32) Stmt {
	p.next()
	d := &ImportDecl{}
	if p.at(TString) {
		d.Source = p.stringLit()
		d.Attributes = p.parseImportAttributes()
		p.semicolon()
		d.Range = p.rangeFrom(start)
		return d
	}
	// import defer * as ns / import source x (ES import phases)
	if p.isCtx("defer") || p.isCtx("source") {
		t, v, _ := p.peekValue()
		if p.lx.value == "defer" && t == TStar || p.lx.value == "source" && t == TIdent && v != "from" {
			d.Phase = p.lx.value
			p.next()
		}
	}
	// import type …, but `import type from "x"` and `import type, {…}` import a default named type
	if p.ts && p.isCtx("type") {
		t, v, _ := p.peekValue()
		if t == TOpenBrace || t == TStar || (t == TIdent && v != "from") || (t == TIdent && v == "from" && p.typeFromIsTypeOnly()) {
			d.TypeOnly = true
			d.TypeRange = p.lx.rng()
			p.next()
		}
	}
	if p.at(TIdent) {
		id := p.ident()
		if p.at(TEq) && p.ts {
			return p.parseImportEquals(start, d.TypeOnly, id)
		}
		d.Default = id
		if !p.eat(TComma) {
			goto from
		}
	}
	switch {
	case p.at(TStar):
		p.next()
		if !p.isCtx("as") {
			p.failExpected("'as'")
		}
		p.next()
		d.Namespace = p.ident()
	case p.at(TOpenBrace):
		d.HasBraces = true
		d.Named = p.parseImportSpecs()
	case d.Default == nil:
		p.failExpected("import clause")
	}
from:
	if !p.isCtx("from") {
		p.failExpected("'from'")
	}
	p.next()
	d.Source = p.stringLit()
	d.Attributes = p.parseImportAttributes()
	p.semicolon()
	d.Range = p.rangeFrom(start)
	return d
}

// typeFromIsTypeOnly: `import type from "x"` (default import named type) vs
// `import type from from "x"` (type-only default import named from).
func (p *parser) typeFromIsTypeOnly() bool {
	st := p.lx.save()
	defer p.lx.restore(st)
	p.next() // from
	p.next()
	return p.isCtx("from") || p.at(TEq)
}

func (p *parser) parseImportEquals(start int32, typeOnly bool, name *Ident) Stmt {
	p.expect(TEq)
	d := &ImportEqualsDecl{TypeOnly: typeOnly, Name: name}
	if p.isCtx("require") {
		if t, _ := p.peek(); t == TOpenParen {
			p.next()
			p.next()
			d.Require = p.stringLit()
			p.expect(TCloseParen)
			p.semicolon()
			d.Range = p.rangeFrom(start)
			return d
		}
	}
	d.Entity = p.parseEntityName(false)
	p.semicolon()
	d.Range = p.rangeFrom(start)
	return d
}

// parseModuleExportName parses an identifier (keywords allowed) or a string.
func (p *parser) parseModuleExportName() Expr {
	if p.at(TString) {
		return p.stringLit()
	}
	return p.identName()
}

func (p *parser) parseImportSpecs() []*ImportSpec {
	p.expect(TOpenBrace)
	var specs []*ImportSpec
	for !p.at(TCloseBrace) {
		start := p.start()
		s := &ImportSpec{}
		if p.ts && p.isCtx("type") {
			// type X, type X as Y, type as as Y; but `type`, `type as Y` are plain names
			t, v, _ := p.peekValue()
			if (t == TIdent || t.IsKeyword() || t == TString) && !(v == "as" && t == TIdent && !p.typeAsIsTypeOnly()) {
				s.TypeOnly = true
				p.next()
			}
		}
		s.Imported = p.parseModuleExportName()
		if p.isCtx("as") {
			p.next()
			s.Local = p.identName()
		} else if id, ok := s.Imported.(*Ident); ok {
			s.Local = id
		} else {
			p.failExpected("'as'")
		}
		s.Range = p.rangeFrom(start)
		specs = append(specs, s)
		if !p.eat(TComma) {
			break
		}
	}
	p.expect(TCloseBrace)
	return specs
}

// typeAsIsTypeOnly: at `type` followed by `as`: `type as as X` / `type as,` /
// `type as }` are type-only imports of `as`; `type as X` imports `type` as X.
func (p *parser) typeAsIsTypeOnly() bool {
	st := p.lx.save()
	defer p.lx.restore(st)
	p.next() // as
	p.next()
	if p.isCtx("as") {
		return true
	}
	return p.at(TComma) || p.at(TCloseBrace)
}

// parseImportAttributes parses `with { type: "json" }` (or legacy `assert`).
func (p *parser) parseImportAttributes() []*ImportAttribute {
	if !(p.at(TWith) || p.isCtx("assert") && !p.lx.nl) {
		return nil
	}
	p.next()
	p.expect(TOpenBrace)
	list := []*ImportAttribute{}
	for !p.at(TCloseBrace) {
		start := p.start()
		a := &ImportAttribute{Key: p.parseModuleExportName()}
		p.expect(TColon)
		a.Value = p.stringLit()
		a.Range = p.rangeFrom(start)
		list = append(list, a)
		if !p.eat(TComma) {
			break
		}
	}
	p.expect(TCloseBrace)
	return list
}

// parseExport parses every export form (the current token is `export`).
func (p *parser) parseExport() Stmt {
	return p.parseExportAt(p.start())
}

// parseExportAt parses an export whose statement starts at start (earlier than
// the `export` keyword when decorators precede it).
func (p *parser) parseExportAt(start int32) Stmt {
	er := p.lx.rng()
	p.next()
	switch p.tok() {
	case TDefault:
		dr := p.lx.rng()
		p.next()
		d := &ExportDefaultDecl{ExportRange: er, DefaultRange: dr}
		ds := p.start()
		p.inExportDefault = true
		defer func() { p.inExportDefault = false }()
		switch {
		case p.at(TFunction) || p.isCtx("async") && p.asyncFunctionFollows():
			d.Decl = p.parseFunctionDecl(nil, ds)
		case p.at(TClass) || p.at(TAt):
			d.Decl = p.parseClassDecl(nil, ds)
		case p.isCtx("abstract") && p.peekIs(TClass):
			mods := Modifiers{{ModAbstract, p.lx.rng()}}
			p.next()
			d.Decl = p.parseClassDecl(mods, ds)
		case p.ts && p.isCtx("interface") && p.peekIs(TIdent):
			d.Decl = p.parseInterface(nil, ds)
		default:
			p.inExportDefault = false
			e := p.parseAssign()
			p.semicolon()
			d.Decl = &ExprStmt{Loc{p.rangeFrom(ds)}, e}
		}
		d.Range = p.rangeFrom(start)
		return d
	case TEq:
		if !p.ts {
			p.failAt(start, "'export =' is only allowed in TypeScript files")
		}
		p.next()
		e := p.parseExpression()
		p.semicolon()
		return &ExportAssign{Loc{p.rangeFrom(start)}, e}
	case TStar:
		return p.parseExportAll(start, false)
	case TOpenBrace:
		return p.parseExportNamed(start, false)
	case TImport:
		p.next()
		is := p.start()
		typeOnly := false
		if p.isCtx("type") {
			if t, _ := p.peek(); t == TIdent {
				typeOnly = true
				p.next()
			}
		}
		name := p.ident()
		d := p.parseImportEquals(is, typeOnly, name)
		return &ExportDecl{Loc{p.rangeFrom(start)}, er, d}
	case TIdent:
		if p.isCtx("as") && p.ts {
			// export as namespace X;
			p.next()
			if !p.isCtx("namespace") {
				p.failExpected("'namespace'")
			}
			p.next()
			name := p.ident()
			p.semicolon()
			return &NamespaceExportDecl{Loc{p.rangeFrom(start)}, name}
		}
		if p.isCtx("type") && p.ts {
			if t, _ := p.peek(); t == TOpenBrace {
				p.next()
				return p.parseExportNamed(start, true)
			} else if t == TStar {
				p.next()
				return p.parseExportAll(start, true)
			}
		}
	}
	ds := p.start()
	var decl Stmt
	switch p.tok() {
	case TVar, TConst, TFunction, TClass, TEnum, TAt:
		decl = p.parseStatement()
	case TIdent:
		switch p.lx.value {
		case "let", "using", "async":
			decl = p.parseStatement()
		case "await":
			decl = p.parseVarStatement(nil, ds)
		default:
			if p.ts {
				decl = p.tryParseTSDeclaration(nil, ds)
			}
		}
	}
	if decl == nil {
		p.failAt(ds, "Unexpected "+p.lx.describe()+" after 'export'")
	}
	if _, ok := decl.(*ExprStmt); ok {
		p.failAt(ds, "Expected a declaration after 'export'")
	}
	return &ExportDecl{Loc{p.rangeFrom(start)}, er, decl}
}

func (p *parser) peekIs(t Token) bool {
	tk, nl := p.peek()
	return tk == t && !nl
}

func (p *parser) asyncFunctionFollows() bool {
	t, nl := p.peek()
	return t == TFunction && !nl
}

func (p *parser) parseExportAll(start int32, typeOnly bool) Stmt {
	p.expect(TStar)
	d := &ExportAllDecl{TypeOnly: typeOnly}
	if p.isCtx("as") {
		p.next()
		d.Alias = p.parseModuleExportName()
	}
	if !p.isCtx("from") {
		p.failExpected("'from'")
	}
	p.next()
	d.Source = p.stringLit()
	d.Attributes = p.parseImportAttributes()
	p.semicolon()
	d.Range = p.rangeFrom(start)
	return d
}

func (p *parser) parseExportNamed(start int32, typeOnly bool) Stmt {
	p.expect(TOpenBrace)
	d := &ExportNamedDecl{TypeOnly: typeOnly, Specs: []*ExportSpec{}}
	for !p.at(TCloseBrace) {
		ss := p.start()
		s := &ExportSpec{}
		if p.ts && p.isCtx("type") {
			t, v, _ := p.peekValue()
			if (t == TIdent || t.IsKeyword() || t == TString) && !(v == "as" && t == TIdent && !p.typeAsIsTypeOnly()) {
				s.TypeOnly = true
				p.next()
			}
		}
		s.Local = p.parseModuleExportName()
		s.Exported = s.Local
		if p.isCtx("as") {
			p.next()
			s.Exported = p.parseModuleExportName()
		}
		s.Range = p.rangeFrom(ss)
		d.Specs = append(d.Specs, s)
		if !p.eat(TComma) {
			break
		}
	}
	p.expect(TCloseBrace)
	if p.isCtx("from") {
		p.next()
		d.Source = p.stringLit()
		d.Attributes = p.parseImportAttributes()
	}
	p.semicolon()
	d.Range = p.rangeFrom(start)
	return d
}
