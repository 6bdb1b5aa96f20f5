package tsparse

import (
	"fmt"
	"strings"
)

// SyntaxError is the first syntax error of a file; it ends the parse.
type SyntaxError struct {
	Pos     int32 // byte offset
	Message string
	fatal   bool // not to be swallowed by speculative parsing (nesting limit)
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("%d: %s", e.Pos, e.Message) }

// maxDepth bounds the nesting of statements, expressions and types so that
// deeply nested input gives an error instead of a Go stack overflow.
const maxDepth = 1000

// dialect flags chosen from the file extension.
type parser struct {
	lx    lexer
	ts    bool // TypeScript syntax
	jsx   bool // JSX syntax
	dts   bool // .d.ts
	depth int
	ctx   parseCtx
	// pendingDecorators were parsed before `export` (@dec export class X {})
	// and are picked up by the class.
	pendingDecorators []*Decorator
	// inExportDefault allows anonymous function and class declarations.
	inExportDefault bool
	// failedSpec remembers speculative attempts that failed (see parser_lookahead.go).
	failedSpec map[specKey]bool
	slabs      nodeSlabs
	// topLevelAwaitIdent is the position of the token after the first
	// top-level `await` read as an identifier (-1: none); in a module that is
	// an error, since `await` is the operator there.
	topLevelAwaitIdent int32
	module             bool // .mjs/.mts, or import/export seen
}

// parseCtx is the part of the parser state that changes with the enclosing
// function and is restored after speculation.
type parseCtx struct {
	inAsync     bool
	inGenerator bool
	inFunction  bool
	noIn        bool // `in` is not a binary operator (for-statement heads)
	noCondType  bool // inside the extends clause of a conditional type
}

// dialectOf picks a file's dialect from its extension (see Parse).
func dialectOf(path string) (ts, jsx, dts bool) {
	switch {
	case strings.HasSuffix(path, ".tsx"):
		return true, true, false
	case strings.HasSuffix(path, ".d.ts") || strings.HasSuffix(path, ".d.mts") || strings.HasSuffix(path, ".d.cts"):
		return true, false, true
	case strings.HasSuffix(path, ".ts") || strings.HasSuffix(path, ".mts") || strings.HasSuffix(path, ".cts"):
		return true, false, false
	}
	return false, true, false
}

// Parse parses a file. The extension of path picks the dialect: .ts .mts .cts
// .d.ts (TypeScript, no JSX), .tsx (TypeScript + JSX), .js .jsx .mjs .cjs
// (JavaScript + JSX). The error, if any, is a *SyntaxError (the first error
// ends the parse); the File is then still returned with Path, Src and the
// comments scanned so far, but no Body. The AST's strings share src's
// memory: src must not be modified afterwards.
func Parse(path string, src []byte) (f *File, err error) {
	p := &parser{topLevelAwaitIdent: -1}
	p.ts, p.jsx, p.dts = dialectOf(path)
	p.module = strings.HasSuffix(path, ".mjs") || strings.HasSuffix(path, ".mts")
	f = &File{Path: path, Src: src}
	p.lx.init(src)
	defer func() {
		if r := recover(); r != nil {
			se, ok := r.(*SyntaxError)
			if !ok {
				se = &SyntaxError{Pos: p.lx.start, Message: fmt.Sprintf("internal parser error: %v", r)}
			}
			if se.Pos < 0 || int(se.Pos) > len(src) {
				se.Pos = int32(len(src))
			}
			f.Comments = p.lx.comments
			err = se
		}
	}()
	f.Hashbang = p.lx.skipBOMAndHashbang()
	p.next()
	var body []Stmt
	for p.lx.tok != TEOF {
		s := p.parseStatement()
		switch s.(type) {
		case *ImportDecl, *ImportEqualsDecl, *ExportDecl, *ExportDefaultDecl, *ExportNamedDecl, *ExportAllDecl, *ExportAssign:
			p.module = true
		}
		body = append(body, s)
	}
	if p.module && p.topLevelAwaitIdent >= 0 {
		p.failAt(p.topLevelAwaitIdent, "'await' needs an operand in a module")
	}
	if p.module && p.lx.legacyOctal >= 0 {
		p.failAt(p.lx.legacyOctal, "Legacy octal literals are not allowed in modules (write 0o755)")
	}
	f.Body = body
	f.Comments = p.lx.comments
	return f, nil
}

// --- token helpers ------------------------------------------------------------

func (p *parser) next() { p.lx.next() }

func (p *parser) tok() Token { return p.lx.tok }

func (p *parser) at(t Token) bool { return p.lx.tok == t }

func (p *parser) eat(t Token) bool {
	if p.lx.tok == t {
		p.next()
		return true
	}
	return false
}

// expect consumes t and returns its range, or fails.
func (p *parser) expect(t Token) Range {
	if p.lx.tok != t {
		p.failExpected("'" + t.String() + "'")
	}
	r := p.lx.rng()
	p.next()
	return r
}

func (p *parser) failExpected(what string) {
	p.failAt(p.lx.start, "Expected "+what+" but found "+p.lx.describe())
}

func (p *parser) failAt(pos int32, msg string) {
	panic(&SyntaxError{Pos: pos, Message: msg})
}

// isCtx reports whether the current token is the unescaped identifier name.
func (p *parser) isCtx(name string) bool {
	return p.lx.tok == TIdent && !p.lx.escaped && p.lx.value == name
}

// start is the current token's start; end is the previous token's end.
func (p *parser) start() int32 { return p.lx.start }

// prevEnd is tracked as the end of the last consumed token.
func (p *parser) rangeFrom(start int32) Range { return Range{start, p.lastEnd()} }

// lastEnd is the end of the previously consumed token. The lexer keeps it.
func (p *parser) lastEnd() int32 { return p.lx.prevEnd }

// semicolon consumes a `;` or applies automatic semicolon insertion.
func (p *parser) semicolon() {
	if p.lx.tok == TSemicolon {
		p.next()
		return
	}
	if p.lx.tok == TCloseBrace || p.lx.tok == TEOF || p.lx.nl {
		return
	}
	p.failExpected("';'")
}

// canInsertSemicolon reports whether a statement may end before the current token.
func (p *parser) canInsertSemicolon() bool {
	return p.lx.tok == TSemicolon || p.lx.tok == TCloseBrace || p.lx.tok == TEOF || p.lx.nl
}

func (p *parser) enter() {
	p.depth++
	if p.depth > maxDepth {
		panic(&SyntaxError{Pos: p.lx.start, Message: "too deeply nested", fatal: true})
	}
}

func (p *parser) leave() { p.depth-- }

// peek returns the next token (after the current one) and whether a newline precedes it.
func (p *parser) peek() (Token, bool) {
	st := p.lx.save()
	defer p.lx.restore(st)
	p.next()
	return p.lx.tok, p.lx.nl
}

// peekIsCtx reports whether the next token is the contextual keyword name.
func (p *parser) peekValue() (Token, string, bool) {
	st := p.lx.save()
	defer p.lx.restore(st)
	p.next()
	return p.lx.tok, p.lx.value, p.lx.nl
}

// try runs f speculatively: on a syntax error the lexer and context are
// rewound and try returns false. Fatal errors (nesting limit) propagate.
func (p *parser) try(f func()) (ok bool) {
	st := p.lx.save()
	ctx := p.ctx
	depth := p.depth
	defer func() {
		if r := recover(); r != nil {
			se, isSE := r.(*SyntaxError)
			if !isSE || se.fatal {
				panic(r)
			}
			p.lx.restore(st)
			p.ctx = ctx
			p.depth = depth
			ok = false
		}
	}()
	f()
	return true
}

// ident consumes an identifier (contextual keywords allowed) and returns it.
func (p *parser) ident() *Ident {
	if p.lx.tok != TIdent {
		p.failExpected("identifier")
	}
	id := p.newIdent(p.lx.rng(), p.lx.value)
	p.next()
	return id
}

// identName consumes an identifier or any keyword (property names, after `.`).
func (p *parser) identName() *Ident {
	if p.lx.tok != TIdent && !p.lx.tok.IsKeyword() {
		p.failExpected("identifier")
	}
	id := p.newIdent(p.lx.rng(), p.lx.value)
	p.next()
	return id
}

// stringLit consumes a string literal.
func (p *parser) stringLit() *StringLit {
	if p.lx.tok != TString {
		p.failExpected("string literal")
	}
	s := &StringLit{Loc{p.lx.rng()}, p.lx.value}
	p.next()
	return s
}
