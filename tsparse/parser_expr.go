package tsparse

// parseExpression parses a comma-separated expression.
func (p *parser) parseExpression() Expr {
	start := p.start()
	e := p.parseAssign()
	if !p.at(TComma) {
		return e
	}
	list := []Expr{e}
	for p.eat(TComma) {
		list = append(list, p.parseAssign())
	}
	return &SeqExpr{Loc{p.rangeFrom(start)}, list}
}

// parseAssign parses an AssignmentExpression (arrows, yield, conditional, assignment).
func (p *parser) parseAssign() Expr {
	p.enter()
	defer p.leave()
	start := p.start()
	if p.isCtx("yield") && p.ctx.inGenerator {
		return p.parseYield()
	}
	if arrow := p.tryArrow(); arrow != nil {
		return arrow
	}
	left := p.parseConditional()
	if id, ok := left.(*Ident); ok && p.at(TArrow) && !p.lx.nl {
		fn := &Function{Params: []*Param{{Loc: Loc{id.Range}, Pattern: id}}}
		return p.parseArrowBody(fn, start)
	}
	if p.lx.tok == TGreater {
		p.lx.rescanGreater()
	}
	if p.lx.tok.IsAssign() {
		op := p.lx.tok
		opr := p.lx.rng()
		switch left.(type) {
		case *AsExpr, *SatisfiesExpr, *TypeAssertion:
			// TypeScript ends these before an assignment operator (`v as T = x`
			// is "';' expected"); in parentheses they can be assigned to.
			p.failAt(opr.Start, "Unexpected '"+p.lx.text()+"': put the type assertion in parentheses to assign to it")
		}
		if !isAssignTarget(left, op == TEq) {
			p.failAt(left.Span().Start, "Invalid assignment target")
		}
		p.next()
		right := p.parseAssign()
		return &AssignExpr{Loc{p.rangeFrom(start)}, op, opr, left, right}
	}
	return left
}

func (p *parser) parseYield() Expr {
	start := p.start()
	p.next()
	y := &YieldExpr{}
	if !p.lx.nl {
		if p.eat(TStar) {
			y.Delegate = true
			y.Arg = p.parseAssign()
		} else if p.startsExpression() {
			y.Arg = p.parseAssign()
		}
	}
	y.Range = p.rangeFrom(start)
	return y
}

// startsExpression reports whether the current token can begin an expression.
func (p *parser) startsExpression() bool {
	switch p.tok() {
	case TCloseParen, TCloseBracket, TCloseBrace, TComma, TSemicolon, TColon, TEOF, TQuestion,
		TEq, TArrow, TGreater, TBarBar, TAmpAmp, TQuestionQuestion, TBar, TAmp, TCaret,
		TEqEq, TEqEqEq, TNotEq, TNotEqEq, TIn, TInstanceof, TStar, TStarStar, TPercent,
		TLessEq, TGreaterEq, TDot, TQuestionDot, TTemplateMiddle, TTemplateTail:
		return false
	}
	if p.isCtx("as") || p.isCtx("satisfies") {
		return false
	}
	return !p.lx.tok.IsAssign()
}

// tryArrow recognises arrow functions at the current token and parses them;
// nil means "not an arrow" with nothing consumed.
func (p *parser) tryArrow() Expr {
	start := p.start()
	switch p.tok() {
	case TIdent:
		if p.lx.escaped || p.lx.value != "async" {
			break
		}
		t, nl := p.peek()
		if !nl {
			if t == TIdent {
				// async x => …
				st := p.lx.save()
				mod := Modifier{ModAsync, p.lx.rng()}
				p.next()
				ps := p.start()
				id := p.ident()
				if p.at(TArrow) && !p.lx.nl {
					fn := &Function{Modifiers: Modifiers{mod}, Async: true}
					fn.Params = []*Param{{Loc: Loc{id.Range}, Pattern: id}}
					_ = ps
					return p.parseArrowBody(fn, start)
				}
				p.lx.restore(st)
				return nil
			}
			if t == TOpenParen || t == TLess && p.ts {
				var fn *Function
				mod := Modifier{ModAsync, p.lx.rng()}
				if t == TOpenParen && p.parenArrowAfterAsync() == arrowNo {
					return nil
				}
				if p.trySpeculation(specArrow, func() {
					p.next()
					fn = p.parseArrowHead()
				}) {
					fn.Async = true
					fn.Modifiers = Modifiers{mod}
					return p.parseArrowBody(fn, start)
				}
				return nil
			}
		}
		if t == TArrow {
			return nil // `async => …`: async is the parameter
		}
	case TOpenParen:
		switch p.parenArrowLookahead() {
		case arrowYes:
			fn := p.parseArrowHead()
			return p.parseArrowBody(fn, start)
		case arrowMaybe:
			var fn *Function
			if p.trySpeculation(specArrow, func() { fn = p.parseArrowHead() }) {
				return p.parseArrowBody(fn, start)
			}
		}
	case TLess:
		if !p.ts {
			break
		}
		if p.jsx && !p.genericArrowInTSX() {
			break
		}
		if t, _ := p.peek(); t != TIdent && t != TConst {
			break // `<>` or `<(`: not type parameters, so a type assertion
		}
		var fn *Function
		if p.trySpeculation(specArrow, func() { fn = p.parseArrowHead() }) {
			return p.parseArrowBody(fn, start)
		}
	}
	return nil
}

// genericArrowInTSX: in .tsx, `<T,>` and `<T extends X>` start generic arrows;
// anything else after `<` is JSX.
func (p *parser) genericArrowInTSX() bool {
	st := p.lx.save()
	defer p.lx.restore(st)
	p.next()
	if p.isCtx("const") || p.at(TConst) {
		p.next()
	}
	if !p.at(TIdent) {
		return false
	}
	p.next()
	return p.at(TComma) || p.at(TExtends) || p.at(TEq)
}

// parseArrowHead parses <T>(params): R and requires `=>` next (without a
// line break before it). Used speculatively.
func (p *parser) parseArrowHead() *Function {
	fn := &Function{}
	if p.at(TLess) {
		fn.TypeParams = p.parseTypeParams()
	}
	ps := p.start()
	fn.Params = p.parseParams()
	fn.ParamsRange = p.rangeFrom(ps)
	if p.ts && p.at(TColon) {
		p.next()
		fn.ReturnType = p.parseReturnType()
	}
	if !p.at(TArrow) || p.lx.nl {
		p.failExpected("'=>'")
	}
	return fn
}

// parseArrowBody parses `=> body` for fn (whose params are parsed).
func (p *parser) parseArrowBody(fn *Function, start int32) Expr {
	ar := p.expect(TArrow)
	a := &ArrowFunc{Func: fn, ArrowRange: ar}
	if p.at(TOpenBrace) {
		fn.Body = p.parseFunctionBody(fn.Async, false)
	} else {
		saved := p.ctx
		p.ctx.inAsync, p.ctx.inGenerator, p.ctx.inFunction = fn.Async, false, true
		p.ctx.noIn = saved.noIn
		a.ExprBody = p.parseAssign()
		p.ctx = saved
	}
	fn.Range = p.rangeFrom(start)
	a.Range = fn.Range
	return a
}

func (p *parser) parseConditional() Expr {
	start := p.start()
	test := p.parseBinary(0)
	if !p.at(TQuestion) {
		return test
	}
	p.next()
	savedNoIn := p.ctx.noIn
	p.ctx.noIn = false
	cons := p.parseAssign()
	p.ctx.noIn = savedNoIn
	p.expect(TColon)
	alt := p.parseAssign()
	return &CondExpr{Loc{p.rangeFrom(start)}, test, cons, alt}
}

const precRelational = 8

// binaryPrec returns the precedence of the current token as a binary operator (0: not one).
func (p *parser) binaryPrec() int {
	switch p.tok() {
	case TQuestionQuestion:
		return 1
	case TBarBar:
		return 2
	case TAmpAmp:
		return 3
	case TBar:
		return 4
	case TCaret:
		return 5
	case TAmp:
		return 6
	case TEqEq, TNotEq, TEqEqEq, TNotEqEq:
		return 7
	case TLess, TGreater, TLessEq, TGreaterEq, TInstanceof:
		return precRelational
	case TIn:
		if p.ctx.noIn {
			return 0
		}
		return precRelational
	case TLessLess, TGreaterGreater, TGreaterGreaterGreater:
		return 9
	case TPlus, TMinus:
		return 10
	case TStar, TSlash, TPercent:
		return 11
	case TStarStar:
		return 12
	case TIdent:
		if p.ts && !p.lx.nl && !p.lx.escaped && (p.lx.value == "as" || p.lx.value == "satisfies") {
			return precRelational
		}
	}
	return 0
}

// parseBinary parses binary operators with precedence above minPrec.
func (p *parser) parseBinary(minPrec int) Expr {
	start := p.start()
	left := p.parseUnary()
	for {
		if p.lx.tok == TGreater {
			p.lx.rescanGreater()
		}
		prec := p.binaryPrec()
		if prec <= minPrec {
			return left
		}
		if p.at(TIdent) { // as / satisfies
			kw := p.lx.value
			kr := p.lx.rng()
			p.next()
			var t TypeNode
			if p.at(TConst) && kw == "as" {
				t = &TypeRef{Loc{p.lx.rng()}, &Ident{Loc{p.lx.rng()}, "const"}, nil}
				p.next()
			} else {
				t = p.parseType()
			}
			if kw == "as" {
				left = &AsExpr{Loc{p.rangeFrom(start)}, left, kr, t}
			} else {
				left = &SatisfiesExpr{Loc{p.rangeFrom(start)}, left, kr, t}
			}
			continue
		}
		op := p.lx.tok
		opr := p.lx.rng()
		if op == TStarStar {
			switch left.(type) {
			case *UnaryExpr, *AwaitExpr, *TypeAssertion:
				p.failAt(left.Span().Start, "A unary expression on the left of '**' needs parentheses")
			}
		}
		p.next()
		var right Expr
		if op == TStarStar {
			right = p.parseBinary(prec - 1) // right-associative
		} else {
			right = p.parseBinary(prec)
		}
		left = &BinaryExpr{Loc{p.rangeFrom(start)}, op, opr, left, right}
	}
}

// parseUnary parses prefix operators, await and <T> assertions.
func (p *parser) parseUnary() Expr {
	start := p.start()
	switch p.tok() {
	case TBang, TTilde, TPlus, TMinus, TTypeof, TVoid, TDelete:
		op := p.tok()
		p.next()
		p.enter()
		arg := p.parseUnary()
		p.leave()
		return &UnaryExpr{Loc{p.rangeFrom(start)}, op, arg}
	case TPlusPlus, TMinusMinus:
		op := p.tok()
		p.next()
		p.enter()
		arg := p.parseUnary()
		p.leave()
		return &UpdateExpr{Loc{p.rangeFrom(start)}, op, true, arg}
	case TLess:
		if p.ts && !p.jsx {
			p.next()
			var t TypeNode
			if p.at(TConst) { // <const>[…]
				t = &TypeRef{Loc{p.lx.rng()}, &Ident{Loc{p.lx.rng()}, "const"}, nil}
				p.next()
			} else {
				t = p.parseType()
			}
			p.expectGreater()
			p.enter()
			e := p.parseUnary()
			p.leave()
			return &TypeAssertion{Loc{p.rangeFrom(start)}, t, e}
		}
	case TIdent:
		if p.isCtx("await") && p.awaitIsKeyword() {
			p.next()
			p.enter()
			arg := p.parseUnary()
			p.leave()
			return &AwaitExpr{Loc{p.rangeFrom(start)}, arg}
		}
	}
	e := p.parsePostfix()
	return e
}

// awaitIsKeyword: inside async functions, and at the top level of modules when
// an operand follows.
func (p *parser) awaitIsKeyword() bool {
	if p.ctx.inAsync {
		return true
	}
	if p.ctx.inFunction {
		return false
	}
	st := p.lx.save()
	p.next()
	t, nl, next := p.lx.tok, p.lx.nl, p.lx.start
	p.lx.restore(st)
	switch t {
	case TIdent, TOpenParen, TOpenBracket, TOpenBrace, TNumber, TString, TNoSubstTemplate, TTemplateHead,
		TThis, TNew, TFunction, TClass, TNull, TTrue, TFalse, TImport, TSuper, TBang, TTilde, TTypeof, TVoid, TDelete:
		if !nl || t != TOpenParen {
			return true
		}
	}
	// an identifier here, unless the file turns out to be a module (checked at the end)
	if p.topLevelAwaitIdent < 0 {
		p.topLevelAwaitIdent = next
	}
	return false
}

func (p *parser) parsePostfix() Expr {
	start := p.start()
	e := p.parseLeftHandSide()
	if (p.at(TPlusPlus) || p.at(TMinusMinus)) && !p.lx.nl {
		op := p.tok()
		p.next()
		return &UpdateExpr{Loc{p.rangeFrom(start)}, op, false, e}
	}
	return e
}

// parseLeftHandSide parses new/call/member chains.
func (p *parser) parseLeftHandSide() Expr {
	start := p.start()
	var e Expr
	if p.at(TNew) {
		e = p.parseNew()
	} else {
		e = p.parsePrimary()
	}
	return p.parseCallTail(e, start, true)
}

func (p *parser) parseNew() Expr {
	start := p.start()
	nr := p.lx.rng()
	p.next()
	if p.at(TDot) {
		p.next()
		prop := p.identName()
		return &MetaProperty{Loc{p.rangeFrom(start)}, &Ident{Loc{nr}, "new"}, prop}
	}
	p.enter()
	defer p.leave()
	cs := p.start()
	var callee Expr
	if p.at(TNew) {
		callee = p.parseNew()
	} else {
		callee = p.parsePrimary()
	}
	callee = p.parseCallTail(callee, cs, false)
	n := &NewExpr{Callee: callee}
	if inst, ok := callee.(*InstantiationExpr); ok {
		n.Callee, n.TypeArgs = inst.Expr, inst.TypeArgs
	} else if p.ts && p.at(TLess) {
		var ta *TypeArgList
		if p.try(func() { ta = p.parseTypeArgsInExpr() }) {
			n.TypeArgs = ta
		}
	}
	if p.at(TOpenParen) {
		as := p.start()
		n.Args = p.parseArgs()
		if n.Args == nil {
			n.Args = []Expr{}
		}
		n.ArgsRange = p.rangeFrom(as)
	}
	n.Range = p.rangeFrom(start)
	return n
}

// parseCallTail parses .x ?.x [i] (args) `tpl` ! <T> after e; calls only when allowCall.
func (p *parser) parseCallTail(e Expr, start int32, allowCall bool) Expr {
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
		case TQuestionDot:
			if !allowCall {
				return e
			}
			p.next()
			switch p.tok() {
			case TOpenBracket:
				p.next()
				idx := p.parseExpressionAllowIn()
				p.expect(TCloseBracket)
				e = &IndexExpr{Loc{p.rangeFrom(start)}, e, true, idx}
			case TOpenParen:
				as := p.start()
				args := p.parseArgs()
				e = p.newCall(p.rangeFrom(start), e, true, nil, args, p.rangeFrom(as))
			case TLess:
				ta := p.parseTypeArgs()
				as := p.start()
				args := p.parseArgs()
				e = p.newCall(p.rangeFrom(start), e, true, ta, args, p.rangeFrom(as))
			case TPrivateName:
				prop := &PrivateName{Loc{p.lx.rng()}, p.lx.value}
				p.next()
				e = p.newMember(p.rangeFrom(start), e, true, prop)
			default:
				prop := p.identName()
				e = p.newMember(p.rangeFrom(start), e, true, prop)
			}
		case TOpenBracket:
			p.next()
			idx := p.parseExpressionAllowIn()
			p.expect(TCloseBracket)
			e = &IndexExpr{Loc{p.rangeFrom(start)}, e, false, idx}
		case TOpenParen:
			if !allowCall {
				return e
			}
			as := p.start()
			args := p.parseArgs()
			e = p.newCall(p.rangeFrom(start), e, false, nil, args, p.rangeFrom(as))
		case TNoSubstTemplate, TTemplateHead:
			q := p.parseTemplate(false)
			e = &TaggedTemplate{Loc{p.rangeFrom(start)}, e, nil, q}
		case TBang:
			if !p.ts || p.lx.nl {
				return e
			}
			p.next()
			e = &NonNullExpr{Loc{p.rangeFrom(start)}, e}
		case TLess, TLessLess:
			if !p.ts || p.at(TLessLess) {
				return e
			}
			var ta *TypeArgList
			if !p.trySpeculation(specTypeArgs, func() {
				ta = p.parseTypeArgsInExpr()
				if !p.canFollowTypeArgs() {
					p.failAt(p.start(), "not type arguments")
				}
			}) {
				return e
			}
			switch {
			case p.at(TOpenParen) && allowCall:
				as := p.start()
				args := p.parseArgs()
				e = p.newCall(p.rangeFrom(start), e, false, ta, args, p.rangeFrom(as))
			case p.at(TNoSubstTemplate) || p.at(TTemplateHead):
				q := p.parseTemplate(false)
				e = &TaggedTemplate{Loc{p.rangeFrom(start)}, e, ta, q}
			default:
				e = &InstantiationExpr{Loc{p.rangeFrom(start)}, e, ta}
				if !allowCall {
					return e
				}
			}
		default:
			return e
		}
	}
}

// canFollowTypeArgs decides, after speculative type arguments in an
// expression, whether they really were type arguments (TypeScript's rule).
func (p *parser) canFollowTypeArgs() bool {
	switch p.tok() {
	case TOpenParen, TNoSubstTemplate, TTemplateHead:
		return true
	case TLess, TGreater, TPlus, TMinus:
		return false
	}
	if p.lx.nl || p.binaryPrec() > 0 || p.lx.tok.IsAssign() {
		return true
	}
	return !p.startsExpression()
}

func (p *parser) parseExpressionAllowIn() Expr {
	saved := p.ctx.noIn
	p.ctx.noIn = false
	e := p.parseExpression()
	p.ctx.noIn = saved
	return e
}

// parseArgs parses ( args ).
func (p *parser) parseArgs() []Expr {
	p.expect(TOpenParen)
	saved := p.ctx.noIn
	p.ctx.noIn = false
	var args []Expr
	for !p.at(TCloseParen) {
		if p.at(TDotDotDot) {
			s := p.start()
			p.next()
			a := p.parseAssign()
			args = append(args, &SpreadElem{Loc{p.rangeFrom(s)}, a})
		} else {
			args = append(args, p.parseAssign())
		}
		if !p.eat(TComma) {
			break
		}
	}
	p.ctx.noIn = saved
	p.expect(TCloseParen)
	return args
}

// parsePrimary parses literals, names, parenthesised expressions, array and
// object literals, functions, classes, templates, JSX, import(…).
func (p *parser) parsePrimary() Expr {
	start := p.start()
	r := p.lx.rng()
	switch p.tok() {
	case TIdent:
		if p.isCtx("async") {
			if t, nl := p.peek(); t == TFunction && !nl {
				fn := p.parseFunction(nil, start, false)
				return &FuncExpr{Loc{fn.Range}, fn}
			}
		}
		if p.ctx.inGenerator && p.lx.value == "yield" {
			// parseAssign takes a yield expression where one may start; here
			// it would be an operand (`+yield x`), which TypeScript rejects.
			p.failAt(start, "Unexpected 'yield': a yield expression must be in parentheses here")
		}
		return p.ident()
	case TThis:
		p.next()
		return &ThisExpr{Loc{r}}
	case TSuper:
		p.next()
		return &SuperExpr{Loc{r}}
	case TNull:
		p.next()
		return &NullLit{Loc{r}}
	case TTrue, TFalse:
		v := p.at(TTrue)
		p.next()
		return &BoolLit{Loc{r}, v}
	case TNumber:
		v := p.lx.value
		p.next()
		return &NumberLit{Loc{r}, v}
	case TBigInt:
		v := p.lx.value
		p.next()
		return &BigIntLit{Loc{r}, v}
	case TString:
		return p.stringLit()
	case TNoSubstTemplate, TTemplateHead:
		return p.parseTemplate(false)
	case TSlash, TSlashEq:
		p.lx.rescanRegex()
		re := &RegExpLit{Loc{p.lx.rng()}, p.lx.value, p.lx.flags}
		p.next()
		return re
	case TOpenParen:
		p.next()
		saved := p.ctx.noIn
		p.ctx.noIn = false
		e := p.parseExpression()
		p.ctx.noIn = saved
		p.expect(TCloseParen)
		return &ParenExpr{Loc{p.rangeFrom(start)}, e}
	case TOpenBracket:
		return p.parseArrayLit()
	case TOpenBrace:
		return p.parseObjectLit()
	case TFunction:
		fn := p.parseFunction(nil, start, false)
		return &FuncExpr{Loc{fn.Range}, fn}
	case TClass, TAt:
		c := p.parseClass(nil, start, false)
		return &ClassExpr{Loc{c.Range}, c}
	case TImport:
		p.next()
		if p.at(TDot) {
			p.next()
			prop := p.identName()
			return &MetaProperty{Loc{p.rangeFrom(start)}, &Ident{Loc{r}, "import"}, prop}
		}
		p.expect(TOpenParen)
		saved := p.ctx.noIn
		p.ctx.noIn = false
		ic := &ImportCall{Source: p.parseAssign()}
		if p.eat(TComma) && !p.at(TCloseParen) {
			ic.Options = p.parseAssign()
			p.eat(TComma)
		}
		p.ctx.noIn = saved
		p.expect(TCloseParen)
		ic.Range = p.rangeFrom(start)
		return ic
	case TPrivateName:
		// #x in obj
		v := p.lx.value
		p.next()
		if !p.at(TIn) {
			p.failExpected("'in'")
		}
		return &PrivateName{Loc{r}, v}
	case TLess:
		if p.jsx {
			return p.parseJSXElementTop()
		}
	case TNew:
		return p.parseNew()
	}
	if p.lx.tok.IsKeyword() {
		p.failAt(p.start(), "Unexpected "+p.lx.describe())
	}
	p.failAt(p.start(), "Unexpected "+p.lx.describe())
	return nil
}

// parseTemplate parses a template literal starting at the current token.
// In types the substitutions are types; the caller handles that.
func (p *parser) parseTemplate(_ bool) *TemplateLit {
	start := p.start()
	t := &TemplateLit{}
	if p.at(TNoSubstTemplate) {
		t.Quasis = []*TemplateElem{{Loc{Range{start + 1, p.lx.pos - 1}}, p.lx.value}}
		p.next()
		t.Range = p.rangeFrom(start)
		return t
	}
	t.Quasis = append(t.Quasis, &TemplateElem{Loc{Range{start + 1, p.lx.pos - 2}}, p.lx.value})
	for {
		p.next()
		saved := p.ctx.noIn
		p.ctx.noIn = false
		t.Exprs = append(t.Exprs, p.parseExpression())
		p.ctx.noIn = saved
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

func (p *parser) parseArrayLit() Expr {
	start := p.start()
	p.next()
	saved := p.ctx.noIn
	p.ctx.noIn = false
	a := &ArrayLit{}
	for !p.at(TCloseBracket) {
		if p.at(TComma) {
			p.next()
			a.Elems = append(a.Elems, nil)
			continue
		}
		if p.at(TDotDotDot) {
			s := p.start()
			p.next()
			arg := p.parseAssign()
			a.Elems = append(a.Elems, &SpreadElem{Loc{p.rangeFrom(s)}, arg})
		} else {
			a.Elems = append(a.Elems, p.parseAssign())
		}
		if !p.at(TCloseBracket) {
			p.expect(TComma)
		}
	}
	p.next()
	p.ctx.noIn = saved
	a.Range = p.rangeFrom(start)
	return a
}

func (p *parser) parseObjectLit() Expr {
	start := p.start()
	p.next()
	saved := p.ctx.noIn
	p.ctx.noIn = false
	o := &ObjectLit{}
	for !p.at(TCloseBrace) {
		o.Props = append(o.Props, p.parseObjectMember())
		if !p.at(TCloseBrace) {
			p.expect(TComma)
		}
	}
	p.next()
	p.ctx.noIn = saved
	o.Range = p.rangeFrom(start)
	return o
}

// parseObjectMember parses one property of an object literal.
func (p *parser) parseObjectMember() Expr {
	start := p.start()
	if p.at(TDotDotDot) {
		p.next()
		arg := p.parseAssign()
		return &SpreadElem{Loc{p.rangeFrom(start)}, arg}
	}
	async, generator := false, false
	kind := PropInit
	var mods Modifiers
	if p.at(TIdent) && !p.lx.escaped {
		switch p.lx.value {
		case "async", "get", "set":
			t, nl := p.peek()
			if t != TComma && t != TColon && t != TOpenParen && t != TCloseBrace && t != TEq && t != TLess && !(p.lx.value == "async" && nl) {
				switch p.lx.value {
				case "async":
					async = true
					mods = Modifiers{{ModAsync, p.lx.rng()}}
				case "get":
					kind = PropGet
				case "set":
					kind = PropSet
				}
				p.next()
			}
		}
	}
	if p.eat(TStar) {
		generator = true
	}
	isIdent := p.at(TIdent) || p.lx.tok.IsKeyword()
	key := p.parsePropertyKey()
	if p.at(TOpenParen) || p.at(TLess) || kind != PropInit || async || generator {
		if kind == PropInit {
			kind = PropMethod
		}
		fn := &Function{Modifiers: mods, Async: async, Generator: generator}
		saved := p.ctx
		p.ctx.inAsync, p.ctx.inGenerator = async, generator
		fnStart := p.start() // like ESTree, a method's function starts at its parameters
		p.parseSignature(fn)
		p.ctx = saved
		fn.Body = p.parseFunctionBody(async, generator)
		fn.Range = p.rangeFrom(fnStart)
		return &Property{Loc{p.rangeFrom(start)}, kind, key, &FuncExpr{Loc{fn.Range}, fn}}
	}
	if p.eat(TColon) {
		v := p.parseAssign()
		return &Property{Loc{p.rangeFrom(start)}, PropInit, key, v}
	}
	id, ok := key.(*Ident)
	if !ok || !isIdent {
		p.failExpected("':'")
	}
	if p.at(TEq) { // cover grammar: {a = 1} = obj
		opr := p.lx.rng()
		p.next()
		def := p.parseAssign()
		v := &AssignExpr{Loc{p.rangeFrom(start)}, TEq, opr, id, def}
		return &Property{Loc{p.rangeFrom(start)}, PropShorthand, key, v}
	}
	return &Property{Loc{p.rangeFrom(start)}, PropShorthand, key, id}
}

// isAssignTarget reports whether e may be assigned to (destructuring only with `=`).
func isAssignTarget(e Expr, destructure bool) bool {
	switch e := e.(type) {
	case *Ident:
		return true
	case *MemberExpr:
		return !e.Optional && !hasOptionalChain(e.Object)
	case *IndexExpr:
		return !e.Optional && !hasOptionalChain(e.Object)
	case *ParenExpr:
		return isAssignTarget(e.Expr, false)
	case *NonNullExpr:
		return isAssignTarget(e.Expr, false)
	case *AsExpr:
		return isAssignTarget(e.Expr, false)
	case *SatisfiesExpr:
		return isAssignTarget(e.Expr, false)
	case *TypeAssertion:
		return isAssignTarget(e.Expr, false)
	case *ArrayLit, *ObjectLit:
		return destructure
	}
	return false
}

// hasOptionalChain reports whether a member/call chain contains `?.`.
func hasOptionalChain(e Expr) bool {
	for {
		switch x := e.(type) {
		case *MemberExpr:
			if x.Optional {
				return true
			}
			e = x.Object
		case *IndexExpr:
			if x.Optional {
				return true
			}
			e = x.Object
		case *CallExpr:
			if x.Optional {
				return true
			}
			e = x.Callee
		case *NonNullExpr:
			e = x.Expr
		default:
			return false
		}
	}
}
