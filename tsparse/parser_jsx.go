package tsparse

// parseJSXElementTop parses a JSX element or fragment in expression position
// (current token `<`) and advances to the token after it.
func (p *parser) parseJSXElementTop() Expr {
	e := p.parseJSXElement()
	p.next()
	return e
}

// parseJSXElement parses from `<` to the final `>`, leaving the lexer on that `>`.
func (p *parser) parseJSXElement() Expr {
	p.enter()
	defer p.leave()
	start := p.start()
	p.next() // after <
	if p.at(TGreater) {
		openEnd := p.lx.pos
		children, cs := p.parseJSXChildren()
		p.next()
		if !p.at(TGreater) {
			p.failExpected("'>' closing the fragment")
		}
		return &JSXFragment{Loc{Range{start, p.lx.pos}}, Range{start, openEnd}, children, Range{cs, p.lx.pos}}
	}
	op := &JSXOpening{Name: p.parseJSXName()}
	if p.ts && p.at(TLess) {
		op.TypeArgs = p.parseTypeArgs()
	}
	for !p.at(TGreater) && !p.at(TSlash) {
		op.Attrs = append(op.Attrs, p.parseJSXAttr())
	}
	el := &JSXElement{Opening: op}
	if p.at(TSlash) {
		p.next()
		if !p.at(TGreater) {
			p.failExpected("'>'")
		}
		op.SelfClosing = true
		op.Range = Range{start, p.lx.pos}
		el.Range = op.Range
		return el
	}
	op.Range = Range{start, p.lx.pos}
	var cs int32
	el.Children, cs = p.parseJSXChildren()
	p.next()
	name := p.parseJSXName()
	if jsxNameText(name) != jsxNameText(op.Name) {
		p.failAt(name.Span().Start, "Expected closing tag </"+jsxNameText(op.Name)+"> but found </"+jsxNameText(name)+">")
	}
	if !p.at(TGreater) {
		p.failExpected("'>'")
	}
	el.Closing = &JSXClosing{Loc{Range{cs, p.lx.pos}}, name}
	el.Range = Range{start, p.lx.pos}
	return el
}

func jsxNameText(n Node) string {
	switch n := n.(type) {
	case *JSXIdent:
		return n.Name
	case *JSXNamespacedName:
		return n.Namespace.Name + ":" + n.Name.Name
	case *JSXMemberExpr:
		return jsxNameText(n.Object) + "." + n.Prop.Name
	}
	return ""
}

// parseJSXChildren parses children until `</`, leaving the current token on
// `/`; it also returns the position of that `<`.
func (p *parser) parseJSXChildren() ([]JSXChild, int32) {
	var children []JSXChild
	for {
		p.lx.scanJSXChild()
		switch p.tok() {
		case TEOF:
			p.failAt(p.start(), "Unterminated JSX contents")
		case TJSXText:
			children = append(children, &JSXText{Loc{p.lx.rng()}, p.lx.value})
		case TOpenBrace:
			start := p.start()
			p.next()
			if p.at(TDotDotDot) {
				p.next()
				e := p.parseExpressionAllowIn()
				if !p.at(TCloseBrace) {
					p.failExpected("'}'")
				}
				children = append(children, &JSXSpreadChild{Loc{Range{start, p.lx.pos}}, e})
				continue
			}
			var e Expr
			if !p.at(TCloseBrace) {
				e = p.parseExpressionAllowIn()
			}
			if !p.at(TCloseBrace) {
				p.failExpected("'}'")
			}
			children = append(children, &JSXExprContainer{Loc{Range{start, p.lx.pos}}, e})
		case TLess:
			st := p.lx.save()
			lt := p.start()
			p.next()
			if p.at(TSlash) {
				return children, lt
			}
			p.lx.restore(st)
			children = append(children, p.parseJSXElement().(JSXChild))
		}
	}
}

// parseJSXIdent parses one name part (identifiers with '-', keywords allowed).
func (p *parser) parseJSXIdent() *JSXIdent {
	p.lx.rescanJSXIdent()
	if p.lx.tok != TIdent {
		p.failExpected("JSX identifier")
	}
	id := &JSXIdent{Loc{p.lx.rng()}, p.lx.value}
	p.next()
	return id
}

// parseJSXName parses a tag name: a, a-b, ns:name, A.B.C.
func (p *parser) parseJSXName() Node {
	start := p.start()
	id := p.parseJSXIdent()
	if p.at(TColon) {
		p.next()
		name := p.parseJSXIdent()
		return &JSXNamespacedName{Loc{p.rangeFrom(start)}, id, name}
	}
	var n Node = id
	for p.at(TDot) {
		p.next()
		prop := p.parseJSXIdent()
		n = &JSXMemberExpr{Loc{p.rangeFrom(start)}, n, prop}
	}
	return n
}

func (p *parser) parseJSXAttr() Node {
	start := p.start()
	if p.at(TOpenBrace) {
		p.next()
		if !p.at(TDotDotDot) {
			p.failExpected("'...'")
		}
		p.next()
		e := p.parseAssignAllowIn()
		p.expect(TCloseBrace)
		return &JSXSpreadAttr{Loc{p.rangeFrom(start)}, e}
	}
	var name Node = p.parseJSXIdent()
	if p.at(TColon) {
		p.next()
		local := p.parseJSXIdent()
		name = &JSXNamespacedName{Loc{p.rangeFrom(start)}, name.(*JSXIdent), local}
	}
	a := &JSXAttr{Name: name}
	if p.at(TEq) {
		p.lx.nextJSXAttrValue()
		vs := p.start()
		switch p.tok() {
		case TString:
			a.Value = &StringLit{Loc{p.lx.rng()}, p.lx.value}
			p.next()
		case TOpenBrace:
			p.next()
			var e Expr
			if !p.at(TCloseBrace) {
				// TypeScript and esbuild accept a comma expression here too.
				e = p.parseExpressionAllowIn()
			}
			p.expect(TCloseBrace)
			a.Value = &JSXExprContainer{Loc{p.rangeFrom(vs)}, e}
		case TLess:
			a.Value = p.parseJSXElementTop()
		default:
			p.failExpected("JSX attribute value")
		}
	}
	a.Range = p.rangeFrom(start)
	return a
}

func (p *parser) parseAssignAllowIn() Expr {
	saved := p.ctx.noIn
	p.ctx.noIn = false
	e := p.parseAssign()
	p.ctx.noIn = saved
	return e
}
