package tsparse

// parseType parses a full type: function/constructor types, conditional types,
// unions and intersections.
func (p *parser) parseType() TypeNode {
	p.enter()
	defer p.leave()
	start := p.start()
	if ft := p.tryFunctionType(); ft != nil {
		return ft
	}
	check := p.parseUnionType()
	if !p.ctx.noCondType && p.at(TExtends) && !p.lx.nl {
		p.next()
		saved := p.ctx.noCondType
		p.ctx.noCondType = true
		ext := p.parseType()
		p.ctx.noCondType = saved
		p.expect(TQuestion)
		p.ctx.noCondType = false
		tt := p.parseType()
		p.expect(TColon)
		ft := p.parseType()
		p.ctx.noCondType = saved
		return &ConditionalType{Loc{p.rangeFrom(start)}, check, ext, tt, ft}
	}
	return check
}

// parseTypeAllowCond parses a type where conditional types are allowed again
// (inside brackets, parentheses, type arguments).
func (p *parser) parseTypeAllowCond() TypeNode {
	saved := p.ctx.noCondType
	p.ctx.noCondType = false
	t := p.parseType()
	p.ctx.noCondType = saved
	return t
}

// tryFunctionType parses (…) => T, <T>(…) => T, new (…) => T, abstract new …;
// nil when the current token does not start one.
func (p *parser) tryFunctionType() TypeNode {
	start := p.start()
	var mods Modifiers
	ctor := false
	switch {
	case p.at(TLess):
	case p.at(TOpenParen):
		if !p.looksLikeFunctionType() {
			return nil
		}
	case p.at(TNew):
		ctor = true
		p.next()
	case p.isCtx("abstract"):
		if t, _ := p.peek(); t != TNew {
			return nil
		}
		mods = Modifiers{{ModAbstract, p.lx.rng()}}
		p.next()
		p.next()
		ctor = true
	default:
		return nil
	}
	ft := &FuncType{Modifiers: mods, Constructor: ctor}
	if p.at(TLess) {
		ft.TypeParams = p.parseTypeParams()
	}
	ft.Params = p.parseParams()
	p.expect(TArrow)
	ft.ReturnType = p.parseReturnTypeNoCond()
	ft.Range = p.rangeFrom(start)
	return ft
}

// parseReturnTypeNoCond parses a function type's return type, where
// conditional types are allowed even inside an extends clause (as tsc does).
func (p *parser) parseReturnTypeNoCond() TypeNode {
	saved := p.ctx.noCondType
	p.ctx.noCondType = false
	t := p.parseReturnType()
	p.ctx.noCondType = saved
	return t
}

// looksLikeFunctionType decides at `(` between a function type and a
// parenthesised type (TypeScript's isUnambiguouslyStartOfFunctionType).
func (p *parser) looksLikeFunctionType() bool {
	st := p.lx.save()
	defer p.lx.restore(st)
	p.next()
	if p.at(TCloseParen) || p.at(TDotDotDot) {
		return true
	}
	if p.skipParamStart() {
		switch p.tok() {
		case TColon, TComma, TQuestion, TEq:
			return true
		case TCloseParen:
			p.next()
			return p.at(TArrow)
		}
	}
	return false
}

// skipParamStart skips modifiers and a parameter name or binding pattern.
func (p *parser) skipParamStart() bool {
	for p.at(TIdent) {
		switch p.lx.value {
		case "public", "private", "protected", "readonly", "override":
			if t, _ := p.peek(); t == TIdent || t == TOpenBrace || t == TOpenBracket || t == TThis {
				p.next()
				continue
			}
		}
		break
	}
	if p.at(TIdent) || p.at(TThis) {
		p.next()
		return true
	}
	if p.at(TOpenBracket) || p.at(TOpenBrace) {
		return p.try(func() { p.parseBindingTarget() })
	}
	return false
}

// parseReturnType parses a type that may be a type predicate (x is T, asserts x).
func (p *parser) parseReturnType() TypeNode {
	start := p.start()
	if p.isCtx("asserts") {
		if t, nl := p.peek(); (t == TIdent || t == TThis) && !nl {
			p.next()
			param := p.predicateParam()
			tp := &TypePredicate{Asserts: true, Param: param}
			if p.isCtx("is") && !p.lx.nl {
				p.next()
				tp.Type = p.parseType()
			}
			tp.Range = p.rangeFrom(start)
			return tp
		}
	}
	if p.at(TIdent) || p.at(TThis) {
		if t, v, nl := p.peekValue(); t == TIdent && v == "is" && !nl {
			param := p.predicateParam()
			p.next()
			typ := p.parseType()
			return &TypePredicate{Loc{p.rangeFrom(start)}, false, param, typ}
		}
	}
	return p.parseType()
}

func (p *parser) predicateParam() Node {
	if p.at(TThis) {
		r := p.lx.rng()
		p.next()
		return &ThisType{Loc{r}}
	}
	return p.ident()
}

func (p *parser) parseUnionType() TypeNode {
	start := p.start()
	leading := p.eat(TBar)
	first := p.parseIntersectionType()
	if !p.at(TBar) {
		if leading {
			return &UnionType{Loc{p.rangeFrom(start)}, []TypeNode{first}}
		}
		return first
	}
	types := []TypeNode{first}
	for p.eat(TBar) {
		types = append(types, p.parseIntersectionType())
	}
	return &UnionType{Loc{p.rangeFrom(start)}, types}
}

func (p *parser) parseIntersectionType() TypeNode {
	start := p.start()
	leading := p.eat(TAmp)
	first := p.parseTypeOperator()
	if !p.at(TAmp) {
		if leading {
			return &IntersectionType{Loc{p.rangeFrom(start)}, []TypeNode{first}}
		}
		return first
	}
	types := []TypeNode{first}
	for p.eat(TAmp) {
		types = append(types, p.parseTypeOperator())
	}
	return &IntersectionType{Loc{p.rangeFrom(start)}, types}
}

// parseTypeOperator parses keyof/unique/readonly/infer prefixes.
func (p *parser) parseTypeOperator() TypeNode {
	start := p.start()
	if p.at(TIdent) && !p.lx.escaped {
		switch v := p.lx.value; v {
		case "keyof", "unique", "readonly":
			// always operators in a type position, as in tsc (`type X = keyof;` is an error)
			p.next()
			p.enter()
			inner := p.parseTypeOperator()
			p.leave()
			return &TypeOperator{Loc{p.rangeFrom(start)}, v, inner}
		case "infer":
			{
				p.next()
				ps := p.start()
				tp := &TypeParam{Name: p.ident()}
				if p.at(TExtends) {
					// infer U extends X ? … : … is a conditional on the outside
					if !p.try(func() {
						p.next()
						saved := p.ctx.noCondType
						p.ctx.noCondType = true
						c := p.parseType()
						p.ctx.noCondType = saved
						if !p.ctx.noCondType && p.at(TQuestion) {
							p.failAt(p.start(), "conditional")
						}
						tp.Constraint = c
					}) {
						tp.Constraint = nil
					}
				}
				tp.Range = p.rangeFrom(ps)
				return &InferType{Loc{p.rangeFrom(start)}, tp}
			}
		}
	}
	return p.parsePostfixType()
}

// parsePostfixType parses T[] and T[K] suffixes.
func (p *parser) parsePostfixType() TypeNode {
	start := p.start()
	t := p.parsePrimaryType()
	for !p.lx.nl {
		if p.at(TBang) {
			// JSDoc-style `T!`, also after a suffix (`A["k"]!`): tsc parses it
			// (and reports it from its checker), esbuild skips it.
			p.next()
			continue
		}
		if !p.at(TOpenBracket) {
			break
		}
		p.next()
		if p.eat(TCloseBracket) {
			t = &ArrayType{Loc{p.rangeFrom(start)}, t}
			continue
		}
		idx := p.parseTypeAllowCond()
		p.expect(TCloseBracket)
		t = &IndexedAccessType{Loc{p.rangeFrom(start)}, t, idx}
	}
	return t
}

func isKeywordTypeName(s string) bool {
	switch s {
	case "any", "unknown", "never", "undefined", "string", "number", "boolean", "bigint", "symbol", "object":
		return true
	}
	return false
}

func (p *parser) parsePrimaryType() TypeNode {
	start := p.start()
	r := p.lx.rng()
	switch p.tok() {
	case TIdent:
		if isKeywordTypeName(p.lx.value) && !p.lx.escaped {
			if !p.nextIsDot() {
				v := p.lx.value
				p.next()
				return p.newKeywordType(r, v)
			}
		}
		// `asserts` and `is` are only meaningful in return types; otherwise a name
		return p.parseTypeRef()
	case TVoid:
		p.next()
		return &KeywordType{Loc{r}, "void"}
	case TNull:
		p.next()
		return &LiteralType{Loc{r}, &NullLit{Loc{r}}}
	case TThis:
		p.next()
		if p.isCtx("is") && !p.lx.nl {
			p.next()
			t := p.parseType()
			return &TypePredicate{Loc{p.rangeFrom(start)}, false, &ThisType{Loc{r}}, t}
		}
		return &ThisType{Loc{r}}
	case TTrue, TFalse:
		v := p.at(TTrue)
		p.next()
		return &LiteralType{Loc{r}, &BoolLit{Loc{r}, v}}
	case TString:
		s := p.stringLit()
		return &LiteralType{Loc{r}, s}
	case TNumber:
		v := p.lx.value
		p.next()
		return &LiteralType{Loc{r}, &NumberLit{Loc{r}, v}}
	case TBigInt:
		v := p.lx.value
		p.next()
		return &LiteralType{Loc{r}, &BigIntLit{Loc{r}, v}}
	case TMinus:
		p.next()
		var lit Expr
		nr := p.lx.rng()
		switch p.tok() {
		case TNumber:
			lit = &NumberLit{Loc{nr}, p.lx.value}
		case TBigInt:
			lit = &BigIntLit{Loc{nr}, p.lx.value}
		default:
			p.failExpected("number")
		}
		p.next()
		u := &UnaryExpr{Loc{p.rangeFrom(start)}, TMinus, lit}
		return &LiteralType{Loc{u.Range}, u}
	case TNoSubstTemplate:
		t := p.parseTemplate(false)
		return &LiteralType{Loc{t.Range}, t}
	case TTemplateHead:
		return p.parseTemplateType()
	case TTypeof:
		p.next()
		q := &TypeQuery{}
		if p.at(TImport) {
			it := p.parseImportType(start)
			it.TypeOf = true
			return it
		}
		q.Expr = p.parseEntityName(true)
		if p.at(TLess) && !p.lx.nl {
			q.TypeArgs = p.parseTypeArgs()
		}
		q.Range = p.rangeFrom(start)
		return q
	case TImport:
		return p.parseImportType(start)
	case TOpenBrace:
		if p.isMappedTypeStart() {
			return p.parseMappedType()
		}
		members := p.parseTypeMembers()
		return &TypeLiteral{Loc{p.rangeFrom(start)}, members}
	case TOpenBracket:
		return p.parseTupleType()
	case TOpenParen:
		p.next()
		t := p.parseTypeAllowCond()
		p.expect(TCloseParen)
		return &ParenType{Loc{p.rangeFrom(start)}, t}
	}
	if p.lx.tok.IsKeyword() {
		// keywords used as type names in qualified names are handled in parseTypeRef
		p.failAt(p.start(), "Unexpected "+p.lx.describe()+" in type")
	}
	p.failAt(p.start(), "Expected a type but found "+p.lx.describe())
	return nil
}

// nextIsDot reports whether the token after the current one is `.`, looking
// at the raw bytes when only spaces separate them (the usual case).
func (p *parser) nextIsDot() bool {
	src := p.lx.src
	i := p.lx.pos
	for int(i) < len(src) && (src[i] == ' ' || src[i] == '\t') {
		i++
	}
	if int(i) >= len(src) {
		return false
	}
	switch c := src[i]; {
	case c == '.':
		return !(int(i)+1 < len(src) && src[i+1] >= '0' && src[i+1] <= '9')
	case c == '/' || c == '\n' || c == '\r' || c >= 0x80:
		t, _ := p.peek()
		return t == TDot
	}
	return false
}

// parseEntityName parses A.B.C (keywords allowed after dots).
func (p *parser) parseEntityName(allowKeywordStart bool) Node {
	start := p.start()
	var n Node
	if p.at(TThis) || (allowKeywordStart && p.lx.tok.IsKeyword()) {
		n = p.identName()
	} else {
		n = p.ident()
	}
	for p.at(TDot) {
		p.next()
		var right *Ident
		if p.at(TPrivateName) {
			right = &Ident{Loc{p.lx.rng()}, "#" + p.lx.value}
			p.next()
		} else {
			right = p.identName()
		}
		n = &QualifiedName{Loc{p.rangeFrom(start)}, n, right}
	}
	return n
}

func (p *parser) parseTypeRef() TypeNode {
	start := p.start()
	name := p.parseEntityName(false)
	ref := p.slabs.typeRefs.alloc()
	ref.Name = name
	if p.atLess() && !p.lx.nl {
		ref.TypeArgs = p.parseTypeArgs()
	}
	ref.Range = p.rangeFrom(start)
	return ref
}

// parseImportType parses import("x", opts).A.B<T>.
func (p *parser) parseImportType(start int32) *ImportType {
	p.expect(TImport)
	p.expect(TOpenParen)
	it := &ImportType{Arg: p.stringLit()}
	if p.eat(TComma) && !p.at(TCloseParen) {
		if !p.at(TOpenBrace) {
			p.failExpected("'{'")
		}
		p.expectImportTypeOptionsKey()
		it.Options = p.parseAssign()
		p.eat(TComma)
	}
	p.expect(TCloseParen)
	if p.eat(TDot) {
		it.Qualifier = p.parseEntityName(true)
	}
	if p.at(TLess) && !p.lx.nl {
		it.TypeArgs = p.parseTypeArgs()
	}
	it.Range = p.rangeFrom(start)
	return it
}

// expectImportTypeOptionsKey checks, without moving, that the options object
// of an import type (the current token is its `{`) starts with `with:` or the
// older `assert:`, as TypeScript's parser requires ("'with' expected").
// esbuild skips types and accepts any object there.
func (p *parser) expectImportTypeOptionsKey() {
	st := p.lx.save()
	p.next()
	if !p.at(TWith) && !p.isCtx("assert") {
		p.failExpected("'with'")
	}
	p.next()
	if !p.at(TColon) {
		p.failExpected("':'")
	}
	p.lx.restore(st)
}

// parseTemplateType parses `a${T}b` in a type.
func (p *parser) parseTemplateType() TypeNode {
	start := p.start()
	t := &TemplateLitType{}
	t.Quasis = append(t.Quasis, &TemplateElem{Loc{Range{start + 1, p.lx.pos - 2}}, p.lx.value})
	for {
		p.next()
		t.Types = append(t.Types, p.parseTypeAllowCond())
		p.lx.rescanTemplateContinuation()
		qs := p.lx.start + 1
		if p.at(TTemplateTail) {
			t.Quasis = append(t.Quasis, &TemplateElem{Loc{Range{qs, p.lx.pos - 1}}, p.lx.value})
			p.next()
			break
		}
		t.Quasis = append(t.Quasis, &TemplateElem{Loc{Range{qs, p.lx.pos - 2}}, p.lx.value})
	}
	t.Range = p.rangeFrom(start)
	return t
}

func (p *parser) parseTupleType() TypeNode {
	start := p.start()
	p.next()
	t := &TupleType{}
	for !p.at(TCloseBracket) {
		es := p.start()
		rest := p.eat(TDotDotDot)
		var elem TypeNode
		if p.at(TIdent) || p.lx.tok.IsKeyword() {
			if tk, _ := p.peek(); tk == TColon || tk == TQuestion && p.namedTupleOptional() {
				name := p.identName()
				opt := p.eat(TQuestion)
				p.expect(TColon)
				typ := p.parseTypeAllowCond()
				elem = &NamedTupleMember{Loc{p.rangeFrom(es)}, rest, name, opt, typ}
			}
		}
		if elem == nil {
			typ := p.parseTypeAllowCond()
			if p.at(TQuestion) {
				p.next()
				typ = &OptionalType{Loc{p.rangeFrom(typ.Span().Start)}, typ}
			}
			if rest {
				typ = &RestType{Loc{p.rangeFrom(es)}, typ}
			}
			elem = typ
		}
		t.Elems = append(t.Elems, elem)
		if !p.at(TCloseBracket) {
			p.expect(TComma)
		}
	}
	p.next()
	t.Range = p.rangeFrom(start)
	return t
}

// namedTupleOptional: at `name` followed by `?`, is it `name?:`?
func (p *parser) namedTupleOptional() bool {
	st := p.lx.save()
	defer p.lx.restore(st)
	p.next()
	p.next()
	return p.at(TColon)
}

// isMappedTypeStart: { [readonly|+readonly|-readonly] [K in …
func (p *parser) isMappedTypeStart() bool {
	st := p.lx.save()
	defer p.lx.restore(st)
	p.next()
	if p.at(TPlus) || p.at(TMinus) {
		p.next()
		return p.isCtx("readonly")
	}
	if p.isCtx("readonly") {
		p.next()
	}
	if !p.at(TOpenBracket) {
		return false
	}
	p.next()
	if !p.at(TIdent) && !p.lx.tok.IsKeyword() {
		return false
	}
	p.next()
	return p.at(TIn)
}

func (p *parser) parseMappedType() TypeNode {
	start := p.start()
	p.expect(TOpenBrace)
	m := &MappedType{}
	if p.at(TPlus) || p.at(TMinus) {
		m.ReadonlyMod = p.tok().String()
		p.next()
	}
	if p.isCtx("readonly") {
		m.Readonly = true
		p.next()
	}
	p.expect(TOpenBracket)
	ps := p.start()
	tp := &TypeParam{Name: p.identName()}
	p.expect(TIn)
	tp.Constraint = p.parseTypeAllowCond()
	tp.Range = p.rangeFrom(ps)
	m.Param = tp
	if p.isCtx("as") {
		p.next()
		m.NameType = p.parseTypeAllowCond()
	}
	p.expect(TCloseBracket)
	if p.at(TPlus) || p.at(TMinus) {
		m.OptionalMod = p.tok().String()
		p.next()
		p.expect(TQuestion)
		m.Optional = true
	} else if p.eat(TQuestion) {
		m.Optional = true
	}
	if p.eat(TColon) {
		m.Type = p.parseTypeAllowCond()
	}
	if !p.eat(TSemicolon) {
		p.eat(TComma)
	}
	p.expect(TCloseBrace)
	m.Range = p.rangeFrom(start)
	return m
}

// parseTypeParams parses <T, const U extends X = Y>.
func (p *parser) parseTypeParams() *TypeParamList {
	start := p.start()
	p.expect(TLess)
	l := &TypeParamList{}
	for !p.at(TGreater) {
		ps := p.start()
		tp := &TypeParam{}
		for {
			var kind ModifierKind
			switch {
			case p.at(TConst):
				kind = ModConst
			case p.at(TIn):
				kind = ModIn
			case p.isCtx("out"):
				kind = ModOut
			}
			if kind == 0 {
				break
			}
			if kind == ModOut {
				if t, _ := p.peek(); t != TIdent && t != TIn && t != TConst {
					break
				}
			}
			tp.Modifiers = append(tp.Modifiers, Modifier{kind, p.lx.rng()})
			p.next()
		}
		tp.Name = p.ident()
		if p.eat(TExtends) {
			tp.Constraint = p.parseTypeAllowCond()
		}
		if p.eat(TEq) {
			tp.Default = p.parseTypeAllowCond()
		}
		tp.Range = p.rangeFrom(ps)
		l.Params = append(l.Params, tp)
		if !p.eat(TComma) {
			break
		}
	}
	p.expectGreater()
	l.Range = p.rangeFrom(start)
	return l
}

// parseTypeArgs parses <A, B>.
func (p *parser) parseTypeArgs() *TypeArgList {
	start := p.start()
	p.atLess()
	p.expect(TLess)
	l := &TypeArgList{}
	for !p.at(TGreater) {
		l.Args = append(l.Args, p.parseTypeAllowCond())
		if !p.eat(TComma) {
			break
		}
	}
	p.expectGreater()
	l.Range = p.rangeFrom(start)
	return l
}

// parseTypeArgsInExpr parses type arguments after an expression; the closing
// `>` must not be the start of `>=`, `>>` … (then it is a comparison/shift).
func (p *parser) parseTypeArgsInExpr() *TypeArgList {
	start := p.start()
	p.expect(TLess)
	l := &TypeArgList{}
	for !p.at(TGreater) {
		l.Args = append(l.Args, p.parseTypeAllowCond())
		if !p.eat(TComma) {
			break
		}
	}
	p.lx.rescanGreater()
	p.expectGreater()
	l.Range = p.rangeFrom(start)
	return l
}

// atLess reports whether the current token is `<`, splitting `<<` (as in
// Foo<<T>() => T>) into two.
func (p *parser) atLess() bool {
	if p.lx.tok == TLessLess {
		p.lx.pos = p.lx.start + 1
		p.lx.tok = TLess
	}
	return p.lx.tok == TLess
}

// expectGreater consumes a lone `>` (the lexer never joins `>` greedily).
func (p *parser) expectGreater() {
	if !p.at(TGreater) {
		p.failExpected("'>'")
	}
	p.next()
}

// parseTypeMembers parses { members } of a type literal or interface body.
func (p *parser) parseTypeMembers() []TypeMember {
	p.expect(TOpenBrace)
	var members []TypeMember
	for !p.at(TCloseBrace) {
		if p.at(TEOF) {
			p.failExpected("'}'")
		}
		members = append(members, p.parseTypeMember())
		if !p.eat(TSemicolon) && !p.eat(TComma) && !p.at(TCloseBrace) && !p.lx.nl {
			p.failExpected("';'")
		}
	}
	p.next()
	return members
}

func (p *parser) parseTypeMember() TypeMember {
	p.enter()
	defer p.leave()
	start := p.start()
	if p.at(TOpenParen) || p.at(TLess) {
		cs := &CallSig{}
		p.parseSigInto(&cs.TypeParams, &cs.Params, &cs.ReturnType)
		cs.Range = p.rangeFrom(start)
		return cs
	}
	if p.at(TNew) {
		if t, _ := p.peek(); t == TOpenParen || t == TLess {
			p.next()
			cs := &CallSig{Construct: true}
			p.parseSigInto(&cs.TypeParams, &cs.Params, &cs.ReturnType)
			cs.Range = p.rangeFrom(start)
			return cs
		}
	}
	var mods Modifiers
	if p.isCtx("readonly") {
		if t, _ := p.peek(); t != TOpenParen && t != TColon && t != TQuestion && t != TSemicolon && t != TComma && t != TCloseBrace && t != TLess {
			mods = Modifiers{{ModReadonly, p.lx.rng()}}
			p.next()
		}
	}
	if p.at(TOpenBracket) && p.isIndexSignature() {
		return p.parseIndexSignature(mods, start)
	}
	kind := MethodNormal
	if p.isCtx("get") || p.isCtx("set") {
		if t, _ := p.peek(); t != TOpenParen && t != TColon && t != TQuestion && t != TSemicolon && t != TComma && t != TCloseBrace && t != TLess {
			if p.lx.value == "get" {
				kind = MethodGet
			} else {
				kind = MethodSet
			}
			p.next()
		}
	}
	key := p.parsePropertyKey()
	opt := p.eat(TQuestion)
	if p.at(TOpenParen) || p.at(TLess) {
		ms := &MethodSig{Kind: kind, Key: key, Optional: opt}
		p.parseSigInto(&ms.TypeParams, &ms.Params, &ms.ReturnType)
		ms.Range = p.rangeFrom(start)
		return ms
	}
	ps := &PropertySig{Modifiers: mods, Key: key, Optional: opt}
	if p.eat(TColon) {
		ps.Type = p.parseTypeAllowCond()
	}
	ps.Range = p.rangeFrom(start)
	return ps
}

func (p *parser) parseSigInto(tps **TypeParamList, params *[]*Param, ret *TypeNode) {
	if p.at(TLess) {
		*tps = p.parseTypeParams()
	}
	*params = p.parseParams()
	if p.eat(TColon) {
		*ret = p.parseReturnType()
	}
}

// isIndexSignature: [ name : … or [ modifiers name …
func (p *parser) isIndexSignature() bool {
	st := p.lx.save()
	defer p.lx.restore(st)
	p.next()
	if p.at(TDotDotDot) {
		return true
	}
	if !p.at(TIdent) && !p.lx.tok.IsKeyword() {
		return false
	}
	p.next()
	return p.at(TColon) || p.at(TComma)
}

func (p *parser) parseIndexSignature(mods Modifiers, start int32) *IndexSignature {
	p.expect(TOpenBracket)
	is := &IndexSignature{Modifiers: mods}
	for !p.at(TCloseBracket) {
		ps := p.start()
		prm := &Param{Pattern: p.identName()}
		if p.eat(TColon) {
			prm.Type = p.parseTypeAllowCond()
		}
		prm.Range = p.rangeFrom(ps)
		is.Params = append(is.Params, prm)
		if !p.eat(TComma) {
			break
		}
	}
	p.expect(TCloseBracket)
	if p.eat(TColon) {
		is.Type = p.parseTypeAllowCond()
	}
	is.Range = p.rangeFrom(start)
	return is
}
