package tsparse

func (p *parser) parseClassDecl(mods Modifiers, start int32) Stmt {
	allowAnon := p.inExportDefault
	p.inExportDefault = false
	c := p.parseClass(mods, start, true)
	if c.Name == nil && !allowAnon {
		p.failAt(c.ClassRange.End, "A class declaration needs a name")
	}
	return &ClassDecl{Loc{c.Range}, c}
}

// parseDecorators parses @expr… before classes, members and parameters.
func (p *parser) parseDecorators() []*Decorator {
	var list []*Decorator
	for p.at(TAt) {
		start := p.start()
		p.next()
		es := p.start()
		var e Expr
		if p.at(TOpenParen) {
			p.next()
			inner := p.parseExpressionAllowIn()
			p.expect(TCloseParen)
			e = &ParenExpr{Loc{p.rangeFrom(es)}, inner}
		} else {
			e = p.identName()
		}
		e = p.parseDecoratorTail(e, es)
		list = append(list, &Decorator{Loc{p.rangeFrom(start)}, e})
	}
	return list
}

// parseDecoratorTail parses .x, <T> and (args) after a decorator name.
func (p *parser) parseDecoratorTail(e Expr, start int32) Expr {
	for {
		switch p.tok() {
		case TDot:
			p.next()
			var prop Expr
			if p.at(TPrivateName) {
				prop = &PrivateName{Loc{p.lx.rng()}, p.lx.value}
				p.next()
			} else {
				prop = p.identName()
			}
			e = p.newMember(p.rangeFrom(start), e, false, prop)
		case TOpenParen:
			as := p.start()
			args := p.parseArgs()
			e = p.newCall(p.rangeFrom(start), e, false, nil, args, p.rangeFrom(as))
		case TBang:
			if !p.ts || p.lx.nl {
				return e
			}
			p.next()
			e = &NonNullExpr{Loc{p.rangeFrom(start)}, e}
		case TLess:
			if !p.ts {
				return e
			}
			ta := p.parseTypeArgs()
			as := p.start()
			args := p.parseArgs()
			e = p.newCall(p.rangeFrom(start), e, false, ta, args, p.rangeFrom(as))
		default:
			return e
		}
	}
}

// parseClass parses [@decorators] [abstract] class [Name] <T> extends X<T> implements Y { … }.
func (p *parser) parseClass(mods Modifiers, start int32, isDecl bool) *Class {
	c := &Class{Modifiers: mods, Decorators: p.pendingDecorators}
	p.pendingDecorators = nil
	if len(c.Decorators) > 0 && c.Decorators[0].Range.Start < start {
		start = c.Decorators[0].Range.Start // @dec export class: the class starts at its decorators
	}
	if p.at(TAt) {
		c.Decorators = append(c.Decorators, p.parseDecorators()...)
		if p.at(TExport) { // @dec export class: TypeScript allows decorators before export
			p.pendingDecorators = c.Decorators
			p.failAt(p.start(), "Unexpected 'export' after decorators")
		}
		if p.isCtx("abstract") {
			c.Modifiers = append(c.Modifiers, Modifier{ModAbstract, p.lx.rng()})
			p.next()
		}
	}
	c.ClassRange = p.expect(TClass)
	if p.at(TIdent) && !(p.isCtx("implements") && !isDecl) {
		c.Name = p.ident()
	}
	if p.ts && p.at(TLess) {
		c.TypeParams = p.parseTypeParams()
	}
	if p.at(TExtends) {
		es := p.start()
		p.next()
		ss := p.start()
		var sup Expr
		if p.at(TNew) {
			sup = p.parseNew()
		} else {
			sup = p.parsePrimary()
		}
		sup = p.parseCallTail(sup, ss, true)
		if inst, ok := sup.(*InstantiationExpr); ok {
			c.SuperTypeArgs = inst.TypeArgs
			sup = inst.Expr
		} else if p.ts && p.at(TLess) {
			c.SuperTypeArgs = p.parseTypeArgs()
		}
		c.SuperClass = sup
		c.ExtendsRange = p.rangeFrom(es)
	}
	if p.isCtx("implements") {
		is := p.start()
		p.next()
		c.Implements = p.parseHeritageList()
		c.ImplementsRange = p.rangeFrom(is)
	}
	bs := p.start()
	p.expect(TOpenBrace)
	for !p.at(TCloseBrace) {
		if p.at(TEOF) {
			p.failExpected("'}'")
		}
		if p.eat(TSemicolon) {
			continue
		}
		c.Members = append(c.Members, p.parseClassMember())
	}
	p.next()
	c.BodyRange = p.rangeFrom(bs)
	c.Range = p.rangeFrom(start)
	return c
}

// parseHeritageList parses A.B<T>, C for implements / interface extends.
func (p *parser) parseHeritageList() []*HeritageType {
	var list []*HeritageType
	for {
		start := p.start()
		var e Expr = p.ident()
		for p.at(TDot) {
			p.next()
			prop := p.identName()
			e = p.newMember(p.rangeFrom(start), e, false, prop)
		}
		h := &HeritageType{Expr: e}
		if p.at(TLess) {
			h.TypeArgs = p.parseTypeArgs()
		}
		h.Range = p.rangeFrom(start)
		list = append(list, h)
		if !p.eat(TComma) {
			return list
		}
	}
}

var classModifiers = [...]struct {
	name string
	kind ModifierKind
}{
	{"static", ModStatic}, {"public", ModPublic}, {"private", ModPrivate}, {"protected", ModProtected},
	{"readonly", ModReadonly}, {"abstract", ModAbstract}, {"override", ModOverride},
	{"declare", ModDeclare}, {"accessor", ModAccessor}, {"async", ModAsync},
}

// modifierFollows: after a modifier keyword, does a member name (not `(`, `=`, …) follow?
func (p *parser) modifierFollows() bool {
	t, nl := p.peek()
	switch t {
	case TOpenParen, TEq, TSemicolon, TColon, TQuestion, TBang, TCloseBrace, TLess, TEOF, TComma:
		return false
	}
	if nl && (p.lx.value == "async" || p.lx.value == "accessor" || p.lx.value == "declare" || p.lx.value == "abstract" || p.lx.value == "readonly" || p.lx.value == "override") {
		// these must be on the same line as what they modify
		return false
	}
	return true
}

func (p *parser) parseClassMember() ClassMember {
	p.enter()
	defer p.leave()
	start := p.start()
	var decorators []*Decorator
	if p.at(TAt) {
		decorators = p.parseDecorators()
	}
	var mods Modifiers
	for p.at(TIdent) && !p.lx.escaped {
		var kind ModifierKind
		for _, m := range classModifiers {
			if p.lx.value == m.name {
				kind = m.kind
				break
			}
		}
		if kind == 0 || !p.ts && kind != ModStatic && kind != ModAsync && kind != ModAccessor {
			break
		}
		if kind == ModStatic {
			if t, _ := p.peek(); t == TOpenBrace {
				p.next()
				saved := p.ctx
				p.ctx = parseCtx{inFunction: true}
				b := p.parseBlock()
				p.ctx = saved
				return &StaticBlock{Loc{p.rangeFrom(start)}, b.Body}
			}
		}
		if !p.modifierFollows() {
			break
		}
		mods = append(mods, Modifier{kind, p.lx.rng()})
		p.next()
	}
	if p.at(TOpenBracket) && p.ts && p.isIndexSignature() {
		is := p.parseIndexSignature(mods, start)
		p.semicolon()
		return is
	}
	kind := MethodNormal
	if (p.isCtx("get") || p.isCtx("set")) && p.modifierFollows() {
		if p.lx.value == "get" {
			kind = MethodGet
		} else {
			kind = MethodSet
		}
		p.next()
	}
	generator := p.eat(TStar)
	key := p.parsePropertyKey()
	if id, ok := key.(*Ident); ok && id.Name == "constructor" && kind == MethodNormal {
		kind = MethodConstructor
	}
	if s, ok := key.(*StringLit); ok && s.Value == "constructor" && kind == MethodNormal {
		kind = MethodConstructor
	}
	opt := false
	if p.ts && p.at(TQuestion) {
		p.next()
		opt = true
	}
	if p.at(TOpenParen) || p.at(TLess) || generator || kind == MethodGet || kind == MethodSet {
		async := mods.Has(ModAsync)
		fn := &Function{Async: async, Generator: generator}
		saved := p.ctx
		p.ctx.inAsync, p.ctx.inGenerator = async, generator
		fnStart := p.start() // like ESTree, a method's function starts at its parameters
		p.parseSignature(fn)
		p.ctx = saved
		switch {
		case p.at(TOpenBrace):
			fn.Body = p.parseFunctionBody(async, generator)
		case p.ts:
			p.semicolon()
		default:
			p.failExpected("'{'")
		}
		fn.Range = p.rangeFrom(fnStart)
		return &MethodDef{Loc{p.rangeFrom(start)}, decorators, mods, kind, key, opt, fn}
	}
	pd := &PropertyDef{Decorators: decorators, Modifiers: mods, Key: key, Optional: opt}
	if p.ts && p.at(TBang) {
		p.next()
		pd.Definite = true
	}
	if p.ts && p.eat(TColon) {
		pd.Type = p.parseType()
	}
	if p.eat(TEq) {
		saved := p.ctx
		p.ctx = parseCtx{inFunction: true}
		pd.Value = p.parseAssign()
		p.ctx = saved
	}
	p.semicolon()
	pd.Range = p.rangeFrom(start)
	return pd
}

// --- TypeScript declarations ---------------------------------------------------

func (p *parser) parseInterface(mods Modifiers, start int32) Stmt {
	d := &InterfaceDecl{Modifiers: mods}
	d.InterfaceRange = p.lx.rng()
	p.next()
	d.Name = p.ident()
	if p.at(TLess) {
		d.TypeParams = p.parseTypeParams()
	}
	if p.at(TExtends) {
		es := p.start()
		p.next()
		d.Extends = p.parseHeritageList()
		d.ExtendsRange = p.rangeFrom(es)
	}
	bs := p.start()
	d.Members = p.parseTypeMembers()
	d.BodyRange = p.rangeFrom(bs)
	d.Range = p.rangeFrom(start)
	return d
}

func (p *parser) parseTypeAlias(mods Modifiers, start int32) Stmt {
	d := &TypeAliasDecl{Modifiers: mods}
	d.TypeRange = p.lx.rng()
	p.next()
	d.Name = p.ident()
	if p.at(TLess) {
		d.TypeParams = p.parseTypeParams()
	}
	p.expect(TEq)
	if p.isCtx("intrinsic") {
		if t, _ := p.peek(); t == TSemicolon || t == TEOF || t == TCloseBrace {
			d.Type = &KeywordType{Loc{p.lx.rng()}, "intrinsic"}
			p.next()
		}
	}
	if d.Type == nil {
		d.Type = p.parseType()
	}
	p.semicolon()
	d.Range = p.rangeFrom(start)
	return d
}

func (p *parser) parseEnum(mods Modifiers, start int32) Stmt {
	d := &EnumDecl{Modifiers: mods}
	p.expect(TEnum)
	d.Name = p.ident()
	bs := p.start()
	p.expect(TOpenBrace)
	for !p.at(TCloseBrace) {
		ms := p.start()
		m := &EnumMember{}
		switch {
		case p.at(TString):
			m.Name = p.stringLit()
		case p.at(TOpenBracket):
			m.Name = p.parsePropertyKey()
		default:
			m.Name = p.identName()
		}
		if p.eat(TEq) {
			m.Init = p.parseAssign()
		}
		m.Range = p.rangeFrom(ms)
		d.Members = append(d.Members, m)
		if !p.eat(TComma) {
			break
		}
	}
	p.expect(TCloseBrace)
	d.BodyRange = p.rangeFrom(bs)
	d.Range = p.rangeFrom(start)
	return d
}

// parseModule parses namespace A.B { }, module "x" { }, module "x";, global { }.
func (p *parser) parseModule(mods Modifiers, start int32) Stmt {
	d := &ModuleDecl{Modifiers: mods}
	d.KeywordRange = p.lx.rng()
	switch p.lx.value {
	case "namespace":
		d.Kind = ModuleNamespace
	case "module":
		d.Kind = ModuleModule
	default:
		d.Kind = ModuleGlobal
	}
	if d.Kind == ModuleGlobal {
		d.Name = &Ident{Loc{p.lx.rng()}, "global"}
		p.next()
	} else {
		p.next()
		if p.at(TString) {
			d.Name = p.stringLit()
		} else {
			d.Name = p.parseEntityName(false)
		}
	}
	if p.at(TOpenBrace) {
		saved := p.ctx
		p.ctx = parseCtx{}
		d.Body = p.parseBlock()
		p.ctx = saved
	} else {
		p.semicolon()
	}
	d.Range = p.rangeFrom(start)
	return d
}
