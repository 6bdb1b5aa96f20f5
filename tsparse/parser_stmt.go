package tsparse

// parseStatement parses one statement or declaration.
func (p *parser) parseStatement() Stmt {
	p.enter()
	defer p.leave()
	start := p.start()
	switch p.tok() {
	case TOpenBrace:
		return p.parseBlock()
	case TSemicolon:
		p.next()
		return &EmptyStmt{Loc{p.rangeFrom(start)}}
	case TVar:
		return p.parseVarStatement(nil, start)
	case TConst:
		if t, v, _ := p.peekValue(); p.ts && t == TEnum {
			_ = v
			r := p.lx.rng()
			p.next()
			return p.parseEnum(Modifiers{{ModConst, r}}, start)
		}
		return p.parseVarStatement(nil, start)
	case TFunction:
		return p.parseFunctionDecl(nil, start)
	case TClass:
		return p.parseClassDecl(nil, start)
	case TAt:
		decs := p.parseDecorators()
		p.pendingDecorators = decs
		if p.at(TExport) {
			return p.parseExportAt(start)
		}
		if p.isCtx("abstract") && p.peekIs(TClass) {
			mods := Modifiers{{ModAbstract, p.lx.rng()}}
			p.next()
			return p.parseClassDecl(mods, start)
		}
		return p.parseClassDecl(nil, start)
	case TEnum:
		if !p.ts {
			p.failAt(start, "'enum' declarations are only allowed in TypeScript files")
		}
		return p.parseEnum(nil, start)
	case TIf:
		return p.parseIf()
	case TFor:
		return p.parseFor()
	case TWhile:
		p.next()
		p.expect(TOpenParen)
		test := p.parseExpression()
		p.expect(TCloseParen)
		body := p.parseStatement()
		return &WhileStmt{Loc{p.rangeFrom(start)}, test, body}
	case TDo:
		p.next()
		body := p.parseStatement()
		if !p.at(TWhile) {
			p.failExpected("'while'")
		}
		p.next()
		p.expect(TOpenParen)
		test := p.parseExpression()
		p.expect(TCloseParen)
		p.eat(TSemicolon) // ASI always applies after do-while
		return &DoWhileStmt{Loc{p.rangeFrom(start)}, body, test}
	case TReturn:
		p.next()
		var arg Expr
		if !p.canInsertSemicolon() {
			arg = p.parseExpression()
		}
		p.semicolon()
		return &ReturnStmt{Loc{p.rangeFrom(start)}, arg}
	case TThrow:
		p.next()
		if p.lx.nl {
			p.failAt(p.start(), "Unexpected newline after 'throw'")
		}
		arg := p.parseExpression()
		p.semicolon()
		return &ThrowStmt{Loc{p.rangeFrom(start)}, arg}
	case TBreak, TContinue:
		isBreak := p.at(TBreak)
		p.next()
		var label *Ident
		if p.at(TIdent) && !p.lx.nl {
			label = p.ident()
		}
		p.semicolon()
		if isBreak {
			return &BreakStmt{Loc{p.rangeFrom(start)}, label}
		}
		return &ContinueStmt{Loc{p.rangeFrom(start)}, label}
	case TSwitch:
		return p.parseSwitch()
	case TTry:
		return p.parseTry()
	case TDebugger:
		p.next()
		p.semicolon()
		return &DebuggerStmt{Loc{p.rangeFrom(start)}}
	case TWith:
		p.next()
		p.expect(TOpenParen)
		obj := p.parseExpression()
		p.expect(TCloseParen)
		body := p.parseStatement()
		return &WithStmt{Loc{p.rangeFrom(start)}, obj, body}
	case TImport:
		if t, _ := p.peek(); t != TOpenParen && t != TDot {
			return p.parseImport(start)
		}
	case TExport:
		return p.parseExport()
	case TIdent:
		if s := p.parseIdentStatement(start); s != nil {
			return s
		}
	}
	return p.parseExpressionStatement(start)
}

// parseIdentStatement handles statements that start with a contextual keyword
// (let, using, async, type, interface, declare, …) and labels; nil means "an
// expression statement".
func (p *parser) parseIdentStatement(start int32) Stmt {
	if p.lx.escaped {
		return p.maybeLabel(start)
	}
	switch p.lx.value {
	case "let":
		t, _ := p.peek()
		if t == TIdent || t == TOpenBracket || t == TOpenBrace || (t.IsKeyword() && t != TIn && t != TInstanceof) {
			return p.parseVarStatement(nil, start)
		}
	case "using":
		if t, nl := p.peek(); t == TIdent && !nl {
			return p.parseVarStatement(nil, start)
		}
	case "await":
		if t, v, nl := p.peekValue(); t == TIdent && v == "using" && !nl {
			st := p.lx.save()
			p.next()
			t2, nl2 := p.peek()
			p.lx.restore(st)
			if t2 == TIdent && !nl2 {
				return p.parseVarStatement(nil, start)
			}
		}
	case "async":
		if t, nl := p.peek(); t == TFunction && !nl {
			return p.parseFunctionDecl(nil, start)
		}
	}
	if p.ts {
		if d := p.tryParseTSDeclaration(nil, start); d != nil {
			return d
		}
	} else if p.lx.value == "interface" || p.lx.value == "type" || p.lx.value == "declare" || p.lx.value == "namespace" || p.lx.value == "abstract" {
		if t, nl := p.peek(); !nl && (t == TIdent || t == TClass && p.lx.value == "abstract") {
			p.failAt(start, "'"+p.lx.value+"' declarations are only allowed in TypeScript files")
		}
	}
	return p.maybeLabel(start)
}

// maybeLabel returns nil: labels are recognised after parsing the expression
// (a bare identifier followed by `:`), which saves a look-ahead per statement.
func (p *parser) maybeLabel(start int32) Stmt { return nil }

// tryParseTSDeclaration parses interface/type/namespace/module/declare/
// abstract/global declarations when the current contextual keyword really
// introduces one; it returns nil otherwise, consuming nothing.
func (p *parser) tryParseTSDeclaration(mods Modifiers, start int32) Stmt {
	if p.lx.tok != TIdent || p.lx.escaped {
		return nil
	}
	switch p.lx.value {
	case "interface", "type", "namespace", "module", "global", "abstract", "declare":
	default:
		return nil // the common case: no look-ahead needed
	}
	t, nl := p.peek()
	switch p.lx.value {
	case "interface":
		if t == TIdent && !nl {
			return p.parseInterface(mods, start)
		}
	case "type":
		if t == TIdent && !nl {
			return p.parseTypeAlias(mods, start)
		}
	case "namespace":
		if t == TIdent && !nl {
			return p.parseModule(mods, start)
		}
	case "module":
		if (t == TIdent || t == TString) && !nl {
			return p.parseModule(mods, start)
		}
	case "global":
		if t == TOpenBrace && !nl {
			return p.parseModule(mods, start)
		}
	case "abstract":
		if t == TClass && !nl {
			mods = append(mods, Modifier{ModAbstract, p.lx.rng()})
			p.next()
			return p.parseClassDecl(mods, start)
		}
	case "declare":
		if nl || !(t == TIdent || t == TVar || t == TConst || t == TFunction || t == TClass || t == TEnum) {
			return nil
		}
		st := p.lx.save()
		mods = append(mods, Modifier{ModDeclare, p.lx.rng()})
		p.next()
		if d := p.parseDeclarationAfterModifiers(mods, start); d != nil {
			return d
		}
		p.lx.restore(st)
	}
	return nil
}

// parseDeclarationAfterModifiers parses a declaration after `declare` (or
// returns nil when what follows is not one).
func (p *parser) parseDeclarationAfterModifiers(mods Modifiers, start int32) Stmt {
	switch p.tok() {
	case TVar:
		return p.parseVarStatement(mods, start)
	case TConst:
		if t, _ := p.peek(); t == TEnum {
			mods = append(mods, Modifier{ModConst, p.lx.rng()})
			p.next()
			return p.parseEnum(mods, start)
		}
		return p.parseVarStatement(mods, start)
	case TFunction:
		return p.parseFunctionDecl(mods, start)
	case TClass:
		return p.parseClassDecl(mods, start)
	case TEnum:
		return p.parseEnum(mods, start)
	case TIdent:
		switch p.lx.value {
		case "let", "using":
			return p.parseVarStatement(mods, start)
		case "async":
			if t, nl := p.peek(); t == TFunction && !nl {
				return p.parseFunctionDecl(mods, start)
			}
			return nil
		}
		return p.tryParseTSDeclaration(mods, start)
	}
	return nil
}

func (p *parser) parseExpressionStatement(start int32) Stmt {
	e := p.parseExpression()
	if id, ok := e.(*Ident); ok && p.at(TColon) {
		p.next()
		body := p.parseStatement()
		return &LabeledStmt{Loc{p.rangeFrom(start)}, id, body}
	}
	p.semicolon()
	return &ExprStmt{Loc{p.rangeFrom(start)}, e}
}

func (p *parser) parseBlock() *BlockStmt {
	start := p.start()
	p.expect(TOpenBrace)
	var body []Stmt
	for !p.at(TCloseBrace) {
		if p.at(TEOF) {
			p.failExpected("'}'")
		}
		body = append(body, p.parseStatement())
	}
	p.next()
	return &BlockStmt{Loc{p.rangeFrom(start)}, body}
}

// parseFunctionBody parses a block in a fresh function context.
func (p *parser) parseFunctionBody(async, generator bool) *BlockStmt {
	saved := p.ctx
	p.ctx = parseCtx{inAsync: async, inGenerator: generator, inFunction: true}
	b := p.parseBlock()
	p.ctx = saved
	return b
}

func (p *parser) parseIf() Stmt {
	start := p.start()
	p.next()
	p.expect(TOpenParen)
	test := p.parseExpression()
	p.expect(TCloseParen)
	cons := p.parseStatement()
	var alt Stmt
	if p.eat(TElse) {
		alt = p.parseStatement()
	}
	return &IfStmt{Loc{p.rangeFrom(start)}, test, cons, alt}
}

// parseVarStatement parses var/let/const/using/await using with a trailing semicolon.
func (p *parser) parseVarStatement(mods Modifiers, start int32) Stmt {
	d := p.parseVarDecl(mods, start, false)
	p.semicolon()
	d.Range = p.rangeFrom(start)
	return d
}

// parseVarDecl parses the declaration list; inFor allows declarators without
// initializers before in/of.
func (p *parser) parseVarDecl(mods Modifiers, start int32, inFor bool) *VarDecl {
	d := &VarDecl{Modifiers: mods}
	kstart := p.start()
	switch {
	case p.at(TVar):
		d.Kind = VarVar
	case p.at(TConst):
		d.Kind = VarConst
	case p.isCtx("let"):
		d.Kind = VarLet
	case p.isCtx("using"):
		d.Kind = VarUsing
	case p.isCtx("await"):
		d.Kind = VarAwaitUsing
		p.next()
	default:
		p.failExpected("declaration")
	}
	p.next()
	d.KindRange = p.rangeFrom(kstart)
	for {
		ds := p.start()
		decl := &VarDeclarator{Name: p.parseBindingTarget()}
		if p.ts && p.at(TBang) && !p.lx.nl {
			p.next()
			decl.Definite = true
		}
		if p.ts && p.eat(TColon) {
			decl.Type = p.parseType()
		}
		if p.eat(TEq) {
			decl.Init = p.parseAssign()
		}
		decl.Range = p.rangeFrom(ds)
		d.Decls = append(d.Decls, decl)
		if !p.eat(TComma) {
			break
		}
	}
	d.Range = p.rangeFrom(start)
	return d
}

func (p *parser) parseFor() Stmt {
	start := p.start()
	p.next()
	await := false
	if p.isCtx("await") {
		await = true
		p.next()
	}
	p.expect(TOpenParen)
	var init Stmt
	savedNoIn := p.ctx.noIn
	p.ctx.noIn = true
	is := p.start()
	switch {
	case p.at(TSemicolon):
	case p.at(TVar) || p.at(TConst):
		init = p.parseVarDecl(nil, is, true)
	case p.isCtx("let") && p.letIsDecl():
		init = p.parseVarDecl(nil, is, true)
	case p.isCtx("using") && p.usingIsDeclInFor():
		init = p.parseVarDecl(nil, is, true)
	case p.isCtx("await") && p.awaitUsingIsDecl():
		init = p.parseVarDecl(nil, is, true)
	default:
		e := p.parseExpression()
		init = &ExprStmt{Loc{e.Span()}, e}
	}
	p.ctx.noIn = savedNoIn
	if init != nil {
		if p.isCtx("of") {
			p.next()
			right := p.parseAssign()
			p.expect(TCloseParen)
			body := p.parseStatement()
			return &ForOfStmt{Loc{p.rangeFrom(start)}, await, init, right, body}
		}
		if p.at(TIn) {
			p.next()
			right := p.parseExpression()
			p.expect(TCloseParen)
			body := p.parseStatement()
			return &ForInStmt{Loc{p.rangeFrom(start)}, init, right, body}
		}
	}
	p.expect(TSemicolon)
	var test, update Expr
	if !p.at(TSemicolon) {
		test = p.parseExpression()
	}
	p.expect(TSemicolon)
	if !p.at(TCloseParen) {
		update = p.parseExpression()
	}
	p.expect(TCloseParen)
	body := p.parseStatement()
	return &ForStmt{Loc{p.rangeFrom(start)}, init, test, update, body}
}

func (p *parser) letIsDecl() bool {
	t, _ := p.peek()
	return t == TIdent || t == TOpenBracket || t == TOpenBrace || (t.IsKeyword() && t != TIn && t != TInstanceof)
}

func (p *parser) usingIsDeclInFor() bool {
	t, v, _ := p.peekValue()
	if t != TIdent {
		return false
	}
	if v == "of" { // `for (using of x)` — using is the target; `for (using of = …;` is a decl
		st := p.lx.save()
		p.next()
		t2, _ := p.peek()
		p.lx.restore(st)
		return t2 == TEq || t2 == TSemicolon || t2 == TColon
	}
	return v != "in"
}

func (p *parser) awaitUsingIsDecl() bool {
	t, v, nl := p.peekValue()
	if t != TIdent || v != "using" || nl {
		return false
	}
	st := p.lx.save()
	p.next()
	t2, nl2 := p.peek()
	p.lx.restore(st)
	return t2 == TIdent && !nl2
}

func (p *parser) parseSwitch() Stmt {
	start := p.start()
	p.next()
	p.expect(TOpenParen)
	disc := p.parseExpression()
	p.expect(TCloseParen)
	p.expect(TOpenBrace)
	var cases []*SwitchCase
	for !p.at(TCloseBrace) {
		cs := p.start()
		var test Expr
		if p.eat(TCase) {
			test = p.parseExpression()
		} else if !p.eat(TDefault) {
			p.failExpected("'case' or 'default'")
		}
		p.expect(TColon)
		var body []Stmt
		for !p.at(TCase) && !p.at(TDefault) && !p.at(TCloseBrace) {
			if p.at(TEOF) {
				p.failExpected("'}'")
			}
			body = append(body, p.parseStatement())
		}
		cases = append(cases, &SwitchCase{Loc{p.rangeFrom(cs)}, test, body})
	}
	p.next()
	return &SwitchStmt{Loc{p.rangeFrom(start)}, disc, cases}
}

func (p *parser) parseTry() Stmt {
	start := p.start()
	p.next()
	s := &TryStmt{Block: p.parseBlock()}
	if p.eat(TCatch) {
		if p.eat(TOpenParen) {
			s.Param = p.parseBindingTarget()
			if p.ts && p.eat(TColon) {
				s.ParamType = p.parseType()
			}
			p.expect(TCloseParen)
		}
		s.Handler = p.parseBlock()
	}
	if p.eat(TFinally) {
		s.Finalizer = p.parseBlock()
	}
	if s.Handler == nil && s.Finalizer == nil {
		p.failExpected("'catch' or 'finally'")
	}
	s.Range = p.rangeFrom(start)
	return s
}

// --- functions -------------------------------------------------------------------

func (p *parser) parseFunctionDecl(mods Modifiers, start int32) Stmt {
	allowAnon := p.inExportDefault
	p.inExportDefault = false
	fn := p.parseFunction(mods, start, true)
	if fn.Name == nil && !allowAnon {
		p.failAt(fn.ParamsRange.Start, "A function declaration needs a name")
	}
	return &FuncDecl{Loc{fn.Range}, fn}
}

// parseFunction parses [async] function [*] [name] <T>(params): R { body }.
// For declarations in TypeScript the body may be missing (overloads, declare).
func (p *parser) parseFunction(mods Modifiers, start int32, isDecl bool) *Function {
	fn := &Function{Modifiers: mods}
	if p.isCtx("async") {
		fn.Modifiers = append(fn.Modifiers, Modifier{ModAsync, p.lx.rng()})
		fn.Async = true
		p.next()
	}
	p.expect(TFunction)
	if p.eat(TStar) {
		fn.Generator = true
	}
	if p.at(TIdent) {
		fn.Name = p.ident()
	}
	saved := p.ctx
	p.ctx.inAsync, p.ctx.inGenerator = fn.Async, fn.Generator
	p.parseSignature(fn)
	p.ctx = saved
	switch {
	case p.at(TOpenBrace):
		fn.Body = p.parseFunctionBody(fn.Async, fn.Generator)
	case p.ts && isDecl:
		p.semicolon()
	default:
		p.failExpected("'{'")
	}
	fn.Range = p.rangeFrom(start)
	return fn
}

// parseSignature parses <T>(params): ReturnType into fn.
func (p *parser) parseSignature(fn *Function) {
	if p.ts && p.at(TLess) {
		fn.TypeParams = p.parseTypeParams()
	}
	ps := p.start()
	fn.Params = p.parseParams()
	fn.ParamsRange = p.rangeFrom(ps)
	if p.ts && p.eat(TColon) {
		fn.ReturnType = p.parseReturnType()
	}
}

// parseParams parses ( param, … ).
func (p *parser) parseParams() []*Param {
	p.expect(TOpenParen)
	var params []*Param
	for !p.at(TCloseParen) {
		params = append(params, p.parseParam())
		if !p.eat(TComma) {
			break
		}
	}
	p.expect(TCloseParen)
	return params
}

var paramModifiers = [...]struct {
	name string
	kind ModifierKind
}{{"public", ModPublic}, {"private", ModPrivate}, {"protected", ModProtected}, {"readonly", ModReadonly}, {"override", ModOverride}}

func (p *parser) parseParam() *Param {
	start := p.start()
	prm := p.slabs.params.alloc()
	if p.at(TAt) && p.ts { // parameter decorators are TypeScript's (experimentalDecorators)
		prm.Decorators = p.parseDecorators()
	}
	for p.ts && p.at(TIdent) && !p.lx.escaped {
		kind := ModifierKind(0)
		for _, m := range paramModifiers {
			if p.lx.value == m.name {
				kind = m.kind
			}
		}
		if kind == 0 {
			break
		}
		t, _ := p.peek()
		if !(t == TIdent || t == TOpenBrace || t == TOpenBracket || t == TThis || t.IsKeyword() && t != TIn) {
			break
		}
		prm.Modifiers = append(prm.Modifiers, Modifier{kind, p.lx.rng()})
		p.next()
	}
	if p.eat(TDotDotDot) {
		prm.Rest = true
	}
	if p.at(TThis) && p.ts {
		prm.Pattern = &Ident{Loc{p.lx.rng()}, "this"}
		p.next()
	} else {
		prm.Pattern = p.parseBindingTarget()
	}
	if p.ts && p.at(TQuestion) {
		p.next()
		prm.Optional = true
	}
	if p.ts && p.eat(TColon) {
		prm.Type = p.parseType()
	}
	if p.eat(TEq) {
		prm.Default = p.parseAssign()
	}
	prm.Range = p.rangeFrom(start)
	return prm
}

// --- patterns ----------------------------------------------------------------------

// parseBindingTarget parses an identifier, object pattern or array pattern.
func (p *parser) parseBindingTarget() Pattern {
	p.enter()
	defer p.leave()
	start := p.start()
	switch p.tok() {
	case TOpenBracket:
		p.next()
		ap := &ArrayPattern{}
		for !p.at(TCloseBracket) {
			if p.at(TComma) {
				p.next()
				ap.Elems = append(ap.Elems, nil)
				continue
			}
			es := p.start()
			if p.eat(TDotDotDot) {
				arg := p.parseBindingTarget()
				ap.Elems = append(ap.Elems, &RestPattern{Loc{p.rangeFrom(es)}, arg})
			} else {
				ap.Elems = append(ap.Elems, p.parseBindingElement())
			}
			if !p.at(TCloseBracket) {
				p.expect(TComma)
			}
		}
		p.next()
		ap.Range = p.rangeFrom(start)
		return ap
	case TOpenBrace:
		p.next()
		op := &ObjectPattern{}
		for !p.at(TCloseBrace) {
			ps := p.start()
			if p.eat(TDotDotDot) {
				arg := p.parseBindingTarget()
				op.Rest = &RestPattern{Loc{p.rangeFrom(ps)}, arg}
			} else {
				prop := &PatternProp{}
				isIdent := p.at(TIdent)
				prop.Key = p.parsePropertyKey()
				if p.eat(TColon) {
					prop.Value = p.parseBindingElement()
				} else {
					id, ok := prop.Key.(*Ident)
					if !ok || !isIdent {
						p.failExpected("':'")
					}
					prop.Shorthand = true
					prop.Value = id
					if p.eat(TEq) {
						def := p.parseAssign()
						prop.Value = &AssignPattern{Loc{p.rangeFrom(ps)}, id, def}
					}
				}
				prop.Range = p.rangeFrom(ps)
				op.Props = append(op.Props, prop)
			}
			if !p.at(TCloseBrace) {
				p.expect(TComma)
			}
		}
		p.next()
		op.Range = p.rangeFrom(start)
		return op
	case TIdent:
		return p.ident()
	}
	p.failExpected("identifier")
	return nil
}

// parseBindingElement is a binding target with an optional default.
func (p *parser) parseBindingElement() Pattern {
	start := p.start()
	t := p.parseBindingTarget()
	if p.eat(TEq) {
		def := p.parseAssign()
		return &AssignPattern{Loc{p.rangeFrom(start)}, t, def}
	}
	return t
}

// parsePropertyKey parses an identifier/keyword, string, number, bigint,
// private name or [computed] key.
func (p *parser) parsePropertyKey() Expr {
	r := p.lx.rng()
	switch p.tok() {
	case TString:
		return p.stringLit()
	case TNumber:
		v := p.lx.value
		p.next()
		return &NumberLit{Loc{r}, v}
	case TBigInt:
		v := p.lx.value
		p.next()
		return &BigIntLit{Loc{r}, v}
	case TPrivateName:
		v := p.lx.value
		p.next()
		return &PrivateName{Loc{r}, v}
	case TOpenBracket:
		p.next()
		saved := p.ctx.noIn
		p.ctx.noIn = false
		e := p.parseAssign()
		p.ctx.noIn = saved
		p.expect(TCloseBracket)
		return &ComputedKey{Loc{p.rangeFrom(r.Start)}, e}
	}
	return p.identName()
}
